"""Leads translated ahead in the window (issue 14): once the window is idle
after an article is opened, the leads of untranslated articles near it in
the list are translated and stored, after the open article's own work;
opening one shows its first paragraph from the store. Only with an
installed pack, never a download; a damaged pack shows nothing broken.
Copy packs: output == input."""

import pytest

from reader.core import article_translation, translation
from reader.core.packs import PackManager
from reader.ui import translation_ui
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import TRANSLATION

# The samples: 1, 2 Hebrew; 3 Arabic; 4 Dutch; 5 French (tests/conftest.py).


@pytest.fixture(autouse=True)
def quick_leads(monkeypatch):
    monkeypatch.setattr(translation_ui, "LEADS_AFTER_MS", 50)
    # The samples' leads are long sentences: any length here (the bound: test_article_translation_leads).
    monkeypatch.setattr(article_translation, "LEAD_MAX_TOKENS", 10_000)
    translation.clear_cache()
    yield
    translation.clear_cache()


def lead_of(library, article_id):
    paragraphs = library.get_article(article_id).paragraphs
    return next(i for i in range(len(paragraphs)) if paragraphs[i].sentences)


def shown_at(qtbot, library, article_id):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.restore_state(article_id)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=10000)
    return window


def test_a_neighbours_lead_is_translated_ahead_and_shown_on_opening(
    qtbot, seeded_library, data_dir, pack_files, no_network
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    seeded_library.mark_translated(1, "he_en@1.0")  # opening it translates nothing
    window = shown_at(qtbot, seeded_library, 1)
    lead = lead_of(seeded_library, 2)
    qtbot.waitUntil(lambda: lead in seeded_library.get_translation(2), timeout=60000)
    assert list(seeded_library.get_translation(2)) == [lead]  # the lead only
    assert seeded_library.list_articles([2])[0]["translated"] is None
    assert seeded_library.get_translation(3) == {}  # Arabic: no pack

    window.select_article(2)  # at once, before any model call: from the store
    source = seeded_library.get_article(2).paragraphs[lead].sentence_texts()
    assert window.reading_view.pane_text(TRANSLATION, lead) == " ".join(source)
    # and the rest of it is translated as usual
    qtbot.waitUntil(lambda: seeded_library.list_articles([2])[0]["translated"] == "he_en@1.0", timeout=60000)
    window.close()
    assert no_network == []


def test_no_leads_without_an_installed_pack(qtbot, seeded_library):
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.wait(400)  # several times LEADS_AFTER_MS
    window.select_article(2)
    qtbot.wait(400)
    assert window.translation.handle is None  # no job, no thread, no model
    assert not translation._cache
    assert all(seeded_library.get_translation(a) == {} for a in range(1, 6))
    window.close()


def test_the_open_articles_paragraphs_come_before_any_lead(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    monkeypatch.setattr(translation_ui, "LEADS_NEAR", 0)  # the test sets the leads itself
    window = shown_at(qtbot, seeded_library, 4)  # Dutch: nothing to translate
    feature = window.translation
    order = []
    feature.job.paragraphReady.connect(lambda a, p, s: order.append(a))
    feature.job.set_leads([1], "he")
    feature.job.enqueue(2, first=True)  # the open article's work, queued after the leads
    feature.handle = window.run_job(feature.job)
    qtbot.waitUntil(lambda: 1 in order, timeout=60000)
    with_sentences = [p for p in seeded_library.get_article(2).paragraphs if p.sentences]
    assert order[: len(with_sentences)] == [2] * len(with_sentences)
    assert order[len(with_sentences) :] == [1]  # then the lead, once
    window.close()


def test_a_damaged_pack_shows_nothing_broken(qtbot, seeded_library, data_dir, pack_files):
    manager = PackManager(data_dir)
    manager.install_file(pack_files["he_en@1.0"])
    (manager.get("he_en").path / "model" / "model.bin").write_bytes(b"garbage")
    seeded_library.mark_translated(1, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)
    qtbot.waitUntil(lambda: window.translation.handle is not None, timeout=10000)  # the leads ran
    qtbot.waitUntil(lambda: window.translation.job.pending() == 0 and not window.translation.job.leads)
    qtbot.wait(200)
    assert seeded_library.get_translation(2) == {}
    assert not window.statusBar().currentMessage().startswith("Translation")  # nothing said for a lead
    window.select_article(4)  # the window goes on
    assert window.current_article_id() == 4
    window.close()


def test_cancel_drops_the_leads_the_opening_would_set(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    """The reader's Cancel within LEADS_AFTER_MS of an opening: no lead is
    translated after it (the leads timer is stopped too), until the next opening."""
    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    monkeypatch.setattr(translation_ui, "LEADS_AFTER_MS", 300)
    seeded_library.mark_translated(1, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)
    feature = window.translation
    qtbot.waitUntil(feature._leads_timer.isActive, timeout=10000)
    feature.cancel()
    qtbot.wait(800)
    assert seeded_library.get_translation(2) == {}
    assert not feature.job.leads
    window.close()


def test_leads_stop_when_the_library_cannot_store_them(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    """A read-only or damaged library: the first lead fails to be stored, and
    the others are dropped rather than each costing a model call for nothing."""
    from reader.core.storage import Library, LibraryError
    from reader.ui.jobs import JobContext

    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    calls = []
    original = translation.SentenceTranslator.translate

    def recording(self, sentences, *args, **kwargs):
        calls.append(list(sentences))
        return original(self, sentences, *args, **kwargs)

    def read_only(*args, **kwargs):
        raise LibraryError("attempt to write a readonly database")

    monkeypatch.setattr(translation.SentenceTranslator, "translate", recording)
    monkeypatch.setattr(Library, "save_translation", read_only)
    job = translation_ui.TranslationJob()

    class StopWhenIdle:  # the job's loop ends once the leads are through (no waiting for more)
        def wait(self):
            job.cancel_event.set()

        def set(self):
            pass

        def clear(self):
            pass

    job.wake = StopWhenIdle()
    job.set_leads([1, 2], "he")  # two untranslated Hebrew articles
    context = JobContext(data_dir, job.cancel_event)
    job.work(context)
    context.close()
    assert len(calls) == 1 and not job.leads
    assert seeded_library.get_translation(1) == seeded_library.get_translation(2) == {}


def test_a_library_failing_when_the_leads_are_looked_up_sets_none(
    qtbot, seeded_library, data_dir, pack_files, monkeypatch
):
    """The leads' look-up on the UI thread (a damaged library) raises nothing
    into the event loop: no lead is set, no job started for them."""
    from reader.core.storage import LibraryError

    PackManager(data_dir).install_file(pack_files["he_en@1.0"])
    monkeypatch.setattr(translation_ui, "LEADS_NEAR", 0)  # no leads before the library fails
    seeded_library.mark_translated(1, "he_en@1.0")
    window = shown_at(qtbot, seeded_library, 1)

    def damaged(*args, **kwargs):
        raise LibraryError("database disk image is malformed")

    monkeypatch.setattr(window.library, "list_articles", damaged)
    monkeypatch.setattr(translation_ui, "LEADS_NEAR", 20)
    window.translation._translate_leads()
    assert not window.translation.job.leads and window.translation.handle is None
    window.close()


def test_the_articles_near_are_the_listed_rows_nearest_the_open_one(window):
    """MainWindow.articles_near: as the list shows them, nearest first, the
    next row before the previous, the open one left out, at most ``count``."""
    proxy = window.article_filter
    listed = [window.article_model.article_id(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(5)]
    assert proxy.rowCount() == 5
    window.select_article(listed[1])
    assert window.articles_near(3) == [listed[2], listed[0], listed[3]]
    assert window.articles_near(10) == [listed[2], listed[0], listed[3], listed[4]]
    assert window.articles_near(0) == []
    window.select_article(listed[4])
    assert window.articles_near(2) == [listed[3], listed[2]]
