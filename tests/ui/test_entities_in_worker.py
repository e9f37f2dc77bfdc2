"""The window recognises entities in a worker process (issue 14): spaCy and
the name tables never load in the window's process, a dead worker is
replaced on the next request, its failures reach the status bar, and closing
the window ends it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication

import signal
import sys

import pytest
from support.entity_fixtures import copy_library
from support.processes import ended

from reader.core.entities import nametables, spacy_models
from reader.core.entity_worker import EntityWorker
from reader.core.storage import Library
from reader.ui.main_window import MainWindow

WAIT = 60000  # ms: the worker loads spaCy on a cold start


@pytest.fixture
def library(tmp_path_factory, tmp_path):
    library = Library(copy_library(tmp_path_factory, tmp_path / "data"))
    yield library
    library.close()


def shown(qtbot, library):
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.restore_state()
    win.show()
    return win


def forbid_loading_models_here(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the window's process loaded a model")

    monkeypatch.setattr(spacy_models, "_load", refuse)
    monkeypatch.setattr(nametables, "load_tables", refuse)


def test_recognition_runs_in_a_worker_that_ends_with_the_window(qtbot, library, monkeypatch):
    forbid_loading_models_here(monkeypatch)
    win = shown(qtbot, library)
    job = win.entities.job
    with qtbot.waitSignal(job.runFinished, timeout=WAIT):
        pass
    with qtbot.waitSignal(job.runFinished, timeout=WAIT) as finished:
        win.entities.request(force=True)  # every article recognised again, in the worker
    assert sorted(finished.args[0].computed) == [1, 2, 3, 4, 5]
    qtbot.waitUntil(lambda: bool(win.entities.groups), timeout=WAIT)
    assert any(g.name == "Sam Altman" for g in win.entities.groups)
    pid = job.worker.process.pid
    assert pid != os.getpid() and not ended(pid)
    win.close()
    assert ended(pid)  # no orphan: closing the window waited for it


def test_a_killed_worker_is_replaced_on_the_next_request(qtbot, library):
    win = shown(qtbot, library)
    job = win.entities.job
    with qtbot.waitSignal(job.groupsReady, timeout=WAIT):
        pass
    killed = job.worker.process.pid
    os.kill(killed, signal.SIGKILL)
    qtbot.waitUntil(lambda: job.worker.process.poll() is not None, timeout=WAIT)
    with qtbot.waitSignal(job.runFinished, timeout=WAIT) as finished:
        win.entities.request([4])
    assert finished.args[0].skipped == [4]
    assert job.worker.process.pid != killed
    win.close()


def test_a_crashing_worker_is_reported_in_the_status_bar(qtbot, library, monkeypatch):
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('no model here\\n'); sys.exit(2)"]
    monkeypatch.setattr(EntityWorker, "command", lambda self: crash)
    win = shown(qtbot, library)
    with qtbot.waitSignal(win.entities.job.failed, timeout=WAIT) as failure:
        pass
    message = failure.args[0]
    assert "exit code 2" in message and "no model here" in message
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == f"Entities: {message}", timeout=5000)
    win.close()


def test_coverage_notes_use_the_workers_view_of_the_recognisers(qtbot, library):
    win = shown(qtbot, library)
    controller = win.entities
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        pass
    assert "names-rtl" in controller.statuses["he"]
    win.select_article(1)  # Hebrew
    assert "built-in lists (Hebrew)" in controller.coverage
    # the name tables failed to build in the worker: the note says so
    broken = {lang: dict(entry) for lang, entry in controller.statuses.items()}
    broken["he"]["names-rtl"] = "skipped: name tables could not be built: disk full"
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        controller.job.statusesReady.connect(lambda _: controller._on_statuses(broken))
        controller.request([1])
    assert "name lists are unavailable" in controller.coverage
    win.close()
