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
