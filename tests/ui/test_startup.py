"""Start-up: no cyclic garbage collection until the first paint; then the
collector is on again with what start-up made frozen, and it is on again
too when the window cannot open. The first paint does not create Qt's
namespace (`PySide6.QtCore.Qt`, ~120M instructions: see reader/ui/qt_values.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader.core.storage import Library

REPO = Path(__file__).resolve().parents[2]


# `reader gui` runs in a child process: a whole application run (its shutdown
# of background work included) must not share the test process with later tests.
_FIRST_PAINT = """
import gc, sys
from reader.cli import main
from reader.ui.main_window import MainWindow
import PySide6.QtCore
seen = []
show = MainWindow.show
def recording_show(window):
    seen.append(gc.isenabled())  # the window built
    # (connected before run_gui's own first-paint handler, so it runs first)
    window.firstPainted.connect(lambda: seen.append(gc.isenabled()))
    window.firstPainted.connect(lambda: seen.append("Qt" in vars(PySide6.QtCore)))
    show(window)
MainWindow.show = recording_show
code = main(["--data-dir", sys.argv[1], "gui", "--exit-after-paint"])
print("RESULT", code, seen, gc.isenabled(), gc.get_freeze_count() > 0)
"""

_CANNOT_OPEN = """
import gc, sys
from reader.cli import main
code = main(["--data-dir", sys.argv[1], "gui", "--exit-after-paint"])
print("RESULT", code, gc.isenabled())
"""


def run_child(script: str, data_dir) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )


def test_the_collector_is_off_until_the_first_paint(data_dir):
    run = run_child(_FIRST_PAINT, data_dir)
    assert "first paint:" in run.stdout, run.stderr
    # [collector on when the window is built, at the first paint; Qt's namespace created by then]
    assert "RESULT 0 [False, False, False] True True" in run.stdout, run.stdout + run.stderr


def test_the_collector_is_on_again_when_the_library_cannot_open(data_dir):
    library = Library(data_dir)
    library.execute("INSERT INTO schema_version(version, applied_at) VALUES (999, 'later')")
    library.conn.commit()
    library.close()
    run = run_child(_CANNOT_OPEN, data_dir)
    assert "newer Reader" in run.stderr
    assert "RESULT 2 True" in run.stdout, run.stdout + run.stderr
