import os
import sqlite3

import pytest
from conftest import SEEDS, seed_path

from reader.core.importer import import_file
from reader.core.library import import_into
from reader.core.storage import Library, LibraryError
from reader.core.storage.migrations import SCHEMA_VERSION


def test_migration_from_an_empty_database(data_dir):
    data_dir.mkdir()
    sqlite3.connect(data_dir / "library.sqlite3").close()  # an empty file
    library = Library(data_dir)
    assert library.schema_version() == SCHEMA_VERSION
    assert {"articles", "paragraphs", "sentences", "translations", "annotations"} <= set(
        library.db.table_names()
    )
    assert library.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert library.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    library.close()
    assert Library(data_dir).schema_version() == SCHEMA_VERSION  # reopening migrates nothing


def test_seeding_happens_once_and_reimport_is_idempotent(seeded_library):
    assert seeded_library.article_count() == 5
    results = list(import_into(seeded_library, [SEEDS]))
    assert {r.status for r in results} == {"unchanged"}
    assert seeded_library.article_count() == 5
    paragraphs = seeded_library.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0]
    list(import_into(seeded_library, [SEEDS]))
    assert seeded_library.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0] == paragraphs


def test_articles_paragraphs_and_sentences_round_trip(seeded_library):
    stored = seeded_library.get_article(3)
    fresh = import_file(seed_path("002"))
    assert stored.language == "ar"
    assert [p.text for p in stored.paragraphs] == [p.text for p in fresh.paragraphs]
    assert [p.sentences for p in stored.paragraphs] == [p.sentences for p in fresh.paragraphs]
    row = seeded_library.list_articles([3])[0]
    assert row["sentences"] == stored.sentence_count and row["words"] == fresh.word_count


def test_changed_file_updates_the_same_article(library, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Sam Altman rejoint Microsoft. Satya Nadella l'annonce lundi matin.", encoding="utf-8")
    (first,) = import_into(library, [path])
    path.write_text("Sam Altman rejoint Microsoft. Satya Nadella l'a annoncé lundi.", encoding="utf-8")
    (second,) = import_into(library, [path])
    assert (first.status, second.status) == ("added", "updated")
    assert first.article_id == second.article_id and library.article_count() == 1
    assert "annoncé" in library.get_article(first.article_id).paragraphs[0].text


def test_language_override_resplits(seeded_library):
    from reader.core.errors import ArticleNotFound
    from reader.core.service import ReaderService

    ReaderService(seeded_library).set_article_language(5, "en")
    article = seeded_library.get_article(5)
    assert article.language == "en" and article.sentence_count > 0
    assert seeded_library.list_articles([5])[0]["language"] == "en"
    with pytest.raises(ArticleNotFound):
        seeded_library.set_article_language(99, "en", [])


def test_translation_storage(seeded_library):
    seeded_library.save_translation(1, 0, ["One.", "Two."], "he_en@1.5")
    seeded_library.mark_translated(1, "he_en@1.5")
    assert seeded_library.get_translation(1) == {0: (["One.", "Two."], "he_en@1.5")}
    assert seeded_library.list_articles([1])[0]["translated"] == "he_en@1.5"


def test_damaged_database_gives_a_clear_message(data_dir):
    data_dir.mkdir()
    (data_dir / "library.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="damaged"):
        Library(data_dir)
    assert (data_dir / "library.sqlite3").read_bytes() == b"this is not sqlite" * 100  # untouched


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_gives_a_clear_message(seeded_library, data_dir):
    seeded_library.close()
    for path in data_dir.iterdir():
        path.chmod(0o444)
    data_dir.chmod(0o555)
    try:
        with pytest.raises(LibraryError, match="cannot be written|read"):
            library = Library(data_dir)
            library.set_setting("x", 1)
    finally:
        data_dir.chmod(0o755)


def test_write_refused_by_sqlite_becomes_a_clear_message(seeded_library):
    # Works as root too: SQLite itself refuses the write.
    seeded_library.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(LibraryError, match="cannot be written"):
        seeded_library.set_setting("last_article", 2)
    with pytest.raises(LibraryError, match="cannot be written"):
        seeded_library.save_translation(1, 0, ["x"], "p@1")


def _old_library_with_seeds(data_dir, version: int) -> None:
    """A library written by a Reader whose schema stopped at `version`,
    holding the five sample articles (stored with that schema's columns)."""
    from reader.core.storage import migrations

    data_dir.mkdir()
    migrations_module = __import__("reader.core.storage.connection", fromlist=["MIGRATIONS"])
    original = migrations.MIGRATIONS
    migrations_module.MIGRATIONS = {v: original[v] for v in original if v <= version}
    migrations_module.SCHEMA_VERSION = version
    try:
        old = Library(data_dir)
        for number, path in enumerate(sorted(SEEDS.glob("*.txt")), 1):
            article = import_file(path)
            article.restore({b.text_hash for b in article.removed_blocks})  # no clutter removal then
            old.execute(
                "INSERT INTO articles(id, title, language, content_hash, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'then', 'then')",
                (number, article.title, article.language, article.content_hash),
            )
            old.conn.executemany(
                "INSERT INTO paragraphs(article_id, idx, text) VALUES (?, ?, ?)",
                [(number, i, p.text) for i, p in enumerate(article.paragraphs)],
            )
        assert old.schema_version() == version
        old.close()
    finally:
        migrations_module.MIGRATIONS, migrations_module.SCHEMA_VERSION = original, SCHEMA_VERSION


def test_migration_from_version_1_keeps_the_data(data_dir):
    _old_library_with_seeds(data_dir, 1)
    library = Library(data_dir)
    assert library.schema_version() == SCHEMA_VERSION
    assert "entity_runs" in library.db.table_names()
    assert library.article_count() == 5


def test_migration_from_version_2_adds_removed_clutter_and_keeps_the_data(data_dir):
    _old_library_with_seeds(data_dir, 2)
    library = Library(data_dir)
    assert library.schema_version() == SCHEMA_VERSION
    assert {"removed_blocks", "restored_blocks"} <= set(library.db.table_names())
    assert library.article_count() == 5
    # An article from before the migration has no removed blocks; a
    # re-import fills them in and keeps its id.
    from reader.core.storage.clutter import ClutterStore

    assert ClutterStore(library).blocks(2) == []
    library.execute("UPDATE articles SET source_path = ? WHERE id = 2", (str(seed_path("001").resolve()),))
    [result] = import_into(library, [seed_path("001")])
    assert (result.article_id, result.status) == (2, "updated")
    assert any(b.text.startswith("צילום:") for b in ClutterStore(library).blocks(2))
