"""Qt's enum values for the code that runs before the first paint, without `Qt`.

The first time anything reads `PySide6.QtCore.Qt` (an import of it, `Qt.X`,
or a call whose overloads take one of its enums, like `QBrush(QColor)` or a
Python `headerData` called with a `Qt.Orientation`), PySide creates every
Python enum of that namespace at once: 93 enums, `Qt.Key` alone with 471
members, ~120M instructions (~20 ms), a third of what Reader added to a bare
window's start-up. So the code that builds and paints the window sets these
values through Qt's property system, which takes an enum's key names, or as
the numbers a role or a QTextFormat property holds; code that runs after the
first paint uses `Qt` as usual (by then creating it delays nothing).
tests/ui/test_startup.py holds that the first paint leaves `Qt` uncreated,
tests/ui/test_qt_values.py that these numbers are Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 256
# Qt.AlignmentFlag
ALIGN_LEFT = 0x1
ALIGN_RIGHT = 0x2
ALIGN_ABSOLUTE = 0x10
ALIGN_VCENTER = 0x80
# Qt.LayoutDirection
LEFT_TO_RIGHT = 0
RIGHT_TO_LEFT = 1


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set the Qt property `name` of `target` (an enum or flags property) by
    its key names as Qt spells them: "PlainText", "TextSelectableByMouse|
    TextSelectableByKeyboard". A name or key Qt does not know raises (the
    name is checked first: QObject.setProperty would add an unknown one as a
    dynamic property)."""
    if target.metaObject().indexOfProperty(name) < 0 or not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no property {name!r} taking {keys!r}")
