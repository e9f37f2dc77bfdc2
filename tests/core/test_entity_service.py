"""The entity pipeline on the seeded library: order, skipping what is up to
date, cross-language grouping, corrections surviving recompute, recompute
when a translation or the text changes."""

from __future__ import annotations

import threading

import pytest
from support.entity_fixtures import HE_P0_ENGLISH, copy_library

from reader.core import entity_service
from reader.core.entities import Correction
from reader.core.library import import_into
from reader.core.storage import Library
from reader.core.storage.entities import EntityStore
from reader.core.text import join_sentences


@pytest.fixture
def lib(tmp_path_factory, tmp_path):
    """The seeded library with its entities recognised once already."""
    library = Library(copy_library(tmp_path_factory, tmp_path / "data"))
    yield library
    library.close()


def one(groups, name):
    found = [g for g in groups if g.name == name]
    assert len(found) == 1, [(g.name, g.counts) for g in groups[:20]]
    return found[0]


def test_first_run_latin_articles_first_then_everything_skipped(seeded_library):
    seen = []
    report = entity_service.recompute(
        seeded_library, on_article=lambda a, done, total: seen.append((a, done, total))
    )
    # Dutch and French first: their names are searched for in Hebrew and Arabic
    assert report.computed == [4, 5, 1, 2, 3]
    assert seen == [(4, 1, 5), (5, 2, 5), (1, 3, 5), (2, 4, 5), (3, 5, 5)]
    assert report.words == sum(r["words"] for r in seeded_library.list_articles())
    again = entity_service.recompute(seeded_library)
    assert again.computed == [] and sorted(again.skipped) == [1, 2, 3, 4, 5]
    assert entity_service.recompute(seeded_library, [2], force=True).computed == [2]


def test_every_stored_mention_is_an_exact_span(lib):
    store = EntityStore(lib)
    for article_id, mentions in store.mentions().items():
        article = lib.get_article(article_id)
        assert mentions
        for m in mentions:
            assert m.pane == "source"  # no translation yet
            assert article.paragraphs[m.paragraph].text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "name, label, articles, native",
    [
        ("Sam Altman", "PERSON", {1, 2, 3, 4, 5}, {"סם אלטמן", "سام ألتمان"}),
        ("Microsoft", "ORG", {1, 2, 3, 4, 5}, {"מיקרוסופט", "مايكروسوفت"}),
        ("OpenAI", "ORG", {1, 2, 3, 4, 5}, set()),
        ("Satya Nadella", "PERSON", {1, 3, 4, 5}, {"ساتيا ناديلا"}),
        ("Emmett Shear", "PERSON", {1, 3, 4, 5}, {"אמט שיר"}),
    ],
)
def test_one_entry_per_entity_across_the_library(lib, name, label, articles, native):
    g = one(entity_service.groups(lib), name)
    assert g.label == label
    assert articles <= set(g.mentions), g.counts
    assert native <= g.surfaces
    assert all(n > 0 for n in g.counts.values())


def test_corrections_survive_a_recompute(lib):
    store = EntityStore(lib)
    store.add_correction(Correction("rename", ("sam altman",), name="Samuel H. Altman"))
    store.add_correction(Correction("merge", ("chatgpt", "gpt"), name="ChatGPT"))
    store.add_correction(Correction("reject", ("x",)))
    store.add_correction(Correction("split", ("microsoft",), name="מיקרוסופט (he)", surfaces=("מיקרוסופט",)))

    def check():
        groups = entity_service.groups(lib)
        names = {g.name for g in groups}
        assert "Samuel H. Altman" in names and "Sam Altman" not in names
        assert "X" not in names and "GPT" not in names
        assert {"סם אלטמן", "Altman"} <= one(groups, "Samuel H. Altman").surfaces
        assert one(groups, "מיקרוסופט (he)").surfaces == {"מיקרוסופט"}
        assert "מיקרוסופט" not in one(groups, "Microsoft").surfaces
        # highlighting follows the corrections
        marks = entity_service.mentions_for_highlight(lib, 1)
        assert {m.canonical for m in marks if m.text == "סם אלטמן"} == {"Samuel H. Altman"}
        assert not any(m.text == "X" for m in entity_service.mentions_for_highlight(lib, 3))

    check()
    assert entity_service.recompute(lib, force=True).computed == [4, 5, 1, 2, 3]
    check()
    # undo brings the automatic entry back
    store.undo_last_correction()
    assert "Microsoft" in {g.name for g in entity_service.groups(lib)}
    assert "מיקרוסופט" in one(entity_service.groups(lib), "Microsoft").surfaces


