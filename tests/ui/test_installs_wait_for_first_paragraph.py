"""Issue 14: the window restoring an untranslated article installs the
translation feature first, and the features after it wait for the article's
first translated paragraph (main_window.HOLD_INSTALLS_MS at most), so that
the paragraph is shown as it arrives and the model call has the cores. A key
or a click meanwhile installs them all first: it does what it does in the
complete window; sorting by a column comes last."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from support.translation_hold import hold_translation

from reader.core.packs import PackManager
from reader.ui import main_window
from reader.ui.article_list import COLUMNS
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import ReadingView

HEBREW = 1  # a sample (tests/conftest.py)
AFTER_TRANSLATION = ["import_sources", "pack_offer", "entities", "keyboard", "annotations", "stories"]


@pytest.fixture
def held(monkeypatch):
    """The article's translation waits for release.set() (20 s at most)."""
    release = hold_translation(monkeypatch, 20)
    yield release
    release.set()


@pytest.fixture
def first_set(monkeypatch):
    """For each paragraph (or draft of one) set in the view, the features installed by then."""
    calls: list[set[str]] = []

    def noting(original):
        def setting(view, paragraph, sentences):
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            calls.append({name for window in windows for name in window._features})
            original(view, paragraph, sentences)

        return setting

    for name in ("set_translation", "show_partial_translation"):
        monkeypatch.setattr(ReadingView, name, noting(getattr(ReadingView, name)))
    return calls


def restoring(qtbot, library, data_dir, pack_files, article_id=HEBREW):
    """The window as the app builds it (features after the first paint, one
    per turn) restoring the article, a pack installed that translates it."""
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    window = MainWindow(library, defer_features=True)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.open_last_article(article_id)
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    qtbot.waitUntil(lambda: window.translation is not None, timeout=10000)
    return window


def everything_installed(window) -> bool:
    return not window._not_installed and window.article_table.isSortingEnabled()


def test_the_installs_after_the_translation_feature_wait_for_the_first_paragraph(
    qtbot, seeded_library, data_dir, pack_files, held, first_set, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 60_000)  # (a loaded machine's model load)
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    told: list[bool] = []  # (app.py takes later launches' requests and sets the icon then)
    window.featuresInstalled.connect(lambda: told.append(everything_installed(window)))
    assert window.feature("import_sources") is None  # translation first
    qtbot.wait(300)  # many turns of the event loop: still waiting
    assert window.translation.first_paragraph_pending()
    assert not any(window.feature(name) for name in AFTER_TRANSLATION)
    assert not window.article_table.isSortingEnabled()
    assert told == []
    held.set()
    qtbot.waitUntil(lambda: everything_installed(window), timeout=30000)
    assert first_set and first_set[0] == {"translation"}  # shown before the others were installed
    qtbot.waitUntil(lambda: told == [True])
    qtbot.wait(50)
    assert told == [True]  # once
    # the others caught up on the open article as before
    assert window.keyboard.cursor.article_id == HEBREW
    assert window.entities._translation_awaited is None
    window.close()


def test_the_installs_wait_for_it_at_most_a_while(
    qtbot, seeded_library, data_dir, pack_files, held, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 200)
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    qtbot.waitUntil(lambda: everything_installed(window), timeout=10000)
    assert window.translation.first_paragraph_pending()  # installed without it
    assert window.entities._translation_awaited == HEBREW  # and told it is awaited
    window.close()


def test_nothing_waits_for_an_article_that_is_not_being_translated(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 60_000)  # (a wait would show)
    seeded_library.mark_translated(HEBREW, "he_en@1.0")
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    assert not window.translation.first_paragraph_pending()
    qtbot.waitUntil(lambda: everything_installed(window), timeout=30000)
    window.close()


def test_a_key_pressed_while_the_installs_wait_does_what_it_does_in_the_complete_window(
    qtbot, seeded_library, data_dir, pack_files, held, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 60_000)  # (waiting still, whatever the load)
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.reading_view.setFocus()
    qtbot.waitUntil(window.reading_view.hasFocus)
    assert window.keyboard is None and window.translation.first_paragraph_pending()
    told: list[bool] = []
    window.featuresInstalled.connect(lambda: told.append(everything_installed(window)))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # next-sentence, the keyboard feature's
    assert everything_installed(window)  # before the key was taken...
    assert told == [True]
    cursor = window.keyboard.cursor
    assert (cursor.paragraph, cursor.sentence) != (0, 0)  # ...which moved the reading cursor
    moved_to = (cursor.paragraph, cursor.sentence)
    held.set()
    qtbot.waitUntil(lambda: seeded_library.get_article(HEBREW).translated == "he_en@1.0", timeout=30000)
    qtbot.wait(100)
    assert (cursor.paragraph, cursor.sentence) == moved_to
    assert told == [True]  # once, not again when the paragraph came
    window.close()


def test_a_click_on_a_column_title_while_the_installs_wait_sorts_the_list(
    qtbot, seeded_library, data_dir, pack_files, held, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 60_000)  # (waiting still, whatever the load)
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    header = window.article_table.horizontalHeader()
    language = [key for key, _label in COLUMNS].index("language")
    assert not window.article_table.isSortingEnabled()
    middle = QPoint(header.sectionViewportPosition(language) + header.sectionSize(language) // 2, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert everything_installed(window)
    assert window.article_filter.sortColumn() == language
    model = window.article_filter
    languages = [model.index(row, language).data() for row in range(model.rowCount())]
    assert languages == sorted(languages)
    assert window.current_article_id() == HEBREW  # the open article stays open
    window.close()


def test_a_key_after_the_window_closed_while_the_installs_wait_installs_nothing_in_it(
    qtbot, seeded_library, data_dir, pack_files, held, monkeypatch
):
    monkeypatch.setattr(main_window, "HOLD_INSTALLS_MS", 60_000)  # (closed while waiting)
    window = restoring(qtbot, seeded_library, data_dir, pack_files)
    window.close()
    other = QLineEdit()  # a window still open in the application: a dialog, a test's
    qtbot.addWidget(other)
    other.show()
    QTest.keyClick(other, Qt.Key.Key_A)
    assert other.text() == "a"
    # the closed window's features shut down at its close: none installed after it
    assert not any(window.feature(name) for name in AFTER_TRANSLATION)
