"""Search in the open article (a find bar under the text) and across the
library (a dialog listing matches; choosing one opens the article there)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import BY_ID, CommandId
from ..core.storage import LibraryError
from ..core.storage.sessions import SearchHit, SessionStore
from ..core.text import is_rtl
from .feature_host import Event, FeatureHost
from .mode_keys import COMMAND_PROPERTY, ModeKeys, keymap_of
from .plain_text import plain_label, plain_text
from .reading_view import SOURCE, TRANSLATION
from .text_marks import Highlight

HIT_COLOR = "#66ff9800"  # translucent orange: readable on light and dark
CURRENT_HIT_COLOR = "#ccff9800"


class FindBar(QWidget):
    """Incremental search in the article; its keys (next, previous match,
    close and back to the text) are the find bar's in the key map."""

    def __init__(self, host: FeatureHost, cursor):
        super().__init__()
        self.view, self.cursor = host.reading_view, cursor
        self.hits: list[tuple[str, int, int, int]] = []  # pane, paragraph, start, end
        self.current = -1
        self.setObjectName("findBar")
        self.setAccessibleName("Find in article")

        self.edit = QLineEdit()
        self.edit.setObjectName("findBarText")
        self.edit.setAccessibleName("Find in article")
        self.edit.setPlaceholderText("Find in article (both columns)…")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("findBarCount")
        self.count.setMinimumWidth(90)
        self.previous_button = self._button("▲", CommandId.FIND_PREVIOUS, lambda: self.step(-1))
        self.next_button = self._button("▼", CommandId.FIND_NEXT, lambda: self.step(+1))
        self.close_button = self._button("✕", CommandId.CLOSE_FIND_BAR, self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.edit.textChanged.connect(self._search_from_cursor)
        self.keys = ModeKeys(
            self,
            {
                CommandId.FIND_NEXT: lambda: self.step(+1),
                CommandId.FIND_PREVIOUS: lambda: self.step(-1),
                CommandId.CLOSE_FIND_BAR: self.close_bar,
            },
        )
        self.setFocusProxy(self.edit)  # Tab from the text lands in the search field
        host.subscribe(Event.ARTICLE_OPENED, lambda _id: self._rescan(jump=False))
        self.hide()

    def _button(self, text: str, command: CommandId, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setProperty(COMMAND_PROPERTY, str(command))
        button.setAccessibleName(BY_ID[command].label)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # --- showing ---------------------------------------------------------------

    def _update_tooltips(self) -> None:
        report = keymap_of(self)
        for button in (self.previous_button, self.next_button, self.close_button):
            command = CommandId(button.property(COMMAND_PROPERTY))
            button.setToolTip(f"{BY_ID[command].label} ({report.text(command)})")

    def open_bar(self) -> None:
        self._update_tooltips()
        selected = self.view.selected_range()
        if selected and len(selected.text) < 80:
            self.edit.setText(selected.text)  # search for the selection, like browsers do
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._rescan(jump=False)

    def close_bar(self) -> None:
        self.hide()
        self.view.set_highlights("search", [])
        self.view.setFocus()

    # --- hits --------------------------------------------------------------------

    def find_hits(self, query: str) -> list[tuple[str, int, int, int]]:
        if not query or self.view.article is None:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        panes = (SOURCE, TRANSLATION) if self.view.show_translation else (SOURCE,)
        hits = []
        for paragraph in range(len(self.view.article.paragraphs)):
            for pane in panes:  # reading order: paragraph by paragraph, source first
                for match in pattern.finditer(self.view.pane_text(pane, paragraph)):
                    hits.append((pane, paragraph, match.start(), match.end()))
        return hits

    def _rescan(self, jump: bool) -> None:
        self.hits = self.find_hits(self.edit.text())
        self.current = -1
        if jump and self.hits:
            # First hit at or after the reading cursor (searching continues from where you read).
            here = (self.cursor.paragraph, 0 if self.cursor.pane == SOURCE else 1)
            self.current = next(
                (
                    i
                    for i, (pane, p, _s, _e) in enumerate(self.hits)
                    if (p, 0 if pane == SOURCE else 1) >= here
                ),
                0,
            )
            self._go()
        self._paint()

    def _search_from_cursor(self) -> None:
        self._rescan(jump=True)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) hit, wrapping around."""
        if not self.edit.text():
            self.open_bar()
            return
        if not self.hits:
            self.hits = self.find_hits(self.edit.text())
        if not self.hits:
            self._paint()
            return
        if self.current < 0:
            self.current = 0 if delta > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + delta) % len(self.hits)
        self._go()
        self._paint()

    def _go(self) -> None:
        pane, paragraph, start, end = self.hits[self.current]
        self.cursor.go_to_offset(pane, paragraph, start)
        self.cursor.select(pane, paragraph, start, end)

    def _paint(self) -> None:
        marks = (
            [
                Highlight(pane, p, s, e, CURRENT_HIT_COLOR if i == self.current else HIT_COLOR)
                for i, (pane, p, s, e) in enumerate(self.hits)
            ]
            if self.edit.text()
            else []
        )
        self.view.set_highlights("search", marks)
        if not self.edit.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText("no match")
        else:
            self.count.setText(f"{self.current + 1 if self.current >= 0 else '–'} of {len(self.hits)}")
        palette = self.edit.palette()
        palette.setColor(
            QPalette.ColorRole.Base,
            QColor("#ffd6d6")
            if self.edit.text() and not self.hits
            else self.palette().color(QPalette.ColorRole.Base),
        )
        palette.setColor(
            QPalette.ColorRole.Text,
            QColor("#111111")
            if self.edit.text() and not self.hits
            else self.palette().color(QPalette.ColorRole.Text),
        )
        self.edit.setPalette(palette)


class LibrarySearchDialog(QDialog):
    """Type to search every article (source and translation); Enter or
    double-click opens the article at the match."""

    def __init__(self, host: FeatureHost, cursor, store: SessionStore):
        super().__init__(host.widget())
        self.host, self.cursor, self.store = host, cursor, store
        self.results: list[SearchHit] = []
        self.setObjectName("librarySearch")
        self.setWindowTitle("Search Library")
        self.setAccessibleName("Search the library")
        self.resize(720, 480)
        self.edit = QLineEdit()
        self.edit.setObjectName("librarySearchText")
        self.edit.setAccessibleName("Search all articles")
        report = host.keymap
        self.edit.setPlaceholderText(
            f"Search all articles and translations…  ({report.text(CommandId.SEARCH_TO_RESULTS)}"
            f" to the matches, {report.text(CommandId.OPEN_MATCH)} to open)"
        )
        self.edit.setClearButtonEnabled(True)
        # Columns, not one line of mixed text: a Hebrew title next to an
        # English snippet in one string is reordered by bidi into a jumble.
        self.list = QTreeWidget()
        self.list.setObjectName("librarySearchResults")
        self.list.setAccessibleName("Matches")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(["Article", "¶", "Match"])
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(0, 200)
        self.status = plain_label()
        self.status.setObjectName("librarySearchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.edit, self.list)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # search after a short pause in typing
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._timer.start)
        # On the text field only: in the list the same keys move as usual.
        self.keys = ModeKeys(self.edit, {CommandId.SEARCH_TO_RESULTS: self._to_results})
        self.open_keys = ModeKeys(self, {CommandId.OPEN_MATCH: self.open_current})
        self.list.itemActivated.connect(lambda _item, _column: self.open_current())

    def run_search(self) -> None:
        self._timer.stop()
        query = self.edit.text().strip()
        try:
            self.results = self.store.search(query) if len(query) >= 2 else []
        except LibraryError as error:
            self.status.setText(str(error))
            return
        self.list.clear()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for hit in self.results:
            where = str(TRANSLATION) if hit.pane == TRANSLATION else hit.language
            item = QTreeWidgetItem([hit.title, str(hit.paragraph + 1), hit.snippet])
            item.setToolTip(0, plain_text(hit.title))
            item.setToolTip(2, plain_text(f"{where}: {hit.snippet}"))
            if is_rtl(hit.language):
                item.setTextAlignment(0, right)
                if hit.pane != TRANSLATION:
                    item.setTextAlignment(2, right)
            self.list.addTopLevelItem(item)
        if self.results:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.status.setText(
            ""
            if len(query) < 2
            else f"{len(self.results)} match{'es' if len(self.results) != 1 else ''}"
            + (" (first 200)" if len(self.results) >= 200 else "")
        )

    def _to_results(self) -> None:
        if self.list.topLevelItemCount():
            self.list.setFocus()

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if not 0 <= row < len(self.results):
            return
        hit = self.results[row]
        self.accept()
        open_hit(self.host, self.cursor, hit)

    def reject(self) -> None:
        super().reject()
        self.host.focus_reader()  # back to reading, where the search started


def open_hit(host: FeatureHost, cursor, hit: SearchHit) -> None:
    """Open the article of a hit, put the reading cursor there and select it."""
    if host.current_article_id() != hit.article_id and not host.select_article(hit.article_id):
        host.open_article(hit.article_id)  # the list's filter hides it
    pane = hit.pane if (hit.pane == SOURCE or host.reading_view.show_translation) else SOURCE
    cursor.go_to_offset(pane, hit.paragraph, hit.start if pane == hit.pane else 0)
    if pane == hit.pane:
        cursor.select(pane, hit.paragraph, hit.start, hit.end)
    host.focus_reader()  # the dialog that was on top has just closed
