"""Publication dates written in an article's own lines ("5 mars 2024",
"5 במרץ 2024", "۱۴ اسفند ۱۴۰۲", "21/11/2023 11:28"), as ISO "YYYY-MM-DD"
or "YYYY-MM". Copyright lines ("© 2024") are never a date. Qt-free.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

_MONTHS: dict[int, list[str]] = {
    1: [
        "january",
        "jan",
        "janvier",
        "janv",
        "januari",
        "ינואר",
        "יאנואר",
        "يناير",
        "كانون الثاني",
        "ژانویه",
        "جنوری",
    ],
    2: [
        "february",
        "feb",
        "février",
        "fevrier",
        "févr",
        "februari",
        "פברואר",
        "פעברואר",
        "فبراير",
        "شباط",
        "فوریه",
        "فروری",
        "فبروری",
    ],
    3: ["march", "mar", "mars", "maart", "mrt", "מרץ", "מרס", "מערץ", "مارس", "آذار", "مارچ"],
    4: ["april", "apr", "avril", "avr", "אפריל", "أبريل", "ابريل", "إبريل", "نيسان", "آوریل", "اپریل"],
    5: ["may", "mai", "mei", "מאי", "מיי", "مايو", "أيار", "ايار", "مه", "مئی"],
    6: ["june", "jun", "juin", "juni", "יוני", "يونيو", "يونيه", "حزيران", "ژوئن", "جون"],
    7: [
        "july",
        "jul",
        "juillet",
        "juil",
        "juli",
        "יולי",
        "يوليو",
        "يوليه",
        "تموز",
        "ژوئیه",
        "جولائی",
        "جولای",
    ],
    8: [
        "august",
        "aug",
        "août",
        "aout",
        "augustus",
        "אוגוסט",
        "אויגוסט",
        "أغسطس",
        "اغسطس",
        "آب",
        "اوت",
        "اگست",
        "آگست",
    ],
    9: [
        "september",
        "sep",
        "sept",
        "septembre",
        "ספטמבר",
        "סעפטעמבער",
        "سبتمبر",
        "أيلول",
        "ايلول",
        "سپتامبر",
        "ستمبر",
        "سپتمبر",
    ],
    10: [
        "october",
        "oct",
        "octobre",
        "oktober",
        "okt",
        "אוקטובר",
        "אקטאבער",
        "أكتوبر",
        "اكتوبر",
        "تشرين الأول",
        "اکتبر",
        "اکتوبر",
    ],
    11: ["november", "nov", "novembre", "נובמבר", "נאוועמבער", "نوفمبر", "تشرين الثاني", "نوامبر", "نومبر"],
    12: [
        "december",
        "dec",
        "décembre",
        "decembre",
        "déc",
        "דצמבר",
        "דעצעמבער",
        "ديسمبر",
        "كانون الأول",
        "دسامبر",
        "دسمبر",
    ],
}
# Morocco (نونبر, شتنبر) and Algeria and Tunisia (جانفي, جوان) name the months after French.
_MAGHREB_MONTHS = {
    1: ["جانفي"],
    2: ["فيفري"],
    4: ["أفريل", "افريل"],
    5: ["ماي"],
    6: ["جوان"],
    7: ["يوليوز", "جويلية"],
    8: ["غشت", "أوت"],
    9: ["شتنبر"],
    11: ["نونبر"],
    12: ["دجنبر"],
}
# The Iranian (Solar Hijri) months, converted to the Gregorian calendar.
_JALALI_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]

# Islamic (Hijri) dates are recognised as dates but not converted.
_HIJRI_MONTHS = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الاول",
    "ربيع الآخر",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الآخرة",
    "جمادى الثانية",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
]
_HIJRI = re.compile(r"(?<![^\W\d_])\d{1,2}\s+(?:" + "|".join(_HIJRI_MONTHS) + r")\s+1[34]\d\d(?!\d)")

# Keyboards write yeh and kaf in their Arabic or Persian form ("اپريل", "اپریل"): either matches.
_LETTER_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_MONTH_OF = {
    name.translate(_LETTER_FORMS): number
    for table in (_MONTHS, _MAGHREB_MONTHS)
    for number, names in table.items()
    for name in names
}


def _month_pattern(names: Iterable[str]) -> str:
    return "|".join(
        re.escape(name.translate(_LETTER_FORMS)).replace("ی", "[یيى]").replace("ک", "[کك]")
        for name in sorted(names, key=len, reverse=True)
    )


def _month_number(name: str) -> int:
    return _MONTH_OF[name.lower().translate(_LETTER_FORMS)]


_MONTH_NAMES = _month_pattern(_MONTH_OF)
# Afghanistan names the same solar months after the zodiac (حمل = فروردین, ...).
_AFGHAN_MONTHS = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
_SOLAR_MONTH_OF = {
    name: i + 1 for months in (_JALALI_MONTHS, _AFGHAN_MONTHS) for i, name in enumerate(months)
}
_JALALI_NAMES = _month_pattern(_SOLAR_MONTH_OF)

# Hebrew and Yiddish put the preposition on the month: "5 במרץ", "ב-5 בנובמבר".
_B = r"(?:ב-?|ל-?)?"
_L = r"(?<![^\W\d_])"  # not inside a word
_R = r"(?![^\W\d_])"
_DAY_MONTH_YEAR = re.compile(
    rf"{_L}(\d{{1,2}})(?:er|e|ste|de|סטן|טן|ן)?\.?\s+{_B}({_MONTH_NAMES})\.?(?:,?\s+|\s*[,،]\s*)(\d{{4}}){_R}",
    re.IGNORECASE,
)  # "14 مارچ ، 2024": Urdu sites set the comma apart
_MONTH_DAY_YEAR = re.compile(rf"{_L}({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}}){_R}", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_L}{_B}({_MONTH_NAMES})\.?\s+(\d{{4}}){_R}", re.IGNORECASE)
_JALALI = re.compile(rf"{_L}(\d{{1,2}})\s+({_JALALI_NAMES})\s+(1[34]\d\d){_R}")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")
_YEAR_FIRST = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")

_COPYRIGHT = re.compile(
    r"©|\(c\)|copyright|all rights reserved|tous droits réservés|alle rechten voorbehouden|"
    r"כל הזכויות שמורות|جميع الحقوق محفوظة|کلیه حقوق|تمامی حقوق|جملہ حقوق|حقوق النشر",
    re.IGNORECASE,
)


def normalise_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; Hebrew points removed."""
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            out.append(str(unicodedata.digit(ch, 0)))
        elif unicodedata.category(ch) == "Mn" and "\u0591" <= ch <= "\u05c7":
            continue
        else:
            out.append(ch)
    return "".join(out)


