"""How often an action reads each table of a library (SQLite's statement trace)."""

from __future__ import annotations

import re
from collections import Counter

TABLE = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE)\s+\"?(\w+)", re.IGNORECASE)


def tables_read(library, action, *, writes: bool = True):
    """Run `action`; (its result, {table: statements that named it}, the
    statements). A subquery counts for its table; `writes=False` leaves out
    the statements that are not SELECTs."""
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    try:
        result = action()
    finally:
        library.conn.set_trace_callback(None)
    counts: Counter[str] = Counter()
    if not writes:
        statements = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    for sql in statements:
        counts.update(set(TABLE.findall(sql)))
    return result, counts, statements
