"""What the reading view takes and gives about passages: highlights to draw
(`ReadingView.set_layer`) and the selected range (`selected_range`).

Their own module, not reading_view's: the view is built before the window's
first paint and these frozen dataclasses are not needed for it (building the
two took ~8M instructions, ~1.3 ms, at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Highlight:
    """A tinted (or underlined) passage of one paragraph in one pane."""

    pane: str
    paragraph: int
    start: int  # code points in the paragraph's text in that pane
    end: int
    color: str  # any QColor name, e.g. "#fff3a0"
    underline: bool = False
    underline_color: str | None = None  # a tint (color) and an underline in one mark


@dataclass(frozen=True)
class TextRange:
    """A passage of one paragraph in one pane, with its text."""

    pane: str
    paragraph: int
    start: int
    end: int
    text: str
