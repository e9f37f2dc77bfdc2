"""Text model: paragraphs, sentences and offsets.

All offsets in the core are Unicode code points inside one paragraph's text.
Qt counts UTF-16 code units; `to_utf16` / `from_utf16` are the one place where
the two are converted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Sentence patterns compile when text is first split: the window opens stored
# articles, already split.
from .lazy_pattern import LazyPattern

RTL_LANGUAGES = frozenset({"he", "iw", "yi", "ar", "fa", "ur", "ps", "sd", "ug", "dv", "ckb"})


def is_rtl(language: str | None) -> bool:
    return (language or "").split("-")[0].lower() in RTL_LANGUAGES


@dataclass
class Paragraph:
    """A paragraph's text and its sentences, as (start, end) code points."""

    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.sentences]


@dataclass
class Article:
    """An article: title, language, date and its paragraphs."""

    id: int | None
    title: str
    language: str
    paragraphs: Sequence[Paragraph]  # a list, or storage.reading.StoredParagraphs (read on demand)
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
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2  # at C speed: per highlight, per paint


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


@dataclass(frozen=True)
class SentenceRules:
    """How one language's text marks (and does not mark) sentence ends."""

    # Words after which a full stop does not end a sentence: lower case,
    # without the final dot ("nov" for "nov. 2023", "art" for "l'art. 49.3").
    abbreviations: frozenset[str] = frozenset()
    # One-letter prefixes written onto the next word (Hebrew ב, ו, ה…): "ברח."
    # is the abbreviation "רח." after the prefix ב.
    prefixes: str = ""
    # Arabic-script news writes ".." (or "...") between clauses and after a
    # headline's topic ("بالصور.. ..."), the way English uses a dash: not a
    # sentence end.
    dot_runs_separate_clauses: bool = False
    # "20. november": a number with a dot before a lower-case word is an ordinal.
    ordinal_dot: bool = False


def _rules(abbreviations: str, **options: Any) -> SentenceRules:
    return SentenceRules(frozenset(abbreviations.split()), **options)


# The one table of per-language sentence rules. Initials ("J. Doe", "J.C.",
# "J.-L.", "ג'ון פ. קנדי") are recognised in every language (see
# `_is_initials`), so they are not listed here.
SENTENCE_RULES: dict[str, SentenceRules] = {
    "en": _rules(
        "mr mrs ms dr prof st jr sr inc ltd co corp vs etc e.g i.e u.s u.k no gen gov sen rep "
        "lt col capt sgt rev hon mt ft ave blvd rd dept univ est approx fig vol pp ed eds al art "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ),
    "fr": _rules(
        "m mm mme mmes mlle dr pr me st ste av bd etc cf p pp env n° no vol chap ex art al éd c.-à-d "
        "hab min max mgr gén lt col cdt réf tél "
        "janv jan févr fév avr juil sept oct nov déc"
    ),
    "nl": _rules(
        "dhr mevr mw mr dr drs prof ir ing ds st sr jr bv nv o.a m.a.w bijv enz etc d.w.z z.g.a.n "
        "i.p.v t.o.v a.s jl nr blz ca resp art min burg gem vs m.b.t i.v.m z.s.m m.n o.m n.a.v i.s.m "
        "t.a.v v.w.b "
        "jan feb mrt apr jun jul aug sep sept okt nov dec",
        ordinal_dot=True,
    ),
    "de": _rules(
        "dr prof hr fr bzw usw z.b d.h nr ca vgl str art abs s u.a z.t jan feb aug sep sept okt nov dez",
        ordinal_dot=True,
    ),
    "es": _rules("sr sra srta dr dra etc ud uds pág núm art av ene feb abr jun jul ago sept oct nov dic"),
    "da": _rules("dr nr ca jf bl.a f.eks", ordinal_dot=True),
    "no": _rules("dr nr ca jf bl.a f.eks", ordinal_dot=True),
    "fi": _rules("esim ks nro", ordinal_dot=True),
    "he": _rules("פרופ עמ וכו רח גב מס שד סע ת.ד", prefixes="ובהלמשכ"),
    "yi": _rules("פּראָפ פראפ"),
    "ar": _rules("د م ص ج أ ش", prefixes="وبفل", dot_runs_separate_clauses=True),
    "fa": _rules("ص ج", dot_runs_separate_clauses=True),
    "ur": _rules("ص ج", dot_runs_separate_clauses=True),
}
_COMMON_ABBREVIATIONS = frozenset({"dr", "prof", "mr", "st", "etc", "vs", "no", "nr"})
_NO_RULES = SentenceRules()


