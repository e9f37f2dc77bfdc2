"""The text parts of the story view: the selected entity's sentences (source
and translation side by side), the numbers the articles report and the
quotations by speaker. Article text is always plain text (item views never
interpret markup), right-to-left per sentence where its language is.

Every row that stands for a sentence carries a `SentenceRef` under
`REF_ROLE`; Enter (or a double-click) emits `sentenceActivated(ref)`, and the
view opens that sentence in the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..core.safe_text import escape_controls
from .plain_text import plain_text
from .theme import translucent

FIRST_MEASURED = 40  # rows fitted to their text before the table shows
FIRST_NUMBERS_MEASURED = 15  # the numbers' tab shows fewer rows at first
MEASURED_PER_TURN = 60  # then this many per turn of the event loop
RTL_ROLE = Qt.ItemDataRole.UserRole + 11
REF_ROLE = Qt.ItemDataRole.UserRole + 12
HEADING_ROLE = Qt.ItemDataRole.UserRole + 13


@dataclass(frozen=True)
class SentenceRef:
    """Where a sentence is: enough to open it in the reader."""

    article_id: int
    paragraph: int
    sentence: int


class DirectionDelegate(QStyledItemDelegate):
    """Lays a right-to-left cell out right to left and wraps long text. Qt
    would otherwise take the direction from the first strong letter, and a
    Hebrew sentence that starts with "OpenAI" would be laid out left to right."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(HEADING_ROLE):
            option.state |= QStyle.StateFlag.State_Enabled
        rtl = index.data(RTL_ROLE)
        if rtl is None:
            return
        option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


