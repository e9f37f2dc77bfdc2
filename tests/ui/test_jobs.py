"""The one job runner (reader/ui/jobs.py): a library connection per job
thread, done/failed/finished on the UI thread, cancellation, and one
bounded wait at shutdown that never destroys a running thread."""

from __future__ import annotations

import sys
import threading

import pytest

from reader.core.storage import Library
from reader.ui.jobs import Job, JobFailed, JobRunner


class Count(Job):
    """Counts the library's articles in its own thread."""

    def work(self, context):
        self.thread_id = threading.get_ident()
        return len(context.library.list_articles()), context.library is context.library


class Fails(Job):
    def __init__(self, error):
        super().__init__()
        self.error = error

    def work(self, context):
        raise self.error


class Waits(Job):
    """Runs until cancelled, or until `release` is set (ignoring a cancel)."""

    def __init__(self, obey: bool = True):
        super().__init__()
        self.obey = obey
        self.release = threading.Event()
        self.started = threading.Event()

    def work(self, context):
        self.started.set()
        while not self.release.wait(0.01):
            if self.obey and context.cancelled():
                return "stopped"
        return "released"


def run(qtbot, runner, job):
    events = []
    job.done.connect(lambda result: events.append(("done", result)))
    job.failed.connect(lambda message: events.append(("failed", message)))
    job.finished.connect(lambda: events.append(("finished",)))
    with qtbot.waitSignal(job.finished, timeout=10000):
        handle = runner.run(job)
    return handle, events


def test_a_job_gets_its_own_connection_and_reports_on_the_ui_thread(qtbot, seeded_library):
    runner = JobRunner(seeded_library.data_dir)
    job = Count()
    handle, events = run(qtbot, runner, job)
    assert events == [("done", (5, True)), ("finished",)]
    assert job.thread_id != threading.get_ident() and handle.isFinished()
    assert runner.handles == []  # forgotten once finished


def test_failures_become_messages(qtbot, seeded_library):
    runner = JobRunner(seeded_library.data_dir)
    _, events = run(qtbot, runner, Fails(JobFailed("No pack for Hebrew.")))
    assert events == [("failed", "No pack for Hebrew."), ("finished",)]
    _, events = run(qtbot, runner, Fails(OSError("disk full")))
    assert events == [("failed", "Disk or network error: disk full"), ("finished",)]
    _, events = run(qtbot, runner, Fails(KeyError("broken model")))
    assert events == [("failed", "KeyError: 'broken model'"), ("finished",)]


def test_a_library_that_cannot_open_is_a_failure(qtbot, tmp_path):
    (tmp_path / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    runner = JobRunner(tmp_path)
    _, events = run(qtbot, runner, Count())
    assert events[0][0] == "failed" and events[-1] == ("finished",)


def test_cancel_and_shutdown(qtbot, seeded_library):
    runner = JobRunner(seeded_library.data_dir)
    job = Waits()
    job.done.connect(lambda result: setattr(job, "result", result))
    handle = runner.run(job)
    assert job.started.wait(5)
    with qtbot.waitSignal(job.finished, timeout=10000):
        handle.cancel()
    assert job.result == "stopped" and job.cancelled

    obeys, ignores = Waits(), Waits(obey=False)
    first, second = runner.run(obeys), runner.run(ignores)
    assert obeys.started.wait(5) and ignores.started.wait(5)
    assert runner.shutdown(wait_ms=300) is False  # one bounded wait for all
    assert first.isFinished() and not second.isFinished()
    assert second.parent() is None  # kept alive apart from the runner, not destroyed running
    ignores.release.set()
    assert second.wait(5000)
    # after shutdown a new job is cancelled from the start
    late = Waits()
    late.done.connect(lambda result: setattr(late, "result", result))
    with qtbot.waitSignal(late.finished, timeout=10000):
        runner.run(late)
    assert late.result == "stopped"


def test_each_job_closes_its_connection(qtbot, seeded_library, monkeypatch):
    closed = []
    original = Library.close
    monkeypatch.setattr(Library, "close", lambda self: (closed.append(self), original(self)))
    runner = JobRunner(seeded_library.data_dir)
    run(qtbot, runner, Count())
    run(qtbot, runner, Fails(JobFailed("x")))  # never opened one
    assert len(closed) == 1 and closed[0] is not seeded_library


class Priorities(Job):
    """The niceness of its own thread and of a thread it starts (Linux)."""

    def work(self, context):
        import os

        started = []
        thread = threading.Thread(
            target=lambda: started.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        )
        thread.start()
        thread.join()
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), started[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's")
def test_jobs_run_at_the_ui_threads_priority(qtbot, seeded_library):
    # A job thread holds the GIL at times: lowered, the scheduler could leave it
    # waiting for a core with the GIL held, and the UI thread with it
    # (reader/core/priority.py). Its model's compute threads are lowered instead.
    import os

    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    _handle, events = run(qtbot, JobRunner(seeded_library.data_dir), Priorities())
    assert events[0] == ("done", (ui, ui))
