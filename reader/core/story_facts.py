"""Facts a story's articles state, sentence by sentence, in he/ar/fa/ur/fr/nl/en:
the numbers they report (amounts, counts, percentages, with their unit), the
dates they mention and the quotations they print with the nearest speaker.
What the story view lines up across outlets, so disagreements stand out.

Offsets are code points in the text given (a sentence, or a paragraph for
quotations), in logical order. Dates reuse the month tables of
reader.core.entities.dates (spans) and reader.core.dates (ISO values).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .dates import find_date
from .entities.dates import _names, find_dates
from .entities.model import EntityMention

# Arabic-Indic and Persian digits (and their decimal and thousands
# separators) read as ASCII, one character for one, so offsets hold.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_OTHER_DIGITS = re.compile("[٠-٩۰-۹٫٬]")


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS) if _OTHER_DIGITS.search(text) else text


# --- numbers ---------------------------------------------------------------------------------

PERCENT, AMOUNT, COUNT = "percent", "amount", "count"

# Written units -> the English unit shown beside every outlet's figure.
_PERCENT_WORDS = {
    "%": "percent",
    "٪": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pour cent": "percent",
    "pourcent": "percent",
    "procent": "percent",
    "אחוז": "percent",
    "אחוזים": "percent",
    "في المئة": "percent",
    "في المائة": "percent",
    "بالمئة": "percent",
    "بالمائة": "percent",
    "في المية": "percent",
    "درصد": "percent",
    "فیصد": "percent",
    "فى صد": "percent",
}
_MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "mille": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "duizend": 1e3,
    "miljoen": 1e6,
    "miljard": 1e9,
    "mln": 1e6,
    "mld": 1e9,
    "mrd": 1e9,
    "אלף": 1e3,
    "אלפים": 1e3,
    "מיליון": 1e6,
    "מיליארד": 1e9,
    "ألف": 1e3,
    "آلاف": 1e3,
    "مليون": 1e6,
    "ملايين": 1e6,
    "مليار": 1e9,
    "مليارات": 1e9,
    "هزار": 1e3,
    "میلیون": 1e6,
    "میلیارد": 1e9,
    "ہزار": 1e3,
    "لاکھ": 1e5,
    "کروڑ": 1e7,
    "ارب": 1e9,
    "ملین": 1e6,
}
_CURRENCIES = {
    "$": "dollar",
    "€": "euro",
    "£": "pound",
    "₪": "shekel",
    "﷼": "rial",
    "dollar": "dollar",
    "dollars": "dollar",
    "euro": "euro",
    "euros": "euro",
    "pound": "pound",
    "pounds": "pound",
    "shekel": "shekel",
    "shekels": "shekel",
    "dirham": "dirham",
    "dirhams": "dirham",
    "dinar": "dinar",
    "dinars": "dinar",
    "rial": "rial",
    "rials": "rial",
    "rupee": "rupee",
    "rupees": "rupee",
    "dollar américain": "dollar",
    "dollars américains": "dollar",
    "livres": "pound",
    "שקל": "shekel",
    "שקלים": "shekel",
    'ש"ח': "shekel",
    "ש״ח": "shekel",
    "דולר": "dollar",
    "דולרים": "dollar",
    "יורו": "euro",
    "دولار": "dollar",
    "دولارات": "dollar",
    "يورو": "euro",
    "جنيه": "pound",
    "درهم": "dirham",
    "دراهم": "dirham",
    "دينار": "dinar",
    "ريال": "rial",
    "ليرة": "lira",
    "دلار": "dollar",
    "یورو": "euro",
    "ریال": "rial",
    "تومان": "toman",
    "روپے": "rupee",
    "روپیہ": "rupee",
    "روپیے": "rupee",
    "ڈالر": "dollar",
}
_UNIT_WORD = r"[^\W\d_][^\s\d.,;:!?()«»“”\"'،؛؟]*"
_COUNTED = re.compile(rf"\s*(?:-\s*)?({_UNIT_WORD})")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,.]\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_ANY_DIGIT = re.compile(r"\d")


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Hebrew and Arabic glue a preposition to the unit ("בשקלים", "بالمئة" is listed whole).
_AFTER = re.compile(
    rf"\s*(?:-\s*)?(?P<mult>{_alternatives(list(_MULTIPLIERS))})?(?:\s+de\s+|\s+d['’]|\s*)"
    rf"(?P<unit>{_alternatives(list(_PERCENT_WORDS) + list(_CURRENCIES))})?(?![^\W\d_])",
    re.IGNORECASE,
)
_BEFORE_CURRENCY = re.compile(rf"(?:{_alternatives(['$', '€', '£', '₪'])})\s*$")


@dataclass(frozen=True)
class NumberFact:
    """A figure as the sentence writes it: `text` is the whole expression
    ("41 في المئة", "$3.5 billion", "300 habitations"), `value` the number
    with its multiplier applied, `unit` in English where known (percent,
    dollar...) else the word counted as written."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str


