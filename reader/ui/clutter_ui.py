"""Removed site clutter in the window.

Binds "toggle-clutter" (show the blocks import removed, dimmed, in place)
and "restore-clutter" (put the block under the text cursor, or else under
the mouse, back into the article; annotations are re-anchored and the
choice survives re-import).
"""

from __future__ import annotations

from ..core.commands import CommandId
from ..core.library import restore_removed_block
from ..core.storage import LibraryError
from .feature_host import Event, FeatureHost


class ClutterFeature:
    name = "clutter"

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self.view = host.reading_view
        self.toggle = host.bind(CommandId.TOGGLE_CLUTTER, self.refresh, checkable=True, checked=False)
        host.bind(CommandId.RESTORE_CLUTTER, self.restore_at_cursor)
        host.subscribe(Event.ARTICLE_OPENED, lambda _article_id: self.refresh())

    def shutdown(self) -> None:
        pass

    @property
    def shown(self) -> bool:
        return self.toggle.isChecked()

    def refresh(self) -> None:
        article_id = self.host.current_article_id()
        if not self.shown or article_id is None:
            self.view.set_removed_blocks([])
            return
        # Loaded when first shown: it loads core.boilerplate, which the window
        # need not load just after its first paint.
        from ..core.storage.clutter import ClutterStore

        blocks = ClutterStore(self.host.library).blocks(article_id)
        self.view.set_removed_blocks(blocks)
        if not blocks:
            self.host.show_status("Nothing was removed from this article.", 5000)

    def block_under_cursor(self):
        block = self.view.removed_block_at(self.view.textCursor().position())
        if block is None and self.view.hover_position is not None:
            block = self.view.removed_block_at(self.view.hover_position)
        return block

    def restore_at_cursor(self) -> bool:
        article_id = self.host.current_article_id()
        block = self.block_under_cursor() if article_id is not None else None
        if block is None:
            keys = self.host.keymap.keymap.get(CommandId.TOGGLE_CLUTTER) or ["View ▸ Show Removed Clutter"]
            self.host.show_status(
                f"Put the cursor on a dimmed removed block first (show them with {keys[0]}).", 8000
            )
            return False
        try:
            report = restore_removed_block(self.host.library, article_id, block.position)
        except LibraryError as error:
            self.host.show_status(str(error), 8000)
            return False
        self.host.reload_articles()
        self.host.open_article(article_id)
        self.host.show_status(f"Restored into the article ({report.summary()}).", 8000)
        return True
