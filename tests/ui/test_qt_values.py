"""reader/ui/qt_values.py: the numbers it sets before the first paint are
Qt's, and a property Qt does not know (or a key its enum lacks) raises."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from reader.ui import qt_values


@pytest.mark.parametrize(
    "name, value",
    [
        ("DISPLAY_ROLE", Qt.ItemDataRole.DisplayRole),
        ("TOOL_TIP_ROLE", Qt.ItemDataRole.ToolTipRole),
        ("TEXT_ALIGNMENT_ROLE", Qt.ItemDataRole.TextAlignmentRole),
        ("USER_ROLE", Qt.ItemDataRole.UserRole),
        ("ALIGN_LEFT", Qt.AlignmentFlag.AlignLeft),
        ("ALIGN_RIGHT", Qt.AlignmentFlag.AlignRight),
        ("ALIGN_ABSOLUTE", Qt.AlignmentFlag.AlignAbsolute),
        ("ALIGN_VCENTER", Qt.AlignmentFlag.AlignVCenter),
        ("LEFT_TO_RIGHT", Qt.LayoutDirection.LeftToRight),
        ("RIGHT_TO_LEFT", Qt.LayoutDirection.RightToLeft),
    ],
)
def test_the_numbers_are_qts(name, value):
    assert getattr(qt_values, name) == value.value


def test_an_enum_property_is_set_by_its_key_names():
    model = QSortFilterProxyModel()
    qt_values.set_enum_property(model, "filterCaseSensitivity", "CaseInsensitive")
    assert model.filterCaseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    with pytest.raises(ValueError):
        qt_values.set_enum_property(model, "filterCaseSensitivity", "CaseInsensitiv")
    with pytest.raises(ValueError):
        qt_values.set_enum_property(model, "filterCaseSensitivty", "CaseInsensitive")
    assert model.dynamicPropertyNames() == []  # the misspelt name is not left on the object


@pytest.mark.parametrize(
    "name, keys, expected",
    [
        ("textFormat", "PlainText", Qt.TextFormat.PlainText),
        (
            "textInteractionFlags",
            "TextSelectableByMouse|TextSelectableByKeyboard",
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard,
        ),
        ("verticalScrollBarPolicy", "ScrollBarAlwaysOn", Qt.ScrollBarPolicy.ScrollBarAlwaysOn),
        ("verticalScrollBarPolicy", "ScrollBarAsNeeded", Qt.ScrollBarPolicy.ScrollBarAsNeeded),
    ],
)
def test_the_properties_the_window_sets_by_key_names_take_them(qtbot, name, keys, expected):
    """The key names reader/ui sets before the first paint (a flags property's
    joined by "|") give Qt's values."""
    from PySide6.QtWidgets import QLabel, QTextBrowser

    widget = QLabel() if name == "textFormat" else QTextBrowser()
    qtbot.addWidget(widget)
    qt_values.set_enum_property(widget, name, keys)
    assert getattr(widget, name)() == expected
