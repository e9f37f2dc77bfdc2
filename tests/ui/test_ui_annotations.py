"""Annotation GUI pieces: the dialog, the panel, and annotating from the
reading view by mouse and by keyboard, in both columns, Hebrew and Arabic."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from support.annotation_fixtures import create_annotation

from reader.core.panes import PaneText
from reader.core.storage import Library
from reader.core.storage.annotations import AnnotationStore
from reader.ui.annotation_dialog import AnnotationDialog, annotate_selection, split_tags
from reader.ui.annotation_highlights import annotation_highlights, next_annotation
from reader.ui.annotations_panel import AnnotationsPanel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def lib(seeded_library):
    return seeded_library  # tests/conftest.py: the five sample articles


@pytest.fixture
def store(lib):
    return AnnotationStore(lib)


# --- dialog -----------------------------------------------------------------------


def test_dialog_keyboard_only(qtbot):
    dialog = AnnotationDialog(quote="סם אלטמן", rtl=True, known_tags=["altman", "microsoft", "policy"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.focusWidget() is dialog.note_edit
    qtbot.keyClicks(dialog.note_edit, "Who leads, and why?")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)  # Tab moves on, it does not type a tab
    assert dialog.note() == "Who leads, and why?"
    assert dialog.focusWidget() is dialog.tags_edit
    qtbot.keyClicks(dialog.tags_edit, "people, mic")
    completer = dialog.completer
    # Only the tag being typed is completed, and choosing it keeps the earlier tags.
    assert completer.completionCount() == 1 and completer.popup().isVisible()
    assert completer.currentCompletion() == "people, microsoft, "  # what Enter on the popup inserts
    completer.popup().hide()
    dialog.tags_edit.setText(completer.currentCompletion())
    dialog.activateWindow()  # shortcuts need the active window (the popup had it)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.tags_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Alt+3: the third colour
    assert dialog.color() == "blue"
    dialog.color_buttons["blue"].setFocus()
    qtbot.keyClick(dialog.color_buttons["blue"], Qt.Key.Key_Right)
    assert dialog.color() == "pink"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (dialog.note(), dialog.tags(), dialog.color()) == (
        "Who leads, and why?",
        ["people", "microsoft"],
        "pink",
    )
    assert dialog.quote_label.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_dialog_editing_values_and_accessible_names(qtbot):
    dialog = AnnotationDialog(quote="x" * 1000, note="old", tags=["a", "b"], color="green", editing=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit annotation"
    assert (dialog.note(), dialog.tags(), dialog.color()) == ("old", ["a", "b"], "green")
    assert len(dialog.quote_label.text()) <= 401
    for widget in dialog.findChildren(QWidget):
        if (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.isVisibleTo(dialog)
            and widget.objectName()
        ):
            assert widget.accessibleName() or widget.text(), widget.objectName()
    assert split_tags("a, b; a ,, c") == ["a", "b", "c"]


# --- panel ------------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot, store):
    create_annotation(store, 1, "source", 0, 0, 4, note="Drama note", tags=["drama"], color="yellow")
    create_annotation(store, 1, "source", 2, 0, 5, note="Brockman", tags=["people"], color="green")
    create_annotation(store, 3, "source", 0, 0, 10, note="تاريخ", tags=["people", "date"], color="blue")
    widget = AnnotationsPanel(store)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.set_article(1)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def notes(panel):
    return [a.note for a in panel.model.rows]


def test_panel_scope_and_filters(qtbot, panel):
    assert notes(panel) == ["Drama note", "Brockman"]
    panel.set_library_scope(True)
    assert notes(panel) == ["Drama note", "Brockman", "تاريخ"]
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("people"))
    assert notes(panel) == ["Brockman", "تاريخ"]
    panel.color_box.setCurrentIndex(panel.color_box.findData("blue"))
    assert notes(panel) == ["تاريخ"]
    panel.tag_box.setCurrentIndex(0)
    panel.color_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.text_edit, "DRAMA")
    qtbot.waitUntil(lambda: notes(panel) == ["Drama note"])  # after the typing pause
    panel.text_edit.clear()
    panel.refresh()
    panel.orphans_box.setChecked(True)
    assert notes(panel) == []
    assert [panel.tag_box.itemData(i) for i in range(panel.tag_box.count())] == [
        None,
        "date",
        "drama",
        "people",
    ]


def test_panel_jump_on_enter(qtbot, panel):
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.jumpRequested) as signal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert signal.args == [1, "source", 2, 0, 5]


def test_panel_edit_delete_undo(qtbot, panel, store):
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    target = panel.current_annotation()

    def fill(dialog):
        assert dialog.note() == "Drama note"
        dialog.note_edit.setPlainText('Edited, with "quotes"')
        dialog.tags_edit.setText("drama, new tag")
        dialog.set_color("purple")
        return True

    panel.exec_dialog = fill
    with qtbot.waitSignal(panel.annotationsChanged) as changed:
        qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert changed.args == [1]
    now = store.get(target.id)
    assert (now.note, now.tags, now.color) == ('Edited, with "quotes"', ["drama", "new tag"], "purple")
    assert panel.tag_box.findData("new tag") > 0

    with qtbot.waitSignal(panel.annotationsChanged):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert store.get(target.id).deleted_at is not None
    assert notes(panel) == ["Brockman"]
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(panel.annotationsChanged):
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get(target.id).deleted_at is None
    assert notes(panel)[0] == 'Edited, with "quotes"' and panel.current_annotation().id == target.id
    assert not panel.undo_button.isEnabled()


def test_panel_shows_database_errors(qtbot, panel, store, lib):
    messages = []
    panel.show_error = messages.append
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    lib.execute("PRAGMA query_only = ON")  # every write now fails, like a read-only disk
    panel.delete_current()
    lib.execute("PRAGMA query_only = OFF")
    assert messages and "cannot be written" in messages[0]
    assert store.get(panel.model.rows[0].id).deleted_at is None and panel.deleted == []


# --- annotating from the reading view ------------------------------------------------------


def reading_view(qtbot, lib, article_id):
    from reader.ui.reading_view import ReadingView

    article = lib.get_article(article_id)
    # A stand-in translation: one English sentence per source sentence.
    for p, paragraph in enumerate(article.paragraphs[:3]):
        lib.save_translation(
            article_id,
            p,
            [f"Sentence {i} of paragraph {p} in English." for i in range(len(paragraph.sentences))],
            "xx_en@1.0",
        )
    translation = {p: sentences for p, (sentences, _) in lib.get_translation(article_id).items()}
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show_article(article, translation)
    view.show()
    qtbot.waitExposed(view)
    return view, article


def point_of(view, position: int) -> QPoint:
    """A viewport point that Qt's hit test maps to document `position`
    (the caret rectangle alone is off by one in right-to-left text)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    centre = view.cursorRect(cursor).center()
    for dx in sorted(range(-10, 11), key=abs):
        point = QPoint(centre.x() + dx, centre.y())
        if view.cursorForPosition(point).position() == position:
            return point
    raise AssertionError(f"no point hits position {position}")


