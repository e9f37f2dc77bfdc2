"""Entity recognition in a process of its own, for the window.

Loading spaCy's pipelines and the name tables holds the interpreter lock for
tens of milliseconds at a time (C code: model deserialisation, regex
compiles), which froze the window even from a thread; and what they load
stays resident. So the window runs `entity_service.recompute` here, in a
child process, and only reads its replies (issue 14). The entity index
(`entity_service.groups`) is built here too, and only the groups that changed
since this worker's last reply cross the pipe: reading every stored mention
and grouping them allocated objects by the hundred thousand in the window's
process, and the full garbage collections that set off held the interpreter
lock for ~80 ms at a time. The CLI recognises and groups in its own process.

    python -m reader.core.entity_worker DATA_DIR [--idle-seconds N]

Requests on stdin, one JSON object a line: {"articles": [3, 5] or null for
all, "force": false}. Replies on stdout, one JSON object a line:

    {"event": "article", "id": 3, "done": 1, "total": 2}
    {"event": "group", "group": [...]}      one per new or changed entity group
    {"event": "done", "report": {...RecomputeReport...}, "statuses": {...}, "index": [4, null, ...]}
    {"event": "failed", "message": "what the user is told"}

("statuses": `entities.status()` as seen here, where the name tables are
loaded: the window's coverage notes use it. "index" is the new entity index,
group by group: a number is the position of an unchanged group in this
worker's previous index, null the next of the "group" lines (absent when
cancelled). A group goes on a line of its own, so the window decodes it in
short steps.) The worker exits when stdin closes (the window is gone) or after
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

from .entities import EntityGroup, EntityMention
from .entity_service import RecomputeReport

MODULE = "reader.core.entity_worker"
# Long enough to stay loaded between the articles of a library translation,
# short enough that spaCy's and the name tables' memory goes soon after.
IDLE_SECONDS = 60.0
STOP_WAIT_SECONDS = 3.0


class WorkerFailed(Exception):
    """A run failed, or the worker process died: the message is for the user."""


# A mention on the pipe: its fields in this order (a list is quicker to decode than an object).
_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(EntityMention))


def _encode_group(group: EntityGroup) -> list[Any]:
    mentions = [
        [aid, [[getattr(m, f) for f in _MENTION_FIELDS] for m in ms]] for aid, ms in group.mentions.items()
    ]
    return [group.key, group.name, group.label, sorted(group.keys), group.rejected, mentions]


def _decode_group(data: list[Any]) -> EntityGroup:
    key, name, label, keys, rejected, mentions = data
    return EntityGroup(
        key=key,
        name=name,
        label=label,
        mentions={aid: [EntityMention(*fields) for fields in ms] for aid, ms in mentions},
        keys=set(keys),
        rejected=rejected,
    )


def _changes(
    previous: list[EntityGroup], current: list[EntityGroup]
) -> tuple[list[int | None], list[EntityGroup]]:
    """The index entries ("index" in the docstring above) of `current`, and its groups not in `previous`."""
    positions: dict[str, list[int]] = {}
    for position, group in enumerate(previous):
        positions.setdefault(group.key, []).append(position)
    index: list[int | None] = []
    changed = []
    for group in current:
        same = next((p for p in positions.get(group.key, ()) if previous[p] == group), None)
        index.append(same)
        if same is None:
            changed.append(group)
    return index, changed


def _send(out: IO[str], message: dict[str, Any]) -> None:
    out.write(json.dumps(message) + "\n")
    out.flush()


def _serve(data_dir: Path, idle_seconds: float, out: IO[str]) -> None:
    from .entities import status
    from .entity_service import freeze_survivors, groups, recompute
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

    def after_article(article_id: int, done: int, total: int) -> None:
        _send(out, {"event": "article", "id": article_id, "done": done, "total": total})
        freeze_survivors()

    threading.Thread(target=read_requests, daemon=True).start()
    library: Library | None = None
    sent: list[EntityGroup] = []  # the index as the window has it from this worker
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
                on_article=after_article,
                cancel=closed,
                force=bool(request.get("force")),
            )
            done: dict[str, Any] = {"event": "done", "report": dataclasses.asdict(report)}
            if not report.cancelled:
                current = groups(library)
                done["index"], changed = _changes(sent, current)
                for group in changed:
                    _send(out, {"event": "group", "group": _encode_group(group)})
            done["statuses"] = status(library.data_dir)
            _send(out, done)
            if not report.cancelled:
                sent = current
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
        # `entity_service.groups` after the last run that was not cancelled; groups
        # that did not change since the run before are the same objects
        self.groups: list[EntityGroup] = []
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
        """What `entity_service.recompute` does, in the worker, which then
        sends the regrouped index (`groups`, unless cancelled). Raises
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
            received: list[EntityGroup] = []
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
                    elif event == "group":
                        received.append(_decode_group(reply["group"]))
                    elif event == "done":
                        self.statuses = reply.get("statuses")
                        if "index" in reply:
                            new = iter(received)
                            self.groups = [next(new) if p is None else self.groups[p] for p in reply["index"]]
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
