"""Shared by the entity store/service/UI/CLI tests: a seeded library whose
entities were recognised once per test session (recognition takes seconds:
spaCy loads), copied fresh for every test that needs it."""

from __future__ import annotations

import shutil
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Article 1, paragraph 0, sentence by sentence (a human translation: no
# machine translation model exists on this machine).
HE_P0_ENGLISH = [
    "Drama follows drama in the OpenAI saga: the company was in talks to bring back Sam Altman "
    "as the company's CEO, but it seems the negotiations have blown up.",
    "Ilya Sutskever, a board member and the company's chief scientist, told employees and investors "
    "that Altman will not return.",
    "In his place, Emmett Shear, CEO of the video company Twitch owned by Amazon, will take the role, "
    "even though he has no connection to the field of AI.",
]

_template: dict[str, Path] = {}


def recognised_library_dir(tmp_path_factory) -> Path:
    """A data folder with the five seeds and their entities recognised."""
    if "dir" not in _template:
        from reader.core.entity_service import recompute
        from reader.core.library import seed_if_first_run
        from reader.core.storage import Library

        folder = tmp_path_factory.mktemp("entities-template")
        library = Library(folder)
        seed_if_first_run(library, SEEDS)
        recompute(library)
        library.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        library.close()
        _template["dir"] = folder
    return _template["dir"]


def copy_library(tmp_path_factory, target: Path) -> Path:
    shutil.copytree(recognised_library_dir(tmp_path_factory), target)
    return target


def mentions_but_dates(lang, source, english=None):
    """(text, label) of every source-pane mention of an article of paragraphs
    `source` but dates; with `english`, that is its translation pane."""
    from reader.core.entities import recognise_article

    got = recognise_article(lang, source, translation_paragraphs=english)
    return {(m.text, m.label) for m in got if m.label != "DATE" and m.pane.value == "source"}