def mouse_select(qtbot, view, pane, paragraph, start, end):
    first = point_of(view, view.document_position(pane, paragraph, start))
    last = point_of(view, view.document_position(pane, paragraph, end))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(view.viewport(), last)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=last)


def keyboard_select(qtbot, view, pane, paragraph, start, count, rtl):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(pane, paragraph, start))
    view.setTextCursor(cursor)
    view.setFocus()
    # Arrow keys move visually: in right-to-left text, Left goes forward.
    key = Qt.Key.Key_Left if rtl else Qt.Key.Key_Right
    for _ in range(count):
        qtbot.keyClick(view, key, Qt.KeyboardModifier.ShiftModifier)


def save(dialog):
    dialog.note_edit.setPlainText("seen")
    dialog.tags_edit.setText("test")
    return True


CASES = [  # article, word the selection starts inside (mid-word), language
    (1, "אלטמן", "he"),
    (3, "ساتيا", "ar"),
]


@pytest.mark.parametrize("article_id, word, language", CASES)
@pytest.mark.parametrize("how", ["mouse", "keyboard"])
@pytest.mark.parametrize("pane", ["source", "translation"])
def test_annotate_selection(qtbot, lib, store, tmp_path, article_id, word, language, how, pane):
    view, article = reading_view(qtbot, lib, article_id)
    texts = PaneText.load(lib, article_id, pane)
    text = texts.text(0)
    start = text.index(word) + 2 if pane == "source" else text.index("of paragraph") + 1
    end = start + 7
    rtl = pane == "source"
    if how == "mouse":
        mouse_select(qtbot, view, pane, 0, start, end)
    else:
        keyboard_select(qtbot, view, pane, 0, start, end - start, rtl)
    selection = view.selected_range()
    assert (selection.pane, selection.paragraph, selection.start, selection.end) == (pane, 0, start, end)

    created = annotate_selection(view, view, store, article, exec_dialog=save)
    assert created.quote == text[start:end]  # exactly the selected characters, mid-word included
    assert (created.pane, created.paragraph, created.start, created.end) == (pane, 0, start, end)
    assert (created.note, created.tags) == ("seen", ["test"])
    # An annotation on the translation records what translated that paragraph.
    assert created.translation_package == (None if pane == "source" else "xx_en@1.0")

    # The highlight covers exactly those characters; the aligned sentence of the
    # other column gets a faint tint.
    highlights = annotation_highlights(
        store.list(article_id),
        PaneText.load(lib, article_id, "source"),
        PaneText.load(lib, article_id, "translation"),
    )
    view.set_highlights("annotations", highlights)
    spans = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().alpha())
        for s in view.extraSelections()
    }
    assert (view.document_position(pane, 0, start), view.document_position(pane, 0, end), 255) in spans
    other = "translation" if pane == "source" else "source"
    first_sentence = texts.sentence_range(0, start, end)[0]
    s, e = PaneText.load(lib, article_id, other).sentences[0][first_sentence]
    assert (view.document_position(other, 0, s), view.document_position(other, 0, e), 90) in spans  # faint

    # Saved at once: a new connection after "restart" sees it.
    again = Library(lib.data_dir)
    assert AnnotationStore(again).get(created.id) == created
    again.close()


