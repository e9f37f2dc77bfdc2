"""Keyboard-only use: the command registry reaches every action, the help
overlay and palette list every binding, key map conflicts are reported, and a
whole reading session works with key presses only and resumes after a restart."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from support.windows import answer_modal, open_window

from reader.core.commands import COMMANDS, load_keymap
from reader.ui.reading_cursor import WORD
from reader.ui.reading_view import SOURCE, TRANSLATION

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Qt warnings fail these tests (the offscreen plugin's own notice aside).
# The offscreen platform cannot raise windows or grab the keyboard (file dialogs try).
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "does not support grabbing"),
]
MY_COMMANDS = [
    "next-sentence",
    "previous-sentence",
    "next-paragraph",
    "previous-paragraph",
    "switch-column",
    "select-sentence",
    "extend-selection-word",
    "extend-selection-sentence",
    "search-article",
    "next-search-hit",
    "previous-search-hit",
    "search-library",
    "focus-mode",
    "command-palette",
    "help-keys",
    "session-summary",
    "toggle-read",
    "open-keymap-file",
    "reload-keymap",
    "reset-keymap",
]


@pytest.fixture
def window(qtbot, tmp_path):
    return open_window(qtbot, tmp_path / "data")


def press(key, modifiers=Qt.KeyboardModifier.NoModifier, times=1):
    """A key press on whatever has the focus, as a user's keyboard would."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.keyClick(widget, key, modifiers)


def wait_for_dialog(qtbot, name):
    """The modal dialog now on top, once it is active (window activation is asynchronous)."""
    qtbot.waitUntil(
        lambda: (
            QApplication.activeModalWidget() is not None
            and QApplication.activeModalWidget().objectName() == name
        )
    )
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_text(text):
    """Typing, Hebrew and Arabic included (QTest.keyClicks knows ASCII only)."""
    widget = QApplication.focusWidget()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


# The recogniser runs in the background; on a busy machine, with name tables
# to rebuild first (a changed gazetteer), that takes minutes, not seconds.
ENTITIES_WAIT_MS = 240_000
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


# --- the registry reaches everything ---------------------------------------------


def test_every_command_has_a_key_or_a_palette_entry(window):
    from reader.ui.command_palette import CommandPalette

    palette = CommandPalette(window)
    listed = {command_id for command_id, _label, _keys in palette.entries()}
    for command in COMMANDS:
        assert window.keymap.keymap.get(command.id) or command.id in listed, command.id
    # The palette lists every command of the window (a key of one widget,
    # such as the find bar's next match, is not runnable from it).
    assert listed == {c.id for c in COMMANDS if c.window_action}


def test_keyboard_commands_are_bound(window):
    for command_id in MY_COMMANDS:
        assert window.actions[command_id].isEnabled(), command_id


def test_default_keys_have_no_conflicts():
    assert load_keymap(None).problems == []
    keymap = load_keymap(None).keymap
    assert {"Down", "J"} <= set(keymap["next-sentence"]) and {"Up", "K"} <= set(keymap["previous-sentence"])


def test_key_names_are_normalised_as_qt_writes_them():
    from PySide6.QtGui import QKeySequence

    from reader.core.commands import KeyNameError, normalise_key

    portable = QKeySequence.SequenceFormat.PortableText
    for written in (
        "Shift+Ctrl+A",
        "ctrl+shift+a",
        "Escape",
        "page down",
        "g,g",
        "Ctrl++",
        "Ctrl+,",
        "Alt+Shift+Meta+Ctrl+X",
        "Delete",
        "shift+f3",
        "Space",
        "?",
    ):
        assert (
            normalise_key(written) == QKeySequence(written).toString(portable)
            or QKeySequence(written).isEmpty()
        ), written
        assert QKeySequence(normalise_key(written)).toString(portable) == normalise_key(written), written
    assert normalise_key("Shift+Ctrl+A") == normalise_key("Ctrl+Shift+A") == "Ctrl+Shift+A"
    for wrong in ("Ctrl+Foo", "Hyper+A", "Ctrl+", "F36", "A, B, C, D, E"):
        with pytest.raises(KeyNameError):
            normalise_key(wrong)


