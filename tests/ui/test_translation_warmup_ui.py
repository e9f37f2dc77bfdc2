"""CTranslate2 is warmed up (imports, its kernels) in a thread once after the
first paint, with the model of a pack an untranslated article needs, or
while the reader reads an article a pack serves, when nothing is being
translated; with no pack for an untranslated article nor the open one, or
an article being translated (the job imports it all itself), never."""

import threading

import pytest

from reader.core import translation
from reader.core.packs import PackManager
from reader.ui.main_window import MainWindow


@pytest.fixture
def warm_ups(monkeypatch):
    calls = []
    monkeypatch.setattr(translation, "warm_up", lambda: calls.append("warm_up"))
    return calls


@pytest.fixture
def loads(monkeypatch):
    """(pack code, thread) of each model loaded (not from the cache)."""
    translation.clear_cache()
    calls = []
    load_pack = translation.load_pack

    def recording(pack, *args, **kwargs):
        if not any(key[0] == str(pack.path) for key in translation._cache):
            calls.append((pack.code, threading.current_thread().name))
        return load_pack(pack, *args, **kwargs)

    monkeypatch.setattr(translation, "load_pack", recording)
    yield calls
    translation.clear_cache()


def preloading() -> bool:
    return "translation-preload" in {t.name for t in threading.enumerate()}


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


def test_no_warm_up_without_a_pack_for_the_open_article_nor_an_untranslated_one(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads
):
    PackManager(data_dir).install_file(pack_files["ar_en@1.0"])
    seeded_library.mark_translated(1, "he_en@1.0")
    seeded_library.mark_translated(3, "ar_en@1.0")  # the one Arabic article
    window = shown_at(qtbot, seeded_library, 1)  # Hebrew, no Hebrew pack
    window.select_article(4)  # Dutch, none either
    qtbot.wait(300)
    # the preload after the first paint has looked and ended (a busy machine may take a while)
    qtbot.waitUntil(lambda: window.translation._preloaded and not preloading(), timeout=30000)
    assert warm_ups == []
    assert loads == []
    window.close()


def test_after_the_first_paint_the_pack_an_untranslated_article_needs_is_loaded(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads, no_network
):
    """Reading Hebrew without a Hebrew pack: the Arabic pack is loaded for the
    Arabic article not translated yet, in a thread, after the first paint."""
    PackManager(data_dir).install_file(pack_files["ar_en@1.0"])
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: warm_ups == ["warm_up"], timeout=30000)
    # in the thread started after the first paint (FIRST_PAINTED)
    assert loads == [("ar_en", "translation-preload")]
    assert window.translation.handle is None  # nothing is translated meanwhile
    assert no_network == []  # every connection attempt is recorded and refused
    window.select_article(3)  # the translation uses the loaded model
    qtbot.waitUntil(lambda: bool(seeded_library.get_translation(3)), timeout=30000)
    assert loads == [("ar_en", "translation-preload")]
    window.close()


def test_a_preload_that_fails_shows_nothing(qtbot, seeded_library, data_dir, pack_files, warm_ups, loads):
    pack = PackManager(data_dir).install_file(pack_files["ar_en@1.0"])
    (pack.path / "model" / "model.bin").write_bytes(b"garbage")  # damaged on disk after install
    window = shown_at(qtbot, seeded_library, 1)  # Hebrew: no pack
    qtbot.waitUntil(lambda: loads == [("ar_en", "translation-preload")], timeout=30000)
    qtbot.waitUntil(lambda: not preloading(), timeout=30000)
    assert warm_ups == []  # nothing loaded: nothing more
    assert "damaged" not in window.statusBar().currentMessage()  # the article's own line
    assert window.translation.handle is None
    window.select_article(3)  # asked for, the translation says what is wrong
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage(), timeout=30000)
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


def warming_again() -> bool:
    return "translation-warm-again" in {t.name for t in threading.enumerate()}


def test_after_an_idle_release_the_readers_intent_loads_the_model_again(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads, no_network
):
    """Released when idle, the model of the language read is loaded again
    when the reader opens an article or comes to the list, not on a timer,
    only while that language has untranslated articles."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.mark_translated(1, "he_en@1.0")  # 2 is left: Hebrew to translate
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: loads == [("he_en", "translation-preload")], timeout=30000)
    qtbot.waitUntil(lambda: not preloading(), timeout=30000)
    translation.clear_cache()  # (the idle release)
    qtbot.wait(300)
    assert len(loads) == 1  # no timer loads it again
    window.select_article(4)  # Dutch, no pack: no intent to read Hebrew
    window.select_article(1)  # back to Hebrew, translated: the next Hebrew one is near
    qtbot.waitUntil(lambda: loads[1:] == [("he_en", "translation-warm-again")], timeout=30000)
    qtbot.waitUntil(lambda: not warming_again(), timeout=30000)
    translation.clear_cache()
    QApplication.sendEvent(window.article_table, QFocusEvent(QEvent.Type.FocusIn))
    qtbot.waitUntil(lambda: loads[2:] == [("he_en", "translation-warm-again")], timeout=30000)
    qtbot.waitUntil(lambda: not warming_again(), timeout=30000)
    translation.clear_cache()
    seeded_library.mark_translated(2, "he_en@1.0")  # no Hebrew left to translate: nothing to load
    QApplication.sendEvent(window.article_table, QFocusEvent(QEvent.Type.FocusIn))
    window.select_article(2)
    qtbot.waitUntil(lambda: not warming_again(), timeout=30000)
    qtbot.wait(200)
    assert len(loads) == 3 and not translation._cache
    assert window.translation.handle is None and no_network == []
    window.close()
