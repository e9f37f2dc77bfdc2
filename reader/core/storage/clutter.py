"""Removed site clutter: the one place with SQL for the blocks the importer
took out of an article and the ones the user put back.

Removed blocks are replaced with every (re-)import; the user's restore
choices are kept by text hash, so the same block stays in the article when
the file is imported again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..boilerplate import RemovedBlock, block_hash
from ..errors import NotFound
from .connection import now_iso

if TYPE_CHECKING:  # (the package imports articles, which stores an import's clutter through this module)
    from . import Library


class ClutterStore:
    """Removed blocks of one open `Library` (shares its connection)."""

    def __init__(self, library: Library):
        self.library = library

    def blocks(self, article_id: int) -> list[RemovedBlock]:
        return [
            RemovedBlock(position, text, reason)
            for position, text, reason in self.library.execute(
                "SELECT position, text, reason FROM removed_blocks WHERE article_id = ? ORDER BY position",
                (article_id,),
            )
        ]

    def restored_hashes(self, article_id: int) -> set[str]:
        return {
            row[0]
            for row in self.library.execute(
                "SELECT text_hash FROM restored_blocks WHERE article_id = ?", (article_id,)
            )
        }

    def replace_blocks(self, article_id: int, blocks: list[RemovedBlock]) -> None:
        """Inside the caller's transaction (an import)."""
        conn = self.library.conn
        conn.execute("DELETE FROM removed_blocks WHERE article_id = ?", (article_id,))
        conn.executemany(
            "INSERT INTO removed_blocks(article_id, position, text, reason) VALUES (?, ?, ?, ?)",
            [(article_id, b.position, b.text, b.reason) for b in blocks],
        )

    def block(self, article_id: int, position: int) -> RemovedBlock:
        return _find(self.blocks(article_id), article_id, position)

    def restore(self, article_id: int, position: int, sentences: Sequence[tuple[int, int]]) -> int:
        """Put removed block `position` back into the article with these
        sentence spans (`library.restore_removed_block` splits it in the
        article's language); returns its paragraph index. Later paragraphs,
        their sentences, translations, annotations, entities and the reading
        position move down by one."""
        blocks = self.blocks(article_id)
        block = _find(blocks, article_id, position)
        # Kept paragraphs fill the page positions that were not removed.
        index = position - sum(1 for b in blocks if b.position < position)
        library = self.library
        with library.transaction():
            conn = library.conn
            # Two steps, so no shifted row collides with one not yet shifted.
            for table, column in (
                ("paragraphs", "idx"),
                ("sentences", "paragraph"),
                ("translations", "paragraph"),
                ("annotations", "paragraph"),
                ("entity_mentions", "paragraph"),
                ("reading_positions", "paragraph"),
            ):
                conn.execute(
                    f"UPDATE {table} SET {column} = -{column} - 2 WHERE article_id = ? AND {column} >= ?",
                    (article_id, index),
                )
                conn.execute(
                    f"UPDATE {table} SET {column} = -{column} - 1 WHERE article_id = ? AND {column} < 0",
                    (article_id,),
                )
            conn.execute(
                "INSERT INTO paragraphs(article_id, idx, text) VALUES (?, ?, ?)",
                (article_id, index, block.text),
            )
            conn.executemany(
                "INSERT INTO sentences(article_id, paragraph, idx, start, end) VALUES (?, ?, ?, ?, ?)",
                [(article_id, index, j, s, e) for j, (s, e) in enumerate(sentences)],
            )
            conn.execute(
                "DELETE FROM removed_blocks WHERE article_id = ? AND position = ?", (article_id, position)
            )
            conn.execute(
                "INSERT OR REPLACE INTO restored_blocks(article_id, text_hash, restored_at) VALUES (?, ?, ?)",
                (article_id, block_hash(block.text), now_iso()),
            )
            # The new paragraph has no translation yet: the article is not fully translated.
            conn.execute("UPDATE articles SET translation = NULL WHERE id = ?", (article_id,))
            library.refresh_article_totals(article_id)
        return index


def _find(blocks: list[RemovedBlock], article_id: int, position: int) -> RemovedBlock:
    found = next((b for b in blocks if b.position == position), None)
    if found is None:
        raise NotFound(
            f"Article {article_id} has no removed block {position} (see `reader clutter {article_id}`)"
        )
    return found
