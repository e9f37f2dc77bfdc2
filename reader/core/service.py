"""The one API the command line and the window call (Qt-free, no SQL).

    service = ReaderService(library)
    state = service.open_article(article_id)     # everything a front end shows
    service.annotate(article_id, Pane.SOURCE, quote="...", note="...")
    service.translate(article_id, on_paragraph=...)
    service.import_paths([...]); service.export("csv", out)

A service wraps one open `Library` (one SQLite connection): background work
on another thread makes its own, `ReaderService(Library(data_dir))`.
Opening an article reads each table at most once (tests/core/test_service.py
counts); a long article's paragraphs are read as they are shown
(`storage.reading`), through the same `PaneText` the view, the annotations
and the entities use.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .errors import AmbiguousQuote, ArticleNotFound, BadInput, QuoteNotFound, TranslationMissing, UsageError
from .panes import Pane, PaneText, Span, as_pane
from .storage import Library
from .storage.reading import StoredTranslation, open_article, open_translation
from .text import Article

if TYPE_CHECKING:
    from .article_translation import ArticleTranslation
    from .entities import EntityMention
    from .library import ImportResult
    from .packs import PackManager, Route
    from .sources import Pasted
    from .storage.annotations import Annotation
    from .storage.sessions import ReadingPosition


@dataclass
class ArticleState:
    """What a front end shows for one open article, read once."""

    article: Article
    source: PaneText
    translation: PaneText  # empty paragraphs where nothing is translated yet
    stored_translation: StoredTranslation  # the sentences PaneText `translation` joins, read as shown
    translated: bool  # any paragraph has a stored translation
    provenances: list[str]  # what translated it (e.g. "he_en@1.5"); one when complete
    route: Route | None  # the installed packs that would translate it now
    missing_pack: str | None  # why it cannot be translated (PackManager.missing_message), else None
    read_annotations: Callable[[], list[Annotation]] = field(repr=False, compare=False)
    read_position: Callable[[], ReadingPosition | None] = field(repr=False, compare=False)
    read_entities: Callable[[], list[EntityMention]] = field(repr=False, compare=False)

    @cached_property
    def annotations(self) -> list[Annotation]:
        """The article's annotations, read on first use: the annotations
        feature asks after the window's first paint, which then need not load
        the annotation store."""
        return self.read_annotations()

    @cached_property
    def position(self) -> ReadingPosition | None:
        """Where the reader left the article (None if never opened), read on
        first use: the features that ask start after the window's first paint,
        which then need not load the sessions store (its module ~2.5 ms)."""
        return self.read_position()

    @cached_property
    def entities(self) -> list[EntityMention]:
        """The article's entity mentions, corrections applied (rejected ones
        gone). Read on first use, not with the article: they need the library's
        entity index grouped, which painting the article does not."""
        return self.read_entities()

    def pane(self, pane: str) -> PaneText:
        return self.source if as_pane(pane) is Pane.SOURCE else self.translation


class ReaderService:
    """Reader's operations on one library."""

    def __init__(self, library: Library, packs: PackManager | None = None):
        self.library = library
        self._packs = packs

    @property
    def packs(self) -> PackManager:
        if self._packs is None:
            from .packs import PackManager

            self._packs = PackManager(self.library.data_dir)
        return self._packs

    # --- reading ------------------------------------------------------------------

    def open_article(self, article_id: int) -> ArticleState:
        """The article with both panes, its translation route, annotations,
        reading position and (read when first asked for) entity mentions.
        Raises ArticleNotFound."""
        article = open_article(self.library, article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        stored = open_translation(self.library, article_id, len(article.paragraphs))
        # A complete translation is of one provenance, kept on the article row:
        # only a partial one needs the translations table read for it.
        translated = article.translated is not None or bool(stored)
        provenances = (
            [article.translated] if article.translated else sorted(stored.provenances()) if translated else []
        )
        route, missing = self.translation_route(article.language)
        return ArticleState(
            article=article,
            source=PaneText.from_article(article),
            translation=PaneText.from_translation(article, stored.rows(), stored.text_lengths),
            stored_translation=stored,
            translated=translated,
            provenances=provenances,
            route=route,
            missing_pack=missing,
            read_annotations=lambda: self._annotations(article_id),
            read_position=lambda: self._reading_position(article_id),
            read_entities=lambda: self.entity_mentions(article_id),
        )

    def _annotations(self, article_id: int) -> list[Annotation]:
        from .storage.annotations import AnnotationStore

        return AnnotationStore(self.library).list(article_id)

    def _reading_position(self, article_id: int) -> ReadingPosition | None:
        from .storage.sessions import SessionStore

        return SessionStore(self.library).position(article_id)

    def translation_route(self, language: str) -> tuple[Route | None, str | None]:
        """(route, None) when installed packs translate `language` into
        English, else (None, what to install); (None, None) for English."""
        if language == "en":
            return None, None
        route = self.packs.find_route(language, "en")
        return route, None if route is not None else self.packs.missing_message(language)

    def entity_mentions(self, article_id: int) -> list[EntityMention]:
        """An article's stored entity mentions, corrections applied, from its
        own rows: grouping the library's index takes seconds on a large one,
        so the window's entity job does that off the UI thread."""
        from . import entity_service

        return entity_service.article_mentions_alone(self.library, article_id)

    def pane_text(self, article_id: int, pane: str) -> PaneText:
        """One pane of a stored article, read in full."""
        article = self.library.get_article(article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        if as_pane(pane) is Pane.SOURCE:
            return PaneText.from_article(article)
        return PaneText.from_translation(article, self.library.get_translation(article_id))

    def set_article_language(self, article_id: int, language: str) -> None:
        """The user's override of the detected language: sentences split
        again in it, the old translation dropped."""
        from .text import split_sentences

        article = self.library.get_article(article_id)
        if article is None:
            raise ArticleNotFound(article_id)
        self.library.set_article_language(
            article_id, language, [split_sentences(p.text, language) for p in article.paragraphs]
        )

    # --- annotating ---------------------------------------------------------------

    def annotate(
        self,
        article_id: int,
        pane: str,
        *,
        quote: str | None = None,
        span: Span | None = None,
        occurrence: int | None = None,
        note: str = "",
        tags: Iterable[str] = (),
        color: str | None = None,
        text: PaneText | None = None,
    ) -> Annotation:
        """Annotate a passage, given as its `quote` (the `occurrence`-th, from
        1, in reading order; required when the quote occurs more than once)
        or as a `span`, in a colour of the palette (default: its default
        colour). `text` is the pane's text when the caller has it (an open
        ArticleState), else it is read. Committed when it returns."""
        from .storage.annotations import DEFAULT_COLOR, AnnotationStore, load_palette

        color = DEFAULT_COLOR if color is None else color
        which = as_pane(pane)
        if color not in load_palette():
            raise UsageError(f"unknown colour '{color}': use one of {', '.join(load_palette())}")
        if text is None:
            text = self.pane_text(article_id, which)
        if span is None:
            if quote is None:
                raise UsageError("name the passage: a quote or a span")
            if which is Pane.TRANSLATION and text.empty:
                raise TranslationMissing(article_id)
            span = find_quote(text, which, quote, occurrence, article_id=article_id)
        elif span.pane != which:
            raise UsageError(f"the span is in the {span.pane} pane, not the {which} pane")
        return AnnotationStore(self.library).create(
            article_id, which, span.paragraph, span.start, span.end, text, note=note, tags=tags, color=color
        )

    # --- translating, importing, exporting ------------------------------------------------

    def translate(
        self,
        article_id: int,
        *,
        on_paragraph: Callable[[int, list[str]], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
        force: bool = False,
    ) -> ArticleTranslation:
        """Translate an article with the installed packs (or reuse its cached
        translation). Raises ArticleNotFound, PackMissing, TranslationCancelled."""
        from .article_translation import translate_article

        return translate_article(
            self.library,
            self.packs,
            article_id,
            on_paragraph=on_paragraph,
            on_progress=on_progress,
            cancel=cancel,
            force=force,
        )

    def import_paths(
        self,
        sources: Iterable[Path | str | Pasted],
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Iterator[ImportResult]:
        """Import files, folders, web addresses (fetched because the user
        named them) or pasted text; one result per article, stored as it comes."""
        from .library import store_outcomes
        from .sources import import_sources

        return store_outcomes(self.library, import_sources(sources, cancelled, progress))

    def export(
        self,
        kind: str,
        out: str | PathLike[str] | TextIO,
        article_ids: Sequence[int] | None = None,
        tags: Sequence[str] | None = None,
    ) -> int:
        """Write annotations as "csv", "json" or "markdown" to a file name or
        a stream; returns how many. Raises ArticleNotFound for unknown ids."""
        from .export import EXPORTERS

        if kind not in EXPORTERS:
            raise UsageError(f"unknown export format {kind!r}: use one of {', '.join(EXPORTERS)}")
        if article_ids:
            known = {row["id"] for row in self.library.list_articles(list(article_ids))}
            missing = sorted(set(article_ids) - known)
            if missing:
                raise ArticleNotFound(missing[0]) if len(missing) == 1 else _articles_not_found(missing)
        count: int = EXPORTERS[kind](self.library, out, article_ids=article_ids, tags=tags)
        return count


def _articles_not_found(ids: list[int]) -> ArticleNotFound:
    error = ArticleNotFound(ids[0])
    error.args = (f"no article {', '.join(map(str, ids))}",)
    return error


def find_quote(
    text: PaneText, pane: str, quote: str, occurrence: int | None = None, *, article_id: int | None = None
) -> Span:
    """Where `quote` is in a pane: its `occurrence`-th place (from 1, reading
    order), or its only one. The quote is compared in NFC, as text is stored."""
    quote = unicodedata.normalize("NFC", quote)
    if not quote.strip():
        raise BadInput("the quote is empty")
    if "\n" in quote:
        raise BadInput("a quote must lie inside one paragraph (it contains a line break)")
    where = f"the {pane} text" + (f" of article {article_id}" if article_id is not None else "")
    found = text.find(quote)
    if not found:
        raise QuoteNotFound(
            f"the quote was not found in {where} (it must match the stored text exactly, in logical order)"
        )
    if occurrence is None and len(found) > 1:
        paragraphs = ", ".join(str(p + 1) for p, _ in found[:10]) + (", ..." if len(found) > 10 else "")
        raise AmbiguousQuote(
            f"the quote occurs {len(found)} times in {where} (paragraphs {paragraphs})", len(found)
        )
    n = occurrence or 1
    if not 1 <= n <= len(found):
        raise BadInput(f"occurrence {n} is out of range: the quote occurs {len(found)} time(s)")
    paragraph, start = found[n - 1]
    return Span(as_pane(pane), paragraph, start, start + len(quote))
