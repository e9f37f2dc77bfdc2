"""Sentence splitting rules (issue 17), each with sentences written here, and
every case of the import development set when it is present."""

import pytest

from reader.core.text import SENTENCE_RULES, split_sentences


def sentences(text, language):
    return [text[s:e] for s, e in split_sentences(text, language)]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "he",
            "הנשיא ג'ון פ. קנדי נבחר ב-1960. הוא היה צעיר.",
            ["הנשיא ג'ון פ. קנדי נבחר ב-1960.", "הוא היה צעיר."],
        ),
        (
            "ar",
            "انتخب الرئيس جون ف. كينيدي عام 1960. كان شابا.",
            ["انتخب الرئيس جون ف. كينيدي عام 1960.", "كان شابا."],
        ),
        ("fa", "آقای م. احمدی به تهران رسید. او خسته بود.", ["آقای م. احمدی به تهران رسید.", "او خسته بود."]),
        (
            "he",
            "את הספר כתב א.ב. יהושע. הוא יצא לאור השנה.",
            ["את הספר כתב א.ב. יהושע.", "הוא יצא לאור השנה."],
        ),
    ],
)
def test_initials_in_scripts_without_capitals(language, text, expected):
    assert sentences(text, language) == expected


def test_a_caseless_letter_before_a_number_is_no_initial():
    # "ב." is no name's initial when a number follows: the sentence ends.
    assert sentences("המחיר עלה בשלב ב. 40 אחוז מהם נפגעו.", "he") == [
        "המחיר עלה בשלב ב.",
        "40 אחוז מהם נפגעו.",
    ]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "nl",
            "Wethouder J.C. Goudbeek opende de brug. Het regende.",
            ["Wethouder J.C. Goudbeek opende de brug.", "Het regende."],
        ),
        (
            "fr",
            "J.-L. Mélenchon a pris la parole. La salle était pleine.",
            ["J.-L. Mélenchon a pris la parole.", "La salle était pleine."],
        ),
        (
            "nl",
            "Volgens A.B. Smit is het plan te duur. De raad beslist morgen.",
            ["Volgens A.B. Smit is het plan te duur.", "De raad beslist morgen."],
        ),
        (
            "en",
            "Mr. Nadella met Dr. Smith in the U.S. on Monday. J. Doe was there too!",
            ["Mr. Nadella met Dr. Smith in the U.S. on Monday.", "J. Doe was there too!"],
        ),
    ],
)
def test_latin_initials_one_or_several_letters(language, text, expected):
    assert sentences(text, language) == expected


def test_lower_case_dotted_abbreviations_are_not_taken_for_initials():
    assert sentences("He arrived at 5 p.m. The meeting began at once.", "en") == [
        "He arrived at 5 p.m.",
        "The meeting began at once.",
    ]
    assert sentences("Dit gebeurt i.v.m. De Vries en zijn plan.", "nl") == [
        "Dit gebeurt i.v.m. De Vries en zijn plan."
    ]


def test_arabic_dot_runs_separate_clauses_without_ending_the_sentence():
    text = "بالفيديو.. الوزير يفتتح الجسر الجديد. وحضر الافتتاح عدد من النواب.. وأهالي المنطقة."
    assert sentences(text, "ar") == [
        "بالفيديو.. الوزير يفتتح الجسر الجديد.",
        "وحضر الافتتاح عدد من النواب.. وأهالي المنطقة.",
    ]


def test_runs_of_dots_are_one_rule_in_arabic_script():
    assert sentences("وقال الوزير... إن الحكومة مستعدة.... للحوار. ثم غادر.", "ar") == [
        "وقال الوزير... إن الحكومة مستعدة.... للحوار.",
        "ثم غادر.",
    ]


