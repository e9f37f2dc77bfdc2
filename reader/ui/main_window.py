"""The main window: article list on the left, reading view on the right.

A shell: it owns the article list, the reading view and the menus, and hosts
the features (`features.FEATURES`) through `feature_host.FeatureHost`. Every
action is a command from `reader.core.commands`; this window binds a handler
to each id and builds menus and shortcuts from the registry. Opening an
article is one `ReaderService.open_article` call; features read the
resulting state (`current_state()`) on `Event.ARTICLE_OPENED`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import (
    BY_ID,
    COMMANDS,
    MENUS,
    CommandId,
    KeymapReport,
    Mode,
    handled_command,
    load_keymap,
)
from ..core.errors import ArticleNotFound
from ..core.languages import language_name
from ..core.packs import DEFAULT_INDEX_URL, PackManager
from ..core.safe_text import isolated
from ..core.service import ArticleState, ReaderService
from ..core.storage import Library, LibraryError
from .article_list import ARTICLE_ID_ROLE, COLUMNS, ArticleFilterModel, ArticleTableModel, header_labels
from .feature_host import Event, Feature
from .features import FEATURES, FeatureEntry
from .plain_text import message_box, plain_text, show_message
from .qt_values import set_enum_property
from .reading_view import SOURCE, TRANSLATION, ReadingView

if TYPE_CHECKING:
    # Made in the turn after the first paint (actions, jobs, imports): PySide
    # builds QKeySequence's and QAction's Python types on first use, and no key,
    # menu or job is needed to show the list and the article.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    from .annotations_ui import AnnotationsFeature
    from .clutter_ui import ClutterFeature
    from .entities_ui import EntitiesFeature
    from .import_sources import ImportJob
    from .jobs import Job, JobHandle, JobRunner
    from .keyboard import KeyboardFeature
    from .pack_offer import PackOfferFeature
    from .translation_ui import TranslationFeature


#: The longest the features not installed yet wait for the restored
#: article's first translated paragraph (MainWindow._install_in_turns).
HOLD_INSTALLS_MS = 1000


class Hold(Enum):
    NOT_YET = 0
    HOLDING = 1
    OVER = 2


class EarlyInput(QObject):
    """The application's event filter from the first paint until every
    feature is installed: a key pressed or a click before then installs them
    all at once, before the key or the click is taken (a key's
    ShortcutOverride comes before the shortcuts are looked up), so that it
    does what it would do once the window is complete."""

    INPUT = frozenset(
        {
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
        }
    )

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self.INPUT:
            self.window.install_features()  # (which removes this filter)
        return False


def describe_provenance(provenance: str) -> str:
    """'nl_fr@1.0+fr_en@1.9' -> 'nl_fr@1.0+fr_en@1.9 (via French)'."""
    hops = provenance.split("+")
    if len(hops) < 2:
        return provenance
    pivots = [hop.split("@")[0].split("_")[-1] for hop in hops[:-1]]
    return f"{provenance} (via {', '.join(language_name(p) for p in pivots)})"


class MainWindow(QMainWindow):
    firstPainted = Signal()  # background work waits for it, so it never delays first paint
    # Every feature is in (with defer_features: once, after their wait for the
    # restored article's first translated paragraph); work of the window's own
    # that can wait (app.py's) waits for it too.
    featuresInstalled = Signal()

    def __init__(
        self,
        library: Library,
        keymap: KeymapReport | None = None,
        *,
        defer_features: bool = False,
        features: list[FeatureEntry] | None = None,
    ):
        """`defer_features`: make the window's actions and install the
        features just after the first paint, one per turn of the event loop
        (the app does this so the window shows sooner and takes input between
        them); tests and scripts get everything at once. `features`: these instead of
        `features.FEATURES` (a benchmark's bare window has none)."""
        super().__init__()
        self.library = library
        self.data_dir = library.data_dir
        self.packs = PackManager(self.data_dir)  # translation packs of this library
        self.pack_index_url = DEFAULT_INDEX_URL  # where downloads look (tests point it at 127.0.0.1)
        self.keymap = keymap or load_keymap(self.data_dir / "keymap.json")
        self.service = ReaderService(library, self.packs)
        self._jobs: JobRunner | None = None
        self.actions: dict[str, QAction] = {}  # every window command's, made with the first feature
        self._article_id: int | None = None
        self._state: ArticleState | None = None
        self._subscribers: defaultdict[Event, list[Callable[..., object]]] = defaultdict(list)
        self._features: dict[str, Feature] = {}
        self._not_installed = list(FEATURES if features is None else features)
        self._import_workers: list[JobHandle] = []
        self.setWindowTitle("Reader")
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._build_widgets()
        # The menus' titles show at the first paint; their actions come after it.
        self._menus = {name: self.menuBar().addMenu(f"&{name}") for name in MENUS}
        self.reload_articles()
        self.painted = False
        self.reading_view.viewport().installEventFilter(self)
        self.firstPainted.connect(lambda: self.publish(Event.FIRST_PAINTED))
        self._awaited_translation: int | None = None  # (Event.TRANSLATION_AWAITED)
        self._hold = Hold.NOT_YET  # the installs' wait for that paragraph (_install_in_turns)
        self._early_input: EarlyInput | None = None
        self._told_installed = False  # (featuresInstalled, once)
        if defer_features:
            self.subscribe(Event.TRANSLATION_AWAITED, self._on_translation_awaited)
            self.firstPainted.connect(self._start_installing)
        else:
            self.install_features()

    # --- features (feature_host.FeatureHost) ------------------------------------------

    def install_features(self) -> None:
        """The window's commands, then every feature of `features.FEATURES`
        not installed yet, in its order, then sorting by a column."""
        self._stop_watching_input()
        self._hold = Hold.OVER
        while self._install_next():
            pass
        self._all_installed()

    def _start_installing(self) -> None:
        # Until every feature is in, a key or a click installs the rest first (EarlyInput).
        self._early_input = EarlyInput(self)
        QApplication.instance().installEventFilter(self._early_input)
        QTimer.singleShot(0, self._install_in_turns)

    def _stop_watching_input(self) -> None:
        if self._early_input is not None:
            QApplication.instance().removeEventFilter(self._early_input)
            self._early_input = None

    def _install_in_turns(self) -> None:
        """`install_features`, one feature per turn of the event loop: key
        presses and paints are taken between them (all at once held the UI
        thread ~50 ms just after the first paint). When the window restores
        an untranslated article, the installs after the translation
        feature's wait for its first translated paragraph (HOLD_INSTALLS_MS
        at most): the paragraph is shown as it arrives, not after the
        feature install the UI thread is in, and the model call has the
        cores meanwhile (the keyboard feature's install, 57-75 ms, the
        catch-up on the open article, 58-67 ms, at load ~2.5;
        `bench_translation_ui.py --restored --load-at-start`). A key or a
        click meanwhile installs them all first (EarlyInput): nothing the
        reader does waits for the paragraph, nor is lost."""
        if not self.isVisible():  # (none once the window is closed)
            self._stop_watching_input()
            return
        if self._awaited_translation is not None and self._hold is Hold.NOT_YET:
            self._hold = Hold.HOLDING
            QTimer.singleShot(HOLD_INSTALLS_MS, self, self._end_hold)
        if self._hold is Hold.HOLDING:
            return  # _end_hold goes on
        if self._install_next():
            QTimer.singleShot(0, self._install_in_turns)
        else:
            self._stop_watching_input()
            self._all_installed()

    def _all_installed(self) -> None:
        if not self._told_installed:
            self._told_installed = True
            self.featuresInstalled.emit()

    def _on_translation_awaited(self, article_id: int | None) -> None:
        self._awaited_translation = article_id
        if article_id is None:
            # A turn later: the paragraph is shown first (this is published as it arrives).
            QTimer.singleShot(0, self, self._end_hold)

    def _end_hold(self) -> None:
        """The awaited paragraph has come, or HOLD_INSTALLS_MS have passed: the installs go on, once."""
        if self._hold is Hold.HOLDING:
            self._hold = Hold.OVER
            self._install_in_turns()
        elif self._hold is Hold.NOT_YET:
            self._hold = Hold.OVER  # (it came before the installs got to it: no wait)

    def _install_next(self) -> bool:
        """The window's commands (actions, keys, default handlers) first, then
        the next feature; with the last one, catch every feature up on the
        open article; then sorting by a column. True while some are left."""
        if not self.actions:
            self._build_actions()
            self._bind_default_handlers()
        elif self._not_installed:
            self._install(self._not_installed.pop(0))
            if not self._not_installed and self._article_id is not None:
                self.publish(Event.ARTICLE_OPENED, self._article_id)  # catch up on the open article
        elif not self.article_table.isSortingEnabled():
            self._enable_sorting()
        return bool(self._not_installed) or not self.article_table.isSortingEnabled()

    def _install(self, entry: FeatureEntry) -> None:
        feature = entry.load()()
        self._features[feature.name] = feature
        feature.install(self)

    def feature(self, name: str) -> Feature | None:
        """An installed feature by its name (None before it is installed)."""
        return self._features.get(name)

    # Typed shortcuts to the features tests and scripts use most.
    @property
    def translation(self) -> TranslationFeature | None:
        return self._features.get("translation")  # type: ignore[return-value]

    @property
    def pack_offer(self) -> PackOfferFeature | None:
        return self._features.get("pack_offer")  # type: ignore[return-value]

    @property
    def entities(self) -> EntitiesFeature | None:
        return self._features.get("entities")  # type: ignore[return-value]

    @property
    def annotations(self) -> AnnotationsFeature | None:
        return self._features.get("annotations")  # type: ignore[return-value]

    @property
    def clutter(self) -> ClutterFeature | None:
        return self._features.get("clutter")  # type: ignore[return-value]

    @property
    def keyboard(self) -> KeyboardFeature | None:
        return self._features.get("keyboard")  # type: ignore[return-value]

    def subscribe(self, event: Event, handler: Callable[..., object]) -> None:
        self._subscribers[event].append(handler)

    def publish(self, event: Event, *args: object) -> None:
        for handler in list(self._subscribers[event]):
            handler(*args)

    def current_article_id(self) -> int | None:
        return self._article_id

    def current_state(self) -> ArticleState | None:
        return self._state

    def has_painted(self) -> bool:
        return self.painted

    def widget(self) -> QWidget:
        return self

    def bind_commands(self, owner: object) -> None:
        """Bind every method of `owner` marked with `commands.handles`."""
        for name in dir(type(owner)):
            marked = handled_command(getattr(type(owner), name, None))
            if marked is not None:
                command, checkable = marked
                self.bind(command, getattr(owner, name), checkable=checkable)

    def action(self, command: CommandId | str) -> QAction:
        return self.actions[command]

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea | None = None) -> None:
        """A dock (a QDockWidget, or a widget wrapped in one), a third of the window wide at most."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        dock = widget if isinstance(widget, QDockWidget) else None
        if dock is None:
            dock = QDockWidget(widget.accessibleName() or widget.objectName(), self)
            dock.setObjectName(f"{widget.objectName()}Dock")
            dock.setWidget(widget)
        self.addDockWidget(area or Qt.DockWidgetArea.RightDockWidgetArea, dock)
        # a third of the window at most: the article stays the main thing
        self.resizeDocks([dock], [max(360, self.width() // 3)], Qt.Orientation.Horizontal)

    def add_panel_below_reader(self, widget: QWidget) -> None:
        from PySide6.QtCore import Qt

        self.reading_view.parentWidget().layout().addWidget(widget)
        # Tab goes on from the text into it, control by control.
        previous: QWidget = self.reading_view
        for control in [widget, *widget.findChildren(QWidget)]:
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus and control.focusProxy() is None:
                self.setTabOrder(previous, control)
                previous = control

    def set_keymap(self, keymap: KeymapReport) -> None:
        from PySide6.QtGui import QKeySequence

        from .mode_keys import apply_keymap

        self.keymap = keymap
        for command_id, action in self.actions.items():
            action.setShortcuts([QKeySequence(key) for key in keymap.keys(command_id)])
        apply_keymap(self, keymap)

    def set_reading_only(self, on: bool) -> None:
        left = self.splitter.widget(0)
        if on and self._reading_only_saved is None:
            self._reading_only_saved = (left.isVisible(), self.banner.isVisible())
            left.hide()
            self.banner.hide()  # "no translation" is noise with one column
        elif not on and self._reading_only_saved is not None:
            left_visible, banner_visible = self._reading_only_saved
            self._reading_only_saved = None
            left.setVisible(left_visible)
            self.banner.setVisible(banner_visible)

    def add_banner(self, widget: QWidget) -> None:
        column = self.banner.parentWidget().layout()
        column.insertWidget(column.indexOf(self.banner), widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_status(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def add_style(self, stylesheet: str) -> None:
        self.setStyleSheet(self.styleSheet() + stylesheet)

    def set_article_column_width(self, key: str, sample: str, *, position: int | None = None) -> None:
        header = self.article_table.horizontalHeader()
        column = [k for k, _label in COLUMNS].index(key)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, header.fontMetrics().horizontalAdvance(sample) + 16)
        if position is not None:
            header.moveSection(header.visualIndex(column), position)

    def filter_articles(self, article_ids: set[int] | None) -> None:
        self.article_filter.set_allowed_ids(article_ids)

    def update_article_row(self, article_id: int, **values: object) -> None:
        self.article_model.update_row(article_id, **values)

    @property
    def jobs(self) -> JobRunner:
        """The window's background jobs, made on first use (after the first paint)."""
        if self._jobs is None:
            from .jobs import JobRunner

            self._jobs = JobRunner(self.data_dir, self)
        return self._jobs

    def run_job(self, job: Job) -> JobHandle:
        return self.jobs.run(job)

    def eventFilter(self, watched, event):
        if watched is self.article_table:
            if event.type() == QEvent.Type.FocusIn and not self.article_table.currentIndex().isValid():
                self.step_article(+1)  # the keyboard always has a row to start from
        elif (
            not self.painted and event.type() == QEvent.Type.Paint and watched is self.reading_view.viewport()
        ):
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
        self._filtering = False
        self._reading_only_saved: tuple[bool, bool] | None = None  # set_reading_only (focus mode)
        self.filter_edit.textChanged.connect(self._filter_articles)

        self.article_table = QTableView()
        self.article_table.setObjectName("articleList")
        self.article_table.setAccessibleName("Articles")
        # Nothing reads Qt's namespace before the first paint (qt_values): the
        # header shows a labels model of its own, given before the articles
        # come (the view would size its header with the model's Python
        # headerData, called with a Qt.Orientation), and sorting by a column
        # is turned on once the window is up (_enable_sorting).
        self.article_table.setModel(self.article_filter)
        self.article_table.horizontalHeader().setModel(header_labels(self.article_table))
        self.article_table.verticalHeader().hide()
        self.article_filter.setSourceModel(self.article_model)
        self.article_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_table.setWordWrap(False)
        self.article_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed sizes: ResizeToContents would measure every row (10,000 of
        # them in a big library) before the first paint.
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.article_table.fontMetrics()
        widest = {
            "language": "Lang",
            "date": "2023-11-20",
            "words": "99999",
            "translated": "Transl.",
            "progress": "100%",
        }
        for column, (key, label) in enumerate(COLUMNS):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                sample = max(widest.get(key, label), label, key=metrics.horizontalAdvance)
                header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        # The reading progress beside the title from the start, where the
        # keyboard feature puts it: no column moves under the pointer as the
        # features are installed after the first paint.
        progress = [key for key, _label in COLUMNS].index("progress")
        header.moveSection(header.visualIndex(progress), 1)
        rows = self.article_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 8)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.article_table.activated.connect(lambda _index: self.reading_view.setFocus())
        self.article_table.installEventFilter(self)  # a current row when Tab comes in
        # Tab goes left to right, top to bottom; the table would otherwise
        # keep Tab for moving between its cells and trap the keyboard there.
        self.article_table.setTabKeyNavigation(False)

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
        set_enum_property(self.banner_label, "textFormat", "PlainText")
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

        self.splitter = QSplitter()  # horizontal
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

    def _enable_sorting(self) -> None:
        """A click on a column's title sorts the list by it; until then the
        list keeps the library's order. Last of the installs after the first
        paint: Qt.SortOrder is Qt's namespace, whose creation (qt_values, ~20
        ms of CPU, 48-54 ms at load ~2.5) was most of this step's cost."""
        from PySide6.QtCore import Qt

        self.article_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.article_table.setSortingEnabled(True)

    # --- commands ------------------------------------------------------------------

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        menus = self._menus
        # Keys of a mode work only while its widget has the focus: arrows still
        # move in the article list, Ctrl+V still pastes into the filter.
        mode_widgets = {
            Mode.READING: self.reading_view,
            Mode.LIST: self.article_table,
            Mode.FILTER: self.filter_edit,
        }
        for command in COMMANDS:
            if not command.window_action:
                continue  # bound by the widget of its mode (find bar, panel, dialogs)
            # No QIcon before the first paint (its Python types take ~2 ms to
            # load): QAction by keyword, and addActions, which QLineEdit does not
            # overload with an icon, since PySide would load QIcon to tell them apart.
            action = QAction(text=command.label, parent=self)
            action.setObjectName(f"action-{command.id}")
            action.setStatusTip(command.description)
            keys = self.keymap.keymap.get(command.id, [])
            action.setShortcuts([QKeySequence(k) for k in keys])
            # Shortcut contexts by name, not Qt's namespace (qt_values): the
            # translation feature, installed next, queues the restored
            # article's translation without waiting for its creation.
            if command.mode in mode_widgets:
                set_enum_property(action, "shortcutContext", "WidgetWithChildrenShortcut")
                mode_widgets[command.mode].addActions([action])
            else:
                set_enum_property(action, "shortcutContext", "WindowShortcut")
                self.addAction(action)
            action.setEnabled(False)  # until a handler is bound
            if command.menu:
                menus[command.menu].addAction(action)
            self.actions[command.id] = action

    def bind(
        self,
        command_id: str,
        handler: Callable[[], object],
        *,
        checkable: bool = False,
        checked: bool = False,
    ) -> QAction:
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
        action = self.actions.get(command_id)  # (none in the moment before they are made)
        if action is not None and action.isEnabled():
            action.trigger()

    def _bind_default_handlers(self) -> None:
        self.bind(CommandId.IMPORT_FILES, self.import_files_dialog)
        self.bind(CommandId.IMPORT_FOLDER, self.import_folder_dialog)
        self.bind(CommandId.QUIT, self.close)
        self.bind(CommandId.FOCUS_FILTER, self._focus_filter)
        self.bind(CommandId.FILTER_TO_LIST, self._filter_to_list)
        self.bind(CommandId.LEAVE_FILTER, self.focus_reader)
        self.bind(CommandId.LEAVE_LIST, self.focus_reader)
        self.bind(CommandId.READ_ARTICLE, self.focus_reader)
        self.bind(CommandId.NEXT_ARTICLE, lambda: self.step_article(+1))
        self.bind(CommandId.PREVIOUS_ARTICLE, lambda: self.step_article(-1))
        self.bind(CommandId.SET_LANGUAGE, self.set_language_dialog)
        self.bind(CommandId.TOGGLE_TRANSLATION, self._toggle_translation, checkable=True, checked=True)
        self.bind(
            CommandId.FONT_LARGER, lambda: self.reading_view.set_point_size(self.reading_view.point_size + 1)
        )
        self.bind(
            CommandId.FONT_SMALLER, lambda: self.reading_view.set_point_size(self.reading_view.point_size - 1)
        )
        self.bind(CommandId.ABOUT, self._about)
        self.bind(CommandId.MANAGE_PACKS, self.open_packs_dialog)

    def open_packs_dialog(self):
        from .packs_dialog import PacksDialog

        dialog = PacksDialog(
            self.data_dir, self.library.languages() - {"en"}, self, index_url=self.pack_index_url
        )
        dialog.packsChanged.connect(self._on_packs_changed)
        dialog.open()
        return dialog

    def _on_packs_changed(self) -> None:
        if self._article_id is not None:
            self.open_article(self._article_id)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _filter_articles(self, text: str) -> None:
        """Typing in the filter only filters: nothing is opened; the open
        article stays current in the list while it is listed."""
        self._filtering = True
        try:
            self.article_filter.setFilterFixedString(text)
            if self._article_id is None or not self.select_article(self._article_id):
                self.article_table.selectionModel().clear()
        finally:
            self._filtering = False

    def _filter_to_list(self) -> None:
        """From the filter into the list, the first listed article current (and open)."""
        if not self.article_filter.rowCount():
            return
        self.article_table.setFocus()
        self.article_table.selectionModel().setCurrentIndex(
            self.article_filter.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def focus_reader(self) -> None:
        """Back to the reading text (Esc from the filter, the list, panels)."""
        from PySide6.QtCore import Qt

        self.activateWindow()
        self.reading_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_translation(self) -> None:
        self.reading_view.set_show_translation(self.actions[CommandId.TOGGLE_TRANSLATION].isChecked())

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            "About Reader",
            f"Reader {__version__}\nForeign-language news next to an offline English translation.",
        )

    # --- articles ----------------------------------------------------------------------

    def reload_articles(self) -> None:
        current = self._article_id
        self.article_model.set_articles(self.library.article_ids(), self.library.list_articles)
        if current is not None:
            self.select_article(current)
        self.publish(Event.ARTICLES_CHANGED)

    def select_article(self, article_id: int) -> bool:
        row = self.article_model.row_of(article_id)
        if row < 0:
            return False
        index = self.article_filter.mapFromSource(self.article_model.index(row, 0))
        if not index.isValid():
            return False
        self.article_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.article_table.scrollTo(index)
        return True

    def articles_near(self, count: int) -> list[int]:
        """Up to ``count`` listed articles nearest the open one's row, as the
        list shows them (filtered, sorted), nearest first, the next row before
        the previous; the open article left out. Reads ids only, no row."""
        current = self.article_table.currentIndex().row()  # -1: none selected, from the top
        rows = self.article_filter.rowCount()
        near: list[int] = []
        for distance in range(1, rows + 1):
            if len(near) >= count:
                break
            near += [row for row in (current + distance, current - distance) if 0 <= row < rows]
        source = self.article_filter.mapToSource
        return [
            self.article_model.article_id(source(self.article_filter.index(row, 0)).row())
            for row in near[:count]
        ]

    def step_article(self, delta: int) -> None:
        count = self.article_filter.rowCount()
        if not count:
            return
        current = self.article_table.currentIndex().row()
        target = max(0, min(count - 1, (current if current >= 0 else -delta) + delta))
        self.article_table.selectionModel().setCurrentIndex(
            self.article_filter.index(target, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._filtering:
            self.open_article(current.data(ARTICLE_ID_ROLE))

    def open_article(self, article_id: int) -> None:
        """Read the article once (service.open_article), show it, and tell
        the features: they take what they need from `current_state()`."""
        # Paragraphs and translation are read as the view shows them: a long
        # article opens as fast as a short one (storage.reading).
        try:
            state = self.service.open_article(article_id)
        except ArticleNotFound:
            return
        if self._article_id is not None:
            self.publish(Event.ARTICLE_CLOSED)
        article = state.article
        self._article_id = article_id
        self.publish(Event.ARTICLE_READ, state)  # e.g. translation starts while the view lays out
        placeholder = (
            None if state.translated else self.translation_placeholder(article.language, state.missing_pack)
        )
        self.reading_view.show_article(article, state.stored_translation, placeholder)
        # One text per pane for everyone: the view's, which a streaming translation fills.
        state.source, state.translation = self.reading_view.pane(SOURCE), self.reading_view.pane(TRANSLATION)
        self._state = state
        self._update_banner(article, state.translated, state.missing_pack)
        self.setWindowTitle(f"{isolated(article.title)} — Reader")
        self.statusBar().showMessage(
            f"{language_name(article.language)} · {article.date or 'no date'} · "
            f"{len(article.paragraphs)} paragraphs · {article.paragraphs.sentence_total} sentences"
            + "".join(f" · translation {describe_provenance(p)}" for p in state.provenances)
        )
        try:
            self.library.set_setting("last_article", article_id)
        except LibraryError:
            pass
        with self.reading_view.holding_highlights():  # every feature's layer drawn at once
            self.publish(Event.ARTICLE_OPENED, article_id)

    def translation_placeholder(self, language: str, missing: str | None) -> str:
        """Why the translation column is empty and what to do; `missing` is
        PackManager.missing_message (None when a pack, or a pivot pair, is installed)."""
        if language == "en":
            return "This article is in English: no translation needed."
        if missing is None:
            return f"Not translated yet. Translation ▸ Translate Article ({self.keys_text(CommandId.TRANSLATE_ARTICLE)})."
        return (
            f"No translation. {missing.rstrip('.')}: "
            f"Translation ▸ Language Packs… ({self.keys_text(CommandId.MANAGE_PACKS)})."
        )

    def keys_text(self, command_id: CommandId | str) -> str:
        keys = self.keymap.keymap.get(command_id, [])
        return keys[0] if keys else "no key"

    def _update_banner(self, article, translated: bool, missing: str | None) -> None:
        if translated or article.language == "en":
            self.banner.hide()
            return
        has_pack = missing is None
        # bound once features are installed (no action at all before the first paint)
        offer = CommandId.PACK_OFFER in self.actions and self.actions[CommandId.PACK_OFFER].isEnabled()
        command_id = (
            CommandId.TRANSLATE_ARTICLE
            if has_pack
            else CommandId.PACK_OFFER
            if offer
            else CommandId.MANAGE_PACKS
        )
        self.show_banner(
            self.translation_placeholder(article.language, missing),
            "Translate" if has_pack else "Install a language pack…",
            lambda: self.run_command(command_id),
        )

    def show_banner(self, text: str, button_text: str, action: Callable[[], object]) -> None:
        """A one-line notice above the article with one button."""
        self.banner_label.setText(text)
        self.banner_button.setText(button_text)
        self._banner_action = action
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()

    def set_language_dialog(self) -> None:
        if self._state is None:
            return
        article = self._state.article
        code, ok = QInputDialog.getText(
            self,
            "Article language",
            plain_text(f"Language code (ISO 639-1, e.g. he, ar, fr, nl) for:\n{article.title}"),
            text=article.language,
        )
        code = code.strip().lower()
        if ok and code and code != article.language:
            self.service.set_article_language(article.id, code)
            self.reload_articles()
            self.open_article(article.id)

    # --- import ----------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(Path.home()), "Articles (*.txt *.md *.html *.htm);;All files (*)"
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> JobHandle:
        return self.import_sources(paths)

    def import_sources(self, sources: list) -> JobHandle:
        """Import files, web addresses or `Pasted` content (core.sources) in
        the background; the list refreshes as articles arrive."""
        from .import_sources import ImportJob

        return self.run_import(ImportJob(sources))

    def run_import(self, job: ImportJob) -> JobHandle:
        """Run an import job whose own signals the caller has connected."""
        failures: list[str] = []

        def on_message(message: str, ok: bool) -> None:
            self.statusBar().showMessage(message, 8000)
            if not ok:
                failures.append(message)
            self.reload_articles()

        def on_finished() -> None:
            if handle in self._import_workers:
                self._import_workers.remove(handle)
            if job.cancelled:
                self.statusBar().showMessage("Import cancelled: nothing more was changed", 8000)
            elif failures:
                message_box(self, QMessageBox.Icon.Warning, "Not imported", "\n".join(failures)).open()

        job.message.connect(on_message)
        job.failed.connect(lambda message: on_message(message, False))
        job.finished.connect(on_finished)
        handle = self.run_job(job)
        self._import_workers.append(handle)
        return handle

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
        """The last session's window size and layout, then its article (or `article_id`)."""
        self.restore_geometry()
        self.open_last_article(article_id)

    def restore_geometry(self) -> None:
        geometry = self.library.get_setting("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1280, 800)
        sizes = self.library.get_setting("splitter_sizes")
        if sizes:
            self.splitter.setSizes(sizes)

    def open_last_article(self, article_id: int | None = None) -> None:
        """`article_id`, else the article read last, else the first listed."""
        target = article_id or self.library.get_setting("last_article")
        if not (target and self.select_article(target)) and self.article_filter.rowCount():
            self.step_article(+1)

    def closeEvent(self, event):
        # A key or a click elsewhere (another window, a dialog) installs nothing in the closed window.
        self._stop_watching_input()
        try:
            self.library.set_setting("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
            self.library.set_setting("splitter_sizes", self.splitter.sizes())
        except LibraryError as error:
            show_message(self, QMessageBox.Icon.Warning, "Reader", str(error))
        self.publish(Event.CLOSING)
        for feature in reversed(list(self._features.values())):
            feature.shutdown()
        # An import stops after its current file, a fetch at its next piece.
        if self._jobs is not None:
            self._jobs.shutdown()
        super().closeEvent(event)
