"""Articles, their paragraphs and sentences: the SQL behind `Library`'s
article methods (tables `articles`, `paragraphs`, `sentences`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from ..errors import ArticleNotFound
from ..text import Article, Paragraph
from .connection import Connection, now_iso


def content_hash(paragraph_texts: Iterable[str]) -> str:
    """What makes two articles the same: their paragraphs' text."""
    import hashlib  # here: it loads OpenSSL, which opening the library does not need

    return hashlib.sha256("\n\n".join(paragraph_texts).encode("utf-8")).hexdigest()


class StorableArticle(Protocol):
    """What `add_article` stores (`importer.ImportedArticle`)."""

    title: str
    language: str
    date: str | None
    source_path: str | None  # None for pasted text
    encoding: str
    paragraphs: list[Paragraph]

    @property
    def content_hash(self) -> str: ...

    @property
    def word_count(self) -> int: ...


class ArticleQueries(Connection):
    """Articles of the library (mixed into `storage.Library`)."""

    def add_article(self, imported: StorableArticle) -> tuple[int, str]:
        """Store an `ImportedArticle`. Returns (id, status) where status is
        'added', 'unchanged' (same content already stored), or 'updated'
        (same source file, new content: paragraphs replaced, id kept).
        Removed clutter the user restored before stays in the article."""
        from .clutter import ClutterStore

        clutter = ClutterStore(self)  # type: ignore[arg-type]  # self is a Library
        previous = self.execute(
            "SELECT id FROM articles WHERE source_path = ?", (imported.source_path,)
        ).fetchone()
        if previous and getattr(imported, "removed_blocks", None):
            imported.restore(clutter.restored_hashes(previous[0]))  # type: ignore[attr-defined]
        # (what restore leaves: the blocks the user never put back)
        removed_blocks: list[Any] = getattr(imported, "removed_blocks", None) or []
        digest = imported.content_hash
        same = self.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        if same:
            return int(same[0]), "unchanged"
        existing = self.execute(
            "SELECT id FROM articles WHERE source_path = ?", (imported.source_path,)
        ).fetchone()
        row: dict[str, Any] = {
            "title": imported.title,
            "language": imported.language,
            "date": imported.date,
            "source_path": imported.source_path,
            "encoding": imported.encoding,
            "content_hash": digest,
            "word_count": imported.word_count,
            "paragraph_count": len(imported.paragraphs),
            "sentence_count": sum(len(p.sentences) for p in imported.paragraphs),
            "updated_at": now_iso(),
        }
        with self.transaction():
            if existing:
                article_id, status = int(existing[0]), "updated"
                self.db["articles"].update(article_id, row)  # type: ignore[union-attr]
                self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
                self.conn.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))
                self.conn.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))
                self.conn.execute("UPDATE articles SET translation = NULL WHERE id = ?", (article_id,))
            else:
                row["imported_at"] = row["updated_at"]
                article_id = int(self.db["articles"].insert(row).last_pk)  # type: ignore[union-attr, arg-type]
                status = "added"
            self._insert_paragraphs(article_id, imported.paragraphs)
            clutter.replace_blocks(article_id, removed_blocks)
        return article_id, status

    def refresh_article_totals(self, article_id: int) -> None:
        """Recount an article's paragraphs, sentences and words and rehash its
        text after a paragraph was added (inside the caller's transaction)."""
        from ..text import count_words

        texts = [
            row[0]
            for row in self.conn.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        sentences = self.conn.execute(
            "SELECT COUNT(*) FROM sentences WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
        self.conn.execute(
            "UPDATE articles SET content_hash = ?, paragraph_count = ?, sentence_count = ?, "
            "word_count = ?, updated_at = ? WHERE id = ?",
            (
                content_hash(texts),
                len(texts),
                sentences,
                sum(count_words(t) for t in texts),
                now_iso(),
                article_id,
            ),
        )

    def _insert_paragraphs(self, article_id: int, paragraphs: Sequence[Paragraph]) -> None:
        self.conn.executemany(
            "INSERT INTO paragraphs(article_id, idx, text) VALUES (?, ?, ?)",
            [(article_id, i, p.text) for i, p in enumerate(paragraphs)],
        )
        self.conn.executemany(
            "INSERT INTO sentences(article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)",
            [
                (article_id, i, j, s, e)
                for i, p in enumerate(paragraphs)
                for j, (s, e) in enumerate(p.sentences)
            ],
        )

    def list_articles(self, ids: list[int] | None = None) -> list[dict[str, Any]]:
        """Article rows for lists (no text): id, title, language, date, counts,
        source_path, translated (provenance or None)."""
        sql = (
            "SELECT id, title, language, date, paragraph_count AS paragraphs, "
            "sentence_count AS sentences, word_count AS words, source_path, "
            "translation AS translated FROM articles"
        )
        params: list[int] = []
        if ids is not None:
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        sql += " ORDER BY id"
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def article_count(self) -> int:
        return int(self.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def article_ids(self) -> list[int]:
        """Every article's id, ascending (the order of `list_articles`)."""
        return [row[0] for row in self.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def get_article(self, article_id: int) -> Article | None:
        row = self.execute(
            "SELECT id, title, language, date, source_path, translation FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if not row:
            return None
        paragraphs = [
            Paragraph(text)
            for (text,) in self.execute(
                "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        for p, s, e in self.execute(
            "SELECT paragraph, start, end FROM sentences WHERE article_id = ? ORDER BY paragraph, idx",
            (article_id,),
        ):
            paragraphs[p].sentences.append((s, e))
        return Article(
            id=row[0],
            title=row[1],
            language=row[2],
            date=row[3],
            source_path=row[4],
            translated=row[5],
            paragraphs=paragraphs,
        )

    def set_article_language(
        self, article_id: int, language: str, sentences: Sequence[Sequence[tuple[int, int]]]
    ) -> None:
        """The user's override of the detected language, with each
        paragraph's sentences split in it (`service.set_article_language`);
        the translation, in the old language's sentences, is dropped."""
        with self.transaction():
            changed = self.conn.execute(
                "UPDATE articles SET language = ?, language_source = 'user', "
                "translation = NULL, updated_at = ? WHERE id = ?",
                (language, now_iso(), article_id),
            ).rowcount
            if not changed:
                raise ArticleNotFound(article_id)
            self.conn.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))
            self.conn.executemany(
                "INSERT INTO sentences(article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)",
                [
                    (article_id, i, j, s, e)
                    for i, spans in enumerate(sentences)
                    for j, (s, e) in enumerate(spans)
                ],
            )
            self.conn.execute(
                "UPDATE articles SET sentence_count = ? WHERE id = ?",
                (sum(len(spans) for spans in sentences), article_id),
            )

    def delete_article(self, article_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def languages(self) -> set[str]:
        return {row[0] for row in self.execute("SELECT DISTINCT language FROM articles")}
