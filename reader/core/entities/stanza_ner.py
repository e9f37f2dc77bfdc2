"""Optional Stanza NER, used only when its models are already present in
`data_dir/"stanza"` (a user installs them from a folder or downloads them on
request elsewhere). Never downloads: download_method=None."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import Any

from .model import DATE, MISC, ORG, PERSON, PLACE

LABELS = {
    "PER": PERSON,
    "PERSON": PERSON,
    "ORG": ORG,
    "LOC": PLACE,
    "GPE": PLACE,
    "FAC": PLACE,
    "MISC": MISC,
    "NORP": MISC,
    "DATE": DATE,
    "EVENT": MISC,
    "PRODUCT": MISC,
}
_lock = threading.Lock()


def stanza_dir(data_dir: Path | str | None) -> Path | None:
    return Path(data_dir) / "stanza" if data_dir else None


def status(language: str, data_dir: Path | str | None) -> tuple[bool, str]:
    """(usable, reason) for Stanza NER of `language` under data_dir/stanza."""
    root = stanza_dir(data_dir)
    if root is None:
        return False, "no data directory given"
    if not (root / "resources.json").is_file():
        return False, f"no Stanza resources.json in {root}"
    lang_dir = root / language
    for proc in ("tokenize", "ner"):
        d = lang_dir / proc
        if not d.is_dir() or not any(d.iterdir()):
            return False, f"no Stanza {proc} model for {language!r} in {lang_dir}"
    try:
        import importlib.util

        if importlib.util.find_spec("stanza") is None:
            return False, "the stanza package is not installed"
    except Exception as exc:  # pragma: no cover
        return False, f"stanza unavailable: {exc}"
    return True, f"Stanza NER models for {language!r} found in {lang_dir}"


@cache
def _pipeline(language: str, root: str) -> Any:  # stanza.Pipeline (untyped)
    import stanza

    return stanza.Pipeline(
        language, processors="tokenize,ner", dir=root, download_method=None, verbose=False, use_gpu=False
    )


def stanza_entities(
    language: str, texts: list[str], data_dir: Path | str | None
) -> list[list[tuple[int, int, str]]]:
    ok, reason = status(language, data_dir)
    if not ok:
        raise RuntimeError(reason)
    with _lock:
        nlp = _pipeline(language, str(stanza_dir(data_dir)))
    out: list[list[tuple[int, int, str]]] = []
    for text in texts:
        doc = nlp(text)
        out.append([(e.start_char, e.end_char, LABELS.get(e.type, MISC)) for e in doc.ents])
    return out
