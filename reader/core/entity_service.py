"""Named entities for the whole library, Qt-free: used by the CLI and by the
GUI's background worker.

    recompute(library)                    recognise what is stale, store it
    groups(library)                       one entry per entity, corrections applied
    mentions_for_highlight(library, id)   what to highlight in one article
    article_mentions_alone(library, id)   the same from that article's rows only (fast)

Order matters: Latin-script articles (French, Dutch, English...) are
recognised first, because the names found there are searched for in Hebrew
and Arabic text by transliteration ("known names"). An article is skipped when
the input it was last computed from is unchanged: its text, its translation
and, for Hebrew/Arabic, the names known from the Latin-script articles (so a
French import finds Sam Altman in a Hebrew article imported earlier).
"""

from __future__ import annotations

import gc
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .entities import (
    Correction,
    EntityGroup,
    EntityMention,
    KnownName,
    apply_corrections,
    article_mentions,
    group_mentions,
    known_names_from_groups,
)
from .panes import PaneText, SentenceSpans
from .storage import Library
from .storage.entities import EntityStore

# Bump when the recognisers change in a way that should redo every article.
RECOGNISER_VERSION = "2"  # 2: issue 10 (names-rtl, French and Dutch rules, projection)
# Source languages whose recognition depends on names known elsewhere.
TRANSLIT_LANGUAGES = {"he", "iw", "ar"}


@dataclass
class RecomputeReport:
    computed: list[int] = field(default_factory=list)  # article ids recognised this run
    skipped: list[int] = field(default_factory=list)  # up to date
    seconds: float = 0.0
    words: int = 0  # source words recognised
    cancelled: bool = False


@dataclass
class ArticleInput:
    """What recognition of one article reads (and what its fingerprint covers)."""

    article_id: int
    language: str
    source: list[str]
    source_sentences: list[list[tuple[int, int]]]
    translation: Sequence[str] | None
    translation_sentences: Sequence[SentenceSpans] | None

    def fingerprint(self, extra: str = "") -> str:
        data = [
            RECOGNISER_VERSION,
            self.language,
            self.source,
            self.source_sentences,
            self.translation,
            extra,
        ]
        return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def article_input(library: Library, article_id: int) -> ArticleInput | None:
    """An article's source paragraphs and its translation as the reading view
    shows it (`panes.PaneText`: sentences joined with one space), so the
    stored offsets are the offsets on screen in both panes."""
    article = library.get_article(article_id)
    if article is None:
        return None
    source = [p.text for p in article.paragraphs]
    sentences = [[(start, end) for start, end in p.sentences] for p in article.paragraphs]
    stored = library.get_translation(article_id)
    translation = translation_sentences = None
    if stored:
        pane = PaneText.from_translation(article, stored)
        translation, translation_sentences = pane.paragraphs[: len(source)], pane.sentences[: len(source)]
    return ArticleInput(article_id, article.language, source, sentences, translation, translation_sentences)


def _corrections(store: EntityStore) -> list[Correction]:
    return [c for _, c in store.corrections()]


def _known_names(automatic: list[EntityGroup], corrections: Iterable[Correction]) -> list[KnownName]:
    """Names to look for in other articles: the automatic names (a user's
    rename is a label for display, searching for it would only split the
    entity), without the entities the user rejected."""
    rejected: set[str] = set()
    for g in apply_corrections(automatic, corrections, keep_rejected=True):
        if g.rejected:
            rejected |= g.keys | {g.key}
    return known_names_from_groups([g for g in automatic if g.key not in rejected])


def _known_digest(known: Iterable[KnownName]) -> str:
    """What of the known names a Hebrew/Arabic result depends on."""
    names = sorted({(k.name, k.label) for k in known})
    return hashlib.sha1(json.dumps(names, ensure_ascii=False).encode("utf-8")).hexdigest()


def freeze_survivors(*_ignored: object) -> None:
    """Collect what is garbage, then take everything still alive out of the
    cyclic collector's reach (gc.freeze). The entity worker, a process that
    only recognises entities, calls it after each article: what
    survives an article is what lives as long as the process (spaCy's
    pipelines, the name tables, bounded caches). Left in the collector's
    generations, they made each full collection walk some 200,000 objects,
    dicts of tens of thousands of entries among them: ~110-180 ms each,
    landing in whichever article was being recognised (one run of
    bench_entities had one to three, ~1.0 s of CPU). After the freeze a
    collection walks only the objects of the article at hand (~1 ms).
    Frozen objects are still freed when no longer referenced; only a cycle
    among them would wait for the process to exit (the worker exits when
    idle). Not for the window's process (it freezes once its features are
    in, ui.app), nor for a process that runs other work too (the CLI in
    tests).

    The young generations only (gc.collect(1)), not a full collection: a
    full one untracks the dicts that hold only strings and tuples of
    strings, the word caches' (functools.lru_cache) among them; the next
    article's first new word tracks such a dict again, in the youngest
    generation, so every collection of that article walked its 5,000-15,000
    entries (3-6 ms an article on the he/ar sets, 5-12% of the pane's CPU).
    Frozen while tracked, they stay out of reach. What this leaves is a
    cycle that became garbage after the collector moved it to the oldest
    generation during an article: none on the he/ar/fa/ur sets (every
    collection there found no cyclic garbage at all)."""
    gc.collect(1)
    gc.freeze()


