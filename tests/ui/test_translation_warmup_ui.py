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


def test_the_warm_up_pages_the_libraries_in_first_on_its_thread(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, monkeypatch
):
    # (cold, the import's dlopen held the GIL for as long as it read them from disk: a UI stall)
    monkeypatch.setattr(
        translation, "page_in_native_libraries", lambda: warm_ups.append(threading.current_thread().name)
    )
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.mark_translated(1, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: "warm_up" in warm_ups, timeout=30000)
    assert warm_ups == ["translation-warm-up", "warm_up"]
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
    # Its translation started (not waited to its end: the whole article, up to 30 s under load).
    qtbot.waitUntil(lambda: window.translation.handle is not None, timeout=10000)
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


def restored_at(qtbot, library, article_id):
    """The window as the app builds it: features installed after the first
    paint, one per turn; the last session's article opened before it."""
    window = MainWindow(library, defer_features=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_last_article(article_id)
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    return window


@pytest.fixture
def prepared(monkeypatch):
    """Each load started by the translation feature, ("route", provenance)
    or ("preload", language), and whether an article was queued by then."""
    from reader.core import article_translation
    from reader.ui import translation_ui

    calls = []
    prepare = translation_ui._prepare_translation
    load_route = article_translation.load_route
    enqueue = translation_ui.TranslationJob.enqueue
    queued = []

    def recording(data_dir=None, language=None, only=False):
        calls.append((("preload", language), bool(queued)))
        prepare(data_dir, language, only)

    def route_recording(route):
        calls.append((("route", route.provenance), bool(queued)))
        load_route(route)

    def enqueue_recording(job, article_id, *args, **kwargs):
        queued.append(article_id)
        enqueue(job, article_id, *args, **kwargs)

    monkeypatch.setattr(translation_ui, "_prepare_translation", recording)
    monkeypatch.setattr(article_translation, "load_route", route_recording)
    monkeypatch.setattr(translation_ui.TranslationJob, "enqueue", enqueue_recording)
    return calls


def test_a_restored_untranslated_article_is_queued_as_the_feature_is_installed(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads, prepared, no_network, monkeypatch
):
    """The window restores an untranslated Hebrew article: its translation is
    queued when the translation feature is installed, before the last feature
    is (not at the window's catch-up after it); the job loads the model:
    one load, and the article is translated."""
    from reader.ui import translation_ui

    constructed = []
    original_init = translation.LoadedPack.__init__

    def counting(self, pack, *args, **kwargs):
        constructed.append(pack.code)
        original_init(self, pack, *args, **kwargs)

    queued_before_the_last_feature = []
    enqueue = translation_ui.TranslationJob.enqueue

    def enqueue_noting(job, article_id, *args, **kwargs):
        # (the window by its widget tree: the queue can come before restored_at returns)
        from PySide6.QtWidgets import QApplication

        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        queued_before_the_last_feature.append(bool(window._not_installed))
        enqueue(job, article_id, *args, **kwargs)

    monkeypatch.setattr(translation_ui.TranslationJob, "enqueue", enqueue_noting)
    translation.LoadedPack.__init__ = counting
    try:
        PackManager(data_dir).install_file(pack_files["he_en@1.0"])
        window = restored_at(qtbot, seeded_library, 1)
        qtbot.waitUntil(lambda: window.translation is not None, timeout=10000)
        qtbot.waitUntil(lambda: seeded_library.get_article(1).translated == "he_en@1.0", timeout=60000)
        assert queued_before_the_last_feature == [True]  # once: the catch-up found it queued
        assert constructed == ["he_en"]
        assert warm_ups == []  # the translation's own call came first: no warm-up model
        assert not [what for what, _ in prepared if what[0] == "preload"]  # nor the 300 ms preload
        assert no_network == []
    finally:
        translation.LoadedPack.__init__ = original_init
    window.close()


def test_the_features_installed_after_the_restored_article_was_queued_learn_it_is_awaited(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    """The entity feature (installed after the translation feature) waits for
    the first translated paragraph as it does for an article opened later:
    the window's catch-up tells it the article is awaited."""
    from support.translation_hold import hold_translation

    release = hold_translation(monkeypatch, 20)
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    window = restored_at(qtbot, seeded_library, 1)
    try:
        qtbot.waitUntil(lambda: not window._not_installed, timeout=10000)
        qtbot.wait(50)
        assert window.translation.first_paragraph_pending()
        assert window.entities._translation_awaited == 1
    finally:
        release.set()
    qtbot.waitUntil(lambda: seeded_library.get_article(1).translated == "he_en@1.0", timeout=60000)
    qtbot.waitUntil(lambda: window.entities._translation_awaited is None, timeout=10000)
    window.close()


@pytest.mark.parametrize("case", ["translated", "english", "no pack"])
def test_a_restored_article_with_nothing_to_translate_loads_nothing_at_install(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads, prepared, case, tmp_path
):
    PackManager(data_dir).install_file(pack_files["ar_en@1.0" if case == "no pack" else "he_en@1.0"])
    article_id = 1
    if case == "translated":
        seeded_library.mark_translated(1, "he_en@1.0")
    elif case == "english":
        from reader.core.library import import_into

        english = tmp_path / "english.txt"  # written here
        english.write_text(
            "The harbour ferry will run again next week.\n\n"
            "The town council said on Monday that the repairs to the pier were finished "
            "and that the morning crossings would start again on Tuesday.\n",
            encoding="utf-8",
        )
        (result,) = import_into(seeded_library, [english])
        article_id = result.article_id
        assert seeded_library.get_article(article_id).language == "en"
    window = restored_at(qtbot, seeded_library, article_id)
    qtbot.waitUntil(lambda: window.translation is not None, timeout=10000)
    qtbot.wait(100)
    assert not [what for what, _ in prepared if what[0] == "route"]
    assert window.translation.job.pending() == 0 and window.translation.handle is None  # nothing queued
    window.close()


def test_a_restored_article_whose_pack_fails_to_load_leaves_the_window_usable(
    qtbot, seeded_library, data_dir, pack_files, warm_ups, loads, prepared
):
    pack = PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    (pack.path / "model" / "model.bin").write_bytes(b"garbage")  # damaged on disk after install
    window = restored_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: window.translation is not None, timeout=10000)
    # the article's own translation says what is wrong
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage(), timeout=60000)
    assert warm_ups == []
    assert window.select_article(2)  # the window still reads articles
    assert window.current_article_id() == 2
    window.close()
