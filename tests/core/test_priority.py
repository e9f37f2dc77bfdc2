"""Background compute below the UI's priority (reader/core/priority.py): the
threads a CTranslate2 model starts run lowered, the thread that calls it
does not (it holds the GIL at times)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from reader.core import translation
from reader.core.priority import JOB_NICENESS, in_a_low_priority_thread

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread niceness is Linux's")


def _niceness(thread_id: int | None = None) -> int:
    return os.getpriority(os.PRIO_PROCESS, thread_id or threading.get_native_id())


def _threads() -> set[int]:
    return {int(task.name) for task in Path("/proc/self/task").iterdir()}


def test_threads_started_inside_run_lowered_and_the_caller_keeps_its_own():
    caller = _niceness()
    seen = []

    def make():
        child = threading.Thread(target=lambda: seen.append(_niceness()))
        child.start()
        child.join()
        return _niceness()

    assert in_a_low_priority_thread(make) == min(19, caller + JOB_NICENESS)
    assert seen == [min(19, caller + JOB_NICENESS)]
    assert _niceness() == caller


def test_what_make_raises_reaches_the_caller():
    def make():
        raise ValueError("damaged model")

    with pytest.raises(ValueError, match="damaged model"):
        in_a_low_priority_thread(make)


def test_a_loaded_packs_compute_threads_run_below_the_caller(manager, pack_files):
    manager.install_file(pack_files["he_en@1.0"])
    caller = _niceness()
    before = _threads()
    hop = translation.LoadedPack(manager.find_route("he", "en").packs[0], intra_threads=2)
    # a translation from this thread: the compute threads it wakes or starts are the model's
    assert hop.translate_texts(["שלום עולם"], translation.DEFAULT_DECODE_OPTIONS) == ["שלום עולם"]
    # Python threads (the idle-release timer the call schedules) hold the GIL and keep the
    # caller's priority; only CTranslate2's own threads are lowered
    python_threads = {thread.native_id for thread in threading.enumerate()}
    started = _threads() - before - python_threads
    assert started, "CTranslate2 started no thread"
    assert {_niceness(thread) for thread in started} == {min(19, caller + JOB_NICENESS)}
    assert _niceness() == caller