def _valid(year: int, month: int, day: int | None = None) -> str | None:
    if not (1900 <= year <= date.today().year + 1 and 1 <= month <= 12):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Solar Hijri to Gregorian (the arithmetic of the standard jalaali-js)."""
    days = 365 * (year - 979) + ((year - 979) // 33) * 8 + (((year - 979) % 33) + 3) // 4
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    days += day - 1 + 79
    g_year = 1600 + 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        g_year += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    g_year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        g_year += (days - 1) // 365
        days = (days - 1) % 365
    leap = g_year % 4 == 0 and (g_year % 100 != 0 or g_year % 400 == 0)
    month_days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    g_month = 0
    while g_month < 12 and days >= month_days[g_month]:
        days -= month_days[g_month]
        g_month += 1
    return g_year, g_month + 1, days + 1


def find_date(line: str) -> str | None:
    """The first date written in one line, or None (never from a copyright line)."""
    if _COPYRIGHT.search(line):
        return None
    text = normalise_digits(line)
    for pattern in (_DAY_MONTH_YEAR,):
        match = pattern.search(text)
        if match:
            found = _valid(int(match.group(3)), _month_number(match.group(2)), int(match.group(1)))
            if found:
                return found
    match = _MONTH_DAY_YEAR.search(text)
    if match:
        found = _valid(int(match.group(3)), _month_number(match.group(1)), int(match.group(2)))
        if found:
            return found
    match = _JALALI.search(text)
    if match:
        found = _valid(
            *jalali_to_gregorian(
                int(match.group(3)),
                _SOLAR_MONTH_OF[match.group(2).translate(_LETTER_FORMS)],
                int(match.group(1)),
            )
        )
        if found:
            return found
    match = _ISO.search(text)
    if match:
        found = _valid(
            int(match.group(1)), int(match.group(2)), int(match.group(3)) if match.group(3) else None
        )
        if found:
            return found
    match = _YEAR_FIRST.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if year < 1500:
            year, month, day = jalali_to_gregorian(year, month, day)
        found = _valid(year, month, day)
        if found:
            return found
    match = _NUMERIC.search(text)
    if match:
        day, month, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
        year_number = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
        if 1300 <= year_number < 1500:  # "۱۸-۰۴-۱۴۰۰": an Iranian date written in figures
            year_number, month, day = jalali_to_gregorian(year_number, month, day)
        found = _valid(year_number, month, day)
        if found:
            return found
    match = _MONTH_YEAR.search(text)
    if match:
        return _valid(int(match.group(2)), _month_number(match.group(1)))
    return None


def mentions_date(line: str) -> bool:
    """The line states a date, in any calendar we know (also Hijri)."""
    return find_date(line) is not None or bool(_HIJRI.search(normalise_digits(line)))
