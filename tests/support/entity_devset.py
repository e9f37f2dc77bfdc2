"""Entity development set (issue 10): hand-written news articles with inline gold.

Format (see tests/data/entities/*.txt): a header of `# key: value` lines, a
blank line, then one paragraph per blank-line-separated block. An optional
`# negatives: w1, w2` header lists deliberate hard negatives (words that look
like names but are not, here). Entities are
marked inline as [[surface|LABEL]] or [[surface|LABEL|Canonical English name]];
LABEL is PERSON, ORG, PLACE, DATE or MISC (MISC is not scored). For he/ar/fa
(and some ur) articles a `<name>.en.txt` file holds a reference English
translation with the same paragraphs and, per paragraph, the same number of
sentences as reader.core.text.split_sentences finds in the source.

Offsets are code points into the plain paragraph (markup removed).
Imported by tests/core/test_entity_devset.py and benchmarks/bench_entities.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

DEVSET_DIR = Path(__file__).resolve().parents[1] / "data" / "entities"
# Held-out set: same format, never used to tune the recognisers (other topics and outlets).
HOLDOUT_DIR = DEVSET_DIR.parent / "entities_holdout"
LABELS = ("PERSON", "ORG", "PLACE", "DATE", "MISC")
SCORED = ("PERSON", "ORG", "PLACE", "DATE")

_MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)(?:\|([^\[\]|]+))?\]\]")
_HEADER = re.compile(r"#\s*(\w+)\s*:\s*(.*)")


class GoldMention(NamedTuple):
    paragraph: int
    start: int
    end: int
    text: str
    label: str
    canonical: str | None


@dataclass
class DevArticle:
    name: str
    lang: str
    topic: str
    style: str
    paragraphs: list[str]
    gold: list[GoldMention]
    english_paragraphs: list[str] | None = None
    english_gold: list[GoldMention] | None = None
    # Deliberate hard negatives (header "# negatives: a, b"): words of the text
    # that look like names but are not, e.g. Hebrew "הודו" = "they admitted".
    negatives: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The article as an importer would receive it: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def english_text(self) -> str | None:
        return None if self.english_paragraphs is None else "\n\n".join(self.english_paragraphs)


class DevsetError(ValueError):
    pass


def strip_markup(marked: str, paragraph: int = 0) -> tuple[str, list[GoldMention]]:
    """Plain text of one marked paragraph and its gold mentions."""
    plain: list[str] = []
    gold: list[GoldMention] = []
    position = 0  # code points written to `plain` so far
    last = 0
    for match in _MARK.finditer(marked):
        before = marked[last : match.start()]
        plain.append(before)
        position += len(before)
        surface, label, canonical = match.group(1), match.group(2), match.group(3)
        if label not in LABELS:
            raise DevsetError(f"unknown label {label!r} in {match.group(0)!r}")
        if surface != surface.strip():
            raise DevsetError(f"surface with outer spaces: {match.group(0)!r}")
        plain.append(surface)
        gold.append(
            GoldMention(
                paragraph,
                position,
                position + len(surface),
                surface,
                label,
                canonical.strip() if canonical else None,
            )
        )
        position += len(surface)
        last = match.end()
    plain.append(marked[last:])
    text = "".join(plain)
    for stray in ("[[", "]]"):
        if stray in text:
            at = text.index(stray)
            raise DevsetError(f"malformed markup near {text[max(0, at - 30) : at + 30]!r}")
    return text, gold


def _parse(path: Path) -> tuple[dict[str, str], list[str], list[GoldMention]]:
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    header: dict[str, str] = {}
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        match = _HEADER.fullmatch(lines[index].strip())
        if not match:
            raise DevsetError(f"{path.name}: bad header line {lines[index]!r}")
        header[match.group(1)] = match.group(2).strip()
        index += 1
    body = "\n".join(lines[index:])
    paragraphs: list[str] = []
    gold: list[GoldMention] = []
    for block in re.split(r"\n\s*\n", body):
        marked = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if not marked:
            continue
        try:
            text, mentions = strip_markup(marked, len(paragraphs))
        except DevsetError as error:
            raise DevsetError(f"{path.name}: {error}") from None
        paragraphs.append(text)
        gold.extend(mentions)
    return header, paragraphs, gold


def load_article(path: Path) -> DevArticle:
    header, paragraphs, gold = _parse(path)
    for key in ("lang", "topic"):
        if key not in header:
            raise DevsetError(f"{path.name}: header lacks '{key}'")
    english = path.with_name(path.stem + ".en.txt")
    english_paragraphs = english_gold = None
    if english.exists():
        _, english_paragraphs, english_gold = _parse(english)
    negatives = [word.strip() for word in header.get("negatives", "").split(",") if word.strip()]
    return DevArticle(
        path.stem,
        header["lang"],
        header["topic"],
        header.get("style", ""),
        paragraphs,
        gold,
        english_paragraphs,
        english_gold,
        negatives,
    )


def load_devset(directory: Path = DEVSET_DIR) -> list[DevArticle]:
    """Every article of the set in `directory` (the development set, or
    HOLDOUT_DIR for the held-out set), sorted by file name."""
    return [
        load_article(path) for path in sorted(directory.glob("*.txt")) if not path.name.endswith(".en.txt")
    ]