def sentence_rules(language: str) -> SentenceRules:
    return SENTENCE_RULES.get((language or "").split("-")[0].lower(), _NO_RULES)


_CLOSERS = "\"'”’“‟‛›»)\\]」』）"
# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then whitespace. The sentence ends after the closers.
# Chinese and Japanese full stops need no space after them; the Devanagari
# danda and the Urdu full stop do.
_BOUNDARY = LazyPattern(
    rf"([.!?؟…।۔]+)([{_CLOSERS}]*)(\s+)"
    r"|([。！？]+)([」』”’）)]*)(\s*)"
)
# Closing quotes or brackets set off by a space ("« Je pars. »"): they still
# belong to the sentence before them.
_LATE_CLOSERS = LazyPattern(rf"[{_CLOSERS}]+(?=\s|$)\s*")
# A full stop glued to the next word, as scraped text has it ("Altman.Lancée").
_GLUED_STOP = LazyPattern(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
_OPENERS = "(\"'“«‘[„"
_APOSTROPHES = "'’"


def _token_before(text: str, index: int) -> str:
    """The whitespace-delimited token ending at `index` (the dot), without
    opening quotes or brackets."""
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:index].lstrip(_OPENERS)


def _abbreviation_forms(token: str, rules: SentenceRules) -> set[str]:
    """The ways `token` may be written in the abbreviation table: itself, after
    an elided article ("l'art"), without a final geresh ("רח'"), without
    prefix letters ("ברח")."""
    token = token.lower()
    forms = {token, token.rstrip(_APOSTROPHES + "׳")}
    for apostrophe in _APOSTROPHES:
        head, _, tail = token.rpartition(apostrophe)
        if head and tail:
            forms.add(tail)
    for form in list(forms):
        for cut in range(1, 3):
            if len(form) > cut + 1 and all(ch in rules.prefixes for ch in form[:cut]):
                forms.add(form[cut:])
    return forms


def _is_caseless_letter(ch: str) -> bool:
    return ch.isalpha() and ch.upper() == ch.lower()


# "J", "J.C", "J.-L", "A.B", "א.ב": single letters joined by dots or hyphens.
_INITIALS = LazyPattern(r"[^\W\d_](?:\.-?[^\W\d_]|-[^\W\d_])*")


def _is_initials(token: str, next_char: str) -> bool:
    """An initial (or run of initials) before a dot. A single letter of a
    script without capitals is an initial only inside a name, i.e. when a
    word follows ("جون ف. كينيدي"), not a number."""
    token = token.rstrip(_APOSTROPHES)  # "ג'." keeps its geresh
    if not _INITIALS.fullmatch(token):
        return False
    if len(token) == 1 and _is_caseless_letter(token):
        return next_char.isalpha()
    # "J.C", "א.ב"; lower-case runs ("p.m", "i.v.m") are abbreviations, in the table or not.
    return len(token) == 1 or not any(ch.islower() for ch in token)


def _is_abbreviation(token: str, rules: SentenceRules) -> bool:
    known = rules.abbreviations | _COMMON_ABBREVIATIONS
    return any(form in known for form in _abbreviation_forms(token, rules))


def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0]


