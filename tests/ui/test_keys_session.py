"""A keyboard user's session, driven with key events only (QTest on whatever
has the focus), covering each keyboard defect of issue 9: the focus stays in
the reading text when a panel closes, the filter only filters, Enter/Down go
from the filter into the list, Esc returns to the text from everywhere, key
map conflicts and unknown keys are reported, the text size and the panel's
scope survive a restart, and the motions: counts, gg/G, jump back, paging,
previous entity and annotation."""

import json
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.windows import answer_modal
from support.windows import open_window as open_shown_window

from reader.core.storage.annotations import AnnotationStore, load_palette
from reader.core.storage.sessions import SessionStore

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "does not support grabbing"),
]
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
NO = Qt.KeyboardModifier.NoModifier
# The recogniser runs in the background; on a busy machine, with name tables
# to rebuild first (a changed gazetteer), that takes minutes, not seconds.
ENTITIES_WAIT_MS = 240_000
SCROLL_WAIT = 300  # ms: the smooth scroll takes 180


def open_window(qtbot, data_dir, keymap=None):
    return open_shown_window(qtbot, data_dir, keymap, wait_for_reader_focus=True)


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, tmp_path / "data")


def press(key, modifiers=NO, times=1):
    """A key press on whatever has the focus, as a user's keyboard would."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.keyClick(widget, key, modifiers)


def type_text(text):
    widget = QApplication.focusWidget()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, NO)


def cursor_of(window):
    return window.keyboard.cursor


def sentence_in_view(window) -> bool:
    top, bottom = cursor_of(window)._sentence_extent()
    return 0 <= top and bottom <= window.reading_view.viewport().height()


def back_in_text(qtbot, window):
    qtbot.waitUntil(window.reading_view.hasFocus)


def after_dialog(qtbot, window):
    """Offscreen there is no window manager to give the window back its
    focus when a modal dialog closes; a desktop does that."""
    if QApplication.focusWidget() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    back_in_text(qtbot, window)


# --- focus ----------------------------------------------------------------------------


def test_closing_the_annotations_panel_keeps_the_focus_in_the_text(window, qtbot):
    view, cursor = window.reading_view, cursor_of(window)
    article = window.current_article_id()
    press(Qt.Key.Key_A, CTRL | SHIFT)
    panel = window.annotations.panel
    assert panel.isVisible() and panel.table.hasFocus()
    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert not panel.isVisible()
    assert view.hasFocus() and not window.filter_edit.hasFocus()
    start = cursor.index()
    press(Qt.Key.Key_J)  # a reading key reads on...
    assert cursor.index() == start + 1
    assert window.filter_edit.text() == "" and window.current_article_id() == article  # ...and opens nothing


def test_typing_in_the_filter_only_filters(window, qtbot):
    store = SessionStore(window.library)
    article, title = window.current_article_id(), window.windowTitle()
    positions = store.positions()
    press(Qt.Key.Key_L, CTRL)
    assert window.filter_edit.hasFocus()
    type_text("טוויסט")  # only article 2 matches
    assert window.article_filter.rowCount() == 1
    assert window.current_article_id() == article and window.windowTitle() == title
    assert store.positions() == positions  # no reading progress recorded anywhere
    press(Qt.Key.Key_Backspace, times=3)  # more rows come back: still nothing opened
    assert window.current_article_id() == article and store.positions() == positions


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_or_down_in_the_filter_moves_into_the_list_first_row_current(window, key):
    press(Qt.Key.Key_L, CTRL)
    type_text("טוויסט")
    press(key)
    table = window.article_table
    assert table.hasFocus() and table.currentIndex().row() == 0
    assert window.current_article_id() == 2  # the first listed article is open
    press(Qt.Key.Key_Return)  # Enter in the list: read it
    assert window.reading_view.hasFocus()


def test_after_tab_the_list_has_a_current_row(window):
    press(Qt.Key.Key_L, CTRL)
    type_text("טוויסט")  # the open article (1) is filtered out
    assert not window.article_table.currentIndex().isValid()
    press(Qt.Key.Key_Tab)
    assert window.article_table.hasFocus() and window.article_table.currentIndex().row() == 0


def test_esc_returns_to_the_text_from_everywhere(window, qtbot):
    view = window.reading_view
    # the filter
    press(Qt.Key.Key_L, CTRL)
    press(Qt.Key.Key_Escape)
    assert view.hasFocus()
    # the list
    press(Qt.Key.Key_L, CTRL)
    press(Qt.Key.Key_Down)
    assert window.article_table.hasFocus()
    press(Qt.Key.Key_Escape)
    assert view.hasFocus()
    # the annotations panel (it stays open)
    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert window.annotations.panel.table.hasFocus()
    press(Qt.Key.Key_Escape)
    assert view.hasFocus() and window.annotations.panel.isVisible()
    # the entities panel (it stays open too)
    press(Qt.Key.Key_E, CTRL | SHIFT)
    assert window.entities.panel.filter_edit.hasFocus()
    press(Qt.Key.Key_Escape)
    assert view.hasFocus() and window.entities.panel.isVisible()
    # the find bar
    press(Qt.Key.Key_F, CTRL)
    assert window.keyboard.find_bar.edit.hasFocus()
    press(Qt.Key.Key_Escape)
    assert view.hasFocus() and not window.keyboard.find_bar.isVisible()
    # the help overlay
    press(Qt.Key.Key_F1)
    assert window.keyboard.overlay.browser.hasFocus()
    press(Qt.Key.Key_Escape)
    assert view.hasFocus()
    # a menu opened from the keyboard and closed with Esc: the focus is back, visibly, in the text
    press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    back_in_text(qtbot, window)
    assert not window.menuBar().hasFocus()


# --- the key map ------------------------------------------------------------------------


def test_conflicts_and_unknown_keys_are_reported_and_the_users_map_is_kept(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    user_map = {"window": {"toggle-read": ["Shift+Ctrl+A"]}, "reading": {"annotate": ["Ctrl+Foo"]}}
    window = open_window(qtbot, data_dir, keymap=user_map)
    problems = window.keymap.problems
    assert any("Ctrl+Shift+A" in p and "toggle-read" in p and "show-annotations" in p for p in problems)
    assert any("Ctrl+Foo" in p and "annotate" in p for p in problems)
    box = window.keyboard.problem_box
    qtbot.waitUntil(lambda: box.isVisible())
    assert box.defaultButton().text() == "Keep my key map"
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    press(Qt.Key.Key_Return)  # the default answer
    qtbot.waitUntil(lambda: window.keyboard.problem_box is None)
    assert json.loads((data_dir / "keymap.json").read_text(encoding="utf-8")) == user_map
    window.activateWindow()
    window.reading_view.setFocus()
    back_in_text(qtbot, window)
    store = SessionStore(window.library)
    article = window.current_article_id()
    read = lambda: bool(store.position(article) and store.position(article).read)  # noqa: E731
    read_before = read()
    press(Qt.Key.Key_A, SHIFT | CTRL)  # your binding, whichever way it was written
    assert read() != read_before
    assert window.annotations.panel is None  # the default's command did not also fire


# --- remembered between sessions ------------------------------------------------------------


def test_text_size_and_panel_scope_are_restored_after_a_restart(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    window = open_window(qtbot, data_dir)
    size = window.reading_view.point_size
    press(Qt.Key.Key_Equal, CTRL, times=2)
    assert window.reading_view.point_size == size + 2
    press(Qt.Key.Key_A, CTRL | SHIFT)
    panel = window.annotations.panel
    for _ in range(8):  # Shift+Tab back to the scope box
        if panel.scope_box.hasFocus():
            break
        press(Qt.Key.Key_Backtab, SHIFT)
    assert panel.scope_box.hasFocus()
    press(Qt.Key.Key_Down)
    assert panel.library_scope()
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()

    again = open_window(qtbot, data_dir)
    assert again.reading_view.point_size == size + 2
    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert again.annotations.panel.library_scope()


# --- motions ---------------------------------------------------------------------------------


def test_counts_and_first_and_last_sentence(window):
    cursor = cursor_of(window)
    window.reading_view.setFocus()
    press(Qt.Key.Key_G)
    press(Qt.Key.Key_G)  # gg
    assert cursor.index() == 0
    press(Qt.Key.Key_5)
    assert "5" in window.statusBar().currentMessage()
    press(Qt.Key.Key_J)  # 5j
    assert cursor.index() == 5
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_K)  # 2k
    assert cursor.index() == 3
    press(Qt.Key.Key_J)  # the count was used up
    assert cursor.index() == 4
    press(Qt.Key.Key_G, SHIFT)  # G
    assert cursor.index() == len(cursor._order) - 1
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_G, SHIFT)  # 12G: the twelfth sentence
    assert cursor.index() == 11


def test_space_pages_without_moving_the_cursor(window, qtbot):
    cursor, bar = cursor_of(window), window.reading_view.verticalScrollBar()
    assert bar.maximum() > bar.pageStep()
    start, value = cursor.index(), bar.value()
    press(Qt.Key.Key_Space)
    assert bar.value() > value and cursor.index() == start
    press(Qt.Key.Key_Space, SHIFT)
    assert bar.value() == value and cursor.index() == start


def test_jump_back_and_forward_after_search_panel_and_entity_jumps(window, qtbot):
    view, cursor = window.reading_view, cursor_of(window)
    window.select_article(1)
    view.setFocus()
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_J)
    reading_at = cursor.index()
    # a search jump
    press(Qt.Key.Key_F, CTRL)
    type_text("openai")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Escape)
    searched_at = cursor.index()
    assert searched_at != reading_at
    press(Qt.Key.Key_Left, ALT)
    assert cursor.index() != searched_at and view.hasFocus()
    # jumping back through each search hit's place, to where the reading was
    for _ in range(5):
        if cursor.index() == reading_at:
            break
        press(Qt.Key.Key_Left, ALT)
    assert cursor.index() == reading_at

    # a panel jump: annotate the cursor sentence (A, no selection), move to the end, jump from the panel
    def fill_dialog(dialog):
        QTest.keyClicks(dialog.note_edit, "here")
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    answer_modal(fill_dialog)
    press(Qt.Key.Key_A)
    store = AnnotationStore(window.library)
    qtbot.waitUntil(lambda: store.count(1) == 1)
    after_dialog(qtbot, window)
    press(Qt.Key.Key_G, SHIFT)
    end = cursor.index()
    press(Qt.Key.Key_A, CTRL | SHIFT)
    press(Qt.Key.Key_Return)  # jump to the passage
    assert view.hasFocus() and cursor.index() == reading_at
    press(Qt.Key.Key_Left, ALT)
    assert cursor.index() == end
    press(Qt.Key.Key_Right, ALT)  # and forward again, as in a browser
    assert cursor.index() == reading_at
    press(Qt.Key.Key_Left, ALT)
    assert cursor.index() == end

    # an entity jump (E), once the background recogniser has found them
    qtbot.waitUntil(lambda: bool(window.entities.current_mentions()), timeout=ENTITIES_WAIT_MS)
    press(Qt.Key.Key_G)
    press(Qt.Key.Key_G)
    for _ in range(10):  # (mentions in the first sentence move nothing)
        press(Qt.Key.Key_E)
        if cursor.index() != 0:
            break
    assert view.selected_range() is not None and cursor.index() != 0
    press(Qt.Key.Key_Left, ALT)
    assert cursor.index() == 0


def test_previous_annotation_and_previous_entity(window, qtbot):
    view, cursor = window.reading_view, cursor_of(window)
    window.select_article(3)
    view.setFocus()
    store = AnnotationStore(window.library)
    for count, paragraph in enumerate((1, 3), 1):
        view.select_range("source", paragraph, 0, 5)
        answer_modal(lambda dialog: QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL))
        press(Qt.Key.Key_A)
        qtbot.waitUntil(lambda count=count: store.count(3) == count)
        after_dialog(qtbot, window)
    press(Qt.Key.Key_G, SHIFT)  # from the end, backwards
    press(Qt.Key.Key_BracketLeft)
    assert view.selected_range().paragraph == 3
    press(Qt.Key.Key_BracketLeft)
    assert view.selected_range().paragraph == 1
    press(Qt.Key.Key_BracketRight)  # and forwards again
    assert view.selected_range().paragraph == 3

    qtbot.waitUntil(lambda: bool(window.entities.current_mentions()), timeout=ENTITIES_WAIT_MS)
    press(Qt.Key.Key_G)
    press(Qt.Key.Key_G)
    press(Qt.Key.Key_E)
    first = view.selected_range()
    press(Qt.Key.Key_E)
    second = view.selected_range()
    assert (second.paragraph, second.start) > (first.paragraph, first.start)
    press(Qt.Key.Key_E, SHIFT)  # previous entity
    back = view.selected_range()
    assert (back.pane, back.paragraph, back.start) == (first.pane, first.paragraph, first.start)
    assert cursor.paragraph == first.paragraph


def test_a_without_a_selection_annotates_the_cursor_sentence(window, qtbot):
    view, cursor = window.reading_view, cursor_of(window)
    window.select_article(5)
    view.setFocus()
    press(Qt.Key.Key_J, times=2)
    assert view.selected_range() is None
    span = cursor.current_span()

    def fill_dialog(dialog):
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_3, ALT)  # the third colour
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    answer_modal(fill_dialog)
    press(Qt.Key.Key_A)
    store = AnnotationStore(window.library)
    qtbot.waitUntil(lambda: store.count(5) == 1)
    after_dialog(qtbot, window)
    [annotation] = store.list(5)
    assert (annotation.paragraph, annotation.start, annotation.end) == (cursor.paragraph, *span)
    assert annotation.color == list(load_palette())[2]


def test_showing_and_hiding_the_panel_keeps_the_cursor_sentence_in_view(window, qtbot):
    window.select_article(1)
    window.reading_view.setFocus()
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_5)
    press(Qt.Key.Key_J)
    qtbot.wait(SCROLL_WAIT)
    assert sentence_in_view(window)
    for _ in range(2):
        press(Qt.Key.Key_A, CTRL | SHIFT)
        qtbot.waitUntil(lambda: sentence_in_view(window))
        qtbot.wait(50)
        assert sentence_in_view(window)


def test_help_overlay_lists_the_keys_of_every_mode(window):
    press(Qt.Key.Key_F1)
    text = window.keyboard.overlay.browser.toPlainText()
    for section in ("Article filter", "Find bar", "Annotations panel", "Annotation dialog"):
        assert section in text
    for key in (
        "Esc",
        *(f"Alt+{n}" for n in range(1, 7)),
        "F2",
        "Del",
        "Shift+F3",
        "Alt+Left",
        "G, G",
        "Space",
    ):
        assert key in text, key
    press(Qt.Key.Key_Escape)


def test_the_cursor_tint_is_not_the_blue_annotation_colour(window):
    from reader.ui.theme import CURSOR_ACTIVE_ALPHA, cursor_tint, highlight_color

    view = window.reading_view
    base = view.palette().color(QPalette.ColorRole.Base)
    tint = QColor(cursor_tint(view, CURSOR_ACTIVE_ALPHA))
    alpha = tint.alphaF()
    seen = QColor(*(round(c * alpha + b * (1 - alpha)) for c, b in zip(tint.getRgb()[:3], base.getRgb()[:3])))
    blue = QColor(highlight_color("blue", False))
    assert sum((a - b) ** 2 for a, b in zip(seen.getRgb()[:3], blue.getRgb()[:3])) ** 0.5 > 58  # was 29
    # A grey band: no hue, where every annotation colour has one.
    assert seen.hsvSaturation() < 10
    for name in load_palette():
        assert QColor(highlight_color(name, False)).hsvSaturation() > 40, name


def test_moving_the_cursor_repaints_the_whole_page(window, qtbot):
    """Qt repaints only the rectangles of the old and new highlight, which
    left the old tint at wrapped line ends; the whole page is repainted."""
    from PySide6.QtCore import QEvent, QObject

    viewport = window.reading_view.viewport()
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(event.region().boundingRect())
            return False

    watch = Watch()
    viewport.installEventFilter(watch)
    window.reading_view.setFocus()
    qtbot.wait(50)
    painted.clear()
    press(Qt.Key.Key_J)
    qtbot.waitUntil(lambda: bool(painted))
    assert any(rect.contains(viewport.rect()) for rect in painted)
    viewport.removeEventFilter(watch)
