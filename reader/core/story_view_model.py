"""One story's articles compared side by side: what the story view, the CLI
and the exports show. Qt-free. Built from the library with the matrix; each
other part is computed when first asked for and kept (the story view opens
on the matrix, so the figures and the quotations cost nothing until their
tab is shown), and the articles' sentences are read for dates once, for the
timeline and the numbers alike. Safe to read from two threads (a background
job prepares the parts the view shows first).

    StoryComparison(library, story_id)
        name, columns        one column per article: outlet or source, language, date
        rows                 entities x articles: mention counts, the entities most
                             articles name first
        sentences_for(key)   per article, every sentence naming the entity, source and
                             translation side by side, with its direction
        timeline             the dates the articles mention, with their sentence
        numbers              the figures they report (unit, kind, sentence)
        quotations           what they quote, grouped by speaker
    story_of_article(library, article_id) -> story id or None
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from .entities.model import DATE, PERSON, TRANSLATION, EntityGroup, EntityMention
from .panes import PaneText
from .stories import story_of_article
from .story_facts import DateFact, calendar_words_in, dates_in, numbers_in, quotations_in
from .text import Article, is_rtl

if TYPE_CHECKING:
    from .storage import Library

__all__ = [
    "StoryColumn",
    "MatrixRow",
    "EntitySentence",
    "TimelineEntry",
    "StoryNumber",
    "StoryQuotation",
    "StoryComparison",
    "story_of_article",
    "outlet_of",
]

RTL, LTR = "rtl", "ltr"
UNKNOWN_SPEAKER = "Unknown speaker"


@dataclass(frozen=True)
class StoryColumn:
    """One article of the story: a column of the matrix, a lane of the timeline."""

    article_id: int
    title: str
    outlet: str  # the site (from a web address) or the file the article came from
    language: str
    date: str | None  # published, else the date read in its text (ISO, maybe only a month)
    direction: str  # "rtl" or "ltr": the source text's direction


@dataclass(frozen=True)
class MatrixRow:
    """One entity: `counts` are its mentions per column, `articles` how
    many articles name it."""

    key: str
    name: str
    label: str
    counts: tuple[int, ...]

    @property
    def articles(self) -> int:
        return sum(1 for count in self.counts if count)

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class EntitySentence:
    """A sentence naming the entity: `source` in the article's language,
    `translation` the aligned English sentence (None when not translated)."""

    paragraph: int
    sentence: int
    source: str
    translation: str | None
    direction: str


@dataclass(frozen=True)
class TimelineEntry:
    date: str  # ISO: "2023-11-20", "2023-11" or "2023"
    article_id: int
    paragraph: int
    sentence: int
    text: str  # the date as the article writes it
    sentence_text: str


@dataclass(frozen=True)
class StoryNumber:
    article_id: int
    paragraph: int
    sentence: int
    text: str  # the figure as written ("41 في المئة")
    value: float
    unit: str  # English where known: percent, dollar...; else the word counted
    kind: str  # percent, amount or count
    sentence_text: str


@dataclass(frozen=True)
class StoryQuotation:
    article_id: int
    paragraph: int
    sentence: int
    text: str
    speaker: str  # the speaker's name in the library's index, or UNKNOWN_SPEAKER
    speaker_text: str | None
    sentence_text: str


def outlet_of(source_path: str | None) -> str:
    """The outlet: a web address's site, else the file's name."""
    if not source_path:
        return ""
    if "://" in source_path:
        host = urlparse(source_path).hostname or source_path
        return host.removeprefix("www.")
    return source_path.replace("\\", "/").rsplit("/", 1)[-1]


def _sentence_index(spans: Iterable[tuple[int, int]], start: int) -> int:
    index = 0
    for i, (s, e) in enumerate(spans):
        if s <= start:
            index = i
        if start < e:
            break
    return index


@dataclass(frozen=True)
class _ScannedSentence:
    """A source sentence read once for the dates it names (the timeline),
    whose spans the numbers then skip."""

    paragraph: int
    index: int
    text: str
    dates: list[DateFact]


class _ArticleData:
    def __init__(self, article: Article, translation: PaneText | None, mentions: list[EntityMention]):
        self.article = article
        self.source = PaneText.from_article(article)
        self.translation = translation
        self.mentions = mentions
        self.direction = RTL if is_rtl(article.language) else LTR
        self.scanned: list[_ScannedSentence] | None = None

    def scan(self, language: str, reference: str | None) -> list[_ScannedSentence]:
        """Every source sentence with its dates (`reference` completes a
        date written without a year), read on first use."""
        if self.scanned is None:
            scanned = []
            words = calendar_words_in("\n".join(self.source.paragraphs), language)
            for paragraph, text in enumerate(self.source.paragraphs):
                for index, (start, end) in enumerate(self.source.spans(paragraph) or [(0, len(text))]):
                    sentence = text[start:end]
                    dates = dates_in(sentence, language, reference, words)
                    scanned.append(_ScannedSentence(paragraph, index, sentence, dates))
            self.scanned = scanned
        return self.scanned

    def sentence(self, paragraph: int, index: int) -> str:
        return (
            self.source.sentence_text(paragraph, index)
            if self.source.spans(paragraph)
            else self.source.text(paragraph)
        )

    def translated(self, paragraph: int, index: int) -> str | None:
        if self.translation is None or index >= len(self.translation.spans(paragraph)):
            return None
        return self.translation.sentence_text(paragraph, index) or None


class StoryComparison:
    """The comparison of one stored story (KeyError if there is none)."""

    def __init__(self, library: Library, story_id: int):
        from .entities import apply_corrections, group_mentions
        from .storage.entities import EntityStore
        from .storage.stories import StoryStore

        stored = StoryStore(library).story(story_id)
        if stored is None:
            raise KeyError(f"no story {story_id}")
        self.story_id = story_id
        self.name = stored.title
        store = EntityStore(library)
        self._data: dict[int, _ArticleData] = {}
        infos = {row["id"]: row for row in library.list_articles(sorted(stored.articles))}
        columns = []
        for article_id in sorted(stored.articles):
            article = library.get_article(article_id)
            if article is None:
                continue
            translation = library.get_translation(article_id)
            pane = PaneText.from_translation(article, translation) if translation else None
            self._data[article_id] = _ArticleData(article, pane, store.mentions(article_id))
            info = infos.get(article_id, {})
            columns.append(
                StoryColumn(
                    article_id,
                    article.title,
                    outlet_of(info.get("source_path")),
                    article.language,
                    article.date or stored.dates.get(article_id),
                    self._data[article_id].direction,
                )
            )
        columns.sort(key=lambda c: (c.date or "9999", c.article_id))
        self.columns: list[StoryColumn] = columns
        self._column_of = {c.article_id: i for i, c in enumerate(columns)}
        # A date written without its year ("20 novembre") takes the article's
        # year, else the year most of the story's articles are dated in.
        dated = Counter(c.date for c in columns if c.date)
        self._story_date = dated.most_common(1)[0][0] if dated else None
        # Grouped over the story's articles only (fast for any library size),
        # with the user's entity corrections applied.
        corrections = [c for _, c in store.corrections()]
        groups = group_mentions({a: d.mentions for a, d in self._data.items()})
        self._groups: list[EntityGroup] = apply_corrections(groups, corrections) if corrections else groups
        self._group_of = {g.key: g for g in self._groups}
        self.rows: list[MatrixRow] = self._rows()
        # The parts computed on first use, under one lock: a background job
        # and the UI thread may ask for the same part at once.
        self._lock = threading.RLock()
        self._timeline: list[TimelineEntry] | None = None
        self._numbers: list[StoryNumber] | None = None
        self._quotations: list[tuple[str, list[StoryQuotation]]] | None = None
        self._sentences: dict[str, list[tuple[int, list[EntitySentence]]]] = {}

    @property
    def timeline(self) -> list[TimelineEntry]:
        """The dates the articles mention, by date then column."""
        with self._lock:
            if self._timeline is None:
                self._timeline = self._read_timeline()
            return self._timeline

    @property
    def numbers(self) -> list[StoryNumber]:
        """The figures the articles report, same kind and unit side by side."""
        with self._lock:
            if self._numbers is None:
                self._numbers = self._read_numbers()
            return self._numbers

    @property
    def quotations(self) -> list[tuple[str, list[StoryQuotation]]]:
        """(speaker, quotations) the speakers quoted by most outlets first."""
        with self._lock:
            if self._quotations is None:
                self._quotations = self._read_quotations()
            return self._quotations

    def prepare(self, *parts: str) -> None:
        """Compute `parts` ("timeline", "numbers", "quotations"; all without
        any) now, e.g. in a background job before a window shows them."""
        for part in parts or ("timeline", "numbers", "quotations"):
            getattr(self, part)

    # --- the matrix ------------------------------------------------------------------------

    def _rows(self) -> list[MatrixRow]:
        rows = []
        for group in self._groups:
            if group.label == DATE:
                continue  # dates are on the timeline
            counts = group.counts
            rows.append(
                MatrixRow(
                    group.key,
                    group.name,
                    group.label,
                    tuple(counts.get(c.article_id, 0) for c in self.columns),
                )
            )
        rows.sort(key=lambda r: (-r.articles, -r.total, r.name.casefold()))
        return rows

    def column_index(self, article_id: int) -> int:
        return self._column_of[article_id]

    # --- an entity's sentences ---------------------------------------------------------------

    def sentences_for(self, key: str) -> list[tuple[int, list[EntitySentence]]]:
        """(article id, sentences) for every column, in column order; an
        article that does not name the entity has an empty list."""
        with self._lock:
            if key not in self._sentences:
                self._sentences[key] = self._read_sentences(key)
            return self._sentences[key]

    def _read_sentences(self, key: str) -> list[tuple[int, list[EntitySentence]]]:
        group = self._group_of.get(key)
        out: list[tuple[int, list[EntitySentence]]] = []
        for column in self.columns:
            data = self._data[column.article_id]
            places: set[tuple[int, int]] = set()
            for mention in group.mentions.get(column.article_id, []) if group else []:
                pane = data.translation if mention.pane == TRANSLATION else data.source
                if pane is None:
                    continue
                places.add((mention.paragraph, _sentence_index(pane.spans(mention.paragraph), mention.start)))
            out.append(
                (
                    column.article_id,
                    [
                        EntitySentence(p, s, data.sentence(p, s), data.translated(p, s), data.direction)
                        for p, s in sorted(places)
                    ],
                )
            )
        return out

    # --- dates and numbers ----------------------------------------------------------------------

    def _scanned(self, column: StoryColumn) -> list[_ScannedSentence]:
        return self._data[column.article_id].scan(column.language, column.date or self._story_date)

    def _read_timeline(self) -> list[TimelineEntry]:
        timeline = [
            TimelineEntry(fact.iso, column.article_id, s.paragraph, s.index, fact.text, s.text)
            for column in self.columns
            for s in self._scanned(column)
            for fact in s.dates
            if fact.iso
        ]
        timeline.sort(key=lambda e: (e.date, self._column_of[e.article_id], e.paragraph, e.sentence))
        return timeline

    def _read_numbers(self) -> list[StoryNumber]:
        numbers = [
            StoryNumber(column.article_id, s.paragraph, s.index, n.text, n.value, n.unit, n.kind, s.text)
            for column in self.columns
            for s in self._scanned(column)
            for n in numbers_in(s.text, column.language, [(d.start, d.end) for d in s.dates])
        ]
        # Figures of the same kind and unit side by side, so outlets that disagree stand out.
        numbers.sort(key=lambda n: (n.kind, n.unit.casefold(), n.value, self._column_of[n.article_id]))
        return numbers

    # --- quotations --------------------------------------------------------------------------

    def _read_quotations(self) -> list[tuple[str, list[StoryQuotation]]]:
        name_of = {
            (a, m.pane, m.paragraph, m.start): g.name
            for g in self._groups
            for a, ms in g.mentions.items()
            for m in ms
        }
        by_speaker: dict[str, list[StoryQuotation]] = {}
        for column in self.columns:
            data = self._data[column.article_id]
            source = [m for m in data.mentions if m.pane != TRANSLATION]
            named = [
                EntityMention(
                    m.paragraph,
                    m.start,
                    m.end,
                    m.text,
                    m.label,
                    m.pane,
                    m.recogniser,
                    name_of.get((column.article_id, m.pane, m.paragraph, m.start), m.canonical),
                )
                for m in source
            ]
            by_paragraph: dict[int, list[EntityMention]] = {}
            for mention in named:
                by_paragraph.setdefault(mention.paragraph, []).append(mention)
            earlier: EntityMention | None = None
            for paragraph, text in enumerate(data.source.paragraphs):
                here = by_paragraph.get(paragraph, [])
                for quote in quotations_in(text, here, earlier):
                    index = _sentence_index(data.source.spans(paragraph), quote.start)
                    speaker = quote.speaker or UNKNOWN_SPEAKER
                    by_speaker.setdefault(speaker, []).append(
                        StoryQuotation(
                            column.article_id,
                            paragraph,
                            index,
                            quote.text,
                            speaker,
                            quote.speaker_text,
                            data.sentence(paragraph, index),
                        )
                    )
                people = [m for m in here if m.label == PERSON]
                if people:
                    earlier = max(people, key=lambda m: m.start)
        outlets = {s: len({q.article_id for q in quotes}) for s, quotes in by_speaker.items()}
        order = sorted(
            by_speaker, key=lambda s: (s == UNKNOWN_SPEAKER, -outlets[s], -len(by_speaker[s]), s.casefold())
        )
        return [(s, by_speaker[s]) for s in order]

    # --- summaries for lists and exports ----------------------------------------------------

    @property
    def languages(self) -> list[str]:
        return sorted({c.language for c in self.columns})
