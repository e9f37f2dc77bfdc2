"""Stories: the one place with SQL for stories, their articles and the user's
overrides (schema migration 4).

Stories are derived data (reader.core.stories groups the articles): a
recompute replaces them all in one transaction. Overrides are the user's
data, kept as JSON and re-applied after every recompute.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import Library, now_iso


@dataclass
class StoredStory:
    """One story as stored: `id` None for a story not stored yet;
    `articles` maps article id -> similarity with the story when it joined;
    `dates` article id -> the ISO date grouping used for it (if any)."""

    id: int | None
    title: str
    articles: dict[int, float] = field(default_factory=dict)
    dates: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredOverride:
    id: int
    kind: str
    payload: dict[str, Any]
    created_at: str


def _rows(story: StoredStory, story_id: int) -> list[tuple[int, int, float, str | None]]:
    return [
        (article_id, story_id, score, story.dates.get(article_id))
        for article_id, score in story.articles.items()
    ]


class StoryStore:
    """Story data of one open `Library` (shares its connection)."""

    def __init__(self, library: Library):
        self.library = library

    # --- stories ----------------------------------------------------------------------

    def replace_all(self, stories: Sequence[StoredStory]) -> list[int]:
        """Every story replaced at once (a reader never sees half a
        recompute). Stories with an id keep it; the others get a new one.
        Returns the ids in the order given."""
        stamp = now_iso()
        ids: dict[int, int] = {}
        # Stories keeping their id first: a new story must not take one of theirs.
        order = sorted(range(len(stories)), key=lambda i: stories[i].id is None)
        with self.library.transaction() as lib:
            lib.conn.execute("DELETE FROM story_articles")
            lib.conn.execute("DELETE FROM stories")
            for i in order:
                story = stories[i]
                cursor = lib.conn.execute(
                    "INSERT INTO stories(id, title, computed_at) VALUES (?, ?, ?)",
                    (story.id, story.title, stamp),
                )
                ids[i] = int(story.id if story.id is not None else cursor.lastrowid or 0)
                lib.conn.executemany(
                    "INSERT INTO story_articles(article_id, story_id, score, date) VALUES (?, ?, ?, ?)",
                    _rows(story, ids[i]),
                )
        return [ids[i] for i in range(len(stories))]

    def save(self, story: StoredStory) -> int:
        """Store one story (new, or an existing one's title and articles);
        its articles leave any other story, and stories left empty go."""
        stamp = now_iso()
        with self.library.transaction() as lib:
            if story.id is None:
                cursor = lib.conn.execute(
                    "INSERT INTO stories(title, computed_at) VALUES (?, ?)", (story.title, stamp)
                )
                story_id = int(cursor.lastrowid or 0)
            else:
                story_id = story.id
                lib.conn.execute(
                    "INSERT INTO stories(id, title, computed_at) VALUES (?, ?, ?) ON CONFLICT(id) "
                    "DO UPDATE SET title = excluded.title, computed_at = excluded.computed_at",
                    (story_id, story.title, stamp),
                )
            lib.conn.executemany(
                "INSERT INTO story_articles(article_id, story_id, score, date) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, "
                "score = excluded.score, date = excluded.date",
                _rows(story, story_id),
            )
            lib.conn.execute(
                "DELETE FROM stories WHERE id NOT IN (SELECT DISTINCT story_id FROM story_articles)"
            )
        return story_id

    def stories(self) -> list[StoredStory]:
        """Every story, by id, with its articles."""
        out: dict[int, StoredStory] = {}
        for story_id, title in self.library.execute("SELECT id, title FROM stories ORDER BY id"):
            out[story_id] = StoredStory(story_id, title)
        for article_id, story_id, score, day in self.library.execute(
            "SELECT article_id, story_id, score, date FROM story_articles ORDER BY story_id, article_id"
        ):
            if story_id in out:
                out[story_id].articles[article_id] = score
                if day:
                    out[story_id].dates[article_id] = day
        return list(out.values())

    def story(self, story_id: int) -> StoredStory | None:
        row = self.library.execute("SELECT id, title FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        story = StoredStory(row[0], row[1])
        for article_id, score, day in self.library.execute(
            "SELECT article_id, score, date FROM story_articles WHERE story_id = ? ORDER BY article_id",
            (story_id,),
        ):
            story.articles[article_id] = score
            if day:
                story.dates[article_id] = day
        return story

    def story_of(self, article_id: int) -> int | None:
        row = self.library.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def is_empty(self) -> bool:
        return self.library.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is None

    # --- overrides ------------------------------------------------------------------------

    def add_override(self, kind: str, payload: dict[str, Any]) -> int:
        cursor = self.library.execute(
            "INSERT INTO story_overrides(kind, payload, created_at) VALUES (?, ?, ?)",
            (kind, json.dumps(payload, ensure_ascii=False), now_iso()),
        )
        return int(cursor.lastrowid)

    def overrides(self) -> list[StoredOverride]:
        """In the order they were made (the order they apply in)."""
        return [
            StoredOverride(oid, kind, json.loads(payload), created)
            for oid, kind, payload, created in self.library.execute(
                "SELECT id, kind, payload, created_at FROM story_overrides ORDER BY id"
            )
        ]
