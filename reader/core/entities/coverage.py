"""What entity recognition covers in one article, in words for the user:
which recognisers ran (from `status()` and the recognisers stored with the
article's mentions) and what a translation pack would add."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..languages import base_language, language_name


def status(data_dir: Path | str | None = None) -> dict[str, dict[str, str]]:
    """The recognisers' statuses as this process finds them. Imports the
    recognisers: only asked when the worker's statuses are not given."""
    from .recognise import status as recognisers_status

    return recognisers_status(data_dir)


def _usable(reason: str | None) -> bool:
    return reason is not None and not reason.startswith(("skipped", "unavailable"))


def coverage_note(
    language: str,
    recognisers: Iterable[str] = (),
    translated: bool = False,
    pack_installed: bool | None = None,
    data_dir: Path | str | None = None,
    statuses: dict[str, dict[str, str]] | None = None,
) -> str:
    """One or two plain sentences, e.g. "Names and places from built-in lists
    (Hebrew). Install the Hebrew → English pack for better results."

    `recognisers`: the recogniser names stored with the article's mentions;
    `translated`: the article has an English translation (its names are then
    matched back to the source); `pack_installed`: a translation route to
    English exists (None: unknown); `statuses`: `status(data_dir)` as the
    process that recognises found it (the window's entity worker: the name
    tables are loaded there), else asked here."""
    lang = base_language(language)
    name = language_name(lang)
    if statuses is None:
        statuses = status(data_dir)
    available = statuses.get(lang, {})
    found = set(recognisers)
    if lang == "en":
        return (
            "Names from the English spaCy model."
            if _usable(statuses["en"].get("spacy-en"))
            else "No English model is installed: names are not recognised."
        )
    parts = []
    if translated:
        parts.append(f"names found in the English translation and matched back to the {name} text")
    if _usable(available.get("stanza")):
        parts.append(f"names from the Stanza {name} model")
    if _usable(available.get("spacy-fr")):
        parts.append("names from the French spaCy model")
    if _usable(available.get("names-rtl")):
        parts.append(f"names and places from built-in lists ({name})")
    elif "names-rtl" in available:  # the name tables could not be built
        parts.append(f"countries and cities from built-in lists (the {name} name lists are unavailable)")
    else:
        parts.append("name-shaped capitalised words and built-in lists of places and nationalities")
    if found & {"known", "translit"}:
        parts.append("names seen in other articles of the library")
    note = _sentence(parts)
    if not translated:
        if pack_installed is False:
            note += f" Install the {name} → English pack for better results."
        elif pack_installed:
            note += " Translating the article adds the names found in the English translation."
    return note


def _sentence(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."
