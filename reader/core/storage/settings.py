"""Settings (window geometry, last article, preferences): JSON values by key
in table `settings`."""

from __future__ import annotations

import json
from typing import Any

from .connection import Connection


class SettingsQueries(Connection):
    """The library's settings (mixed into `storage.Library`)."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
