"""EntityStore: mentions replaced per article atomically, the per-article
marker, corrections kept in order, undo."""

from __future__ import annotations

import pytest

from reader.core.entities import Correction, EntityMention
from reader.core.storage import LibraryError
from reader.core.storage.entities import EntityStore


@pytest.fixture
def store(seeded_library):
    return EntityStore(seeded_library)


def mention(p, s, e, text, label="PERSON", pane="source", canonical=""):
    return EntityMention(p, s, e, text, label, pane, "test", canonical or text)


def test_mentions_round_trip_per_article_and_for_the_library(store):
    a = [
        mention(0, 61, 69, "סם אלטמן", canonical="Sam Altman"),
        mention(0, 25, 31, "OpenAI", "ORG"),
        mention(0, 4, 10, "Altman", pane="translation"),
    ]
    store.replace_mentions(1, a, "fp-1")
    store.replace_mentions(3, [mention(0, 42, 51, "Microsoft", "ORG")])
    got = store.mentions(1)
    # pane, then reading order
    assert [m.text for m in got] == ["OpenAI", "סם אלטמן", "Altman"]
    assert got[1] == a[0]  # every field survives, Hebrew text included
    assert set(store.mentions()) == {1, 3}
    assert store.mention_count() == 4
    assert store.fingerprint(1) == "fp-1" and store.fingerprint(3) is None
    assert store.fingerprints() == {1: "fp-1"}


def test_replace_is_all_or_nothing(store):
    store.replace_mentions(1, [mention(0, 25, 31, "OpenAI", "ORG")], "old")
    broken = [mention(0, 61, 69, "סם אלטמן"), EntityMention(0, 1, 2, None, "ORG")]  # text NOT NULL
    with pytest.raises(LibraryError):
        store.replace_mentions(1, broken, "new")
    assert [m.text for m in store.mentions(1)] == ["OpenAI"]
    assert store.fingerprint(1) == "old"
    store.replace_mentions(1, [], "empty")
    assert store.mentions(1) == [] and store.fingerprint(1) == "empty"


def test_deleting_an_article_deletes_its_entities(store, seeded_library):
    store.replace_mentions(2, [mention(0, 0, 3, "abc")], "fp")
    seeded_library.delete_article(2)
    assert store.mentions(2) == [] and store.fingerprint(2) is None


def test_forget_marks_stale(store):
    store.replace_mentions(1, [], "a")
    store.replace_mentions(2, [], "b")
    store.forget(1)
    assert store.fingerprints() == {2: "b"}
    store.forget()
    assert store.fingerprints() == {}


def test_corrections_in_order_and_undo(store, seeded_library):
    first = Correction("rename", ("sam altman",), name="Samuel Altman")
    second = Correction("merge", ("openai", "open ai"), name="OpenAI")
    third = Correction("split", ("microsoft",), name="Microsoft Ignite", surfaces=("Ignite",), articles=(1,))
    ids = [store.add_correction(c) for c in (first, second, third)]
    assert [c for _, c in store.corrections()] == [first, second, third]
    assert [i for i, _ in store.corrections()] == ids
    assert store.remove_correction(ids[1]) and not store.remove_correction(ids[1])
    assert store.undo_last_correction() == third
    assert [c for _, c in store.corrections()] == [first]
    # kept in the database, not in the object
    assert [c for _, c in EntityStore(seeded_library).corrections()] == [first]


def test_confidence_round_trip(store):
    sure = EntityMention(0, 25, 31, "OpenAI", "ORG", "source", "spacy-fr", "OpenAI", 0.96)
    guess = EntityMention(0, 4, 10, "Altman", "PERSON", "translation", "spacy-en", "Sam Altman", 0.51)
    store.replace_mentions(1, [sure, guess], "fp")
    assert [m.confidence for m in store.mentions(1)] == [0.96, 0.51]
    assert store.mentions()[1] == [sure, guess]


def test_a_database_from_before_confidence_migrates(data_dir):
    """A schema-4 library's mentions read back with confidence 1.0, and its
    articles are marked stale so the next recompute stores real confidences."""
    import sqlite3

    from reader.core.storage import Library
    from reader.core.storage import connection as connection_module
    from reader.core.storage.migrations import MIGRATIONS, SCHEMA_VERSION

    assert SCHEMA_VERSION >= 5
    data_dir.mkdir()
    original = connection_module.MIGRATIONS, connection_module.SCHEMA_VERSION
    connection_module.MIGRATIONS = {v: MIGRATIONS[v] for v in MIGRATIONS if v <= 4}
    connection_module.SCHEMA_VERSION = 4
    try:
        old = Library(data_dir)
        old.execute(
            "INSERT INTO articles(id, title, language, content_hash, imported_at, updated_at) "
            "VALUES (1, 't', 'fr', 'h', 'then', 'then')"
        )
        old.execute(
            "INSERT INTO entity_mentions(article_id, pane, paragraph, start, end, text, label, canonical, "
            "recogniser) VALUES (1, 'source', 0, 0, 6, 'Macron', 'PERSON', 'Emmanuel Macron', 'spacy-fr')"
        )
        old.execute("INSERT INTO entity_runs(article_id, fingerprint, computed_at) VALUES (1, 'fp', 'then')")
        assert old.schema_version() == 4
        old.close()
    finally:
        connection_module.MIGRATIONS, connection_module.SCHEMA_VERSION = original
    library = Library(data_dir)
    assert library.schema_version() == SCHEMA_VERSION
    store = EntityStore(library)
    [m] = store.mentions(1)
    assert (m.text, m.canonical, m.confidence) == ("Macron", "Emmanuel Macron", 1.0)
    assert store.fingerprints() == {}  # recognised again on the next recompute
    library.close()
    assert sqlite3.connect(data_dir / "library.sqlite3").execute(
        "SELECT confidence FROM entity_mentions"
    ).fetchall() == [(1.0,)]
