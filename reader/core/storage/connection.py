"""The library's SQLite connection: opening and migrating it, transactions,
and turning SQLite's errors into explanations (`LibraryError`).

SQLite through the standard library (sqlite-utils on demand); WAL; foreign
keys on; every change committed as it is made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ..errors import LibraryError
from .migrations import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

DB_FILENAME = "library.sqlite3"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def explain_sqlite_error(error: sqlite3.Error, path: Path) -> str:
    message = str(error).lower()
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (
            f"The library database {path} is damaged ({error}). Reader has not changed it. "
            "Move it aside (or restore a backup) and start Reader again to create a new one."
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return (
            f"The library database {path} cannot be written ({error}). "
            "Check the file and folder permissions, or start Reader with --data-dir on a writable folder. "
            "Nothing you do now can be saved."
        )
    if "full" in message:  # SQLITE_FULL: the disk (or the database's page limit) is full
        return (
            f"The disk holding the library database {path} is full ({error}). "
            "The last change was not saved; free some space and try again."
        )
    if "locked" in message or "busy" in message:
        return (
            f"The library database {path} is locked by another program ({error}). "
            "Close the other Reader window and try again."
        )
    return f"The library database {path} failed: {error}"


class Connection:
    """An open library: a SQLite database file under the data directory.
    (`storage.Library` adds the queries of each table group.)"""

    def __init__(self, data_dir: Path | str, *, migrate: bool = True):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILENAME
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=5.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA synchronous = NORMAL")
            # (Read-only media keep their journal mode; writes will say so.)
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self.conn = conn
            self._db: sqlite_utils.Database | None = None
            if migrate:
                self._migrate()
        except sqlite3.Error as error:
            raise LibraryError(explain_sqlite_error(error, self.path)) from error
        except OSError as error:
            raise LibraryError(f"Cannot open the library folder {self.data_dir}: {error}") from error

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils view of the connection, created on first use: importing
        sqlite_utils costs ~0.1 s (it pulls numpy), too much before first paint."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def transaction(self) -> Transaction:
        """`with lib.transaction():` one atomic, committed unit of work."""
        return Transaction(self)

    def execute(self, sql: str, params: Any = ()) -> ExplainedCursor:
        """Run one statement. Reading its rows is covered too: a damaged page
        is often met only while iterating (see ExplainedCursor)."""
        with explained(self.path):
            cursor = self.conn.execute(sql, params)
        return ExplainedCursor(cursor, self.path)

    def schema_version(self) -> int:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not exists:
            return 0
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise LibraryError(
                f"The library at {self.path} was written by a newer Reader (schema {current}, "
                f"this version knows {SCHEMA_VERSION}). Update Reader to open it."
            )
        for version, statements in sorted(MIGRATIONS.items()):
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.conn.execute(sql)
                self.conn.execute(
                    "INSERT INTO schema_version(version, applied_at) VALUES (?, ?)", (version, now_iso())
                )


class explained:
    """`with explained(path):` sqlite errors become a LibraryError with the
    explanation; so does text SQLite cannot store (lone surrogates from
    undecodable bytes), which would otherwise escape as UnicodeEncodeError."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> explained:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if isinstance(exc, sqlite3.Error):
            raise LibraryError(explain_sqlite_error(exc, self.path)) from exc
        if isinstance(exc, UnicodeEncodeError):
            raise LibraryError(
                f"Text that is not valid Unicode (undecodable bytes: {exc.object[exc.start : exc.end]!r}) "
                "cannot be stored; nothing was saved."
            ) from exc
        return False


class ExplainedCursor:
    """A sqlite3 cursor whose fetches and iteration raise LibraryError."""

    def __init__(self, cursor: sqlite3.Cursor, path: Path):
        self._cursor = cursor
        self._path = path

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def fetchone(self) -> Any:
        with explained(self._path):
            row = self._cursor.fetchone()
        return row

    def fetchall(self) -> list[Any]:
        with explained(self._path):
            rows = self._cursor.fetchall()
        return rows

    def fetchmany(self, size: int = 1) -> list[Any]:
        with explained(self._path):
            rows = self._cursor.fetchmany(size)
        return rows

    def __getattr__(self, name: str) -> Any:  # description, lastrowid, rowcount
        return getattr(self._cursor, name)


class Transaction:
    def __init__(self, library: Connection):
        self.library = library

    def __enter__(self) -> Any:  # the library, as its full type (storage.Library)
        try:
            self.library.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise LibraryError(explain_sqlite_error(error, self.library.path)) from error
        return self.library

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        conn = self.library.conn
        with explained(self.library.path):
            try:
                if exc_type is None:
                    conn.execute("COMMIT")
                    return False
            finally:
                # SQLite has already rolled back after some errors (SQLITE_FULL):
                # a second ROLLBACK would fail with "no transaction is active".
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            if exc is not None:
                raise exc
        return False
