"""Persian and Urdu news pages (issue 10, round 17): bodies, people, places and
junk that realistic pages showed. Real name tables, no translation pack; the
English pane where said. Sentences written for these tests."""

from __future__ import annotations

from support.entity_fixtures import mentions_but_dates as found

from reader.core.entities import ORG, PERSON, PLACE, KnownName, recognise_article


def test_urdu_a_public_body_named_by_one_english_word():
    # "واٹر بورڈ" (the city's water board), "واٹر کارپوریشن": a body; a company is not ("پاور کمپنی")
    source = [
        "واٹر بورڈ کے مطابق شہر کے کئی علاقوں میں پانی کی فراہمی معطل رہے گی۔",
        "واٹر کارپوریشن نے پائپ لائن کی مرمت شروع کر دی ہے۔",
        "شہر کی پاور کمپنی نے بل بھیجے۔",
    ]
    got = found("ur", source)
    assert ("واٹر بورڈ", ORG) in got
    assert ("واٹر کارپوریشن", ORG) in got
    assert not [t for t, label in got if "کمپنی" in t]


def test_urdu_the_government_of_a_province_is_a_body():
    # "حکومتِ سندھ", "سندھ حکومت": the Sindh government, not the place alone
    source = [
        "حکومتِ سندھ نے شہر میں پانی کے نئے منصوبے کا اعلان کیا۔",
        "ترجمان کے مطابق سندھ حکومت اس معاملے پر الیکشن کمیشن کو خط لکھے گی۔",
        "عدالت نے حکومت پنجاب سے دو ہفتوں میں جواب مانگ لیا۔",
    ]
    got = found("ur", source)
    assert ("حکومتِ سندھ", ORG) in got
    assert ("سندھ حکومت", ORG) in got
    assert ("حکومت پنجاب", ORG) in got
    assert ("الیکشن کمیشن", ORG) in got
    assert ("سندھ", PLACE) not in got
    canonicals = {m.canonical for m in recognise_article("ur", source) if m.label == ORG}
    assert "Government of Sindh" in canonicals


def test_urdu_the_government_alone_or_in_a_town_is_no_body():
    # the government, then where it acts ("حکومت گوادر میں", in Gwadar), or what it puts first
    source = [
        "نوجوانوں میں ٹیلنٹ موجود ہے اور حکومت گوادر میں اسٹیڈیم بنائے گی۔",
        "ماہی گیروں کا روزگار بچانا حکومت کی پہلی ترجیح ہے۔",
        "صوبائی حکومت نے فنڈز جاری کیے مگر وفاقی حکومت خاموش رہی۔",
    ]
    got = found("ur", source)
    assert not [t for t, label in got if "حکومت" in t]
    assert ("گوادر", PLACE) in got


def people(lang, source, english=None):
    return {t for t, label in found(lang, source, english) if label == PERSON}


def test_urdu_the_speaker_after_his_title_and_the_house():
    # "ایاز" is a word too: after "اسپیکر" (and the house he chairs) it opens the name;
    # the name again, with no title, is the whole name
    source = [
        "اسپیکر قومی اسمبلی ایاز صادق نے اجلاس کی صدارت کی۔",
        "اجلاس کے بعد ایاز صادق نے صحافیوں سے بات کی۔",
        "ڈپٹی اسپیکر غلام مصطفیٰ شاہ نے بھی خطاب کیا۔",
    ]
    got = people("ur", source)
    assert "ایاز صادق" in got
    assert "صادق" not in got
    assert ("قومی اسمبلی", ORG) in found("ur", source)


def test_urdu_a_given_name_alone_after_the_full_name_before_a_postposition():
    # "بلاول" after "بلاول بھٹو زرداری": his, with him, to him
    source = [
        "پیپلز پارٹی کے چیئرمین بلاول بھٹو زرداری نے کراچی میں جلسے سے خطاب کیا۔",
        "جلسے میں بلاول کے حامیوں نے نعرے لگائے۔",
        "وزیراعظم نے بعد میں بلاول سے ملاقات کی۔",
    ]
    got = recognise_article("ur", source)
    lone = [m for m in got if m.label == PERSON and m.text == "بلاول"]
    assert len(lone) == 2
    assert {m.canonical for m in lone} == {"Bilawal Bhutto Zardari"}


