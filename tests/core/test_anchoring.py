"""Re-anchoring: annotations survive edited re-imports and new translations,
and what cannot be found becomes an orphan instead of vanishing."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.annotation_fixtures import annotate

from reader.core.anchoring import find_anchor, reanchor_article
from reader.core.library import import_into, seed_if_first_run
from reader.core.storage import Library
from reader.core.storage.annotations import AnnotationStore, context_around

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def anchor_of(paragraphs, p, quote, occurrence=0):
    text = paragraphs[p]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    prefix, suffix = context_around(text, start, start + len(quote))
    return dict(quote=quote, prefix=prefix, suffix=suffix, paragraph=p, start=start)


OLD = [
    "Sam Altman was fired on Friday by the board of OpenAI.",
    "Microsoft said on Monday that Sam Altman will lead a new research team.",
    "The board did not explain the decision.",
]


# --- find_anchor ------------------------------------------------------------------


def test_same_position():
    found = find_anchor(paragraphs=OLD, **anchor_of(OLD, 1, "Sam Altman"))
    assert (found.paragraph, found.start, found.method) == (1, OLD[1].index("Sam Altman"), "position")


def test_text_inserted_before_moves_the_anchor():
    new = [OLD[0], "Breaking: " + OLD[1], OLD[2]]
    found = find_anchor(paragraphs=new, **anchor_of(OLD, 1, "Sam Altman will lead"))
    assert new[1][found.start : found.end] == "Sam Altman will lead" and found.method == "quote"


def test_paragraph_inserted_above():
    new = ["A new first paragraph.", *OLD]
    found = find_anchor(paragraphs=new, **anchor_of(OLD, 2, "did not explain"))
    assert found.paragraph == 3 and new[3][found.start : found.end] == "did not explain"


def test_repeated_quote_is_told_apart_by_context():
    # "Sam Altman" occurs in paragraphs 0 and 1; the second one is annotated.
    anchor = anchor_of(OLD, 1, "Sam Altman")
    new = ["Intro.", *OLD]  # both move; position check fails
    found = find_anchor(paragraphs=new, **anchor)
    assert found.paragraph == 2


def test_small_edit_inside_the_quote_is_found_fuzzily():
    anchor = anchor_of(OLD, 1, "Sam Altman will lead a new research team")
    new = [OLD[0], "Microsoft said on Monday that Sam Altman would lead a new AI research team.", OLD[2]]
    found = find_anchor(paragraphs=new, **anchor)
    assert found.method == "fuzzy" and found.paragraph == 1
    assert new[1][found.start : found.end] == "Sam Altman would lead a new AI research team"


def test_removed_text_is_an_orphan():
    anchor = anchor_of(OLD, 2, "did not explain the decision")
    new = OLD[:2]
    assert find_anchor(paragraphs=new, **anchor) is None


def test_short_quote_without_its_context_is_an_orphan():
    for quote in ("board", "Sam Altman"):  # shorter than the fuzzy minimum, and longer
        anchor = anchor_of(OLD, 0, quote)
        elsewhere = ["Nothing.", "Something else entirely: a board game designed by Sam Altman's cousin."]
        assert find_anchor(paragraphs=elsewhere, **anchor) is None
        twice = ["A board of Sam Altman's and a board game by Sam Altman's cousin.", "Nothing."]
        assert find_anchor(paragraphs=twice, **anchor) is None


def test_short_quote_alone_in_its_reworded_paragraph_is_kept():
    anchor = anchor_of(["Even after the chaotic weekend at OpenAI, things remain turbulent."], 0, "OpenAI")
    new = ["Things remain turbulent at OpenAI, even after the chaotic weekend."]
    found = find_anchor(paragraphs=new, **anchor)
    assert new[0][found.start : found.end] == "OpenAI"


def test_short_quote_with_similar_context_is_found():
    anchor = anchor_of(OLD, 0, "Sam Altman")
    new = ["On Friday Sam Altman was fired by the board of OpenAI."]
    found = find_anchor(paragraphs=new, **anchor)
    assert new[0][found.start : found.end] == "Sam Altman"


def test_hebrew_and_arabic_edits():
    he_old = ['מנכ"ל מיקרוסופט מעדכן כי סם אלטמן מצטרף למיקרוסופט ויוביל צוות מחקר חדש.']
    he_new = ['מנכ"ל מיקרוסופט הודיע כי סם אלטמן מצטרף למיקרוסופט ויוביל צוות מחקר AI חדש.']
    found = find_anchor(
        paragraphs=he_new, **anchor_of(he_old, 0, "סם אלטמן מצטרף למיקרוסופט ויוביל צוות מחקר")
    )
    assert he_new[0][found.start : found.end] == "סם אלטמן מצטרף למיקרוסופט ויוביל צוות מחקר"
    ar_old = ["أخبر الرئيس التنفيذي لشركة مايكروسوفت العالم أن سام ألتمان سينضم إلى الشركة."]
    ar_new = ["أخبر الرئيس التنفيذي لشركة مايكروسوفت العالم أخيرا أن سام ألتمان سينضم إلى الشركة."]
    found = find_anchor(paragraphs=ar_new, **anchor_of(ar_old, 0, "أن سام ألتمان سينضم"))
    assert ar_new[0][found.start : found.end] == "أن سام ألتمان سينضم"


# --- reanchor_article after an edited re-import ----------------------------------------


@pytest.fixture
def imported(tmp_path):
    """A library with one article imported from a file the test can edit."""
    source = tmp_path / "news" / "article.txt"
    source.parent.mkdir()
    source.write_text("\n\n".join(OLD), encoding="utf-8")
    library = Library(tmp_path / "data")
    [result] = import_into(library, [source])
    yield library, result.article_id, source
    library.close()


def reimport(library, source, paragraphs):
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    [result] = import_into(library, [source])
    assert result.status == "updated"
    return result.reanchored  # import_into re-anchors an updated article's annotations


def test_reimport_with_edits_reanchors_and_orphans(imported):
    library, article_id, source = imported
    store = AnnotationStore(library)
    kept = annotate(store, article_id, "source", 0, "fired on Friday", note="kept")
    moved = annotate(store, article_id, "source", 1, "Sam Altman will lead", note="moved")
    edited = annotate(store, article_id, "source", 1, "will lead a new research team", note="fuzzy")
    lost = annotate(store, article_id, "source", 2, "did not explain the decision", note="orphan")
    deleted = annotate(store, article_id, "source", 1, "Microsoft said", note="deleted")
    store.delete(deleted.id)

    report = reimport(
        library,
        source,
        [
            OLD[0],
            "Update: Microsoft said on Monday that Sam Altman will lead a new AI research team.",
            "The company thanked him.",
        ],
    )
    assert report.orphaned == [lost.id]
    assert report.kept >= 1 and report.moved >= 3
    article = library.get_article(article_id)
    for annotation, expected in [
        (kept, "fired on Friday"),
        (moved, "Sam Altman will lead"),
        (edited, "will lead a new AI research team"),
        (deleted, "Microsoft said"),
    ]:
        now = store.get(annotation.id)
        assert article.paragraphs[now.paragraph].text[now.start : now.end] == expected == now.quote
        assert not now.orphaned
    assert store.get(deleted.id).deleted_at is not None  # still deleted, but undo will find its text
    orphan = store.get(lost.id)
    assert orphan.orphaned and orphan.quote == "did not explain the decision" and orphan.note == "orphan"
    assert [a.id for a in store.orphans(article_id)] == [lost.id]

    # The text comes back in a later version: the orphan is re-attached.
    report = reimport(library, source, [*OLD[:2], "Later: The board did not explain the decision."])
    assert report.reattached == [lost.id] and not report.orphaned
    assert store.orphans(article_id) == []


def test_reimport_leaves_translation_annotations_until_retranslated(imported):
    library, article_id, source = imported
    library.save_translation(
        article_id, 1, ["Microsoft a dit lundi que Sam Altman dirigera une nouvelle équipe."], "en_fr@1.0"
    )
    store = AnnotationStore(library)
    a = annotate(store, article_id, "translation", 1, "Sam Altman dirigera une nouvelle équipe")
    report = reimport(library, source, ["Intro.", *OLD])  # translations are dropped by a re-import
    assert report.skipped == 1
    assert store.get(a.id).paragraph == 1 and not store.get(a.id).orphaned
    library.save_translation(
        article_id, 2, ["Microsoft a dit lundi que Sam Altman dirigera une équipe."], "en_fr@2.0"
    )
    report = reanchor_article(library, article_id, "translation")
    now = store.get(a.id)
    assert (now.paragraph, now.quote, now.translation_package) == (
        2,
        "Sam Altman dirigera une équipe",
        "en_fr@2.0",
    )
    assert report.moved == 1


def test_retranslation_with_a_new_pack(tmp_path):
    library = Library(tmp_path / "data")
    seed_if_first_run(library, SEEDS)
    article = library.get_article(3)  # Arabic
    library.save_translation(
        3, 0, ["On November 20, Microsoft CEO Satya Nadella told the world."], "ar_en@1.0"
    )
    library.save_translation(3, 1, ["OpenAI also found an interim CEO: Emmett Shear."], "ar_en@1.0")
    store = AnnotationStore(library)
    survives = annotate(store, 3, "translation", 0, "Satya Nadella told the world")
    vanishes = annotate(store, 3, "translation", 1, "an interim CEO")
    source_side = annotate(store, 3, "source", 1, article.paragraphs[1].text[:20])

    library.save_translation(
        3,
        0,
        ["On 20 November, Microsoft's chief executive Satya Nadella finally told the world."],
        "ar_en@1.1",
    )
    library.save_translation(3, 1, ["Twitch co-founder Emmett Shear was named to lead OpenAI."], "ar_en@1.1")
    report = reanchor_article(library, 3, "translation")
    assert report.orphaned == [vanishes.id]
    now = store.get(survives.id)
    assert now.quote.startswith("Satya Nadella") and now.quote.endswith("told the world")
    assert now.translation_package == "ar_en@1.1"
    assert store.get(vanishes.id).orphaned and store.get(vanishes.id).quote == "an interim CEO"
    assert store.get(source_side.id) == source_side  # the source pane was not touched
    library.close()


def test_emoji_offsets_are_code_points(imported):
    library, article_id, source = imported
    reimport(library, source, ["Emoji 🎉 before Sam Altman here.", *OLD[1:]])
    store = AnnotationStore(library)
    a = annotate(store, article_id, "source", 0, "Sam Altman")
    assert (a.start, a.end) == (15, 25)
    reimport(library, source, ["Two 🎉🎉 emoji before Sam Altman here.", *OLD[1:]])
    now = store.get(a.id)
    assert library.get_article(article_id).paragraphs[0].text[now.start : now.end] == "Sam Altman"
