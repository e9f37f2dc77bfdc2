"""The import development set (issue 17): pages written here in the manner of
real saved or copied news pages, with hand-made gold.

Format: notes in tests/data/import/ — each page `<lang>_<nn>_<slug>.<txt|md|html>`
has a sibling `<lang>_<nn>_<slug>.gold.json` holding language, encoding, title,
date (or null when the article states none), content lines and clutter lines.
For .txt/.md every non-blank line of the file is in exactly one of the two
lists; for .html they hold the visible texts of the article's paragraphs and of
the site chrome. `sentences.json` holds paragraphs with their gold sentences.

Imported by tests/core/test_import_devset.py and benchmarks/bench_import.py.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1] / "data" / "import"
# Pages written the same way but never used to tune the importer: a check of
# how its rules generalise (benchmarks/bench_import.py --data ...).
HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "import_holdout"
SENTENCES = DEVSET / "sentences.json"
PAGE_SUFFIXES = (".txt", ".md", ".html")
LANGUAGES = ("he", "yi", "ar", "fa", "ur", "fr", "nl", "en")


@dataclass(frozen=True)
class DevPage:
    path: Path
    language: str
    encoding: str
    title: str
    date: str | None
    content: tuple[str, ...]
    clutter: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_html(self) -> bool:
        return self.path.suffix == ".html"

    @property
    def kind(self) -> str:
        """'html' or 'text' (.txt and .md): the two import paths."""
        return "html" if self.is_html else "text"

    def text(self) -> str:
        """The page as a person sees it, decoded with the gold encoding."""
        return self.path.read_bytes().decode(self.encoding).lstrip("\ufeff")

    def lines(self) -> list[str]:
        """Non-blank lines of the file, stripped (what the gold classifies)."""
        return [line.strip() for line in self.text().splitlines() if line.strip()]


@dataclass(frozen=True)
class SentenceCase:
    lang: str
    text: str
    sentences: tuple[str, ...]
    case: str


def gold_path(page: Path) -> Path:
    return page.with_name(page.stem + ".gold.json")


def page_paths(directory: Path = DEVSET) -> list[Path]:
    return sorted(p for p in Path(directory).iterdir() if p.suffix in PAGE_SUFFIXES)


def load_pages(directory: Path = DEVSET) -> list[DevPage]:
    pages = []
    for path in page_paths(directory):
        gold = json.loads(gold_path(path).read_text(encoding="utf-8"))
        pages.append(
            DevPage(
                path=path,
                language=gold["language"],
                encoding=gold["encoding"],
                title=gold["title"],
                date=gold["date"],
                content=tuple(gold["content"]),
                clutter=tuple(gold["clutter"]),
            )
        )
    return pages


def load_sentence_cases() -> list[SentenceCase]:
    cases = json.loads(SENTENCES.read_text(encoding="utf-8"))
    return [SentenceCase(c["lang"], c["text"], tuple(c["sentences"]), c["case"]) for c in cases]


def normalise(text: str) -> str:
    """How lines are compared: NFC (the importer normalises to it) and single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())
