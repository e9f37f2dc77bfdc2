"""The article list: a table model over `Library.list_articles()` rows,
read a page at a time as the view asks for them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel
from PySide6.QtGui import QStandardItemModel

from ..core.safe_text import escape_controls
from ..core.text import is_rtl
from .plain_text import plain_text
from .qt_values import (
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    DISPLAY_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOL_TIP_ROLE,
    USER_ROLE,
    set_enum_property,
)

# The table and its header are painted before the first paint: roles and
# alignments are plain numbers here, not Qt's enums (see qt_values).

COLUMNS = [
    ("title", "Title"),
    ("language", "Lang"),
    ("date", "Date"),
    ("words", "Words"),
    ("translated", "Transl."),
    ("progress", "Read"),  # filled by the reading cursor: update_row(id, progress=, read=)
]
ARTICLE_ID_ROLE = USER_ROLE + 1
_ANSWERED_ROLES = frozenset({DISPLAY_ROLE, TOOL_TIP_ROLE, TEXT_ALIGNMENT_ROLE, ARTICLE_ID_ROLE, USER_ROLE})


def header_labels(parent: QObject) -> QStandardItemModel:
    """The column titles in a model of their own, for the table's header to
    show: Qt reads them in C++, where `ArticleTableModel.headerData` would be
    called with a `Qt.Orientation` (Qt's namespace: see qt_values)."""
    labels = QStandardItemModel(0, len(COLUMNS), parent)
    labels.setHorizontalHeaderLabels([label for _key, label in COLUMNS])
    return labels


class ArticleRows(Sequence[dict[str, Any]]):
    """The rows of the articles with these ids (ascending), each read with
    its page (`read(ids)` gives `list_articles` rows) the first time it is
    asked for: the view asks only for the rows it shows, so a library of
    10,000 articles opens as fast as one of ten (filtering or sorting by a
    column reads them all, once)."""

    PAGE = 256

    def __init__(self, ids: list[int], read: Callable[[list[int]], list[dict[str, Any]]]):
        self.ids = ids
        self._read = read
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self._changes: dict[int, dict[str, Any]] = {}  # for rows not read yet

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, row):  # type: ignore[override]  # rows by index only
        page, at = divmod(row if row >= 0 else row + len(self.ids), self.PAGE)
        if page not in self._pages:
            self._pages[page] = self._read_page(page)
        return self._pages[page][at]

    def _read_page(self, page: int) -> list[dict[str, Any]]:
        ids = self.ids[page * self.PAGE : (page + 1) * self.PAGE]
        found = {row["id"]: row for row in self._read(ids)}
        rows = [found.get(article_id) or {"id": article_id, "title": ""} for article_id in ids]
        for row in rows:
            row.update(self._changes.pop(row["id"], {}))
        return rows

    def is_read(self, row: int) -> bool:
        return row // self.PAGE in self._pages

    def index_of(self, article_id: int) -> int:
        row = bisect_left(self.ids, article_id)
        return row if row < len(self.ids) and self.ids[row] == article_id else -1

    def hold_changes(self, article_id: int, changes: dict[str, Any]) -> None:
        """Changes to a row not read yet, applied when it is."""
        self._changes.setdefault(article_id, {}).update(changes)


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = ArticleRows([], lambda _ids: [])

    def set_articles(self, ids: list[int], read: Callable[[list[int]], list[dict[str, Any]]]) -> None:
        """These articles (ids ascending), each row read by `read` when first shown."""
        self.beginResetModel()
        self.rows = ArticleRows(ids, read)
        self.endResetModel()

    def update_row(self, article_id: int, **changes) -> None:
        row = self.rows.index_of(article_id)
        if row < 0:
            return
        if not self.rows.is_read(row):
            self.rows.hold_changes(article_id, changes)  # nothing has shown it yet
            return
        self.rows[row].update(changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, article_id: int) -> int:
        return self.rows.index_of(article_id)

    def article_id(self, row: int) -> int:
        return self.rows.ids[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY_ROLE):
        """The column titles, for whoever asks the model (a screen reader);
        the window's header shows `header_labels`, so that nothing calls this
        before the first paint (its Qt.Orientation is Qt's namespace: qt_values)."""
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=DISPLAY_ROLE):
        # The view asks each cell for a dozen roles as it paints (fonts,
        # colours, decorations...): those it has no answer for go at once.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == DISPLAY_ROLE:
            value = row.get(key)
            if key == "translated":
                return "yes" if value else "no"
            if key == "date":
                return value or ""
            if key == "title":  # a title (or a file name) may hold controls: shown as escapes
                return escape_controls(value or "")
            if key == "progress":
                return "✓" if row.get("read") else (f"{round(value * 100)}%" if value else "")
            return value
        if role == TOOL_TIP_ROLE and key == "progress":
            return "Read" if row.get("read") else f"{round((row.get('progress') or 0) * 100)}% read"
        if role == TOOL_TIP_ROLE and key == "title":
            return plain_text(f"{row['title']}\n{row.get('source_path') or ''}")
        if role == TEXT_ALIGNMENT_ROLE:
            if key == "words":
                return ALIGN_RIGHT | ALIGN_VCENTER
            if key == "title" and is_rtl(row.get("language")):
                return ALIGN_RIGHT | ALIGN_VCENTER
        if role == ARTICLE_ID_ROLE:
            return row["id"]
        if role == USER_ROLE:  # sort key
            return row.get(key) if row.get(key) is not None else ""
        return None


class ArticleFilterModel(QSortFilterProxyModel):
    """Case-insensitive filter on title, language and date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        set_enum_property(self, "filterCaseSensitivity", "CaseInsensitive")
        self.setFilterKeyColumn(-1)
        self.setSortRole(USER_ROLE)
        self.allowed_ids: set[int] | None = None  # e.g. articles mentioning an entity

    def set_allowed_ids(self, ids: set[int] | None) -> None:
        # begin/endFilterChange replace the deprecated invalidateFilter (Qt 6.10+).
        self.beginFilterChange()
        self.allowed_ids = ids
        # Qt calls a Python filterAcceptsRow for every row (20 ms for 10,000
        # rows at start-up), so it is this object's attribute only while ids
        # are allowed; PySide looks the override up on the instance each call.
        if ids is None:
            vars(self).pop("filterAcceptsRow", None)
        else:
            self.filterAcceptsRow = self._accepts_allowed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepts_allowed(self, source_row, source_parent):
        if self.sourceModel().article_id(source_row) not in (self.allowed_ids or ()):
            return False
        return QSortFilterProxyModel.filterAcceptsRow(self, source_row, source_parent)
