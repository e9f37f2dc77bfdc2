"""Annotations in the window (the "annotations" feature).

Binds the commands "annotate", "next-annotation", "previous-annotation",
"show-annotations" and "export-annotations"; draws the highlights of the open
article (layer "annotations"), from the annotations the window read when it
opened the article; keeps the annotations panel (a dock) in step; shows what a
new translation orphaned. Exports run as jobs (ui/jobs.py), so the window
never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog

from ..core.commands import CommandId
from ..core.panes import Pane
from ..core.storage import LibraryError
from ..core.storage.annotations import Annotation, AnnotationStore
from .annotation_dialog import annotate_selection
from .annotation_highlights import annotation_highlights, next_annotation
from .annotations_panel import AnnotationsPanel
from .feature_host import Event, FeatureHost
from .jobs import Job, JobContext, JobHandle
from .reading_view import SOURCE, TRANSLATION
from .theme import LAYER_ANNOTATIONS, is_dark

LAYER = "annotations"
FORMATS = {  # file-dialog filter -> (format, extension)
    "CSV for spreadsheets (*.csv)": ("csv", ".csv"),
    "JSON, every field, for re-import (*.json)": ("json", ".json"),
    "Markdown notes (*.md)": ("markdown", ".md"),
}


class ExportJob(Job):
    exported = Signal(int, str)  # annotations written, path

    def __init__(self, kind: str, path: Path, article_ids=None, tags=None, parent=None):
        super().__init__(parent)
        self.kind, self.path = kind, Path(path)
        self.article_ids, self.tags = article_ids, tags

    def work(self, context: JobContext) -> None:
        from ..core.export import EXPORTERS

        library = context.library
        try:
            # Written to a temporary file renamed into place: never half-written.
            count = EXPORTERS[self.kind](library, self.path, article_ids=self.article_ids, tags=self.tags)
        except (LibraryError, OSError) as error:
            self.failed.emit(f"Could not write {self.path}: {error}")
            return
        self.exported.emit(count, str(self.path))


class AnnotationsFeature(QObject):
    changed = Signal(int)  # article id whose annotations changed

    name = "annotations"

    def __init__(self):
        super().__init__()
        self.dock: QDockWidget | None = None
        self.panel: AnnotationsPanel | None = None
        self.exports: list[JobHandle] = []

    def install(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())  # gone with the window, and what is queued for it too
        self.view = host.reading_view
        self.store = AnnotationStore(host.library)
        host.bind(CommandId.ANNOTATE, self.annotate)
        host.bind(CommandId.NEXT_ANNOTATION, self.next_annotation)
        host.bind(CommandId.PREVIOUS_ANNOTATION, lambda: self.next_annotation(backwards=True))
        host.bind(CommandId.SHOW_ANNOTATIONS, self.toggle_panel)
        host.bind(CommandId.EXPORT_ANNOTATIONS, self.export_dialog)
        host.subscribe(Event.ARTICLE_OPENED, self._on_article_opened)
        host.subscribe(Event.TRANSLATION_READY, self._on_translated)

    def shutdown(self) -> None:
        pass  # exports are jobs: the window's job runner waits for them

    def exec_dialog(self, dialog) -> bool:
        """Run the annotation dialog modally (tests replace this)."""
        return bool(dialog.exec())

    def status(self, message: str, ms: int = 5000) -> None:
        self.host.show_status(message, ms)

    # --- highlights ---------------------------------------------------------------

    def refresh_highlights(self, annotations: list[Annotation] | None = None) -> None:
        """Highlight the open article's annotations (read again unless given),
        aligned by the texts the view shows: the open state's panes."""
        state = self.host.current_state()
        if state is None:
            return
        if annotations is None:
            try:
                annotations = self.store.list(state.article.id)
            except LibraryError as error:
                self.status(str(error), 15000)
                return
        self.view.set_layer(
            LAYER,
            LAYER_ANNOTATIONS,
            annotation_highlights(
                annotations, state.pane(SOURCE), state.pane(TRANSLATION), dark=is_dark(self.view)
            ),
        )

    def _on_article_opened(self, article_id: int) -> None:
        state = self.host.current_state()
        self.refresh_highlights(state.annotations if state is not None else None)
        if self.panel is not None:
            self.panel.set_article(article_id)

    def _on_changed(self, article_id: int) -> None:
        if article_id == self.host.current_article_id():
            self.refresh_highlights()
        self.changed.emit(article_id)

    def _on_translated(self, article_id: int) -> None:
        """A new translation: its annotations were re-anchored with it
        (article_translation.translate_article); show what became orphaned."""
        try:
            orphans = [a for a in self.store.orphans(article_id) if a.pane == Pane.TRANSLATION]
        except LibraryError as error:
            self.status(str(error), 15000)
            return
        if orphans:
            self.status(
                f"{len(orphans)} annotation(s) on the translation could not be re-attached. "
                "Orphans are listed in the Annotations panel.",
                10000,
            )
        if self.panel is not None:
            self.panel.refresh()
        self._on_changed(article_id)

    # --- commands -----------------------------------------------------------------------

    def annotate(self):
        """Annotate the selection (mouse or keyboard) in either column; with
        none, the reading-cursor sentence."""
        if self.view.article is None:
            return None
        created = annotate_selection(
            self.host.widget(), self.view, self.store, self.view.article, exec_dialog=self.exec_dialog
        )
        if created is not None:
            self.status(f"Annotation {created.id} saved.")
            if self.panel is not None:
                self.panel.refresh()
            self._on_changed(created.article_id)
        return created

    def next_annotation(self, backwards: bool = False):
        """Select the next (previous) annotation after (before) the caret; wraps around."""
        article = self.view.article
        if article is None:
            return None
        annotations = self.store.list(article.id)
        cursor = self.view.textCursor()
        located = self.view.locate(
            cursor.selectionStart()
            if backwards and cursor.hasSelection()
            else cursor.selectionEnd()
            if cursor.hasSelection()
            else cursor.position()
        )
        pane, paragraph, offset = located or (Pane.SOURCE, 0, -1)
        here = offset if pane == Pane.SOURCE else 0
        wrap = (len(self.view.article.paragraphs), 0) if backwards else (-1, -1)
        target = next_annotation(annotations, paragraph, here, backwards) or next_annotation(
            annotations, *wrap, backwards
        )
        if target is None:
            self.status("No annotations in this article.")
            return None
        self.view.select_range(target.pane, target.paragraph, target.start, target.end)
        self.status(target.note.split("\n")[0] if target.note else f"Annotation {target.id}")
        return target

    def toggle_panel(self) -> AnnotationsPanel:
        if self.dock is None:
            self.panel = AnnotationsPanel(self.store)
            self.panel.jumpRequested.connect(self.jump)
            self.panel.leaveRequested.connect(self.view.setFocus)
            self.panel.annotationsChanged.connect(self._on_changed)
            self.panel.set_article(self.host.current_article_id())
            self.dock = QDockWidget("Annotations", self.host.widget())
            self.dock.setObjectName("annotationsDock")  # for saveState/restoreState
            self.dock.setWidget(self.panel)
            self.host.add_dock(self.dock)
        elif self.dock.isVisible():
            self.dock.hide()
            return self.panel
        self.dock.show()
        self.panel.refresh()
        self.panel.table.setFocus()
        return self.panel

    def jump(self, article_id: int, pane: str, paragraph: int, start: int, end: int) -> None:
        if self.host.current_article_id() != article_id:
            if not self.host.select_article(article_id):
                self.host.open_article(article_id)  # filtered out of the list
        if self.view.select_range(pane, paragraph, start, end):
            self.view.setFocus()

    # --- export -----------------------------------------------------------------------------

    def export_dialog(self):
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, chosen = QFileDialog.getSaveFileName(
            self.host.widget(),
            "Export annotations",
            str(Path(folder or Path.home()) / "annotations.csv"),
            ";;".join(FORMATS),
        )
        if not path:
            return None
        kind, extension = FORMATS.get(chosen, ("csv", ".csv"))
        for known_kind, known_extension in FORMATS.values():
            if path.lower().endswith(known_extension):
                kind, extension = known_kind, known_extension
        if not Path(path).suffix:
            path += extension
        return self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str = "csv") -> JobHandle:
        """Export in the background. With the panel open, its scope and tag
        filter apply (what you see is what you export); else everything."""
        article_ids = tags = None
        current = self.host.current_article_id()
        if self.panel is not None and self.dock is not None and self.dock.isVisible():
            if not self.panel.library_scope() and current is not None:
                article_ids = [current]
            if self.panel.tag_box.currentData():
                tags = [self.panel.tag_box.currentData()]
        job = ExportJob(kind, path, article_ids, tags)
        job.exported.connect(
            lambda count, where: self.status(f"Exported {count} annotation(s) to {where}", 10000)
        )
        job.failed.connect(lambda message: self.status(message, 20000))
        job.finished.connect(lambda: self.exports.remove(handle) if handle in self.exports else None)
        self.status(f"Exporting annotations to {path}…", 0)
        handle = self.host.run_job(job)
        self.exports.append(handle)
        return handle
