"""Persian and Urdu news pages (issue 10, round 17): bodies, people, places and
junk that realistic pages showed. Real name tables, no translation pack; the
English pane where said. Sentences written for these tests."""

from __future__ import annotations

from reader.core.entities import ORG, PLACE, recognise_article


def found(lang, source, english=None):
    """(text, label) of every source mention but dates."""
    got = recognise_article(lang, source, translation_paragraphs=english)
    return {(m.text, m.label) for m in got if m.label != "DATE" and m.pane.value == "source"}


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
