"""Numbers, dates and quotations read sentence by sentence (story_facts), on
sentences written here in each language."""

from __future__ import annotations

import pytest

from reader.core.entities.model import EntityMention
from reader.core.story_facts import (
    AMOUNT,
    COUNT,
    PERCENT,
    calendar_words_in,
    dates_in,
    numbers_in,
    quotation_spans,
    quotations_in,
)

# (language, sentence, [(figure as written, value, unit, kind)], [(date as written, ISO)])
SENTENCES = [
    (
        "he",
        "המשטרה עצרה 12 חשודים, והנזק נאמד ב-3.5 מיליון שקלים; האבטלה עלתה ל-4.2 אחוזים ב-20 בנובמבר 2023.",
        [
            ("12 חשודים", 12, "חשודים", COUNT),
            ("3.5 מיליון שקלים", 3_500_000, "shekel", AMOUNT),
            ("4.2 אחוזים", 4.2, "percent", PERCENT),
        ],
        [("20 בנובמבר 2023", "2023-11-20")],
    ),
    (
        "ar",
        "بلغت نسبة المشاركة 41 في المئة، وقتل 15 شخصا، وبلغت الخسائر 2 مليار دولار في 20 نوفمبر 2023.",
        [
            ("41 في المئة", 41, "percent", PERCENT),
            ("15 شخصا", 15, "شخصا", COUNT),
            ("2 مليار دولار", 2_000_000_000, "dollar", AMOUNT),
        ],
        [("20 نوفمبر 2023", "2023-11-20")],
    ),
    (
        "fa",
        "نرخ تورم به ۳۸٫۵ درصد رسید و ۱۲ نفر کشته شدند؛ بودجه ۲ میلیارد دلار است و روز ۱۴ اسفند ۱۴۰۲ تصویب شد.",
        [
            ("۳۸٫۵ درصد", 38.5, "percent", PERCENT),
            ("۱۲ نفر", 12, "نفر", COUNT),
            ("۲ میلیارد دلار", 2_000_000_000, "dollar", AMOUNT),
        ],
        [("۱۴ اسفند ۱۴۰۲", "2024-03-04")],
    ),
    (
        "ur",
        "مہنگائی کی شرح 24 فیصد رہی اور 300 افراد زخمی ہوئے، بجٹ 5 ارب روپے ہے اور اعلان 20 نومبر 2023 کو ہوا۔",
        [
            ("24 فیصد", 24, "percent", PERCENT),
            ("300 افراد", 300, "افراد", COUNT),
            ("5 ارب روپے", 5_000_000_000, "rupee", AMOUNT),
        ],
        [("20 نومبر 2023", "2023-11-20")],
    ),
    (
        "fr",
        "Au moins 12 personnes sont mortes, le chômage atteint 7,5 % et le coût dépasse 3 millions d'euros "
        "selon le bilan du 20 novembre 2023.",
        [
            ("12 personnes", 12, "personnes", COUNT),
            ("7,5 %", 7.5, "percent", PERCENT),
            ("3 millions d'euros", 3_000_000, "euro", AMOUNT),
        ],
        [("20 novembre 2023", "2023-11-20")],
    ),
    (
        "nl",
        "Er vielen 12 doden, de inflatie steeg naar 3,2 procent en de schade bedraagt 4 miljoen euro, "
        "meldde de gemeente op 20 november 2023.",
        [
            ("12 doden", 12, "doden", COUNT),
            ("3,2 procent", 3.2, "percent", PERCENT),
            ("4 miljoen euro", 4_000_000, "euro", AMOUNT),
        ],
        [("20 november 2023", "2023-11-20")],
    ),
    (
        "en",
        "At least 12 people died, turnout was 41 percent and damage reached $3.5 billion by November 20, 2023.",
        [
            ("12 people", 12, "people", COUNT),
            ("41 percent", 41, "percent", PERCENT),
            ("$3.5 billion", 3_500_000_000, "dollar", AMOUNT),
        ],
        [("November 20, 2023", "2023-11-20")],
    ),
]