def test_urdu_a_clan_title_opens_the_name_it_heads():
    # "ملک" before a given name is part of that person's name, never a lone Malik of the library

    source = ["اجلاس کی صدارت اسپیکر ملک محمد احمد خان نے کی۔"]
    known = [KnownName("Muhammad Aslam Malik", PERSON, ("محمد اسلم ملک",), articles=3)]
    got = recognise_article("ur", source, known_names=known)
    assert {m.text for m in got if m.label == PERSON} == {"ملک محمد احمد خان"}


def test_urdu_a_road_a_dam_and_a_pumping_station_are_places():
    source = [
        "شارع فیصل پر شام کو ٹریفک جام رہا۔",
        "حب ڈیم میں پانی کی سطح کم ہو گئی ہے۔",
        "دھابیجی پمپنگ اسٹیشن پر بجلی بند ہونے سے پمپنگ رک گئی۔",
    ]
    got = found("ur", source)
    assert ("شارع فیصل", PLACE) in got
    assert ("حب ڈیم", PLACE) in got
    assert ("دھابیجی پمپنگ اسٹیشن", PLACE) in got
    assert not [t for t, label in got if label == ORG]


def test_urdu_a_new_dam_or_a_bare_road_word_names_nothing():
    source = [
        "حکومت نئے ڈیم بنائے گی اور بڑے ڈیم کی مرمت ہوگی۔",
        "شاہراہ پر ٹریفک رواں ہے۔",
    ]
    assert not found("ur", source)


def test_persian_a_tower_named_after_someone_and_a_numbered_district():
    source = [
        "برج میلاد امشب به رنگ پرچم درمی‌آید.",
        "ساکنان منطقه ۱۵ از قطعی آب گلایه دارند.",
        "برج مراقبت فرودگاه آسیب دید.",
    ]
    got = found("fa", source)
    assert ("برج میلاد", PLACE) in got
    assert ("منطقه ۱۵", PLACE) in got
    assert not [t for t, label in got if "مراقبت" in t]


def test_persian_london_as_the_complement_of_a_noun():
    # "لندن" is frequent enough to read as a common word: after a noun whose izafe
    # complement is a place (a direction, the government, the police, a plural) it is London
    source = [
        "ساکنان شمال لندن از افزایش اجاره‌ها شکایت کردند.",
        "دولت لندن این اقدام را محکوم کرد.",
        "پلیس لندن اعلام کرد که دو نفر بازداشت شدند.",
        "بیمارستان‌های لندن با کمبود پرستار روبرو هستند.",
    ]
    got = recognise_article("fa", source)
    londons = [m for m in got if m.text == "لندن"]
    assert len(londons) == 4
    assert {(m.label, m.canonical) for m in londons} == {(PLACE, "London")}


def test_persian_a_municipality_and_a_centre_named_after_a_martyr_are_bodies():
    source = [
        "شهرداری تهران اعلام کرد که طرح جدید از شنبه اجرا می‌شود.",
        "شهرداری رشت ششصد نیرو را برای برف‌روبی به کار گرفت.",
        "بیمار پس از آنژیوگرافی به مرکز قلب شهید رجایی منتقل شد.",
    ]
    got = recognise_article("fa", source)
    orgs = {(m.text, m.canonical) for m in got if m.label == ORG}
    assert ("شهرداری تهران", "Tehran Municipality") in orgs
    assert ("شهرداری رشت", "Rasht Municipality") in orgs
    assert "مرکز قلب شهید رجایی" in {t for t, _c in orgs}
    assert not [m for m in got if m.label == PLACE and m.text in ("تهران", "رشت")]
    assert not [m for m in got if m.label == PERSON]


def test_persian_a_new_hospital_names_nothing():
    # "تازه", "جدید" after a kind word are adjectives: the new hospital
    source = [
        "بیمارستان تازه در جنوب شهر افتتاح می‌شود.",
        "ساخت دانشگاه جدید از سال آینده آغاز می‌شود.",
    ]
    assert not found("fa", source)
