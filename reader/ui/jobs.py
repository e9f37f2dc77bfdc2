"""Background work, one way: a `Job` runs in a thread of its own with its own
library connection (SQLite connections are per thread), reports through Qt
signals (delivered on the UI thread), can be cancelled, and is stopped by
one shutdown policy when the window closes.

    job = ExportJob(...)               # a Job subclass: work(context) -> result
    job.done.connect(...)              # connect before running
    handle = host.run_job(job)         # or JobRunner(data_dir).run(job)
    handle.cancel()

A job reports failure by raising: `JobFailed(message)` (or a LibraryError,
OSError) becomes `failed(message)`; any other exception too, named, so a
broken pack or model never kills the application.
"""

from __future__ import annotations

import atexit
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ..core.storage import Library, LibraryError

# How long closing the window waits for running jobs, in all (they are
# cancelled first; a job that does not stop in time is left to finish on its
# own, or to the process exit).
SHUTDOWN_WAIT_MS = 10_000

# Threads still running after a shutdown: kept referenced (and unparented)
# so that nothing destroys a running thread (Qt aborts the process then);
# each leaves when it ends. At exit they get one more bounded wait.
_OUTLIVING: set[JobHandle] = set()


@atexit.register
def _outlive_exit() -> None:
    deadline = time.monotonic() + SHUTDOWN_WAIT_MS / 1000
    for handle in list(_OUTLIVING):
        if not handle.wait(max(0, int((deadline - time.monotonic()) * 1000))):
            # Still running (a model still loading): never destroyed, the OS ends it with the process.
            import ctypes  # here: loading it (and libffi) at start-up delayed the first paint

            ctypes.pythonapi.Py_IncRef(ctypes.py_object(handle))


class JobFailed(Exception):
    """Raised by a job's work: its message is what the user is told."""


class JobContext:
    """What a job's `work` gets, in its own thread."""

    def __init__(self, data_dir: Path, cancel_event: threading.Event):
        self.data_dir = data_dir
        self.cancel_event = cancel_event
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        """This thread's connection, opened on first use (LibraryError if it cannot be)."""
        if self._library is None:
            self._library = Library(self.data_dir)
        return self._library

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class Job(QObject):
    """One piece of background work. Subclasses implement `work` and may add
    signals of their own (emitted from `work`, received on the UI thread)."""

    progress = Signal(object)  # whatever the job reports while it works
    done = Signal(object)  # the result of `work`
    failed = Signal(str)  # a message for the user
    finished = Signal()  # always last (after done, failed or a cancel), the thread ended

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.handle: JobHandle | None = None  # the thread running it, once started

    def work(self, context: JobContext) -> Any:
        raise NotImplementedError

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it decides what is kept)."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class JobHandle(QThread):
    """The thread running one job."""

    def __init__(self, job: Job, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self.data_dir = data_dir
        job.handle = self
        # A bound method of this object (which lives on the UI thread): called
        # there, once the thread has ended, so `finished` receivers may drop it.
        self.finished.connect(self._after_run)

    def cancel(self) -> None:
        self.job.cancel()

    def run(self) -> None:
        # At the UI's priority: a job thread holds the GIL at times, and one the
        # scheduler leaves waiting would hold up the UI thread (core/priority.py).
        context = JobContext(self.data_dir, self.job.cancel_event)
        try:
            result = self.job.work(context)
        except (JobFailed, LibraryError) as error:
            self.job.failed.emit(str(error))
        except OSError as error:
            self.job.failed.emit(f"Disk or network error: {error}")
        except Exception as error:  # a broken pack or model must not take the window down
            self.job.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.job.done.emit(result)
        finally:
            context.close()

    def _after_run(self) -> None:
        self.wait()
        _OUTLIVING.discard(self)
        self.job.finished.emit()


class JobRunner(QObject):
    """Starts jobs and stops them all, with one bounded wait, at shutdown."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.handles: list[JobHandle] = []
        self.closed = False

    def run(self, job: Job) -> JobHandle:
        handle = JobHandle(job, self.data_dir, self)
        self.handles.append(handle)
        job.finished.connect(lambda: self._forget(handle))
        if self.closed:
            job.cancel()  # after shutdown nothing new runs for long
        handle.start()
        return handle

    def running(self) -> list[JobHandle]:
        return [handle for handle in self.handles if not handle.isFinished()]

    def _forget(self, handle: JobHandle) -> None:
        if handle in self.handles:
            self.handles.remove(handle)

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Cancel every job, then wait for them, SHUTDOWN_WAIT_MS in all.
        True when every one has stopped."""
        self.closed = True
        handles = list(self.handles)
        for handle in handles:
            handle.cancel()
        deadline = time.monotonic() + wait_ms / 1000
        for handle in handles:
            handle.wait(max(0, int((deadline - time.monotonic()) * 1000)))
        running = [handle for handle in handles if not handle.isFinished()]
        for handle in running:  # (a model still loading, say): not destroyed with the window
            handle.job.blockSignals(True)  # and heard by no one: what it served is gone
            handle.setParent(None)
            _OUTLIVING.add(handle)
        return not running
