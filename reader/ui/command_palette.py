"""The command palette: type a few letters of any command, press Enter.

Lists every command of the registry (so every action is reachable even
without a key), with its keys; fuzzy subsequence match on the label, the
menu and the id.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from ..core.commands import COMMANDS, CommandId
from .feature_host import FeatureHost
from .mode_keys import ModeKeys

COMMAND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_ROWS = 8


def fuzzy_score(query: str, text: str) -> int | None:
    """None if the letters of `query` do not appear in order in `text`, or
    only scattered; otherwise a score, higher for contiguous runs and word
    starts ("ns" finds Next Sentence)."""
    query, text = query.lower().replace(" ", ""), text.lower()
    if not query:
        return 0
    score, position, previous = 0, 0, -1
    for char in query:
        found = text.find(char, position)
        if found < 0:
            return None
        # Prefer the next word start holding this letter over a mid-word hit.
        starts = [
            i for i in range(found, len(text)) if text[i] == char and (i == 0 or not text[i - 1].isalnum())
        ]
        if found != previous + 1 and starts:
            found = starts[0]
        if found == previous + 1:
            score += 4  # contiguous
        elif found == 0 or not text[found - 1].isalnum():
            score += 6  # start of a word
        else:
            score -= min(3, found - previous - 1)  # a letter somewhere inside a word
        previous, position = found, found + 1
    if score < len(query):
        return None  # too scattered to be meant
    if query in text:
        score += 3 * len(query)  # typed a piece of the label as it is
    return score * 100 - len(text)  # prefer short labels on ties


class _KeysDelegate(QStyledItemDelegate):
    """Label on the left, key sequence dimmed on the right."""

    def paint(self, painter, option, index):
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        keys = index.data(KEYS_ROLE) or ""
        label = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(8, 0, -8, 0)
        selected = option.state & QStyle.StateFlag.State_Selected
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(group, text_role))
        keys_width = option.fontMetrics.horizontalAdvance(keys) + 12
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - keys_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, keys)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width() + 120, max(size.height(), option.fontMetrics.height() + 10))


class CommandPalette(QDialog):
    """`CommandPalette(host).exec()`; its run key runs the chosen command."""

    def __init__(self, host: FeatureHost):
        super().__init__(host.widget())
        self.host = host
        self.chosen: str | None = None
        self.setObjectName("commandPalette")
        self.setWindowTitle("Command Palette")
        self.setAccessibleName("Command palette")
        self.setModal(True)
        self.resize(560, 420)

        self.edit = QLineEdit()
        self.edit.setObjectName("commandPaletteFilter")
        report = host.keymap
        self.edit.setPlaceholderText(
            f"Type a command…  ({report.text(CommandId.PALETTE_PREVIOUS)}, {report.text(CommandId.PALETTE_NEXT)}"
            f" to choose, {report.text(CommandId.PALETTE_RUN)} to run)"
        )
        self.edit.setAccessibleName("Command name")
        self.edit.setClearButtonEnabled(True)

        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("commandPaletteList")
        self.list.setAccessibleName("Matching commands")
        self.list.setModel(self.model)
        self.list.setItemDelegate(_KeysDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the line edit
        self.hint = QLabel()
        self.hint.setObjectName("commandPaletteHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)

        self.edit.textChanged.connect(self.refilter)
        self.keys = ModeKeys(
            self,
            {
                CommandId.PALETTE_PREVIOUS: lambda: self._step(-1),
                CommandId.PALETTE_NEXT: lambda: self._step(+1),
                CommandId.PALETTE_PAGE_UP: lambda: self._step(-PAGE_ROWS),
                CommandId.PALETTE_PAGE_DOWN: lambda: self._step(+PAGE_ROWS),
                CommandId.PALETTE_RUN: self.run_current,
            },
        )
        self.list.activated.connect(lambda _index: self.run_current())
        self.list.selectionModel().currentChanged.connect(self._show_description)
        self.refilter("")

    def entries(self) -> list[tuple[str, str, str]]:
        """(command id, label, keys) of every listed row, in order."""
        return [
            (
                self.model.item(r).data(COMMAND_ID_ROLE),
                self.model.item(r).text(),
                self.model.item(r).data(KEYS_ROLE),
            )
            for r in range(self.model.rowCount())
        ]

    def refilter(self, query: str) -> None:
        scored = []
        for order, command in enumerate(COMMANDS):
            if not command.window_action:
                continue  # a key of one widget (find bar, dialogs): not runnable from here
            menu_score = fuzzy_score(query, command.menu)
            # The id counts only as a whole piece ("keymap"), or its word
            # starts would match almost anything; "help" lists the Help menu.
            id_score = (
                fuzzy_score(query, command.id) if query.replace(" ", "-").lower() in command.id else None
            )
            scores = [
                fuzzy_score(query, command.label),
                id_score,
                menu_score // 2 if menu_score is not None else None,
            ]
            scores = [value for value in scores if value is not None]
            score = max(scores) if scores else None
            if score is not None:
                scored.append((-score, order, command))
        scored.sort(key=lambda item: (item[0], item[1]) if query else item[1])
        self.model.clear()
        for _score, _order, command in scored:
            keys = self.host.keymap.keys(command.id)
            action = self.host.action(command.id)
            item = QStandardItem(command.label)
            item.setData(command.id, COMMAND_ID_ROLE)
            item.setData(", ".join(keys), KEYS_ROLE)
            item.setToolTip(command.description)
            item.setEditable(False)
            available = action.isEnabled()
            item.setEnabled(available)
            item.setAccessibleText(
                f"{command.label}, {', '.join(keys) or 'no key'}" + ("" if available else ", not available")
            )
            self.model.appendRow(item)
        self._select_row(self._first_enabled_row())

    def _first_enabled_row(self) -> int:
        for row in range(self.model.rowCount()):
            if self.model.item(row).isEnabled():
                return row
        return 0

    def _select_row(self, row: int) -> None:
        if self.model.rowCount():
            index = self.model.index(max(0, min(row, self.model.rowCount() - 1)), 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self._show_description(self.list.currentIndex())

    def _show_description(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            self.hint.setText("No command matches.")
            return
        item = self.model.itemFromIndex(index)
        text = item.toolTip() or item.text()
        if not item.isEnabled():
            text += "  (not available here yet)"
        self.hint.setText(text)

    def _step(self, rows: int) -> None:
        self._select_row(self.list.currentIndex().row() + rows)

    def run_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.model.itemFromIndex(index).isEnabled():
            return
        self.chosen = index.data(COMMAND_ID_ROLE)
        self.accept()


def open_palette(host: FeatureHost) -> CommandPalette:
    """Show the palette (window-modal, not blocking); the chosen command runs
    after it has closed, so a command that opens its own dialog or moves the
    focus does not fight it."""
    window = host.widget()
    return_focus = window.focusWidget()
    palette = CommandPalette(host)
    palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        # Give the focus back first; the command may then move it elsewhere.
        window.activateWindow()
        if return_focus is not None:
            return_focus.setFocus()
        if palette.chosen:
            QTimer.singleShot(0, lambda command_id=palette.chosen: host.run_command(command_id))

    palette.finished.connect(finished)
    palette.open()
    palette.edit.setFocus()
    return palette
