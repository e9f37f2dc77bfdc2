"""Source-language date expressions from CLDR month and weekday names
(Babel): "20 نوفمبر", "ביום שבת", "vendredi soir", "Maandagochtend",
"November 20, 2023", Hebrew "ב-2019" and "מוצאי שבת". Only calendar
expressions (day, month, weekday, year), not relative ones ("yesterday"),
which need a real model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from .translit import normalise

# Extra locales whose month names are also used in a language's press
# (Levantine Arabic writes تشرين الثاني for November, Tunisia and Algeria
# جويلية for July, Morocco غشت for August).
_EXTRA_LOCALES = {"ar": ["ar_SY", "ar_TN", "ar_MA"]}
# Months of the calendars the press also dates by: Solar Hijri (Iran) and
# Islamic (everywhere), with their English names. Babel has only Gregorian
# month names.
_SOLAR_HIJRI = dict(
    zip(
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(),
        "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand".split(),
    )
)
# Afghanistan dates by the same calendar with the zodiac names of the months (Dari)
_AFGHAN_SOLAR = dict(
    zip(
        "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(),
        "Hamal Sawr Jawza Saratan Asad Sonbola Mizan Aqrab Qaws Jadi Dalw Hut".split(),
    )
)
_ISLAMIC_EN = (
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Awwal",
    "Jumada al-Thani",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
)
_ISLAMIC = {
    "ar": "محرم|صفر|ربيع الأول|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة",
    "fa": "محرم|صفر|ربیع‌الاول|ربیع‌الثانی|جمادی‌الاول|جمادی‌الثانی|رجب|شعبان|رمضان|شوال|ذی‌القعده|ذی‌الحجه",
    "ur": "محرم|صفر|ربیع الاول|ربیع الثانی|جمادی الاول|جمادی الثانی|رجب|شعبان|رمضان|شوال|ذوالقعدہ|ذوالحجہ",
}
# Month names that are also ordinary words or given names ("مهر" kindness,
# "تیر" arrow, "رمضان" a man): a date only with a day, a year, or "month".
_AMBIGUOUS_MONTHS = set("تیر مهر آذر دی بهمن محرم صفر رجب شعبان رمضان".split()) | set(_AFGHAN_SOLAR)
# Persian words for the end, start or middle of a month: "اواخر عقرب" (late Aqrab),
# "تا پایان آذر" (until the end of Azar), "از اول قوس" (since the first of Qaws)
_FA_MONTH_PARTS = "اواخر|اوایل|اواسط|نیمه|پایان|انتهای|ابتدای|اول"
# A year reference after a month: "مهر امسال" (this Mehr), "ثور سال گذشته" (last
# Sawr), "جدی آینده" (next Jadi); not after "میزان" (amount) or "حمل" (transport):
# "میزان سال گذشته" is last year's level.
_FA_YEAR_AFTER = r"\s+(?:امسال|پارسال|سال\s+(?:آینده|گذشته|جاری|قبل|بعد)|آینده|گذشته)(?![\w\u200c])"
# "Since": "از مهر تاکنون", "از میزان به این سو"
_FA_SINCE_AFTER = r"\s+(?:تاکنون|تا\s+کنون|به\s+این\s+سو|به\s+بعد)(?![\w\u200c])"
# Words before a bare year in Persian: "سال ۱۴۰۴" (the year 1404), "دهه ۱۹۶۰" (the 1960s)
_FA_YEAR_BEFORE = ("سال", "دهه")

# Units and currencies after a number in Hebrew: "של 2000 שקל" is an amount, not a year
_HE_UNITS = 'שקל|שקלים|ש"ח|דולר|אירו|מטר|קילו|ק"מ|טון|איש|אחוז'
# Hebrew weekdays without "יום", as written in brackets: "היום (שני)".
_HE_BARE_WEEKDAYS = {"שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4, "ראשון": 6}
# "month" before or after a month's name: "شهر رمضان", "ماه رمضان", "بهمن ماه".
_MONTH_WORD = {"ar": "شهر", "fa": "ماه", "ur": "ماہ"}
# Parts of the day that attach to a weekday.
_DAYPARTS = {
    "fr": r"(?:\s+(?:soir|matin|après-midi|midi))?",
    "nl": r"(?:ochtend|voormiddag|namiddag|middag|avond|nacht)?",  # (Flemish "zondagnamiddag")
    "en": r"(?:\s+(?:morning|afternoon|evening|night))?",
}
_YEAR_WORDS = {  # words before a year; (inside span?, pattern)
    "fr": (
        False,
        r"(?:en|depuis|fin|début|dès|d['’]ici(?: à)?|jusqu['’]en|jusqu['’]à|à partir de|automne|été|hiver"
        r"|printemps|l['’]année)",
    ),
    "nl": (False, r"(?:in|sinds|eind|begin)"),
    "en": (False, r"(?:in|since)"),
    "ar": (True, r"(?:عام|العام|سنة)"),
    "he": (True, r"(?:שנת)"),
}


# Prepositions before a bare year that also stand before amounts ("pour 2027", "pour 2000 euros"):
# a date only when a punctuation mark or a function word follows the year.
_YEAR_AFTER_PREPOSITION = {
    "fr": (
        r"(?:avant|après|pour|à|de|entre|et|contre|qu['’]en)",
        r"(?:et|à|au|aux|avec|par|en|dans|pour|sur|selon|contre|le|la|les|l['’]|d['’]|de|du|des|puis|ou"
        r"|lors|déjà|encore|dont|qui|que|il|elle|on|ils|elles|a|ont|est|sont|était|sera)",
    ),
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


@cache
def _calendar_months(language: str) -> dict[str, str]:
    """Solar Hijri and Islamic month name -> English name, for `language`."""
    out = {**_SOLAR_HIJRI, **_AFGHAN_SOLAR} if language == "fa" else {}
    for name, en in zip(_ISLAMIC.get(language, "").split("|"), _ISLAMIC_EN):
        if name:
            out[name] = en
            out[name.replace("\u200c", " ")] = en
    return out


def _alt(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _pattern(language: str) -> re.Pattern[str]:
    months, days = _names(language)
    M, D = _alt(months), _alt(days)
    day = r"(?:[12]?\d|3[01])(?:er)?"
    year = r"(?:1[89]|20)\d\d"
    # Hebrew/Arabic clitics before the expression stay outside the span.
    # (Hebrew clitics stack in their order: and, that, a preposition, the article: "ומה-1",
    # "שבמאי"; "הבמאי" is the director, no "ב-מאי")
    pre = {"he": r"(?:ו?ש?[בלמ]?ה?[-\u05be]?)", "ar": r"(?:[وفبل]{1,2})?"}.get(language, "")
    he_mon = r"(?:[בל]-?)?" if language == "he" else ""
    parts = [
        rf"{day}\s+{he_mon}(?:{M})(?:,?\s+{year})?",  # 20 نوفمبر 2023, 20 בנובמבר
        rf"(?:{M})\s+{day}(?:,\s*{year})?(?!\d)",  # November 20, 2023
        rf"(?:{M})\s+{year}",  # novembre 2023
        r"(?:[0-3]?\d)[/.](?:[01]?\d)[/.](?:(?:19|20)\d\d)",  # 21/11/2023
    ]
    if language in ("fr", "nl"):  # the weekday before a date is part of it: "donderdag 10 december"
        parts.insert(0, rf"(?:{D})\s+{day}\s+(?:{M})(?:\s+{year})?")
    if language == "fr":  # "à la mi-juin", "depuis la mi-janvier": the middle of a month
        parts.insert(0, rf"mi-(?:{M})(?:\s+{year})?")
    if language != "en":
        parts.append(rf"(?:{_alt(n for n in months if n not in _english()[0].values())})")
    calendar = _calendar_months(language)
    if calendar:
        C = _alt(calendar)
        plain = _alt(n for n in calendar if n not in _AMBIGUOUS_MONTHS)
        month_word = _MONTH_WORD[language]
        cal_year = r"(?:[1۱][34۳۴]\d\d)"  # 1404, ۱۴۰۴; Hijri 1447
        cal_day = r"(?:[0-3۰-۳]?\d)"  # in Persian or Latin digits
        parts += [
            rf"{cal_day}\s+(?:{C})(?:\s+{month_word})?(?:\s+{cal_year})?",  # ۱۲ بهمن ۱۴۰۳
            rf"(?:{C})(?:\s+{month_word})?\s+{cal_year}",  # آبان ۱۴۰۵
            rf"(?:{C})[\s\u200c]+{month_word}",  # بهمن ماه, دی‌ماه
            rf"{month_word}\s+(?:{C})",  # شهر رمضان, ماه رمضان
            *(
                [
                    # اواخر عقرب, تا پایان آذر; not "حمل و نقل" (transport)
                    rf"(?:{'|'.join(f'(?<={w} )' for w in _FA_MONTH_PARTS.split('|'))})(?:{C})(?!\s+و\s+نقل)",
                    # ماه‌های جدی و دلو (the months of Jadi and Dalw)
                    rf"(?<=ماه\u200cهای )(?:{C})",
                    rf"(?:{_alt(n for n in calendar if n not in ('میزان', 'حمل'))})(?={_FA_YEAR_AFTER})",
                    rf"(?<=از )(?:{C})(?={_FA_SINCE_AFTER})",
                    # سال ۱۴۰۴, سال ۲۰۱۶, دهه ۱۹۶۰: the year alone is the date
                    rf"(?:{'|'.join(f'(?<={w} )' for w in _FA_YEAR_BEFORE)})"
                    rf"(?:[1۱][34۳۴]\d\d|(?:19|20|۱۹|۲۰)\d\d)(?!\d)",
                ]
                if language == "fa"
                else []
            ),
            rf"(?:{plain})",  # اسفند
        ]
    daypart = _DAYPARTS.get(language, "")
    if language == "he":  # "היום (שני)": a bare weekday in brackets after today/yesterday
        parts.append(rf"(?<=\()(?:{_alt(_HE_BARE_WEEKDAYS)})(?=\))")
        # a year after a clitic and a hyphen ("ב-2019", "מ־2022") or a time word ("מאז 2022")
        parts.append(rf"(?<=[בלמ][-\u05be]){year}(?![-\u05be\d])")
        after = "|".join(f"(?<={w} )" for w in "מאז עד מסוף מתחילת לקראת בסוף בתחילת סוף תחילת במהלך".split())
        parts.append(rf"(?:{after}){year}(?![-\u05be\d])")
        # "הרבעון השלישי של 2025", "השיטפון של 2021": a year after "of", not an amount
        # ("קנס של 2000 שקל", "של 1500 עובדים": a unit or a plural noun follows)
        parts.append(rf"(?<=של ){year}(?![-\u05be\d.,]\d)(?!\s+(?:{_HE_UNITS}|[א-ת]+(?:ים|ות)(?![א-ת])))")
        # Saturday by its own name: "בשבת" (on Saturday), "מוצאי שבת" (Saturday night)
        parts.append(r"(?:מוצאי|במוצאי)\s+שבת|(?<=ב)שבת(?!\s+(?:של|שלום))")
    if language == "ar":
        parts.append(rf"(?:يوم\s+)?(?:{D})")
    else:
        parts.append(rf"(?:{D}){daypart}")
    inside, words = _YEAR_WORDS.get(language, (False, r"(?:in)"))
    if inside:
        parts.append(rf"{words}\s+{year}")
    if not inside:  # "en 1985": the year alone is the date
        parts.append(rf"(?<![\w\-]){words}\s+(?P<y>{year})")
    if language in _YEAR_AFTER_PREPOSITION:  # "avant 2032", "remonte à 2018" (not "pour 2000 euros")
        words, after = _YEAR_AFTER_PREPOSITION[language]
        parts.append(rf"(?<![\w\-]){words}\s+(?P<y2>{year})(?=\s*[.,;:!?)»]|\s*$|\s+{after}\b)")
    body = "|".join(f"(?:{p})" for p in parts)
    flags = re.IGNORECASE if language in ("fr", "nl", "en") else 0
    return re.compile(rf"(?<![\w\-]){pre}(?P<d>{body})(?![\w])", flags)


# Words after which a bare Hebrew month name is the month ("עד יולי", "בין אפריל לאוגוסט").
_HE_MONTH_BEFORE = re.compile(
    r"(?:^|\s)(?:עד|מאז|חודש|בחודש|סוף|בסוף|תחילת|בתחילת|אמצע|באמצע|מתחילת|ועד|בין)\s+$"
)
# Persian words before "جمعه" (Friday) that make it the Friday prayer: "نماز جمعه". ("امام
# جمعه", its imam, stays a date: else the title "امام" would make "جمعه" a man)
_FA_FRIDAY_PRAYER = re.compile(r"(?:نماز|نمازهای|نماز\u200cهای)\s+$")
# Gregorian month names in Persian that are also words ("مه" fog): a month only with a number
_FA_AMBIGUOUS_GREGORIAN = {"مه"}


def find_dates(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical English) for each date expression in `text`."""
    out = []
    for m in _pattern(language).finditer(text):
        group = next((g for g in ("y", "y2") if g in m.re.groupindex and m.group(g)), "d")
        s, e = m.span(group)
        surface = text[s:e]
        if (
            language == "he"
            and m.start() == s
            and surface in _names(language)[0]
            and not _HE_MONTH_BEFORE.search(text[:s])
        ):
            continue  # a bare month name is also a given name: "בתו יולי", "יוני אמר"
        if (
            language in ("fr", "nl")
            and surface[:1].isupper()
            and surface.lower() in ("mars", "mai", "mei")
            and not re.search(r"\d", surface)
        ):
            continue  # "Mars" the planet / a name, not the month
        if language == "fa" and (
            surface == "جمعه" and _FA_FRIDAY_PRAYER.search(text[:s]) or surface in _FA_AMBIGUOUS_GREGORIAN
        ):
            continue  # the Friday prayer; "مه" (fog) alone
        out.append((s, e, canonical_date(surface, language)))
    if language == "fa" and out:
        out = _fa_months_in_a_list(text, out)
    return out


