"""An article read a part at a time, for the reading view.

The view lays out a window of a long article, so opening one must not read
all of it: `open_article` gives an Article whose paragraphs, and
`open_translation` a translation whose paragraphs, are fetched from the
library a chunk at a time when first read. What the view needs about the
whole article (how long each paragraph is, to estimate its height) is read
without the text. Reading every paragraph (iterating) still works.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, overload

from ..text import Article, Paragraph

if TYPE_CHECKING:
    from .connection import Connection

CHUNK = 64  # paragraphs per read: a screen or two


def open_article(library: Connection, article_id: int) -> Article | None:
    row = library.execute(
        "SELECT id, title, language, date, source_path, translation, sentence_count, "
        "(SELECT COUNT(*) FROM paragraphs WHERE article_id = articles.id) FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if not row:
        return None
    return Article(
        id=row[0],
        title=row[1],
        language=row[2],
        date=row[3],
        source_path=row[4],
        translated=row[5],
        paragraphs=StoredParagraphs(library, article_id, row[7], row[6]),
    )


class StoredParagraphs(Sequence[Paragraph]):
    """An article's paragraphs, read from the library CHUNK at a time."""

    def __init__(self, library: Connection, article_id: int, count: int, sentence_total: int):
        self._library, self._article_id, self._count = library, article_id, count
        self.sentence_total = sentence_total  # kept by the library with the article (articles.sentence_count)
        self._chunks: dict[int, list[Paragraph]] = {}
        self._lengths: list[int] | None = None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...

    @overload
    def __getitem__(self, index: slice) -> list[Paragraph]: ...

    def __getitem__(self, index: int | slice) -> Paragraph | list[Paragraph]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        index %= self._count
        return self._chunk(index // CHUNK)[index % CHUNK]

    def __iter__(self) -> Iterator[Paragraph]:
        for chunk in range((self._count + CHUNK - 1) // CHUNK):
            yield from self._chunk(chunk)

    def _chunk(self, chunk: int) -> list[Paragraph]:
        if chunk not in self._chunks:
            start = chunk * CHUNK
            stop = min(self._count, start + CHUNK)
            paragraphs = {
                idx: Paragraph(text)
                for idx, text in self._library.execute(
                    "SELECT idx, text FROM paragraphs WHERE article_id = ? AND idx >= ? AND idx < ?",
                    (self._article_id, start, stop),
                )
            }
            for p, s, e in self._library.execute(
                "SELECT paragraph, start, end FROM sentences WHERE article_id = ? AND paragraph >= ? "
                "AND paragraph < ? ORDER BY paragraph, idx",
                (self._article_id, start, stop),
            ):
                if p in paragraphs:
                    paragraphs[p].sentences.append((s, e))
            # (A paragraph gone since the article was opened reads as empty.)
            self._chunks[chunk] = [paragraphs.get(i) or Paragraph("") for i in range(start, stop)]
        return self._chunks[chunk]

    def text_lengths(self) -> list[int]:
        """Code points of every paragraph, without reading the text into Python."""
        if self._lengths is None:
            lengths = [
                n
                for (n,) in self._library.execute(
                    "SELECT length(text) FROM paragraphs WHERE article_id = ? ORDER BY idx",
                    (self._article_id,),
                )
            ]
            self._lengths = (lengths + [0] * self._count)[: self._count]  # (indexes run 0..count-1)
        return self._lengths

    def sentences_before(self, paragraph: int) -> int:
        """Sentences in the paragraphs before this one."""
        return int(
            self._library.execute(
                "SELECT COUNT(*) FROM sentences WHERE article_id = ? AND paragraph < ?",
                (self._article_id, paragraph),
            ).fetchone()[0]
        )

    def sentence_counts(self) -> list[int]:
        """Sentences of every paragraph."""
        counts = dict(
            self._library.execute(
                "SELECT paragraph, COUNT(*) FROM sentences WHERE article_id = ? GROUP BY paragraph",
                (self._article_id,),
            ).fetchall()
        )
        return [counts.get(i, 0) for i in range(self._count)]


def open_translation(
    library: Connection, article_id: int, paragraph_count: int | None = None
) -> StoredTranslation:
    """`paragraph_count` (the article's), when known, spares a query: a
    short article's first chunk says whether it has any translation."""
    return StoredTranslation(library, article_id, paragraph_count)


class StoredTranslation(Mapping[int, list[str]]):
    """{paragraph: [translated sentences]} of an article, read CHUNK
    paragraphs at a time (a paragraph without a translation is not a key)."""

    def __init__(self, library: Connection, article_id: int, paragraph_count: int | None = None):
        self._library, self._article_id, self._count = library, article_id, paragraph_count
        self._chunks: dict[int, dict[int, list[str]]] = {}
        self._provenance: dict[int, str] = {}  # paragraph -> what translated it, for read chunks
        self._keys: list[int] | None = None

    def _chunk(self, chunk: int) -> dict[int, list[str]]:
        if chunk not in self._chunks:
            found: dict[int, list[str]] = {}
            for paragraph, text, provenance in self._library.execute(
                "SELECT paragraph, text, provenance FROM translations WHERE article_id = ? AND paragraph >= ? "
                "AND paragraph < ? ORDER BY paragraph, sentence",
                (self._article_id, chunk * CHUNK, (chunk + 1) * CHUNK),
            ):
                found.setdefault(paragraph, []).append(text)
                self._provenance[paragraph] = provenance
            self._chunks[chunk] = found
        return self._chunks[chunk]

    def rows(self) -> Mapping[int, tuple[list[str], str | None]]:
        """The same paragraphs as {paragraph: (sentences, provenance)}, the
        shape of `Library.get_translation` (for `panes.PaneText.from_translation`)."""
        return _TranslationRows(self)

    def __getitem__(self, paragraph: int) -> list[str]:
        if not isinstance(paragraph, int) or paragraph < 0:
            raise KeyError(paragraph)
        return self._chunk(paragraph // CHUNK)[paragraph]

    def __contains__(self, paragraph: object) -> bool:
        return isinstance(paragraph, int) and paragraph >= 0 and paragraph in self._chunk(paragraph // CHUNK)

    def __iter__(self) -> Iterator[int]:
        if self._keys is None:
            self._keys = [
                p
                for (p,) in self._library.execute(
                    "SELECT DISTINCT paragraph FROM translations WHERE article_id = ? ORDER BY paragraph",
                    (self._article_id,),
                )
            ]
        return iter(self._keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:
        # The first chunk is what the view shows first: read it rather than ask twice.
        if self._chunk(0):
            return True
        if self._count is not None and self._count <= CHUNK:
            return False
        return (
            self._library.execute(
                "SELECT 1 FROM translations WHERE article_id = ? LIMIT 1", (self._article_id,)
            ).fetchone()
            is not None
        )

    def text_lengths(self) -> dict[int, int]:
        """{paragraph: code points of its sentences plus one per sentence}
        (the length of the joined text, near enough), without the text."""
        return dict(
            self._library.execute(
                "SELECT paragraph, SUM(length(text)) + COUNT(*) FROM translations WHERE article_id = ? "
                "GROUP BY paragraph",
                (self._article_id,),
            ).fetchall()
        )

    def provenances(self) -> set[str]:
        if self._count is not None and self._count <= CHUNK:  # one chunk holds them all
            self._chunk(0)
            return set(self._provenance.values())
        return {
            p
            for (p,) in self._library.execute(
                "SELECT DISTINCT provenance FROM translations WHERE article_id = ?", (self._article_id,)
            )
        }


class _TranslationRows(Mapping[int, tuple[list[str], "str | None"]]):
    """StoredTranslation with each paragraph's provenance (see StoredTranslation.rows)."""

    def __init__(self, translation: StoredTranslation):
        self._translation = translation

    def __getitem__(self, paragraph: int) -> tuple[list[str], str | None]:
        sentences = self._translation[paragraph]
        return sentences, self._translation._provenance.get(paragraph)

    def __contains__(self, paragraph: object) -> bool:
        return paragraph in self._translation

    def __iter__(self) -> Iterator[int]:
        return iter(self._translation)

    def __len__(self) -> int:
        return len(self._translation)
