"""The entities panel: the library's entity index (one row per entity,
whatever the language), the mentions of the selected entity with their
sentences, jumping to a mention, filtering the article list to the articles
that mention it, and corrections (merge, split, rename, reject, undo) that
are stored and survive every recompute."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import CommandId
from ..core.entities import Correction, EntityGroup
from ..core.entity_service import sentence_of
from ..core.panes import Pane, PaneText
from ..core.text import is_rtl
from .feature_host import Event
from .mode_keys import ModeKeys
from .plain_text import plain_label, plain_text
from .theme import entity_type_name

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
MENTION_ROLE = Qt.ItemDataRole.UserRole + 2
RTL_ROLE = Qt.ItemDataRole.UserRole + 3
MAX_MENTIONS = 1000  # listed for one entity; more would only slow the panel down
CONTEXT = 45  # characters of the sentence shown either side of a mention


class EntityTableModel(QAbstractTableModel):
    HEADERS = ("Name", "Type", "Total", "Articles")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[EntityGroup] = []

    def set_groups(self, groups: list[EntityGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self.groups[index.row()]
        values = (g.name, entity_type_name(g.label), g.total, len(g.mentions))
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[index.column()])
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers
            return values[index.column()] if index.column() >= 2 else str(values[index.column()]).casefold()
        if role == GROUP_ROLE:
            return g
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text(", ".join(sorted(g.surfaces)))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EntityFilterModel(QSortFilterProxyModel):
    """Matches the name and every surface form (typing סם finds Sam Altman)."""

    text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent):
        text = self.text
        if not text:
            return True
        g = self.sourceModel().groups[row]
        return text in g.name.casefold() or any(text in s.casefold() for s in g.surfaces)


class DirectionDelegate(QStyledItemDelegate):
    """Right-to-left rows laid out right to left: Qt would otherwise take the
    direction from the first letter (a Hebrew sentence starting "OpenAI")."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if index.data(RTL_ROLE):
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            option.textElideMode = Qt.TextElideMode.ElideLeft