def test_a_leading_double_dot_is_never_a_sentence_alone():
    assert sentences(".. وأضاف أن الاجتماع انتهى. ثم غادر.", "ar") == [
        ".. وأضاف أن الاجتماع انتهى.",
        "ثم غادر.",
    ]
    # Even where ".." would end a sentence (Latin languages), no ".." stands alone.
    assert all(s.strip(". ") for s in sentences("Hij wachtte. .. Toen ging hij.", "nl"))


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "fr",
            "La loi date du 14 nov. 2023 et entre en vigueur le 1er janv. 2024. Elle est contestée.",
            ["La loi date du 14 nov. 2023 et entre en vigueur le 1er janv. 2024.", "Elle est contestée."],
        ),
        (
            "nl",
            "Het besluit viel op 3 okt. 2023 in de raad. Op 5 mrt. 2024 volgde het beroep.",
            ["Het besluit viel op 3 okt. 2023 in de raad.", "Op 5 mrt. 2024 volgde het beroep."],
        ),
        (
            "fr",
            "Le gouvernement a utilisé l'art. 49.3 de la Constitution. Les députés protestent.",
            ["Le gouvernement a utilisé l'art. 49.3 de la Constitution.", "Les députés protestent."],
        ),
        (
            "fr",
            "Il cite l’art. 12 du règlement. Rien ne change.",
            ["Il cite l’art. 12 du règlement.", "Rien ne change."],
        ),
    ],
)
def test_month_and_article_abbreviations(language, text, expected):
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "המשרד נמצא ברח. הרצל 12 בחיפה. הוא פתוח בבוקר.",
            ["המשרד נמצא ברח. הרצל 12 בחיפה.", "הוא פתוח בבוקר."],
        ),
        ("הם גרים ברח' הנביאים. גם אני.", ["הם גרים ברח' הנביאים.", "גם אני."]),
        ("המשרד ברח'. הנביאים 4 סגור. כולם הלכו.", ["המשרד ברח'. הנביאים 4 סגור.", "כולם הלכו."]),
        ("ראו עמ. 12 בדוח. זה חשוב.", ["ראו עמ. 12 בדוח.", "זה חשוב."]),
    ],
)
def test_hebrew_abbreviations_with_and_without_prefix_letters(text, expected):
    assert sentences(text, "he") == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "fr",
            "Il a dit : « Je pars. » Puis il est parti.",
            ["Il a dit : « Je pars. »", "Puis il est parti."],
        ),
        ("fr", "Elle a répondu : « Non. »", ["Elle a répondu : « Non. »"]),
        ("ar", 'قال الوزير: "سننتصر. " ثم غادر القاعة.', ['قال الوزير: "سننتصر. "', "ثم غادر القاعة."]),
        (
            "ar",
            "وقال: «لن نتراجع.» وأضاف أن الحوار مستمر. ”",
            ["وقال: «لن نتراجع.»", "وأضاف أن الحوار مستمر. ”"],
        ),
        (
            "en",
            "The plan was approved (after a long debate. ) Work starts soon.",
            ["The plan was approved (after a long debate. )", "Work starts soon."],
        ),
        ("nl", 'Hij zei: "Ik ga weg." Daarna vertrok hij.', ['Hij zei: "Ik ga weg."', "Daarna vertrok hij."]),
        ("nl", "Hij zei: „Ik ga weg.“ Daarna vertrok hij.", ["Hij zei: „Ik ga weg.“", "Daarna vertrok hij."]),
        (
            "yi",
            "ער האָט געזאָגט: „מיר גייען אַהיים.‟ דערנאָך איז ער אַוועק.",
            ["ער האָט געזאָגט: „מיר גייען אַהיים.‟", "דערנאָך איז ער אַוועק."],
        ),
        ("en", "He said. “Go home.” Then he left.", ["He said.", "“Go home.”", "Then he left."]),
    ],
)
def test_closing_quotes_and_brackets_stay_with_their_sentence(language, text, expected):
    result = sentences(text, language)
    assert result == expected
    assert not any(s in {"”", "»", ")", '"', "»."} for s in result)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "fr",
            "Le conseil a rappelé Sam Altman.Lancée en 2015, la société a grandi.",
            ["Le conseil a rappelé Sam Altman.", "Lancée en 2015, la société a grandi."],
        ),
        (
            "nl",
            "Het kabinet viel vorige week.Daarna volgde een debat.",
            ["Het kabinet viel vorige week.", "Daarna volgde een debat."],
        ),
    ],
)
def test_a_missing_space_after_a_full_stop_is_a_boundary(language, text, expected):
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        (
            "he",
            "הדיון נמשך עד הערב.השרים לא הגיעו להסכמה.",
            ["הדיון נמשך עד הערב.", "השרים לא הגיעו להסכמה."],
        ),
        (
            "ar",
            "انتهى الاجتماع مساء.وأكد الوزير أن الحوار مستمر.",
            ["انتهى الاجتماع مساء.", "وأكد الوزير أن الحوار مستمر."],
        ),
        ("fa", "جلسه تمام شد.وزیر رفت.", ["جلسه تمام شد.", "وزیر رفت."]),
        ("he", "את הספר כתב א.ב.יהושע בצעירותו.", ["את הספר כתב א.ב.יהושע בצעירותו."]),
        ("he", "המשרד ברח.הרצל נסגר.", ["המשרד ברח.הרצל נסגר."]),
    ],
)
def test_a_glued_full_stop_in_scripts_without_capitals(language, text, expected):
    """No capital tells a sentence start there; two words of two letters or
    more around the dot do (initials and abbreviations excepted)."""
    assert sentences(text, language) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "See OpenAI.com for details about the release."),
        ("en", "Visit www.Example.org or https://news.Example.org/Item today."),
        ("en", "Write to sam.Altman@example.org for more."),
        ("nl", "Wethouder J.C.Goudbeek was er ook bij."),
        ("en", "The model scored 3.5 points in ASP.NET tests."),
        ("nl", "Dat staat o.a.Hieronder vermeld."),
        ("fr", "Voir le site News.Example.Org pour la suite."),
    ],
)
def test_glued_dots_that_are_no_boundary(language, text):
    assert sentences(text, language) == [text]


