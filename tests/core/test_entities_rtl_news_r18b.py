"""Arabic and Urdu news pages (issue 10, round 18 fresh pages): a town's
countryside ("ريف"), a counterpart and his nationality before a name, a
government and its nationality, a news agency and its acronym in brackets,
a noun and a derived verbal noun ("زمن انتظار"), and an Urdu chief minister
named again without his clan title. The real name tables; sentences written here."""

from __future__ import annotations

from reader.core.entities import ORG, PERSON, PLACE, SOURCE, recognise_article


def found(lang: str, *paragraphs: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in recognise_article(lang, list(paragraphs)) if m.pane == SOURCE}


def labelled(lang: str, text: str, label: str) -> set[str]:
    return {t for t, lab in found(lang, text) if lab == label}


def test_a_town_after_its_countryside_is_a_place():
    assert ("حلب", PLACE) in found("ar", "عاد النازحون من مخيم في ريف حلب في نيسان الماضي.")
    assert ("إدلب", PLACE) in found("ar", "وصلت القافلة إلى قرية في ريف إدلب الجنوبي.")


def test_a_counterpart_and_his_nationality_lead_to_the_name():
    text = "واستقبل وزير الدفاع نظيره التركي يشار غولر في أنقرة أمس."
    assert ("يشار غولر", PERSON) in found("ar", text)
    # the nationality is no part of the name
    people = labelled("ar", "وبحث الوزير مع نظيره الأردني أيمن الصفدي في عمّان.", PERSON)
    assert people == {"أيمن الصفدي"}


def test_a_government_and_its_nationality_is_nobody():
    assert not labelled("ar", "أعلنت الحكومة العراقية، يوم الخميس، بدء حملة جديدة للتشجير.", PERSON)
    assert not labelled("ar", "وقالت الحكومة اللبنانية إن الخطة ستنفذ خلال عام.", PERSON)


def test_the_syrian_news_agency_and_its_acronym_in_brackets():
    got = found("ar", "وأفادت وكالة الأنباء السورية (سانا) بأن القافلة وصلت إلى حمص.")
    assert ("وكالة الأنباء السورية", ORG) in got and ("سانا", ORG) in got


def test_a_noun_and_a_derived_verbal_noun_are_no_name():
    assert not labelled("ar", "وأوضح المدير أن النظام الجديد خفّض زمن انتظار المرضى إلى يومين.", PERSON)


def test_an_urdu_chief_minister_named_again_without_his_clan_title():
    got = found(
        "ur",
        "لاہور: وزیراعلیٰ پنجاب سید حسن علی شاہ نے منگل کو پنجاب اسمبلی میں نیا بجٹ پیش کر دیا۔",
        "حسن علی شاہ، جو صوبائی وزیر خزانہ کا قلمدان بھی رکھتے ہیں، نے کہا کہ ترقیاتی بجٹ بڑھایا گیا ہے۔",
    )
    assert ("سید حسن علی شاہ", PERSON) in got and ("حسن علی شاہ", PERSON) in got
