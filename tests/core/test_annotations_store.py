"""AnnotationStore: create, read, filter, edit, delete/undo; committed at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support.annotation_fixtures import annotate, create_annotation

from reader.core.library import seed_if_first_run
from reader.core.panes import PaneText
from reader.core.storage import Library, LibraryError
from reader.core.storage.annotations import AnnotationStore, load_palette, normalise_tags
from reader.core.text import join_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


class Clock:
    def __init__(self):
        self.tick = 0

    def __call__(self):
        self.tick += 1
        return f"2026-01-01T00:00:{self.tick:02d}+00:00"


@pytest.fixture
def lib(seeded_library):
    return seeded_library  # tests/conftest.py: the five sample articles


@pytest.fixture
def store(lib):
    return AnnotationStore(lib, clock=Clock())


def test_create_stores_quote_and_context(lib, store):
    text = lib.get_article(3).paragraphs[0].text  # Arabic
    start = text.index("سام ألتمان")
    a = create_annotation(
        store, 3, "source", 0, start, start + 10, note="who", tags=["people"], color="green"
    )
    assert a.quote == "سام ألتمان" == text[a.start : a.end]
    assert a.prefix == text[start - 32 : start] and a.suffix == text[a.end : a.end + 32]
    assert (a.note, a.tags, a.color, a.orphaned, a.deleted_at) == ("who", ["people"], "green", False, None)
    assert a.created_at == a.updated_at == "2026-01-01T00:00:01+00:00"
    assert store.get(a.id) == a


def test_context_is_cut_at_the_paragraph_edges(store):
    a = create_annotation(store, 1, "source", 0, 0, 4)
    assert a.prefix == "" and len(a.suffix) == 32


def test_committed_at_once(lib, store):
    a = create_annotation(store, 1, "source", 0, 0, 4, note="first")
    # Another connection (another process) sees it without any save or close.
    other = sqlite3.connect(lib.path)
    assert other.execute("SELECT note FROM annotations WHERE id = ?", (a.id,)).fetchone() == ("first",)
    store.update(a.id, note="second")
    assert other.execute("SELECT note FROM annotations WHERE id = ?", (a.id,)).fetchone() == ("second",)
    other.close()


def test_persists_across_restart(tmp_path):
    library = Library(tmp_path / "d")
    seed_if_first_run(library, SEEDS)
    a = create_annotation(AnnotationStore(library), 2, "source", 1, 0, 5, note="n", tags=["t"], color="blue")
    library.close()
    library = Library(tmp_path / "d")
    assert AnnotationStore(library).get(a.id) == a
    library.close()


def test_invalid_selections_are_refused(lib, store):
    from reader.core.errors import ArticleNotFound, BadInput, TranslationMissing
    from reader.core.panes import Pane, Span
    from reader.core.service import ReaderService

    service = ReaderService(lib)
    length = len(lib.get_article(1).paragraphs[0].text)
    with pytest.raises(ArticleNotFound, match="no article"):
        service.annotate(99, "source", span=Span(Pane.SOURCE, 0, 0, 1))
    with pytest.raises(BadInput, match="no paragraph"):
        service.annotate(1, "source", span=Span(Pane.SOURCE, 500, 0, 1))
    with pytest.raises(BadInput, match="outside"):
        service.annotate(1, "source", span=Span(Pane.SOURCE, 0, 5, length + 1))
    with pytest.raises(BadInput, match="outside"):
        create_annotation(store, 1, "source", 0, 5, 5)
    with pytest.raises(TranslationMissing, match="no translation"):
        service.annotate(1, "translation", quote="Drama")
    with pytest.raises(BadInput, match="no translation"):  # the store, given the empty pane
        create_annotation(store, 1, "translation", 0, 0, 3)
    with pytest.raises(ValueError, match="Unknown colour"):
        create_annotation(store, 1, "source", 0, 0, 3, color="chartreuse")
    assert store.list() == []


def test_translation_pane(lib, store):
    lib.save_translation(1, 0, ["Drama chases drama.", "Second one."], "he_en@1.5")
    assert PaneText.load(lib, 1, "translation").text(0) == "Drama chases drama. Second one."
    a = create_annotation(store, 1, "translation", 0, 20, 26)
    assert a.quote == "Second" and a.translation_package == "he_en@1.5"
    assert a.prefix == "Drama chases drama. " and a.suffix == " one."


def test_translation_pane_text_helpers():
    sentences = ["One.", "Two two.", "3"]
    text, spans = join_sentences(sentences)
    assert [text[s:e] for s, e in spans] == sentences


def test_tags_are_normalised():
    assert normalise_tags([" a ", "A", "", "b  c", "ב"]) == ["a", "b c", "ב"]


def test_list_filters(lib, store):
    a = annotate(store, 1, "source", 0, "OpenAI", note="Company", tags=["org", "AI"], color="blue")
    b = annotate(store, 1, "source", 1, "סם אלטמן", note="person", tags=["people"])
    c = annotate(store, 3, "source", 0, "سام ألتمان", note="الرئيس", tags=["People"], color="green")

    def ids(rows):
        return [r.id for r in rows]

    assert ids(store.list()) == [a.id, b.id, c.id]
    assert ids(store.list(article_id=1)) == [a.id, b.id]
    assert ids(store.list(tag="people")) == [b.id, c.id]  # case-insensitive
    assert ids(store.list(tag=["org", "people"])) == [a.id, b.id, c.id]
    assert ids(store.list(color="green")) == [c.id]
    assert ids(store.list(text="company")) == [a.id]  # note, any case
    assert ids(store.list(text="אלטמן")) == [b.id]  # quote
    assert ids(store.list(text="ai")) == [a.id]  # a tag
    assert ids(store.list(text="الرئيس")) == [c.id]
    assert ids(store.list(text="100%_")) == []
    assert ids(store.list(orphans=False)) == [a.id, b.id, c.id]
    assert store.orphans() == []


def test_list_is_in_reading_order(store):
    late = create_annotation(store, 1, "source", 3, 0, 2)
    early = create_annotation(store, 1, "source", 0, 10, 12)
    earliest = create_annotation(store, 1, "source", 0, 2, 4)
    assert [a.id for a in store.list(1)] == [earliest.id, early.id, late.id]


def test_update(store):
    a = create_annotation(store, 1, "source", 0, 0, 4, note="n", tags=["x"], color="yellow")
    b = store.update(a.id, note='new note, with "quotes"\nand a line')
    assert b.note.endswith("and a line") and b.tags == ["x"] and b.updated_at > a.updated_at
    c = store.update(a.id, tags=["y", "z"], color="pink")
    assert (c.note, c.tags, c.color) == (b.note, ["y", "z"], "pink")
    assert store.update(a.id, tags=[]).tags == []
    with pytest.raises(LibraryError, match="no annotation"):
        store.update(12345, note="x")


def test_delete_and_undo(store):
    a = create_annotation(store, 1, "source", 0, 0, 4, tags=["gone"])
    deleted = store.delete(a.id)
    assert deleted.deleted_at is not None
    assert store.list() == [] and store.all_tags() == []
    assert [x.id for x in store.list(include_deleted=True)] == [a.id]
    restored = store.undelete(a.id)
    assert restored.deleted_at is None and store.list() == [restored]
    assert store.all_tags() == ["gone"]


def test_all_tags_for_completion(store):
    create_annotation(store, 1, "source", 0, 0, 4, tags=["b", "Alpha"])
    create_annotation(store, 1, "source", 0, 5, 9, tags=["b", "אלטמן"])
    assert store.all_tags() == ["b", "Alpha", "אלטמן"]  # most used first, then alphabetical


def test_count(store):
    create_annotation(store, 1, "source", 0, 0, 4)
    create_annotation(store, 2, "source", 0, 0, 4)
    assert store.count() == 2 and store.count(1) == 1


def test_palette():
    palette = load_palette()
    assert {"yellow", "green", "blue", "pink", "orange", "purple"} <= set(palette)
    for colours in palette.values():
        assert set(colours) == {"light", "dark"}
        assert all(c.startswith("#") and len(c) == 7 for c in colours.values())


def test_article_deletion_takes_its_annotations(lib, store):
    create_annotation(store, 1, "source", 0, 0, 4, tags=["x"])
    lib.delete_article(1)
    assert store.list(include_deleted=True) == [] and store.all_tags() == []
