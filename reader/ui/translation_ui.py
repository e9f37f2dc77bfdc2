"""Translation in the window: a background job, streaming into the
translation column, the current article first, the library on request."""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from ..core.commands import CommandId
from ..core.errors import LibraryError
from .feature_host import Event, FeatureHost
from .jobs import Job, JobContext, JobHandle

#: After the first paint, a wait (ms) before CTranslate2 is imported and the
#: model an untranslated article of the library needs is loaded, in a thread
#: (`_prepare_translation`): the window's remaining features are installed,
#: and the open article's own translation started, first.
PRELOAD_AFTER_PAINT_MS = 300

#: Untranslated articles near the open one in the list (nearest first) whose
#: lead (first paragraph with sentences) is translated ahead, at idle, after
#: the open article's own work (`article_translation.translate_lead`): opening
#: one of them shows its first paragraph from the store, not after a model call.
LEADS_NEAR = 20

#: No other article opened for this long (ms) after one is opened before the
#: leads near it are translated: a reader stepping through the list is not
#: slowed by model calls for rows they pass.
LEADS_AFTER_MS = 1000


class TranslationJob(Job):
    """Translates queued articles, one at a time, then the leads set by
    `set_leads`, until it is cancelled (the window closing); `cancel_all`
    only empties the queue and the leads."""

    paragraphReady = Signal(int, int, list)  # article id, paragraph, sentences
    paragraphPartial = Signal(int, int, list)  # article id, paragraph, its start (a draft, or sentences)
    articleProgress = Signal(int, int, int)  # article id, done, total
    articleDone = Signal(int, str, str)  # article id, provenance, route description
    articleFailed = Signal(int, str)  # article id, message
    idle = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        # article id, force, paragraph in view, whether the reader has it open
        self.queue: deque[tuple[int, bool, int, bool]] = deque()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.article_cancel = threading.Event()  # the article being translated, not the job
        self.current: int | None = None
        # Articles whose lead to translate ahead (set_leads), when the queue is empty.
        self.leads: deque[int] = deque()
        self.leads_language: str | None = None  # whose route a lead may load (set_leads)

    def enqueue(
        self, article_id: int, first: bool = False, force: bool = False, from_paragraph: int = 0
    ) -> None:
        """`from_paragraph`: where the reader is, translated before the paragraphs above it.
        `first`: the article the reader has open, whose paragraphs also come in part
        (paragraphPartial: a draft of its paragraph's first words)."""
        with self.lock:
            self.queue = deque(item for item in self.queue if item[0] != article_id)
            if first:
                self.queue.appendleft((article_id, force, from_paragraph, True))
            else:
                self.queue.append((article_id, force, from_paragraph, False))
        self.wake.set()

    def set_leads(self, article_ids: list[int], language: str | None) -> None:
        """Translate ahead the leads of these articles (those untranslated, with
        an installed pack), in this order, whenever no article is queued: after
        every queued article, one model call each, the queue looked at between
        them. They replace the leads not done yet. The model of ``language``
        (the open article's: the reader's intent to read on in it, after an
        idle release say) is loaded if a lead needs it; other languages' leads
        are done only while their model is loaded."""
        with self.lock:
            self.leads = deque(article_ids)
            self.leads_language = language
        self.wake.set()

    def cancel_all(self) -> None:
        with self.lock:
            self.queue.clear()
            self.leads.clear()
        self.article_cancel.set()

    def cancel(self) -> None:
        super().cancel()
        self.cancel_all()
        self.wake.set()

    def pending(self) -> int:
        with self.lock:
            return len(self.queue) + (self.current is not None)

    def work(self, context: JobContext) -> None:
        from ..core.article_translation import NoRoute, translate_article
        from ..core.packs import PackManager
        from ..core.translation import TranslationCancelled, return_freed_memory_now

        library = context.library
        packs = PackManager(context.data_dir)
        told_idle = False
        while not context.cancelled():
            with self.lock:  # taken and marked current at once: pending() never reads 0 between
                item = self.queue.popleft() if self.queue else None
                self.current = item[0] if item else None
                lead = self.leads.popleft() if item is None and self.leads else None
            if item is None:
                if not told_idle:
                    self.idle.emit()
                    told_idle = True
                if lead is not None:
                    self._translate_lead(library, packs, lead)
                    continue
                return_freed_memory_now()  # nothing left to translate
                self.wake.wait()
                self.wake.clear()
                continue
            told_idle = False
            article_id, force, from_paragraph, being_read = item
            partial = (lambda p, s, a=article_id: self.paragraphPartial.emit(a, p, s)) if being_read else None
            self.article_cancel.clear()
            try:
                result = translate_article(
                    library,
                    packs,
                    article_id,
                    on_paragraph=lambda p, s, a=article_id: self.paragraphReady.emit(a, p, s),
                    on_partial=partial,
                    on_progress=lambda done, total, a=article_id: self.articleProgress.emit(a, done, total),
                    cancel=self.article_cancel,
                    force=force,
                    first_paragraph=from_paragraph,
                )
                self.articleDone.emit(article_id, result.provenance, result.route_description)
                # An article's model calls leave 30-70 MB in glibc's arenas (translation.TRIM_AFTER_SECONDS).
                return_freed_memory_now()
            except TranslationCancelled:
                self.articleFailed.emit(article_id, "cancelled")
            except NoRoute as error:
                self.articleFailed.emit(article_id, str(error))
            except Exception as error:  # a broken pack must not stop the translations that follow
                self.articleFailed.emit(article_id, f"{type(error).__name__}: {error}")
            self.current = None

    def _translate_lead(self, library, packs, article_id: int) -> None:
        from ..core.article_translation import translate_lead
        from ..core.translation import TranslationCancelled

        try:
            done = translate_lead(
                library, packs, article_id, load_language=self.leads_language, cancel=self.cancel_event
            )
        except TranslationCancelled:  # the window closing (while the model loaded): no call, nothing stored
            return
        except LibraryError:  # a read-only or damaged library: each lead would be a model call for nothing
            with self.lock:
                self.leads.clear()  # (the next opening sets them again)
            return
        except Exception:  # a damaged pack: only the gain is lost, nothing shown
            with self.lock:
                self.leads_language = None  # not loaded again for every lead
            return
        if done is not None:
            paragraph, sentences = done
            # Shown if the reader has just opened that article (read before it was stored).
            self.paragraphReady.emit(article_id, paragraph, sentences)