def _fa_family(name: str) -> dict[str, str]:
    return _AFGHAN_SOLAR if name in _AFGHAN_SOLAR else _SOLAR_HIJRI


def _fa_months_in_a_list(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A bare month joined by "و" (and), "،" or "تا" (to) to a month already
    found, of the same calendar (Iranian or Afghan names): "از تیر تا شهریور",
    "ماه‌های مرداد، شهریور و مهر", "ماه‌های جدی و دلو"."""
    out = list(found)
    starts = {s for s, _, _ in out}
    link = r"(?:\s*،\s*|\s+و\s+|\s+تا\s+)"
    todo = [(s, e, text[s:e]) for s, e, _ in out]
    while todo:
        s, e, surface = todo.pop()
        known = next((n for n in {**_SOLAR_HIJRI, **_AFGHAN_SOLAR} if n in surface.split()), None)
        if known is None:
            continue
        family = _alt(_fa_family(known))
        after = re.match(rf"{link}({family})(?![\w\u200c])(?!\s+و\s+نقل)", text[e:])
        before = re.search(rf"(?<![\w\u200c])({family}){link}$", text[:s])
        for m, base in ((after, e), (before, 0)):
            if m is None:
                continue
            ns, ne = base + m.start(1), base + m.end(1)
            if ns not in starts:
                starts.add(ns)
                out.append((ns, ne, canonical_date(text[ns:ne], "fa")))
                todo.append((ns, ne, text[ns:ne]))
    return sorted(out)


def canonical_date(surface: str, language: str) -> str:
    """English rendering used for grouping: "November 20, 2023", "Saturday"."""
    months, days = _names(language)
    en_months, en_days = _english()
    calendar = _calendar_months(language)
    named = next((n for n in sorted(calendar, key=len, reverse=True) if n in surface), None)
    if named:
        ascii_digits = surface.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789"))
        nums = re.findall(r"\d+", ascii_digits)
        return " ".join(
            [*(n for n in nums if len(n) <= 2), calendar[named], *(n for n in nums if len(n) == 4)]
        )
    if language == "he" and surface in _HE_BARE_WEEKDAYS:
        return en_days[_HE_BARE_WEEKDAYS[surface]]
    if language == "he" and surface.endswith("שבת") and not re.search(r"\d", surface):
        return en_days[5]  # "בשבת", "מוצאי שבת": Saturday
    low = normalise(surface)
    month = next(
        (i for n, i in sorted(months.items(), key=lambda x: -len(x[0])) if normalise(n) in low), None
    )
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
    # (Persian digits, and the Arabic ones Persian text mixes in: "۱۳٤۶" is 1346)
    return year.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")) if year else surface
