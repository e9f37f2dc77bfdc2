"""Organisations and generic phrases in Hebrew and Arabic (issue 10, the round 18
blind batch's classes): a company before its day's move, a body after its kind
word, long public bodies; a kind and what it is for, a bank in a country, a
court and the title of the one it tried, a word for the company, a chamber in
its chair's title. The real name tables; sentences written here."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, PLACE, SOURCE, recognise_article
from reader.core.text import split_sentences


def found(lang: str, text: str, english: str | None = None) -> set[tuple[str, str]]:
    """The source pane's mentions; with `english`, that is the translation pane."""
    if english is None:
        ms = recognise_article(lang, [text])
    else:
        ms = recognise_article(
            lang, [text], [split_sentences(text, lang)], [english], [split_sentences(english, "en")]
        )
    return {(m.text, m.label) for m in ms if m.pane == SOURCE}


def labelled(lang: str, text: str, label: str, english: str | None = None) -> set[str]:
    return {t for t, lab in found(lang, text, english) if lab == label}


# --- Hebrew: a company before its day's move (a company is "she") ----------------------


def test_a_company_before_a_feminine_verb_of_trading_and_a_figure_is_an_organisation():
    text = "המסחר בבורסה ננעל במגמה מעורבת, ונובה זינקה ב-3.1% לאחר שדיווחה על הזמנה גדולה."
    english = "Trading closed mixed, and Nova jumped 3.1% after reporting a large order."
    assert ("נובה", ORG) in found("he", text)
    assert ("נובה", ORG) in found("he", text, english) and not labelled("he", text, PERSON, english)
    # a given name moving up steps is nobody's company
    assert not labelled("he", "המסחר בבורסה ננעל במגמה מעורבת, ושרה עלתה ב-3 מדרגות.", ORG)


def test_a_listed_company_by_its_short_name_in_a_market_report():
    text = 'מניות הנדל"ן נסחרו בתנודתיות, ועזריאלי עלתה ב-1.4% אחרי פרסום הדוחות.'
    english = "Real-estate shares traded unevenly, and Azrieli rose 1.4% after publishing its reports."
    assert ("עזריאלי", ORG) in found("he", text)
    assert ("עזריאלי", ORG) in found("he", text, english) and "עזריאלי" not in labelled(
        "he", text, PERSON, english
    )


# --- Hebrew: a body after its kind word ----------------------------------------------------


def test_a_band_an_investment_house_and_a_theatre_after_their_kind_word():
    text = "בערב הפתיחה תעלה להקת משינה לבמה הגדולה."
    english = "On the opening night the band Mashina will take the big stage."
    assert ("משינה", ORG) in found("he", text)
    assert ("משינה", ORG) in found("he", text, english) and not labelled("he", text, PERSON, english)
    assert not labelled("he", "להקת מחול מקומית הופיעה בטקס.", ORG)  # a dance troupe: no name
    assert ("פסגות", ORG) in found("he", "לפי הערכת בית ההשקעות פסגות, האינפלציה תתמתן.")
    assert ("מיטב", ORG) in found("he", "הכלכלן הראשי של בית ההשקעות מיטב צופה הורדת ריבית.")
    got = found("he", "שחקנים מהקאמרי ומתיאטרון גשר יעלו יחד הפקה חדשה.")
    assert ("תיאטרון גשר", ORG) in got and not {t for t, lab in got if lab == PLACE}


# --- Hebrew: long public bodies -------------------------------------------------------------


def test_long_public_bodies_are_whole():
    got = found("he", "התוכנית קיבלה את אישור הוועדה המחוזית לתכנון ולבנייה מחוז צפון בשבוע שעבר.")
    assert ("הוועדה המחוזית לתכנון ולבנייה מחוז צפון", ORG) in got
    text = "צוותים של כבאות והצלה לישראל פעלו בזירה. מפקד התחנה בכבאות אמר כי אין נפגעים."
    got = found("he", text)
    assert ("כבאות והצלה לישראל", ORG) in got
    assert ("ישראל", PLACE) not in got and ("כבאות", ORG) not in got  # one of two nouns, no short name
    assert ("ועדת החוקה", ORG) in found("he", "חברי ועדת החוקה דחו את ההסתייגויות.")


# --- Hebrew: generic phrases name nothing ---------------------------------------------------


def test_a_kind_and_what_it_is_for_is_no_name():
    assert not labelled("he", "הדייגים פרקו את השלל בנמל הדייגים של יפו.", ORG)
    assert not labelled("he", "העירייה סגרה את חוף הרחצה בגלל זיהום.", PLACE)
    # the gazetteer's "Old City": a description, a place only "of" its town
    got = found("he", "הסיור עבר בסמטאות העיר העתיקה בירושלים.")
    assert ("העיר העתיקה", PLACE) not in got and ("ירושלים", PLACE) in got
    assert ("העיר העתיקה", PLACE) in found("he", "ההצגה תועלה ברחובות העיר העתיקה של עכו.")


