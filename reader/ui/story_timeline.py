"""The story timeline: the dates the articles mention, one lane per article,
painted with QPainter.

A day is a dot, a month or a year named without a day is a bar across it; a
date only one article gives is drawn hollow, so where outlets disagree stands
out. Left/Right (h/l) move through the marks in date order, Up/Down (k/j)
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
from .theme import is_dark

MARK_LIGHT, MARK_DARK = "#E65100", "#FFB74D"   # the entity colour of dates
MIN_LANE, MAX_LANE = 24, 44   # px per article lane
DOT = 6
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class TimelineMark:
    """A date one article mentions; `start`..`end` (inclusive) is the day, month or year."""

    lane: int
    start: date
    end: date
    text: str          # as written ("20 בנובמבר")
    iso: str           # as normalised ("2023-11-20", "2023-11")
    payload: object = None   # what the view needs to open the sentence

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
    markChanged = Signal(int)       # index into `marks` (-1: none)
    markActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyTimeline")
        self.setAccessibleName("Dates the articles mention")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lanes: list[str] = []
        self.marks: list[TimelineMark] = []   # sorted by date, then lane
        self.current = -1
        self.first = self.last = date.today()

    def set_data(self, lanes: list[str], marks: list[TimelineMark]) -> None:
        self.lanes = list(lanes)
        self.marks = sorted(marks, key=lambda m: (m.start, m.end, m.lane))
        if self.marks:
            self.first = min(m.start for m in self.marks)
            self.last = max(m.end for m in self.marks)
            pad = max(1, (self.last - self.first).days // 20)
            self.first, self.last = self.first - timedelta(days=pad), self.last + timedelta(days=pad)
        self.current = 0 if self.marks else -1
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
        return QSize(720, 20 + MAX_LANE * max(1, len(self.lanes)) + 2 * QFontMetrics(self.font()).height())

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 20 + MIN_LANE * max(1, len(self.lanes)) + 2 * QFontMetrics(self.font()).height())

    @property
    def lane_height(self) -> int:
        room = self.height() - 20 - 2 * QFontMetrics(self.font()).height()
        return max(MIN_LANE, min(MAX_LANE, room // max(1, len(self.lanes))))

    def _plot(self) -> QRect:
        return QRect(self.label_width, 10, max(10, self.width() - self.label_width - 24),
                     self.lane_height * max(1, len(self.lanes)))

    def x_of(self, day: date, plot: QRect) -> float:
        span = max(1, (self.last - self.first).days)
        return plot.left() + plot.width() * (day - self.first).days / span

    def mark_rect(self, index: int, plot: QRect | None = None) -> QRectF:
        plot = plot or self._plot()
        mark = self.marks[index]
        y = plot.top() + self.lane_height * mark.lane + self.lane_height / 2
        left = self.x_of(mark.start, plot)
        right = self.x_of(mark.end + timedelta(days=1), plot) if not mark.is_day else left
        if mark.is_day:
            return QRectF(left - DOT, y - DOT, 2 * DOT, 2 * DOT)
        return QRectF(left, y - DOT / 2, max(2 * DOT, right - left), DOT)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        dim = QColor(text)
        dim.setAlpha(120)
        faint = QColor(text)
        faint.setAlpha(30)
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
            painter.drawText(QRect(8, top, self.label_width - 16, self.lane_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(escape_controls(name), Qt.TextElideMode.ElideRight,
                                                self.label_width - 16))
        # axis with ticks
        painter.setPen(dim)
        painter.drawLine(plot.left(), plot.bottom() + 2, plot.right(), plot.bottom() + 2)
        for tick, label in self._ticks(metrics, plot):
            x = self.x_of(tick, plot)
            painter.setPen(faint)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 2))
            painter.setPen(dim)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + 4 + metrics.ascent()), label)
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
            else:   # a whole month or year: a faint band, not to outweigh the days
                band = QColor(colour)
                band.setAlpha(110 if shared else 60)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(band)
                painter.drawRoundedRect(rect, 3, 3)
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

    def _ticks(self, metrics: QFontMetrics, plot: QRect) -> list[tuple[date, str]]:
        """Days (every 1, 2, 7 or 14), months (every 1, 3 or 6) or years, as
        many as fit without overlapping."""
        room = max(2, plot.width() // (metrics.horizontalAdvance("2023-11-20") + 16))
        days = (self.last - self.first).days
        for step in (1, 2, 7, 14):
            if days // step < room:
                ticks = [self.first + timedelta(days=n) for n in range(0, days + 1, step)]
                return [(day, day.isoformat()) for day in ticks]
        months = []
        year, month = self.first.year, self.first.month
        while date(year, month, 1) <= self.last:
            if date(year, month, 1) >= self.first:
                months.append(date(year, month, 1))
            year, month = year + (month == 12), month % 12 + 1
        for step in (1, 3, 6):
            if len(months) // step < room:
                return [(m, m.strftime("%Y-%m")) for m in months if (m.month - 1) % step == 0]
        years = [date(y, 1, 1) for y in range(self.first.year + 1, self.last.year + 1)]
        step = max(1, -(-len(years) // room))
        return [(y, str(y.year)) for y in years[::step]]

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
        return min((i for i, m in enumerate(self.marks) if m.lane == lane),
                   key=lambda i: abs((self.marks[i].start - here.start).days))

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