# Words that never name what a number counts ("la réunion 3 a eu lieu", "3 en 4").
_FUNCTION_WORDS = frozenset(
    """
a an and the of in on at to or by for is are was were from with as
à au aux de des du et en le la les ou par pour sur dans est sont ont qui que
het een van te op zijn met voor aan bij of
של את עם על או גם כי אם לא
في من على إلى الى عن و أو مع أن إن التي الذي
و در از به با را که تا یا است
کے کی کا میں سے نے کو اور پر ہے ہیں
""".split()
)


def _function_word(word: str) -> bool:
    return len(word) < 2 or word.lower() in _FUNCTION_WORDS


def _value(whole: str, fraction: str | None) -> float:
    digits = re.sub(r"[ ,.]", "", whole)
    return float(f"{digits}.{fraction}" if fraction else digits)


def numbers_in(sentence: str, language: str, skip: Sequence[tuple[int, int]] = ()) -> list[NumberFact]:
    """The figures of one sentence. Years, clock times and the numbers
    inside `skip` (date spans) are no figures."""
    text = ascii_digits(sentence)
    if _ANY_DIGIT.search(text) is None:
        return []
    taken = [m.span() for m in _CLOCK.finditer(text)] + list(skip)
    out: list[NumberFact] = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        whole, fraction = match.group(1), match.group(2)
        if re.fullmatch(r"[12]\d{3}", whole) and not fraction:
            before, after = text[:start].rstrip()[-1:], _AFTER.match(text, end)
            if before not in "$€£₪" and not (after and (after.group("unit") or after.group("mult"))):
                continue  # a year ("en 2023", "سنة 2019")
        value = _value(whole, fraction)
        if re.search(r"(?:^|\s)[-−]$", text[:start]):  # "-3 %", "−0,5 procent"
            value, start = -value, start - 1
        after = _AFTER.match(text, end)
        multiplier = after.group("mult") if after else None
        unit_word = after.group("unit") if after else None
        stop = after.end() if after and (multiplier or unit_word) else end
        if multiplier:
            value *= _MULTIPLIERS[multiplier.lower()]
        if unit_word:
            unit = _PERCENT_WORDS.get(unit_word.lower()) or _CURRENCIES.get(unit_word.lower(), unit_word)
            kind = PERCENT if unit == "percent" else AMOUNT
        elif (symbol := _BEFORE_CURRENCY.search(text[:start])) is not None:
            unit, kind, start = _CURRENCIES[symbol.group(0).strip()], AMOUNT, symbol.start()
        else:
            counted = _COUNTED.match(text, stop)
            if counted is None or whole.startswith("0") or _function_word(counted.group(1)):
                continue  # a bare number (a list item, a score, a time) says nothing comparable
            unit, kind, stop = counted.group(1), COUNT, counted.end()
        out.append(NumberFact(start, stop, sentence[start:stop], value, unit, kind))
    return out


# --- dates ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateFact:
    """A date the text mentions: `iso` is "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    (a date without a year takes the article's year; None when there is none)."""

    start: int
    end: int
    text: str
    iso: str | None


def dates_in(
    sentence: str, language: str, reference: str | None = None, words: Sequence[str] | None = None
) -> list[DateFact]:
    """The dates of one sentence; `reference` is the article's date (ISO),
    whose year completes a date written without one ("20 novembre");
    `words`, when given, the calendar words of the whole text the sentence
    is from (`calendar_words_in`), which spares testing it for all others."""
    text = ascii_digits(sentence)
    out: list[DateFact] = []
    if not _may_name_a_date(text, language, words):
        return out
    year = reference[:4] if reference and re.match(r"\d{4}", reference) else None
    for start, end, english in find_dates(text, language if language != "ur" else "ur"):
        iso = find_date(english)
        if iso is None and re.fullmatch(r"(1[89]|20)\d\d", english):
            iso = english
        if iso is None and year is not None:
            iso = find_date(f"{english} {year}") if re.search(r"\d", english) else None
            if iso is None and not re.search(r"\d", english) and english.split()[0] in _ENGLISH_MONTHS:
                iso = find_date(f"{english} {year}")
        if iso is None and english.split()[0] not in _ENGLISH_MONTHS:
            continue  # a weekday or a part of a day: no place on a timeline
        out.append(DateFact(start, end, sentence[start:end], iso))
    # Calendars and forms the name tables do not cover (Solar Hijri, 21/11/2023).
    match = _NUMERIC_OR_SOLAR.search(text)
    found = find_date(text[match.start() :]) if match else None
    if match and found and all(f.iso != found for f in out):
        out.append(DateFact(match.start(), match.end(), sentence[match.start() : match.end()], found))
    return sorted(out, key=lambda f: f.start)


