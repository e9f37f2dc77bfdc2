"""Source-language date expressions from CLDR month and weekday names
(Babel): "20 نوفمبر", "ביום שבת", "vendredi soir", "Maandagochtend",
"November 20, 2023". Only calendar expressions (day, month, weekday, year),
not relative ones ("yesterday"), which need a real model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from .translit import normalise

# Extra locales whose month names are also used in a language's press
# (Levantine Arabic writes تشرين الثاني for November).
_EXTRA_LOCALES = {"ar": ["ar_SY"]}
# Parts of the day that attach to a weekday.
_DAYPARTS = {
    "fr": r"(?:\s+(?:soir|matin|après-midi|midi))?",
    "nl": r"(?:ochtend|middag|avond|nacht)?",
    "en": r"(?:\s+(?:morning|afternoon|evening|night))?",
}
_YEAR_WORDS = {  # words before a year; (inside span?, pattern)
    "fr": (False, r"(?:en|depuis|fin|début)"),
    "nl": (False, r"(?:in|sinds|eind|begin)"),
    "en": (False, r"(?:in|since)"),
    "ar": (True, r"(?:عام|العام|سنة)"),
    "he": (True, r"(?:שנת)"),
}


@cache
def _names(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month name -> 1..12 and weekday name -> 0..6 (Monday=0), for
    `language` plus English (English tweets are quoted in every language)."""
    from babel import Locale
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for code in [language, *_EXTRA_LOCALES.get(language, []), "en"]:
        try:
            loc = Locale.parse(code)
        except Exception:
            continue
        for i, name in loc.months["format"]["wide"].items():
            months[name] = i
        for i, name in loc.days["format"]["wide"].items():
            days[name] = i
    return months, days


@lru_cache(maxsize=1)
def _english() -> tuple[dict[int, str], dict[int, str]]:
    from babel import Locale
    en = Locale.parse("en")
    return dict(en.months["format"]["wide"]), dict(en.days["format"]["wide"])


def _alt(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _pattern(language: str) -> re.Pattern[str]:
    months, days = _names(language)
    M, D = _alt(months), _alt(days)
    day = r"(?:[12]?\d|3[01])(?:er)?"
    year = r"(?:1[89]|20)\d\d"
    # Hebrew/Arabic clitics before the expression stay outside the span.
    pre = {"he": r"(?:[ובלמהש]{1,3}-?)?", "ar": r"(?:[وفبل]{1,2})?"}.get(language, "")
    he_mon = r"(?:[בל]-?)?" if language == "he" else ""
    parts = [
        rf"{day}\s+{he_mon}(?:{M})(?:,?\s+{year})?",      # 20 نوفمبر 2023, 20 בנובמבר
        rf"(?:{M})\s+{day}(?:,\s*{year})?(?!\d)",         # November 20, 2023
        rf"(?:{M})\s+{year}",                             # novembre 2023
        r"(?:[0-3]?\d)[/.](?:[01]?\d)[/.](?:(?:19|20)\d\d)",  # 21/11/2023
    ]
    if language != "en":
        parts.append(rf"(?:{_alt(n for n in months if n not in _english()[0].values())})")
    daypart = _DAYPARTS.get(language, "")
    if language == "ar":
        parts.append(rf"(?:يوم\s+)?(?:{D})")
    else:
        parts.append(rf"(?:{D}){daypart}")
    inside, words = _YEAR_WORDS.get(language, (False, r"(?:in)"))
    if inside:
        parts.append(rf"{words}\s+{year}")
    if not inside:  # "en 1985": the year alone is the date
        parts.append(rf"(?<![\w\-]){words}\s+(?P<y>{year})")
    body = "|".join(f"(?:{p})" for p in parts)
    flags = re.IGNORECASE if language in ("fr", "nl", "en") else 0
    return re.compile(rf"(?<![\w\-]){pre}(?P<d>{body})(?![\w])", flags)


# Words after which a bare Hebrew month name is the month ("עד יולי").
_HE_MONTH_BEFORE = re.compile(r"(?:^|\s)(?:עד|מאז|חודש|בחודש|סוף|בסוף|תחילת|בתחילת|אמצע|באמצע|מתחילת|ועד)\s+$")


def find_dates(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical English) for each date expression in `text`."""
    out = []
    for m in _pattern(language).finditer(text):
        s, e = m.span("y") if "y" in m.re.groupindex and m.group("y") else m.span("d")
        surface = text[s:e]
        if language == "he" and m.start() == s and surface in _names(language)[0] \
                and not _HE_MONTH_BEFORE.search(text[:s]):
            continue  # a bare month name is also a given name: "בתו יולי", "יוני אמר"
        if language in ("fr", "nl") and surface[:1].isupper() and surface.lower() in ("mars", "mai", "mei") \
                and not re.search(r"\d", surface):
            continue  # "Mars" the planet / a name, not the month
        out.append((s, e, canonical_date(surface, language)))
    return out


def canonical_date(surface: str, language: str) -> str:
    """English rendering used for grouping: "November 20, 2023", "Saturday"."""
    months, days = _names(language)
    en_months, en_days = _english()
    low = normalise(surface)
    month = next((i for n, i in sorted(months.items(), key=lambda x: -len(x[0]))
                  if normalise(n) in low), None)
    day = next((i for n, i in days.items() if normalise(n) in low), None)
    nums = re.findall(r"\d+", surface)
    year = next((n for n in nums if len(n) == 4), None)
    dnum = next((n for n in nums if len(n) <= 2), None)
    if "/" in surface or "." in surface and len(nums) == 3:
        d, mo, y = nums
        return f"{en_months.get(int(mo), mo)} {int(d)}, {y}"
    if month:
        s = en_months[month]
        if dnum:
            s += f" {int(dnum)}"
        if year:
            s += f", {year}" if dnum else f" {year}"
        return s
    if day is not None:
        return en_days[day]
    return year or surface
