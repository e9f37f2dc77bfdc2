"""Child-process helpers shared by the entity-worker tests."""

from __future__ import annotations

import os


def ended(pid: int) -> bool:
    """Is the process gone?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False