def _glued_boundary(paragraph: str, dot: int, rules: SentenceRules) -> bool:
    """True when the dot at `dot`, with no space after it, ends a sentence.
    Latin: two words, the next Capitalised. Hebrew or Arabic script (no
    capitals): two words of two letters or more ("האחרונות.הנושא",
    "الوزير.وأضاف"), never initials ("א.ב"). In both, the previous word is no
    abbreviation and the token is no URL, e-mail address or domain."""
    start = dot
    while start > 0 and not paragraph[start - 1].isspace():
        start -= 1
    end = dot + 1
    while end < len(paragraph) and not paragraph[end].isspace():
        end += 1
    token = paragraph[start:end]
    if "://" in token or "@" in token or "/" in token or token.lower().lstrip(_OPENERS).startswith("www."):
        return False
    before_word = re.search(r"[^\W\d_]+$", paragraph[start:dot])
    after_word = re.match(r"[^\W\d_]+", paragraph[dot + 1 : end])
    assert before_word and after_word  # _GLUED_STOP found a letter on each side of the dot
    before, after = before_word.group(), after_word.group()
    script = _script(before[-1])
    if len(before) < 2 or len(after) < 2 or _script(after[0]) != script:
        return False
    if script == "LATIN":
        if not (after[0].isupper() and after[1:].islower()):
            return False  # "ASP.NET", "OpenAI.com"
    elif script not in ("HEBREW", "ARABIC"):
        return False
    rest = paragraph[dot + 1 + len(after) : end]
    if re.match(r"\.[^\W\d_]", rest):
        return False  # "News.Example.org": a domain
    prefix = paragraph[start:dot]
    if len(prefix) > len(before) and prefix[-len(before) - 1] == ".":
        return False  # "e.g.Smith", "J.C.Goudbeek"
    return not _is_abbreviation(before, rules)


def split_sentences(paragraph: str, language: str = "") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in code points, whitespace trimmed.

    Rule-based so it behaves the same for every language we read: a boundary is
    terminal punctuation followed by space (or a full stop glued to the next
    word, see `_glued_boundary`), except after a known abbreviation (see
    SENTENCE_RULES), an initial, or when the next word starts in lower case.
    Closing quotes and brackets stay with their sentence. Hebrew gershayim
    (ד"ר, מנכ"ל) carry no dot, so they never split.
    """
    rules = sentence_rules(language)
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    for match in _BOUNDARY.finditer(paragraph):
        punct, closers, _space, *cjk = match.groups()
        if punct is None:  # the no-space (CJK) alternative
            punct, closers = cjk[0], cjk[1]
        end = match.start() + len(punct) + len(closers)
        next_index = match.end()
        late = _LATE_CLOSERS.match(paragraph, next_index)
        if late:
            end, next_index = late.start() + len(late.group().rstrip()), late.end()
        if next_index >= len(paragraph):
            break
        next_char = paragraph[next_index]
        if punct == ".":
            token = _token_before(paragraph, match.start())
            if _is_abbreviation(token, rules) or _is_initials(token, next_char):
                continue
            if token.isdigit() and rules.ordinal_dot and next_char.islower():
                continue  # ordinal "20. november"
        elif len(punct) > 1 and set(punct) == {"."} and rules.dot_runs_separate_clauses:
            continue
        if next_char.islower() or next_char in ",;:":
            continue  # "etc. and", "p. ex." — not a sentence start
        cuts.append((end, next_index))
    for match in _GLUED_STOP.finditer(paragraph):
        if _glued_boundary(paragraph, match.start(), rules):
            cuts.append((match.end(), match.end()))
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in sorted(cuts):
        spans.append((start, end))
        start = next_start
    spans.append((start, len(paragraph)))
    return _attach_bare_punctuation(
        [_trim(paragraph, s, e) for s, e in spans if paragraph[s:e].strip()], paragraph
    )


def _attach_bare_punctuation(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A span of punctuation alone (a stray "”", a leading "..") joins the
    sentence before it, or the one after it at the start of a paragraph."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in spans:
        if not any(ch.isalnum() for ch in text[start:end]):
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start = pending_start, None
        merged.append((start, end))
    if pending_start is not None:  # nothing but punctuation
        merged.append((pending_start, spans[-1][1]))
    return merged


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