class TranslationFeature(QObject):
    """Runs the translation job, shows its progress and binds the translation commands."""

    name = "translation"

    def __init__(self):
        super().__init__()
        self.job = TranslationJob()  # no parent: it may outlive the window a moment (jobs.py)
        self.handle: JobHandle | None = None
        self._pending_open: int | None = None
        self._queued_when_read: int | None = None  # the article _on_article_read queued
        self._warmed_up = False  # _prepare_translation started for the open article
        self._preloaded = False  # _prepare_translation started after the first paint
        self._warming_again: threading.Thread | None = None  # _warm_again's, while it loads
        self._awaited: int | None = None  # the open article queued, none of its paragraphs shown yet
        # Paragraphs arrive in bursts (one model batch completes many); show
        # one per event-loop turn so input and painting never wait behind them.
        # (article id, paragraph, sentences, complete): a paragraph's first
        # sentences may come before the whole of it.
        self._arrived: deque[tuple[int, int, list, bool]] = deque()
        self._ready_after_arrival: list[int] = []  # done; announced once its paragraphs are shown
        self._apply_timer = QTimer(self)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_one)
        self._leads_timer = QTimer(self)
        self._leads_timer.setSingleShot(True)
        self._leads_timer.setInterval(LEADS_AFTER_MS)
        self._leads_timer.timeout.connect(self._translate_leads)

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())  # gone with the window, and what is queued for it too
        self.job.paragraphReady.connect(self._on_paragraph)
        self.job.paragraphPartial.connect(self._on_partial)
        self.job.articleProgress.connect(self._on_progress)
        self.job.articleDone.connect(self._on_done)
        self.job.articleFailed.connect(self._on_failed)
        self.job.failed.connect(lambda message: host.show_status(f"Translation: {message}", 10000))
        self.job.idle.connect(self._on_idle)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("translationProgress")
        self.progress_bar.setAccessibleName("Translation progress")
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelTranslation")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        host.add_status_widget(self.progress_bar)
        host.add_status_widget(self.cancel_button)

        host.bind(CommandId.TRANSLATE_ARTICLE, self.translate_current)
        host.bind(CommandId.TRANSLATE_LIBRARY, self.translate_library)
        host.bind(CommandId.CANCEL_TRANSLATION, self.cancel)
        host.subscribe(Event.ARTICLE_READ, self._on_article_read)
        host.subscribe(Event.ARTICLE_OPENED, self._on_article_opened)
        host.subscribe(Event.FIRST_PAINTED, self._after_first_paint)
        article_list = host.widget().findChild(QWidget, "articleList")
        if article_list is not None:  # the reader coming to the list: intent to open an article
            article_list.installEventFilter(self)
        if host.has_painted():  # installed after the first paint (MainWindow(defer_features=True))
            self._translate_restored_article()
            self._schedule_preload()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:  # (the article list's)
            state = self.host.current_state()
            self._warm_again(state.article.language if state is not None else None)
        return False

    def shutdown(self) -> None:
        self._apply_timer.stop()
        self._leads_timer.stop()
        self.job.cancel()

    def _enqueue(
        self, article_id: int, first: bool = False, force: bool = False, from_paragraph: int = 0
    ) -> None:
        self.job.enqueue(article_id, first=first, force=force, from_paragraph=from_paragraph)
        if (self.handle is None or self.handle.isFinished()) and not self.job.cancelled:
            self.handle = self.host.run_job(self.job)

    # --- commands --------------------------------------------------------------

    def translate_current(self, force: bool = False) -> None:
        article_id = self.host.current_article_id()
        if article_id is not None:
            self._await_first_paragraph(article_id)
            self._enqueue(article_id, first=True, force=force, from_paragraph=self._paragraph_in_view())
            self._show_busy()

    def translate_library(self) -> None:
        current = self.host.current_article_id()
        for row in self.host.library.list_articles():
            if row["language"] != "en" and not row["translated"] and row["id"] != current:
                self._enqueue(row["id"])
        if current is not None:
            self._enqueue(current, first=True, from_paragraph=self._paragraph_in_view())
        self._show_busy()

    def cancel(self) -> None:
        self._leads_timer.stop()  # no leads set after it: the next opening sets them
        self.job.cancel_all()
        self.host.show_status("Translation cancelled; finished paragraphs are kept.", 5000)

    # --- automatic translation of the article being read ---------------------------

    def _after_first_paint(self) -> None:
        # A turn of the event loop later: the window answers input first.
        article_id = self._pending_open
        if article_id is not None:
            QTimer.singleShot(0, lambda: self._on_article_opened(article_id))
        self._schedule_preload()

    def _translate_restored_article(self) -> None:
        """The window opened an untranslated article before this feature was
        installed (the last session's, restored at start-up): queue its
        translation now, not when the last feature is installed and catches
        up on the open article (the window's ARTICLE_OPENED after it:
        another 150-370 ms of feature installs after this at load ~4,
        `bench_translation_ui.py --restored --trace`). The job loads the
        model (or waits on load_pack's lock for the load app.py started
        before the window was built: one load, not two) while the other
        features are installed; its model call leaves the GIL to them. That
        catch-up finds it queued (_queued_when_read) and tells the features
        installed since that its first paragraph is awaited. Nothing for a
        translated or English article or without an installed pack (the
        route the window found when it opened the article: no file read
        here)."""
        state = self.host.current_state()
        if state is None or self._preloaded or self.job.cancelled:
            return
        article = state.article
        if article.translated or article.language == "en" or state.route is None:
            return
        self._preloaded = True  # (the preload's work: the job loads the model)
        self._queued_when_read = article.id
        self._translate_open_article(state)

    def _schedule_preload(self) -> None:
        QTimer.singleShot(PRELOAD_AFTER_PAINT_MS, self, self._preload)

    def _preload(self) -> None:
        """Get translating ready before an untranslated article is opened: a
        pack installed for a language with untranslated articles is loaded
        (the open article's language first), with CTranslate2's imports and
        kernels; cold, they came between the click and the first translated
        paragraph (import ~110 ms, model load ~180 ms of CPU, more on a busy
        machine). Memory: the model's, what translating the first article
        takes anyway. Once; nothing when no installed pack serves an
        untranslated article, or translating has started (it loads its own)."""
        if self._preloaded or self.handle is not None or self.job.cancelled:
            return
        self._preloaded = True
        state = self.host.current_state()
        language = state.article.language if state is not None else None
        # Not a daemon: at exit the interpreter waits for it (the model load:
        # about a second, seconds on a busy machine) rather than ending it
        # inside CTranslate2.
        threading.Thread(
            target=_prepare_translation, args=(self.host.data_dir, language), name="translation-preload"
        ).start()

    def _on_article_read(self, state) -> None:
        """An untranslated article starts translating before the view lays it
        out: the worker loads the model and starts the reader's paragraph's
        draft meanwhile (the model load leaves the GIL to the UI)."""
        self._queued_when_read = None
        article, route = state.article, state.route
        if self.host.has_painted() and not article.translated and article.language != "en" and route:
            self._queued_when_read = article.id
            self._translate_open_article(state)

    def _on_article_opened(self, article_id: int) -> None:
        """Translate what the open article's state says needs it (read once
        by the window: no second look at the article or the installed packs)."""
        if not self.host.has_painted():  # never compete with the first paint
            self._pending_open = article_id
            return
        self._pending_open = None
        self._leads_timer.start()  # (again: from this opening on)
        state = self.host.current_state()
        if self._queued_when_read == article_id and self._awaited == article_id:
            # (the catch-up after the last feature: those installed since it was queued learn it)
            self.host.publish(Event.TRANSLATION_AWAITED, article_id)
        if state is None or state.article.id != article_id or self._queued_when_read == article_id:
            return  # the reader has moved on, or it is being translated
        translated, route = state.article.translated, state.route
        if state.article.language == "en" or route is None:
            return  # no pack translates it: CTranslate2 is not loaded for it
        if translated:
            # Nothing to translate now; the next article in its language (or
            # "Translate again") will be: get CTranslate2 ready meanwhile.
            self._warm_up()
            self._warm_again(state.article.language)
            if translated != route.provenance:
                self.host.show_banner(
                    f"Translated with {translated}; {route.provenance} is installed now.",
                    "Translate again",
                    lambda: self.translate_current(force=True),
                )
            return
        self._translate_open_article(state)

    def _translate_open_article(self, state) -> None:
        # Where the reader left off is translated first (the view is scrolled there).
        position = state.position.paragraph if state.position else 0
        self._await_first_paragraph(state.article.id)
        self._enqueue(state.article.id, first=True, from_paragraph=position)
        self._show_busy()

    def _translate_leads(self) -> None:
        """No other article opened for LEADS_AFTER_MS since this one: translate the
        leads of the untranslated articles near it ahead (LEADS_NEAR, after
        the open article's own work). Nothing without an installed pack."""
        if self.job.cancelled or LEADS_NEAR <= 0:
            return
        near = self.host.articles_near(LEADS_NEAR)
        try:
            rows = {row["id"]: row for row in self.host.library.list_articles(near)} if near else {}
        except LibraryError:  # a damaged library: only the gain is lost (what the reader does says so)
            return
        untranslated = [a for a in near if a in rows and not rows[a]["translated"]]
        languages = {rows[a]["language"] for a in untranslated}
        routes = self.host.packs.find_routes(languages, "en") if languages else {}
        leads = [a for a in untranslated if routes[rows[a]["language"]] is not None]
        if leads:
            state = self.host.current_state()
            self.job.set_leads(leads, state.article.language if state is not None else None)
            if self.handle is None or self.handle.isFinished():
                self.handle = self.host.run_job(self.job)

    def _warm_up(self) -> None:
        """Once, unless translating has already loaded everything (the job's own imports)."""
        if self._warmed_up or self.handle is not None:
            return
        self._warmed_up = True
        # Not a daemon: the interpreter waits for it (a few hundred ms at most)
        # rather than ending it inside CTranslate2 at exit.
        threading.Thread(target=_prepare_translation, name="translation-warm-up").start()

    def _warm_again(self, language: str | None) -> None:
        """The models were released when idle (translation.IDLE_RELEASE_SECONDS),
        and the reader shows the intent to read on (an article opened, the
        list focused): load the model of ``language`` (the language read)
        again in a thread, when it has untranslated articles and an installed
        pack, so that opening the next one costs its model call, not a load.
        Not before the first paint's preload (it does this), nor while a load
        is under way; an untranslated article opened loads its own."""
        if not (self._preloaded or self.handle is not None) or self.job.cancelled or not language:
            return
        if language == "en" or (self._warming_again is not None and self._warming_again.is_alive()):
            return
        from ..core.translation import has_model_from

        if has_model_from(language):  # the usual case, settled without reading the packs folder
            return
        if self.host.packs.find_route(language, "en") is None:
            return
        # Not a daemon: at exit the interpreter waits for the load rather than ending it inside CTranslate2.
        self._warming_again = threading.Thread(
            target=_prepare_translation,
            args=(self.host.data_dir, language, True),
            name="translation-warm-again",
        )
        self._warming_again.start()

    def _paragraph_in_view(self) -> int:
        """The paragraph at the top of the reading view (0 when none is found)."""
        view = self.host.reading_view
        width = view.viewport().width()
        for x in (width // 4, 3 * width // 4):  # a probe may fall between cells or on a placeholder
            place = view.locate(view.cursorForPosition(QPoint(x, 8)).position())
            if place is not None:
                return place[1]
        return 0

    # --- job signals ---------------------------------------------------------------------

    def _show_busy(self) -> None:
        self.progress_bar.show()
        self.cancel_button.show()

    def first_paragraph_pending(self) -> bool:
        """The open article is queued or being translated, and none of its
        paragraphs (nor a draft of one) has come yet: what its reader waits for."""
        return self._awaited is not None and self._awaited == self.host.current_article_id()

    def _await_first_paragraph(self, article_id: int | None) -> None:
        """The article whose first paragraph the reader waits for, or None:
        told to the other features (Event.TRANSLATION_AWAITED)."""
        if article_id != self._awaited:
            self._awaited = article_id
            self.host.publish(Event.TRANSLATION_AWAITED, article_id)

    def _on_paragraph(self, article_id: int, paragraph: int, sentences: list) -> None:
        self._arrive(article_id, paragraph, sentences, True)

    def _on_partial(self, article_id: int, paragraph: int, sentences: list) -> None:
        self._arrive(article_id, paragraph, sentences, False)

    def _arrive(self, article_id: int, paragraph: int, sentences: list, complete: bool) -> None:
        """Queued to be shown one per turn of the event loop (_apply_one), except
        the first of the article the reader waits for (its first paragraph or
        draft, nothing queued before it): shown now, not after the work the
        event loop holds before the timer's next turn (with the window
        restoring an untranslated article, the next feature's install: 25-75 ms
        of the UI thread's CPU, `bench_translation_ui.py --restored`)."""
        awaited = article_id == self._awaited
        if awaited:
            self._await_first_paragraph(None)
        if article_id == self.host.current_article_id():
            self._arrived.append((article_id, paragraph, sentences, complete))
            if awaited and len(self._arrived) == 1:
                self._apply_one()
            else:
                self._apply_timer.start()

    def _apply_one(self) -> None:
        if self._arrived:
            article_id, paragraph, sentences, complete = self._arrived.popleft()
            view = self.host.reading_view
            if article_id == self.host.current_article_id() and complete:
                view.set_translation(paragraph, sentences)
                self.host.hide_banner()
            elif article_id == self.host.current_article_id():
                view.show_partial_translation(paragraph, sentences)
        if not self._arrived:
            self._apply_timer.stop()
            ready, self._ready_after_arrival = self._ready_after_arrival, []
            for article_id in ready:
                self.host.publish(Event.TRANSLATION_READY, article_id)

    def _on_progress(self, article_id: int, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"#{article_id}: %v/%m sentences")

    def _on_done(self, article_id: int, provenance: str, route: str) -> None:
        if article_id == self._awaited:  # (nothing was left to translate)
            self._await_first_paragraph(None)
        self.host.update_article_row(article_id, translated=provenance)
        if article_id == self.host.current_article_id():
            self.host.show_status(f"Translated with {provenance} ({route})", 8000)
        # Announced once its paragraphs are in the view: everyone reads the view's text.
        if self._arrived:
            self._ready_after_arrival.append(article_id)
        else:
            self.host.publish(Event.TRANSLATION_READY, article_id)

    def _on_failed(self, article_id: int, message: str) -> None:
        if article_id == self._awaited:
            self._await_first_paragraph(None)
        self.host.show_status(f"Translation of #{article_id}: {message}", 10000)
        # Cancelled or failed: the rest of a partly shown paragraph is not coming.
        self._arrived = deque(item for item in self._arrived if item[0] != article_id or item[3])
        if article_id == self.host.current_article_id():
            self.host.reading_view.drop_partial_translations()

    def _on_idle(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()


def _prepare_translation(
    data_dir: Path | None = None, language: str | None = None, only: bool = False
) -> None:
    """While the reader reads, do what would otherwise come between opening
    an article to translate and its first translated paragraph: import
    CTranslate2 and SentencePiece (40 ms of CPU, 50-200 ms on a busy machine,
    ~30 MB) and let CTranslate2 generate its compute kernels
    (`translation.warm_up`, 30 ms). With ``data_dir``, first load the model
    of a pack an untranslated article needs (`article_translation.preload`,
    ``language``'s first; with ``only``, ``language``'s or none), and nothing
    more when there is none. A thread: the imports leave the UI thread the
    GIL every few milliseconds (longest gap measured: 12 ms) once their
    shared libraries are in the page cache (`translation.page_in_native_libraries`,
    first: cold, their dlopen held it for as long as it read them), and
    CTranslate2 leaves it while it loads and runs."""
    from ..core import article_translation

    if data_dir is not None and article_translation.preload(data_dir, language, only) is None:
        return
    from ..core.translation import page_in_native_libraries, warm_up

    page_in_native_libraries()  # (nothing once preload imported CTranslate2)
    import sentencepiece  # noqa: F401

    warm_up()
