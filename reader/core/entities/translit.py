"""Script helpers: tokens with offsets, Arabic/Hebrew normalisation with an
offset map back to the original characters, clitic prefixes, and consonant
skeletons for matching transliterated names across Latin, Hebrew and Arabic.

Skeletons keep only consonant *classes* that survive transliteration:
"Altman", "אלטמן" and "ألتمان" are all "LTMN"; vowels, matres lectionis
(א ו י ا و ي), h-sounds and doubled letters are dropped because writers
render them inconsistently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# --- tokens --------------------------------------------------------------------

# Marks that belong to a word: Hebrew points, Arabic harakat, tatweel.
_MARKS = "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# A word: letters/digits/marks, with inner quote marks (Hebrew gershayim in
# מנכ"ל, האו"ם; geresh in צ'אט) and inner apostrophes joined.
_TOKEN = re.compile(rf"[\w{_MARKS}]+(?:['\"׳״’][\w{_MARKS}]+)*")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


_new = object.__new__


def _token(start: int, end: int, text: str) -> Token:
    """Token(start, end, text) three times faster, for every word of every
    paragraph: a frozen dataclass's __init__ sets each field through
    object.__setattr__; here they go straight into the new object's
    __dict__ (the same object: same fields, equality, hash and repr)."""
    t = _new(Token)
    d = t.__dict__
    d["start"] = start
    d["end"] = end
    d["text"] = text
    return t


def tokens(text: str) -> list[Token]:
    return list(_tokens(text))


def read_tokens(text: str) -> tuple[Token, ...]:
    """tokens(text) for a caller that only reads them: the remembered tuple
    itself, not a copy of it."""
    return _tokens(text)


def token_texts(text: str) -> list[str]:
    """The text of each of tokens(text), without making the tokens."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=64)  # one article: the recogniser, the name lists and projection tokenise a paragraph
def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):  # (_token inlined: a call a word is a good part of the time)
        t = _new(Token)
        d = t.__dict__
        d["start"], d["end"] = m.span()
        d["text"] = m.group()
        out.append(t)
    return tuple(out)


def script_of(ch: str) -> str:
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF or 0xFB1D <= o <= 0xFB4F:
        return "he"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
        return "ar"
    if ch.isalpha() and o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "latn"
    return ""


@lru_cache(maxsize=8192)  # the recognisers ask it of every word and cut, again and again
def word_script(word: str) -> str:
    for ch in word:
        s = script_of(ch)
        if s:
            return s
    return ""


# --- normalisation with offset map ----------------------------------------------

_AR_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_DROP = re.compile(rf"[{_MARKS}'\"׳״’]")
_HE_FINAL = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}


@lru_cache(maxsize=65536)
def normalise_map(word: str) -> tuple[str, tuple[int, ...]]:
    """Matching form of `word` and, for each of its characters, the index of
    the original character it came from (plus a final sentinel = len(word)),
    so a match in the normalised form maps back to an exact original span."""
    norm = word.translate(_FOLDED)
    if _UNEVEN.isdisjoint(word):  # every character gave one (most words): the map is the identity
        return norm, tuple(range(len(word) + 1))
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(word):
        folded = _fold_char(ch)
        out.append(folded)
        idx += [i] * len(folded)
    idx.append(len(word))
    return "".join(out), tuple(idx)


@lru_cache(maxsize=4096)  # per character: most of normalise_map's time, and scripts have few letters
def _fold_char(ch: str) -> str:
    """The matching form of one character ("" when dropped)."""
    if _DROP.match(ch):
        return ""
    ch = _AR_FOLD.get(ch, ch)
    ch = _HE_FINAL.get(ch, ch)
    return "".join(c for c in unicodedata.normalize("NFKD", ch.casefold()) if not unicodedata.combining(c))


