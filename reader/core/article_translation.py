"""Translate a stored article sentence by sentence and cache it (Qt-free).

Used by the GUI worker and by `reader translate`. The whole article is sent
to the model in batches of our own sentences, so source sentence i of a
paragraph maps to translation sentence i; each paragraph is stored (and
reported) as soon as all its sentences are back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .errors import ArticleNotFound, PackMissing
from .packs import PackManager, Route
from .panes import Pane
from .storage import Library
from .text import Paragraph

NoRoute = PackMissing  # the older name

#: Sentences per model call (translate_article's batches; translate_lead
#: translates a lead as translate_article's first call would, so both use it).
BATCH_SIZE = 32

#: Longest sentence (source tokens) of a lead translated ahead. A lead's one
#: model call cannot be interrupted, so an article opened meanwhile waits for
#: it, and a call lasts about as many decoding steps as its longest sentence,
#: whatever the number of sentences (a step reads all the weights); one
#: sentence per call does not help (each call as long as the longest, the
#: lead n times as long). The bound keeps that wait to one ordinary news
#: sentence's call while leaving most leads to be pre-translated (a real pack's
#: SentencePiece cuts a word into ~1.5 pieces: 64 is a sentence of ~40 words);
#: a bound of a title's length (24) left almost none, and
#: opening a neighbour from the store (13-29 ms) is the point of leads.
LEAD_MAX_TOKENS = 64


@dataclass
class ArticleTranslation:
    article_id: int
    provenance: str
    route_description: str
    pivot: str | None
    cached: bool  # True when nothing had to be translated


def route_for(packs: PackManager, language: str) -> Route:
    route = packs.find_route(language, "en")
    if route is None:
        raise NoRoute(
            f"No {language}→en language pack is installed (nor a pair through another language). "
            f"Install one: reader packs install FILE, or reader packs download {language}_en"
        )
    return route


def route_to_preload(
    library: Library, packs: PackManager, language: str | None = None, only: bool = False
) -> Route | None:
    """The installed route the next article opened to be translated will most
    likely take: that of a language with untranslated articles, ``language``
    (the open article's) first, then (unless ``only``) the one with the most.
    None when no installed pack serves an untranslated article (nothing is
    loaded then). Reads the installed packs only: nothing is downloaded."""
    untranslated = library.untranslated_by_language()
    if only:
        untranslated = {code: n for code, n in untranslated.items() if code == language}
    for code in sorted(untranslated, key=lambda code: (code != language, -untranslated[code], code)):
        route = packs.find_route(code, "en")
        if route is not None:
            return route
    return None


def load_route(route: Route) -> bool:
    """Load (and cache) every hop's model of ``route`` (call off the UI
    thread); no warm-up call. False when a pack does not load (PackLoadError,
    or its files gone meanwhile): a preload shows nothing, the article's
    translation will say so when asked for."""
    from .translation import SentenceTranslator

    try:
        SentenceTranslator(route)
    except Exception:  # only the gain is lost
        return False
    return True


def preload(data_dir: Path, language: str | None = None, only: bool = False) -> Route | None:
    """Load the models of :func:`route_to_preload` (call off the UI thread):
    opening an untranslated article then costs its model call, not importing
    CTranslate2 and loading ~100 MB first (benchmarks/bench_translation_ui.py).
    The route loaded, or None: none needed, or a pack that does not load (its
    translation will say so when asked for; a preload shows nothing)."""
    try:
        library = Library(data_dir, migrate=False)  # this thread's own; the window's migrated it
        try:
            route = route_to_preload(library, PackManager(data_dir), language, only)
        finally:
            library.close()
    except Exception:  # a damaged library: only the gain is lost
        return None
    if route is None:
        return None
    from .translation import page_in_native_libraries

    # The import's dlopen then reads no cold pages holding the GIL (the UI
    # thread's 60-360 ms stall); not for an article opened (its reader would wait).
    page_in_native_libraries()
    return route if load_route(route) else None


def load_for_restored(data_dir: Path, article_id: int | None = None) -> Route | None:
    """At start-up, before the window is built (call on a thread): when the
    article the window will restore (``article_id``, else the last session's)
    is untranslated, not English, and an installed pack translates it, load
    its route's models (:func:`load_route`), so that CTranslate2's import and
    the model load run on the second core while the window is built and
    painted instead of after the first paint; then translate and store the
    paragraph its reader sees first (:func:`_translate_ahead`), the model
    call the window's translation would make first, made here without
    waiting for the window's features to be installed. The translation the
    window queues later waits for this thread (:func:`_wait_ahead`: one load
    and one call, not two) and shows that paragraph from it. Returns the
    route loaded, or None: nothing to load, no pack (nothing is read but the
    article's row and position, the setting and the installed packs; nothing
    downloaded), a damaged pack or library (only the gain is lost; the
    article's translation says what is wrong when asked for)."""
    try:
        library = Library(data_dir, migrate=False)  # this thread's own; the window's migrated it
    except Exception:  # a damaged library: only the gain is lost
        return None
    try:
        try:
            target = article_id or library.get_setting("last_article")
            rows = library.list_articles([target]) if isinstance(target, int) else []
            if not rows or rows[0]["translated"] or rows[0]["language"] in ("en", None):
                return None
            route = PackManager(data_dir).find_route(rows[0]["language"], "en")
        except Exception:  # a damaged library or packs folder: only the gain is lost
            return None
        if route is None:
            return None
        done = threading.Event()
        result: list[tuple[int, list[str]]] = []
        with _ahead_lock:
            _ahead[target] = (done, result)
        try:
            if not load_route(route):
                return None
            try:
                ahead = _translate_ahead(library, route, target)
            except Exception:  # a damaged library, a pack gone: the window's translation does it
                ahead = None
            if ahead is not None:
                result.append(ahead)
        finally:
            done.set()  # (the window's translation of it waits for this, whatever happened)
        return route
    finally:
        library.close()


#: The restored article's first paragraph translated by load_for_restored's
#: thread: article id -> (set once the thread is through, [(paragraph, its
#: sentences)] or [] when it translated none). Taken by translate_article.
_ahead: dict[int, tuple[threading.Event, list[tuple[int, list[str]]]]] = {}
_ahead_lock = threading.Lock()


def _translate_ahead(library: Library, route: Route, article_id: int) -> tuple[int, list[str]] | None:
    """The model call translate_article would make first for the article
    (:func:`first_call`: the paragraph where its reader left off, its
    sentences alone), made and stored now; translate_article then makes the
    rest in full batches, so the article's final translation is the one it
    would have had without. Only
    when translate_article would make that call without a draft of its first
    words first (translation.SentenceTranslator.worth_a_draft: short
    sentences, a title or a caption) and in one call (at most BATCH_SIZE
    sentences); nothing when it is stored already. The calling thread's
    priority: the reader waits for it. (paragraph, sentences) when stored."""
    from .storage.sessions import SessionStore
    from .translation import SentenceTranslator

    article = library.get_article(article_id)
    if article is None:
        return None
    position = SessionStore(library).position(article_id)
    first = first_call(
        article.paragraphs, library.get_translation(article_id), route, position.paragraph if position else 0
    )
    if first is None or not first.whole:
        return None
    translator = SentenceTranslator(route)
    if translator.worth_a_draft(first.sources):  # the window's translation shows a draft first
        return None
    sentences = translator.translate(first.sources, batch_size=BATCH_SIZE)
    _finish(library, article_id, first.paragraph, sentences, route.provenance, None)
    return first.paragraph, sentences


def _wait_ahead(article_id: int, cancel: threading.Event | None) -> tuple[int, list[str]] | None:
    """When load_for_restored's thread is loading the model for this article
    or translating its first paragraph, wait for it (the model call this
    translation would make first) and return what it stored, once; None
    otherwise. A cancel set meanwhile raises TranslationCancelled(0) and
    leaves it for the next translation of the article."""
    with _ahead_lock:
        entry = _ahead.pop(article_id, None)
    if entry is None:
        return None
    done, result = entry
    while not done.wait(0.02):
        if cancel is not None and cancel.is_set():
            from .translation import TranslationCancelled

            with _ahead_lock:
                _ahead.setdefault(article_id, entry)
            raise TranslationCancelled(0)
    return result[0] if result else None


def translate_article(
    library: Library,
    packs: PackManager,
    article_id: int,
    on_paragraph: Callable[[int, list[str]], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    first_paragraph: int = 0,
    on_partial: Callable[[int, list[str]], None] | None = None,
) -> ArticleTranslation:
    """Translate (or reuse the cached translation of) one article.

    on_paragraph(p, sentences) fires as each paragraph completes;
    on_partial(p, texts) shows the start of a paragraph not yet complete, to be
    replaced by on_paragraph: a greedy draft of the first words of the
    reader's paragraph while its translation runs (see below), or the
    sentences translated when a model call ends inside a paragraph;
    on_progress(done_sentences, total). Raises NoRoute, TranslationCancelled.
    Paragraphs finished before a cancel stay stored. `first_paragraph` is
    where the reader is: it and those after it are translated before the
    paragraphs above it.
    """
    from .translation import DRAFT_HEAD_START, SentenceTranslator

    article = library.get_article(article_id)
    if article is None:
        raise ArticleNotFound(article_id)
    route = route_for(packs, article.language)
    result = ArticleTranslation(article_id, route.provenance, route.describe(), route.pivot, cached=True)
    ahead = _wait_ahead(article_id, cancel)  # the window's restored article: its first call made at start-up
    stored = library.get_translation(article_id)
    made_ahead = (  # the paragraph that call translated, when it is still the article's
        ahead[0]
        if ahead is not None
        and ahead[0] < len(article.paragraphs)  # (re-imported shorter since)
        and _kept(stored.get(ahead[0]), article.paragraphs[ahead[0]], route)
        else None
    )
    if made_ahead is not None and on_paragraph:
        on_paragraph(made_ahead, list(stored[made_ahead][0]))  # stored after the window read the article
    # Paragraphs already translated by this route are kept (resume after cancel).
    todo = [i for i, p in enumerate(article.paragraphs) if force or not _kept(stored.get(i), p, route)]
    todo = [p for p in todo if p >= first_paragraph] + [p for p in todo if p < first_paragraph]
    if not todo:
        if library.list_articles([article_id])[0]["translated"] != route.provenance:
            library.mark_translated(article_id, route.provenance)
        return result
    result.cached = False

    sentences: list[str] = []
    owner: list[int] = []  # paragraph of each flattened sentence
    for p in todo:
        for text in article.paragraphs[p].sentence_texts():
            sentences.append(text)
            owner.append(p)
    remaining = {p: len(article.paragraphs[p].sentences) for p in todo}
    collected: dict[int, list[str]] = {p: [] for p in todo}
    done = 0

    # Paragraphs without sentences (only punctuation) complete at once.
    for p in [p for p, n in remaining.items() if n == 0]:
        _finish(library, article_id, p, [], route.provenance, on_paragraph)

    def on_batch(offset: int, first: int, texts: list[str]) -> None:
        """texts[k] is sentence offset + first + k."""
        nonlocal done
        end_draft()  # before the translation replaces it: no draft comes after
        start = offset + first
        for k, text in enumerate(texts):
            p = owner[start + k]
            collected[p].append(text)
            if len(collected[p]) == remaining[p]:
                _finish(library, article_id, p, collected[p], route.provenance, on_paragraph)
        last = owner[start + len(texts) - 1]
        if on_partial and len(collected[last]) < remaining[last]:
            on_partial(last, list(collected[last]))
        done += len(texts)
        if on_progress:
            on_progress(done, len(sentences))

    translator = SentenceTranslator(route)
    # A model call lasts about as long as its longest sentence takes to decode
    # (a decoding step reads all the weights, for one sentence or several), so
    # the reader's paragraph (the first one with sentences) goes first, alone,
    # then everything else in full batches (faster per sentence). When the
    # caller shows partial paragraphs, a greedy draft of that paragraph's first
    # words comes first: words on screen after a few decoding steps, while
    # reading them takes longer than the call. The call waits for it
    # (DRAFT_HEAD_START at most): beside it, on a busy two-core machine, the
    # draft shared the model's low-priority share of the cores with the beam
    # search and its words came two to three times later
    # (benchmarks/bench_draft.py).
    # ... unless the reader's paragraph is on screen already (kept from an
    # earlier translation, or its lead translated ahead by translate_lead):
    # then everything goes in full batches, as it would have after it, so the
    # sentences are grouped as in one run (the same translations).
    # ... and so does everything when the start-up's thread made this first call
    # (_translate_ahead): it is decided as if that paragraph were not stored
    # yet, not left to first_call, whose fallback (the reader's place past
    # the last paragraph with sentences) would take the next paragraph alone.
    before_ahead = {p: kept for p, kept in stored.items() if p != made_ahead}
    first = first_call(article.paragraphs, before_ahead, route, first_paragraph, force, batch_size)
    if first is not None and first.paragraph == made_ahead and not force:
        first = None  # made at start-up
    head = 0 if first is None else len(first.sources)  # (sentences begins with them: todo's order)
    end_draft = _nothing
    if on_partial and first is not None and translator.worth_a_draft(first.sources):
        drafted = threading.Event()
        lead = first.paragraph
        end_draft = translator.start_draft(sentences[0], lambda text: on_partial(lead, [text]), drafted)
        drafted.wait(DRAFT_HEAD_START)
    if on_partial is None or first is None:
        translator.lower()  # no reader waits for a paragraph of it (translator.LoadedPack.lower)
    try:
        for start, end in _spans([0, head, len(sentences)]):
            if start == head:
                translator.lower()  # the reader's paragraph is done
            translator.translate(
                sentences[start:end],
                batch_size=batch_size,
                cancel=cancel,
                on_batch=partial(on_batch, start),
            )
    finally:
        end_draft()
    library.mark_translated(article_id, route.provenance)
    if stored:  # a translation was redone: annotations on it follow their quotes
        from .anchoring import reanchor_article

        reanchor_article(library, article_id, Pane.TRANSLATION)
    return result


def translate_lead(
    library: Library,
    packs: PackManager,
    article_id: int,
    load_language: str | None = None,
    batch_size: int = BATCH_SIZE,
    cancel: threading.Event | None = None,
) -> tuple[int, list[str]] | None:
    """Translate ahead and store the lead of an untranslated article (its
    first paragraph with sentences: the title, as articles are imported), so
    that opening it shows that paragraph at once, from the store. Translated
    as :func:`translate_article` translates it first (:func:`first_call`:
    its sentences alone, in one call, the same options; then the rest in
    full batches), so the article's final translation is the one it would
    have had without.

    Nothing is done (None) for an article translated, in English, without an
    installed pack, whose lead is stored already by the route installed, or
    longer than ``batch_size`` sentences, or than one ordinary model call (a
    sentence over LEAD_MAX_TOKENS tokens, more sentences than a call takes:
    translation.SUB_BATCH); nor when the route's models are not
    loaded, unless the article is in ``load_language`` (the one the reader
    reads): a lead is worth a model call, and a model load only for the
    language read. (paragraph, its translated sentences) when one was stored.
    Reads the installed packs only: nothing is downloaded. A damaged pack
    raises PackLoadError (only when it is loaded here: a loaded pack is whole);
    ``cancel`` set before the model call (while the model loads, say) raises
    TranslationCancelled, nothing stored."""
    from .translation import SUB_BATCH, SentenceTranslator, is_loaded

    article = library.get_article(article_id)
    if article is None or article.translated or article.language == "en":
        return None
    route = packs.find_route(article.language, "en")
    if route is None:
        return None
    first = first_call(
        article.paragraphs, library.get_translation(article_id), route, 0, batch_size=batch_size
    )
    if first is None or not first.whole:  # stored already, or translate_article would cut it
        return None
    if article.language != load_language and not is_loaded(route):
        return None
    translator = SentenceTranslator(route)
    sources = first.sources
    if len(sources) > SUB_BATCH or translator.longest(sources) > LEAD_MAX_TOKENS:
        return None  # an article opened meanwhile would wait for a long call
    translator.lower()  # ahead of the reader: below the UI's priority
    sentences = translator.translate(sources, batch_size=batch_size, cancel=cancel)
    _finish(library, article_id, first.paragraph, sentences, route.provenance, None)
    return first.paragraph, sentences


def _kept(stored: tuple[list[str], str] | None, paragraph: Paragraph, route: Route) -> bool:
    """A paragraph's stored translation is whole and made by the installed route:
    neither the article's translation nor a lead redoes it."""
    return stored is not None and stored[1] == route.provenance and len(stored[0]) == len(paragraph.sentences)


def _lead_paragraph(paragraphs: Sequence[Paragraph], start: int = 0) -> int | None:
    """The first paragraph with sentences from ``start`` on (None when none has)."""
    return next((i for i in range(start, len(paragraphs)) if paragraphs[i].sentences), None)


@dataclass(frozen=True)
class FirstCall:
    """The model call :func:`translate_article` makes first for an article
    read from a paragraph on (:func:`first_call`)."""

    paragraph: int  # the reader's paragraph
    sources: list[str]  # its sentences, ``batch_size`` at most, alone in the call
    whole: bool  # all of its sentences: the paragraph is complete after the call


def first_call(
    paragraphs: Sequence[Paragraph],
    stored: dict[int, tuple[list[str], str]],
    route: Route,
    first_paragraph: int = 0,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
) -> FirstCall | None:
    """The call translate_article makes first, before the rest in full
    batches: the reader's paragraph (the first with sentences from
    ``first_paragraph`` on; with none there, the first one above it left to
    translate), its sentences alone; None when that paragraph is kept
    (``stored`` by the route, unless ``force``): then every call is a full
    batch. The start-up's thread (:func:`_translate_ahead`) makes the same
    call ahead, so the article's translation is the same with it or without."""
    reading = _lead_paragraph(paragraphs, first_paragraph)
    for p in range(first_paragraph) if reading is None else (reading,):
        if paragraphs[p].sentences and (force or not _kept(stored.get(p), paragraphs[p], route)):
            sources = paragraphs[p].sentence_texts()
            return FirstCall(p, sources[:batch_size], len(sources) <= batch_size)
    return None


def _nothing() -> None:
    pass


def _spans(cuts: list[int]) -> list[tuple[int, int]]:
    """(start, end) between consecutive cuts, the empty ones left out."""
    return [(start, end) for start, end in zip(cuts, cuts[1:]) if end > start]


def _finish(
    library: Library,
    article_id: int,
    paragraph: int,
    sentences: list[str],
    provenance: str,
    on_paragraph: Callable[[int, list[str]], None] | None,
) -> None:
    library.save_translation(article_id, paragraph, sentences, provenance)
    if on_paragraph:
        on_paragraph(paragraph, list(sentences))
