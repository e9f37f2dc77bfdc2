"""The annotations panel: every annotation of the article or of the library.

Filter by tag, colour or text; Enter or double-click jumps to the passage;
edit, delete (soft), undo a delete and back to the text with the
annotations panel's keys of the key map. Put it in a
QDockWidget. The window listens to `jumpRequested` and `annotationsChanged`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import CommandId
from ..core.panes import Pane
from ..core.safe_text import escape_controls
from ..core.storage import LibraryError
from ..core.storage.annotations import Annotation, AnnotationStore, load_palette
from ..core.text import is_rtl
from .annotation_dialog import AnnotationDialog
from .mode_keys import ModeKeys, keymap_of
from .plain_text import plain_label, plain_text, show_message
from .theme import highlight_color, is_dark, swatch

ALL = None  # the "no filter" item of the tag and colour boxes
SCOPE_SETTING = "annotations_panel_scope"  # library setting: "article" or "library"


class AnnotationTableModel(QAbstractTableModel):
    COLUMNS = ["Passage", "Note", "Tags", "Where"]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Annotation] = []
        self.titles: dict[int, str] = {}
        self.languages: dict[int, str] = {}
        self.show_article = False
        self.dark = False

    def set_rows(self, rows: list[Annotation], info: dict[int, dict], show_article: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.titles = {i: d["title"] for i, d in info.items()}
        self.languages = {i: d["language"] for i, d in info.items()}
        self.show_article = show_article
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def where(self, a: Annotation) -> str:
        text = f"¶{a.paragraph + 1} {a.pane}"
        if a.orphaned:
            text += " · orphan"
        if self.show_article:  # the title last: right-to-left titles would reorder what follows
            text += f" · {self.titles.get(a.article_id, a.article_id)}"
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            single_line = role == Qt.ItemDataRole.DisplayRole
            value = [a.quote, a.note, ", ".join(a.tags), self.where(a)][column]
            return escape_controls(" ".join(value.split())) if single_line else plain_text(value)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(highlight_color(a.color, self.dark), 12)
        if role == Qt.ItemDataRole.FontRole and a.orphaned:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                f"{a.color} annotation: {a.quote}. Note: {a.note or 'none'}. "
                f"Tags: {', '.join(a.tags) or 'none'}. {self.where(a)}"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0 and a.pane == Pane.SOURCE:
            rtl = is_rtl(self.languages.get(a.article_id))
            return int(
                (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignAbsolute
            )
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None


class AnnotationsPanel(QWidget):
    """List, filter, jump to, edit, delete and undelete annotations."""

    jumpRequested = Signal(int, str, int, int, int)  # article_id, pane, paragraph, start, end
    annotationsChanged = Signal(int)  # article_id whose highlights changed
    leaveRequested = Signal()  # back to the reading text

    def __init__(self, store: AnnotationStore, parent=None):
        super().__init__(parent)
        self.store = store
        self.article_id: int | None = None
        self.deleted: list[int] = []  # undo stack of deleted ids
        self.setObjectName("annotationsPanel")
        self.setAccessibleName("Annotations")

        self.scope_box = QComboBox()
        self.scope_box.setObjectName("annotationScope")
        self.scope_box.setAccessibleName("Show annotations of")
        self.scope_box.addItem("This article", "article")
        self.scope_box.addItem("All articles", "library")

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("annotationFilterText")
        self.text_edit.setAccessibleName("Filter annotations by text")
        self.text_edit.setPlaceholderText("Filter by passage, note or tag…")
        self.text_edit.setClearButtonEnabled(True)

        self.tag_box = QComboBox()
        self.tag_box.setObjectName("annotationFilterTag")
        self.tag_box.setAccessibleName("Filter by tag")
        self.color_box = QComboBox()
        self.color_box.setObjectName("annotationFilterColor")
        self.color_box.setAccessibleName("Filter by colour")
        self.color_box.addItem("All colours", ALL)
        for name in load_palette():
            self.color_box.addItem(swatch(highlight_color(name, is_dark(self)), 12), name.capitalize(), name)
        self.orphans_box = QCheckBox("Orphans only")
        self.orphans_box.setObjectName("annotationFilterOrphans")
        self.orphans_box.setAccessibleName("Show only annotations whose passage was not found")

        self.model = AnnotationTableModel(self)
        self.model.dark = is_dark(self)
        self.table = QTableView()
        self.table.setObjectName("annotationList")
        self.table.setAccessibleName("Annotations list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 220)
        header.resizeSection(1, 180)
        header.resizeSection(2, 90)
        self.table.activated.connect(self._jump_to_index)  # Enter or double-click

        self.edit_button = QPushButton("&Edit…")
        self.edit_button.setObjectName("annotationEdit")
        self.delete_button = QPushButton("&Delete")
        self.delete_button.setObjectName("annotationDelete")
        self.undo_button = QPushButton("&Undo delete")
        self.undo_button.setObjectName("annotationUndo")
        self.status = plain_label()
        self.status.setObjectName("annotationStatus")
        self.status.setAccessibleName("Annotations status")
        self.status.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.color_box, 1)
        filters.addWidget(self.orphans_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scope_box)
        layout.addWidget(self.text_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        # Keys only while the panel has focus: the window owns the global keys.
        self.keys = ModeKeys(
            self,
            {
                CommandId.JUMP_TO_ANNOTATION: self.jump_to_current,
                CommandId.EDIT_ANNOTATION: self.edit_current,
                CommandId.DELETE_ANNOTATION: self.delete_current,
                CommandId.UNDO_DELETE_ANNOTATION: self.undo_delete,
                CommandId.LEAVE_ANNOTATIONS_PANEL: self.leaveRequested.emit,
            },
        )
        self._restore_scope()

        # Typing filters after a short pause, so a large library is not queried per key.
        self._text_timer = QTimer(self, singleShot=True, interval=200, timeout=self.refresh)
        self.text_edit.textChanged.connect(self._text_timer.start)
        for box in (self.scope_box, self.tag_box, self.color_box):
            box.currentIndexChanged.connect(self.refresh)
        self.orphans_box.toggled.connect(self.refresh)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._reload_tags()
        self.refresh()

    # --- the list -------------------------------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        """The article shown in the reading view (the 'This article' scope)."""
        self.article_id = article_id
        self.refresh()

    def _restore_scope(self) -> None:
        """The scope last chosen in this library, remembered from now on."""
        try:
            saved = self.store.library.get_setting(SCOPE_SETTING)
        except LibraryError:
            saved = None
        index = self.scope_box.findData(saved)
        if index >= 0:
            self.scope_box.setCurrentIndex(index)
        self.scope_box.currentIndexChanged.connect(self._save_scope)

    def _save_scope(self) -> None:
        try:
            self.store.library.set_setting(SCOPE_SETTING, self.scope_box.currentData())
        except LibraryError as error:
            self.status.setText(str(error))

    def showEvent(self, event):
        super().showEvent(event)
        report = keymap_of(self)
        for button, command, tip in (
            (self.edit_button, CommandId.EDIT_ANNOTATION, "Edit the note, tags and colour"),
            (self.delete_button, CommandId.DELETE_ANNOTATION, "Delete the annotation; it can be undone"),
            (self.undo_button, CommandId.UNDO_DELETE_ANNOTATION, "Bring back the last deleted annotation"),
        ):
            button.setToolTip(f"{tip} ({report.text(command)})")

    def library_scope(self) -> bool:
        return self.scope_box.currentData() == "library"

    def set_library_scope(self, whole_library: bool) -> None:
        self.scope_box.setCurrentIndex(1 if whole_library else 0)

    def _reload_tags(self) -> None:
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem("All tags", ALL)
        for tag in sorted(self.store.all_tags(), key=str.casefold):
            self.tag_box.addItem(tag, tag)
        index = self.tag_box.findData(current)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)

    def refresh(self) -> None:
        """Query the store again with the current scope and filters, keeping the selection."""
        self._text_timer.stop()
        selected = self.current_annotation()
        whole = self.library_scope()
        if not whole and self.article_id is None:
            rows = []
        else:
            try:
                rows = self.store.list(
                    None if whole else self.article_id,
                    tag=self.tag_box.currentData(),
                    color=self.color_box.currentData(),
                    text=self.text_edit.text().strip() or None,
                    orphans=True if self.orphans_box.isChecked() else None,
                )
            except LibraryError as error:
                rows = []
                self.status.setText(str(error))
        info = self.store.article_info({a.article_id for a in rows}) if rows else {}
        self.model.set_rows(rows, info, show_article=whole)
        if selected is not None:
            self.select_annotation(selected.id)
        self._update_buttons()

    def current_annotation(self) -> Annotation | None:
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

    def select_annotation(self, annotation_id: int) -> bool:
        for row, a in enumerate(self.model.rows):
            if a.id == annotation_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        has = self.current_annotation() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.undo_button.setEnabled(bool(self.deleted))

    # --- actions ------------------------------------------------------------------------

    def jump_to_current(self) -> None:
        if self.table.currentIndex().isValid():
            self._jump_to_index(self.table.currentIndex())

    def _jump_to_index(self, index: QModelIndex) -> None:
        a = self.model.rows[index.row()]
        if a.orphaned:
            self.status.setText(
                "This passage was not found in the article's current text (orphan); "
                "its note and quote are kept."
            )
        self.jumpRequested.emit(a.article_id, a.pane, a.paragraph, a.start, a.end)

    def exec_dialog(self, dialog: AnnotationDialog) -> bool:
        """Run a dialog modally (tests replace this)."""
        return bool(dialog.exec())

    def edit_current(self) -> None:
        a = self.current_annotation()
        if a is None:
            return
        language = self.model.languages.get(a.article_id, "")
        dialog = AnnotationDialog(
            self,
            quote=a.quote,
            rtl=a.pane == Pane.SOURCE and is_rtl(language),
            note=a.note,
            tags=a.tags,
            color=a.color,
            known_tags=self.store.all_tags(),
            editing=True,
        )
        if not self.exec_dialog(dialog):
            return
        if self._safely(
            self.store.update, a.id, note=dialog.note(), tags=dialog.tags(), color=dialog.color()
        ):
            self.status.setText("Annotation saved.")
            self._changed(a.article_id)

    def delete_current(self) -> None:
        a = self.current_annotation()
        if a is None:
            return
        row = self.table.currentIndex().row()
        if self._safely(self.store.delete, a.id):
            self.deleted.append(a.id)
            self.status.setText(
                f"Annotation deleted. Undo with "
                f"{keymap_of(self).text(CommandId.UNDO_DELETE_ANNOTATION, 'Undo delete')}."
            )
            self._changed(a.article_id)
            if self.model.rows:  # keep the keyboard on the neighbouring row
                self.table.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1), 0))

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        annotation_id = self.deleted.pop()
        restored = self._safely(self.store.undelete, annotation_id)
        if restored:
            self.status.setText("Annotation restored.")
            self._changed(restored.article_id)
            self.select_annotation(annotation_id)
        self._update_buttons()

    def _changed(self, article_id: int) -> None:
        self._reload_tags()
        self.refresh()
        self.annotationsChanged.emit(article_id)

    def _safely(self, action, *args, **kwargs):
        """Run a store change; a database problem is shown, never swallowed."""
        try:
            return action(*args, **kwargs)
        except LibraryError as error:
            self.status.setText(str(error))
            self.show_error(str(error))
            return None

    def show_error(self, message: str) -> None:
        show_message(self, QMessageBox.Icon.Warning, "Annotation not saved", message)