class _FoldTable(dict[int, str]):
    """str.translate's table of _fold_char, filled as characters come; it
    notes in _UNEVEN the characters that do not give exactly one."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(folded) != 1:
            _UNEVEN.add(chr(code))  # before the table has it: another thread reading it sees both
        self[code] = folded
        return folded


_UNEVEN: set[str] = set()
_FOLDED = _FoldTable()


def normalise(word: str) -> str:
    return normalise_map(word)[0]


# --- clitic prefixes -----------------------------------------------------------

# Single-letter Hebrew prefixes (and combinations like וב, שה, מה, וכש).
_HE_PREFIX_LETTERS = "בלוהמשכ"
# Arabic proclitics: conjunctions/prepositions then the article.
_AR_PREFIXES = sorted(
    {p1 + p2 + art for p1 in ("", "و", "ف") for p2 in ("", "ب", "ل", "ك") for art in ("", "ال")}
    | {"لل", "ولل", "فلل"} - {""},
    key=len,
    reverse=True,
)


# the prefixes by their first letter (most words start with none of them; the empty one,
# there by the set's precedence, is the cut 0 prefix_splits always makes)
_AR_PREFIXES_BY_LETTER: dict[str, tuple[str, ...]] = {
    ch: tuple(p for p in _AR_PREFIXES if p[:1] == ch) for ch in {p[:1] for p in _AR_PREFIXES} - {""}
}


# Hebrew proclitics come in one order: and, that/when, one preposition, the
# article ("וכשה", "מה", "ובלאומי"); prepositions do not stack ("לכיוון" is
# "towards", never ל + כ + Greece).
_HE_PREFIX_ORDER = re.compile("^ו?(?:ש|כש)?[בכלמ]?ה?$")


@lru_cache(maxsize=16384)  # every recogniser asks again for the same words
def prefix_splits(norm: str, language: str) -> tuple[int, ...]:
    """Lengths of plausible clitic prefixes of a normalised word (0 first)."""
    cuts = [0]
    if language == "he":
        n = 0
        while n < min(3, len(norm) - 2) and norm[n] in _HE_PREFIX_LETTERS:
            n += 1
            if _HE_PREFIX_ORDER.match(norm[:n]):
                cuts.append(n)
    elif language == "ar":
        for p in _AR_PREFIXES_BY_LETTER.get(norm[:1], ()):
            if norm.startswith(p) and len(norm) - len(p) >= 2:
                cuts.append(len(p))
        # "لل" = ل + ال with the alif dropped: the stem gets its article back
        cuts = sorted(set(cuts))
    elif language == "fr":
        # elided articles (apostrophe already dropped): l'Arabie, d'Israël, qu'Ottawa
        for p in ("l", "d", "qu", "j", "n", "s"):
            if norm.startswith(p) and len(norm) - len(p) >= 3:
                cuts.append(len(p))
    return tuple(cuts)


# --- consonant skeletons --------------------------------------------------------

_HE_SKEL = {
    "ב": "B",
    "ג": "G",
    "ד": "T",
    "ז": "S",
    "ט": "T",
    "כ": "K",
    "ל": "L",
    "מ": "M",
    "נ": "N",
    "ס": "S",
    "פ": "B",
    "צ": "S",
    "ק": "K",
    "ר": "R",
    "ש": "S",
    "ת": "T",
    "ח": "",
    "ה": "",
    "א": "",
    "ו": "",
    "י": "",
    "ע": "",
}
_AR_SKEL = {
    "ب": "B",
    "پ": "B",
    "ف": "B",
    "ڤ": "B",
    "ت": "T",
    "ث": "T",
    "د": "T",
    "ذ": "T",
    "ض": "T",
    "ط": "T",
    "ظ": "T",
    "ج": "G",
    "غ": "G",
    "گ": "G",
    "خ": "K",
    "ق": "K",
    "ك": "K",
    "ک": "K",
    "ر": "R",
    "ز": "S",
    "س": "S",
    "ش": "S",
    "ص": "S",
    "چ": "S",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ژ": "S",
    "ٹ": "T",
    "ڈ": "T",
    "ڑ": "R",
    "ں": "N",
}
_SILENT_GH = re.compile(r"gh(?=t)|(?<=[iour])gh$")  # "Wright", "Edinburgh", "Leigh"; not "Sadegh"
# Latin digraphs first, then single letters.
_LAT_RULES = [
    ("sch", "S"),
    ("tsch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("th", "T"),
    ("ph", "B"),
    ("gh", "G"),  # Arabic غ, Persian ق/غ: "Ghassan", "Bagher"; silent before t and at the end
    ("ck", "K"),
    ("kh", "K"),
    ("qu", "K"),
    ("x", "KS"),
    ("ce", "Se"),
    ("ci", "Si"),
    ("cy", "Sy"),
]
_LAT_SKEL = {
    "b": "B",
    "p": "B",
    "f": "B",
    "v": "B",
    "c": "K",
    "k": "K",
    "q": "K",
    "g": "G",
    "j": "G",
    "d": "T",
    "t": "T",
    "s": "S",
    "z": "S",
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
}


_DOUBLED = re.compile(r"(.)\1+")


def _tidy(s: str) -> str:
    if "\n" in s:  # (the regular expression's "." skips a line break: not in a word)
        s = _DOUBLED.sub(r"\1", s)
        s = s.replace("TS", "S")
        return _DOUBLED.sub(r"\1", s)
    s = _single(s)
    # ts/tz/צ are one sound (a skeleton without "TS" is single already)
    return _single(s.replace("TS", "S")) if "TS" in s else s


def _single(s: str) -> str:
    """`s` with each run of one letter written once (_DOUBLED's substitution,
    several times faster on a skeleton's few letters)."""
    out = s[:1]
    for ch in s[1:]:
        if ch != out[-1]:
            out += ch
    return out


class _SkeletonTable(dict[int, str | None]):
    """str.translate's table of one script's skeleton letters: any other
    character is dropped."""

    def __missing__(self, code: int) -> str | None:
        self[code] = None
        return None


class _LatinTable(_SkeletonTable):
    """The Latin letters' table: a capital (a class the rules above wrote) stays."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        self[code] = found = ch if ch.isupper() else _LAT_SKEL.get(ch) or None
        return found


_LAT_TABLE = _LatinTable()
_HE_TABLE = _SkeletonTable({ord(c): v or None for c, v in _HE_SKEL.items()})
_AR_TABLE = _SkeletonTable({ord(c): v or None for c, v in _AR_SKEL.items()})


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant-class skeleton of one word in Latin, Hebrew or Arabic script."""
    norm = word.translate(_FOLDED)  # normalise(word), without filling its offset map's cache
    script = word_script(norm)
    if script == "he":
        return _tidy(norm.translate(_HE_TABLE))
    if script == "ar":
        return _tidy(norm.translate(_AR_TABLE))
    s = _SILENT_GH.sub("", norm)
    for a, b in _LAT_RULES:
        s = s.replace(a, b)
    return _tidy(s.translate(_LAT_TABLE))
