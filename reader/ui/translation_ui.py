"""Translation in the window: a background worker, streaming into the
translation column, the current article first, the library on request."""

from __future__ import annotations

import threading
from collections import deque

from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from ..core.storage import Library, LibraryError


class TranslationWorker(QThread):
    """Translates queued articles, one at a time, off the UI thread.

    Owns its own database connection (SQLite connections are per thread).
    """

    paragraphReady = Signal(int, int, list)      # article id, paragraph, sentences
    progress = Signal(int, int, int)             # article id, done, total
    articleDone = Signal(int, str, str)          # article id, provenance, route description
    articleFailed = Signal(int, str)             # article id, message
    idle = Signal()

    def __init__(self, data_dir, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.queue: deque[tuple[int, bool]] = deque()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.cancel_event = threading.Event()
        self.stopping = False
        self.current: int | None = None

    def enqueue(self, article_id: int, first: bool = False, force: bool = False) -> None:
        if not self.isRunning() and not self.stopping:
            self.start()
        with self.lock:
            self.queue = deque(item for item in self.queue if item[0] != article_id)
            if first:
                self.queue.appendleft((article_id, force))
            else:
                self.queue.append((article_id, force))
        self.wake.set()

    def cancel_all(self) -> None:
        with self.lock:
            self.queue.clear()
        self.cancel_event.set()

    def stop(self) -> None:
        if not self.isRunning():
            self.stopping = True
            return
        self.stopping = True
        self.cancel_all()
        self.wake.set()
        self.wait(10000)

    def pending(self) -> int:
        with self.lock:
            return len(self.queue) + (self.current is not None)

    def run(self) -> None:
        from ..core.article_translation import NoRoute, translate_article
        from ..core.packs import PackManager
        from ..core.translation import TranslationCancelled

        try:
            library = Library(self.data_dir)
        except LibraryError as error:
            self.articleFailed.emit(-1, str(error))
            return
        packs = PackManager(self.data_dir)
        while not self.stopping:
            with self.lock:
                item = self.queue.popleft() if self.queue else None
            if item is None:
                self.current = None
                self.idle.emit()
                self.wake.wait()
                self.wake.clear()
                continue
            article_id, force = item
            self.current = article_id
            self.cancel_event.clear()
            try:
                result = translate_article(
                    library, packs, article_id,
                    on_paragraph=lambda p, s, a=article_id: self.paragraphReady.emit(a, p, s),
                    on_progress=lambda done, total, a=article_id: self.progress.emit(a, done, total),
                    cancel=self.cancel_event, force=force,
                )
                self.articleDone.emit(article_id, result.provenance, result.route_description)
            except TranslationCancelled:
                self.articleFailed.emit(article_id, "cancelled")
            except NoRoute as error:
                self.articleFailed.emit(article_id, str(error))
            except Exception as error:  # a broken pack must not kill the worker
                self.articleFailed.emit(article_id, f"{type(error).__name__}: {error}")
            self.current = None
        library.close()


class TranslationController(QObject):
    """Connects the worker to the main window and binds the translation commands."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker = TranslationWorker(window.data_dir, self)
        self.worker.paragraphReady.connect(self._on_paragraph)
        self.worker.progress.connect(self._on_progress)
        self.worker.articleDone.connect(self._on_done)
        self.worker.articleFailed.connect(self._on_failed)
        self.worker.idle.connect(self._on_idle)
        self._pending_open: int | None = None
        # Paragraphs arrive in bursts (one model batch completes many); show
        # one per event-loop turn so input and painting never wait behind them.
        self._arrived: deque[tuple[int, int, list]] = deque()
        self._apply_timer = QTimer(self)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_one)
        window.firstPainted.connect(self._after_first_paint)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("translationProgress")
        self.progress_bar.setAccessibleName("Translation progress")
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelTranslation")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.progress_bar)
        window.statusBar().addPermanentWidget(self.cancel_button)

        window.bind("translate-article", self.translate_current)
        window.bind("translate-library", self.translate_library)
        window.bind("cancel-translation", self.cancel)
        window.articleOpened.connect(self._on_article_opened)
        window.destroyed.connect(lambda *_: None)

    # --- commands --------------------------------------------------------------

    def translate_current(self, force: bool = False) -> None:
        if self.window.current_article_id is not None:
            self.worker.enqueue(self.window.current_article_id, first=True, force=force)
            self._show_busy()

    def translate_library(self) -> None:
        current = self.window.current_article_id
        for row in self.window.library.list_articles():
            if row["language"] != "en" and not row["translated"] and row["id"] != current:
                self.worker.enqueue(row["id"])
        if current is not None:
            self.worker.enqueue(current, first=True)
        self._show_busy()

    def cancel(self) -> None:
        self.worker.cancel_all()
        self.window.statusBar().showMessage("Translation cancelled; finished paragraphs are kept.", 5000)

    def shutdown(self) -> None:
        self.worker.stop()

    # --- automatic translation of the article being read ---------------------------

    def _after_first_paint(self) -> None:
        # A turn of the event loop later: the window answers input first.
        article_id = self._pending_open
        if article_id is not None:
            QTimer.singleShot(0, lambda: self._on_article_opened(article_id))

    def _on_article_opened(self, article_id: int) -> None:
        if not self.window.painted:  # never compete with the first paint
            self._pending_open = article_id
            return
        self._pending_open = None
        rows = self.window.library.list_articles([article_id])
        if not rows or article_id != self.window.current_article_id:
            return  # deleted, or the reader has moved on
        article_row = rows[0]
        if article_row["language"] == "en":
            return
        route = self.window.packs.find_route(article_row["language"], "en")
        if route is None:
            return
        if article_row["translated"] == route.provenance:
            return
        if article_row["translated"]:
            self.window.show_banner(
                f"Translated with {article_row['translated']}; {route.provenance} is installed now.",
                "Translate again", lambda: self.translate_current(force=True))
            return
        self.worker.enqueue(article_id, first=True)
        self._show_busy()

    # --- worker signals ---------------------------------------------------------------

    def _show_busy(self) -> None:
        self.progress_bar.show()
        self.cancel_button.show()

    def _on_paragraph(self, article_id: int, paragraph: int, sentences: list) -> None:
        if article_id == self.window.current_article_id:
            self._arrived.append((article_id, paragraph, sentences))
            self._apply_timer.start()

    def _apply_one(self) -> None:
        if not self._arrived:
            self._apply_timer.stop()
            return
        article_id, paragraph, sentences = self._arrived.popleft()
        if article_id == self.window.current_article_id:
            self.window.reading_view.set_translation(paragraph, sentences)
            self.window.banner.hide()

    def _on_progress(self, article_id: int, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"#{article_id}: %v/%m sentences")

    def _on_done(self, article_id: int, provenance: str, route: str) -> None:
        self.window.article_model.update_row(article_id, translated=provenance)
        if article_id == self.window.current_article_id:
            self.window.statusBar().showMessage(f"Translated with {provenance} ({route})", 8000)

    def _on_failed(self, article_id: int, message: str) -> None:
        self.window.statusBar().showMessage(f"Translation of #{article_id}: {message}", 10000)

    def _on_idle(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
