"""The two panes, their text and a place in them, each defined once.

Annotation offsets are code points inside one paragraph's text *as shown in a
pane*. The source pane shows the stored paragraph text; the translation pane
shows each paragraph's translated sentences, trimmed, joined by one space
(`reader.core.text.join_sentences`). Everything that stores, re-anchors,
exports or displays pane offsets goes through `PaneText`, so they can never
disagree.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar, overload

from .text import Article, Paragraph, join_sentences

if TYPE_CHECKING:
    from .storage import Library

SentenceSpans = Sequence[tuple[int, int]]
# A paragraph's translation as stored: its sentences and what translated them.
TranslationRow = tuple[Sequence[str], "str | None"]

T = TypeVar("T")


class Pane(StrEnum):
    """A column of the reading view. A StrEnum: equal to "source"/"translation"."""

    SOURCE = "source"
    TRANSLATION = "translation"

    @property
    def other(self) -> Pane:
        """The column beside this one."""
        return Pane.TRANSLATION if self is Pane.SOURCE else Pane.SOURCE


PANES: tuple[Pane, ...] = tuple(Pane)


def as_pane(value: str) -> Pane:
    """The Pane a stored or typed string names (ValueError for anything else)."""
    try:
        return Pane(value)
    except ValueError:
        raise ValueError(f"pane must be 'source' or 'translation', not {value!r}") from None


@dataclass(frozen=True, order=True)
class Span:
    """Code points [start, end) of one paragraph of one pane."""

    pane: Pane
    paragraph: int
    start: int
    end: int


class _Lazy(Sequence[T]):
    """A read-only sequence whose items are computed from their index when read."""

    def __init__(self, item: Callable[[int], T], count: int):
        self._item, self._count = item, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(self._count))]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._item(index % self._count)

    def __iter__(self) -> Iterator[T]:
        return (self._item(i) for i in range(self._count))


class _JoinedTranslation:
    """A translation pane's paragraphs, each joined from its sentences when
    first read; paragraphs that arrive later (a translation streaming in) are set."""

    def __init__(
        self,
        translation: Mapping[int, TranslationRow],
        count: int,
        stored_lengths: Callable[[], Mapping[int, int]] | None,
    ):
        self._translation, self.count, self._stored_lengths = translation, count, stored_lengths
        self._joined: dict[int, tuple[str, list[tuple[int, int]], str | None]] = {}
        self._arrived: set[int] = set()

    def get(self, index: int) -> tuple[str, list[tuple[int, int]], str | None]:
        if index not in self._joined:
            sentences, provenance = self._translation[index] if index in self._translation else ((), None)
            text, spans = join_sentences(list(sentences))
            self._joined[index] = (text, spans, provenance)
        return self._joined[index]

    def set(self, index: int, sentences: Sequence[str], provenance: str | None) -> None:
        text, spans = join_sentences(list(sentences))
        self._joined[index] = (text, spans, provenance)
        self._arrived.add(index)

    def has(self, index: int) -> bool:
        return index in self._arrived or index in self._translation

    def lengths(self) -> list[int]:
        if self._stored_lengths is None:
            return [len(self.get(i)[0]) for i in range(self.count)]
        stored = self._stored_lengths()
        return [
            len(self._joined[i][0]) if i in self._arrived else stored.get(i, 0) for i in range(self.count)
        ]


class PaneText:
    """One pane of one article: paragraph texts and sentence spans.

    For the translation pane, paragraphs that have no translation yet are
    empty strings with no sentences, so paragraph indexes match the source.
    Built from values already read (`from_article`, `from_translation`); over
    a stored article (`storage.reading`) each paragraph is read when first
    asked for. The reading view, annotations and entities share one PaneText
    per pane (`service.ArticleState`); a translation arriving paragraph by
    paragraph goes in with `set_paragraph`.
    """

    def __init__(
        self,
        paragraphs: Sequence[str],
        sentences: Sequence[SentenceSpans],
        provenance: Sequence[str | None] | None = None,
        lengths: Callable[[], Sequence[int]] | None = None,
    ):
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.provenance: Sequence[str | None] = provenance or [None] * len(paragraphs)
        self._lengths = lengths
        self._translation: _JoinedTranslation | None = None

    @classmethod
    def from_article(cls, article: Article) -> PaneText:
        """The source pane of an article (its paragraphs as stored)."""
        paragraphs: Sequence[Paragraph] = article.paragraphs
        count = len(paragraphs)
        stored_lengths = getattr(paragraphs, "text_lengths", None)  # storage.reading.StoredParagraphs
        return cls(
            _Lazy(lambda p: paragraphs[p].text, count),
            _Lazy(lambda p: paragraphs[p].sentences, count),
            lengths=stored_lengths,
        )

    @classmethod
    def from_translation(
        cls,
        article: Article,
        translation: Mapping[int, TranslationRow],
        lengths: Callable[[], Mapping[int, int]] | None = None,
    ) -> PaneText:
        """The translation pane: `translation` maps a paragraph to its
        (sentences, provenance), as `Library.get_translation` or
        `StoredTranslation.rows()` give them; each paragraph is joined once.
        `lengths` gives {paragraph: length} without the text (a stored translation's)."""
        count = len(article.paragraphs)
        if isinstance(translation, dict) and translation:  # all read: may reach past a shortened article
            count = max(count, max(translation) + 1)
        joined = _JoinedTranslation(translation, count, lengths)
        pane = cls(
            _Lazy(lambda p: joined.get(p)[0], count),
            _Lazy(lambda p: joined.get(p)[1], count),
            _Lazy(lambda p: joined.get(p)[2], count),
            lengths=joined.lengths,
        )
        pane._translation = joined
        return pane

    def set_paragraph(self, paragraph: int, sentences: Sequence[str], provenance: str | None) -> None:
        """A paragraph's translation arrived (translation pane only)."""
        if self._translation is None:
            raise TypeError("only a translation pane takes new paragraphs")
        if 0 <= paragraph < self._translation.count:
            self._translation.set(paragraph, sentences, provenance)

    def has_text(self, paragraph: int) -> bool:
        """The paragraph is there: always in the source pane; in the
        translation pane once it is translated (its text may still be "")."""
        if self._translation is not None:
            return self._translation.has(paragraph)
        return 0 <= paragraph < len(self.paragraphs)

    @classmethod
    def load(
        cls,
        library: Library,
        article_id: int,
        pane: str,
        article: Article | None = None,
        translation: Mapping[int, TranslationRow] | None = None,
    ) -> PaneText:
        """Read a pane from the library (pass `article`/`translation` if already loaded)."""
        which = as_pane(pane)
        article = article or library.get_article(article_id)
        if article is None:
            return cls([], [])
        if which is Pane.SOURCE:
            return cls.from_article(article)
        return cls.from_translation(
            article, library.get_translation(article_id) if translation is None else translation
        )

    @property
    def empty(self) -> bool:
        return not any(self.paragraphs)

    def text(self, paragraph: int) -> str:
        return self.paragraphs[paragraph] if 0 <= paragraph < len(self.paragraphs) else ""

    def spans(self, paragraph: int) -> SentenceSpans:
        return self.sentences[paragraph] if 0 <= paragraph < len(self.sentences) else []

    def sentence_text(self, paragraph: int, index: int) -> str:
        s, e = self.sentences[paragraph][index]
        return self.paragraphs[paragraph][s:e]

    def text_lengths(self) -> Sequence[int]:
        """Code points of every paragraph; a stored article's are read
        without the text (for the reading view's height estimates)."""
        if self._lengths is not None:
            return self._lengths()
        return [len(text) for text in self.paragraphs]

    def sentence_range(self, paragraph: int, start: int, end: int) -> tuple[int, int] | None:
        """Indexes (first, last) of the sentences that [start, end) touches, or None."""
        if not 0 <= paragraph < len(self.sentences) or not self.sentences[paragraph]:
            return None
        spans = self.sentences[paragraph]
        ends = [e for _, e in spans]
        # First sentence ending after `start` (a quote in the gap between two
        # sentences belongs to the next one).
        first = min(bisect_right(ends, start), len(spans) - 1)
        last = first
        while last + 1 < len(spans) and spans[last + 1][0] < end:
            last += 1
        return first, last

    def find(self, quote: str) -> list[tuple[int, int]]:
        """(paragraph, start) of every occurrence of `quote`, in reading order
        (overlapping occurrences count: "aa" occurs twice in "aaa")."""
        found = []
        for index, text in enumerate(self.paragraphs):
            start = text.find(quote)
            while start != -1:
                found.append((index, start))
                start = text.find(quote, start + 1)
        return found
