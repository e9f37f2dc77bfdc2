"""One window per library. The first Reader started on a data folder holds a
lock and listens on a local socket named after that folder; a later launch on
the same folder sends that window its request (JSON: files, links, article)
and exits 0.

The lock decides who is first, so two launches at the same moment cannot both
open a window. It is a QLockFile, which the kernel lets go of when its process
dies (even by SIGKILL); the socket file such a process leaves behind is
removed before the next window listens. Different data folders have
different names and run side by side. No widgets here: app.py wires this to
the window.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile

HANDOVER_SECONDS = 20.0  # a later launch waits this long for the first window to answer
CONNECT_MS = 500
MAX_REQUEST_BYTES = 1 << 20  # a request is a few paths; anything longer is dropped


class NotAnswering(Exception):
    """Another process holds the library but does not take requests."""


def socket_name(folder: Path) -> str:
    """The socket's path for this user and this (resolved) data folder, in
    XDG_RUNTIME_DIR (private to the user) when there is one."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    base = (
        runtime
        if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK)
        else tempfile.gettempdir()
    )
    # SHA-256 by Qt, the same digest as hashlib's: hashlib would load OpenSSL (libcrypto) before the first paint
    sha256 = QCryptographicHash.hash(os.fsencode(Path(folder).resolve()), QCryptographicHash.Algorithm.Sha256)
    digest = bytes(sha256.toHex().data()).decode()[:16]
    return os.path.join(base, f"reader-{os.getuid()}-{digest}")


class LibraryInstance:
    """This process's hold on one library: the lock, then the server."""

    def __init__(self, folder: Path):
        self.name = socket_name(folder)
        self._lock = QLockFile(self.name + ".lock")
        self._lock.setStaleLockTime(0)  # stale only when the holder is gone, however long it ran
        self.server = None
        self._readers: set[_RequestReader] = set()  # requests being read

    def claim(self) -> bool:
        return self._lock.tryLock(0)

    def listen(self, handle: Callable[[dict], None]) -> bool:
        """Take requests from later launches; `handle` gets each one. Called
        after first paint: QtNetwork is not loaded before."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a window killed earlier left its socket file
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(lambda: self._accept(handle))
        self.server = server
        return True

    def _accept(self, handle: Callable[[dict], None]) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            reader = _RequestReader(socket, handle)
            self._readers.add(reader)
            socket.disconnected.connect(lambda reader=reader: self._readers.discard(reader))

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self._lock.unlock()


class _RequestReader:
    """Reads one newline-terminated JSON object, answers "ok", hands it on."""

    def __init__(self, socket, handle: Callable[[dict], None]):
        self.socket, self.handle, self.buffer, self.done = socket, handle, bytearray(), False
        socket.readyRead.connect(self.read)
        socket.disconnected.connect(socket.deleteLater)
        if socket.bytesAvailable():
            self.read()

    def read(self) -> None:
        if self.done:
            return
        self.buffer += self.socket.readAll().data()
        line, newline, _rest = bytes(self.buffer).partition(b"\n")
        if not newline:
            if len(self.buffer) > MAX_REQUEST_BYTES:
                self._drop()
            return
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            self._drop()
            return
        self.done = True
        self.socket.write(b"ok\n")
        self.socket.flush()
        self.socket.disconnectFromServer()
        self.handle(request)

    def _drop(self) -> None:
        self.done = True
        self.socket.abort()


def send_request(name: str, request: dict) -> bool:
    """True when the window listening on `name` took `request`."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps(request).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(1000)
    answer = bytearray()
    deadline = time.monotonic() + 5
    while b"\n" not in answer and time.monotonic() < deadline:
        if socket.waitForReadyRead(200):
            answer += socket.readAll().data()
        elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            answer += socket.readAll().data()
            break
    socket.abort()
    return answer.startswith(b"ok\n")


def claim_or_hand_over(folder: Path, request: dict, wait: float = HANDOVER_SECONDS) -> LibraryInstance | None:
    """This process's claim on the library (it is the first: open the
    window), or None when the window already open on it took `request`.
    Raises NotAnswering when the holder neither answers nor goes away."""
    instance = LibraryInstance(folder)
    deadline = time.monotonic() + wait
    while True:
        if instance.claim():
            return instance
        # The holder may still be starting (it listens after its first paint).
        if send_request(instance.name, request):
            return None
        if time.monotonic() > deadline:
            raise NotAnswering(
                "Reader is already open on this library but does not answer; "
                "close it (or end its process) and try again"
            )
        time.sleep(0.1)