def test_who_keeps_a_clashing_key_never_depends_on_order(tmp_path):
    path = tmp_path / "keymap.json"
    entries = [
        ("toggle-read", ["Shift+Ctrl+A"]),
        ("focus-mode", ["Ctrl+Shift+Y"]),
        ("restore-clutter", ["ctrl+shift+y"]),
        ("jump-back", ["G"]),
    ]
    reports = []
    for ordered in (entries, entries[::-1]):
        path.write_text(json.dumps(dict(ordered)), encoding="utf-8")
        reports.append(load_keymap(path))
    assert reports[0].keymap == reports[1].keymap and reports[0].problems == reports[1].problems
    keymap = reports[0].keymap
    assert (
        keymap["toggle-read"] == ["Ctrl+Shift+A"] and keymap["show-annotations"] == []
    )  # yours beats a default
    assert keymap["focus-mode"] == [] and keymap["restore-clutter"] == []  # two of yours: both lose
    # "G" starts "G, G" (first sentence): Qt could not tell which is meant, so it is a clash too.
    assert keymap["jump-back"] == ["G"] and keymap["first-sentence"] == ["Ctrl+Home"]
    assert len(reports[0].problems) == 3
    # A misspelt mode is reported, not taken for a command.
    path.write_text(json.dumps({"readng": {"annotate": ["X"]}}), encoding="utf-8")
    assert [p for p in load_keymap(path).problems if "unknown mode 'readng'" in p]
    # The same key in two modes that never see it at once is no clash.
    assert "Esc" in keymap["leave-filter"] and "Esc" in keymap["close-find-bar"]


def test_help_overlay_lists_every_binding(window, qtbot):
    window.reading_view.setFocus()
    press(Qt.Key.Key_F1)
    overlay = window.keyboard.overlay
    assert overlay.isVisible() and overlay.browser.hasFocus()
    text = overlay.browser.toPlainText()
    for command in COMMANDS:
        assert command.label in text, command.label
        for key in window.keymap.keymap.get(command.id, []):
            assert key in text, (command.id, key)
    without_keys = [c for c in COMMANDS if not window.keymap.keymap.get(c.id)]
    assert without_keys and text.count("palette only") == len(without_keys)
    listed = {command_id for _menu, command_id, _label, _keys in overlay.entries()}
    assert listed == {c.id for c in COMMANDS}
    press(Qt.Key.Key_Escape)
    assert not overlay.isVisible() and window.reading_view.hasFocus()
    QTest.keyClick(window.reading_view, "?")  # the other default key
    assert overlay.isVisible()
    press(Qt.Key.Key_F1)  # toggles
    assert not overlay.isVisible()


def test_palette_filters_and_runs_commands(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    view.setFocus()
    start = cursor.index()
    press(Qt.Key.Key_P, CTRL | SHIFT)
    palette = wait_for_dialog(qtbot, "commandPalette")
    assert palette.edit.hasFocus()
    type_text("next sent")
    assert palette.entries()[0][0] == "next-sentence"
    assert "Down" in palette.entries()[0][2]
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cursor.index() == start + 1)
    qtbot.waitUntil(view.hasFocus)  # focus back where it was

    press(Qt.Key.Key_P, CTRL)
    palette = wait_for_dialog(qtbot, "commandPalette")
    type_text("zzqx")
    assert palette.entries() == []
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_palette_fuzzy_matching():
    from reader.ui.command_palette import fuzzy_score

    assert fuzzy_score("ns", "Next Sentence") > (fuzzy_score("ns", "Annotations Panel") or 0)
    assert fuzzy_score("sum", "Session Summary…") > fuzzy_score("sum", "Switch Column")
    assert fuzzy_score("xyz", "Next Sentence") is None


# --- user key map -------------------------------------------------------------------


