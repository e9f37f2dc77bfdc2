"""Issue 14, the first translated paragraph on screen: the one the reader
waits for (the open article's first paragraph or draft to arrive) is shown
as it arrives, not a turn of the event loop later behind whatever work the
loop holds (a feature's install, with the window restoring an untranslated
article); the paragraphs after it come one per turn, as before."""

import pytest

from reader.ui.main_window import MainWindow
from reader.ui.reading_view import TRANSLATION

HEBREW = 1  # a sample (tests/conftest.py); no pack installed: nothing is translated by itself


@pytest.fixture
def window(qtbot, seeded_library):
    """The window restoring the Hebrew sample, painted."""
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.restore_state(HEBREW)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    return window


def translated(article, paragraph: int, mark: str) -> list[str]:
    return [f"{mark} {i}." for i in range(len(article.paragraphs[paragraph].sentences))]


def test_the_awaited_first_paragraph_is_shown_as_it_arrives_the_next_a_turn_later(qtbot, window):
    view, feature = window.reading_view, window.translation
    article = window.library.get_article(HEBREW)
    feature._await_first_paragraph(HEBREW)  # as when the open article is queued
    first, second = translated(article, 0, "First"), translated(article, 1, "Second")
    feature.job.paragraphReady.emit(HEBREW, 0, first)  # (this thread: delivered at once)
    assert view.pane_text(TRANSLATION, 0) == " ".join(first)  # no turn of the event loop in between
    assert not feature.first_paragraph_pending()
    feature.job.paragraphReady.emit(HEBREW, 1, second)
    assert view.pane_text(TRANSLATION, 1) != " ".join(second)  # one per turn, as before
    qtbot.waitUntil(lambda: view.pane_text(TRANSLATION, 1) == " ".join(second), timeout=5000)
    window.close()


def test_an_awaited_draft_is_shown_as_it_arrives(window):
    view, feature = window.reading_view, window.translation
    feature._await_first_paragraph(HEBREW)
    shown = []
    original = view.show_partial_translation
    view.show_partial_translation = lambda p, s: (shown.append(p), original(p, s))[1]
    feature.job.paragraphPartial.emit(HEBREW, 0, ["The first words"])
    assert shown == [0]
    window.close()
