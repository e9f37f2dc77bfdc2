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


def answer_modal(action, *, timeout_ms=30_000):
    """Call ``action(dialog)`` once a modal dialog is on top, polling every
    20 ms: a loaded machine can take longer than a fixed 50 ms to open it, and
    a dialog nobody answers blocks its exec() (and the whole run: a Python
    timeout cannot fire inside Qt's modal loop) for good. So the dialog is
    rejected if the action raises or leaves it open ``timeout_ms`` later: the
    test then fails instead of hanging."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = QTimer(QApplication.instance())  # the application keeps it
    timer.setInterval(20)
    polls = [timeout_ms // 20]

    def reject_if_open(dialog):
        try:
            if not dialog.isVisible():
                return
            # with any modal window opened on top of it (keys it did not take)
            for _ in range(10):
                top = QApplication.activeModalWidget()
                if top is None or top is dialog:
                    break
                top.close()
            dialog.reject()
        except RuntimeError:  # already deleted: it closed
            pass

    def poll():
        dialog = QApplication.activeModalWidget()
        polls[0] -= 1
        # Active too: keys sent to a dialog whose window is not yet active go
        # to the main window's shortcuts (window activation is asynchronous).
        if dialog is None or not dialog.isActiveWindow():
            if polls[0] <= 0:
                timer.stop()
                timer.deleteLater()
            return
        timer.stop()
        timer.deleteLater()
        QTimer.singleShot(timeout_ms, lambda: reject_if_open(dialog))
        try:
            action(dialog)
        except BaseException:
            reject_if_open(dialog)
            raise

    timer.timeout.connect(poll)
    timer.start()
