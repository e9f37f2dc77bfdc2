"""The story matrix: entities x articles as a heat map, painted with QPainter.

Columns are the story's articles (outlet or source, language, date as
heads), rows its entities (sorted by how many articles name them, as the view
model gives them), cells the number of mentions: darker is more, an empty
cell shows at a glance who is not named where. A cell cursor moves with the
arrows or h/j/k/l; Enter activates the row (the view then lists the entity's
sentences).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.languages import language_name
from ..core.safe_text import escape_controls
from .plain_text import plain_text
from .theme import entity_colour, entity_type_name, is_dark, translucent

HEAT_LIGHT, HEAT_DARK = "#1565C0", "#64B5F6"
MAX_LABEL_WIDTH = 200  # px: a long entity name is elided, its tooltip has it whole
MIN_COLUMN_WIDTH = 84
MAX_COLUMN_WIDTH = 110


@dataclass(frozen=True)
class MatrixColumn:
    """What the matrix needs of an article."""

    article_id: int
    outlet: str
    language: str
    date: str
    title: str


@dataclass(frozen=True)
class MatrixRow:
    """An entity and its mentions per column (same order as the columns)."""

    key: str
    name: str
    label: str
    counts: tuple[int, ...]

    @property
    def articles(self) -> int:
        return sum(1 for count in self.counts if count)


class StoryMatrix(QWidget):
    """The heat map; lives in a QScrollArea (see `cursorMoved` for scrolling)."""

    cursorMoved = Signal(int, int)  # row, column
    rowActivated = Signal(int)  # Enter / double-click on a row
    visibleRectWanted = Signal(QRect)  # the cursor cell, for the scroll area

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyMatrix")
        self.setAccessibleName("Entities by article")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.columns: list[MatrixColumn] = []
        self.rows: list[MatrixRow] = []
        self.row = 0
        self.column = 0
        self._layout_sizes()

    # --- data -------------------------------------------------------------------

    def set_data(self, columns: list[MatrixColumn], rows: list[MatrixRow]) -> None:
        self.columns, self.rows = list(columns), list(rows)
        self.row = min(self.row, max(0, len(self.rows) - 1))
        self.column = min(self.column, max(0, len(self.columns) - 1))
        self._layout_sizes()
        self.updateGeometry()
        self.adjustSize()
        self.update()
        self._announce()

    def cell(self, row: int, column: int) -> int:
        return self.rows[row].counts[column]

    def current_row(self) -> MatrixRow | None:
        return self.rows[self.row] if 0 <= self.row < len(self.rows) else None

    def current_column(self) -> MatrixColumn | None:
        return self.columns[self.column] if 0 <= self.column < len(self.columns) else None

    # --- geometry ------------------------------------------------------------------

    def _layout_sizes(self) -> None:
        metrics = QFontMetrics(self.font())
        self.line = metrics.height()
        self.row_height = self.line + 10
        names = [
            metrics.horizontalAdvance(f"{row.name}  {row.articles}/{len(self.columns)}") for row in self.rows
        ]
        self.label_width = min(MAX_LABEL_WIDTH, max(names, default=120)) + 28
        heads = [
            metrics.horizontalAdvance(text) for column in self.columns for text in self._head_lines(column)
        ]
        self.column_width = max(MIN_COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, max(heads, default=0) + 14))
        self.head_height = 3 * self.line + 14

    @staticmethod
    def _head_lines(column: MatrixColumn) -> list[str]:
        return [
            escape_controls(column.outlet or "—"),
            language_name(column.language) or column.language,
            column.date or "no date",
        ]

    def sizeHint(self) -> QSize:
        return QSize(
            self.label_width + self.column_width * len(self.columns) + 2,
            self.head_height + self.row_height * len(self.rows) + 2,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, row: int, column: int) -> QRect:
        return QRect(
            self.label_width + column * self.column_width,
            self.head_height + row * self.row_height,
            self.column_width,
            self.row_height,
        )

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if point.x() < self.label_width or point.y() < self.head_height:
            return None
        row = (point.y() - self.head_height) // self.row_height
        column = (point.x() - self.label_width) // self.column_width
        if 0 <= row < len(self.rows) and 0 <= column < len(self.columns):
            return row, column
        return None

    # --- painting -----------------------------------------------------------------

    def heat_colour(self, count: int, most: int) -> QColor:
        """Translucent accent: alpha grows with the count (square root, so one
        mention is visible and twenty do not drown the rest)."""
        colour = QColor(HEAT_DARK if is_dark(self) else HEAT_LIGHT)
        colour.setAlpha(0 if count <= 0 else int(40 + 200 * math.sqrt(count / max(1, most))))
        return colour

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        dim = translucent(text, 110)
        grid = translucent(text, 40)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        focus = palette.color(QPalette.ColorRole.Highlight)
        most = max((count for row in self.rows for count in row.counts), default=1)
        dark = is_dark(self)
        clip = event.rect()

        for column, head in enumerate(self.columns):
            rect = QRect(
                self.label_width + column * self.column_width, 0, self.column_width, self.head_height
            )
            if not rect.intersects(clip):
                continue
            if column == self.column:
                painter.fillRect(rect, translucent(focus, 50))
            for line, value in enumerate(self._head_lines(head)):
                painter.setPen(text if line == 0 else dim)
                box = QRect(rect.left() + 4, 6 + line * self.line, rect.width() - 8, self.line)
                painter.drawText(
                    box,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(value, Qt.TextElideMode.ElideRight, box.width()),
                )
        painter.setPen(grid)
        painter.drawLine(0, self.head_height - 1, self.sizeHint().width(), self.head_height - 1)

        for row_index, row in enumerate(self.rows):
            top = self.head_height + row_index * self.row_height
            band = QRect(0, top, self.label_width + self.column_width * len(self.columns), self.row_height)
            if not band.intersects(clip):
                continue
            label_rect = QRect(10, top, self.label_width - 18, self.row_height)
            if row_index == self.row:
                painter.fillRect(QRect(0, top, self.label_width, self.row_height), translucent(focus, 50))
            # the entity's type in its highlight colour (person, organisation, place...)
            painter.fillRect(
                QRect(2, top + 4, 4, self.row_height - 8), QColor(entity_colour(row.label, dark))
            )
            share = f"{row.articles}/{len(self.columns)}"
            share_width = metrics.horizontalAdvance(share)
            painter.setPen(dim)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share)
            painter.setPen(text)
            name_rect = label_rect.adjusted(0, 0, -share_width - 8, 0)
            painter.drawText(
                name_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(escape_controls(row.name), Qt.TextElideMode.ElideRight, name_rect.width()),
            )
            for column, count in enumerate(row.counts):
                rect = self.cell_rect(row_index, column).adjusted(1, 1, -1, -1)
                painter.fillRect(rect, self.heat_colour(count, most) if count else translucent(text, 12))
                strong = count and self.heat_colour(count, most).alpha() > 150
                # on a strong cell: white on the light theme's blue, near black on the dark theme's
                painter.setPen(
                    QColor("#0d1b2a" if is_dark(self) else "#ffffff") if strong else text if count else dim
                )
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count else "–")

        if self.rows and self.columns:
            pen = QPen(focus, 3 if self.hasFocus() else 1)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.cell_rect(self.row, self.column).adjusted(1, 1, -2, -2))
        painter.end()

    # --- keys and mouse ------------------------------------------------------------------

    MOVES = {
        Qt.Key.Key_Left: (0, -1),
        Qt.Key.Key_H: (0, -1),
        Qt.Key.Key_Right: (0, 1),
        Qt.Key.Key_L: (0, 1),
        Qt.Key.Key_Up: (-1, 0),
        Qt.Key.Key_K: (-1, 0),
        Qt.Key.Key_Down: (1, 0),
        Qt.Key.Key_J: (1, 0),
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if key in self.MOVES and plain:
            rows, columns = self.MOVES[key]
            self.move_to(self.row + rows, self.column + columns)
        elif key == Qt.Key.Key_Home:
            self.move_to(self.row, 0)
        elif key == Qt.Key.Key_End:
            self.move_to(self.row, len(self.columns) - 1)
        elif key == Qt.Key.Key_PageDown:
            self.move_to(self.row + self._page(), self.column)
        elif key == Qt.Key.Key_PageUp:
            self.move_to(self.row - self._page(), self.column)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.rows:
            self.rowActivated.emit(self.row)
        else:
            super().keyPressEvent(event)

    def _page(self) -> int:
        visible = self.visibleRegion().boundingRect().height() or self.height()
        return max(1, visible // self.row_height - 2)

    def move_to(self, row: int, column: int) -> None:
        if not self.rows or not self.columns:
            return
        row = max(0, min(len(self.rows) - 1, row))
        column = max(0, min(len(self.columns) - 1, column))
        if (row, column) == (self.row, self.column):
            return
        self.row, self.column = row, column
        self.update()
        self._announce()

    def _announce(self) -> None:
        if not self.rows or not self.columns:
            self.setAccessibleDescription("No entities")
            return
        row, column = self.rows[self.row], self.columns[self.column]
        count = row.counts[self.column]
        self.setAccessibleDescription(
            f"{row.name}: {count} mention{'s' if count != 1 else ''} in {column.outlet or column.title} "
            f"({language_name(column.language)}, {column.date or 'no date'})"
        )
        rect = self.cell_rect(self.row, self.column)
        self.visibleRectWanted.emit(rect.united(QRect(0, rect.top(), 1, rect.height())))
        self.cursorMoved.emit(self.row, self.column)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        where = self.cell_at(event.position().toPoint())
        if where is not None:
            self.move_to(*where)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        where = self.cell_at(event.position().toPoint())
        if where is not None:
            self.move_to(*where)
            self.rowActivated.emit(self.row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        where = self.cell_at(event.position().toPoint())
        if where is None:
            QToolTip.hideText()
            return
        row, column = self.rows[where[0]], self.columns[where[1]]
        QToolTip.showText(
            event.globalPosition().toPoint(),
            plain_text(
                f"{row.name} ({entity_type_name(row.label)})\n{column.title}\n{column.outlet} · "
                f"{language_name(column.language)} · {column.date or 'no date'}\n"
                f"{row.counts[where[1]]} mentions"
            ),
            self,
        )

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()
        self._announce()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
