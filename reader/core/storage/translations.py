"""Stored translations, sentence by sentence: the SQL behind `Library`'s
translation methods (table `translations`, `articles.translation`)."""

from __future__ import annotations

from .connection import Connection, now_iso


class TranslationQueries(Connection):
    """Translations of the library's articles (mixed into `storage.Library`)."""

    def save_translation(
        self, article_id: int, paragraph: int, sentences: list[str], provenance: str
    ) -> None:
        """Store the translation of one paragraph, sentence by sentence."""
        stamp = now_iso()
        with self.transaction():
            self.conn.execute(
                "DELETE FROM translations WHERE article_id = ? AND paragraph = ?", (article_id, paragraph)
            )
            self.conn.executemany(
                "INSERT INTO translations(article_id, paragraph, sentence, text, provenance, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(article_id, paragraph, i, text, provenance, stamp) for i, text in enumerate(sentences)],
            )

    def mark_translated(self, article_id: int, provenance: str | None) -> None:
        self.execute("UPDATE articles SET translation = ? WHERE id = ?", (provenance, article_id))

    def untranslated_by_language(self) -> dict[str, int]:
        """{language: number of articles with no translation yet}, English left out."""
        rows = self.execute(
            "SELECT language, COUNT(*) FROM articles WHERE translation IS NULL OR translation = '' "
            "GROUP BY language"
        ).fetchall()
        return {str(code): int(count) for code, count in rows if code and code != "en"}

    def get_translation(self, article_id: int) -> dict[int, tuple[list[str], str]]:
        """{paragraph: ([sentence translations], provenance)} for stored paragraphs."""
        result: dict[int, tuple[list[str], str]] = {}
        for paragraph, text, provenance in self.execute(
            "SELECT paragraph, text, provenance FROM translations WHERE article_id = ? "
            "ORDER BY paragraph, sentence",
            (article_id,),
        ):
            sentences, _ = result.get(paragraph, ([], provenance))
            sentences.append(text)
            result[paragraph] = (sentences, provenance)
        return result
