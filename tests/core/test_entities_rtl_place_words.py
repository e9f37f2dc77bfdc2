"""A word of a town of several words, written alone elsewhere in the article, is
no one-word person (issue 10, round 15): "بندر" of "کیٹی بندر" was linked to
a person of the library whose surname it is. Real name tables, the English
pane and a library name, on sentences written for these tests."""

from __future__ import annotations

from reader.core.entities import PERSON, PLACE, TRANSLATION, KnownName, recognise_article


def people(lang, source, english, known=()):
    """(pane, paragraph, text) of every person found."""
    found = recognise_article(lang, source, translation_paragraphs=english, known_names=known)
    return {(m.pane, m.paragraph, m.text) for m in found if m.label == PERSON}


def library_person(name, native):
    return [KnownName(name, PERSON, (native,), articles=3)]


def test_urdu_the_second_word_of_a_port_town_is_nobody_alone():
    # "کیٹی بندر" (Keti Bandar): "بندر" is a port, and the surname of a person of the library
    source = [
        "ضلع ٹھٹھہ کے ساحلی شہر کیٹی بندر میں ماہی گیروں نے احتجاج کیا۔",
        "بندر میں پولیس تعینات ہے۔",
        "مقامی لوگوں کا کہنا ہے کہ بندر کو پانی نہیں ملتا۔",
    ]
    english = [
        "Fishermen protested in the coastal town of Keti Bandar in Thatta district.",
        "Police are deployed in Bandar.",
        "Local people say that Bandar does not get water.",
    ]
    assert not people("ur", source, english, library_person("Shah Bandar", "شاہ بندر"))
    assert not people("ur", source, english)


def test_hebrew_the_given_name_of_a_town_is_nobody_alone():
    # "זכרון יעקב": the pane's "Yaakov" alone is no person, in the source nor in the pane
    source = [
        "תושבי זכרון יעקב הפגינו אתמול מול בניין המועצה.",
        "יעקב היא מושבה ותיקה עם כרמים רבים.",
        "לפי התושבים, יעקב לא קיבלה תקציב מספיק.",
    ]
    english = [
        "Residents of Zichron Yaakov demonstrated yesterday in front of the council building.",
        "Yaakov is an old colony with many vineyards.",
        "According to residents, Yaakov did not receive enough budget.",
    ]
    found = people("he", source, english)
    assert not [f for f in found if f[2] in ("יעקב", "Yaakov")]


def test_persian_the_given_name_of_a_town_is_nobody_alone():
    # "مسجد سلیمان" (Masjed Soleyman): "سلیمان" alone is the town's word, not Soleyman
    source = [
        "در شهرستان مسجد سلیمان باران شدید بارید.",
        "سلیمان یکی از قدیمی‌ترین شهرهای نفتی ایران است.",
        "مردم سلیمان از کمبود آب گلایه دارند.",
    ]
    english = [
        "Heavy rain fell in Masjed Soleyman county.",
        "Soleyman is one of the oldest oil towns of Iran.",
        "The people of Soleyman complain of water shortage.",
    ]
    assert not people("fa", source, english)


def test_arabic_the_given_name_of_a_town_is_nobody_alone_but_a_speaker_is_someone():
    # "كفر سعد" (Kafr Saad): "سعد" alone is the town in the source and in the pane
    source = [
        "شهدت مدينة كفر سعد بمحافظة دمياط انقطاعا للكهرباء.",
        "سعد تعاني من الإهمال منذ سنوات.",
        "ويعمل معظم سكان سعد في الزراعة.",
    ]
    english = [
        "The city of Kafr Saad in Damietta governorate witnessed a power cut.",
        "Saad has suffered from neglect for years.",
        "Most of Saad's residents work in agriculture.",
    ]
    assert not people("ar", source, english)
    # the word with a verb of saying of its own is someone, town or not
    source.append("وقال سعد إن المياه مقطوعة منذ أسبوع.")
    english.append("Saad said the water has been cut for a week.")
    assert ("source", 3, "سعد") in people("ar", source, english)


