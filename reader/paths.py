"""Where things live: the data directory, bundled resources and seeds."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
SEEDS_DIR = PROJECT_ROOT / "seeds"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else READER_DATA_DIR, else the platform's data location
    (QStandardPaths, e.g. ~/.local/share/Reader on Linux)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("READER_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / "Reader"


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)