def test_a_bank_in_a_country_is_the_country():
    got = found("he", "הכספים הופקדו לבנק ביוון ומשם הועברו הלאה.")
    assert ("יוון", PLACE) in got and not {t for t, lab in got if lab == ORG}
    assert ("בנק הפועלים", ORG) in found("he", "הלוואה מבנק הפועלים אושרה אתמול.")


# --- Arabic: listed bodies ------------------------------------------------------------------


def test_arabic_listed_bodies_and_the_makers_of_aircraft():
    text = "ذكرت وكالة الأنباء الأردنية (بترا) أن الوفد وصل إلى عمّان. وأضافت بترا أن الزيارة تستمر يومين."
    got = found("ar", text)
    assert ("وكالة الأنباء الأردنية", ORG) in got and ("بترا", ORG) in got
    text = "تعاقدت الشركة على عشر طائرات إيرباص وخمس طائرات بوينغ 787."
    english = "The company ordered ten Airbus and five Boeing 787 aircraft."
    assert {"إيرباص", "بوينغ"} <= labelled("ar", text, ORG)
    assert not labelled("ar", text, PERSON, english)
    # a place's government is a body, no list needed
    assert ("حكومة دبي", ORG) in found("ar", "أطلقت حكومة دبي منصة رقمية جديدة.")
    got = found("ar", "وقعت حكومة الشارقة اتفاقا مع حكومة إقليم كردستان.")
    assert {("حكومة الشارقة", ORG), ("حكومة إقليم كردستان", ORG)} <= got
    assert not labelled("ar", "وقال إن حكومة تتوقع نموا.", ORG)
    got = found("ar", "انتقد برلماني من حزب البام قرار الوزارة، ورد عليه نائب من حزب الاستقلال.")
    assert ("البام", ORG) in got and ("حزب الاستقلال", ORG) in got
    assert ("المفتشية العامة للمالية", ORG) in found("ar", "باشرت المفتشية العامة للمالية افتحاص الحسابات.")


# --- Arabic: a body word and what follows it ------------------------------------------------


def test_a_definite_body_before_a_title_is_two_phrases():
    text = "أدانت المحكمة المدير السابق للمستشفى، سعيد الكعبي، بتهمة التزوير."
    assert not {t for t in labelled("ar", text, ORG) if t.startswith("المحكمة")}
    # an indefinite head in construct with a title is one name
    assert {
        t
        for t in labelled("ar", "تخرج في جامعة الملك فيصل بالأحساء.", ORG)
        if t.startswith("جامعة الملك فيصل")
    }


def test_a_word_for_the_company_after_its_team_is_no_name():
    assert not labelled("ar", "هبطت الطائرة بسلام، وشكر فريق الناقلة الركاب على صبرهم.", ORG)
    text = "قال مدرب الفريق إن فريق الوداد لعب مباراة قوية أمام الرجاء."
    assert ("الوداد", ORG) in found("ar", text)


def test_a_chamber_in_its_chairs_title_is_part_of_the_title():
    text = "قال رئيس مجلس النواب إن الجلسة تعقد غدا."
    assert not labelled("ar", text, ORG)
    assert ("مجلس النواب", ORG) in found("ar", "وافق مجلس النواب على الموازنة.")
    text = "استقبل رئيس مجلس القضاء الأعلى وفدا من المحامين."
    assert ("مجلس القضاء الأعلى", ORG) in found("ar", text)  # a body, not an office's title


def test_the_verb_of_trading_marks_the_market_and_names_no_company():
    # "נסחרו" (traded) is enough of a market for the company's move after it ...
    assert ("אלקטרה", ORG) in found("he", 'חברות הנדל"ן נסחרו בתנודתיות, ואלקטרה ירדה ב-1.2% לאחר ההודעה.')
    # ... and is no company after "המניות"
    got = found("he", "המניות נסחרו ביציבות, ואלקטרה ירדה ב-1.2%.")
    assert ("אלקטרה", ORG) in got and ("נסחרו", ORG) not in got


def test_an_arabic_inspectorate_is_a_body():
    assert ("مفتشية الشغل", ORG) in found("ar", "زار مفتشو مفتشية الشغل المصنع أمس.")
    got = labelled("ar", "أحالت المفتشية العامة للقوات المسلحة الملف على القضاء.", ORG)
    assert any(t.startswith("المفتشية العامة") for t in got)
