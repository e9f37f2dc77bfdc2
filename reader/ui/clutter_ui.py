"""Removed site clutter in the window: one call, `install_clutter(window)`.

Binds "toggle-clutter" (show the blocks import removed, dimmed, in place)
and "restore-clutter" (put the block under the text cursor, or else under
the mouse, back into the article; annotations are re-anchored and the
choice survives re-import).
"""

from __future__ import annotations

from ..core.library import restore_removed_block
from ..core.storage import LibraryError
from ..core.storage.clutter import ClutterStore


class ClutterController:
    def __init__(self, window):
        self.window = window
        self.view = window.reading_view
        self.toggle = window.bind("toggle-clutter", self.refresh, checkable=True, checked=False)
        window.bind("restore-clutter", self.restore_at_cursor)
        window.articleOpened.connect(lambda _article_id: self.refresh())

    @property
    def shown(self) -> bool:
        return self.toggle.isChecked()

    def refresh(self) -> None:
        article_id = self.window.current_article_id
        if not self.shown or article_id is None:
            self.view.set_removed_blocks([])
            return
        blocks = ClutterStore(self.window.library).blocks(article_id)
        self.view.set_removed_blocks(blocks)
        if not blocks:
            self.window.statusBar().showMessage("Nothing was removed from this article.", 5000)

    def block_under_cursor(self):
        block = self.view.removed_block_at(self.view.textCursor().position())
        if block is None and self.view.hover_position is not None:
            block = self.view.removed_block_at(self.view.hover_position)
        return block

    def restore_at_cursor(self) -> bool:
        article_id = self.window.current_article_id
        block = self.block_under_cursor() if article_id is not None else None
        if block is None:
            keys = self.window.keymap.keymap.get("toggle-clutter") or ["View ▸ Show Removed Clutter"]
            self.window.statusBar().showMessage(
                f"Put the cursor on a dimmed removed block first (show them with {keys[0]}).", 8000)
            return False
        try:
            report = restore_removed_block(self.window.library, article_id, block.position)
        except LibraryError as error:
            self.window.statusBar().showMessage(str(error), 8000)
            return False
        self.window.reload_articles()
        self.window.open_article(article_id)
        self.window.statusBar().showMessage(f"Restored into the article ({report.summary()}).", 8000)
        return True


def install_clutter(window) -> ClutterController:
    """Once per window (a second call returns the first controller)."""
    existing = getattr(window, "clutter", None)
    if isinstance(existing, ClutterController):
        return existing
    window.clutter = ClutterController(window)
    return window.clutter
