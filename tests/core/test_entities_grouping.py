"""Cross-language grouping of the five seed articles (no translation: Latin
names, name lists, spaCy-fr and known names found by transliteration) and
user corrections that survive a recompute."""

from __future__ import annotations

import pytest
from support.entity_gold import SEEDS, seed_paragraphs

from reader.core.entities import (
    Correction,
    EntityMention,
    apply_corrections,
    article_mentions,
    group_mentions,
    known_names_from_groups,
    recognise_article,
)


def recompute_library():
    """What the app does after an import: Latin-script articles first, their
    names become known names, then every article is recognised with them."""
    found = {}
    for aid in (3, 4):
        lang, paras = seed_paragraphs(aid)
        found[aid] = recognise_article(lang, paras)
    known = known_names_from_groups(group_mentions(found))
    for aid in SEEDS:
        lang, paras = seed_paragraphs(aid)
        found[aid] = recognise_article(lang, paras, known_names=known)
    return found


@pytest.fixture(scope="module")
def library():
    found = recompute_library()
    return found, group_mentions(found)


def _group(groups, name):
    matches = [g for g in groups if g.name == name]
    assert len(matches) == 1, [(g.name, g.counts) for g in groups[:30]]
    return matches[0]


def test_every_mention_is_an_exact_span(library):
    found, _ = library
    for aid, mentions in found.items():
        _, paras = seed_paragraphs(aid)
        assert mentions, aid
        for m in mentions:
            assert paras[m.paragraph][m.start : m.end] == m.text
            assert m.text == m.text.strip() and m.pane == "source"


@pytest.mark.parametrize(
    "name,label,articles,native",
    [
        ("Sam Altman", "PERSON", {0, 1, 2, 3, 4}, {"סם אלטמן", "אלטמן", "سام ألتمان", "ألتمان"}),
        ("Microsoft", "ORG", {0, 1, 2, 3, 4}, {"מיקרוסופט", "مايكروسوفت"}),
        ("OpenAI", "ORG", {0, 1, 2, 3, 4}, set()),
        ("Satya Nadella", "PERSON", {0, 2, 3, 4}, {"ساتيا ناديلا"}),
        ("Emmett Shear", "PERSON", {0, 2, 3, 4}, {"אמט שיר", "إيميت شير"}),
        ("Greg Brockman", "PERSON", {0, 1, 2, 3, 4}, {"גרג ברוקמן", "جريج بروكمان"}),
    ],
)
def test_one_entry_per_entity_across_languages(library, name, label, articles, native):
    _, groups = library
    g = _group(groups, name)
    assert g.label == label
    assert articles <= set(g.mentions), (name, g.counts)
    assert native <= g.surfaces, (name, sorted(g.surfaces))
    # surname-only and spelling variants joined the full name
    if name == "Sam Altman":
        assert {"Altman", "Sam Altman"} <= g.surfaces
    if name == "Emmett Shear":
        assert "Emmet Shear" in g.surfaces  # the Dutch article's spelling


def test_no_false_transliteration_hits(library):
    """Common Hebrew/Arabic words never land in a person or company group."""
    _, groups = library
    bad = {"موارد", "مرات", "תגובות", "שם", "الطرفين"}
    for g in groups:
        assert not (bad & g.surfaces), (g.name, bad & g.surfaces)


def test_group_keys_and_json(library):
    _, groups = library
    g = _group(groups, "Sam Altman")
    assert g.key == "sam altman" and g.key in g.keys
    assert all(m.canonical == "Sam Altman" for ms in g.mentions.values() for m in ms)
    d = g.to_dict()
    assert d["name"] == "Sam Altman" and sum(d["counts"].values()) == g.total


# --- corrections ------------------------------------------------------------------


def test_corrections_survive_recompute(library):
    _, groups = library
    corrections = [
        Correction("rename", ("Sam Altman",), name="Samuel H. Altman"),
        Correction("merge", ("Ilya Sutskever", "Ilyan"), name="Ilya Sutskever"),
        Correction("reject", ("X",)),
        Correction("split", ("Sam Altman",), name="Ultraman (joke)", surfaces=("Ultraman",)),
    ]
    first = apply_corrections(groups, corrections)
    # a recompute from scratch (e.g. after a translation arrived) gives new
    # groups; the stored corrections are applied again
    again = apply_corrections(group_mentions(recompute_library()), corrections)
    for result in (first, again):
        names = {g.name for g in result}
        assert "Samuel H. Altman" in names and "Sam Altman" not in names
        assert "X" not in names
        sutskever = [g for g in result if g.name == "Ilya Sutskever"]
        assert len(sutskever) == 1 and "Ilyan" in sutskever[0].surfaces
    assert [(g.name, g.counts) for g in first] == [(g.name, g.counts) for g in again]
    # the input groups are untouched (pure function)
    assert any(g.name == "Sam Altman" for g in groups)


