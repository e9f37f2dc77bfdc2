"""The entity worker process (reader/core/entity_worker.py): it stores what
an in-process recompute stores, reports progress and failures, leaves when
idle or told to, and the client starts a new one whenever the last has ended."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest
from support.entity_fixtures import copy_library
from support.processes import ended

from reader.core import entity_service
from reader.core.entities import Correction, status
from reader.core.entity_worker import EntityWorker, WorkerFailed
from reader.core.storage import Library
from reader.core.storage.entities import EntityStore


def wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture
def data(tmp_path_factory, tmp_path):
    """A seeded library whose entities were recognised in this process."""
    return copy_library(tmp_path_factory, tmp_path / "data")


def test_the_worker_stores_what_recognition_in_process_stores(data, tmp_path_factory, tmp_path):
    here = Library(copy_library(tmp_path_factory, tmp_path / "here"))
    entity_service.recompute(here, force=True)
    expected = EntityStore(here).mentions()
    here.close()
    library = Library(data)
    worker = EntityWorker(data)
    progress = []
    try:
        report = worker.recompute(force=True, on_article=lambda *args: progress.append(args))
        assert worker.process is not None and worker.process.pid != os.getpid()
    finally:
        worker.close()
    assert sorted(report.computed) == [1, 2, 3, 4, 5] and not report.cancelled
    assert [done for _, done, _ in progress] == [1, 2, 3, 4, 5]
    assert all(total == 5 for *_, total in progress)
    assert EntityStore(library).mentions() == expected
    # the index it sends is the one grouped in this process, group for group
    assert worker.groups == entity_service.groups(library) and worker.groups
    library.close()


def test_a_correction_reaches_the_index_the_worker_sends(data):
    library = Library(data)
    worker = EntityWorker(data)
    try:
        worker.recompute([])
        before = worker.groups
        altman = next(g for g in before if g.name == "Sam Altman")
        EntityStore(library).add_correction(Correction("rename", (altman.key,), name="S. Altman"))
        worker.recompute([])
    finally:
        worker.close()
    assert any(g.name == "S. Altman" and g.key == altman.key for g in worker.groups)
    assert worker.groups == entity_service.groups(library)
    # only the renamed group crossed the pipe again: the others are the objects the window had
    assert {id(g) for g in worker.groups} - {id(g) for g in before} == {
        id(g) for g in worker.groups if g.key == altman.key
    }
    library.close()


def test_an_up_to_date_request_is_answered_without_recognising(data):
    worker = EntityWorker(data)
    try:
        report = worker.recompute([1, 4])
    finally:
        worker.close()
    assert sorted(report.skipped) == [1, 4] and report.computed == []
    # with the recognisers' status as the worker sees it, for the window's coverage notes
    assert set(worker.statuses) == set(status(data)) and "names-rtl" in worker.statuses["he"]


def test_an_idle_worker_leaves_and_the_next_request_starts_another(data):
    worker = EntityWorker(data, idle_seconds=0.3)
    try:
        worker.recompute([])
        first = worker.process.pid
        wait_for(lambda: worker.process.poll() is not None)
        assert worker.process.returncode == 0  # left on its own, idle
        assert worker.recompute([2]).skipped == [2]
        assert worker.process.pid != first
    finally:
        worker.close()


def test_a_killed_worker_is_replaced_on_the_next_request(data):
    worker = EntityWorker(data)
    try:
        worker.recompute([])
        killed = worker.process.pid
        os.kill(killed, signal.SIGKILL)
        wait_for(lambda: worker.process.poll() is not None)
        assert worker.recompute([3]).skipped == [3]
        assert worker.process.pid != killed
    finally:
        worker.close()
    assert ended(killed)


def test_a_crash_reaches_the_caller_with_the_workers_last_words(data, monkeypatch):
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('model file is damaged\\n'); sys.exit(3)"]
    monkeypatch.setattr(EntityWorker, "command", lambda self: crash)
    worker = EntityWorker(data)
    with pytest.raises(WorkerFailed) as failure:
        worker.recompute()
    worker.close()
    assert "exit code 3" in str(failure.value) and "model file is damaged" in str(failure.value)


def test_a_failed_run_is_reported_and_the_worker_serves_the_next(tmp_path):
    worker = EntityWorker(tmp_path / "no-library-here")
    (tmp_path / "no-library-here").write_text("not a folder", encoding="utf-8")
    try:
        with pytest.raises(WorkerFailed) as failure:
            worker.recompute()
        pid = worker.process.pid
        with pytest.raises(WorkerFailed) as again:
            worker.recompute()
        assert worker.process.pid == pid  # the same worker: a failed run does not end it
    finally:
        worker.close()
    assert str(failure.value) == str(again.value) and "exit code" not in str(failure.value)


def test_stop_ends_the_worker_and_later_requests_return_cancelled(data):
    worker = EntityWorker(data)
    worker.recompute([])
    pid = worker.process.pid
    worker.close()
    assert ended(pid)
    assert worker.recompute().cancelled and worker.process is None


def test_the_worker_leaves_when_its_window_is_gone(data):
    # The window's process ended without a word (killed, say): the worker's stdin closes.
    worker = EntityWorker(data)
    try:
        worker.recompute([])
        process = worker.process
        process.stdin.close()
        assert process.wait(timeout=30) == 0
    finally:
        worker.close()


def test_freeze_survivors_collects_garbage_then_freezes_what_lives():
    import gc
    import weakref

    class Node:
        pass

    garbage = Node()
    garbage.itself = garbage  # a cycle: only the collector frees it
    gone = weakref.ref(garbage)
    del garbage
    alive = Node()
    try:
        entity_service.freeze_survivors()
        assert gone() is None
        assert gc.get_freeze_count() > 0
        assert not any(obj is alive for obj in gc.get_objects())  # frozen: out of the collector's lists
    finally:
        gc.unfreeze()  # this is the test process, not a worker


def test_freeze_survivors_keeps_a_cache_of_words_frozen():
    """A dict of strings and tuples of strings (a word cache) stays out of
    the collector's lists when it gets a new key after the freeze: were it
    untracked (as a full collection does), that key would put it back in
    the youngest generation, and every collection would walk it again."""
    import gc

    cache = {tuple(["מקום", "he"]): "place"}  # a tuple made at run time: tracked
    try:
        entity_service.freeze_survivors()
        cache[tuple(["בישראל", "he"])] = "in Israel"
        assert not any(obj is cache for obj in gc.get_objects())
    finally:
        gc.unfreeze()


def test_the_worker_freezes_what_survives_each_article(data, monkeypatch):
    import io
    import threading

    from reader.core import entity_worker

    frozen = []
    monkeypatch.setattr(entity_service, "freeze_survivors", lambda: frozen.append(len(frozen)))
    read_end, write_end = os.pipe()
    monkeypatch.setattr(sys, "stdin", os.fdopen(read_end, encoding="utf-8"))
    out = io.StringIO()
    serving = threading.Thread(target=entity_worker._serve, args=(data, 30.0, out), daemon=True)
    serving.start()
    with os.fdopen(write_end, "w", encoding="utf-8") as requests:
        requests.write('{"articles": [1, 2], "force": true}\n')
        requests.flush()
        wait_for(lambda: '"event": "done"' in out.getvalue())
    serving.join(10)
    assert not serving.is_alive()
    assert len(frozen) == 2  # once after each article
