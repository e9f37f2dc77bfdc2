"""Background compute below the UI's priority, without slowing the UI down.

Python threads share one lock (the GIL): a Python thread of lowered priority
that holds it while the scheduler leaves it waiting for a core (a busy
two-core machine) holds up the UI thread too - measured 87-303 ms stalls when
the translation job imported CTranslate2 at niceness +10 under load. So job
threads keep the UI's priority, and only threads that compute without the GIL
are lowered: CTranslate2's replica and compute threads, which inherit the
priority of the thread that creates the model (see :func:`in_a_low_priority_thread`),
and the entity worker process (reader/core/entity_worker.py).
"""

from __future__ import annotations

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
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        lower_thread_priority()
        try:
            outcome.append(make())
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    thread = threading.Thread(target=run, name="reader-low-priority")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]