class EntitiesPanel(QDockWidget):
    """`controller`: the entities feature (groups, corrections); `host`: the window (feature_host)."""

    def __init__(self, controller, host):
        super().__init__("Entities", host.widget())
        self.controller = controller
        self.host = host
        self.setObjectName("entitiesPanel")
        self.setAccessibleName("Entities")
        self.keys = ModeKeys(self, {CommandId.LEAVE_ENTITIES_PANEL: host.focus_reader})

        # which recognisers ran on the open article, and what a pack would add
        self.coverage = plain_label(controller.coverage)
        self.coverage.setObjectName("entityCoverage")
        self.coverage.setWordWrap(True)
        self.coverage.setAccessibleName("What entity recognition covers in this article")
        controller.coverageChanged.connect(self.coverage.setText)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("entityFilter")
        self.filter_edit.setPlaceholderText("Filter entities…")
        self.filter_edit.setAccessibleName("Filter entities")
        self.filter_edit.setClearButtonEnabled(True)

        self.model = EntityTableModel(self)
        self.proxy = EntityFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.filter_edit.textChanged.connect(self.proxy.set_text)

        self.table = QTableView()
        self.table.setObjectName("entityTable")
        self.table.setAccessibleName("Entities in the library")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (
            ("merge", "Merge", self.merge),
            ("split", "Split…", self.split),
            ("rename", "Rename…", self.rename),
            ("reject", "Reject", self.reject),
            ("undo", "Undo", self.undo),
            ("clear", "All articles", self.clear_filter),
        ):
            button = QPushButton(text)
            button.setObjectName(f"entity-{key}")
            button.clicked.connect(slot)  # keyword-only parameters: `checked` is not passed
            buttons.addWidget(button)
            self.buttons[key] = button
        self.buttons["clear"].setToolTip("Show every article in the article list again")

        self.mentions = QTreeWidget()
        self.mentions.setObjectName("entityMentions")
        self.mentions.setAccessibleName("Mentions of the selected entity")
        self.mentions.setColumnCount(3)
        self.mentions.setHeaderLabels(["Article", "Mention", "Sentence"])
        self.mentions.setRootIsDecorated(False)
        self.mentions.setUniformRowHeights(True)
        self.mentions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mentions.setItemDelegate(DirectionDelegate(self.mentions))
        self.mentions.header().setStretchLastSection(True)
        self.mentions.itemActivated.connect(self._on_activated)
        self.status = plain_label()
        self.status.setObjectName("entityPanelStatus")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.coverage)
        top_layout.addWidget(self.filter_edit)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 0, 4, 4)
        bottom_layout.addWidget(self.status)
        bottom_layout.addWidget(self.mentions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        self.setWidget(splitter)

        self._reselect: list[str] | None = None  # after a correction: the entity to select
        # a closed panel must not leave the article list filtered
        self.visibilityChanged.connect(self._on_visibility)
        controller.groupsChanged.connect(self.reload)
        self.reload()
        self._update_buttons()

    # --- the index --------------------------------------------------------------------

    def reload(self) -> None:
        """New groups from the worker: keep the selected entity selected."""
        keys = self._reselect if self._reselect is not None else [g.key for g in self.selected_groups()]
        self._reselect = None
        self.model.set_groups(self.controller.groups)
        self.select_keys(keys)
        if not self.selected_groups():
            self._show_mentions(None)
        self.status.setText(
            self.status.text()
            if self.selected_groups()
            else f"{self.proxy.rowCount()} entities. Select one to see its mentions."
        )

    def selected_groups(self) -> list[EntityGroup]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, GROUP_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_keys(self, keys) -> bool:
        from PySide6.QtCore import QItemSelectionModel

        selection = self.table.selectionModel()
        selection.clearSelection()
        found = False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            g = index.data(GROUP_ROLE)
            if g.key in keys or any(k in g.keys for k in keys):
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                if not found:
                    flags |= QItemSelectionModel.SelectionFlag.Current
                    self.table.scrollTo(index)
                selection.select(index, flags)
                found = True
        return found

    def select_name(self, name: str) -> EntityGroup | None:
        """Select the entity called `name` (for keyboard users and tests)."""
        g = next((g for g in self.controller.groups if g.name == name), None)
        if g is not None:
            self.select_keys([g.key])
        return g

    def _on_selection(self, *_args) -> None:
        groups = self.selected_groups()
        self._show_mentions(groups[0] if len(groups) == 1 else None, groups)
        self._update_buttons()
        self.host.publish(
            Event.ENTITY_SELECTED, groups[0] if len(groups) == 1 else None
        )  # e.g. for its stories

    def _update_buttons(self) -> None:
        n = len(self.selected_groups())
        self.buttons["merge"].setEnabled(n >= 2)
        for key in ("split", "rename", "reject"):
            self.buttons[key].setEnabled(n == 1)

    # --- mentions ------------------------------------------------------------------------

    def _show_mentions(self, group: EntityGroup | None, groups=()) -> None:
        self.mentions.clear()
        if group is None:
            self.host.filter_articles(set().union(*(g.mentions for g in groups)) if groups else None)
            if groups:
                self.status.setText(f"{len(groups)} entities selected: Merge joins them.")
            return
        library = self.host.library
        rows = {r["id"]: r for r in library.list_articles(sorted(group.mentions))}
        items = []
        for article_id, mentions in sorted(group.mentions.items()):
            article = library.get_article(article_id)
            if article is None:
                continue
            translation = None
            # the source pane's mentions; the translation's only where the
            # source has none (same occurrences, the source is what is read)
            shown = [m for m in mentions if m.pane == Pane.SOURCE] or mentions
            for m in shown:
                if len(items) >= MAX_MENTIONS:
                    break
                if m.pane == Pane.SOURCE:
                    paragraph = article.paragraphs[m.paragraph]
                    paragraph_text = paragraph.text
                    sentence = sentence_of(paragraph.text, paragraph.sentences, m.start, m.end, CONTEXT)
                    rtl = is_rtl(article.language)
                else:
                    if translation is None:  # read once per article
                        translation = PaneText.load(library, article_id, Pane.TRANSLATION, article=article)
                    text = translation.text(m.paragraph)
                    spans = translation.sentences[m.paragraph] if text else []
                    sentence, rtl = sentence_of(text, spans, m.start, m.end, CONTEXT), False
                title = rows.get(article_id, {}).get("title", "")
                item = QTreeWidgetItem([f"#{article_id} {article.language}", m.text, sentence])
                item.setData(0, MENTION_ROLE, (article_id, m))
                item.setToolTip(0, plain_text(title))
                # how often the recogniser that found it is right (bench_entity_confidence.py)
                item.setToolTip(1, f"{entity_type_name(m.label)}, confidence {m.confidence:.0%}")
                item.setToolTip(2, plain_text(paragraph_text if m.pane == Pane.SOURCE else text))
                for column in (1, 2):
                    item.setData(column, RTL_ROLE, rtl)
                items.append(item)
        self.mentions.addTopLevelItems(items)
        self.mentions.resizeColumnToContents(0)
        self.mentions.resizeColumnToContents(1)
        self.status.setText(
            f"{group.name} · {entity_type_name(group.label)} · "
            f"{group.total} mentions in {len(group.mentions)} articles"
        )
        # the article list shows only the articles that mention it
        self.host.filter_articles(set(group.mentions))

    def mention_items(self) -> list[QTreeWidgetItem]:
        return [self.mentions.topLevelItem(i) for i in range(self.mentions.topLevelItemCount())]

    def jump(self, item: QTreeWidgetItem | None = None) -> bool:
        """Open the mention's article and select the mention in its column."""
        item = item or self.mentions.currentItem()
        if item is None:
            return False
        article_id, m = item.data(0, MENTION_ROLE)
        host = self.host
        if host.current_article_id() != article_id and not host.select_article(article_id):
            host.open_article(article_id)  # filtered out of the list: open it anyway
        ok = host.reading_view.select_range(m.pane, m.paragraph, m.start, m.end)
        if ok:
            host.reading_view.setFocus()
        return ok

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.jump(item)

    def _on_visibility(self, visible: bool) -> None:
        if not visible:
            self.clear_filter()

    def clear_filter(self) -> None:
        self.host.filter_articles(None)

    # --- corrections ------------------------------------------------------------------------

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, plain_text(label), text=text)
        value = value.strip()
        return value if ok and value else None

    def merge(self, *, name: str | None = None) -> Correction | None:
        groups = self.selected_groups()
        if len(groups) < 2:
            return None
        # the entity with most mentions names the result unless told otherwise
        head = max(groups, key=lambda g: g.total)
        ordered = [head] + [g for g in groups if g is not head]
        return self._store(
            Correction("merge", tuple(g.key for g in ordered), name=name or head.name), [head.key]
        )

    def rename(self, *, name: str | None = None, label: str = "") -> Correction | None:
        groups = self.selected_groups()
        if len(groups) != 1:
            return None
        name = name or self._ask("Rename entity", f"New name for “{groups[0].name}”:", groups[0].name)
        if not name:
            return None
        return self._store(Correction("rename", (groups[0].key,), name=name, label=label), [groups[0].key])

    def reject(self) -> Correction | None:
        groups = self.selected_groups()
        if len(groups) != 1:
            return None
        return self._store(Correction("reject", (groups[0].key,)), [])

    def split(self, *, name: str | None = None, surfaces=None) -> Correction | None:
        """Move the selected mentions' spellings (every mention written the
        same way) out of the entity into a new one."""
        groups = self.selected_groups()
        if len(groups) != 1:
            return None
        g = groups[0]
        if surfaces is None:
            surfaces = sorted({item.data(0, MENTION_ROLE)[1].text for item in self.mentions.selectedItems()})
        if not surfaces:
            self.status.setText("Select the mentions to split off (Ctrl+click), then Split.")
            return None
        name = name or self._ask(
            "Split entity", f"Name of the new entity for {', '.join(surfaces)}:", surfaces[0]
        )
        if not name:
            return None
        return self._store(Correction("split", (g.key,), name=name, surfaces=tuple(surfaces)), [g.key])

    def undo(self):
        undone = self.controller.undo_correction()
        self.status.setText(f"Undone: {undone.kind}" if undone else "Nothing to undo.")
        return undone

    def _store(self, correction: Correction, reselect: list[str]) -> Correction:
        self.controller.add_correction(correction)
        self._reselect = reselect
        self.status.setText(f"{correction.kind.capitalize()} saved; updating…")
        return correction
