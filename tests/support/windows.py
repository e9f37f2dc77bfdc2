"""A shown main window on a seeded library, for keyboard tests."""

from __future__ import annotations

import json

from PySide6.QtTest import QTest

from reader.core.library import seed_if_first_run
from reader.core.storage import Library

from .entity_fixtures import SEEDS


def open_window(qtbot, data_dir, keymap=None, *, wait_for_reader_focus=False):
    """The window on the samples, shown and active; `keymap` is written as the
    user's key map first. `wait_for_reader_focus`: wait until the text has
    focus (unless a key-map problems box is in front)."""
    from reader.ui.main_window import MainWindow

    library = Library(data_dir)
    seed_if_first_run(library, SEEDS)
    if keymap is not None:
        (data_dir / "keymap.json").write_text(json.dumps(keymap), encoding="utf-8")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.keyboard.open_file = lambda path: True  # no desktop editor in tests
    window.restore_state()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    if wait_for_reader_focus and not window.keymap.problems:
        qtbot.waitUntil(window.reading_view.hasFocus)
    return window
