"""Common words that the right-to-left recognisers read as names (issue 10,
the round 18 blind batch's wrong mentions): a frequent noun before a full
name, a pronoun, a counted noun, Hebrew verb and noun shapes, a definite job
noun before a name, and ordinary words after a place's kind word. The real
name tables; the sentences are written here (no page of any set)."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, PLACE, recognise_article


def found(lang: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in recognise_article(lang, list(paragraphs))}


def people(lang: str, *paragraphs: str) -> set[str]:
    return {t for t, label in found(lang, *paragraphs) if label == PERSON}


def named(lang: str, *paragraphs: str) -> set[str]:
    return {t for t, label in found(lang, *paragraphs) if label in (PERSON, ORG, PLACE)}


# --- 1. a most frequent noun before a full name governs it ----------------------------


def test_the_government_before_a_full_name_is_no_part_of_it():
    text = "سخنگوی دولت روز سه‌شنبه اعلام کرد که دولت مسعود پزشکیان برنامه تازه‌ای برای مهار تورم دارد."
    assert people("fa", text) == {"مسعود پزشکیان"}
    text = "وزیر نیرو پس از نشست هیئت دولت تأکید کرد که دولت مسعود پزشکیان خاموشی‌ها را کاهش می‌دهد."
    assert people("fa", text) == {"مسعود پزشکیان"}
    # a word that opens Pakistani names stays part of the name
    assert people("ur", "ملک محمد احمد خان نے کہا کہ اسمبلی کا اجلاس کل ہوگا۔") == {"ملک محمد احمد خان"}


def test_a_body_led_by_someone_is_no_part_of_the_name_in_arabic_either():
    # a verb before "حكومة" made the pair "cued"; the government is still no given name
    assert people("ar", "وأكدت حكومة نواف سلام أنها ستعمل على إصلاح القضاء.") == {"نواف سلام"}
    assert "محمد شياع" in people("ar", "وأعلنت حكومة محمد شياع السوداني خطة جديدة للكهرباء.")
    assert not {p for p in people("ar", "وأعلنت حكومة محمد شياع السوداني خطة جديدة.") if "حكومة" in p}


def test_an_arabic_noun_and_its_frequent_adjective_are_no_name_pair():
    assert not people("ar", "هناك أمل كبير في التوصل إلى اتفاق قبل نهاية الشهر.")
    assert "أمل كبير" not in people("ar", "وأبدى المدرب أمل كبير في الفوز باللقب.")
    assert people("ar", "وقال كريم سالم إن الفريق جاهز للمباراة.") == {"كريم سالم"}


def test_a_given_name_that_is_a_most_frequent_word_after_a_noun_is_that_word():
    # the article names a Dolat Rahimi; "هیئت دولت" (the cabinet) is still no person
    paragraphs = (
        "دولت رحیمی، کشاورز روستای قلعه‌نو، گفت که آب چاه‌ها کم شده است.",
        "معاون وزیر پس از جلسه هیئت دولت تأکید کرد که طرح انتقال آب اجرا می‌شود.",
    )
    assert [m.text for m in recognise_article("fa", list(paragraphs)) if m.label == PERSON] == ["دولت رحیمی"]


def test_an_urdu_given_name_that_is_a_time_of_day_is_no_one_there():
    paragraphs = ["سحر خان نے کہا کہ وہ خوش ہیں۔", "سحر کے وقت تیز بارش شروع ہوئی۔"]
    assert [m.text for m in recognise_article("ur", paragraphs) if m.label == PERSON] == ["سحر خان"]


# --- 2. a pronoun is no name, and the word after it says what it is ------------------


def test_a_pronoun_and_the_adjective_after_it_are_no_person():
    assert not people("ar", "وقال المدافع بعد اللقاء: «أنا سعيد جدا بما قدمه زملائي».")
    assert not people("ar", "«أنا سعيد لأن الجماهير ساندتنا حتى النهاية»، قال الحارس.")
    assert people("ar", "وقال سعيد الأحمد إن الفريق جاهز للمباراة المقبلة.") == {"سعيد الأحمد"}


# --- 3. a counted noun after a number ------------------------------------------------


def test_a_prison_term_is_no_person():
    text = "وقضت المحكمة بسجن المتهم ثلاث سنوات حبسا نافذا، وعاقبت شريكه بسنتين حبسا موقوف التنفيذ."
    assert not people("ar", text)
    # a number before a full name is the minute's, not a count of it
    assert "پیمان شفیعی" in people("fa", "در دقیقه ۶۱ پیمان شفیعی از پشت محوطه جریمه گل زد.")


# --- 4. Hebrew verb and noun shapes are no foreign name spelt out ---------------------


def test_a_hebrew_plural_past_and_an_abstract_noun_are_no_person():
    assert not people("he", "מניות הבנקים נסחרו בתנודתיות חדה במהלך יום המסחר, ולאומי ירדה.")
    assert people("he", "אמר אתמול סנדרו טונאלי כי הקבוצה מוכנה.") == {"סנדרו טונאלי"}


# --- 5. a noun with "his", and a definite job noun before the name --------------------


def test_a_lawyer_with_his_and_a_paramedic_are_no_person():
    assert people("he", 'פרקליטו, עו"ד יוסי כהן, אמר כי מרשו חף מפשע.') == {"יוסי כהן"}
    assert people("he", 'סנגורה, עו"ד מיכל לוי, ביקשה לדחות את הדיון.') == {"מיכל לוי"}
    assert people("he", "סיפרה הפרמדיקית שירה כהן כי הנפגע היה בהכרה מלאה.") == {"שירה כהן"}
    assert people("he", "סיפר הפרמדיק משה לוי כי הפצוע פונה.") == {"משה לוי"}
    assert people("he", "אמר החובש אבי לוי כי הנפגע פונה לבית החולים.") == {"אבי לוי"}


# --- 6. places from common words -------------------------------------------------------


def test_residents_who_fear_after_a_neighbourhood_are_no_place():
    for who in ("החוששים", "המודאגים", "הזועמים"):
        got = named("he", f"תושבי שכונת נווה שאנן, {who} מהבנייה, פנו לעירייה.")
        assert got == {"שכונת נווה שאנן"}


def test_a_possessed_noun_or_a_verb_after_a_place_word_is_no_place():
    assert not named("ar", "غمرت المياه قرى بكاملها في الإقليم، وما زالت الطرق مقطوعة.")
    assert not named("ar", "أطلق المهاجم كرة قوية من داخل منطقة الجزاء سكنت المرمى في الدقيقة العاشرة.")


def test_a_verb_after_stadium_is_no_stadium_name():
    assert not named("fa", "تماشاگران تا پاسی از شب در ورزشگاه ماندند و تیم را تشویق کردند.")
    assert ("ورزشگاه آزادی", PLACE) in found("fa", "بازی در ورزشگاه آزادی با تساوی به پایان رسید.")


def test_an_urdu_postposition_and_an_oblique_plural_name_nothing():
    assert not named("ur", "بارش کے باوجود سٹیڈیم میں تماشائیوں کی بڑی تعداد موجود تھی۔")
    assert not named("ur", "وکلا نے امید ظاہر کی کہ عدالت شہریوں کے حقوق کا تحفظ کرے گی۔")
    assert ("نیشنل سٹیڈیم", PLACE) in found("ur", "کراچی کے نیشنل سٹیڈیم میں میچ ہوا۔")
