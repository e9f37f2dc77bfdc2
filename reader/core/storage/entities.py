"""Named entities: the one place with SQL for entity mentions, the user's
corrections and the per-article "computed from this input" marker.

Mentions are derived data: recomputed whenever an article's text or
translation changes, replaced per article in one transaction. Corrections
are the user's data: kept as JSON and re-applied after every recompute
(`reader.core.entities.apply_corrections`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, overload

from ..entities.model import Correction, EntityMention
from . import Library, now_iso

_COLUMNS = "paragraph, start, end, text, label, pane, recogniser, canonical, confidence"


def _mention(row: Sequence[Any]) -> EntityMention:
    paragraph, start, end, text, label, pane, recogniser, canonical, confidence = row
    return EntityMention(paragraph, start, end, text, label, pane, recogniser, canonical, confidence)


class EntityStore:
    """Entity data of one open `Library` (shares its connection)."""

    def __init__(self, library: Library):
        self.library = library

    # --- mentions ---------------------------------------------------------------

    def replace_mentions(
        self, article_id: int, mentions: Iterable[EntityMention], fingerprint: str | None = None
    ) -> None:
        """All mentions of an article replaced at once (and, with a
        fingerprint, the marker saying what input they were computed from),
        so a reader never sees half an article's entities."""
        rows = [
            (
                article_id,
                m.pane,
                m.paragraph,
                m.start,
                m.end,
                m.text,
                m.label,
                m.canonical or m.text,
                m.recogniser,
                m.confidence,
            )
            for m in mentions
        ]
        with self.library.transaction() as lib:
            lib.conn.execute("DELETE FROM entity_mentions WHERE article_id = ?", (article_id,))
            lib.conn.executemany(
                "INSERT INTO entity_mentions(article_id, pane, paragraph, start, end, text, label, "
                "canonical, recogniser, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            if fingerprint is not None:
                lib.conn.execute(
                    "INSERT INTO entity_runs(article_id, fingerprint, computed_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(article_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
                    "computed_at = excluded.computed_at",
                    (article_id, fingerprint, now_iso()),
                )

    @overload
    def mentions(self, article_id: int) -> list[EntityMention]: ...

    @overload
    def mentions(self, article_id: None = None) -> dict[int, list[EntityMention]]: ...

    def mentions(self, article_id: int | None = None) -> list[EntityMention] | dict[int, list[EntityMention]]:
        """An article's mentions (a list, in pane/reading order), or with no
        id every article's: {article_id: [EntityMention]}."""
        order = " ORDER BY pane, paragraph, start, id"
        if article_id is not None:
            cursor = self.library.execute(
                f"SELECT {_COLUMNS} FROM entity_mentions WHERE article_id = ?" + order, (article_id,)
            )
            return [_mention(row) for row in cursor]
        out: dict[int, list[EntityMention]] = {}
        for row in self.library.execute(
            f"SELECT article_id, {_COLUMNS} FROM entity_mentions ORDER BY article_id, pane, paragraph, start, id"
        ):
            out.setdefault(row[0], []).append(_mention(row[1:]))
        return out

    def mention_count(self) -> int:
        return int(self.library.execute("SELECT COUNT(*) FROM entity_mentions").fetchone()[0])

    # --- what the stored mentions were computed from -------------------------------

    def fingerprint(self, article_id: int) -> str | None:
        row = self.library.execute(
            "SELECT fingerprint FROM entity_runs WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def fingerprints(self) -> dict[int, str]:
        return dict(self.library.execute("SELECT article_id, fingerprint FROM entity_runs"))

    def forget(self, article_id: int | None = None) -> None:
        """Mark one article (or all) stale: the next recompute redoes it."""
        if article_id is None:
            self.library.execute("DELETE FROM entity_runs")
        else:
            self.library.execute("DELETE FROM entity_runs WHERE article_id = ?", (article_id,))

    # --- corrections ------------------------------------------------------------------

    def add_correction(self, correction: Correction) -> int:
        cursor = self.library.execute(
            "INSERT INTO entity_corrections(kind, payload, created_at) VALUES (?, ?, ?)",
            (correction.kind, json.dumps(correction.to_dict(), ensure_ascii=False), now_iso()),
        )
        return int(cursor.lastrowid)

    def corrections(self) -> list[tuple[int, Correction]]:
        """(id, correction) in the order they were made (the order they apply in)."""
        return [
            (cid, Correction.from_dict(json.loads(payload)))
            for cid, payload in self.library.execute("SELECT id, payload FROM entity_corrections ORDER BY id")
        ]

    def remove_correction(self, correction_id: int) -> bool:
        """Undo one correction. True if it existed."""
        cursor = self.library.execute("DELETE FROM entity_corrections WHERE id = ?", (correction_id,))
        return bool(cursor.rowcount > 0)

    def undo_last_correction(self) -> Correction | None:
        stored = self.corrections()
        if not stored:
            return None
        cid, correction = stored[-1]
        self.remove_correction(cid)
        return correction
