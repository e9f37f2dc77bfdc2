"""Shared test set-up: offscreen Qt, isolated data and home folders."""

import faulthandler
import os
import socket
import threading
from pathlib import Path

# Before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


# pytest-timeout (pyproject.toml) ends a test through a Python signal handler,
# which cannot run while the main thread sits in C++, say in a modal dialog's
# exec() that nobody answers: past HANG_SECONDS the stacks of every thread go
# to the real stderr and the run ends, instead of holding CI until it is killed.
HANG_SECONDS = 600
_real_stderr = None


def pytest_configure(config):
    global _real_stderr
    # Capture is suspended while plugins are configured: fd 2 is still the terminal's.
    _real_stderr = os.fdopen(os.dup(2), "w")


@pytest.fixture(autouse=True)
def hang_watchdog(request):
    def hung() -> None:
        print(f"\n{request.node.nodeid} hung for {HANG_SECONDS} s; stacks:", file=_real_stderr, flush=True)
        faulthandler.dump_traceback(file=_real_stderr, all_threads=True)
        os._exit(3)

    watchdog = threading.Timer(HANG_SECONDS, hung)
    watchdog.name = "test-hang-watchdog"
    watchdog.daemon = True
    watchdog.start()
    yield
    watchdog.cancel()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Nothing a test does touches the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("READER_DATA_DIR", raising=False)
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(home / "unused-argos-packages"))
    return home


@pytest.fixture(autouse=True, scope="session")
def name_tables_dir(tmp_path_factory):
    """One cache of name tables for the whole run, command-line subprocesses
    included: the tables prebuilt at set-up when they are current, else one
    build on first use (about half a minute) instead of one per test's
    isolated home."""
    path = tmp_path_factory.mktemp("nametables")
    saved = os.environ.get("READER_NAMES_CACHE")
    os.environ["READER_NAMES_CACHE"] = str(path)
    yield path
    if saved is None:
        os.environ.pop("READER_NAMES_CACHE", None)
    else:
        os.environ["READER_NAMES_CACHE"] = saved


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def manager(data_dir):
    """A pack manager on the test's data folder, no pack installed."""
    from reader.core.packs import PackManager

    return PackManager(data_dir)


@pytest.fixture
def library(data_dir):
    from reader.core.storage import Library

    lib = Library(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def seeded_library(library):
    """A library holding the five sample articles: 1, 2 Hebrew; 3 Arabic;
    4 Dutch; 5 French (seeds are imported in file-name order)."""
    from reader.core.library import seed_if_first_run

    seed_if_first_run(library, SEEDS)
    return library


@pytest.fixture
def window(qtbot, seeded_library):
    """The main window on the five samples, shown and exposed, at its
    restored reading position (modules needing another set-up define their own)."""
    from reader.ui.main_window import MainWindow

    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    win.restore_state()
    win.show()
    qtbot.waitExposed(win)
    return win


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to open a connection is recorded and refused."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture(scope="session")
def pack_files(tmp_path_factory):
    """Tiny real copy-model packs (output == input), built once per run:
    {"he_en@1.0": path, ...}. See tests/argos_fixture.py."""
    from support.argos_fixture import build_copy_pack

    out = tmp_path_factory.mktemp("packfiles")
    names = ["he_en@1.0", "he_en@1.5", "he_fr@1.0", "fr_en@1.9", "ar_en@1.0", "nl_fr@1.0"]
    return {name: build_copy_pack(out, *name.split("@")[0].split("_"), name.split("@")[1]) for name in names}


@pytest.fixture(autouse=True, scope="session")
def clipboard_cleared_at_exit():
    """Tests that touch the clipboard leave it empty: with the offscreen
    platform, a clipboard still holding data when the interpreter finalises
    Qt ends the run with a segmentation fault (exit 139) after every test
    has passed."""
    yield
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        app.clipboard().clear()