def _keys_move(view: QAbstractItemView, event: QKeyEvent, activate) -> bool:
    """j/k move like Down/Up; Enter activates. True when handled."""
    key = event.key()
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    if key in (Qt.Key.Key_J, Qt.Key.Key_K):
        step = (
            QAbstractItemView.CursorAction.MoveDown
            if key == Qt.Key.Key_J
            else QAbstractItemView.CursorAction.MoveUp
        )
        index = view.moveCursor(step, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            view.setCurrentIndex(index)
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        activate(view.currentIndex())
        return True
    return False


class RowFitter(QObject):
    """Fits a table's rows to their wrapped text: the first screenful at
    once, the others a chunk per turn of the event loop (an entity named 500
    times must not hold up the window), again after a change of width."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.measured = 0
        self._timer = QTimer(self)
        self._timer.setInterval(15)  # lets the window paint between chunks
        self._timer.timeout.connect(self._chunk)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self.fit)

    def fit(self, first: int = FIRST_MEASURED) -> None:
        """Fit the first `first` rows now, the rest soon after."""
        self.measured = 0
        self._chunk(first)
        if self.measured < self.table.model().rowCount():
            self._timer.start()

    def _chunk(self, count: int = MEASURED_PER_TURN) -> None:
        stop = min(self.table.model().rowCount(), self.measured + count)
        for row in range(self.measured, stop):
            self.table.resizeRowToContents(row)
        self.measured = stop
        if stop >= self.table.model().rowCount():
            self._timer.stop()

    def width_changed(self) -> None:
        self._relayout.start()


class SentenceTable(QTableWidget):
    """One heading row per article, then its sentences: source | translation."""

    sentenceActivated = Signal(object)  # SentenceRef

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.setObjectName("storySentences")
        self.setAccessibleName("Sentences naming the selected entity")
        self.setHorizontalHeaderLabels(["Source", "Translation"])
        self.setItemDelegate(DirectionDelegate(self))
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the next part of the view
        self.verticalHeader().hide()
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._activate)
        self.rows_fitter = RowFitter(self)  # rows as tall as their wrapped text

    def show_sentences(
        self, groups: list[tuple[str, list[tuple[SentenceRef, str, str | None, bool]]]]
    ) -> None:
        """`groups`: (article heading, shown as given, [(ref, source, translation or None, rtl)])."""
        self.setUpdatesEnabled(False)
        self.clearContents()
        self.setRowCount(sum(1 + len(sentences) for _heading, sentences in groups))
        row = 0
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        dim = QBrush(self._dim())
        first_sentence = -1
        for heading, sentences in groups:
            item = QTableWidgetItem(heading)
            item.setFont(heading_font)
            # not enabled, so the arrows and j/k pass over it; painted as enabled (HEADING_ROLE)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(HEADING_ROLE, True)
            item.setToolTip(plain_text(heading))
            self.setItem(row, 0, item)
            self.setSpan(row, 0, 1, 2)
            row += 1
            for ref, source, translation, rtl in sentences:
                source_item = QTableWidgetItem(source)
                source_item.setData(RTL_ROLE, rtl)
                source_item.setData(REF_ROLE, ref)
                target = QTableWidgetItem(translation if translation else "(not translated)")
                target.setData(RTL_ROLE, False)
                target.setData(REF_ROLE, ref)
                if not translation:
                    target.setForeground(dim)
                self.setItem(row, 0, source_item)
                self.setItem(row, 1, target)
                if first_sentence < 0:
                    first_sentence = row
                row += 1
        self.rows_fitter.fit()
        self.setUpdatesEnabled(True)
        if first_sentence >= 0:
            self.setCurrentCell(first_sentence, 0)
            self.scrollToTop()

    def _dim(self) -> QColor:
        return translucent(self.palette().color(QPalette.ColorRole.Text), 120)

    def refs(self) -> list[SentenceRef]:
        out = []
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            ref = item.data(REF_ROLE) if item is not None else None
            if ref is not None:
                out.append(ref)
        return out

    def current_ref(self) -> SentenceRef | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(REF_ROLE) if item is not None else None

    def select_ref(self, ref: SentenceRef) -> bool:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(REF_ROLE) == ref:
                self.setCurrentCell(row, 0)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _keys_move(self, event, self._activate):
            super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        ref = index.siblingAtColumn(0).data(REF_ROLE) if index.isValid() else None
        if ref is not None:
            self.sentenceActivated.emit(ref)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.rows_fitter.width_changed()


class NumberTable(QTableWidget):
    """Number | unit | article | sentence, sorted by unit then value, so the
    same kind of figure from different outlets sits together."""

    sentenceActivated = Signal(object)

    HEADERS = ["Number", "Unit", "Article", "Sentence"]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(self.HEADERS), parent)
        self.setObjectName("storyNumbers")
        self.setAccessibleName("Numbers the articles report")
        self.setHorizontalHeaderLabels(self.HEADERS)
        self.setItemDelegate(DirectionDelegate(self))
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self._activate)
        self.rows_fitter = RowFitter(self)

    def show_numbers(self, rows: list[tuple[str, str, str, str, bool, SentenceRef]]) -> None:
        """rows: (number as written, unit, article heading, sentence, rtl, ref)."""
        self.setUpdatesEnabled(False)
        self.clearContents()
        self.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (number, unit, article, sentence, rtl, ref) in enumerate(rows):
            cells = [
                QTableWidgetItem(number),
                QTableWidgetItem(unit),
                QTableWidgetItem(escape_controls(article)),
                QTableWidgetItem(sentence),
            ]
            cells[0].setTextAlignment(right)
            cells[3].setData(RTL_ROLE, rtl)
            cells[2].setToolTip(plain_text(article))
            for column, item in enumerate(cells):
                item.setData(REF_ROLE, ref)
                self.setItem(row, column, item)
        self.rows_fitter.fit(FIRST_NUMBERS_MEASURED)
        self.setUpdatesEnabled(True)
        if rows:
            self.setCurrentCell(0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _keys_move(self, event, self._activate):
            super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        ref = index.data(REF_ROLE) if index.isValid() else None
        if ref is not None:
            self.sentenceActivated.emit(ref)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.rows_fitter.width_changed()


class QuotationTree(QTreeWidget):
    """Speakers, each with the quotations the articles give them."""

    sentenceActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyQuotations")
        self.setAccessibleName("Quotations by speaker")
        self.setColumnCount(2)
        self.setHeaderLabels(["Speaker / article", "Quotation"])
        self.setItemDelegate(DirectionDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.header().setStretchLastSection(True)
        self.itemActivated.connect(lambda item, _column: self._activate(item))

    def show_quotations(self, speakers: list[tuple[str, list[tuple[str, str, bool, SentenceRef]]]]) -> None:
        """speakers: (speaker, [(article heading, quotation, rtl, ref)])."""
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for speaker, quotes in speakers:
            top = QTreeWidgetItem(
                [escape_controls(speaker), f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}"]
            )
            top.setFont(0, bold)
            for article, quote, rtl, ref in quotes:
                child = QTreeWidgetItem([escape_controls(article), quote])
                child.setData(1, RTL_ROLE, rtl)
                child.setData(0, REF_ROLE, ref)
                child.setToolTip(0, plain_text(article))
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), 260))
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _keys_move(self, event, lambda _index: self._activate(self.currentItem())):
            super().keyPressEvent(event)

    def _activate(self, item: QTreeWidgetItem | None) -> None:
        ref = item.data(0, REF_ROLE) if item is not None else None
        if ref is not None:
            self.sentenceActivated.emit(ref)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)