def test_a_surname_the_library_completes_is_no_full_name_of_the_pane():
    # the pane writes "Bandar" alone and the library knows "Shah Bandar": the library's full
    # name says nothing of this word ("بندر", a port), in the source nor in the pane
    source = ["بندر میں پولیس تعینات ہے۔", "مقامی لوگوں کا کہنا ہے کہ بندر کو پانی نہیں ملتا۔"]
    english = ["Police are deployed in Bandar.", "Local people say that Bandar does not get water."]
    found = people("ur", source, english, library_person("Shah Bandar", "شاہ بندر"))
    assert not found
    assert not [f for f in found if f[0] == TRANSLATION]


def test_the_index_joins_no_word_of_a_place_to_a_full_name_elsewhere():
    from reader.core.entities import PLACE, EntityMention, group_mentions

    def mention(paragraph, text, label, canonical):
        return EntityMention(paragraph, 0, len(text), text, label, recogniser="test", canonical=canonical)

    port_town = [
        mention(0, "کیٹی بندر", PLACE, "Keti Bandar"),
        mention(1, "بندر", PERSON, "Bandar"),  # (a cue of its own made it a person there)
    ]
    elsewhere = [mention(0, "شاہ بندر", PERSON, "Shah Bandar")]
    alone = [mention(2, "بندر", PERSON, "Bandar")]  # an article naming no such place
    groups = group_mentions({1: port_town, 2: elsewhere, 3: alone})
    shah = next(g for g in groups if g.name == "Shah Bandar")
    assert 1 not in shah.mentions
    assert 3 in shah.mentions  # the surname alone still joins its one full name


def test_a_word_the_library_writes_alone_for_a_full_name_not_written_here_is_no_name():
    # the library writes "السوداني" alone for Mohammed Shia al-Sudani; in an article about
    # Sudan that never names him it is the adjective "Sudanese" (of sheep, of the Red Crescent)
    source = [
        "وصل القطار إلى عطبرة، وأقام الهلال الأحمر السوداني نقطة طبية داخل المحطة.",
        "ويصدر الميناء الضأن السوداني إلى الخليج.",
    ]
    library = [KnownName("Mohammed Shia al-Sudani", PERSON, ("محمد شياع السوداني", "السوداني"), articles=3)]
    found = recognise_article("ar", source, known_names=library)
    assert not [m for m in found if m.label == PERSON]
    # where the article names him in full, the word alone is still his
    source = [
        "قال رئيس الوزراء محمد شياع السوداني إن الحكومة ستدعم المزارعين.",
        "وأضاف السوداني أن الدعم يبدأ الشهر المقبل.",
    ]
    found = recognise_article("ar", source, known_names=library)
    assert (1, "السوداني", PERSON) in {(m.paragraph, m.text, m.label) for m in found}


def test_a_name_and_the_word_for_a_port_or_settlement_is_a_town_not_a_person():
    # "شاہ بندر" (Shah Bandar, a port town): no person, so "بندر" (port) alone is nobody's surname
    source = [
        "ساحلی علاقوں اور شاہ بندر کے کئی گاؤں خالی ہو چکے ہیں۔",
        "کیٹی بندر کی جیٹی پر بیوپاری امید علی نے کہا کہ منڈی میں مچھلی کم ہے۔",
    ]
    found = recognise_article("ur", source)
    assert ("شاہ بندر", PLACE) in {(m.text, m.label) for m in found}
    assert {m.text for m in found if m.label == PERSON} == {"امید علی"}
    # Persian writes "جلال آباد" (Jalalabad) apart too; a title before the words still makes a person
    found = recognise_article("fa", ["سیل در جلال آباد خانه‌های زیادی را ویران کرد."])
    assert [(m.text, m.label) for m in found] == [("جلال آباد", PLACE)]
    found = recognise_article("ur", ["وزیر اعلیٰ مراد علی شاہ نے حیدر آباد کا دورہ کیا۔"])
    assert {(m.text, m.label) for m in found} == {("مراد علی شاہ", PERSON), ("حیدر آباد", PLACE)}
