"""Hebrew names beside their look-alikes (issue 10, round 14): a full name
whose words the article also writes as ordinary words, a second person after
"and", a company named by a word that looks definite. Real name tables, on
sentences written for these tests."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, recognise_article


def mentions(lang, paragraphs):
    return [(m.paragraph, m.text, m.label) for m in recognise_article(lang, paragraphs)]


def test_a_full_name_stays_when_its_surname_recurs_and_its_given_name_is_a_verb():
    # "אסף" is also "collected"; "גורדון" is a surname the tables never rank as a given name:
    # the article writing it alone again is the surname's re-mention, not an ordinary word
    paragraphs = [
        "בית המשפט גזר אתמול מאסר על אסף גורדון, בעל חברת הובלות מהדרום.",
        "לפי כתב האישום, הנאשם אסף במשך שנתיים מקדמות מלקוחות. גורדון הכחיש את הדברים.",
        "עורך דינו אמר כי גורדון ישקול ערעור.",
    ]
    got = mentions("he", paragraphs)
    assert (0, "אסף גורדון", PERSON) in got
    # the title's verb with its complement after it is nobody
    assert not [m for m in got if m[1] == "אסף"]


def test_a_title_then_a_verb_and_its_object_is_nobody():
    got = mentions("he", ["הנאשם אסף את הכסף מהלקוחות ולא החזיר אותו."])
    assert not [m for m in got if m[2] == PERSON]


def test_a_second_person_after_and_is_a_name_though_a_word_too():
    # "ושני" is "and second" as well as "and Shani"; after a person's name it is the next person
    got = mentions("he", ["בין המתלוננים העידו מיכל דהן ושני לוי מהעיר."])
    assert (0, "מיכל דהן", PERSON) in got
    assert (0, "שני לוי", PERSON) in got
    # no person before: the number stays a number
    got = mentions("he", ["הם שילמו שני תשלומים ולא קיבלו דבר."])
    assert not [m for m in got if m[2] == PERSON]


def test_a_company_named_after_its_trade_by_a_definite_looking_name():
    # "הראל" (Harel) looks like "the" + a word; after "חברת הביטוח" and before its statement
    # it is the insurer, not a person
    got = mentions("he", ["חברת הביטוח הראל הודיעה כי תפצה חלק מהלקוחות."])
    assert (0, "הראל", ORG) in got
    assert not [m for m in got if m[2] == PERSON]


def test_a_future_verb_in_tav_after_a_body_is_no_name():
    # "תשקול" (will consider) after "המועצה" is the council's verb, no part of its name
    got = mentions("he", ["המועצה תשקול את הבקשה בשבוע הבא."])
    assert not [m for m in got if "תשקול" in m[1]]


def test_a_town_of_two_words_is_no_given_name_and_completes_its_council():
    # "זכרון יעקב" (Zikhron Ya'akov): "יעקב" is a given name, "זכרון" (memory) a word
    got = mentions("he", ["אחרי שנתיים קשות, זכרון יעקב מתכוננת לעונת חורף עמוסה."])
    assert (0, "זכרון יעקב", "PLACE") in got
    assert not [m for m in got if m[2] == PERSON]
    got = mentions("he", ["ראש המועצה המקומית זכרון יעקב הסביר כי חלק מהכסף יושקע."])
    assert not [m for m in got if m[2] == PERSON]
    assert [m for m in got if m[1].endswith("זכרון יעקב")]


def test_persian_a_district_named_by_an_ordinary_word():
    # "جرم" is crime and the Jurm district of Badakhshan: after "ولسوالی" it is the district,
    # and a list of districts goes on from it; "به جرم" (on the charge of) stays a word
    got = mentions("fa", ["دهقانان ولسوالی جرم در ولایت بدخشان می‌گویند که باران کم بوده است."])
    assert (0, "جرم", "PLACE") in got
    got = mentions("fa", ["زمین‌های للمی ولسوالی‌های جرم، کشم و ارگو بیشترین آسیب را دیده‌اند."])
    assert {(0, "جرم", "PLACE"), (0, "کشم", "PLACE"), (0, "ارگو", "PLACE")} <= set(got)
    assert not mentions("fa", ["چند نفر به جرم فروش تخم تقلبی بازداشت شده‌اند."])
    # the district's adjective or a word of the sentence names nothing
    assert not mentions("fa", ["ولسوالی مرکزی این ولایت آسیب دید."])
    assert not mentions("fa", ["ولسوالی مربوط به این ولایت آسیب دید."])


def test_a_persian_month_after_in_in_the_english_pane_is_a_date_not_a_place():
    # the translation writes the Afghan month "سنبله" as "in Sunbula": a date, and nothing
    # is projected onto the source word as a place
    source = ["سازمان ملل اعلام کرده که در سنبله برای هفت هزار خانواده تخم توزیع می‌کند."]
    english = ["The UN has announced that in Sunbula it will distribute seed to seven thousand families."]
    got = [(m.pane, m.text, m.label) for m in recognise_article("fa", source, None, english, None)]
    assert ("translation", "Sunbula", "DATE") in got
    assert not [m for m in got if "سنبله" in m[1] and m[2] != "DATE"]
    # "in Mehr" with its agency is still the agency
    got = recognise_article(
        "fa", ["به گزارش خبرگزاری مهر"], None, ["According to the Mehr news agency"], None
    )
    assert not [m for m in got if m.label == "DATE"]


def test_the_institution_is_no_mossad_after_the_people_it_houses():
    # "המוסד" is the Mossad and "the institution": after its director or residents, the noun
    got = mentions("he", ["הקשישים עברו לדיור מוגן, ומנהלת המוסד אמרה שהדיירים נשארו בלי מיטות."])
    assert not [m for m in got if m[2] == ORG]
    got = mentions("he", ["ראש המוסד נפגש אתמול עם עמיתו האמריקני."])
    assert (0, "המוסד", ORG) in got
