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
from reader.core.priority import (
    JOB_NICENESS,
    in_a_low_priority_thread,
    lower_model_threads,
    made_for_lowering,
    model_threads_name,
)

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


def test_a_loaded_packs_compute_threads_run_below_the_caller_once_lowered(manager, pack_files):
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
    # the reader's paragraph after a load: at the caller's priority
    assert {_niceness(thread) for thread in started} == {caller}
    hop.lower()
    assert {_niceness(thread) for thread in started} == {min(19, caller + JOB_NICENESS)}
    assert _niceness() == caller
    # threads its compute threads start later inherit it
    assert hop.translate_texts(["שלום עולם רב"], translation.DEFAULT_DECODE_OPTIONS) == ["שלום עולם רב"]
    python_threads = {thread.native_id for thread in threading.enumerate()}
    assert {_niceness(thread) for thread in _threads() - before - python_threads} == {
        min(19, caller + JOB_NICENESS)
    }


def test_made_for_lowering_makes_at_the_callers_priority_and_lowers_what_it_started_when_told():
    caller = _niceness()
    started: list[int] = []
    stop = threading.Event()

    def make():
        def wait() -> None:
            started.append(threading.get_native_id())
            stop.wait(10)

        threading.Thread(target=wait).start()
        while not started:
            pass
        return _niceness()

    try:
        assert made_for_lowering(make) == caller  # the model is built at the caller's priority
        assert _niceness(started[0]) == caller  # and its threads run at it
        lower_model_threads()
        assert _niceness(started[0]) == min(19, caller + JOB_NICENESS)
        assert _niceness() == caller
        lower_model_threads()  # once: not lowered again
        assert _niceness(started[0]) == min(19, caller + JOB_NICENESS)
    finally:
        stop.set()


def test_lowering_the_model_threads_leaves_the_other_threads_alone():
    caller = _niceness()
    stop = threading.Event()
    ready = threading.Event()
    bystander: list[int] = []

    def bystand() -> None:
        bystander.append(threading.get_native_id())
        ready.set()
        stop.wait(10)

    thread = threading.Thread(target=bystand)  # the job thread, say: started by the caller
    try:
        thread.start()
        ready.wait(5)
        made_for_lowering(lambda: None)
        lower_model_threads()
        assert _niceness(bystander[0]) == caller
    finally:
        stop.set()
        thread.join()


def test_what_made_for_lowering_raises_reaches_the_caller():
    with pytest.raises(ValueError, match="damaged model"):
        made_for_lowering(lambda: (_ for _ in ()).throw(ValueError("damaged model")))


def test_a_loaded_pack_is_built_at_the_callers_priority(manager, pack_files, monkeypatch):
    manager.install_file(pack_files["he_en@1.0"])
    caller = _niceness()
    built_at = []
    original = translation.made_for_lowering

    def recording(make, *name):
        return original(lambda: (built_at.append(_niceness()), make())[1], *name)

    monkeypatch.setattr(translation, "made_for_lowering", recording)
    translation.LoadedPack(manager.find_route("he", "en").packs[0], intra_threads=1)
    assert built_at == [caller]


def test_lowering_one_model_leaves_another_models_threads_alone():
    # a model preloaded for another language keeps the caller's priority when this one is lowered
    caller = _niceness()
    stop = threading.Event()
    started: dict[str, int] = {}

    def make(name: str):
        def build():
            def wait() -> None:
                started[name] = threading.get_native_id()
                stop.wait(10)

            threading.Thread(target=wait).start()
            while name not in started:
                pass

        return build

    first, second = model_threads_name(), model_threads_name()
    try:
        made_for_lowering(make(first), first)
        made_for_lowering(make(second), second)
        lower_model_threads(first)
        assert _niceness(started[first]) == min(19, caller + JOB_NICENESS)
        assert _niceness(started[second]) == caller
    finally:
        stop.set()
