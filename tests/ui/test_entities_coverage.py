"""The window tells the user, per article, which entity recognisers ran and
what is not covered (issue 10, item 6): the sentence is made in the core,
the entity panel and the legend only show it, as plain text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication

import pytest
from PySide6.QtCore import Qt
from support.entity_fixtures import HE_P0_ENGLISH, copy_library

from reader.core.entities import coverage_note
from reader.core.storage import Library
from reader.ui.main_window import MainWindow

WAIT = 60000  # ms: a cold start loads spaCy in the worker
NO_PACK_HE = (
    "Names and places from built-in lists (Hebrew). Install the Hebrew → English pack for better results."
)


def test_without_a_pack_the_note_names_the_built_in_lists_and_the_missing_pack():
    assert (
        coverage_note("he", {"names-rtl", "namelist"}, translated=False, pack_installed=False) == NO_PACK_HE
    )
    assert coverage_note("ar", (), False, False).startswith("Names and places from built-in lists (Arabic).")


def test_with_a_translation_the_note_says_names_are_matched_back():
    note = coverage_note("he", {"align", "spacy-en"}, translated=True, pack_installed=True)
    assert note.startswith("Names found in the English translation and matched back to the Hebrew text")
    assert "Install" not in note


def test_a_pack_without_a_translation_yet_suggests_translating():
    note = coverage_note("fa", (), translated=False, pack_installed=True)
    assert "built-in lists (Persian)" in note and "Translating the article" in note


def test_french_and_dutch_name_what_runs_for_them():
    from reader.core.entities.spacy_models import available

    fr = coverage_note("fr", (), False, None)
    assert ("French spaCy model" in fr) == available("fr")
    nl = coverage_note("nl", {"known"}, False, None)
    assert "name-shaped capitalised words" in nl.casefold() and "other articles of the library" in nl
    assert "spaCy" not in nl  # no Dutch model: not claimed


@pytest.fixture
def window(qtbot, tmp_path_factory, tmp_path):
    library = Library(copy_library(tmp_path_factory, tmp_path / "data"))
    win = MainWindow(library)
    qtbot.addWidget(win)
    controller = win.entities
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        win.restore_state()
        win.show()
    yield win
    controller.shutdown()
    library.close()


def test_panel_and_legend_show_the_open_articles_coverage(window, qtbot):
    controller = window.entities
    window.select_article(1)  # Hebrew, no translation, no pack in this library
    panel = controller.toggle_panel()
    label = panel.coverage
    install = "Install the Hebrew → English pack for better results."
    qtbot.waitUntil(lambda: label.text().endswith(install), timeout=5000)
    # the names found here from other articles are counted in (Latin names in the Hebrew text)
    assert label.text() == (
        "Names and places from built-in lists (Hebrew); "
        "names seen in other articles of the library. " + install
    )
    assert label.textFormat() == Qt.TextFormat.PlainText  # never markup
    assert label.isVisible() and label.wordWrap()
    assert "Install the Hebrew → English pack" in controller.legend.toolTip()

    window.select_article(4)  # Dutch
    qtbot.waitUntil(lambda: "(Hebrew)" not in label.text(), timeout=5000)
    assert "name-shaped capitalised words" in label.text().casefold()
    assert "Dutch → English pack" in label.text()

    # a translation arrives: names are now also matched back from the English
    library = window.library
    library.save_translation(1, 0, HE_P0_ENGLISH, "he_en@test")
    library.mark_translated(1, "he_en@test")
    with qtbot.waitSignal(controller.job.groupsReady, timeout=WAIT):
        window.translation.job.articleDone.emit(1, "he_en@test", "test")
    window.select_article(1)
    window.open_article(1)
    qtbot.waitUntil(
        lambda: label.text().startswith(
            "Names found in the English translation and matched back to the Hebrew text"
        ),
        timeout=5000,
    )
    assert "Install" not in label.text()


def test_the_note_is_honest_when_the_name_tables_are_unavailable(monkeypatch):
    from reader.core.entities import coverage

    real = coverage.status

    def broken_tables(data_dir=None):
        out = real(data_dir)
        out["he"]["names-rtl"] = "skipped: name tables could not be built: disk full"
        return out

    monkeypatch.setattr(coverage, "status", broken_tables)
    note = coverage_note("he", (), False, False)
    assert "built-in lists (Hebrew)" not in note and "name lists are unavailable" in note
