"""Removed clutter in the window: shown dimmed in place on request, and a
block under the cursor put back into the article (pytest-qt)."""

import pytest
from PySide6.QtGui import QPalette, QTextCursor

from reader.core.storage.clutter import ClutterStore
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import SOURCE


@pytest.fixture
def window(qtbot, seeded_library):
    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_article(2)  # the Hebrew sample with a caption, a credit and comments
    return win


def test_removed_clutter_is_shown_dimmed_between_its_paragraphs_and_hidden_again(window):
    view = window.reading_view
    blocks = ClutterStore(window.library).blocks(2)
    assert blocks and view._removed_spans == []
    window.run_command("toggle-clutter")
    assert window.actions["toggle-clutter"].isChecked()
    assert [block for _start, _end, block in view._removed_spans] == blocks
    text = view.document().toPlainText()
    credit = next(b for b in blocks if b.text.startswith("צילום:"))
    headline = window.library.get_article(2).paragraphs[0].text
    assert text.index(credit.text) < text.index(headline)  # in its place, before the headline
    start, _end, _block = next(s for s in view._removed_spans if s[2] == credit)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    dimmed = cursor.charFormat().foreground().color()
    assert dimmed == view.palette().color(QPalette.ColorRole.PlaceholderText)
    assert view.locate(start + 1) is None  # clutter is not article text
    window.run_command("toggle-clutter")
    assert view._removed_spans == [] and credit.text not in view.document().toPlainText()


def test_the_block_under_the_cursor_is_restored_into_the_article(window):
    view = window.reading_view
    window.run_command("toggle-clutter")
    before = len(window.library.get_article(2).paragraphs)
    start, _end, block = view._removed_spans[1]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    view.setTextCursor(cursor)
    window.run_command("restore-clutter")
    article = window.library.get_article(2)
    assert len(article.paragraphs) == before + 1
    assert block.text in [p.text for p in article.paragraphs]
    assert block not in ClutterStore(window.library).blocks(2)
    # The view shows the article again, the restored block as article text.
    paragraph = [p.text for p in article.paragraphs].index(block.text)
    assert view.pane_text(SOURCE, paragraph) == block.text
    assert all(b.text != block.text for _s, _e, b in view._removed_spans)


def test_restore_without_a_block_under_the_cursor_explains(window):
    window.run_command("restore-clutter")
    assert "dimmed removed block" in window.statusBar().currentMessage()
