"""Shared colours and names, defined once: dark-mode detection, annotation
colours (resources/colors.json), entity type colours and names, the
reading-cursor tint and the paint order of highlight layers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from ..core.entity_labels import DATE, MISC, ORG, PERSON, PLACE

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def is_dark(widget: QWidget) -> bool:
    """Dark theme: the text background (where highlights are drawn) is dark."""
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


def swatch(hex_color: str, size: int = 18) -> QIcon:
    from PySide6.QtGui import QIcon  # its types load when first used, after the first paint

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_color))
    return QIcon(pixmap)


def translucent(colour: QColor | str, alpha: int) -> QColor:
    """A copy of `colour` with `alpha` (of 255), for painting."""
    copy = QColor(colour)
    copy.setAlpha(alpha)
    return copy


def with_alpha(colour: QColor | str, alpha: int) -> str:
    """'#AARRGGBB' of a colour made translucent (alpha of 255), for style sheets."""
    return translucent(colour, alpha).name(QColor.NameFormat.HexArgb)


# --- annotations --------------------------------------------------------------


def highlight_color(name: str, dark: bool) -> str:
    """The hex colour of an annotation palette entry for the current theme."""
    from ..core.storage.annotations import DEFAULT_COLOR, load_palette  # (not before the first paint)

    colours = load_palette().get(name) or load_palette()[DEFAULT_COLOR]
    return colours["dark" if dark else "light"]


# --- entities -------------------------------------------------------------------

ENTITY_TYPE_NAMES = {PERSON: "Person", ORG: "Organisation", PLACE: "Place", DATE: "Date", MISC: "Other"}
# (light palette, dark palette): saturated enough for an underline, shown as
# a faint tint behind the text, so the solid pastel annotation highlights
# stay clearly different.
ENTITY_TYPE_COLOURS = {
    PERSON: ("#1565C0", "#64B5F6"),
    ORG: ("#8E24AA", "#CE93D8"),
    PLACE: ("#2E7D32", "#81C784"),
    DATE: ("#E65100", "#FFB74D"),
    MISC: ("#546E7A", "#B0BEC5"),
}
ENTITY_TINT_ALPHA = 38  # of 255: a tint, not a fill


def entity_type_name(label: str) -> str:
    return ENTITY_TYPE_NAMES.get(label, label)


def entity_colour(label: str, dark: bool) -> str:
    light, dark_colour = ENTITY_TYPE_COLOURS.get(label, ENTITY_TYPE_COLOURS[MISC])
    return dark_colour if dark else light


# --- reading cursor and linked sentences -------------------------------------------

CURSOR_ACTIVE_ALPHA = 56  # the cursor sentence in the pane being read
CURSOR_OTHER_ALPHA = 32  # its counterpart in the other pane
LINK_ALPHA = 40  # the sentence under the mouse and its counterpart
# A grey band (the text colour, faint): no hue, so it never looks like one of
# the annotation colours (a palette-highlight tint was nearly the Blue one);
# the underline in the highlight colour marks the active pane.
CURSOR_TINT_ROLE = QPalette.ColorRole.Text


def cursor_tint(widget: QWidget, alpha: int = CURSOR_ACTIVE_ALPHA) -> str:
    """Translucent text colour: right in light and dark themes alike."""
    return with_alpha(widget.palette().color(CURSOR_TINT_ROLE), alpha)


# --- paint order of highlight layers (ReadingView.set_layer) --------------------------
# Lower first: a faint entity tint under the solid annotation colours, the
# reading cursor and search hits on top where the eye is.

LAYER_ENTITIES = 10
LAYER_ANNOTATIONS = 20
LAYER_LINK = 30
LAYER_SEARCH = 40
LAYER_CURSOR = 50
