"""core.service: what the window and the CLI get when they open an article,
annotate a passage or export, and how often the library is read for it."""

from __future__ import annotations

import pytest
from support.tables import tables_read

from reader.core.entities.model import EntityMention
from reader.core.errors import AmbiguousQuote, ArticleNotFound, BadInput, QuoteNotFound, TranslationMissing
from reader.core.panes import Pane, PaneText, Span
from reader.core.service import ReaderService, find_quote
from reader.core.storage.entities import EntityStore
from reader.core.storage.sessions import SessionStore

ALTMAN = "סם אלטמן"  # four times in article 1


@pytest.fixture
def service(seeded_library):
    return ReaderService(seeded_library)


def prepare(library, service) -> None:
    """Article 1 with a translation, an annotation on each pane, an entity and a reading position."""
    article = library.get_article(1)
    for p, paragraph in enumerate(article.paragraphs):
        library.save_translation(
            1, p, [f"Sentence {i} of {p}. " for i in range(len(paragraph.sentences))], "he_en@1.5"
        )
    library.mark_translated(1, "he_en@1.5")
    service.annotate(1, Pane.SOURCE, quote=ALTMAN, occurrence=2, note="second", tags=["people"])
    service.annotate(1, Pane.TRANSLATION, quote="Sentence 0 of 0.", note="first")
    EntityStore(library).replace_mentions(
        1, [EntityMention(0, 0, 4, article.paragraphs[0].text[:4], "PERSON", canonical="Someone")]
    )
    SessionStore(library).save_position(1, 2, 0, progress=0.3)


def test_opening_an_article_reads_each_table_at_most_once(seeded_library, service):
    prepare(seeded_library, service)
    fresh = ReaderService(seeded_library)
    state, counts, statements = tables_read(seeded_library, lambda: fresh.open_article(1))
    over = {table: n for table, n in counts.items() if n > 1}
    assert not over, "\n".join(statements)
    assert counts["articles"] == 1, statements
    # The entity index, the annotations and the reading position are not
    # needed to paint the article: each is read when first asked for.
    assert counts["entity_mentions"] == counts["annotations"] == counts["reading_positions"] == 0
    _, counts, _ = tables_read(seeded_library, lambda: (state.annotations, state.annotations))
    assert counts["annotations"] == 1
    _, counts, _ = tables_read(seeded_library, lambda: state.entities)
    assert counts["entity_mentions"] == 1
    _, counts, _ = tables_read(seeded_library, lambda: (state.position, state.position))
    assert counts["reading_positions"] == 1
    # and it holds everything: both panes, annotations, entities, the reader's place
    assert state.article.id == 1 and state.translated and state.provenances == ["he_en@1.5"]
    assert state.source.text(0) == seeded_library.get_article(1).paragraphs[0].text
    assert state.translation.text(0).startswith("Sentence 0 of 0. Sentence 1 of 0.")
    assert state.translation.provenance[0] == "he_en@1.5"
    assert [(a.pane, a.note) for a in state.annotations] == [
        (Pane.SOURCE, "second"),
        (Pane.TRANSLATION, "first"),
    ]
    assert [m.canonical for m in state.entities] == ["Someone"]
    assert state.position is not None and (state.position.paragraph, state.position.sentence) == (2, 0)
    # Only the article's own mentions are read, never the whole library's.
    _, counts, statements = tables_read(seeded_library, lambda: fresh.open_article(2).entities)
    assert max(counts.values()) == 1
    assert all("WHERE article_id = 2" in sql for sql in statements if "FROM entity_mentions" in sql)


def test_the_panes_are_read_as_they_are_shown(seeded_library, service):
    state = service.open_article(1)
    _, counts, _ = tables_read(seeded_library, lambda: state.source.text(0))
    assert counts["paragraphs"] == 1
    _, counts, _ = tables_read(seeded_library, lambda: state.source.text(1))
    assert not counts  # the same chunk


def test_a_partial_translation_is_read_once_for_the_open_and_the_first_screen(seeded_library, service):
    seeded_library.save_translation(1, 1, ["Only the second paragraph."], "he_en@1.5")  # not marked complete
    state, counts, _ = tables_read(seeded_library, lambda: service.open_article(1))
    assert counts["translations"] == 1 and state.translated and state.provenances == ["he_en@1.5"]
    _, counts, _ = tables_read(
        seeded_library, lambda: (state.translation.text(1), state.stored_translation[1])
    )
    assert not counts and state.translation.text(1) == "Only the second paragraph."


def test_an_untranslated_article_says_what_to_install(service):
    state = service.open_article(1)
    assert not state.translated and state.provenances == [] and state.route is None
    assert "he_en" in state.missing_pack
    assert state.translation.text(0) == "" and state.translation.empty
    english = ReaderService(service.library)
    assert english.translation_route("en") == (None, None)


