"""Background compute below the UI's priority, without slowing the UI down.

Python threads share one lock (the GIL): a Python thread of lowered priority
that holds it while the scheduler leaves it waiting for a core (a busy
two-core machine) holds up the UI thread too - measured 87-303 ms stalls when
the translation job imported CTranslate2 at niceness +10 under load. So job
threads keep the UI's priority, and only threads that compute without the GIL
are lowered: CTranslate2's replica and compute threads, once the paragraph
a reader waits for after a model load is translated (see
:func:`made_for_lowering` and :func:`lower_model_threads`), and the entity
worker process (reader/core/entity_worker.py). Linux's autogroups make a
thread's niceness count against the threads of its own session only (the
window's UI thread, its entity worker): other programs' load shares the cores
with the window's process as a whole, whatever its threads' niceness.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

# Added to the niceness (Linux: per thread; 19 is the lowest priority).
JOB_NICENESS = 10

T = TypeVar("T")


def lower_thread_priority() -> None:
    """Lower the calling thread's priority, and so that of the threads it starts (Linux)."""
    if sys.platform.startswith("linux"):  # elsewhere the id is no process id
        thread = threading.get_native_id()
        try:
            niceness = os.getpriority(os.PRIO_PROCESS, thread)
            os.setpriority(os.PRIO_PROCESS, thread, min(19, niceness + JOB_NICENESS))
        except OSError:
            pass  # not allowed (a sandbox): the threads run at the caller's priority


def in_a_low_priority_thread(make: Callable[[], T]) -> T:
    """``make()`` run in a short-lived thread of lowered priority: the threads
    it starts (a CTranslate2 model's) keep that priority for their lives,
    while the calling thread keeps its own. Returns or raises what make does."""
    return _in_a_thread(lower_thread_priority, make, "reader-low-priority")


def _in_a_thread(prepare: Callable[[], None], make: Callable[[], T], name: str) -> T:
    """``make()`` in a short-lived thread named `name`, after ``prepare()``
    there (its priority, its name); returns or raises what make does."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        prepare()
        try:
            outcome.append(make())
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    thread = threading.Thread(target=run, name=name)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


#: The name (Linux: the thread's comm) of the thread that makes a model, and
#: so of the threads it starts and of theirs (a new thread inherits it); each
#: model gets its own (model_threads_name), so lowering one leaves the others.
MODEL_THREADS = "reader-model"
_models_named = itertools.count(1)


def model_threads_name() -> str:
    """A name of its own for one model's threads: MODEL_THREADS and a number
    (Linux keeps 15 characters of a thread's name)."""
    return f"{MODEL_THREADS}{next(_models_named) % 1000}"


def made_for_lowering(make: Callable[[], T], name: str = MODEL_THREADS) -> T:
    """``make()`` run at the caller's priority in a short-lived thread named
    `name` (MODEL_THREADS, or a model's own), a name Linux copies to every thread a thread starts: the
    threads make starts (a CTranslate2 model's replica and compute threads,
    which run without the GIL) and those they start later (an OpenMP pool
    made at the first call) can be lowered later by :func:`lower_model_threads`.
    Building the model (reading and arranging ~100 MB of weights, ~150 ms of
    CPU) then does not wait behind the UI thread's own work at +10 (restoring
    an untranslated article at load ~6, the load ended 1184 ms after the first
    paint at +10 and ~390 ms at the caller's priority: `bench_translation_ui.py
    --restored --load-at-start --trace`), nor does the reader's first paragraph.
    Where the name cannot be set (not Linux), make runs lowered as in
    :func:`in_a_low_priority_thread`."""
    if not sys.platform.startswith("linux"):
        return in_a_low_priority_thread(make)

    def named() -> None:
        try:
            with open(f"/proc/self/task/{threading.get_native_id()}/comm", "w") as comm:
                comm.write(name)
        except OSError:
            lower_thread_priority()  # (no name: lowered from the start)

    return _in_a_thread(named, make, MODEL_THREADS)


def lower_model_threads(name: str = MODEL_THREADS) -> None:
    """Every thread named `name` (see :func:`made_for_lowering`: one model's,
    or every model's made under MODEL_THREADS) at least JOB_NICENESS below the calling thread, once
    (those lowered before are not lowered again). Raising a thread's priority again needs a
    privilege a desktop user lacks, so this is for good (until the model is
    released and loaded again)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        lowered = min(19, os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) + JOB_NICENESS)
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/comm") as comm:
                if comm.read().rstrip("\n") != name:
                    continue
            if os.getpriority(os.PRIO_PROCESS, int(task)) < lowered:
                os.setpriority(os.PRIO_PROCESS, int(task), lowered)
        except (OSError, ValueError):
            pass  # ended meanwhile, or not allowed: it runs at the caller's priority