def test_user_keymap_conflicts_are_reported_and_reset(qtbot, tmp_path, capsys):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_window(
        qtbot,
        data_dir,
        keymap={
            "annotate": ["J"],  # J is next sentence's default: yours wins
            "no-such-command": ["X"],
            "next-article": ["Ctrl+N"],  # a fine override
            "toggle-read": ["Shift+Ctrl+A"],  # = Ctrl+Shift+A, the annotations panel's default
            "session-summary": ["Ctrl+Foo"],  # no such key
            "focus-mode": ["Ctrl+Shift+Y"],  # two of yours on one key: both lose it
            "restore-clutter": ["shift+ctrl+y"],
        },
    )
    features = window.keyboard
    problems = window.keymap.problems
    assert any("'J'" in p and "next-sentence" in p and "annotate" in p for p in problems)
    assert any("no-such-command" in p for p in problems)
    assert any("Ctrl+Foo" in p for p in problems)
    assert any("Ctrl+Shift+A" in p and "show-annotations" in p and "toggle-read" in p for p in problems)
    assert any("Ctrl+Shift+Y" in p and "taken off both" in p for p in problems)
    assert len(problems) == 5
    keys = lambda command: [s.toString() for s in window.actions[command].shortcuts()]  # noqa: E731
    assert keys("annotate") == ["J"] and keys("next-sentence") == ["Down"]
    assert keys("toggle-read") == ["Ctrl+Shift+A"] and keys("show-annotations") == []
    assert keys("focus-mode") == [] and keys("restore-clutter") == []
    assert keys("session-summary") == []
    assert keys("next-article") == ["Ctrl+N"]
    # Shown in the window, not only on stderr; the default answer keeps the user's map.
    qtbot.waitUntil(lambda: features.problem_box is not None and features.problem_box.isVisible())
    box = features.problem_box
    assert "5 problem" in box.text() and "no-such-command" in box.informativeText()
    assert box.defaultButton().text() == "Keep my key map"
    assert features.problems_button.isVisible() and "5 problems" in features.problems_button.text()
    window.run_command("reload-keymap")  # reloading reports on stderr too
    assert "no-such-command" in capsys.readouterr().err
    # The help overlay mentions them too.
    features.overlay.open_overlay()
    assert "no-such-command" in features.overlay.footer.text()
    features.overlay.close_overlay()

    features.confirm = lambda title, text: True
    window.run_command("reset-keymap")
    assert window.keymap.problems == [] and not features.problems_button.isVisible()
    assert not (data_dir / "keymap.json").exists()
    assert list(data_dir.glob("keymap.*.bak.json"))  # the user's file is kept
    assert [s.toString() for s in window.actions["annotate"].shortcuts()][0] == "A"
    assert "J" in [s.toString() for s in window.actions["next-sentence"].shortcuts()]


def test_keymap_file_template_and_reload(window, qtbot):
    features = window.keyboard
    path = features.keymap_file
    assert not path.exists()
    window.run_command("open-keymap-file")
    template = json.loads(path.read_text(encoding="utf-8"))
    assert "_comment" in template and template["_defaults"]["reading"]["next-sentence"] == ["Down", "J"]
    assert load_keymap(path).problems == []  # the template itself changes nothing
    template["window"] = {"focus-mode": ["F10"]}
    path.write_text(json.dumps(template), encoding="utf-8")
    window.run_command("reload-keymap")
    assert [s.toString() for s in window.actions["focus-mode"].shortcuts()] == ["F10"]


# --- reading with the keyboard ------------------------------------------------------


