"""Reading positions, sessions and library search (SessionStore), and the
reading cursor remembering and restoring positions in the GUI."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from pathlib import Path

import pytest
from support.annotation_fixtures import create_annotation

from reader.core.library import seed_if_first_run
from reader.core.storage import Library
from reader.core.storage.sessions import SessionStore, format_duration
from reader.ui.article_list import COLUMNS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Qt warnings fail these tests (the offscreen plugin's own notice aside).
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def lib(seeded_library):
    return seeded_library  # tests/conftest.py: the five sample articles


class Clock:
    """ISO timestamps one second apart, so ordering is deterministic."""

    def __init__(self):
        self.second = 0

    def __call__(self):
        self.second += 1
        return f"2026-01-01T00:{self.second // 60:02d}:{self.second % 60:02d}+00:00"


# --- SessionStore (no Qt) --------------------------------------------------------


def test_position_is_remembered_and_progress_only_grows(lib):
    store = SessionStore(lib)
    assert store.position(2) is None
    store.save_position(2, 3, 1, progress=0.5)
    store.save_position(2, 1, 0, progress=0.2)  # went back: position moves, progress stays
    position = store.position(2)
    assert (position.paragraph, position.sentence) == (1, 0)
    assert position.progress == 0.5 and not position.read
    assert store.progress(2) == 0.5


def test_read_is_sticky_until_marked_unread(lib):
    store = SessionStore(lib)
    store.save_position(1, 11, 0, progress=1.0, read=True)
    store.save_position(1, 0, 0, progress=0.1)
    assert store.position(1).read
    store.mark_read(1, False)
    assert not store.position(1).read
    store.mark_read(3)  # never opened: a position row is made
    assert store.position(3).read
    assert set(store.positions()) == {1, 3}


def test_last_read_article_is_the_most_recent(lib):
    store = SessionStore(lib, clock=Clock())
    store.save_position(4, 0, 0)
    store.save_position(2, 1, 0)
    assert store.last_read_article() == 2


def test_session_totals_and_annotations_made(lib):
    from reader.core.storage.annotations import AnnotationStore

    clock = Clock()
    store = SessionStore(lib, clock=clock)
    session = store.start_session()
    store.update_session(session, seconds_read=95.5, sentences_advanced=7)
    create_annotation(AnnotationStore(lib, clock=clock), 2, "source", 0, 0, 5, note="made during the session")
    summary = store.summary(session)
    assert summary.seconds_read == 95.5
    assert summary.sentences_advanced == 7
    assert summary.annotations_made == 1
    store.update_session(session, seconds_read=100)
    totals = store.totals()
    assert (totals.seconds_read, totals.sentences_advanced, totals.annotations_made) == (100, 7, 1)
    assert format_duration(100) == "1 min 40 s"
    assert format_duration(3725) == "1 h 02 min"


def test_search_finds_source_and_translation_with_offsets(lib):
    store = SessionStore(lib)
    hits = store.search("ignite")  # case-insensitive
    assert hits and all(hit.pane == "source" for hit in hits)
    for hit in hits:
        text = lib.get_article(hit.article_id).paragraphs[hit.paragraph].text
        assert text[hit.start : hit.end].lower() == "ignite"

    lib.save_translation(3, 2, ["First sentence.", "  The Zebra line."], "test@1")
    [hit] = [h for h in store.search("zebra") if h.pane == "translation"]
    from reader.core.text import join_sentences

    text, _spans = join_sentences(["First sentence.", "  The Zebra line."])
    assert (hit.article_id, hit.paragraph) == (3, 2)
    assert text[hit.start : hit.end] == "Zebra"


def test_search_escapes_like_wildcards(lib):
    store = SessionStore(lib)
    assert store.search("%") == [] or all("%" in h.snippet for h in store.search("%"))
    assert store.search("   ") == []


# --- the reading cursor in the GUI ------------------------------------------------


def open_window(qtbot, data_dir):
    from PySide6.QtTest import QTest

    from reader.ui.main_window import MainWindow

    library = Library(data_dir)
    seed_if_first_run(library, SEEDS)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restore_state()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return window


def test_position_restored_when_article_reopens_and_after_restart(qtbot, tmp_path):
    data_dir = tmp_path / "data"
    window = open_window(qtbot, data_dir)
    window.select_article(2)
    cursor = window.keyboard.cursor
    for _ in range(15):  # far enough down to need scrolling
        cursor.step_sentence(+1)
    saved = (cursor.paragraph, cursor.sentence)
    assert saved != (0, 0)
    window.select_article(4)  # Dutch: from its start
    assert (cursor.article_id, cursor.paragraph, cursor.sentence) == (4, 0, 0)
    window.select_article(2)
    assert (cursor.paragraph, cursor.sentence) == saved
    # the article list shows the progress
    row = window.article_model.rows[window.article_model.row_of(2)]
    assert 0 < row["progress"] < 1 and not row["read"]
    window.close()  # (its library stays open: the old window's timers may still use it)

    again = open_window(qtbot, data_dir)  # restart: last article (2), same sentence
    assert again.current_article_id() == 2
    assert (again.keyboard.cursor.paragraph, again.keyboard.cursor.sentence) == saved
    view = again.reading_view  # and scrolled into view once shown

    def in_view():
        top, bottom = again.keyboard.cursor._sentence_extent()
        return 0 <= top and bottom <= view.viewport().height()

    qtbot.waitUntil(in_view)
    assert view.verticalScrollBar().value() > 0
    row = again.article_model.rows[again.article_model.row_of(2)]
    assert row["progress"] > 0


def test_reaching_the_end_marks_read_and_counts_the_session(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "data")
    features = window.keyboard
    cursor = features.cursor
    now = [1000.0]
    cursor.clock = lambda: now[0]
    cursor._last_activity = now[0]
    window.select_article(1)
    total = len(cursor._order)
    for _ in range(total + 2):  # two presses past the end change nothing
        now[0] += 10
        cursor.step_sentence(+1)
    assert cursor.index() == total - 1
    row = window.article_model.rows[window.article_model.row_of(1)]
    assert row["read"] and row["progress"] == 1.0
    progress_column = [key for key, _label in COLUMNS].index("progress")
    assert window.article_model.data(window.article_model.index(0, progress_column)) == "✓"
    summary = features.store.summary(cursor.session_id)
    assert summary.sentences_advanced == total - 1
    assert summary.seconds_read == pytest.approx(10 * (total - 1))
    now[0] += 10_000  # a long pause is not reading time
    cursor.step_sentence(-1)
    assert features.store.summary(cursor.session_id).seconds_read == pytest.approx(10 * (total - 1) + 300)
    text = features.summary_text()
    assert f"{total - 1} sentences advanced" in text and "0 annotations made" in text
    window.run_command("toggle-read")
    assert not features.store.position(1).read
