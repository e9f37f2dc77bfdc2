"""The article list: a table model over `Library.list_articles()` rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..core.safe_text import escape_controls
from ..core.text import is_rtl
from .plain_text import plain_text

COLUMNS = [
    ("title", "Title"),
    ("language", "Lang"),
    ("date", "Date"),
    ("words", "Words"),
    ("translated", "Transl."),
    ("progress", "Read"),  # filled by the reading cursor: update_row(id, progress=, read=)
]
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_row(self, article_id: int, **changes) -> None:
        for i, row in enumerate(self.rows):
            if row["id"] == article_id:
                row.update(changes)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def row_of(self, article_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row["id"] == article_id:
                return i
        return -1

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
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
        if role == Qt.ItemDataRole.ToolTipRole and key == "progress":
            return "Read" if row.get("read") else f"{round((row.get('progress') or 0) * 100)}% read"
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return plain_text(f"{row['title']}\n{row.get('source_path') or ''}")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "words":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "title" and is_rtl(row.get("language")):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return row.get(key) if row.get(key) is not None else ""
        return None


class ArticleFilterModel(QSortFilterProxyModel):
    """Case-insensitive filter on title, language and date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.allowed_ids: set[int] | None = None  # e.g. articles mentioning an entity

    def set_allowed_ids(self, ids: set[int] | None) -> None:
        # begin/endFilterChange replace the deprecated invalidateFilter (Qt 6.10+).
        self.beginFilterChange()
        self.allowed_ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        if self.allowed_ids is not None:
            article_id = self.sourceModel().rows[source_row]["id"]
            if article_id not in self.allowed_ids:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