def test_a_new_or_changed_translation_is_recognised_in_both_panes(lib):
    lib.save_translation(1, 0, HE_P0_ENGLISH, "he_en@test")
    lib.mark_translated(1, "he_en@test")
    report = entity_service.recompute(lib)
    assert report.computed == [1]  # only the article whose input changed
    text, _ = join_sentences(HE_P0_ENGLISH)
    marks = entity_service.mentions_for_highlight(lib, 1)
    translated = [m for m in marks if m.pane == "translation"]
    assert {(m.text, m.label) for m in translated} >= {
        ("OpenAI", "ORG"),
        ("Sam Altman", "PERSON"),
        ("Emmett Shear", "PERSON"),
        ("Twitch", "ORG"),
        ("Amazon", "ORG"),
    }
    for m in translated:
        assert m.paragraph == 0 and text[m.start : m.end] == m.text
    # the English tells where the Hebrew names are, without their prefixes
    source = lib.get_article(1).paragraphs[0].text
    found = {(source[m.start : m.end], m.canonical) for m in marks if m.pane == "source"}
    assert {("אמט שיר", "Emmett Shear"), ("אמזון", "Amazon"), ("סם אלטמן", "Sam Altman")} <= found
    # one Sam Altman entry still, now with translation mentions of article 1
    g = one(entity_service.groups(lib), "Sam Altman")
    assert any(m.pane == "translation" for m in g.mentions[1])

    # a retranslation with other words: recomputed again, old spans gone
    changed = ["Sam Altman returns.", *HE_P0_ENGLISH[1:]]
    lib.save_translation(1, 0, changed, "he_en@test2")
    assert entity_service.recompute(lib).computed == [1]
    text, _ = join_sentences(changed)
    translated = [m for m in entity_service.mentions_for_highlight(lib, 1) if m.pane == "translation"]
    assert ("Sam Altman", 0, 10) in {(m.text, m.start, m.end) for m in translated}
    assert all(text[m.start : m.end] == m.text for m in translated)


def test_changed_text_is_recognised_again_and_helps_the_other_articles(lib, tmp_path):
    path = tmp_path / "brief.txt"
    intro = "Le conseil d'administration a publié un communiqué lundi matin.\n\n"
    path.write_text(
        intro + "Selon le communiqué, Sam Altman rejoindra Microsoft dans les prochains jours.\n",
        encoding="utf-8",
    )
    [result] = list(import_into(lib, [path]))
    new_id = result.article_id
    assert lib.get_article(new_id).language == "fr"
    assert entity_service.recompute(lib).computed == [new_id]
    before = {m.text for m in EntityStore(lib).mentions(new_id)}
    assert {"Sam Altman", "Microsoft"} <= before

    path.write_text(
        intro + "Selon le communiqué, Satya Nadella accueille Sam Altman chez Microsoft.\n", encoding="utf-8"
    )
    [result] = list(import_into(lib, [path]))
    assert (result.article_id, result.status) == (new_id, "updated")
    report = entity_service.recompute(lib)
    assert report.computed == [new_id]
    after = EntityStore(lib).mentions(new_id)
    assert "Satya Nadella" in {m.text for m in after}
    text = lib.get_article(new_id).paragraphs[1].text
    assert all(text[m.start : m.end] == m.text for m in after if m.paragraph == 1)


def test_new_names_from_a_latin_article_redo_hebrew_and_arabic(seeded_library):
    """A Hebrew article imported before any French one finds Sam Altman
    once the French article is there."""
    lib = seeded_library
    lib.delete_article(4)
    lib.delete_article(5)
    entity_service.recompute(lib)
    assert not any(m.canonical == "Emmett Shear" for m in EntityStore(lib).mentions(1))
    from support.entity_fixtures import SEEDS

    [french] = list(import_into(lib, [next(SEEDS.glob("004_*.txt"))]))
    report = entity_service.recompute(lib)
    assert report.computed == [french.article_id, 1, 2, 3]
    assert any(m.canonical == "Emmett Shear" for m in EntityStore(lib).mentions(1))


def test_cancel_stops_between_articles(seeded_library):
    cancel = threading.Event()
    report = entity_service.recompute(seeded_library, on_article=lambda *a: cancel.set(), cancel=cancel)
    assert report.cancelled and report.computed == [4]
    assert entity_service.recompute(seeded_library).computed == [5, 1, 2, 3]


def test_sentence_of_shows_the_mention_in_its_sentence():
    text = "Première phrase. Ensuite Sam Altman rejoint Microsoft avec Greg Brockman et toute son équipe de recherche."
    spans = [(0, 16), (17, len(text))]
    start = text.index("Sam")
    assert entity_service.sentence_of(text, spans, start, start + 10).startswith("Ensuite Sam Altman")
    short = entity_service.sentence_of(text, spans, start, start + 10, context=20)
    assert short.startswith("Ensuite Sam Altman") and short.endswith("…") and len(short) < 60
