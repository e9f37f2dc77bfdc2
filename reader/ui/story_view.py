"""The story view: one event told by several outlets, compared side by side.

A window opened from the article list (the open article's story) or for an
entity (the stories that name it): the entities x articles heat map
(story_matrix), the selected entity's sentences in every article with their
translations, the dates the articles mention as a timeline (story_timeline),
the numbers they report and the quotations by speaker (story_parts).

Keyboard: arrows or h/j/k/l move in the matrix, Enter lists the entity's
sentences, Enter on a sentence opens it in the reader with the reading cursor
on it, Esc in the reader comes back to the same sentence; in the view, Tab
goes from part to part and Esc steps back (sentences -> matrix -> closed).
Everything it shows comes from `core.story_view_model.StoryComparison`,
built in background jobs: what the window shows first before it opens, the
other tabs' parts once it has painted. After each background regrouping the
open story is compared again and shown with the matrix cursor where it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.commands import BY_ID, CommandId, KeymapReport, handled_command, handles
from ..core.languages import language_name
from ..core.safe_text import FSI, PDI, escape_controls, isolated
from .feature_host import Event, FeatureHost
from .jobs import Job, JobContext, JobFailed, JobHandle
from .plain_text import plain_label, plain_text, show_message
from .reading_view import SOURCE, has_rtl_letter

# The view's parts are imported when a story is first shown, not with the
# feature, which the window installs just after its first paint (~13 ms less).
if TYPE_CHECKING:
    from .story_matrix import MatrixColumn, MatrixRow
    from .story_parts import SentenceRef


def _heading(column: MatrixColumn) -> str:
    outlet = escape_controls(column.outlet) if column.outlet else f"#{column.article_id}"
    # the title isolated: a Hebrew title must not reorder the Latin words around it
    return (
        f"{outlet} · {language_name(column.language)} · {column.date or 'no date'} — {isolated(column.title)}"
    )


REGROUP_DELAY_MS = 3000  # after the last change of the entities
# After a story is shown (its window painted), the parts of the tabs not yet
# seen are computed in the background, so no tab costs the UI thread.
PREPARE_DELAY_MS = 300


class StoryView(QWidget):
    """The window; `comparison` is a core StoryComparison."""

    def __init__(self, comparison, keymap: KeymapReport, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        from .story_matrix import StoryMatrix
        from .story_parts import NumberTable, QuotationTree, SentenceTable
        from .story_timeline import StoryTimeline

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("storyView")
        self.setAccessibleName("Story")
        self.keymap = keymap
        self.on_open_sentence = lambda ref: None  # set by the feature
        self.on_edit = lambda edit: None  # set by the feature: runs a StoryEdit, then shows the story again

        self.title = plain_label()
        self.title.setObjectName("storyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = plain_label()
        self.summary.setObjectName("storySummary")

        self.matrix = StoryMatrix()
        self.matrix_scroll = QScrollArea()
        self.matrix_scroll.setObjectName("storyMatrixScroll")
        self.matrix_scroll.setWidget(self.matrix)
        self.matrix_scroll.setWidgetResizable(False)
        self.matrix_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matrix.visibleRectWanted.connect(self._scroll_matrix_to)
        self.matrix.rowActivated.connect(self._on_row_activated)

        self.entity_label = plain_label()
        self.entity_label.setObjectName("storyEntity")
        self.entity_label.setWordWrap(True)
        self.sentences = SentenceTable()
        sentence_side = QWidget()
        sentence_layout = QVBoxLayout(sentence_side)
        sentence_layout.setContentsMargins(0, 0, 0, 0)
        sentence_layout.addWidget(self.entity_label)
        sentence_layout.addWidget(self.sentences, 1)

        self.timeline = StoryTimeline()
        self.timeline_detail = plain_label()
        self.timeline_detail.setObjectName("storyTimelineDetail")
        self.timeline_detail.setWordWrap(True)
        timeline_page = QWidget()
        timeline_layout = QVBoxLayout(timeline_page)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.timeline_detail)
        self.timeline.markChanged.connect(self._on_mark_changed)
        self.timeline.markActivated.connect(self._on_mark_activated)

        self.numbers = NumberTable()
        self.quotations = QuotationTree()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("storyTabs")
        self.tabs.addTab(timeline_page, "&Timeline")
        self.tabs.addTab(self.numbers, "&Numbers")
        self.tabs.addTab(self.quotations, "&Quotations")
        self.tabs.currentChanged.connect(self._on_tab)
        self._filled: set[int] = set()  # the tabs filled since the comparison was shown
        self.shown_entity = ""  # the key of the entity whose sentences are listed
        for part in (self.sentences, self.numbers, self.quotations):
            part.sentenceActivated.connect(self._open)

        self.top_splitter = top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.matrix_scroll)
        top.addWidget(sentence_side)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("storySplitter")
        body.addWidget(top)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 1)
        self.hint = plain_label()
        self.hint.setObjectName("storyHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addWidget(self.hint)
        self.setTabOrder(self.matrix, self.sentences)
        self.setTabOrder(self.sentences, self.tabs)
        self._build_actions()
        self.resize(1400, 900)
        self.show_comparison(comparison)

    # --- the story's commands (Mode.STORY_VIEW in the key map) -----------------------------

    def _build_actions(self) -> None:
        for method in (
            self.step_back,
            self.focus_matrix,
            self.focus_sentences,
            self.show_timeline,
            self.show_numbers,
            self.show_quotations,
            self.export,
            self.rename,
            self.take_out_article,
        ):
            command, _checkable = handled_command(method)
            action = QAction(BY_ID[command].label, self)
            action.setObjectName(f"action-{command}")
            action.setShortcuts([QKeySequence(key) for key in self.keymap.keys(command)])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda *_args, run=method: run())
            self.addAction(action)
        keys = self._keys
        self.hint.setText(
            "Arrows or h j k l move · Enter: the entity's sentences, then a sentence in the reader "
            f"({keys(CommandId.CLEAR_SELECTION)} there comes back) · Tab: next part · "
            f"{keys(CommandId.STORY_TIMELINE)} timeline · {keys(CommandId.STORY_NUMBERS)} numbers · "
            f"{keys(CommandId.STORY_QUOTATIONS)} quotations · {keys(CommandId.STORY_RENAME)} rename · "
            f"{keys(CommandId.STORY_TAKE_OUT)} take the column's article out · "
            f"{keys(CommandId.STORY_EXPORT)} export · {keys(CommandId.STORY_BACK)} back"
        )

    def _keys(self, command: CommandId) -> str:
        return self.keymap.first(command)

    @handles(CommandId.STORY_BACK)
    def step_back(self) -> None:
        """Esc: from any part back to the matrix; from the matrix, close."""
        if self.matrix.hasFocus():
            self.close()
        else:
            self.focus_matrix()

    @handles(CommandId.STORY_MATRIX)
    def focus_matrix(self) -> None:
        self.matrix.setFocus()

    @handles(CommandId.STORY_SENTENCES)
    def focus_sentences(self) -> None:
        self.sentences.setFocus()

    @handles(CommandId.STORY_TIMELINE)
    def show_timeline(self) -> None:
        self._show_tab(0)

    @handles(CommandId.STORY_NUMBERS)
    def show_numbers(self) -> None:
        self._show_tab(1)

    @handles(CommandId.STORY_QUOTATIONS)
    def show_quotations(self) -> None:
        self._show_tab(2)

    @handles(CommandId.STORY_RENAME)
    def rename(self, name: str | None = None) -> StoryEdit | None:
        """A name of the user's own, kept through every regrouping."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, "Rename the story", plain_text("The story's name:"), text=self.comparison.name
            )
            if not ok:
                return None
        name = " ".join(name.split())
        if not name:
            return None
        edit = StoryEdit(RENAME, self.comparison.story_id, name=name)
        self.on_edit(edit)
        return edit

    @handles(CommandId.STORY_TAKE_OUT)
    def take_out_article(self) -> StoryEdit | None:
        """The article of the matrix cursor's column leaves the story (kept
        through every regrouping; the CLI's `--move ARTICLE --to ID` brings it back)."""
        column = self.matrix.current_column()
        if column is None or len(self.columns) < 2:
            return None
        edit = StoryEdit(TAKE_OUT, self.comparison.story_id, article_id=column.article_id)
        self.on_edit(edit)
        return edit

    @handles(CommandId.STORY_EXPORT)
    def export(self, path: Path | None = None) -> Path | None:
        """The comparison as CSV (Excel-safe, one row per entity sentence) or
        Markdown, by the file name's ending; asks where without `path`."""
        from ..core.story_export import export_csv, export_markdown

        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                "Export the story's comparison",
                str(Path.home() / f"story-{self.comparison.story_id}.csv"),
                "CSV, opens in Excel (*.csv);;Markdown (*.md)",
            )
            if not name:
                return None
            path = Path(name)
        try:
            (export_markdown if path.suffix.lower() in (".md", ".markdown") else export_csv)(
                self.comparison, path
            )
        except OSError as error:
            show_message(self, QMessageBox.Icon.Warning, "Export", f"Could not write {path}: {error}")
            return None
        self.hint.setText(f"Exported to {path}")
        return path

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._focus_tab()

    def _on_tab(self, index: int) -> None:
        self._fill_tab(index)
        self._focus_tab()

    def _fill_tab(self, index: int) -> None:
        """A tab is filled when first shown: opening the story costs only what is seen."""
        if index not in self._filled:
            self._filled.add(index)
            (self._fill_timeline, self._fill_numbers, self._fill_quotations)[index]()

    def _focus_tab(self) -> None:
        page = self.tabs.currentWidget()
        (self.timeline if page is self.tabs.widget(0) else page).setFocus()

    # --- contents ------------------------------------------------------------------------------

    def show_comparison(self, comparison) -> None:
        from .story_matrix import MatrixColumn, MatrixRow

        self.comparison = comparison
        self.columns = [
            MatrixColumn(c.article_id, c.outlet, c.language, c.date, c.title) for c in comparison.columns
        ]
        self.column_of = {column.article_id: index for index, column in enumerate(self.columns)}
        rows = [MatrixRow(row.key, row.name, row.label, tuple(row.counts)) for row in comparison.rows]
        self.setWindowTitle(f"Story: {isolated(comparison.name)} — Reader")
        self.title.setText(comparison.name)
        languages = sorted({language_name(c.language) for c in self.columns})
        dates = sorted(c.date for c in self.columns if c.date)
        span = (
            f" · {dates[0]} – {dates[-1]}"
            if len(dates) > 1 and dates[0] != dates[-1]
            else f" · {dates[0]}"
            if dates
            else ""
        )
        self.summary.setText(
            f"{len(self.columns)} articles · {', '.join(languages)}{span} · {len(rows)} entities"
        )
        self.matrix.set_data(self.columns, rows)
        # the matrix as wide as it needs, up to 55% of the window; the sentences get the rest
        frame = (
            2 * self.matrix_scroll.frameWidth() + self.matrix_scroll.verticalScrollBar().sizeHint().width()
        )
        wanted = min(self.matrix.sizeHint().width() + frame, self.width() * 11 // 20)
        self.top_splitter.setSizes([wanted, max(1, self.width() - wanted)])
        self._filled.clear()
        self._fill_tab(self.tabs.currentIndex())
        if rows:
            self.show_entity(0)
        else:
            self.entity_label.setText("No entities recognised in these articles yet.")
            self.sentences.show_sentences([])
        self.matrix.setFocus()

    def refresh(self, comparison) -> None:
        """Show the story compared again (after a regrouping or an edit):
        the matrix cursor stays on the same entity and article when they
        are still there, and the keyboard focus where it was."""
        cursor_row, column = self.matrix.current_row(), self.matrix.current_column()
        listed = next((r for r in self.matrix.rows if r.key == self.shown_entity), None)
        sentence = self.sentences.current_ref()
        focused = self.focusWidget()
        self.show_comparison(comparison)
        if self.matrix.rows:
            row = self._row_of(cursor_row)
            at = self.column_of.get(column.article_id) if column else None
            self.matrix.move_to(
                self.matrix.row if row is None else row, self.matrix.column if at is None else at
            )
            shown = self._row_of(listed)
            self.show_entity(self.matrix.row if shown is None else shown)
            if sentence is not None:
                self.sentences.select_ref(sentence)
        if focused is not None and shiboken6.isValid(focused) and focused.window() is self:
            focused.setFocus()

    def _row_of(self, entity: MatrixRow | None) -> int | None:
        """The matrix row of an entity shown before (by key, else by name)."""
        if entity is None:
            return None
        rows = self.matrix.rows
        by_key = next((i for i, r in enumerate(rows) if r.key == entity.key), None)
        if by_key is not None:
            return by_key
        return next((i for i, r in enumerate(rows) if r.name == entity.name), None)

    def show_entity(self, row: int) -> None:
        """List every sentence that names the entity of matrix row `row`."""
        from .story_parts import SentenceRef

        entity = self.matrix.rows[row]
        groups = []
        total = 0
        for article_id, sentences in self.comparison.sentences_for(entity.key):
            if not sentences:
                continue  # the matrix shows who does not name it
            column = self.columns[self.column_of[article_id]]
            items = [
                (
                    SentenceRef(article_id, s.paragraph, s.sentence),
                    s.source,
                    s.translation,
                    s.direction == "rtl" and has_rtl_letter(s.source),
                )
                for s in sentences
            ]
            total += len(items)
            groups.append((_heading(column), items))
        self.sentences.show_sentences(groups)
        self.entity_label.setText(
            f"{entity.name}: {total} sentence{'s' if total != 1 else ''} in "
            f"{entity.articles} of {len(self.columns)} articles"
        )
        self.shown_entity = entity.key

    def select_entity(self, key: str, name: str = "") -> bool:
        """Put the matrix cursor on an entity's row and list its sentences."""
        rows = self.matrix.rows
        row = next((i for i, r in enumerate(rows) if r.key == key), None)
        if row is None:
            row = next((i for i, r in enumerate(rows) if r.name == name), None)
        if row is None:
            return False
        self.matrix.move_to(row, self.matrix.column)
        self.show_entity(row)
        return True

    def _on_row_activated(self, row: int) -> None:
        self.show_entity(row)
        self.sentences.setFocus()

    def _scroll_matrix_to(self, rect: QRect) -> None:
        self.matrix_scroll.ensureVisible(
            rect.center().x(), rect.center().y(), rect.width() // 2 + 4, rect.height() // 2 + 4
        )
        self.matrix_scroll.ensureVisible(0, rect.center().y(), 0, rect.height() // 2 + 4)

    def _rtl(self, article_id: int, text: str) -> bool:
        """Right to left in a right-to-left article, unless the text has no
        right-to-left letter (an English tweet quoted in a Hebrew article)."""
        return self.comparison.columns[self.column_of[article_id]].direction == "rtl" and has_rtl_letter(text)

    def _lane_name(self, column: MatrixColumn) -> str:
        return f"{column.outlet or '#' + str(column.article_id)} · {column.language}"

    def _fill_timeline(self) -> None:
        from .story_parts import SentenceRef
        from .story_timeline import TimelineMark, date_range

        marks = []
        for entry in self.comparison.timeline:
            extent = date_range(entry.date)
            if extent is None or entry.article_id not in self.column_of:
                continue
            ref = SentenceRef(entry.article_id, entry.paragraph, entry.sentence)
            marks.append(
                TimelineMark(
                    self.column_of[entry.article_id],
                    *extent,
                    entry.text,
                    entry.date,
                    (ref, entry.sentence_text),
                )
            )
        self.timeline.set_data([self._lane_name(c) for c in self.columns], marks)

    def _on_mark_changed(self, index: int) -> None:
        if index < 0:
            self.timeline_detail.setText("")
            return
        mark = self.timeline.marks[index]
        ref, sentence = mark.payload
        column = self.columns[mark.lane]
        # the article's words isolated: a Hebrew sentence must not reorder the line around it
        self.timeline_detail.setText(
            f"{mark.iso} ({FSI}{mark.text}{PDI}) — {self._lane_name(column)}: {FSI}{sentence}{PDI}"
        )

    def _on_mark_activated(self, index: int) -> None:
        self._open(self.timeline.marks[index].payload[0])

    def _fill_numbers(self) -> None:
        from .story_parts import SentenceRef

        rows = []
        for entry in self.comparison.numbers:
            column = self.columns[self.column_of[entry.article_id]]
            rows.append(
                (
                    entry.text,
                    entry.unit,
                    self._lane_name(column),
                    entry.sentence_text,
                    self._rtl(entry.article_id, entry.sentence_text),
                    SentenceRef(entry.article_id, entry.paragraph, entry.sentence),
                )
            )
        self.numbers.show_numbers(rows)

    def _fill_quotations(self) -> None:
        from .story_parts import SentenceRef

        speakers = []
        for speaker, quotes in self.comparison.quotations:
            items = []
            for quote in quotes:
                column = self.columns[self.column_of[quote.article_id]]
                items.append(
                    (
                        self._lane_name(column),
                        quote.text,
                        self._rtl(quote.article_id, quote.text),
                        SentenceRef(quote.article_id, quote.paragraph, quote.sentence),
                    )
                )
            speakers.append((speaker, items))
        self.quotations.show_quotations(speakers)

    def _open(self, ref: SentenceRef) -> None:
        self.on_open_sentence(ref)


def compare_for_view(library, story_id: int):
    """The story's comparison with what the window shows first (the first
    entity's sentences, the timeline) computed here, off the UI thread;
    the numbers and the quotations wait until their tab is shown."""
    from ..core.story_view_model import StoryComparison

    comparison = StoryComparison(library, story_id)
    comparison.prepare("timeline")
    if comparison.rows:
        comparison.sentences_for(comparison.rows[0].key)
    return comparison


class StoryComparisonJob(Job):
    """Finds an article's story (grouping the library first if it never
    was) or takes the story given, and builds its comparison: tens to
    hundreds of milliseconds that stay off the UI thread. The comparison
    holds what it read, not the connection."""

    def __init__(self, *, article_id: int | None = None, story_id: int | None = None):
        super().__init__()
        self.article_id, self.story_id = article_id, story_id

    def work(self, context: JobContext):
        from ..core.stories import story_of_article

        story_id = (
            self.story_id if self.story_id is not None else story_of_article(context.library, self.article_id)
        )
        return None if story_id is None else compare_for_view(context.library, story_id)


class StoryPrepareJob(Job):
    """Computes every part of a comparison not computed yet (the numbers,
    the quotations): the tabs then fill at once."""

    def __init__(self, comparison):
        super().__init__()
        self.comparison = comparison

    def work(self, context: JobContext) -> None:
        self.comparison.prepare()


class StoryPatternsJob(Job):
    """Imports what a comparison needs (the entity grouping and rapidfuzz
    among it), loads the month and weekday names and compiles the date
    patterns of the library's languages: 0.1-0.3 s the first story opened
    would otherwise wait for."""

    def work(self, context: JobContext) -> None:
        import importlib

        from ..core.story_facts import prepare_patterns

        for module in ("reader.core.story_view_model", "reader.core.entities.grouping"):
            importlib.import_module(module)
        prepare_patterns(sorted(context.library.languages()))


class StoryRefreshJob(Job):
    """The open story compared again after a regrouping: its story is now
    the one holding most of the articles it showed (ids may change when the
    library is regrouped), the article under the cursor deciding a tie;
    None when none of them is in a story any more."""

    def __init__(self, article_ids: list[int]):
        super().__init__()
        self.article_ids = article_ids  # the cursor's article first

    def work(self, context: JobContext):
        from ..core.stories import story_of_article

        votes: dict[int, int] = {}
        for article_id in self.article_ids:
            story_id = story_of_article(context.library, article_id)
            if story_id is not None:
                votes[story_id] = votes.get(story_id, 0) + 1
        if not votes:
            return None
        story_id = max(votes, key=votes.__getitem__)  # the first of the most voted: the cursor's
        return compare_for_view(context.library, story_id)


RENAME, TAKE_OUT = "rename", "take-out"


@dataclass(frozen=True)
class StoryEdit:
    """The user's change to a story: stored as an override (core.stories),
    so it survives every regrouping."""

    kind: str  # RENAME or TAKE_OUT
    story_id: int
    name: str = ""
    article_id: int | None = None


class StoryEditJob(Job):
    """Applies a StoryEdit (the grouper rewrites the stored stories) and
    compares the story again, off the UI thread."""

    def __init__(self, edit: StoryEdit):
        super().__init__()
        self.edit = edit

    def work(self, context: JobContext):
        from ..core.storage.stories import StoryStore
        from ..core.stories import StoryGrouper

        library, edit = context.library, self.edit
        store = StoryStore(library)
        story = store.story(edit.story_id)
        if story is None:
            raise JobFailed("the story is gone (regrouped meanwhile): open it again")
        kept = sorted(set(story.articles) - {edit.article_id})
        grouper = StoryGrouper(library)
        if edit.kind == RENAME:
            grouper.rename(edit.story_id, edit.name)
        else:
            grouper.move(edit.article_id, None)
        story_id = store.story_of(kept[0]) if kept else None
        return None if story_id is None else compare_for_view(library, story_id)


def entities_fingerprint(groups, articles: set[int] | None = None) -> str:
    """Which entity is named in which articles (what the grouping depends
    on), over `articles` only when given."""
    named = []
    for g in groups:
        where = tuple(sorted(a for a in g.mentions if articles is None or a in articles))
        if where:
            named.append((g.key, g.label, where))
    return hashlib.sha1(repr(sorted(named)).encode()).hexdigest()


class StoryRegroupJob(Job):
    """Keeps the stored stories in step with the library's entities, in the
    background (the user's renames, moves, merges and splits are re-applied
    by the grouper): nothing when the entities are the ones of the last
    grouping; new articles alone (their entities new, the others' as they
    were) go into the stories incrementally with the grouper the window
    keeps between runs; any other change regroups the whole library.
    `mode` tells which it was: "none", "incremental" or "full"."""

    FINGERPRINT_SETTING = "stories.entities_fingerprint"

    def __init__(self, groups, grouper=None, grouped: str = ""):
        super().__init__()
        self.groups = groups
        # a StoryGrouper of an earlier run (its index in memory) and the
        # fingerprint of the entities it grouped by, or None and ""
        self.grouper, self.grouped = grouper, grouped
        self.mode = "none"

    def work(self, context: JobContext) -> str:
        from ..core.storage.stories import StoryStore
        from ..core.stories import StoryGrouper

        library = context.library
        store = StoryStore(library)
        digest = entities_fingerprint(self.groups)
        if library.get_setting(self.FINGERPRINT_SETTING) == digest and not store.is_empty():
            return self.mode
        if context.cancelled():
            return self.mode
        grouped = self.grouped
        # a run that fails leaves no grouper behind: the next one starts afresh
        grouper, self.grouper, self.grouped = self.grouper, None, ""
        named = {a for g in self.groups for a in g.mentions}
        known = set(grouper.profiles) if grouper is not None and grouper.index is not None else set()
        new = named - known
        if known and new and entities_fingerprint(self.groups, known) == grouped:
            grouper.library, grouper.store = library, store  # this run's connection
            grouper.add_articles(sorted(new))
            self.mode = "incremental"
        else:
            grouper = StoryGrouper(library)
            grouper.recompute(self.groups)
            self.mode = "full"
        self.grouper, self.grouped = grouper, entities_fingerprint(self.groups, set(grouper.profiles))
        library.set_setting(self.FINGERPRINT_SETTING, digest)
        return self.mode


class StoryViewFeature(QObject):
    """Opens the story view from the article list and for an entity, and
    takes the reader from a sentence back to the story."""

    name: ClassVar[str] = "stories"

    def __init__(self) -> None:
        super().__init__()
        self.host: FeatureHost | None = None
        self.view: StoryView | None = None
        self.came_from: SentenceRef | None = None  # the sentence last opened from the story
        self.selected_entity = None  # EntityGroup last selected in the entities panel
        self._job: StoryComparisonJob | None = None  # the comparison being built
        self._groups = None  # the entities to regroup the stories by
        self._regroup_timer: QTimer | None = None
        self._warmed_up = False  # StoryPatternsJob started
        self._regroup_job: StoryRegroupJob | None = None
        self.last_regroup = ""  # how the last regrouping went: "none", "incremental" or "full"
        self._grouper: tuple = (None, "")  # the last regrouping's StoryGrouper and entities fingerprint
        self._edit_job: StoryEditJob | None = None
        self._refresh_job: StoryRefreshJob | None = None
        self._entity: tuple[str, str] | None = None  # (key, name) to select when it is ready

    def install(self, host: FeatureHost) -> None:
        self.host = host
        host.bind_commands(self)
        host.action(CommandId.BACK_TO_STORY).setEnabled(False)  # until a sentence is opened from a story
        host.reading_view.installEventFilter(self)
        host.subscribe(Event.ENTITY_SELECTED, self._on_entity_selected)
        host.subscribe(Event.ENTITIES_CHANGED, self._on_entities_changed)
        # Entities arrive article by article after an import: regroup once they settle.
        self._regroup_timer = QTimer(self)
        self._regroup_timer.setSingleShot(True)
        self._regroup_timer.setInterval(REGROUP_DELAY_MS)
        self._regroup_timer.timeout.connect(self._regroup)
        # Readers heading for a story (its menu item highlighted, an entity
        # selected for its stories) get the first one sooner; the others never pay.
        for command in (CommandId.SHOW_STORY, CommandId.SHOW_ENTITY_STORIES):
            host.action(command).hovered.connect(self._warm_up)

    def shutdown(self) -> None:
        if self._regroup_timer is not None:
            self._regroup_timer.stop()
        for job in (self._regroup_job, self._refresh_job):
            if job is not None:
                job.cancel()
        if self.host is not None:
            self.host.reading_view.removeEventFilter(self)
        if self.view is not None:
            self.view.destroyed.disconnect(self._forget_view)
            self.view.close()
            self.view = None

    # --- opening -----------------------------------------------------------------------------

    @handles(CommandId.SHOW_STORY)
    def show_story(self) -> JobHandle | None:
        """The open article's story, found and compared off the UI thread
        (the view opens when the comparison is ready)."""
        host = self.host
        article_id = host.current_article_id()
        if article_id is None:
            host.show_status("Open an article first: its story is the articles about the same event.", 5000)
            return None
        return self._compare(StoryComparisonJob(article_id=article_id))

    # --- keeping the stories up to date ---------------------------------------------------

    def _on_entities_changed(self, groups) -> None:
        self._groups = groups
        self._regroup_timer.start()

    def _regroup(self) -> JobHandle | None:
        if self._regroup_job is not None:  # one at a time: the next waits for this one
            self._regroup_timer.start()
            return None
        self._regroup_job = StoryRegroupJob(self._groups, *self._grouper)
        self._regroup_job.finished.connect(self._on_regrouped)
        return self.host.run_job(self._regroup_job)

    def _on_regrouped(self) -> None:
        job = self._regroup_job
        self._grouper = (job.grouper, job.grouped)  # kept for the next run's new articles
        self.last_regroup = job.mode
        self._regroup_job = None
        self._refresh_view()

    def _refresh_view(self) -> JobHandle | None:
        """The open story compared again, in the background: the entities
        changed, and maybe its articles. Not while the user's own request
        (another story, an edit) is on its way: that one shows the news."""
        view = self.view
        if view is None or self._job is not None or self._edit_job is not None:
            return None
        if self._refresh_job is not None:
            self._refresh_job.cancel()
        column = view.matrix.current_column()
        first = [column.article_id] if column else []
        job = StoryRefreshJob(first + [c.article_id for c in view.columns if c.article_id not in first])
        job.done.connect(self._on_refreshed)
        job.failed.connect(self._on_refresh_failed)
        self._refresh_job = job
        return self.host.run_job(job)

    def _on_refreshed(self, comparison) -> None:
        if self.sender() is not self._refresh_job:
            return  # an older refresh
        self._refresh_job = None
        if self.view is None or self._job is not None or self._edit_job is not None:
            return
        if comparison is None:
            self.host.show_status("The open story's articles are no longer grouped together.", 5000)
            return
        shown = self.view.comparison
        if (comparison.name, comparison.columns, comparison.rows) == (shown.name, shown.columns, shown.rows):
            return  # the same story, the same entities: the window stays as it is
        self.view.refresh(comparison)
        self._prepare_later(comparison)

    def _prepare_later(self, comparison) -> None:
        def prepare() -> None:
            if self.view is not None and self.view.comparison is comparison:
                self.host.run_job(StoryPrepareJob(comparison))

        QTimer.singleShot(PREPARE_DELAY_MS, self, prepare)

    def _on_refresh_failed(self, message: str) -> None:
        if self.sender() is self._refresh_job:
            self._refresh_job = None
            self.host.show_status(f"The open story could not be brought up to date: {message}", 10000)

    def _on_entity_selected(self, group) -> None:
        self.selected_entity = group
        if group is not None:
            self._warm_up()

    def _warm_up(self) -> None:
        if not self._warmed_up:
            self._warmed_up = True
            self.host.run_job(StoryPatternsJob())

    @handles(CommandId.SHOW_ENTITY_STORIES)
    def show_entity_stories(self) -> JobHandle | None:
        """The story naming the entity selected in the entities panel (the
        one that names it in most articles; with several, the user picks)."""
        from ..core.stories import list_stories

        host, group = self.host, self.selected_entity
        if group is None:
            host.show_status("Select one entity in the entities panel first.", 5000)
            return None
        naming = set(group.mentions)
        stories = sorted(
            (
                (len(naming & set(story.article_ids)), story)
                for story in list_stories(host.library)
                if naming & set(story.article_ids)
            ),
            key=lambda pair: (-pair[0], pair[1].id),
        )
        if not stories:
            host.show_status(f"No story names {group.name}: no two articles about one event name it.", 5000)
            return None
        story = stories[0][1]
        if len(stories) > 1:
            choices = [
                f"{s.title} ({shared} of {len(s.article_ids)} articles name it)" for shared, s in stories
            ]
            choice, ok = QInputDialog.getItem(
                host.widget(),
                "Stories naming the entity",
                plain_text(f"{len(stories)} stories name {group.name}:"),
                choices,
                0,
                False,
            )
            if not ok:
                return None
            story = stories[choices.index(choice)][1]
        return self._compare(StoryComparisonJob(story_id=story.id), entity=(group.key, group.name))

    def _compare(self, job: StoryComparisonJob, entity: tuple[str, str] | None = None) -> JobHandle:
        if self._job is not None:
            self._job.cancel()  # the user asked for another story meanwhile
        self._job, self._entity = job, entity
        job.done.connect(self._on_compared)
        job.failed.connect(self._on_failed)
        self.host.show_status("Comparing the articles of the story…")
        return self.host.run_job(job)

    def _on_compared(self, comparison) -> None:
        if self.sender() is not self._job:
            return  # a story asked for before the last one
        self._job = None
        if comparison is None:
            self.host.show_status("No other article tells this article's story (yet).", 5000)
            return
        self.host.show_status("")
        view = self.open_comparison(comparison)
        if self._entity is not None:
            view.select_entity(*self._entity)

    def _on_failed(self, message: str) -> None:
        self._job = None
        self.host.show_status(f"Story: {message}", 10000)

    def open_comparison(self, comparison) -> StoryView:
        if self._refresh_job is not None:  # it was for the window closed here
            self._refresh_job.cancel()
            self._refresh_job = None
        if self.view is not None:
            self.view.close()
        # A window of its own, not a child of the main window: a window manager
        # keeps a child window above its parent, which would hide the reader
        # a sentence was opened in. It closes with the main window (shutdown).
        self.view = StoryView(comparison, self.host.keymap)
        self.view.on_open_sentence = self.open_sentence
        self.view.on_edit = self.edit_story
        self.view.destroyed.connect(self._forget_view)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.matrix.setFocus()
        self._prepare_later(comparison)
        return self.view

    def edit_story(self, edit: StoryEdit) -> JobHandle:
        job = StoryEditJob(edit)
        job.done.connect(self._on_edited)
        job.failed.connect(self._on_edit_failed)
        self._edit_job = job  # referenced until it is done
        self.host.show_status("Saving your change to the story…")
        return self.host.run_job(job)

    def _on_edit_failed(self, message: str) -> None:
        self._edit_job = None
        self.host.show_status(f"Story not changed: {message}", 10000)

    def _on_edited(self, comparison) -> None:
        self._edit_job = None
        if self.view is None or comparison is None:
            return
        self.host.show_status("Story saved: your change is kept through every regrouping.", 5000)
        self.view.refresh(comparison)
        self._prepare_later(comparison)

    def _forget_view(self) -> None:
        self.view = None
        self.came_from = None
        if self.host is not None:
            action = self.host.action(CommandId.BACK_TO_STORY)
            if shiboken6.isValid(action):  # not when the window itself is being destroyed
                action.setEnabled(False)

    # --- to the reader and back -----------------------------------------------------------------

    def open_sentence(self, ref: SentenceRef) -> bool:
        """Open the article and put the reading cursor on the sentence."""
        host = self.host
        if host.current_article_id() != ref.article_id and not host.select_article(ref.article_id):
            host.open_article(ref.article_id)  # filtered out of the list: open it anyway
        view = host.reading_view
        spans = view.sentence_spans(SOURCE, ref.paragraph)
        if not 0 <= ref.sentence < len(spans):
            return False
        start, _end = spans[ref.sentence]
        view.select_range(SOURCE, ref.paragraph, start, start)  # the reading cursor follows the caret
        self.came_from = ref
        host.action(CommandId.BACK_TO_STORY).setEnabled(True)
        window = host.widget()
        window.raise_()
        window.activateWindow()
        host.focus_reader()
        return True

    @handles(CommandId.BACK_TO_STORY)
    def back_to_story(self) -> None:
        if self.view is None:
            return
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        if self.came_from is not None:
            self.view.sentences.select_ref(self.came_from)
        self.view.sentences.setFocus()

    def _esc_goes_back(self, event: QKeyEvent) -> bool:
        """The reader's Clear Selection key (Esc) returns to the story while
        the article opened from it is shown and there is no selection to clear."""
        host = self.host
        if (
            self.view is None
            or self.came_from is None
            or host.current_article_id() != self.came_from.article_id
            or host.reading_view.textCursor().hasSelection()
        ):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == QKeySequence(key) for key in host.keymap.keys(CommandId.CLEAR_SELECTION))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._esc_goes_back(event):
            event.accept()  # the key comes to the reader as a key press, not as a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and self._esc_goes_back(event):
            self.back_to_story()
            return True
        return super().eventFilter(watched, event)
