"""The story timeline: the dates the articles mention, one lane per article,
painted with QPainter.

The axis is ordinal: every distinct date mentioned gets a slot, in order,
with a break mark where the gap between two slots is long, so that a story
told in one week stays readable when one article also recalls 1985. A day is
a dot, a month or a year named without a day a band; a date only one article
gives is drawn hollow, so where outlets disagree stands out. Left/Right (h/l) move through the marks in date order, Up/Down (k/j)
to the nearest mark of the lane above or below; Enter activates the mark (the
view opens its sentence in the reader).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ..core.safe_text import escape_controls
from .theme import is_dark, translucent

MARK_LIGHT, MARK_DARK = "#E65100", "#FFB74D"  # the entity colour of dates
LEGEND = [
    ("shared", "a day two or more articles give"),
    ("single", "a day only one gives"),
    ("band", "a month or a year"),
]
MIN_LANE, MAX_LANE = 24, 44  # px per article lane
DOT = 6
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class TimelineMark:
    """A date one article mentions; `start`..`end` (inclusive) is the day, month or year."""

    lane: int
    start: date
    end: date
    text: str  # as written ("20 בנובמבר")
    iso: str  # as normalised ("2023-11-20", "2023-11")
    payload: object = None  # what the view needs to open the sentence

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def date_range(iso: str) -> tuple[date, date] | None:
    """'2023-11-20' -> that day; '2023-11' -> the month; '2023' -> the year; else None."""
    match = _ISO.match(iso or "")
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            first = date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        return (date(year, month, day),) * 2
    except ValueError:
        return None


class StoryTimeline(QWidget):
    markChanged = Signal(int)  # index into `marks` (-1: none)
    markActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyTimeline")
        self.setAccessibleName("Dates the articles mention")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lanes: list[str] = []
        self.marks: list[TimelineMark] = []  # sorted by date, then lane
        self.current = -1
        self.slots: list[date] = []  # the distinct dates mentioned, in order

    def set_data(self, lanes: list[str], marks: list[TimelineMark]) -> None:
        self.lanes = list(lanes)
        self.marks = sorted(marks, key=lambda m: (m.start, m.end, m.lane))
        self.slots = sorted({m.start for m in self.marks})
        # start on the date most articles give: the story's own day, as a rule
        lanes: dict[str, set[int]] = {}
        for mark in self.marks:
            lanes.setdefault(mark.iso, set()).add(mark.lane)
        self.current = max(
            range(len(self.marks)), key=lambda i: (len(lanes[self.marks[i].iso]), -i), default=-1
        )
        self.updateGeometry()
        self.update()
        self.markChanged.emit(self.current)

    def dates(self) -> list[str]:
        """The normalised dates shown, in order (for tests and the accessible description)."""
        return [m.iso for m in self.marks]

    # --- geometry -------------------------------------------------------------------

    @property
    def label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return min(220, max((metrics.horizontalAdvance(lane) for lane in self.lanes), default=80) + 16)

    def sizeHint(self) -> QSize:
        return QSize(720, 20 + MAX_LANE * max(1, len(self.lanes)) + 3 * QFontMetrics(self.font()).height())

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 20 + MIN_LANE * max(1, len(self.lanes)) + 3 * QFontMetrics(self.font()).height())

    @property
    def lane_height(self) -> int:
        room = self.height() - 20 - 3 * QFontMetrics(self.font()).height()
        return max(MIN_LANE, min(MAX_LANE, room // max(1, len(self.lanes))))

    def _plot(self) -> QRect:
        return QRect(
            self.label_width,
            10,
            max(10, self.width() - self.label_width - 24),
            self.lane_height * max(1, len(self.lanes)),
        )

    def slot_width(self, plot: QRect) -> float:
        return plot.width() / max(1, len(self.slots))

    def x_of(self, day: date, plot: QRect) -> float:
        return plot.left() + self.slot_width(plot) * (self.slots.index(day) + 0.5)

    def mark_rect(self, index: int, plot: QRect | None = None) -> QRectF:
        plot = plot or self._plot()
        mark = self.marks[index]
        y = plot.top() + self.lane_height * mark.lane + self.lane_height / 2
        x = self.x_of(mark.start, plot)
        if mark.is_day:
            return QRectF(x - DOT, y - DOT, 2 * DOT, 2 * DOT)
        width = max(3 * DOT, min(48, self.slot_width(plot) * 0.8))
        return QRectF(x - width / 2, y - DOT / 2, width, DOT)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        dim = translucent(text, 120)
        faint = translucent(text, 30)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        if not self.marks:
            painter.setPen(dim)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "The articles mention no dates.")
            painter.end()
            return
        # lanes
        for lane, name in enumerate(self.lanes):
            top = plot.top() + lane * self.lane_height
            if lane % 2:
                painter.fillRect(QRect(0, top, self.width(), self.lane_height), faint)
            painter.setPen(text)
            painter.drawText(
                QRect(8, top, self.label_width - 16, self.lane_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(escape_controls(name), Qt.TextElideMode.ElideRight, self.label_width - 16),
            )
        # axis: a label under every slot that has room, a break where years or months are skipped
        painter.setPen(dim)
        axis_y = plot.bottom() + 2
        painter.drawLine(plot.left(), axis_y, plot.right(), axis_y)
        free_from = float(plot.left())
        for index, day in enumerate(self.slots):
            x = self.x_of(day, plot)
            painter.setPen(faint)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y))
            label = self._label(day)
            width = metrics.horizontalAdvance(label)
            if x - width / 2 >= free_from:
                painter.setPen(dim)
                painter.drawText(QPointF(x - width / 2, axis_y + 2 + metrics.ascent()), label)
                free_from = x + width / 2 + 8
            if index and (day - self.slots[index - 1]).days > 45:
                gap = x - self.slot_width(plot) / 2
                painter.setPen(QPen(dim, 1.5))
                for shift in (-3, 3):
                    painter.drawLine(
                        QPointF(gap + shift - 3, axis_y + 5), QPointF(gap + shift + 3, axis_y - 5)
                    )
        # marks: filled where two or more articles give the date, hollow where only one does
        colour = QColor(MARK_DARK if is_dark(self) else MARK_LIGHT)
        lanes_of: dict[str, set[int]] = {}
        for mark in self.marks:
            lanes_of.setdefault(mark.iso, set()).add(mark.lane)
        for index, mark in enumerate(self.marks):
            rect = self.mark_rect(index, plot)
            shared = len(lanes_of[mark.iso]) > 1
            if mark.is_day:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(colour if shared else palette.color(QPalette.ColorRole.Base))
                painter.drawEllipse(rect)
            else:  # a whole month or year: a faint band, not to outweigh the days
                band = translucent(colour, 110 if shared else 60)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(band)
                painter.drawRoundedRect(rect, 3, 3)
        self._paint_legend(painter, metrics, colour, palette.color(QPalette.ColorRole.Base), dim)
        if 0 <= self.current < len(self.marks):
            mark = self.marks[self.current]
            rect = self.mark_rect(self.current, plot).adjusted(-4, -4, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3 if self.hasFocus() else 1.5))
            painter.drawEllipse(rect) if mark.is_day else painter.drawRoundedRect(rect, 4, 4)
            label = mark.iso
            width = metrics.horizontalAdvance(label) + 8
            x = min(max(rect.center().x() - width / 2, plot.left()), plot.right() - width)
            box = QRectF(x, rect.top() - metrics.height() - 2, width, metrics.height())
            if box.top() < 0:
                box.moveTop(rect.bottom() + 2)
            painter.fillRect(box, palette.color(QPalette.ColorRole.ToolTipBase))
            painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def _paint_legend(
        self, painter: QPainter, metrics: QFontMetrics, colour: QColor, base: QColor, dim: QColor
    ) -> None:
        """What the shapes mean, at the bottom right."""
        y = self.height() - metrics.height() // 2 - 4
        x = float(self.width() - 8)
        band = translucent(colour, 110)
        for shape, text in reversed(LEGEND):
            x -= metrics.horizontalAdvance(text)
            painter.setPen(dim)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
            x -= 3 * DOT
            if shape == "band":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(band)
                painter.drawRoundedRect(QRectF(x - DOT, y - DOT / 2, 3 * DOT, DOT), 3, 3)
            else:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(colour if shape == "shared" else base)
                painter.drawEllipse(QRectF(x - DOT / 2, y - DOT / 2 - 1, DOT + 2, DOT + 2))
            x -= 4 * DOT

    def _label(self, day: date) -> str:
        """The slot's date as precise as its marks: '2023-11-20', '2023-11' or '1985'."""
        return max((m.iso for m in self.marks if m.start == day), key=len, default=day.isoformat())

    # --- keys and mouse ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.marks or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_L):
            self.set_current(min(len(self.marks) - 1, self.current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_H):
            self.set_current(max(0, self.current - 1))
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_J, Qt.Key.Key_Up, Qt.Key.Key_K):
            self.set_current(self._nearest_in_lane(+1 if key in (Qt.Key.Key_Down, Qt.Key.Key_J) else -1))
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.marks) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.markActivated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def _nearest_in_lane(self, step: int) -> int:
        here = self.marks[self.current]
        lanes = sorted({m.lane for m in self.marks})
        position = lanes.index(here.lane) + step
        if not 0 <= position < len(lanes):
            return self.current
        lane = lanes[position]
        return min(
            (i for i, m in enumerate(self.marks) if m.lane == lane),
            key=lambda i: abs((self.marks[i].start - here.start).days),
        )

    def set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self.update()
            self.markChanged.emit(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        hit = self._mark_at(event.position())
        if hit is not None:
            self.set_current(hit)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._mark_at(event.position())
        if hit is not None:
            self.set_current(hit)
            self.markActivated.emit(hit)

    def _mark_at(self, point) -> int | None:
        plot = self._plot()
        for index in range(len(self.marks)):
            if self.mark_rect(index, plot).adjusted(-3, -3, 3, 3).contains(point):
                return index
        return None

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