def recompute(
    library: Library,
    article_ids: Iterable[int] | None = None,
    data_dir: Path | str | None = None,
    on_article: Callable[[int, int, int], object] | None = None,
    cancel: threading.Event | None = None,
    force: bool = False,
) -> RecomputeReport:
    """Recognise the entities of stale articles (all of them with `force`)
    and store them. `article_ids` limits the run; `on_article(id, done,
    total)` is called after each stored article; `cancel` is anything with
    `is_set()` (a threading.Event), checked between articles."""
    from .entities import recognise_article
    from .entities.matching import KnownIndex

    started = time.perf_counter()
    store = EntityStore(library)
    report = RecomputeReport()
    data_dir = library.data_dir if data_dir is None else data_dir
    rows = library.list_articles()
    wanted = None if article_ids is None else set(article_ids)
    latin = [r for r in rows if r["language"] not in TRANSLIT_LANGUAGES]
    translit = [r for r in rows if r["language"] in TRANSLIT_LANGUAGES]
    # Latin-script articles first, French and Dutch before the others
    latin.sort(key=lambda r: (r["language"] not in ("fr", "nl"), r["id"]))
    corrections = _corrections(store)
    total = len(rows) if wanted is None else len(wanted)
    done = 0

    for phase, phase_rows in ((0, latin), (1, translit)):
        stored = store.mentions()
        # indexed once for the phase's articles (thousands of names in a library: some
        # 300 ms to index, which each article paid)
        known = KnownIndex(_known_names(group_mentions(stored), corrections))
        extra = ""
        if phase == 1:
            latin_ids = {r["id"] for r in latin}
            # without corrections: renaming an entity must not redo every article
            latin_groups = group_mentions({a: ms for a, ms in stored.items() if a in latin_ids})
            extra = _known_digest(known_names_from_groups(latin_groups))
        for row in phase_rows:
            if wanted is not None and row["id"] not in wanted:
                continue
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            data = article_input(library, row["id"])
            if data is None:
                continue
            fingerprint = data.fingerprint(extra)
            if not force and store.fingerprint(row["id"]) == fingerprint:
                report.skipped.append(row["id"])
            else:
                mentions = recognise_article(
                    data.language,
                    data.source,
                    data.source_sentences,
                    data.translation,
                    data.translation_sentences,
                    known,
                    data_dir=data_dir,
                )
                store.replace_mentions(row["id"], mentions, fingerprint)
                report.computed.append(row["id"])
                report.words += row["words"] or 0
            done += 1
            if on_article is not None:
                on_article(row["id"], done, total)
        if report.cancelled:
            break
    report.seconds = time.perf_counter() - started
    return report


def groups(library: Library, keep_rejected: bool = False) -> list[EntityGroup]:
    """The library's entity index: one group per entity, corrections applied."""
    store = EntityStore(library)
    return apply_corrections(
        group_mentions(store.mentions()), _corrections(store), keep_rejected=keep_rejected
    )


def mentions_for_highlight(
    library: Library, article_id: int, computed_groups: list[EntityGroup] | None = None
) -> list[EntityMention]:
    """An article's mentions after corrections (rejected ones gone, renamed
    and relabelled ones carrying the user's name and label)."""
    return article_mentions(computed_groups if computed_groups is not None else groups(library), article_id)


def article_mentions_alone(library: Library, article_id: int) -> list[EntityMention]:
    """An article's mentions with the corrections applied to its own groups:
    reads that article's rows only, where `mentions_for_highlight` groups the
    whole library (seconds on a large one). What only the library shows (a
    surname joined to a full name found in another article) is left out."""
    store = EntityStore(library)
    own = group_mentions({article_id: store.mentions(article_id)})
    return article_mentions(apply_corrections(own, _corrections(store)), article_id)


def sentence_of(
    text: str, spans: Iterable[tuple[int, int]] | None, start: int, end: int, context: int | None = None
) -> str:
    """The sentence around [start, end) of a paragraph (the paragraph if no
    span fits); with `context`, at most that many characters either side of
    the mention, cut at a space and marked with "…", so a list shows the
    mention itself."""
    s, e = next(((s, e) for s, e in spans or () if s <= start < e), (0, len(text)))
    e = max(e, end)
    before = after = ""
    if context is not None and start - s > context:
        cut = text.find(" ", start - context, start)
        s, before = (cut + 1 if cut >= 0 else start - context), "…"
    if context is not None and e - end > context:
        cut = text.rfind(" ", end, end + context)
        e, after = (cut if cut > end else end + context), "…"
    return before + text[s:e].strip() + after