def test_ordinary_sentences_do_not_change():
    assert sentences("M. Altman a quitté OpenAI. Mme Murati l'a remplacé. Il est parti.", "fr") == [
        "M. Altman a quitté OpenAI.",
        "Mme Murati l'a remplacé.",
        "Il est parti.",
    ]
    assert sentences("هل سيعود ألتمان؟ لا أحد يعرف. قال د. أحمد ذلك.", "ar") == [
        "هل سيعود ألتمان؟",
        "لا أحد يعرف.",
        "قال د. أحمد ذلك.",
    ]
    assert sentences("Op 20. november kwam hij. Hij bleef.", "nl") == [
        "Op 20. november kwam hij.",
        "Hij bleef.",
    ]
    assert sentences("وزیر گفت: «ما آماده‌ایم.» او رفت.", "fa") == ["وزیر گفت: «ما آماده‌ایم.»", "او رفت."]
    assert sentences("وزیر اعظم نے کہا۔ اجلاس ختم ہوا۔", "ur") == ["وزیر اعظم نے کہا۔", "اجلاس ختم ہوا۔"]


def test_spans_stay_code_point_offsets_with_trimmed_whitespace():
    text = "  « Je pars. »  Altman.Lancée ici.  ג'ון פ. קנדי.  "
    spans = split_sentences(text, "fr")
    assert [text[s:e] for s, e in spans] == ["« Je pars. »", "Altman.", "Lancée ici.", "ג'ון פ. קנדי."]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_one_table_holds_every_language_rule():
    for language in ("he", "ar", "fa", "ur", "fr", "nl", "en"):
        assert language in SENTENCE_RULES
    assert "nov" in SENTENCE_RULES["fr"].abbreviations and "nov" in SENTENCE_RULES["nl"].abbreviations
    assert SENTENCE_RULES["ar"].dot_runs_separate_clauses


def _development_cases():
    try:
        from support.import_devset import load_sentence_cases
    except ImportError:
        return []
    try:
        return load_sentence_cases()
    except FileNotFoundError:
        return []


@pytest.mark.parametrize("case", _development_cases(), ids=lambda case: f"{case.lang}-{case.case}"[:60])
def test_development_set_sentence_cases(case):
    assert sentences(case.text, case.lang) == list(case.sentences)