def _m(aid_text, label="PERSON", canonical=None):
    return EntityMention(0, 0, len(aid_text), aid_text, label, "source", "test", canonical or aid_text)


def test_merge_split_rename_reject_on_small_data():
    mentions = {
        1: [_m("Sam Altman"), _m("Altman", canonical="Altman"), _m("Twitch", "ORG")],
        2: [_m("סם אלטמן", canonical="Sam Altman"), _m("Emmet Shear")],
        3: [_m("Emmett Shear"), _m("Shear", canonical="Shear"), _m("Amazon", "ORG")],
    }
    groups = group_mentions(mentions)
    names = {g.name: g for g in groups}
    assert set(names) == {"Sam Altman", "Emmett Shear", "Twitch", "Amazon"}
    assert names["Sam Altman"].counts == {1: 2, 2: 1}
    assert names["Emmett Shear"].counts == {2: 1, 3: 2}

    out = apply_corrections(
        groups,
        [
            Correction("merge", ("twitch", "Amazon"), name="Amazon/Twitch", label="ORG"),
            Correction("split", ("Emmett Shear",), name="Shear (other)", surfaces=("Shear",), articles=(3,)),
            Correction("rename", ("altman",), name="Altman, Sam"),
            Correction("reject", ("no such entity",)),  # stale corrections are ignored
        ],
    )
    names = {g.name: g for g in out}
    assert names["Amazon/Twitch"].counts == {1: 1, 3: 1}
    assert names["Shear (other)"].surfaces == {"Shear"}
    assert names["Emmett Shear"].counts == {2: 1, 3: 1}
    assert "Altman, Sam" in names
    out = apply_corrections(out, [Correction("reject", ("Amazon/Twitch",))])
    assert "Amazon/Twitch" not in {g.name for g in out}
    kept = apply_corrections(groups, [Correction("reject", ("Twitch",))], keep_rejected=True)
    assert [g.rejected for g in kept if g.name == "Twitch"] == [True]


def test_corrections_are_plain_data():
    c = Correction(
        "split", ("sam altman",), name="Ultraman", label="MISC", surfaces=("Ultraman",), articles=(4,)
    )
    assert Correction.from_dict(c.to_dict()) == c
    groups = group_mentions({1: [_m("Sam Altman"), _m("Ultraman")]})
    assert apply_corrections(groups, [c.to_dict()]) == apply_corrections(groups, [c])


def test_highlights_follow_corrections(library):
    found, groups = library
    corrected = apply_corrections(
        groups, [Correction("reject", ("X",)), Correction("rename", ("Sam Altman",), name="Altman, Sam")]
    )
    ms = article_mentions(corrected, 2)
    assert ms and all(m.text != "X" for m in ms)
    assert {m.canonical for m in ms if m.text == "سام ألتمان"} == {"Altman, Sam"}
    _, paras = seed_paragraphs(2)
    assert all(paras[m.paragraph][m.start : m.end] == m.text for m in ms)


def _person(text: str, canonical: str) -> EntityMention:
    return EntityMention(0, 0, len(text), text, "PERSON", canonical=canonical)


def test_a_one_word_name_joins_a_full_name_only_when_the_written_surname_agrees():
    groups = group_mentions(
        {
            1: [_person("امیرحسین کریمی", "Amirhossein Karimi"), _person("کریمی", "Karimi")],  # Persian
            2: [_person("كريم", "Karim")],  # Arabic: a man called Karim, same consonants
        }
    )
    karim = [g for g in groups if g.name == "Karim"]
    assert len(karim) == 1 and set(karim[0].mentions) == {2}
    # a lone surname written alike still joins the one full name that ends with it
    groups = group_mentions(
        {1: [_person("بنيامين نتنياهو", "Benjamin Netanyahu")], 2: [_person("نتنياهو", "Nitnyahu")]}
    )
    assert [g.name for g in groups] == ["Benjamin Netanyahu"]
