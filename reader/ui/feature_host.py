"""The seam between the window and its features.

The window (`main_window.MainWindow`) is a shell: it owns the article list,
the reading view and the menus, and implements `FeatureHost`. Each feature
(translation, entities, annotations, keyboard, ...) is a class with
`install(host)` and `shutdown()`, listed once, in order, in `features.FEATURES`.
A feature talks to the window only through this protocol and to other
features only through events: it never sets attributes on the window, never
reaches into its private widgets and never imports another feature module.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from ..core.commands import CommandId, KeymapReport
    from ..core.packs import PackManager
    from ..core.service import ArticleState, ReaderService
    from ..core.storage import Library
    from .import_sources import ImportJob
    from .jobs import Job, JobHandle
    from .reading_view import ReadingView


class Event(Enum):
    """What the window announces; handlers get the listed arguments."""

    ARTICLE_OPENED = "article_opened"  # (article_id); host.current_state() holds its state
    # (ArticleState) read, about to be laid out: work that needs no layout starts here
    ARTICLE_READ = "article_read"
    ARTICLE_CLOSED = "article_closed"  # () the open article is replaced or gone
    TRANSLATION_READY = "translation_ready"  # (article_id) a translation was stored
    # (article_id or None) the open article is being translated and none of its
    # paragraphs has come yet (its id), or its first one has come, or never will (None)
    TRANSLATION_AWAITED = "translation_awaited"
    ARTICLES_CHANGED = "articles_changed"  # () the article list was reloaded (import, language...)
    FIRST_PAINTED = "first_painted"  # () the window has been painted once
    CLOSING = "closing"  # () the window is closing; features shut down after it
    ENTITY_SELECTED = "entity_selected"  # (EntityGroup or None) the one entity selected in the entities panel
    ENTITIES_CHANGED = (
        "entities_changed"  # (list[EntityGroup]) the library's entities, recognised or corrected
    )


@runtime_checkable
class FeatureHost(Protocol):
    """What a feature may use of the window."""

    library: Library
    data_dir: Path
    keymap: KeymapReport
    service: ReaderService
    packs: PackManager  # the library's translation packs
    pack_index_url: str  # where pack downloads look
    reading_view: ReadingView  # its public API only, incl. set_layer(name, z_order, highlights)

    def bind(
        self,
        command: CommandId | str,
        handler: Callable[[], object],
        *,
        checkable: bool = False,
        checked: bool = False,
    ) -> QAction: ...

    def bind_commands(self, owner: object) -> None:
        """Bind every method of `owner` marked with `commands.handles`."""

    def action(self, command: CommandId | str) -> QAction: ...

    def run_command(self, command: CommandId | str) -> None: ...

    def keys_text(self, command: CommandId | str) -> str:
        """The first key bound to a command, as the key map has it ('no key' if none)."""

    def set_keymap(self, keymap: KeymapReport) -> None:
        """Use another key map (reloaded, reset): every action's keys, the
        window's and each mode's (find bar, panels, dialogs), change at once."""

    def set_reading_only(self, on: bool) -> None:
        """Focus mode: the article list and the banner out of the way; off puts them back as they were."""

    def subscribe(self, event: Event, handler: Callable[..., object]) -> None: ...

    def publish(self, event: Event, *args: object) -> None: ...

    def current_article_id(self) -> int | None: ...

    def current_state(self) -> ArticleState | None:
        """The open article's `service.ArticleState` (None when nothing is open);
        its `source` and `translation` are the panes the view shows."""

    def open_article(self, article_id: int) -> None: ...

    def select_article(self, article_id: int) -> bool:
        """Make the article current in the list (which opens it); False when filtered out."""

    def articles_near(self, count: int) -> list[int]:
        """Up to ``count`` listed articles nearest the open one's row, nearest
        first (the next before the previous), the open one left out."""

    def reload_articles(self) -> None: ...

    def update_article_row(self, article_id: int, **values: object) -> None: ...

    def filter_articles(self, article_ids: set[int] | None) -> None:
        """Show only these articles in the list (None: every article)."""

    def focus_reader(self) -> None: ...

    def has_painted(self) -> bool: ...

    def widget(self) -> QWidget:
        """The window, as parent for dialogs and docks."""

    def add_dock(self, widget: QWidget, area: Qt.DockWidgetArea | None = None) -> None: ...

    def add_panel_below_reader(self, widget: QWidget) -> None: ...

    def add_banner(self, widget: QWidget) -> None:
        """A notice above the article (the window's own banner stays below it)."""

    def show_banner(self, text: str, button_text: str, action: Callable[[], object]) -> None: ...

    def hide_banner(self) -> None: ...

    def add_status_widget(self, widget: QWidget) -> None: ...

    def show_status(self, text: str, ms: int = 0) -> None: ...

    def add_style(self, stylesheet: str) -> None: ...

    def set_article_column_width(self, key: str, sample: str, *, position: int | None = None) -> None:
        """Fix an article-list column's width to fit `sample`; `position`: move it there."""

    def run_job(self, job: Job) -> JobHandle: ...

    def run_import(self, job: ImportJob) -> JobHandle:
        """Run an import whose signals the caller has connected; the list follows it."""


class Feature(Protocol):
    """One part of the window's behaviour, installed once and shut down once."""

    name: ClassVar[str]

    def install(self, host: FeatureHost) -> None: ...

    def shutdown(self) -> None: ...