@cache
def _calendar_words(language: str) -> tuple[str, ...]:
    months, days = _names(language)
    return tuple(sorted({name.casefold() for name in (*months, *days)}))


def calendar_words_in(text: str, language: str) -> tuple[str, ...]:
    """The month and weekday names of `language` that `text` (a whole
    article) contains: all that `dates_in` need look for in its sentences."""
    folded = text.casefold()
    return tuple(word for word in _calendar_words(language) if word in folded)


def _may_name_a_date(text: str, language: str, words: Sequence[str] | None) -> bool:
    """A cheap test before the date patterns (the costly part of a story's
    facts): a date has a digit or a month or weekday name."""
    if _ANY_DIGIT.search(text) is not None:
        return True
    folded = text.casefold()
    return any(word in folded for word in (_calendar_words(language) if words is None else words))


def prepare_patterns(languages: Sequence[str]) -> None:
    """Load the month and weekday names and compile the date patterns of
    `languages` now (a first story costs ~0.1-0.3 s more without)."""
    for language in languages:
        _calendar_words(language)
        find_dates("", language)


_ENGLISH_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}
_NUMERIC_OR_SOLAR = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+1[34]\d\d"
)


# --- quotations ----------------------------------------------------------------------------------

# Opening mark -> closing marks. ASCII and Hebrew double quotes close themselves.
_QUOTES = {"«": "»", "„": "“”", "“": "”", '"': '"', "״": "״", "”": "”"}
_MARKS = re.compile("[" + re.escape("".join(_QUOTES) + "»“") + "]")
_INSIDE_WORD = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Quotation:
    """Text in quotation marks (without them) and the nearest speaker: a
    person named in the same paragraph, the closest one first (the text
    before the quote wins a tie), else the last person named before it."""

    start: int
    end: int
    text: str
    speaker: str | None  # the speaker's canonical name
    speaker_text: str | None  # as the article writes it


def _is_gershayim(text: str, at: int) -> bool:
    """A Hebrew abbreviation mark (מנכ"ל, ד״ר), not a quotation mark."""
    return (
        0 < at < len(text) - 1
        and bool(_INSIDE_WORD.match(text[at - 1]))
        and bool(_INSIDE_WORD.match(text[at + 1]))
    )


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of the quoted text (marks excluded) in a paragraph."""
    spans: list[tuple[int, int]] = []
    marks = [m.start() for m in _MARKS.finditer(text) if not _is_gershayim(text, m.start())]
    done = -1
    for i, at in enumerate(marks):
        if at <= done or text[at] not in _QUOTES:
            continue
        closers = _QUOTES[text[at]]
        end = next((e for e in marks[i + 1 :] if text[e] in closers), None)
        if end is not None and len(text[at + 1 : end].split()) >= 3:  # speech, not a scare-quoted term
            spans.append((at + 1, end))
            done = end
    return spans


def quotations_in(
    text: str, mentions: Sequence[EntityMention], earlier_speaker: EntityMention | None = None
) -> list[Quotation]:
    """The quotations of one paragraph of the source pane; `mentions` are
    that paragraph's entity mentions, `earlier_speaker` the last person
    named in the paragraphs before (for a quote whose paragraph names none)."""
    people = [m for m in mentions if m.label == "PERSON"]
    out = []
    for start, end in quotation_spans(text):
        outside = [m for m in people if m.end <= start - 1 or m.start >= end + 1]
        speaker = min(
            outside,
            key=lambda m: (start - m.end if m.end <= start else m.start - end, m.start > start),
            default=None,
        )
        if speaker is None and earlier_speaker is not None:
            speaker = earlier_speaker
        out.append(
            Quotation(
                start,
                end,
                text[start:end].strip(),
                (speaker.canonical or speaker.text) if speaker else None,
                speaker.text if speaker else None,
            )
        )
    return out
