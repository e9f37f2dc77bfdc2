"""Start the GUI: QApplication, library, main window, first paint."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

# The Qt-free core the window needs, imported before PySide6: once PySide6 is
# loaded, every module imported after it has its source read and searched
# for "PySide6" (shibokensupport.feature, for its __feature__ switches), which
# costs about 10 ms of start-up for these and the standard modules they use.
from ..core import commands, library, packs, service  # noqa: F401

# isort: split
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import IMPORTED_AT
from ..paths import data_dir, resource
from .plain_text import show_message

LISTEN_DELAY_MS = 200  # after the features' installs, before taking requests from later launches


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
    return app


def set_window_icon(app: QApplication) -> None:
    """Reader's icon on its windows. Set after the first paint: QIcon's
    Python types and the SVG icon engine (QtSvg) take a few milliseconds to
    load, and no window shows an icon before it is painted anyway."""
    from PySide6.QtGui import QIcon

    icon = resource("icons", "reader.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def command_line_sources(words: list[str]) -> list[str]:
    """Files and links named on the command line as absolute paths (a
    file:// URI becomes its path) and http(s) addresses, so a window started
    from another folder reads them the same."""
    if not words:
        return []  # core.fetch is not loaded before first paint without need
    from urllib.parse import unquote, urlsplit

    from ..core.fetch import is_web_address

    sources = []
    for word in words:
        if word.lower().startswith("file://"):
            word = unquote(urlsplit(word).path)
        sources.append(word if is_web_address(word) else str(Path(word).expanduser().absolute()))
    return sources


def open_sources(window, sources: list[str], on_finished=None):
    """Import files and links (a link is fetched: the user named it) and open
    the last article they give; what fails is shown in the window (and on
    stderr, for scripts). The import's JobHandle, or None when there is nothing."""
    if not sources:
        return None
    from ..core.fetch import is_web_address
    from .import_sources import ImportJob, start_import

    items = [s if is_web_address(s) else Path(s) for s in sources]
    job = ImportJob(items)
    arrived: list[int] = []
    job.imported.connect(arrived.append)
    job.message.connect(lambda message, ok: ok or print(f"reader: {message}", file=sys.stderr))
    job.failed.connect(lambda message: print(f"reader: {message}", file=sys.stderr))

    def open_last() -> None:
        if arrived and not window.select_article(arrived[-1]):
            window.open_article(arrived[-1])  # hidden by the list's filter
        if on_finished is not None:
            on_finished()

    job.finished.connect(open_last)
    return start_import(window, items, job)


def take_request(window, request: dict) -> None:
    """What a later launch on this library sent (single_instance): its files
    and links, or an article to open; then the window comes to the front."""
    sources = request.get("sources")
    sources = [s for s in sources if isinstance(s, str)] if isinstance(sources, list) else []
    article = request.get("article")
    if sources:
        open_sources(window, sources)
    elif isinstance(article, int) and not window.select_article(article):
        window.open_article(article)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def a_core_is_free() -> bool:
    """Is a core left over for work beside the UI thread's (the system's
    1-minute load average at most the cores less one)? Without one, work
    started before the first paint only delays it: restoring an untranslated
    article at load ~6 on two cores, starting its model load before the
    window was built put the first paint 47 -> 137 ms after show (medians of
    4, interleaved) and its first paragraph no sooner after show (~750 ms
    either way; `bench_translation_ui.py --restored [--load-at-start]`)."""
    import os

    try:
        return os.getloadavg()[0] <= (os.cpu_count() or 1) - 1
    except OSError:  # (no load average: Windows)
        return True


def start_restored_translation(folder: Path, article_id: int | None) -> None:
    """Before the window's modules are imported and the window built: when
    the article it will restore is untranslated and a pack translates it,
    CTranslate2 is imported and the model loaded on a thread meanwhile
    (article_translation.load_for_restored), on the second core while the
    window's modules are imported and the window built and painted. Its first
    translated paragraph then waits for the model call, not for the import
    and the load after the first paint. The import holds the GIL ~20 ms of
    CPU (translation.import_ctranslate2), the load leaves it to the UI thread.
    Only when a core is free (a_core_is_free); otherwise the job queued as
    the translation feature is installed loads the model, after the first paint."""
    import threading

    # Not a daemon: at exit the interpreter waits for the load rather than ending it inside CTranslate2.
    threading.Thread(
        target=_load_restored_translation, args=(folder, article_id), name="translation-restored"
    ).start()


def _load_restored_translation(folder: Path, article_id: int | None) -> None:
    from ..core.article_translation import load_for_restored  # imported in the thread

    load_for_restored(folder, article_id)


def run_gui(args) -> int:
    # No cyclic garbage collection until the first paint: start-up creates
    # Qt's Python types, Reader's modules and the window (objects that live
    # as long as the window), and the collector kept scanning them, 30-50 ms
    # before the first paint. `reader gui` turns it off before the imports.
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def _run_gui(args) -> int:
    from ..core.library import seed_apart_if_first_run
    from ..core.storage import Library, LibraryError
    from .single_instance import NotAnswering, claim_or_hand_over

    app = create_application(getattr(args, "qt_args", []))
    measuring = bool(args.exit_after_paint or args.screenshot)
    folder = data_dir(args.data_dir)
    sources = command_line_sources(getattr(args, "sources", None) or [])
    try:
        instance = claim_or_hand_over(folder, {"sources": sources, "article": getattr(args, "article", None)})
    except NotAnswering as error:
        _report(measuring, "Reader", str(error))
        return 1
    if instance is None:
        print("reader: sent to the Reader window already open on this library", file=sys.stderr)
        return 0
    try:
        library = Library(folder)
        seed_apart_if_first_run(library)
    except LibraryError as error:
        _report(measuring, "Reader cannot open its library", str(error))
        instance.release()
        return 2

    # A start-up probe: no features (translation, entities...), so it ends at
    # first paint, or once the files it was given are open.
    probe = bool(args.exit_after_paint and not args.screenshot)
    # (not when files were given: the window shows them, not the restored article)
    if not probe and not sources and a_core_is_free():
        start_restored_translation(folder, getattr(args, "article", None))
    # Imported once the model load has started, which then overlaps the import
    # too, not only the build: first paint -> the restored article's first
    # translated paragraph 406 -> 291 ms (medians of 6, interleaved; the
    # paint itself +19 ms; bench_translation_ui.py --restored --load-at-start
    # [--load-after-imports]).
    from .main_window import MainWindow

    window = MainWindow(library, defer_features=True, features=[] if probe else None)
    window.restore_geometry()
    # Shown (not yet painted) before the article opens: its text is laid out
    # once, at the width it is shown at, not first at the unshown view's.
    window.show()
    window.open_last_article(getattr(args, "article", None))
    for problem in window.keymap.problems:
        print(f"reader: key map: {problem}", file=sys.stderr)

    def finish():
        if args.screenshot:
            window.grab().save(str(Path(args.screenshot)))
        window.close()
        app.quit()

    def after_paint():
        if measuring:
            print(f"first paint: {process_uptime_ms():.0f} ms", flush=True)
        # What exists lives as long as the window: out of the cyclic
        # collector's reach (frozen), a full collection, which otherwise scans
        # it all, no longer stalls scrolling (50-60 ms in bench_long_articles).
        # Again a turn of the event loop later: after the first feature's
        # install, not after all of them (they come one per turn, some after
        # the restored article's first translated paragraph).
        gc.freeze()
        gc.enable()
        QTimer.singleShot(0, gc.freeze)

        # Requests from later launches are taken a moment after the features
        # are installed (a later launch retries for seconds): loading
        # QtNetwork (12-20 ms of the UI thread) in the same batch of zero
        # timers would lengthen that block of the UI thread, where key presses
        # wait. The icon too (QIcon's types and QtSvg, 5-8 ms). Not a fixed
        # time after the paint: the installs may wait for the restored
        # article's first translated paragraph (MainWindow._install_in_turns),
        # and both came 200 ms after the paint, before it, in one block.
        def after_installs():
            QTimer.singleShot(
                LISTEN_DELAY_MS, lambda: instance.listen(lambda request: take_request(window, request))
            )
            QTimer.singleShot(LISTEN_DELAY_MS, lambda: set_window_icon(app))

        window.featuresInstalled.connect(after_installs)
        # Imports start once the window is up, so they never delay it; a
        # start-up probe ends after the article they bring is open.
        importing = open_sources(
            window, sources, on_finished=finish if measuring and not args.screenshot else None
        )
        if not measuring:
            return
        if args.screenshot:
            # The window as a user sees it a moment later: every feature
            # installed, stored entities and annotations drawn.
            window.install_features()
            QTimer.singleShot(3000, finish)
        elif importing is None:
            finish()

    window.firstPainted.connect(after_paint)
    try:
        return app.exec()
    finally:
        instance.release()


def _report(measuring: bool, title: str, text: str) -> None:
    if measuring:
        print(f"reader: {text}", file=sys.stderr)
    else:
        show_message(None, QMessageBox.Icon.Critical, title, text)
