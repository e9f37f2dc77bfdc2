from reader.core.text import from_utf16, join_sentences, split_paragraphs, split_sentences, to_utf16


def sentences(text, language):
    return [text[s:e] for s, e in split_sentences(text, language)]


def test_hebrew_gershayim_do_not_split():
    text = 'ד"ר כהן, מנכ"ל החברה, אמר כי המו"מ נמשך. הוא הוסיף שהאו"ם יתערב.'
    assert sentences(text, "he") == ['ד"ר כהן, מנכ"ל החברה, אמר כי המו"מ נמשך.', 'הוא הוסיף שהאו"ם יתערב.']


def test_french_monsieur_abbreviation():
    text = "M. Altman a quitté OpenAI. Mme Murati l'a remplacé. Il est parti."
    assert sentences(text, "fr") == [
        "M. Altman a quitté OpenAI.",
        "Mme Murati l'a remplacé.",
        "Il est parti.",
    ]


def test_arabic_question_mark_and_comma():
    text = "هل سيعود ألتمان؟ لا أحد يعرف، لكن المستثمرين متفائلون. قال د. أحمد ذلك."
    assert sentences(text, "ar") == [
        "هل سيعود ألتمان؟",
        "لا أحد يعرف، لكن المستثمرين متفائلون.",
        "قال د. أحمد ذلك.",
    ]


def test_english_titles_and_initials():
    text = "Mr. Nadella met Dr. Smith in the U.S. on Monday. J. Doe was there too! Why?"
    assert sentences(text, "en") == [
        "Mr. Nadella met Dr. Smith in the U.S. on Monday.",
        "J. Doe was there too!",
        "Why?",
    ]


def test_dutch_quotes_close_the_sentence():
    text = 'Hij zei: "Ik ga weg." Daarna vertrok hij.'
    assert sentences(text, "nl") == ['Hij zei: "Ik ga weg."', "Daarna vertrok hij."]


def test_spans_are_offsets_into_the_paragraph():
    text = "  First one.  Second one.  "
    for s, e in split_sentences(text, "en"):
        assert text[s:e].strip() == text[s:e] and text[s:e]


def test_paragraphs_blank_lines_single_lines_and_hard_wraps():
    text = "Title\nCaption\n\nPara one.\n\n" + "\n".join(["word " * 14] * 4)
    paragraphs = split_paragraphs(text)
    assert paragraphs[:3] == ["Title", "Caption", "Para one."]
    assert len(paragraphs) == 4  # the hard-wrapped block is one paragraph


def test_utf16_conversion_with_astral_characters():
    text = "a😀b שלום"
    assert to_utf16(text, 2) == 3
    assert from_utf16(text, 3) == 2
    assert all(from_utf16(text, to_utf16(text, i)) == i for i in range(len(text) + 1))


def test_join_sentences_spans():
    text, spans = join_sentences(["One.", " Two. ", "Three"])
    assert text == "One. Two. Three"
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three"]


def test_other_scripts_split_too():
    assert sentences("萨姆·奥尔特曼加入微软。员工威胁辞职！董事会怎么办？", "zh") == [
        "萨姆·奥尔特曼加入微软。",
        "员工威胁辞职！",
        "董事会怎么办？",
    ]
    assert sentences("सैम ऑल्टमैन माइक्रोसॉफ्ट में शामिल हुए। कर्मचारी नाराज़ हैं।", "hi") == [
        "सैम ऑल्टमैन माइक्रोसॉफ्ट में शामिल हुए।",
        "कर्मचारी नाराज़ हैं।",
    ]
    assert sentences("Сэм Альтман перешёл в Microsoft. Сотрудники недовольны.", "ru") == [
        "Сэм Альтман перешёл в Microsoft.",
        "Сотрудники недовольны.",
    ]