def test_unknown_article(service):
    with pytest.raises(ArticleNotFound, match="no article 99"):
        service.open_article(99)


def test_annotating_with_the_open_state_reads_no_text(seeded_library, service):
    """The window annotates with the text it shows: storage does not read it again."""
    prepare(seeded_library, service)
    state = service.open_article(1)
    assert state.translation.text(1)  # shown
    _, counts, _ = tables_read(
        seeded_library,
        lambda: service.annotate(
            1, Pane.TRANSLATION, span=Span(Pane.TRANSLATION, 1, 0, 8), text=state.translation, note="n"
        ),
    )
    assert counts["paragraphs"] == counts["translations"] == counts["sentences"] == 0
    made = [a for a in service.open_article(1).annotations if a.note == "n"]
    assert made[0].quote == "Sentence" and made[0].translation_package == "he_en@1.5"


def test_quotes_are_found_in_reading_order(service):
    text = service.pane_text(1, Pane.SOURCE)
    with pytest.raises(AmbiguousQuote, match="occurs 4 times") as error:
        find_quote(text, Pane.SOURCE, ALTMAN, article_id=1)
    assert error.value.count == 4
    spans = [find_quote(text, Pane.SOURCE, ALTMAN, n) for n in range(1, 5)]
    assert spans == sorted(spans) and all(text.text(s.paragraph)[s.start : s.end] == ALTMAN for s in spans)
    with pytest.raises(BadInput, match="out of range"):
        find_quote(text, Pane.SOURCE, ALTMAN, 5)
    with pytest.raises(QuoteNotFound):
        find_quote(text, Pane.SOURCE, "not in the article")
    with pytest.raises(BadInput, match="empty"):
        find_quote(text, Pane.SOURCE, "  ")
    # A quote in another normal form (decomposed) finds the stored NFC text.
    assert find_quote(PaneText(["café au lait"], [[(0, 12)]]), Pane.SOURCE, "cafe\u0301").end == 4


def test_annotating_the_translation_before_it_exists(service):
    with pytest.raises(TranslationMissing, match="no translation yet"):
        service.annotate(1, Pane.TRANSLATION, quote="anything")
    with pytest.raises(BadInput, match="no translation yet"):
        service.annotate(1, Pane.TRANSLATION, span=Span(Pane.TRANSLATION, 0, 0, 3))


def test_export_refuses_unknown_articles(service, tmp_path):
    with pytest.raises(ArticleNotFound, match="no article 41, 42"):
        service.export("csv", tmp_path / "x.csv", article_ids=[1, 41, 42])
    service.annotate(1, "source", quote=ALTMAN, occurrence=1)
    assert service.export("json", tmp_path / "x.json", article_ids=[1]) == 1


def test_pane_is_a_string():
    assert Pane.SOURCE == "source" and f"{Pane.TRANSLATION}" == "translation"
    assert Pane("translation") is Pane.TRANSLATION


def test_a_translation_streaming_in_goes_into_the_one_translation_pane(seeded_library, service):
    state = service.open_article(1)
    pane = state.translation
    assert not pane.has_text(0) and pane.text_lengths()[0] == 0
    pane.set_paragraph(0, ["First one. ", " Second."], "he_en@1.5")
    assert pane.has_text(0) and pane.text(0) == "First one. Second." and pane.provenance[0] == "he_en@1.5"
    assert pane.spans(0) == [(0, 10), (11, 18)] and pane.text_lengths()[0] == 18
    # annotations and the view read the same text
    made = service.annotate(1, Pane.TRANSLATION, span=Span(Pane.TRANSLATION, 0, 11, 17), text=pane)
    assert made.quote == "Second" and made.translation_package == "he_en@1.5"
    with pytest.raises(TypeError):
        state.source.set_paragraph(0, ["x"], None)
    assert state.source.has_text(0) and not state.source.has_text(len(state.article.paragraphs))


def test_entities_written_by_a_background_job_are_seen_at_the_next_open(seeded_library, service, data_dir):
    from reader.core.storage import Library

    assert service.open_article(1).entities == []
    job = Library(data_dir)  # a job's own connection
    try:
        EntityStore(job).replace_mentions(1, [EntityMention(0, 0, 2, "xx", "PLACE", canonical="Somewhere")])
    finally:
        job.close()
    assert [m.canonical for m in service.open_article(1).entities] == ["Somewhere"]
    # and a change on the service's own connection too (nothing is kept between opens)
    EntityStore(seeded_library).replace_mentions(1, [])
    assert service.open_article(1).entities == []
