"""The library database: the one place that owns the SQL.

SQLite through sqlite-utils; WAL; foreign keys on; every change committed as
it is made. The schema is versioned by `migrations.MIGRATIONS`. Areas of the
app get their own store class in this package (articles here, annotations,
entities, translations...), all sharing one `Library` connection.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ArticleNotFound, LibraryError
from ..text import Article, Paragraph
from .migrations import MIGRATIONS, SCHEMA_VERSION

DB_FILENAME = "library.sqlite3"


def content_hash(paragraph_texts) -> str:
    """What makes two articles the same: their paragraphs' text."""
    import hashlib

    return hashlib.sha256("\n\n".join(paragraph_texts).encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def explain_sqlite_error(error: sqlite3.Error, path: Path) -> str:
    message = str(error).lower()
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (f"The library database {path} is damaged ({error}). Reader has not changed it. "
                "Move it aside (or restore a backup) and start Reader again to create a new one.")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return (f"The library database {path} cannot be written ({error}). "
                "Check the file and folder permissions, or start Reader with --data-dir on a writable folder. "
                "Nothing you do now can be saved.")
    if "full" in message:  # SQLITE_FULL: the disk (or the database's page limit) is full
        return (f"The disk holding the library database {path} is full ({error}). "
                "The last change was not saved; free some space and try again.")
    if "locked" in message or "busy" in message:
        return (f"The library database {path} is locked by another program ({error}). "
                "Close the other Reader window and try again.")
    return f"The library database {path} failed: {error}"


class Library:
    """An open library: a SQLite database file under the data directory."""

    def __init__(self, data_dir: Path | str, *, migrate: bool = True):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILENAME
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=5.0, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA synchronous = NORMAL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and mode[0].lower() != "wal" and self.path.exists():
                pass  # read-only media keep their journal mode; writes will say so
            self.conn = conn
            self._db = None
            if migrate:
                self._migrate()
        except sqlite3.Error as error:
            raise LibraryError(explain_sqlite_error(error, self.path)) from error
        except OSError as error:
            raise LibraryError(f"Cannot open the library folder {self.data_dir}: {error}") from error

    # --- plumbing -----------------------------------------------------------

    @property
    def db(self):
        """sqlite-utils view of the connection, created on first use: importing
        sqlite_utils costs ~0.1 s (it pulls numpy), too much before first paint."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def transaction(self):
        """`with lib.transaction():` one atomic, committed unit of work."""
        return _Transaction(self)

    def execute(self, sql: str, params: Any = ()) -> "ExplainedCursor":
        """Run one statement. Reading its rows is covered too: a damaged page
        is often met only while iterating (see ExplainedCursor)."""
        with explained(self.path):
            return ExplainedCursor(self.conn.execute(sql, params), self.path)

    def schema_version(self) -> int:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
        if not exists:
            return 0
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise LibraryError(
                f"The library at {self.path} was written by a newer Reader (schema {current}, "
                f"this version knows {SCHEMA_VERSION}). Update Reader to open it."
            )
        for version, statements in sorted(MIGRATIONS.items()):
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.conn.execute(sql)
                self.conn.execute(
                    "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)", (version, now_iso())
                )

    # --- settings (window geometry, last article, preferences) ---------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    # --- articles --------------------------------------------------------------

    def add_article(self, imported) -> tuple[int, str]:
        """Store an `ImportedArticle`. Returns (id, status) where status is
        'added', 'unchanged' (same content already stored), or 'updated'
        (same source file, new content: paragraphs replaced, id kept).
        Removed clutter the user restored before stays in the article."""
        from .clutter import ClutterStore

        clutter = ClutterStore(self)
        previous = self.execute(
            "SELECT id FROM articles WHERE source_path = ?", (imported.source_path,)).fetchone()
        if previous and getattr(imported, "removed_blocks", None):
            imported.restore(clutter.restored_hashes(previous[0]))
        content_hash = imported.content_hash
        same = self.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        if same:
            return same[0], "unchanged"
        existing = self.execute(
            "SELECT id FROM articles WHERE source_path = ?", (imported.source_path,)
        ).fetchone()
        row = {
            "title": imported.title,
            "language": imported.language,
            "date": imported.date,
            "source_path": imported.source_path,
            "encoding": imported.encoding,
            "content_hash": content_hash,
            "word_count": imported.word_count,
            "paragraph_count": len(imported.paragraphs),
            "sentence_count": sum(len(p.sentences) for p in imported.paragraphs),
            "updated_at": now_iso(),
        }
        with self.transaction():
            if existing:
                article_id, status = existing[0], "updated"
                self.db["articles"].update(article_id, row)
                self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
                self.conn.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))
                self.conn.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))
                self.conn.execute(
                    "UPDATE articles SET translation = NULL WHERE id = ?", (article_id,))
            else:
                row["imported_at"] = row["updated_at"]
                article_id, status = self.db["articles"].insert(row).last_pk, "added"
            self._insert_paragraphs(article_id, imported.paragraphs)
            clutter.replace_blocks(article_id, getattr(imported, "removed_blocks", []))
        return article_id, status

    def refresh_article_totals(self, article_id: int) -> None:
        """Recount an article's paragraphs, sentences and words and rehash its
        text after a paragraph was added (inside the caller's transaction)."""
        from ..text import count_words

        texts = [row[0] for row in self.conn.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", (article_id,))]
        sentences = self.conn.execute(
            "SELECT COUNT(*) FROM sentences WHERE article_id = ?", (article_id,)).fetchone()[0]
        self.conn.execute(
            "UPDATE articles SET content_hash = ?, paragraph_count = ?, sentence_count = ?, "
            "word_count = ?, updated_at = ? WHERE id = ?",
            (content_hash(texts), len(texts), sentences, sum(count_words(t) for t in texts), now_iso(),
             article_id))

    def _insert_paragraphs(self, article_id: int, paragraphs: list[Paragraph]) -> None:
        self.conn.executemany(
            "INSERT INTO paragraphs(article_id, idx, text) VALUES (?, ?, ?)",
            [(article_id, i, p.text) for i, p in enumerate(paragraphs)],
        )
        self.conn.executemany(
            "INSERT INTO sentences(article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)",
            [(article_id, i, j, s, e) for i, p in enumerate(paragraphs) for j, (s, e) in enumerate(p.sentences)],
        )

    def list_articles(self, ids: list[int] | None = None) -> list[dict]:
        """Article rows for lists (no text): id, title, language, date, counts,
        source_path, translated (provenance or None)."""
        sql = ("SELECT id, title, language, date, paragraph_count AS paragraphs, "
               "sentence_count AS sentences, word_count AS words, source_path, "
               "translation AS translated FROM articles")
        params: list = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        sql += " ORDER BY id"
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def article_count(self) -> int:
        return self.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def get_article(self, article_id: int) -> Article | None:
        row = self.execute(
            "SELECT id, title, language, date, source_path, translation FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if not row:
            return None
        paragraphs = [Paragraph(text) for (text,) in self.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", (article_id,))]
        for p, s, e in self.execute(
            "SELECT paragraph, start, end FROM sentences WHERE article_id = ? ORDER BY paragraph, idx",
            (article_id,),
        ):
            paragraphs[p].sentences.append((s, e))
        return Article(id=row[0], title=row[1], language=row[2], date=row[3],
                       source_path=row[4], translated=row[5], paragraphs=paragraphs)

    def set_article_language(self, article_id: int, language: str) -> None:
        """The user's override of the detected language; sentences re-split."""
        from ..text import split_sentences

        article = self.get_article(article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        with self.transaction():
            self.conn.execute("UPDATE articles SET language = ?, language_source = 'user', "
                              "translation = NULL, updated_at = ? WHERE id = ?",
                              (language, now_iso(), article_id))
            self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))
            paragraphs = [Paragraph(p.text, split_sentences(p.text, language)) for p in article.paragraphs]
            self.conn.executemany(
                "INSERT INTO sentences(article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)",
                [(article_id, i, j, s, e) for i, p in enumerate(paragraphs)
                 for j, (s, e) in enumerate(p.sentences)],
            )
            self.conn.execute("UPDATE articles SET sentence_count = ? WHERE id = ?",
                              (sum(len(p.sentences) for p in paragraphs), article_id))

    def delete_article(self, article_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def languages(self) -> set[str]:
        return {row[0] for row in self.execute("SELECT DISTINCT language FROM articles")}

    # --- translations ------------------------------------------------------------

    def save_translation(self, article_id: int, paragraph: int, sentences: list[str],
                         provenance: str) -> None:
        """Store the translation of one paragraph, sentence by sentence."""
        stamp = now_iso()
        with self.transaction():
            self.conn.execute("DELETE FROM translations WHERE article_id = ? AND paragraph = ?",
                              (article_id, paragraph))
            self.conn.executemany(
                "INSERT INTO translations(article_id, paragraph, sentence, text, provenance, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(article_id, paragraph, i, text, provenance, stamp) for i, text in enumerate(sentences)],
            )

    def mark_translated(self, article_id: int, provenance: str | None) -> None:
        self.execute("UPDATE articles SET translation = ? WHERE id = ?", (provenance, article_id))

    def get_translation(self, article_id: int) -> dict[int, tuple[list[str], str]]:
        """{paragraph: ([sentence translations], provenance)} for stored paragraphs."""
        result: dict[int, tuple[list[str], str]] = {}
        for paragraph, text, provenance in self.execute(
            "SELECT paragraph, text, provenance FROM translations WHERE article_id = ? "
            "ORDER BY paragraph, sentence", (article_id,)
        ):
            sentences, _ = result.get(paragraph, ([], provenance))
            sentences.append(text)
            result[paragraph] = (sentences, provenance)
        return result


class explained:
    """`with explained(path):` sqlite errors become a LibraryError with the
    explanation; so does text SQLite cannot store (lone surrogates from
    undecodable bytes), which would otherwise escape as UnicodeEncodeError."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, sqlite3.Error):
            raise LibraryError(explain_sqlite_error(exc, self.path)) from exc
        if isinstance(exc, UnicodeEncodeError):
            raise LibraryError(f"Text that is not valid Unicode (undecodable bytes: {exc.object[exc.start:exc.end]!r}) "
                               "cannot be stored; nothing was saved.") from exc
        return False


class ExplainedCursor:
    """A sqlite3 cursor whose fetches and iteration raise LibraryError."""

    def __init__(self, cursor: sqlite3.Cursor, path: Path):
        self._cursor = cursor
        self._path = path

    def __iter__(self):
        with explained(self._path):
            return iter(self._cursor.fetchall())

    def fetchone(self):
        with explained(self._path):
            return self._cursor.fetchone()

    def fetchall(self):
        with explained(self._path):
            return self._cursor.fetchall()

    def fetchmany(self, size: int = 1):
        with explained(self._path):
            return self._cursor.fetchmany(size)

    def __getattr__(self, name):  # description, lastrowid, rowcount
        return getattr(self._cursor, name)


class _Transaction:
    def __init__(self, library: Library):
        self.library = library

    def __enter__(self):
        try:
            self.library.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise LibraryError(explain_sqlite_error(error, self.library.path)) from error
        return self.library

    def __exit__(self, exc_type, exc, tb):
        conn = self.library.conn
        with explained(self.library.path):
            try:
                if exc_type is None:
                    conn.execute("COMMIT")
                    return False
            finally:
                # SQLite has already rolled back after some errors (SQLITE_FULL):
                # a second ROLLBACK would fail with "no transaction is active".
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            if exc is not None:
                raise exc
        return False