def test_nothing_selected_creates_nothing(qtbot, lib, store):
    view, article = reading_view(qtbot, lib, 1)
    assert annotate_selection(view, view, store, article, exec_dialog=save) is None
    view.select_range("source", 0, 0, 4)
    assert annotate_selection(view, view, store, article, exec_dialog=lambda d: False) is None
    assert store.list() == []


GUI_SESSION = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.core.library import seed_if_first_run
from reader.core.storage import Library
from reader.core.storage.annotations import AnnotationStore
from reader.ui.annotation_dialog import annotate_selection
from reader.ui.reading_view import ReadingView
library = Library(sys.argv[1]); seed_if_first_run(library)
store, article = AnnotationStore(library), library.get_article(3)
view = ReadingView(); view.show_article(article, {}); view.show()

def fill(dialog):
    dialog.note_edit.setPlainText("made in the window"); dialog.set_color("green")
    return True

for paragraph in range(3):
    view.select_range("source", paragraph, 0, 6)
    annotation = annotate_selection(view, view, store, article, exec_dialog=fill)
    print(annotation.id, flush=True)  # the UI reports it
app.exec()                            # still running when killed
"""


def test_gui_process_killed_after_reporting_loses_nothing(tmp_path):
    import signal
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", GUI_SESSION, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    ids = [int(process.stdout.readline()) for _ in range(3)]
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    process.stdout.close()
    library = Library(tmp_path / "data")
    saved = AnnotationStore(library).list()
    library.close()
    assert [(a.id, a.paragraph, a.note, a.color) for a in saved] == [
        (i, p, "made in the window", "green") for p, i in enumerate(ids)
    ]


def test_next_annotation(store):
    a = create_annotation(store, 1, "source", 0, 10, 14)
    b = create_annotation(store, 1, "source", 2, 0, 3)
    c = create_annotation(store, 1, "source", 0, 2, 5)
    rows = store.list(1)
    assert next_annotation(rows, 0, 0).id == c.id
    assert next_annotation(rows, 0, 2).id == a.id
    assert next_annotation(rows, 0, 10).id == b.id
    assert next_annotation(rows, 2, 0) is None
    assert next_annotation(rows, 2, 0, backwards=True).id == a.id
    assert next_annotation(rows, 0, 2, backwards=True) is None


# --- in the main window -------------------------------------------------------------------


@pytest.fixture
def window(qtbot, lib):
    from reader.ui.main_window import MainWindow

    win = MainWindow(lib)
    qtbot.addWidget(win)
    win.restore_state()
    win.show()
    qtbot.waitExposed(win)
    win.annotations.exec_dialog = save
    return win


def annotation_spans(view):
    layer = view._highlight_layers.get("annotations", [])
    return {(h.pane, h.paragraph, h.start, h.end) for h in layer}


def test_window_annotate_command_and_highlights(qtbot, window, store):
    view = window.reading_view
    window.select_article(3)
    view.select_range("source", 1, 5, 16)
    window.run_command("annotate")
    [created] = store.list(3)
    assert (created.paragraph, created.start, created.end, created.note) == (1, 5, 16, "seen")
    assert ("source", 1, 5, 16) in annotation_spans(view)
    assert "saved" in window.statusBar().currentMessage()
    # Nothing selected: the sentence holding the caret (the reading cursor's) is annotated.
    caret = QTextCursor(view.document())
    caret.setPosition(view.document_position("source", 2, 0) + 1)
    view.setTextCursor(caret)
    pane, paragraph = "source", 2
    window.run_command("annotate")
    [second] = [a for a in store.list(3) if a.id != created.id]
    assert (second.pane, second.paragraph, (second.start, second.end)) == (
        pane,
        paragraph,
        tuple(view.sentence_spans(pane, paragraph)[0]),
    )


def test_window_restart_shows_saved_highlights(qtbot, lib, tmp_path):
    from reader.ui.main_window import MainWindow

    create_annotation(AnnotationStore(lib), 1, "source", 0, 0, 4, color="pink")
    again = Library(lib.data_dir)
    win = MainWindow(again)  # not given to qtbot: it must close before its library does
    try:
        win.restore_state(1)
        assert ("source", 0, 0, 4) in annotation_spans(win.reading_view)
    finally:
        win.close()
        win.deleteLater()
        again.close()


def test_window_panel_jump_and_next(qtbot, window, store):
    a = create_annotation(store, 3, "source", 2, 3, 9, note="third paragraph")
    b = create_annotation(store, 3, "source", 0, 0, 5, note="first paragraph")
    controller = window.annotations
    panel = controller.toggle_panel()
    assert controller.dock.isVisible()
    panel.set_library_scope(True)
    assert [x.id for x in panel.model.rows] == [b.id, a.id]
    panel.jumpRequested.emit(3, "source", 2, 3, 9)
    assert window.current_article_id() == 3
    selected = window.reading_view.selected_range()
    assert (selected.paragraph, selected.start, selected.end) == (2, 3, 9)
    assert controller.next_annotation().id == b.id  # wraps to the first
    assert controller.next_annotation().id == a.id
    controller.toggle_panel()
    assert not controller.dock.isVisible()


def test_window_export_runs_in_the_background(qtbot, window, store, tmp_path):
    create_annotation(store, 3, "source", 0, 0, 5, note="=1+1", tags=["x"])
    create_annotation(store, 1, "source", 0, 0, 4, tags=["y"])
    out = tmp_path / "export.csv"
    worker = window.annotations.export_to(out, "csv")
    with qtbot.waitSignal(worker.job.exported, timeout=10000) as done:
        pass
    assert done.args == [2, str(out)]
    worker.wait()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    # With the panel open, its scope and tag filter apply.
    panel = window.annotations.toggle_panel()
    panel.set_library_scope(True)
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("x"))
    worker = window.annotations.export_to(tmp_path / "x.json", "json")
    with qtbot.waitSignal(worker.job.exported, timeout=10000) as done:
        pass
    worker.wait()
    assert done.args[0] == 1


def test_window_retranslation_reanchors(qtbot, window, store, lib):
    lib.save_translation(
        4, 0, ["Even after the chaotic weekend at OpenAI, things remain turbulent."], "nl_en@1.8"
    )
    lib.save_translation(4, 1, ["The board met on Sunday."], "nl_en@1.8")
    window.select_article(4)
    moved = create_annotation(store, 4, "translation", 0, 34, 40)  # "OpenAI"
    lost = create_annotation(store, 4, "translation", 1, 4, 9)  # "board"
    lib.save_translation(
        4, 0, ["Things remain turbulent at OpenAI, even after the chaotic weekend."], "nl_en@1.9"
    )
    lib.save_translation(4, 1, ["On Sunday the directors met."], "nl_en@1.9")
    # What the translation worker does at the end of translate_article:
    from reader.core.anchoring import reanchor_article

    reanchor_article(lib, 4, "translation")
    window.translation.job.articleDone.emit(4, "nl_en@1.9", "nl→en")
    now = store.get(moved.id)
    assert (now.start, now.quote, now.translation_package) == (27, "OpenAI", "nl_en@1.9")
    assert store.get(lost.id).orphaned
    assert (
        "1 annotation(s) on the translation could not be re-attached" in window.statusBar().currentMessage()
    )
    spans = annotation_spans(window.reading_view)
    assert ("translation", 0, 27, 33) in spans and ("translation", 1, 4, 9) not in spans
