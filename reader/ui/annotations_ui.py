"""Annotations in the window: one call, `install_annotations(window)`.

Binds the commands "annotate", "next-annotation", "show-annotations" and
"export-annotations"; draws the highlights of the open article (layer
"annotations"); keeps the annotations panel (a dock) in step; re-anchors
translation-pane annotations when a translation finishes. Exports run in a
thread with their own database connection, so the window never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog

from ..core.panes import PaneText
from ..core.storage import Library, LibraryError
from ..core.storage.annotations import AnnotationStore
from .annotation_dialog import annotate_selection
from ..core.commands import CommandId
from .annotation_highlights import annotation_highlights, next_annotation
from .annotations_panel import AnnotationsPanel
from .theme import LAYER_ANNOTATIONS, is_dark

LAYER = "annotations"
FORMATS = {  # file-dialog filter -> (format, extension)
    "CSV for spreadsheets (*.csv)": ("csv", ".csv"),
    "JSON, every field, for re-import (*.json)": ("json", ".json"),
    "Markdown notes (*.md)": ("markdown", ".md"),
}


class ExportWorker(QThread):
    done = Signal(int, str)   # annotations written, path
    failed = Signal(str)

    def __init__(self, data_dir: Path, kind: str, path: Path, article_ids=None, tags=None, parent=None):
        super().__init__(parent)
        self.data_dir, self.kind, self.path = data_dir, kind, Path(path)
        self.article_ids, self.tags = article_ids, tags

    def run(self) -> None:
        from ..core.export import EXPORTERS

        try:
            # A connection of its own: SQLite connections are not shared across threads.
            library = Library(self.data_dir)
        except LibraryError as error:
            self.failed.emit(str(error))
            return
        try:
            count = EXPORTERS[self.kind](library, self.path, article_ids=self.article_ids, tags=self.tags)
            self.done.emit(count, str(self.path))
        except (LibraryError, OSError) as error:
            self.failed.emit(f"Could not write {self.path}: {error}")
        finally:
            library.close()


class AnnotationController(QObject):
    changed = Signal(int)  # article id whose annotations changed

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = window.reading_view
        self.store = AnnotationStore(window.library)
        self.dock: QDockWidget | None = None
        self.panel: AnnotationsPanel | None = None
        self.exports: list[ExportWorker] = []
        window.bind("annotate", self.annotate)
        window.bind("next-annotation", self.next_annotation)
        window.bind(CommandId.PREVIOUS_ANNOTATION, lambda: self.next_annotation(backwards=True))
        window.bind("show-annotations", self.toggle_panel)
        window.bind("export-annotations", self.export_dialog)
        window.articleOpened.connect(self._on_article_opened)
        translation = getattr(window, "translation", None)
        if translation is not None:
            translation.worker.articleDone.connect(self._on_translated)
        window.installEventFilter(self)
        self.refresh_highlights()

    def exec_dialog(self, dialog) -> bool:
        """Run the annotation dialog modally (tests replace this)."""
        return bool(dialog.exec())

    def status(self, message: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(message, ms)

    # --- highlights ---------------------------------------------------------------

    def refresh_highlights(self, stored_translation: bool = False) -> None:
        """Highlight the open article's annotations, aligned by the texts the
        view shows (read from the library only when a translation just
        finished: its last paragraphs may still be on their way to the view)."""
        article = self.view.article
        if article is None:
            return
        try:
            annotations = self.store.list(article.id)
            translation = self.window.library.get_translation(article.id) if stored_translation and annotations \
                else None
        except LibraryError as error:
            self.status(str(error), 15000)
            return
        if translation is None:
            panes = [self.view.pane(pane) for pane in ("source", "translation")]
        else:
            panes = [PaneText.load(self.window.library, article.id, pane, article=article, translation=translation)
                     for pane in ("source", "translation")]
        self.view.set_layer(LAYER, LAYER_ANNOTATIONS, annotation_highlights(annotations, *panes, dark=is_dark(self.view)))

    def _on_article_opened(self, article_id: int) -> None:
        self.refresh_highlights()
        if self.panel is not None:
            self.panel.set_article(article_id)

    def _on_changed(self, article_id: int, stored_translation: bool = False) -> None:
        if self.view.article is not None and self.view.article.id == article_id:
            self.refresh_highlights(stored_translation)
        self.changed.emit(article_id)

    def _on_translated(self, article_id: int, *_args) -> None:
        """A new translation: its annotations were re-anchored with it
        (article_translation.translate_article); show what became orphaned."""
        try:
            orphans = [a for a in self.store.orphans(article_id) if a.pane == "translation"]
        except LibraryError as error:
            self.status(str(error), 15000)
            return
        if orphans:
            self.status(f"{len(orphans)} annotation(s) on the translation could not be re-attached. "
                        "Orphans are listed in the Annotations panel.", 10000)
        if self.panel is not None:
            self.panel.refresh()
        self._on_changed(article_id, stored_translation=True)

    # --- commands -----------------------------------------------------------------------

    def annotate(self):
        """Annotate the selection (mouse or keyboard) in either column; with
        none, the reading-cursor sentence."""
        if self.view.article is None:
            return None
        created = annotate_selection(self.window, self.view, self.store, self.view.article,
                                     exec_dialog=self.exec_dialog)
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
        located = self.view.locate(cursor.selectionStart() if backwards and cursor.hasSelection()
                                   else cursor.selectionEnd() if cursor.hasSelection() else cursor.position())
        pane, paragraph, offset = located or ("source", 0, -1)
        here = offset if pane == "source" else 0
        wrap = (len(self.view.article.paragraphs), 0) if backwards else (-1, -1)
        target = next_annotation(annotations, paragraph, here, backwards) \
            or next_annotation(annotations, *wrap, backwards)
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
            self.panel.set_article(self.window.current_article_id)
            self.dock = QDockWidget("Annotations", self.window)
            self.dock.setObjectName("annotationsDock")  # for saveState/restoreState
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.window.resizeDocks([self.dock], [max(360, self.window.width() // 3)], Qt.Orientation.Horizontal)
        elif self.dock.isVisible():
            self.dock.hide()
            return self.panel
        self.dock.show()
        self.panel.refresh()
        self.panel.table.setFocus()
        return self.panel

    def jump(self, article_id: int, pane: str, paragraph: int, start: int, end: int) -> None:
        if self.window.current_article_id != article_id:
            if not self.window.select_article(article_id):
                self.window.open_article(article_id)  # filtered out of the list
        if self.view.select_range(pane, paragraph, start, end):
            self.view.setFocus()

    # --- export -----------------------------------------------------------------------------

    def export_dialog(self):
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export annotations", str(Path(folder or Path.home()) / "annotations.csv"),
            ";;".join(FORMATS))
        if not path:
            return None
        kind, extension = FORMATS.get(chosen, ("csv", ".csv"))
        for known_kind, known_extension in FORMATS.values():
            if path.lower().endswith(known_extension):
                kind, extension = known_kind, known_extension
        if not Path(path).suffix:
            path += extension
        return self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str = "csv") -> ExportWorker:
        """Export in the background. With the panel open, its scope and tag
        filter apply (what you see is what you export); else everything."""
        article_ids = tags = None
        if self.panel is not None and self.dock is not None and self.dock.isVisible():
            if not self.panel.library_scope() and self.window.current_article_id is not None:
                article_ids = [self.window.current_article_id]
            if self.panel.tag_box.currentData():
                tags = [self.panel.tag_box.currentData()]
        worker = ExportWorker(self.window.data_dir, kind, path, article_ids, tags, self)
        worker.done.connect(lambda count, where: self.status(f"Exported {count} annotation(s) to {where}", 10000))
        worker.failed.connect(lambda message: self.status(message, 20000))
        worker.finished.connect(lambda: self.exports.remove(worker) if worker in self.exports else None)
        self.exports.append(worker)
        self.status(f"Exporting annotations to {path}…", 0)
        worker.start()
        return worker

    def eventFilter(self, watched, event):
        if watched is self.window and event.type() == QEvent.Type.Close:
            for worker in list(self.exports):
                worker.wait()  # a half-written export is never left behind
        return super().eventFilter(watched, event)


def install_annotations(window) -> AnnotationController:
    """Once per window (a second call returns the first controller)."""
    existing = getattr(window, "annotations", None)
    if isinstance(existing, AnnotationController):
        return existing
    window.annotations = AnnotationController(window)
    return window.annotations
