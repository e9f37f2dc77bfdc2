"""Named entities in the window: recognised in a worker process,
highlighted by type in both columns, a legend to switch types on and off,
"Next Entity", and the entities panel (reader/ui/entities_panel.py).

The "entities" feature. Recognition (spaCy loads in ~2 s) runs only in the
worker process (core/entity_worker.py) that `EntityJob` drives, and only after
the first paint; until it reports, the open article's stored mentions
(`ArticleState.entities`, read on first use) are highlighted. Neither spaCy
nor the name tables are ever loaded in the window's process: their loading
holds the interpreter lock for long stretches, which stalled the window even
from a thread (issue 14). The UI thread only maps mentions to highlights.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ..core.commands import CommandId
from ..core.entities import MISC, EntityGroup, EntityMention, article_mentions
from ..core.storage import LibraryError
from .feature_host import Event, FeatureHost
from .jobs import Job, JobContext, JobHandle
from .plain_text import plain_text
from .reading_view import SOURCE, TRANSLATION
from .text_marks import Highlight
from .theme import (
    ENTITY_TINT_ALPHA,
    ENTITY_TYPE_COLOURS,
    ENTITY_TYPE_NAMES,
    LAYER_ENTITIES,
    entity_colour,
    entity_type_name,
    is_dark,
    swatch,
    with_alpha,
)

if TYPE_CHECKING:
    from ..core.entity_worker import EntityWorker

LAYER = "entities"
HIDDEN_SETTING = "entities.hidden_types"
START_DELAY_MS = 1000  # after the first paint
#: Past START_DELAY_MS, while the open article's first translated paragraph
#: is on its way, the start waits (looking again every START_RETRY_MS, for
#: START_WAIT_MS at most): the worker process loading spaCy took a core
#: from the model call the reader waits for.
START_RETRY_MS = 100
START_WAIT_MS = 3000


def entity_highlights(
    mentions: list[EntityMention], dark: bool, hidden: set[str] = frozenset(), pane_text=None
) -> list[Highlight]:
    """One mark per mention: a faint tint and an underline in the type's
    colour (one extra selection: the view draws a thousand of them on a
    long article). `pane_text(pane, paragraph)` (if given) drops mentions whose
    stored text is not at their offsets any more (text changed, recompute
    pending): a wrong highlight is worse than a late one."""
    out = []
    for m in mentions:
        label = m.label if m.label in ENTITY_TYPE_COLOURS else MISC
        if label in hidden:
            continue
        if pane_text is not None and pane_text(m.pane, m.paragraph)[m.start : m.end] != m.text:
            continue
        colour = entity_colour(label, dark)
        out.append(
            Highlight(
                m.pane,
                m.paragraph,
                m.start,
                m.end,
                with_alpha(colour, ENTITY_TINT_ALPHA),
                underline_color=colour,
            )
        )
    return out


class EntityJob(Job):
    """Recomputes entities until cancelled (the window closing); requests
    arriving while it works are merged into one next run. Its thread only
    waits on the worker process's replies, which carry the regrouped index: only
    the groups that changed are decoded here (grouping the whole library here
    allocated enough to set off ~80 ms garbage collections, issue 14)."""

    articleComputed = Signal(int, int, int)  # article id, done, total
    groupsReady = Signal(object)  # list[EntityGroup], corrections applied
    statusesReady = Signal(object)  # entities.status() as the worker sees it (before groupsReady)
    runFinished = Signal(object)  # RecomputeReport

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self._pending: set[int] | None = set()  # None: every article
        self._requested = False
        self._force = False
        self.worker: EntityWorker | None = None  # created by the job's thread

    def request(self, article_ids=None, force: bool = False) -> None:
        """Recompute what is stale (among `article_ids`, default all), then
        send the regrouped index. With nothing stale this only regroups
        (after a correction)."""
        with self.lock:
            if article_ids is None or self._pending is None:
                self._pending = None
            else:
                self._pending |= set(article_ids)
            self._requested = True
            self._force = self._force or force
        self.wake.set()

    def cancel(self) -> None:
        super().cancel()
        self.wake.set()
        worker = self.worker
        if worker is not None:
            worker.stop()  # ends the process now: the window is closing

    def work(self, context: JobContext) -> None:
        from ..core.entity_worker import EntityWorker, WorkerFailed

        worker = self.worker = EntityWorker(context.data_dir)
        if context.cancelled():  # cancelled before the worker existed
            worker.stop()
        try:
            while not context.cancelled():
                with self.lock:
                    requested, ids, force = self._requested, self._pending, self._force
                    self._requested, self._pending, self._force = False, set(), False
                if not requested:
                    self.wake.wait()
                    self.wake.clear()
                    continue
                try:
                    report = worker.recompute(ids, force, on_article=self.articleComputed.emit)
                    if context.cancelled():
                        break
                    if worker.statuses is not None:
                        self.statusesReady.emit(worker.statuses)
                    self.groupsReady.emit(worker.groups)
                    self.runFinished.emit(report)
                except WorkerFailed as error:  # the next request starts a new worker if this one died
                    self.failed.emit(str(error))
                except Exception as error:  # a broken database must not stop the runs that follow
                    self.failed.emit(f"{type(error).__name__}: {error}")
        finally:
            worker.close()  # no worker process outlives the window


class Legend(QWidget):
    """One check box per entity type, in its colour; unchecked types are not highlighted."""

    changed = Signal()

    def __init__(self, hidden: set[str], dark: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("entityLegend")
        self.setAccessibleName("Entity types")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        title = QLabel("Entities:")
        layout.addWidget(title)
        self.boxes: dict[str, QCheckBox] = {}
        for label, name in ENTITY_TYPE_NAMES.items():
            box = QCheckBox(name)
            box.setObjectName(f"entityType-{label}")
            box.setAccessibleName(f"Highlight {name.lower()} entities")
            box.setIcon(swatch(entity_colour(label, dark), 12))
            box.setChecked(label not in hidden)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[label] = box

    def hidden(self) -> set[str]:
        return {label for label, box in self.boxes.items() if not box.isChecked()}


class EntitiesFeature(QObject):
    groupsChanged = Signal()
    coverageChanged = Signal(str)  # what recognition covers in the open article

    name = "entities"

    def __init__(self):
        super().__init__()
        self.groups: list[EntityGroup] = []
        self.recognised = False  # the job has sent its first index
        self.statuses: dict[str, dict[str, str]] | None = None  # the recognisers' status, from the worker
        self.coverage = ""
        self._coverage_notes: dict[tuple, str] = {}  # until the next index: models may have come
        self.panel = None
        self.job = EntityJob()  # no parent: it may outlive the window a moment (jobs.py)
        self.handle: JobHandle | None = None
        # bound methods, not lambdas: a lambda held by a Qt connection would
        # keep the window alive after it is closed
        self.job.statusesReady.connect(self._on_statuses)
        self.job.groupsReady.connect(self._on_groups)
        self.job.articleComputed.connect(self._on_article_computed)
        self.job.failed.connect(self._on_failed)

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())  # gone with the window, and what is queued for it too
        self.view = host.reading_view
        try:
            hidden = set(host.library.get_setting(HIDDEN_SETTING, []) or [])
        except LibraryError:
            hidden = set()
        self.legend = Legend(hidden, is_dark(self.view))
        self.legend.changed.connect(self._on_legend)
        host.add_status_widget(self.legend)

        host.bind(CommandId.NEXT_ENTITY, self.next_entity)
        host.bind(CommandId.PREVIOUS_ENTITY, lambda: self.next_entity(backwards=True))
        host.bind(CommandId.SHOW_ENTITIES, self.toggle_panel)
        host.subscribe(Event.ARTICLE_OPENED, self._on_article_opened)
        host.subscribe(Event.TRANSLATION_READY, self._on_translated)
        host.subscribe(Event.ARTICLES_CHANGED, self._on_articles_reloaded)
        # Not at the first paint itself: the first second belongs to the
        # reader (opening an article, the translation starting); the worker
        # process then takes a core for a few seconds (spaCy loading).
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_DELAY_MS)
        self._start_timer.timeout.connect(self._start)
        self._start_waited = 0
        self._translation_awaited: int | None = None  # (Event.TRANSLATION_AWAITED)
        host.subscribe(Event.TRANSLATION_AWAITED, self._on_translation_awaited)
        host.subscribe(Event.FIRST_PAINTED, self._start_timer.start)
        # An import or a language change reloads the article list: look again
        # (debounced: an import of a folder reloads once per file).
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(1500)
        self._reload_timer.timeout.connect(self._request_all)
        if host.has_painted():  # installed after the first paint
            self._start_timer.start()

    # --- background work -------------------------------------------------------

    def request(self, article_ids=None, force: bool = False) -> None:
        """Ask the job for a recompute (see EntityJob.request); it starts on the first request."""
        self.job.request(article_ids, force)
        if (self.handle is None or self.handle.isFinished()) and not self.job.cancelled:
            self.handle = self.host.run_job(self.job)

    def _request_all(self) -> None:
        self.request()

    def _on_translation_awaited(self, article_id: int | None) -> None:
        self._translation_awaited = article_id

    def _start(self) -> None:
        """The first request, once the open article's first translated paragraph is shown."""
        awaited = self._translation_awaited
        if (
            awaited is not None
            and awaited == self.host.current_article_id()
            and self._start_waited < START_WAIT_MS
        ):
            self._start_waited += START_RETRY_MS
            self._start_timer.start(START_RETRY_MS)
            return
        self._request_all()

    def _on_failed(self, message: str) -> None:
        self.host.show_status(f"Entities: {message}", 10000)

    def _on_translated(self, _article_id: int) -> None:
        # every article, not only this one: its names may help the others
        self.request()

    def _on_articles_reloaded(self) -> None:
        if self.host.has_painted():
            self._reload_timer.start()

    def _on_article_computed(self, article_id: int, done: int, total: int) -> None:
        self.host.show_status(f"Entities: {done}/{total} articles", 3000)

    def _on_statuses(self, statuses: dict[str, dict[str, str]]) -> None:
        self.statuses = statuses

    def _on_groups(self, groups: list[EntityGroup]) -> None:
        self.groups = groups
        self._coverage_notes.clear()
        self.recognised = True
        self.refresh_highlights()
        self.groupsChanged.emit()
        self.host.publish(Event.ENTITIES_CHANGED, groups)  # stories regroup on them

    def shutdown(self) -> None:
        self._start_timer.stop()
        self._reload_timer.stop()
        self.job.cancel()  # the window's job runner waits for it

    # --- corrections (from the panel) -------------------------------------------------

    def add_correction(self, correction) -> int:
        from ..core.storage.entities import EntityStore

        correction_id = EntityStore(self.host.library).add_correction(correction)
        self.request()  # regroup in the background
        return correction_id

    def undo_correction(self):
        from ..core.storage.entities import EntityStore

        undone = EntityStore(self.host.library).undo_last_correction()
        if undone is not None:
            self.request()
        return undone

    # --- highlights -----------------------------------------------------------------------

    def current_mentions(self) -> list[EntityMention]:
        """The open article's mentions of the types shown, where the text
        shown still holds them: from the job's index once it has reported,
        else the stored ones the window read with the article."""
        state = self.host.current_state()
        if state is None:
            return []
        article_id = state.article.id
        mentions = article_mentions(self.groups, article_id) if self.recognised else state.entities
        hidden = self.legend.hidden()
        return [
            m
            for m in mentions
            if (m.label if m.label in ENTITY_TYPE_COLOURS else MISC) not in hidden
            and self.view.pane_text(m.pane, m.paragraph)[m.start : m.end] == m.text
        ]

    def refresh_highlights(self) -> None:
        if self.view.article is None:
            return
        self.view.set_layer(
            LAYER, LAYER_ENTITIES, entity_highlights(self.current_mentions(), is_dark(self.view))
        )
        self.refresh_coverage()

    def refresh_coverage(self) -> None:
        """Tell the user which recognisers ran on the open article and what a
        translation pack would add (the legend's tooltip and the panel)."""
        from ..core.entities import coverage_note

        article_id = self.host.current_article_id()
        # Not before the worker's first report: nothing has run yet, and the note
        # takes the recognisers' status from it (asked here, it would load
        # every recogniser's code into the window).
        if article_id is None or self.view.article is None or not self.recognised or self.statuses is None:
            return
        language = self.view.article.language
        translated = bool(self.view.translation_texts)
        pack_installed = None
        state = self.host.current_state()
        if not translated and state is not None:  # a translated article needs no pack advice
            pack_installed = state.missing_pack is None
        recognisers = frozenset(m.recogniser for m in article_mentions(self.groups, article_id))
        key = (language, recognisers, translated, pack_installed)
        if key not in self._coverage_notes:  # asks every recogniser's status: not on every switch
            self._coverage_notes[key] = coverage_note(
                language, recognisers, translated, pack_installed, self.host.data_dir, self.statuses
            )
        text = self._coverage_notes[key]
        if text != self.coverage:
            self.coverage = text
            self.legend.setToolTip(plain_text(text))
            self.coverageChanged.emit(text)

    def _on_article_opened(self, _article_id: int) -> None:
        self.refresh_highlights()

    def _on_legend(self) -> None:
        try:
            self.host.library.set_setting(HIDDEN_SETTING, sorted(self.legend.hidden()))
        except LibraryError:
            pass
        self.refresh_highlights()

    # --- commands -----------------------------------------------------------------------------

    def next_entity(self, backwards: bool = False) -> EntityMention | None:
        """Select the next (previous) mention after (before) the caret, in
        reading (logical) order, in the column the caret is in; wraps around."""
        cursor = self.view.textCursor()
        located = self.view.locate(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        pane, paragraph, offset = located if located else (SOURCE, 0, -1)
        mentions = [m for m in self.current_mentions() if m.pane == pane]
        if not mentions and pane == TRANSLATION:
            pane, mentions = SOURCE, [m for m in self.current_mentions() if m.pane == SOURCE]
        if not mentions:
            self.host.show_status("No entities in this article", 3000)
            return None
        here = (paragraph, offset if cursor.hasSelection() else offset - 1)
        if backwards:
            here = (paragraph, offset)
            target = next((m for m in reversed(mentions) if (m.paragraph, m.start) < here), mentions[-1])
        else:
            target = next((m for m in mentions if (m.paragraph, m.start) > here), mentions[0])
        self.view.select_range(target.pane, target.paragraph, target.start, target.end)
        self.host.show_status(f"{entity_type_name(target.label)}: {target.canonical or target.text}", 4000)
        return target

    def toggle_panel(self):
        from .entities_panel import EntitiesPanel

        if self.panel is None:
            self.panel = EntitiesPanel(self, self.host)
            self.host.add_dock(self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
            self.panel.show()
            self.panel.filter_edit.setFocus()
            return self.panel
        if self.panel.isVisible():
            self.panel.hide()
            self.host.filter_articles(None)
        else:
            self.panel.show()
            self.panel.filter_edit.setFocus()
        return self.panel
