"""The main window: article list on the left, reading view on the right.

Every action is a command from `reader.core.commands`; this window binds a
handler to each id and builds menus and shortcuts from the registry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QMainWindow, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ..core.commands import BY_ID, COMMANDS, MENUS, KeymapReport, load_keymap
from ..core.languages import language_name
from ..core.packs import DEFAULT_INDEX_URL, PackManager
from ..core.safe_text import isolated
from ..core.storage import Library, LibraryError
from ..core.storage.reading import open_article, open_translation
from .article_list import ARTICLE_ID_ROLE, COLUMNS, ArticleFilterModel, ArticleTableModel
from .plain_text import message_box, plain_text, show_message
from .reading_view import ReadingView

def describe_provenance(provenance: str) -> str:
    """'nl_fr@1.0+fr_en@1.9' -> 'nl_fr@1.0+fr_en@1.9 (via French)'."""
    hops = provenance.split("+")
    if len(hops) < 2:
        return provenance
    pivots = [hop.split("@")[0].split("_")[-1] for hop in hops[:-1]]
    return f"{provenance} (via {', '.join(language_name(p) for p in pivots)})"


class ImportWorker(QThread):
    """Imports files, web pages and pasted text (see core.sources) off the UI
    thread with its own database connection; requestInterruption() cancels
    a web page's fetch."""

    progress = Signal(str, bool)  # message, ok
    received = Signal(int, int)   # bytes of a web page so far, its size (-1: unknown)
    imported = Signal(int)        # the id of each article added, updated or already there

    def __init__(self, data_dir: Path, sources: list, parent=None):
        super().__init__(parent)
        self.data_dir, self.sources = data_dir, sources
        self.cancelled = False  # stays set once the thread has ended (unlike isInterruptionRequested)

    def cancel(self) -> None:
        self.cancelled = True
        self.requestInterruption()

    def run(self):
        from ..core.library import store_outcomes
        from ..core.sources import import_sources

        try:
            library = Library(self.data_dir)
        except LibraryError as error:
            self.progress.emit(str(error), False)
            return
        outcomes = import_sources(self.sources, cancelled=self.isInterruptionRequested,
                                  progress=lambda got, total: self.received.emit(got, -1 if total is None else total))
        try:
            for result in store_outcomes(library, outcomes):
                self.progress.emit(result.message, result.ok)
                if result.article_id is not None:
                    self.imported.emit(result.article_id)
        finally:
            library.close()


