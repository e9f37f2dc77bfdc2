"""Text model: paragraphs, sentences and offsets.

All offsets in the core are Unicode code points inside one paragraph's text.
Qt counts UTF-16 code units; `to_utf16` / `from_utf16` are the one place where
the two are converted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

RTL_LANGUAGES = frozenset({"he", "iw", "yi", "ar", "fa", "ur", "ps", "sd", "ug", "dv", "ckb"})


def is_rtl(language: str | None) -> bool:
    return (language or "").split("-")[0].lower() in RTL_LANGUAGES


@dataclass
class Paragraph:
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


@dataclass
class Article:
    id: int | None
    title: str
    language: str
    paragraphs: list[Paragraph]
    date: str | None = None
    source_path: str | None = None
    translated: str | None = None  # provenance of a complete translation, if any

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def sentence_count(self) -> int:
        return sum(len(p.sentences) for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(count_words(p.text) for p in self.paragraphs)


_WORD = re.compile(r"\w+", re.UNICODE)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


# --- UTF-16 <-> code points -------------------------------------------------

def to_utf16(text: str, index: int) -> int:
    """UTF-16 offset of code-point `index` in `text` (what Qt positions count)."""
    prefix = text[:index]
    return index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """Code-point index of UTF-16 `offset` in `text`."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


# --- paragraphs --------------------------------------------------------------

def normalise_text(text: str) -> str:
    """Newlines to \\n, NFC, no BOM, no trailing spaces; content otherwise kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


_SENTENCE_END_CHARS = ".!?؟۔…。:;\"'”»)"


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """True for a block of lines broken at a fixed width (e.g. 72 columns)."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    return (
        max(widths) <= 100
        and sum(1 for w in widths if w >= 40) >= 0.8 * len(body)
        and sum(1 for line in body if line.endswith(tuple(_SENTENCE_END_CHARS))) <= 0.5 * len(body)
    )


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are blocks separated by blank lines; inside a block each line
    is a paragraph (scraped news puts one paragraph per line) unless the block
    looks hard-wrapped, in which case its lines are joined."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", normalise_text(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _looks_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return [re.sub(r"[ \t\u00a0]{2,}", " ", p) for p in paragraphs]


# --- sentences ---------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence (lower case,
# without the final dot). Kept short and per language; extend as needed.
ABBREVIATIONS: dict[str, set[str]] = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp",
           "vs", "etc", "e.g", "i.e", "u.s", "u.k", "no", "gen", "gov", "sen", "rep", "jan",
           "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "fig"},
    "fr": {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av", "bd",
           "etc", "cf", "p", "env", "n°", "no", "vol", "chap", "janv", "févr", "avr", "juil",
           "sept", "oct", "nov", "déc", "ex"},
    "nl": {"dhr", "mevr", "mr", "dr", "prof", "ir", "ing", "drs", "bv", "nv", "o.a", "m.a.w",
           "bijv", "bv", "enz", "etc", "d.w.z", "z.g.a.n", "jl", "nr", "blz", "ca", "resp"},
    "de": {"dr", "prof", "hr", "fr", "bzw", "usw", "z.b", "d.h", "nr", "ca", "vgl", "str"},
    "es": {"sr", "sra", "srta", "dr", "dra", "etc", "ud", "uds", "pág", "núm"},
    "ar": {"د", "م", "ص", "ج", "أ", "ش"},
    "he": {"פרופ", "עמ", "וכו", "רח"},
}
_COMMON_ABBREVIATIONS = {"dr", "prof", "mr", "st", "etc", "vs", "no", "nr"}

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then whitespace. The sentence ends after the closers.
# Chinese and Japanese full stops need no space after them; the Devanagari
# danda and the Urdu full stop do.
_BOUNDARY = re.compile(
    r"([.!?؟…।۔]+)([\"'”’»)\]」』）]*)(\s+)"
    r"|([。！？]+)([」』”’）)]*)(\s*)"
)


def _word_before(text: str, index: int) -> str:
    """The token ending just before `index` (the position of the dot)."""
    start = index
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'“«":
        start -= 1
    return text[start:index]


def split_sentences(paragraph: str, language: str = "") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in code points, whitespace trimmed.

    Rule-based so it behaves the same for every language we read: a boundary is
    terminal punctuation followed by space, except after a known abbreviation,
    an initial ("J.") or when the next word starts in lower case (Latin).
    Hebrew gershayim (ד"ר, מנכ"ל) carry no dot, so they never split.
    """
    lang = (language or "").split("-")[0].lower()
    abbreviations = ABBREVIATIONS.get(lang, set()) | _COMMON_ABBREVIATIONS
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        punct, closers, _space, *cjk = match.groups()
        if punct is None:  # the no-space (CJK) alternative
            punct, closers = cjk[0], cjk[1]
        next_index = match.end()
        if next_index >= len(paragraph):
            break
        next_char = paragraph[next_index]
        if punct == ".":
            word = _word_before(paragraph, match.start()).lower()
            if word in abbreviations or word.rstrip(".") in abbreviations:
                continue
            if len(word) == 1 and word.isalpha() and word.upper() != word.lower():
                continue  # an initial such as "J." in "J. Smith"
            if word.isdigit() and lang in {"de", "nl", "da", "no", "fi"} and next_char.islower():
                continue  # ordinal "20. november"
        if next_char.islower() or next_char in ",;:":
            continue  # "etc. and", "p. ex." — not a sentence start
        end = match.start() + len(punct) + len(closers)
        spans.append((start, end))
        start = next_index
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return [_trim(paragraph, s, e) for s, e in spans if paragraph[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str, language: str) -> list[Paragraph]:
    return [Paragraph(p, split_sentences(p, language)) for p in split_paragraphs(text)]


def join_sentences(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A translated paragraph's text and its sentence spans.

    The translation pane shows sentence i of a paragraph's translation as the
    i-th span of this text; annotations on the translation use these offsets.
    """
    spans: list[tuple[int, int]] = []
    parts: list[str] = []
    position = 0
    for sentence in sentences:
        sentence = sentence.strip()
        if parts:
            position += 1  # the joining space
        spans.append((position, position + len(sentence)))
        parts.append(sentence)
        position += len(sentence)
    return " ".join(parts), spans
