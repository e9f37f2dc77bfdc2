"""Issue 11, item 12: a long article is laid out a window at a time, and
positions, highlights, the reading cursor and scrolling still reach every
paragraph. (Timings: benchmarks/bench_long_articles.py.)"""

import pytest
from PySide6.QtGui import QTextCursor

from reader.core.text import Article, Paragraph
from reader.ui.reading_view import SOURCE, TRANSLATION, WHOLE_ARTICLE_LIMIT, ReadingView
from reader.ui.text_marks import Highlight

PARAGRAPHS = 2000


def long_article(count: int = PARAGRAPHS, language: str = "nl") -> Article:
    paragraphs = []
    for i in range(count):
        text = f"Alinea {i}: Microsoft wil de mensen graag verwelkomen. De deur blijft open voor {i}."
        cut = text.index(".") + 1
        paragraphs.append(Paragraph(text, [(0, cut), (cut + 1, len(text))]))
    return Article(id=1, title="Lang", language=language, paragraphs=paragraphs)


@pytest.fixture
def view(qtbot):
    widget = ReadingView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_article(
        long_article(), {i: [f"Paragraph {i}.", "The door stays open."] for i in range(PARAGRAPHS)}
    )
    return widget


def test_only_a_window_is_laid_out_but_the_scroll_bar_spans_the_article(view):
    first, last = view.window()
    assert first == 0 and 5 < last < WHOLE_ARTICLE_LIMIT
    assert len(view._tables) == last - first
    assert view.cell(SOURCE, last) is None and view.document_position(SOURCE, PARAGRAPHS - 1, 0) is None
    bar = view.verticalScrollBar()
    window_height = view._table_top(len(view._tables) - 1)
    assert bar.maximum() > window_height * (PARAGRAPHS / last) * 0.5  # room for every paragraph


def test_positions_round_trip_inside_the_window_after_it_moved(view):
    view.reveal(1500)
    first, last = view.window()
    assert first <= 1500 < last
    for paragraph in (first, 1500, last - 1):
        for pane in (SOURCE, TRANSLATION):
            position = view.document_position(pane, paragraph, 3)
            assert view.locate(position) == (pane, paragraph, 3)
    assert view.select_range(SOURCE, 1700, 0, 9)
    assert view.selected_range().text == "Alinea 17" and view.selected_range().paragraph == 1700


def test_scrolling_to_the_end_lays_out_the_last_paragraph(view, qtbot):
    bar = view.verticalScrollBar()
    for _ in range(40):  # as a reader dragging the bar down would
        bar.setValue(bar.maximum())
        if view.window()[1] == PARAGRAPHS:
            break
    assert view.window()[1] == PARAGRAPHS
    block = view.cell(SOURCE, PARAGRAPHS - 1).firstCursorPosition().block()
    assert block.text() == long_article().paragraphs[-1].text
    bar.setValue(0)
    assert view.window()[0] == 0


def test_scrolling_keeps_what_is_on_screen_in_place(view):
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    # Just above the point where the screen comes too near the window's bottom...
    window_bottom = view.document().size().height() - view.document().rootFrame().frameFormat().bottomMargin()
    threshold = int(window_bottom - 1.5 * view.viewport().height())
    bar.setValue(threshold - 3)
    window = view.window()
    middle = view.viewport().rect().center()
    before = view.locate(view.cursorForPosition(middle).position())
    bar.setValue(threshold + 3)  # ...a 6 px step moves the window, not the text on screen
    assert view.window() != window
    after = view.locate(view.cursorForPosition(middle).position())
    assert before[:2] == after[:2] and abs(before[2] - after[2]) < 20


def test_highlights_follow_the_window(view):
    view.set_highlights(
        "test", [Highlight(SOURCE, 5, 0, 6, "#ffff00"), Highlight(SOURCE, 1800, 0, 6, "#ffff00")]
    )
    assert len(view.extraSelections()) == 1  # paragraph 1800 is not laid out
    view.reveal(1800)
    selections = view.extraSelections()
    assert len(selections) == 1 and selections[0].cursor.selectedText() == "Alinea"
    assert view.locate(selections[0].cursor.selectionStart())[1] == 1800


def test_a_translation_arriving_outside_the_window_is_shown_when_reached(view):
    view.set_translation(1900, ["Arrived late."])
    assert view.pane_text(TRANSLATION, 1900) == "Arrived late."
    view.reveal(1900)
    cell = view.cell(TRANSLATION, 1900)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Arrived late."


def test_the_reading_cursor_reaches_the_last_paragraph_of_a_long_article(library, qtbot):
    from support.annotation_fixtures import add_article

    from reader.ui.main_window import MainWindow

    texts = [p.text for p in long_article(600).paragraphs]
    article_id = add_article(library, "Lang", "nl", texts, "/tmp/long.txt")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.select_article(article_id)
    cursor = window.keyboard.cursor
    for _ in range(3):
        cursor.step_paragraph(+1)
    assert cursor.paragraph == 3
    cursor.set_position(599, 0, animate=False)
    view = window.reading_view
    assert view.window()[1] == 600 and view.cell(SOURCE, 599) is not None
    caret = view.locate(view.textCursor().position())
    assert caret[:2] == (SOURCE, 599)
    cursor.step_sentence(-2)
    assert (cursor.paragraph, cursor.sentence) == (598, 0)


def test_paging_moves_the_window_ahead_only_every_few_pages(view):
    """While scrolling, the window reaches further in the scroll direction,
    so paging moves it now and then, and only in that direction."""
    bar = view.verticalScrollBar()
    page = view.viewport().height() - 40
    bar.setValue(bar.maximum() // 2)
    windows = [view.window()]
    for _ in range(12):
        bar.setValue(bar.value() + page)
        windows.append(view.window())
    moves = [(a, b) for a, b in zip(windows, windows[1:]) if a != b]
    assert 2 <= len(moves) <= 5  # (it moved on every page before)
    assert all(b[0] > a[0] and b[1] > a[1] for a, b in moves)
    first, last = view.window()
    on_screen = view._paragraph_at_y(bar.value())[0]
    assert on_screen - first < last - on_screen  # more laid out below the screen than above
    for _ in range(12):
        bar.setValue(bar.value() - page)
        windows.append(view.window())
    moves = [(a, b) for a, b in zip(windows[13:], windows[14:]) if a != b]
    assert 2 <= len(moves) <= 5 and all(b[0] < a[0] for a, b in moves)
