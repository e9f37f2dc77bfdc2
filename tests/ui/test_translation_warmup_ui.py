"""CTranslate2 is warmed up (imports, its kernels) in a thread only while the
reader reads an article a pack serves and nothing is being translated; with
no pack for the open article, or an article being translated (the job
imports it all itself), never."""

import pytest

from reader.core import translation
from reader.core.packs import PackManager
from reader.ui.main_window import MainWindow


@pytest.fixture
def warm_ups(monkeypatch):
    calls = []
    monkeypatch.setattr(translation, "warm_up", lambda: calls.append("warm_up"))
    return calls


def shown_at(qtbot, library, article_id):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restore_state(article_id)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    qtbot.wait(300)  # the opened article is looked at a turn after the first paint
    return window


def test_reading_a_translated_article_warms_up_once(qtbot, seeded_library, data_dir, pack_files, warm_ups):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    for article_id in (1, 2):
        seeded_library.mark_translated(article_id, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: warm_ups == ["warm_up"], timeout=30000)
    window.select_article(2)
    qtbot.wait(300)
    assert warm_ups == ["warm_up"]
    assert window.translation.handle is None  # nothing was translated
    window.close()


def test_no_warm_up_without_a_pack_for_the_open_article(
    qtbot, seeded_library, data_dir, pack_files, warm_ups
):
    PackManager(data_dir).install_file(pack_files["ar_en@1.0"])
    seeded_library.mark_translated(1, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)  # Hebrew, no Hebrew pack
    window.select_article(4)  # Dutch, none either
    qtbot.wait(300)
    assert warm_ups == []
    window.close()


def test_an_article_being_translated_needs_no_warm_up(qtbot, seeded_library, data_dir, pack_files, warm_ups):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    window = shown_at(qtbot, seeded_library, 1)  # untranslated: translated at once
    qtbot.waitUntil(lambda: seeded_library.get_article(1).translated == "he_en@1.0", timeout=30000)
    seeded_library.mark_translated(2, "he_en@1.0")
    window.select_article(2)
    qtbot.wait(300)
    assert warm_ups == []
    window.close()