def test_reading_keys_move_the_cursor_in_logical_order(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(1)  # Hebrew
    view.setFocus()
    article = view.article
    assert article.rtl
    assert (cursor.paragraph, cursor.sentence) == (0, 0)
    positions = []
    for key in (Qt.Key.Key_J, Qt.Key.Key_Down, Qt.Key.Key_J):
        press(key)
        positions.append(view.textCursor().position())
        span = article.paragraphs[cursor.paragraph].sentences[cursor.sentence]
        # The caret sits at the sentence start, and the mark covers it in the source.
        assert view.locate(view.textCursor().position()) == (SOURCE, cursor.paragraph, span[0])
        marks = view._highlight_layers["cursor"]
        assert any(m.pane == SOURCE and (m.start, m.end) == span for m in marks)
    assert positions == sorted(positions)  # "next" = later in the text, even in RTL
    assert cursor.index() == 3
    press(Qt.Key.Key_K)
    press(Qt.Key.Key_Up)
    assert cursor.index() == 1
    assert (cursor.paragraph, cursor.sentence) == (0, 1)
    press(Qt.Key.Key_J, CTRL)  # next paragraph, from its first sentence
    assert (cursor.paragraph, cursor.sentence) == (1, 0)
    press(Qt.Key.Key_J)
    press(Qt.Key.Key_K, CTRL)  # previous paragraph
    assert (cursor.paragraph, cursor.sentence) == (0, 0)
    press(Qt.Key.Key_K)  # nothing before the start
    assert cursor.index() == 0 and "Start" in window.statusBar().currentMessage()
    press(Qt.Key.Key_PageDown, times=5)
    qtbot.wait(SCROLL_WAIT)
    top, bottom = cursor._sentence_extent()
    assert 0 <= top and bottom <= view.viewport().height()  # kept in view


SCROLL_WAIT = 300  # ms: the smooth scroll takes 180


def test_arrow_keys_in_the_article_list_still_move_the_list(window):
    window.article_table.setFocus()
    first = window.current_article_id()
    press(Qt.Key.Key_Down)
    assert window.current_article_id() != first  # Down is reading-scope only


def test_click_moves_the_reading_cursor(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(2)
    spans = view.sentence_spans(SOURCE, 1)
    position = view.document_position(SOURCE, 1, (spans[0][0] + spans[0][1]) // 2)
    from PySide6.QtGui import QTextCursor

    text_cursor = QTextCursor(view.document())
    text_cursor.setPosition(position)
    rect = view.cursorRect(text_cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (cursor.paragraph, cursor.sentence) == (1, 0)


def test_selection_grows_in_logical_order(window):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(3)  # Arabic
    view.setFocus()
    text = view.pane_text(SOURCE, 0)
    start, end = view.sentence_spans(SOURCE, 0)[0]
    press(Qt.Key.Key_L, SHIFT, times=2)  # two words from the sentence start
    selected = view.selected_range()
    words = text[start:end].split()
    assert selected.start == start and selected.text.split() == words[:2]
    press(Qt.Key.Key_N, SHIFT)  # to the end of the sentence
    assert (view.selected_range().start, view.selected_range().end) == (start, end)
    press(Qt.Key.Key_V)
    assert (view.selected_range().start, view.selected_range().end) == (start, end)
    assert cursor.index() == 0
    press(Qt.Key.Key_Escape)  # drops the selection, keeps the place
    assert view.selected_range() is None and cursor.index() == 0


def test_switch_column_needs_a_translation(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    library = window.library
    article = library.get_article(4)
    for p, paragraph in enumerate(article.paragraphs):
        library.save_translation(4, p, [f"English {p}.{i}." for i in range(len(paragraph.sentences))], "t@1")
    window.select_article(4)
    view.setFocus()
    press(Qt.Key.Key_C)
    assert cursor.pane == TRANSLATION
    press(Qt.Key.Key_J)
    span = view.sentence_spans(TRANSLATION, cursor.paragraph)[cursor.sentence]
    assert view.locate(view.textCursor().position()) == (TRANSLATION, cursor.paragraph, span[0])
    press(Qt.Key.Key_L, SHIFT)
    assert view.selected_range().pane == TRANSLATION
    window.select_article(5)  # no translation: stays in the source
    view.setFocus()
    press(Qt.Key.Key_C)
    assert cursor.pane == SOURCE
    assert "not translated" in window.statusBar().currentMessage()


def test_aligned_mark_appears_when_the_translation_streams_in(window):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(5)  # not translated yet
    marks = lambda: {m.pane for m in view._highlight_layers["cursor"]}  # noqa: E731
    assert marks() == {SOURCE}
    sentences = view.article.paragraphs[0].sentences
    view.set_translation(0, [f"English {i}." for i in range(len(sentences))])
    assert marks() == {SOURCE, TRANSLATION}
    assert cursor.current_span(TRANSLATION) == view.sentence_spans(TRANSLATION, 0)[0]


def test_find_in_article(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(1)
    view.setFocus()
    press(Qt.Key.Key_F, CTRL)
    bar = window.keyboard.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text("openai")
    assert len(bar.hits) > 3
    first = bar.current
    press(Qt.Key.Key_Return)
    assert bar.current == first + 1
    assert view.selected_range().text.lower() == "openai"
    hit = bar.hits[bar.current]
    assert cursor.paragraph == hit[1]
    press(Qt.Key.Key_Return, SHIFT)
    assert bar.current == first
    press(Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.hasFocus()
    press(Qt.Key.Key_N)  # next hit from the text, with the last query
    assert bar.current == first + 1 and view.hasFocus()


def test_search_library_opens_the_article_at_the_hit(window, qtbot):
    view, cursor = window.reading_view, window.keyboard.cursor
    window.select_article(5)
    view.setFocus()
    press(Qt.Key.Key_F, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "librarySearch")
    assert dialog.edit.hasFocus()
    type_text("Ignite")
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() > 0)
    hit = dialog.results[0]
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_article_id() == hit.article_id
    assert view.selected_range().text.lower() == "ignite"
    assert cursor.paragraph == hit.paragraph
    qtbot.waitUntil(view.hasFocus)


def test_focus_mode(window, qtbot):
    view = window.reading_view
    view.setFocus()
    size = view.point_size
    press(Qt.Key.Key_F11)
    assert not window.splitter.widget(0).isVisible() and not view.show_translation
    assert view.point_size > size and window.actions["focus-mode"].isChecked()
    press(Qt.Key.Key_F11)
    assert window.splitter.widget(0).isVisible() and view.show_translation and view.point_size == size
    press(Qt.Key.Key_F11)
    press(Qt.Key.Key_Escape)  # Esc leaves focus mode too
    assert not window.actions["focus-mode"].isChecked() and view.point_size == size


def test_tab_order_has_no_trap(window):
    window.run_command("search-article")
    window.filter_edit.setFocus()
    order = []
    for _ in range(9):
        order.append(QApplication.focusWidget().objectName())
        press(Qt.Key.Key_Tab)
    names = [name for name in order if name]
    assert names[:4] == ["articleFilter", "articleList", "translationBannerButton", "readingView"] or names[
        :3
    ] == ["articleFilter", "articleList", "readingView"]
    assert "findBarText" in names and names.count("articleList") <= 2  # Tab leaves the list


def test_widgets_have_accessible_names(window):
    features = window.keyboard
    from reader.ui.command_palette import CommandPalette

    palette = CommandPalette(window)
    for widget in (
        features.find_bar.edit,
        features.overlay.browser,
        palette.edit,
        palette.list,
        features.open_library_search().edit,
        features.library_search.list,
    ):
        assert widget.accessibleName(), widget.objectName()
    features.library_search.reject()


# --- a whole session, keys only, then a restart ------------------------------------


def test_whole_reading_session_with_keys_only(qtbot, tmp_path):
    from reader.core.storage.annotations import AnnotationStore

    data_dir = tmp_path / "data"
    window = open_window(qtbot, data_dir)
    view, cursor = window.reading_view, window.keyboard.cursor
    assert view.hasFocus()  # ready to read at once

    # Choose an article: filter the list, go to it, open it.
    press(Qt.Key.Key_L, CTRL)
    assert window.filter_edit.hasFocus()
    type_text("טוויסט")  # the second Hebrew article
    press(Qt.Key.Key_Tab)
    assert window.article_table.hasFocus()
    press(Qt.Key.Key_Down)
    assert window.current_article_id() == 2
    press(Qt.Key.Key_Return)
    assert view.hasFocus()

    # Read on through sentences and a paragraph.
    press(Qt.Key.Key_J, times=3)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_K)
    press(Qt.Key.Key_J, CTRL)
    reading_at = (cursor.paragraph, cursor.sentence)
    assert cursor.index() > 3

    # Select a passage: three words from the current sentence start.
    press(Qt.Key.Key_L, SHIFT, times=3)
    selected = view.selected_range()
    text = view.pane_text(SOURCE, cursor.paragraph)
    start = view.sentence_spans(SOURCE, cursor.paragraph)[cursor.sentence][0]
    third_word = list(WORD.finditer(text, start))[2]
    assert (selected.start, selected.end) == (start, third_word.end())

    # Annotate it (when the annotate command is wired; the dialog exists).
    store = AnnotationStore(window.library)
    if not window.actions["annotate"].isEnabled():
        from reader.ui.annotation_dialog import annotate_selection

        window.bind("annotate", lambda: annotate_selection(window, view, store, view.article))

    def fill_dialog(dialog):
        assert dialog.objectName() == "annotationDialog"
        QTest.keyClicks(dialog.note_edit, "who joins whom")
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    answer_modal(fill_dialog)
    press(Qt.Key.Key_A)
    qtbot.waitUntil(lambda: store.count(2) == 1)
    [annotation] = store.list(2)
    assert annotation.quote == selected.text and annotation.note == "who joins whom"
    if QApplication.focusWidget() is None:
        # Offscreen there is no window manager to give the window back its focus.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert view.hasFocus()

    # Switch article: clear the filter, next in the list, read a little there.
    press(Qt.Key.Key_L, CTRL)
    press(Qt.Key.Key_Backspace)
    assert window.article_filter.rowCount() == 5
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)
    assert window.current_article_id() == 3
    press(Qt.Key.Key_Return)
    assert view.hasFocus()
    press(Qt.Key.Key_J, times=2)

    # Jump to the next entity (E), once the background recogniser has found them.
    qtbot.waitUntil(lambda: bool(window.entities.current_mentions()), timeout=ENTITIES_WAIT_MS)
    press(Qt.Key.Key_E)
    jumped = view.selected_range()
    assert jumped is not None and any(
        (m.pane, m.paragraph, m.start, m.end) == (jumped.pane, jumped.paragraph, jumped.start, jumped.end)
        for m in window.entities.current_mentions()
    )
    view.setFocus()
    arabic_at = (cursor.paragraph, cursor.sentence)

    # Export the annotations (Ctrl+E), typing the file name into the save dialog.
    exported = tmp_path / "notes.csv"

    def fill_save_dialog(dialog):
        assert dialog.inherits("QFileDialog")
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        name_edit.selectAll()
        QTest.keyClicks(name_edit, str(exported))
        QTest.keyClick(name_edit, Qt.Key.Key_Return)

    answer_modal(fill_save_dialog)
    press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: exported.exists() and not window.annotations.exports, timeout=20000)
    assert "who joins whom" in exported.read_text(encoding="utf-8-sig")
    if QApplication.focusWidget() is None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    view.setFocus()

    # Session summary from the keyboard.
    press(Qt.Key.Key_S, CTRL | SHIFT)
    box = wait_for_dialog(qtbot, "sessionSummary")
    assert "sentences advanced" in box.text() and "1 annotation made" in box.text()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    qtbot.waitUntil(view.hasFocus)  # back to the text

    # Quit.
    press(Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    summary = window.keyboard.store.summary(cursor.session_id)
    assert summary.sentences_advanced >= 6 and summary.annotations_made == 1

    # Restart on the same data: the last article at the same sentence...
    again = open_window(qtbot, data_dir)
    cursor2 = again.keyboard.cursor
    assert again.current_article_id() == 3
    assert (cursor2.paragraph, cursor2.sentence) == arabic_at
    # ... and the Hebrew article where it was left, with its annotation.
    again.reading_view.setFocus()
    press(Qt.Key.Key_K, SHIFT)
    assert again.current_article_id() == 2
    assert (cursor2.paragraph, cursor2.sentence) == reading_at
    assert [a.quote for a in AnnotationStore(again.library).list(2)] == [selected.text]
    row = again.article_model.rows[again.article_model.row_of(2)]
    assert row["progress"] > 0
