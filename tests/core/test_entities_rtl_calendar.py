"""Persian and Hebrew dates, institutions by their kind word, and Hebrew ages
(issue 10, round 13 errors on unseen pages): sentences written here, the
real name tables and find_dates."""

from __future__ import annotations

import pytest

from reader.core.entities import ORG, PERSON, PLACE, recognise_article
from reader.core.entities.dates import find_dates


def dates(text, lang="fa"):
    return {text[s:e]: c for s, e, c in find_dates(text, lang)}


def found(lang, text):
    return {(m.text, m.label) for m in recognise_article(lang, [text])}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year after "سال" (the year) or "دهه" (the decade), in Persian or Latin digits
        ("این شاعر در سال ۱۳۳۱ خورشیدی در هرات زاده شد", {"۱۳۳۱": "1331"}),
        ("گزارش سازمان ملل در سال ۲۰۱۹ منتشر شد", {"۲۰۱۹": "2019"}),
        ("این پل در دهه ۱۹۷۰ ساخته شد", {"۱۹۷۰": "1970"}),
        # Persian digits mixed with the Arabic ٤ ٥ ٦ (typed on an Arabic layout): the same year
        ("این مکتب در سال ۱۳٤۶ ساخته شد", {"۱۳٤۶": "1346"}),
        ("او در سال ۱۹۶٥ به کابل آمد", {"۱۹۶٥": "1965"}),
        ("طرح در ماه حمل سال ۱۴۰۳ آغاز شد", {"ماه حمل": "Hamal", "۱۴۰۳": "1403"}),
        ("در این سال ۵۰۰ خانواده جابه‌جا شدند", {}),  # no year: a count
        # the end, start or first of a month
        ("وزارت قول داد یارانه تا پایان بهمن واریز شود", {"بهمن": "Bahman"}),
        ("کلاس‌ها از اول جدی تعطیل می‌شود", {"جدی": "Jadi"}),
        ("ثبت‌نام از ابتدای تیر آغاز می‌شود", {"تیر": "Tir"}),
        # a year reference after the month
        ("قیمت گوشت در آذر امسال دو برابر شد", {"آذر": "Azar"}),
        ("سیلاب‌های ثور سال گذشته خانه‌ها را ویران کرد", {"ثور": "Sawr"}),
        # "since" the month
        ("از دی تاکنون هیچ دستمزدی پرداخت نشده", {"دی": "Dey"}),
        ("از سرطان به این سو بارانی نباریده است", {"سرطان": "Saratan"}),
        # a month in a list with another month of the same calendar
        ("حقوق ماه‌های خرداد، تیر و مهر پرداخت نشده", {"خرداد": "Khordad", "تیر": "Tir", "مهر": "Mehr"}),
        ("در ماه‌های جدی و دلو برف می‌بارد", {"جدی": "Jadi", "دلو": "Dalw"}),
        ("کار از مهر تا اسفند ادامه دارد", {"مهر": "Mehr", "اسفند": "Esfand"}),
        ("گاز در بهمن‌ماه قطع شد", {"بهمن\u200cماه": "Bahman"}),
    ],
)
def test_persian_dates_by_their_context(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "این موضوع را باید جدی گرفت و میزان خسارت را سنجید",  # serious, amount
        "نسبت به میزان سال گذشته کمتر است",  # last year's level, no Mizan
        "هزینه حمل و نقل سال گذشته بالا رفت",  # transport
        "آغاز حمل و نقل کالا از مرز",
        "او با مهر و محبت از تیر و کمان گفت",  # kindness, arrow
        "جاده در مه غلیظ بسته شد",  # fog, not May
        "مردم برای نماز جمعه به مسجد رفتند",  # the Friday prayer
    ],
)
def test_persian_words_that_are_also_months_stay_words(text):
    assert dates(text) == {}


def test_the_imam_of_the_friday_prayer_is_no_person():
    got = found("fa", "امام جمعه شهر در خطبه‌ها از مردم خواست کمک کنند")
    assert not {t for t, label in got if label == PERSON}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("הדוח של 2024 פורסם השבוע", {"2024": "2024"}),
        ("הוא שילם קנס של 2000 שקל", {}),  # an amount
        ("העירייה גייסה סכום של 1500 עובדים", {}),  # a count before a plural noun
        ("המכרז ייסגר במהלך 2026", {"2026": "2026"}),
        ("העבודות יסתיימו עד סוף 2027", {"2027": "2027"}),
        ("בין מרץ לספטמבר 2024 נרשמו תלונות", {"מרץ": "March", "ספטמבר 2024": "September 2024"}),
    ],
)
def test_hebrew_years_after_of_during_and_end(text, expected):
    assert dates(text, "he") == expected


def test_hebrew_an_age_is_no_place_in_a_list_of_places():
    got = found("he", "היא נפטרה בביתה בחיפה, בגיל 91, אחרי מחלה קצרה")
    assert ("חיפה", PLACE) in got
    assert not {t for t, _ in got if "גיל" in t}


def test_hebrew_institutions_by_name():
    got = found("he", "המתחזים טענו שהם עובדי ביטוח לאומי, וההקלטות נשמרו בספרייה הלאומית")
    assert {("ביטוח לאומי", ORG), ("ספרייה הלאומית", ORG)} <= got
    got = found("he", "פרקליטות המדינה הודיעה כי תערער")
    assert {t for t, label in got if label == ORG} == {"פרקליטות המדינה"}


def test_persian_institutions_by_their_kind_word():
    got = found("fa", "بیماران به شفاخانه حوزوی قندهار منتقل شدند و دانشجویان پوهنتون هرات اعتراض کردند")
    assert {("شفاخانه حوزوی قندهار", ORG), ("پوهنتون هرات", ORG)} <= got
    got = found("fa", "کارگران مقابل فرمانداری ملایر تجمع کردند")
    assert ("فرمانداری ملایر", ORG) in got
    # "this university": the kind word alone, no name after it
    got = found("fa", "استادان این پوهنتون دلیل اعتصاب را حقوق پایین خواندند")
    assert not {t for t, label in got if label == ORG}


def test_persian_the_agency_after_its_reporter():
    got = found("fa", "به گزارش خبرنگار ایرنا از تبریز، بازار امروز تعطیل بود")
    assert ("ایرنا", ORG) in got


def test_hebrew_a_port_by_its_name_is_an_organisation():
    got = found("he", "חברת נמל חיפה דיווחה על ירידה ברווח, והמתחרה נמל המפרץ דווקא גדל")
    assert {("נמל חיפה", ORG), ("נמל המפרץ", ORG)} <= got
    # the airport stays a place, the idiom nothing
    got = found("he", "המטוס נחת בנמל התעופה רמון והנוסעים מצאו נמל מבטחים בבית המלון")
    assert not {t for t, label in got if label == ORG}


def test_hebrew_the_director_is_no_month_and_artists_are_titles():
    assert dates("ההפקה של הבמאי נחשבת לאירוע השנה", "he") == {}  # ה+במאי, no "in May"
    assert dates("הטקס ייערך ב-1 במאי, ושבמאי הבא ייערך שוב", "he") == {"1 במאי": "May 1", "מאי": "May"}
    got = found("he", "בערב ניגנה הפסנתרנית דנה רוזן, ולצדה הופיע הקלרינטיסט אורי ברנע")
    assert {("דנה רוזן", PERSON), ("אורי ברנע", PERSON)} <= got
