"""Start the GUI: QApplication, library, main window, first paint."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import IMPORTED_AT
from ..paths import data_dir, resource
from .plain_text import show_message


def process_uptime_ms() -> float:
    """Milliseconds since this process started (Linux /proc), so 'first
    paint' counts interpreter start-up and imports too. A process that a
    shell script replaced by `exec` keeps the script's start time; then the
    time since the `reader` package was imported is the honest figure."""
    since_import = (time.perf_counter() - IMPORTED_AT) * 1000
    try:
        import os

        with open("/proc/self/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            now_seconds = float(uptime.read().split()[0])
        uptime_ms = (now_seconds - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return since_import
    return uptime_ms if uptime_ms < since_import + 1000 else since_import


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setDesktopFileName("reader")
    icon = resource("icons", "reader.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(args) -> int:
    from ..core.storage import Library, LibraryError
    from ..core.library import seed_if_first_run
    from .main_window import MainWindow

    app = create_application(getattr(args, "qt_args", []))
    folder = data_dir(args.data_dir)
    try:
        library = Library(folder)
        seed_if_first_run(library)
        # Reading the list and the last article meets damaged pages that
        # opening the file did not.
        window = MainWindow(library, defer_features=True)
        window.restore_state(getattr(args, "article", None))
    except LibraryError as error:
        if args.exit_after_paint or args.screenshot:
            print(f"reader: {error}", file=sys.stderr)
        else:
            show_message(None, QMessageBox.Icon.Critical, "Reader cannot open its library", str(error))
        return 2

    window.show()
    for problem in window.keymap.problems:
        print(f"reader: key map: {problem}", file=sys.stderr)

    if args.exit_after_paint or args.screenshot:
        def finish():
            if args.screenshot:
                window.grab().save(str(Path(args.screenshot)))
            window.close()
            app.quit()

        def after_paint():
            print(f"first paint: {process_uptime_ms():.0f} ms", flush=True)
            if args.screenshot:
                # The window as a user sees it a moment later: every feature
                # installed, stored entities and annotations drawn.
                window.install_features()
                QTimer.singleShot(3000, finish)
            else:
                finish()

        window.firstPainted.connect(after_paint)
    return app.exec()
