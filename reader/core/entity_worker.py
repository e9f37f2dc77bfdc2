"""Entity recognition in a process of its own, for the window.

Loading spaCy's pipelines and the name tables holds the interpreter lock for
tens of milliseconds at a time (C code: model deserialisation, regex
compiles), which froze the window even from a thread; and what they load
stays resident. So the window runs `entity_service.recompute` here, in a
child process, and only reads its replies (issue 14). The CLI recognises in
its own process.

    python -m reader.core.entity_worker DATA_DIR [--idle-seconds N]

Requests on stdin, one JSON object a line: {"articles": [3, 5] or null for
all, "force": false}. Replies on stdout, one JSON object a line:

    {"event": "article", "id": 3, "done": 1, "total": 2}
    {"event": "done", "report": {...RecomputeReport...}, "statuses": {...}}
    {"event": "failed", "message": "what the user is told"}

("statuses": `entities.status()` as seen here, where the name tables are
loaded: the window's coverage notes use it.) The worker exits when stdin closes (the window is gone) or after
`--idle-seconds` without a request; `EntityWorker` (the window's side)
starts it on first use and again when it has ended.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from .entity_service import RecomputeReport

MODULE = "reader.core.entity_worker"
# Long enough to stay loaded between the articles of a library translation,
# short enough that spaCy's and the name tables' memory goes soon after.
IDLE_SECONDS = 60.0
STOP_WAIT_SECONDS = 3.0


class WorkerFailed(Exception):
    """A run failed, or the worker process died: the message is for the user."""


def _send(out: IO[str], message: dict[str, Any]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def _serve(data_dir: Path, idle_seconds: float, out: IO[str]) -> None:
    from .entities import status
    from .entity_service import recompute
    from .storage import Library, LibraryError

    requests: queue.Queue[dict[str, Any] | None] = queue.Queue()
    closed = threading.Event()  # stdin closed: the window is gone, stop between articles

    def read_requests() -> None:
        for line in sys.stdin:
            try:
                request = json.loads(line)
            except ValueError:
                continue
            if isinstance(request, dict):
                requests.put(request)
        closed.set()
        requests.put(None)

    threading.Thread(target=read_requests, daemon=True).start()
    library: Library | None = None
    while True:
        try:
            request = requests.get(timeout=idle_seconds)
        except queue.Empty:
            break  # idle: exiting gives all of spaCy's and the tables' memory back
        if request is None:
            break
        try:
            if library is None:
                library = Library(data_dir)
            articles = request.get("articles")
            report = recompute(
                library,
                None if articles is None else [int(a) for a in articles],
                on_article=lambda article_id, done, total: _send(
                    out, {"event": "article", "id": article_id, "done": done, "total": total}
                ),
                cancel=closed,
                force=bool(request.get("force")),
            )
            statuses = status(library.data_dir)
            _send(out, {"event": "done", "report": dataclasses.asdict(report), "statuses": statuses})
        except LibraryError as error:
            _send(out, {"event": "failed", "message": str(error)})
        except Exception as error:  # a broken model must not stop the runs that follow
            _send(out, {"event": "failed", "message": f"{type(error).__name__}: {error}"})
    if library is not None:
        library.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=MODULE, description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--idle-seconds", type=float, default=IDLE_SECONDS)
    args = parser.parse_args(argv)
    # The replies get stdout to themselves: anything else printed (by a model,
    # say), from Python or from C, goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    if hasattr(os, "nice"):
        os.nice(10)  # background work: the window's process comes first on a busy machine
    _serve(args.data_dir, args.idle_seconds, out)
    return 0


class EntityWorker:
    """The window's side: `recompute` sends one request to the worker process
    (started on first use, and again after it has ended: idle, crashed or
    killed) and blocks on its replies; blocking on a pipe releases the
    interpreter lock, so the calling thread costs the window nothing.
    One caller at a time; `stop` may come from any thread."""

    def __init__(self, data_dir: Path | str, idle_seconds: float = IDLE_SECONDS):
        self.data_dir = Path(data_dir)
        self.idle_seconds = idle_seconds
        self.process: subprocess.Popen[str] | None = None
        self.last_error_line = ""  # the worker's last line on stderr, for a crash message
        self.statuses: dict[str, dict[str, str]] | None = None  # the recognisers' status, from the last run
        self._stopped = threading.Event()

    def command(self) -> list[str]:
        # In the bundle sys.executable is Reader itself, which runs `-m reader.…` (packaging/bundle_main.py).
        return [sys.executable, "-m", MODULE, str(self.data_dir), "--idle-seconds", str(self.idle_seconds)]

    def _start(self) -> subprocess.Popen[str]:
        if self.process is not None and self.process.poll() is not None:
            self._reap()
        if self.process is None:
            self.last_error_line = ""
            self.process = subprocess.Popen(
                self.command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
            )
            threading.Thread(target=self._pass_stderr, args=(self.process,), daemon=True).start()
        return self.process

    def _pass_stderr(self, process: subprocess.Popen[str]) -> None:
        """Copies the worker's stderr to ours (its warnings stay visible) and keeps its last line."""
        assert process.stderr is not None
        for line in process.stderr:
            sys.stderr.write(line)
            if line.strip():
                self.last_error_line = line.strip()

    def recompute(
        self,
        article_ids: Iterable[int] | None = None,
        force: bool = False,
        on_article: Callable[[int, int, int], object] | None = None,
    ) -> RecomputeReport:
        """What `entity_service.recompute` does, in the worker. Raises
        WorkerFailed; after `stop`, returns a cancelled report."""
        request = {"articles": None if article_ids is None else sorted(article_ids), "force": force}
        for attempt in range(2):
            if self._stopped.is_set():
                return RecomputeReport(cancelled=True)
            process = self._start()
            if self._stopped.is_set():  # `stop` came while it started
                process.terminate()
            assert process.stdin is not None and process.stdout is not None
            answered = False
            try:
                process.stdin.write(json.dumps(request) + "\n")
                process.stdin.flush()
                for line in process.stdout:
                    try:
                        reply = json.loads(line)
                    except ValueError:
                        continue
                    answered = True
                    event = reply.get("event")
                    if event == "article" and on_article is not None:
                        on_article(reply["id"], reply["done"], reply["total"])
                    elif event == "done":
                        self.statuses = reply.get("statuses")
                        return RecomputeReport(**reply["report"])
                    elif event == "failed":
                        raise WorkerFailed(reply["message"])
            except (BrokenPipeError, ValueError, OSError):
                pass  # it ended before reading the request (a closed pipe), or we stopped it
            code = process.wait()
            self._reap()
            if self._stopped.is_set():
                return RecomputeReport(cancelled=True)
            if not answered and attempt == 0:
                continue  # it had ended (idle, or killed) before reading the request: start a new one
            detail = f": {self.last_error_line}" if self.last_error_line else ""
            raise WorkerFailed(f"entity recognition stopped unexpectedly (exit code {code}){detail}")
        raise WorkerFailed("entity recognition could not be started")

    def _reap(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        try:
            process.wait(STOP_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop(self) -> None:
        """Ends the worker now (a run in progress returns cancelled; what it
        stored so far stays, the rest is redone on the next start) and makes
        every later `recompute` return at once."""
        self._stopped.set()
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()

    def close(self) -> None:
        """Stops the worker and waits for it to end (no process outlives the window)."""
        self.stop()
        self._reap()


if __name__ == "__main__":
    sys.exit(main())