class MainWindow(QMainWindow):
    articleOpened = Signal(int)
    firstPainted = Signal()  # background work waits for it, so it never delays first paint

    def __init__(self, library: Library, keymap: KeymapReport | None = None, *, defer_features: bool = False):
        """`defer_features`: install translation, keyboard reading and
        annotations just after the first paint (the app does this so the
        window shows sooner); tests and scripts get everything at once."""
        super().__init__()
        self.library = library
        self.data_dir = library.data_dir
        self.packs = PackManager(self.data_dir)  # translation packs of this library
        self.pack_index_url = DEFAULT_INDEX_URL  # where downloads look (tests point it at 127.0.0.1)
        self.keymap = keymap or load_keymap(self.data_dir / "keymap.json")
        self.current_article_id: int | None = None
        self.actions: dict[str, QAction] = {}
        self._import_workers: list[ImportWorker] = []
        self.translation = None
        self.setWindowTitle("Reader")
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._bind_default_handlers()
        self.reload_articles()
        self.painted = False
        self.reading_view.viewport().installEventFilter(self)
        if defer_features:
            self.firstPainted.connect(lambda: QTimer.singleShot(0, self.install_features))
        else:
            self.install_features()

    def install_features(self) -> None:
        """Each feature binds its commands and follows `articleOpened`."""
        if self.translation is not None:
            return
        from .annotations_ui import install_annotations
        from .clutter_ui import install_clutter
        from .entities_ui import install_entities
        from .keyboard import install_keyboard_features
        from .pack_offer import install_pack_offer
        from .translation_ui import TranslationController

        self.translation = TranslationController(self)
        install_pack_offer(self)
        install_entities(self)  # before the others: entity tints are drawn under them
        install_keyboard_features(self)
        install_annotations(self)
        install_clutter(self)
        if self.current_article_id is not None:
            self.articleOpened.emit(self.current_article_id)  # catch up on the open article

    def eventFilter(self, watched, event):
        if not self.painted and event.type() == QEvent.Type.Paint and watched is self.reading_view.viewport():
            self.painted = True
            QTimer.singleShot(0, self.firstPainted.emit)
        return super().eventFilter(watched, event)

    # --- widgets ----------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText("Filter articles…")
        self.filter_edit.setAccessibleName("Filter articles")
        self.filter_edit.setClearButtonEnabled(True)

        self.article_model = ArticleTableModel(self)
        self.article_filter = ArticleFilterModel(self)
        self.article_filter.setSourceModel(self.article_model)
        self.filter_edit.textChanged.connect(self.article_filter.setFilterFixedString)

        self.article_table = QTableView()
        self.article_table.setObjectName("articleList")
        self.article_table.setAccessibleName("Articles")
        self.article_table.setModel(self.article_filter)
        self.article_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_table.setSortingEnabled(True)
        self.article_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.article_table.verticalHeader().hide()
        self.article_table.setWordWrap(False)
        self.article_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed sizes: ResizeToContents would measure every row (10,000 of
        # them in a big library) before the first paint.
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.article_table.fontMetrics()
        widest = {"language": "Lang", "date": "2023-11-20", "words": "99999", "translated": "Transl.",
                  "progress": "100%"}
        for column, (key, label) in enumerate(COLUMNS):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                sample = max(widest.get(key, label), label, key=metrics.horizontalAdvance)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        rows = self.article_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 8)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.article_table.activated.connect(lambda _index: self.reading_view.setFocus())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.article_table)

        self.banner = QFrame()
        self.banner.setObjectName("translationBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("translationBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_button = QPushButton()
        self.banner_button.setObjectName("translationBannerButton")
        self._banner_action: Callable[[], object] = lambda: None
        self.banner_button.clicked.connect(lambda: self._banner_action())
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.reading_view = ReadingView()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.reading_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.filter_edit, self.article_table)
        self.setTabOrder(self.article_table, self.reading_view)
        self.statusBar().showMessage("Ready")

    # --- commands ------------------------------------------------------------------

    def _build_actions(self) -> None:
        menus = {name: self.menuBar().addMenu(f"&{name}") for name in MENUS}
        for command in COMMANDS:
            action = QAction(command.label, self)
            action.setObjectName(f"action-{command.id}")
            action.setStatusTip(command.description)
            keys = self.keymap.keymap.get(command.id, [])
            action.setShortcuts([QKeySequence(k) for k in keys])
            if command.scope in ("reading", "list"):
                # Only while reading, so arrows still move in the article list;
                # only in the list, so Ctrl+V still pastes into the filter.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                (self.reading_view if command.scope == "reading" else self.article_table).addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(action)
            action.setEnabled(False)  # until a handler is bound
            if command.menu:
                menus[command.menu].addAction(action)
            self.actions[command.id] = action

    def bind(self, command_id: str, handler: Callable[[], object], *, checkable: bool = False,
             checked: bool = False) -> QAction:
        """Attach the handler of a registered command (the only way actions get behaviour)."""
        if command_id not in BY_ID:
            raise KeyError(f"unknown command {command_id!r}")
        action = self.actions[command_id]
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
        action.triggered.connect(lambda *_: handler())
        action.setEnabled(True)
        return action

    def run_command(self, command_id: str) -> None:
        action = self.actions[command_id]
        if action.isEnabled():
            action.trigger()

    def _bind_default_handlers(self) -> None:
        self.bind("import-files", self.import_files_dialog)
        self.bind("import-folder", self.import_folder_dialog)
        self.bind("quit", self.close)
        self.bind("focus-filter", self._focus_filter)
        self.bind("next-article", lambda: self.step_article(+1))
        self.bind("previous-article", lambda: self.step_article(-1))
        self.bind("set-language", self.set_language_dialog)
        self.bind("toggle-translation", self._toggle_translation, checkable=True, checked=True)
        self.bind("font-larger", lambda: self.reading_view.set_point_size(self.reading_view.point_size + 1))
        self.bind("font-smaller", lambda: self.reading_view.set_point_size(self.reading_view.point_size - 1))
        self.bind("about", self._about)
        self.bind("manage-packs", self.open_packs_dialog)
        from .import_sources import install_import_sources

        install_import_sources(self)

    def open_packs_dialog(self):
        from .packs_dialog import PacksDialog

        dialog = PacksDialog(self.data_dir, self.library.languages() - {"en"}, self, index_url=self.pack_index_url)
        dialog.packsChanged.connect(self._on_packs_changed)
        dialog.open()
        return dialog

    def _on_packs_changed(self) -> None:
        if self.current_article_id is not None:
            self.open_article(self.current_article_id)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _toggle_translation(self) -> None:
        self.reading_view.set_show_translation(self.actions["toggle-translation"].isChecked())

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, "About Reader",
                          f"Reader {__version__}\nForeign-language news next to an offline English translation.")

    # --- articles ----------------------------------------------------------------------

    def reload_articles(self) -> None:
        current = self.current_article_id
        self.article_model.set_rows(self.library.list_articles())
        if current is not None:
            self.select_article(current)

    def select_article(self, article_id: int) -> bool:
        row = self.article_model.row_of(article_id)
        if row < 0:
            return False
        index = self.article_filter.mapFromSource(self.article_model.index(row, 0))
        if not index.isValid():
            return False
        self.article_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.article_table.scrollTo(index)
        return True

    def step_article(self, delta: int) -> None:
        count = self.article_filter.rowCount()
        if not count:
            return
        current = self.article_table.currentIndex().row()
        target = max(0, min(count - 1, (current if current >= 0 else -delta) + delta))
        self.article_table.selectionModel().setCurrentIndex(
            self.article_filter.index(target, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_article(current.data(ARTICLE_ID_ROLE))

    def open_article(self, article_id: int) -> None:
        # Paragraphs and translation are read as the view shows them: a long
        # article opens as fast as a short one (storage.reading).
        article = open_article(self.library, article_id)
        if article is None:
            return
        self.current_article_id = article_id
        translation = open_translation(self.library, article_id)
        # One look at the installed packs per article: it decides both notices.
        missing = None if article.language == "en" else self.packs.missing_message(article.language)
        placeholder = None if translation else self.translation_placeholder(article.language, missing)
        self.reading_view.show_article(article, translation, placeholder)
        self._update_banner(article, bool(translation), missing)
        self.setWindowTitle(f"{isolated(article.title)} — Reader")
        # A complete translation is all of one provenance (article_translation): no need to read them.
        provenances = [article.translated] if article.translated else \
            sorted(translation.provenances()) if translation else []
        self.statusBar().showMessage(
            f"{language_name(article.language)} · {article.date or 'no date'} · "
            f"{len(article.paragraphs)} paragraphs · {article.paragraphs.sentence_total} sentences"
            + "".join(f" · translation {describe_provenance(p)}" for p in provenances))
        try:
            self.library.set_setting("last_article", article_id)
        except LibraryError:
            pass
        self.articleOpened.emit(article_id)

    def translation_placeholder(self, language: str, missing: str | None) -> str:
        """Why the translation column is empty and what to do; `missing` is
        PackManager.missing_message (None when a pack, or a pivot pair, is installed)."""
        if language == "en":
            return "This article is in English: no translation needed."
        if missing is None:
            return "Not translated yet. Translation ▸ Translate Article (Ctrl+R)."
        return (f"No translation. {missing.rstrip('.')}: "
                f"Translation ▸ Language Packs… ({self._keys_text('manage-packs')}).")

    def _keys_text(self, command_id: str) -> str:
        keys = self.keymap.keymap.get(command_id, [])
        return keys[0] if keys else "no key"

    def _update_banner(self, article, translated: bool, missing: str | None) -> None:
        if translated or article.language == "en":
            self.banner.hide()
            return
        has_pack = missing is None
        offer = self.actions["pack-offer"].isEnabled()  # bound once features are installed
        command_id = "translate-article" if has_pack else "pack-offer" if offer else "manage-packs"
        self.show_banner(self.translation_placeholder(article.language, missing),
                         "Translate" if has_pack else "Install a language pack…",
                         lambda: self.run_command(command_id))

    def show_banner(self, text: str, button_text: str, action: Callable[[], object]) -> None:
        """A one-line notice above the article with one button."""
        self.banner_label.setText(text)
        self.banner_button.setText(button_text)
        self._banner_action = action
        self.banner.show()

    def set_language_dialog(self) -> None:
        if self.current_article_id is None:
            return
        article = self.library.get_article(self.current_article_id)
        code, ok = QInputDialog.getText(
            self, "Article language",
            plain_text(f"Language code (ISO 639-1, e.g. he, ar, fr, nl) for:\n{article.title}"), text=article.language)
        code = code.strip().lower()
        if ok and code and code != article.language:
            self.library.set_article_language(article.id, code)
            self.reload_articles()
            self.open_article(article.id)

    # --- import ----------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(Path.home()), "Articles (*.txt *.md *.html *.htm);;All files (*)")
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> ImportWorker:
        return self.import_sources(paths)

    def import_sources(self, sources: list) -> ImportWorker:
        """Import files, web addresses or `Pasted` content (core.sources) in
        the background; the list refreshes as articles arrive."""
        worker = ImportWorker(self.data_dir, sources, self)
        failures: list[str] = []

        def on_progress(message: str, ok: bool) -> None:
            self.statusBar().showMessage(message, 8000)
            if not ok:
                failures.append(message)
            self.reload_articles()

        def on_finished() -> None:
            self._import_workers.remove(worker)
            if worker.cancelled:
                self.statusBar().showMessage("Import cancelled: nothing more was changed", 8000)
            elif failures:
                message_box(self, QMessageBox.Icon.Warning, "Not imported", "\n".join(failures)).open()

        worker.progress.connect(on_progress)
        worker.finished.connect(on_finished)
        self._import_workers.append(worker)
        worker.start()
        return worker

    def dragEnterEvent(self, event):
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasHtml() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):
        """Dropped files, links (fetched because they were dropped), HTML or text."""
        from .import_sources import import_mime

        if import_mime(self, event.mimeData(), "dropped text") is not None:
            event.acceptProposedAction()

    # --- session ---------------------------------------------------------------------------

    def restore_state(self, article_id: int | None = None) -> None:
        geometry = self.library.get_setting("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1280, 800)
        sizes = self.library.get_setting("splitter_sizes")
        if sizes:
            self.splitter.setSizes(sizes)
        target = article_id or self.library.get_setting("last_article")
        if not (target and self.select_article(target)) and self.article_filter.rowCount():
            self.step_article(+1)

    def closeEvent(self, event):
        try:
            self.library.set_setting("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
            self.library.set_setting("splitter_sizes", self.splitter.sizes())
        except LibraryError as error:
            show_message(self, QMessageBox.Icon.Warning, "Reader", str(error))
        for worker in list(self._import_workers):
            worker.cancel()  # a file import stops after its current file, a fetch at its next piece
            worker.wait(5000)
        if self.translation is not None:
            self.translation.shutdown()
        super().closeEvent(event)