@pytest.mark.parametrize("language, sentence, numbers, dates", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_numbers_and_dates_in_every_language(language, sentence, numbers, dates):
    found_dates = dates_in(sentence, language)
    assert [(d.text, d.iso) for d in found_dates] == dates
    for d in found_dates:
        assert sentence[d.start : d.end] == d.text
    found = numbers_in(sentence, language, [(d.start, d.end) for d in found_dates])
    assert [(n.text, n.value, n.unit, n.kind) for n in found] == [
        (text, pytest.approx(value), unit, kind) for text, value, unit, kind in numbers
    ]
    for n in found:
        assert sentence[n.start : n.end] == n.text


def test_a_minus_sign_makes_a_figure_negative():
    [figure] = numbers_in("La croissance : -0,5 % au premier trimestre.", "fr")
    assert (figure.text, figure.value, figure.unit) == ("-0,5 %", -0.5, "percent")


def test_years_clock_times_and_bare_numbers_are_no_figures():
    sentence = "En 2019, à 11:30, la réunion 3 a eu lieu."
    assert numbers_in(sentence, "fr") == []


def test_a_date_without_a_year_takes_the_articles_year():
    assert [(d.text, d.iso) for d in dates_in("Le 20 novembre, il est parti.", "fr", "2023-11")] == [
        ("20 novembre", "2023-11-20")
    ]
    assert [(d.text, d.iso) for d in dates_in("في 20 نوفمبر أعلن", "ar", "2023-11-21")] == [
        ("20 نوفمبر", "2023-11-20")
    ]
    [undated] = dates_in("Le 20 novembre, il est parti.", "fr")  # no year to give it
    assert (undated.text, undated.iso) == ("20 novembre", None)
    assert dates_in("Samedi soir, il est parti.", "fr", "2023-11") == []  # a weekday has no place


def test_an_articles_calendar_words_find_the_same_dates_in_its_sentences():
    """The comparison looks for the month and weekday names once per article;
    its sentences then find what they find when tested for every name."""
    article = [
        "En novembre, le gouvernement a reculé.",  # a month without a digit
        "Samedi 12 mars 2022, la réunion a eu lieu.",
        "Le ministre n'a rien dit.",
    ]
    words = calendar_words_in("\n".join(article), "fr")
    assert "novembre" in words and "mars" in words and "janvier" not in words
    for sentence in article:
        assert dates_in(sentence, "fr", "2023-11", words) == dates_in(sentence, "fr", "2023-11")
    assert [d.iso for d in dates_in(article[0], "fr", "2023-11", words)] == ["2023-11"]
    hebrew = "הנגיד הודיע ביום שני על ההחלטה. בנובמבר היא תיכנס לתוקף."
    he_words = calendar_words_in(hebrew, "he")
    assert [d.iso for d in dates_in(hebrew.split(". ")[1], "he", "2023-11", he_words)] == ["2023-11"]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('אמר כי "צרפת תעמוד לצד השלום" ומנכ"ל החברה שתק', ["צרפת תעמוד לצד השלום"]),
        ("הוא אמר: ״אנחנו לא נוותר לעולם״, ד״ר כהן הנהן", ["אנחנו לא נוותר לעולם"]),
        ("وقال إن «العملية جرت بشفافية تامة» أمس", ["العملية جرت بشفافية تامة"]),
        ("او گفت: «روند انتخابات شفاف بود.»", ["روند انتخابات شفاف بود."]),
        ("Il a déclaré : « La France se tiendra là », puis il est parti.", ["La France se tiendra là"]),
        ("„We gaan dit samen oplossen“, zei de minister.", ["We gaan dit samen oplossen"]),
        (
            "“We will rebuild every home,” the mayor said, calling it a “disaster”.",
            ["We will rebuild every home,"],
        ),
    ],
)
def test_quotation_marks_of_every_language(text, quoted):
    assert [text[s:e].strip() for s, e in quotation_spans(text)] == quoted


def _person(text, paragraph, surface, canonical):
    start = text.index(surface)
    return EntityMention(paragraph, start, start + len(surface), surface, "PERSON", canonical=canonical)


def test_the_nearest_speaker_says_the_quotation():
    text = 'Jan Peeters sprak eerst. Daarna zei Marie Dubois: "We gaan dit samen oplossen".'
    mentions = [
        _person(text, 0, "Jan Peeters", "Jan Peeters"),
        _person(text, 0, "Marie Dubois", "Marie Dubois"),
    ]
    [quote] = quotations_in(text, mentions)
    assert (quote.text, quote.speaker, quote.speaker_text) == (
        "We gaan dit samen oplossen",
        "Marie Dubois",
        "Marie Dubois",
    )
    after = "«العملية جرت بشفافية تامة»، قال موسى المعايطة."
    [quote] = quotations_in(after, [_person(after, 0, "موسى المعايطة", "Musa al-Maaytah")])
    assert quote.speaker == "Musa al-Maaytah" and quote.speaker_text == "موسى المعايطة"
    # No one named in the paragraph: the last person named before it.
    alone = "Il a ajouté : « nous reviendrons très bientôt »."
    earlier = EntityMention(0, 0, 15, "Emmanuel Macron", "PERSON", canonical="Emmanuel Macron")
    assert quotations_in(alone, [], earlier)[0].speaker == "Emmanuel Macron"
    assert quotations_in(alone, [])[0].speaker is None
