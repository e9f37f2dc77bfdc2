"""Issue 14, the first translated paragraph of the article a window restores:
`load_for_restored` loads its model before the window is built (only for an
untranslated, non-English article with an installed pack; nothing downloaded;
a damaged pack or library loses only the gain), and the model's threads run
at the loading thread's priority for the reader's paragraph, lowered for
everything after it (the rest of the article, other articles, leads). Copy
packs: output == input, so the translations are the same either way."""

import pytest

from reader.core import article_translation, translation
from reader.core.article_translation import first_call, load_for_restored, translate_article, translate_lead
from reader.core.library import import_into
from reader.core.packs import PackManager

HEBREW = 1  # a sample (tests/conftest.py), untranslated


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    manager.install_file(pack_files["he_en@1.0"])
    yield manager
    translation.clear_cache()


@pytest.fixture
def lowered_at_calls(monkeypatch):
    """For each model call (LoadedPack.translate_texts), were its threads lowered?"""
    seen = []
    original = translation.LoadedPack.translate_texts

    def recording(self, texts, *args, **kwargs):
        seen.append(self.lowered)
        return original(self, texts, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "translate_texts", recording)
    return seen


def test_the_reader_s_paragraph_runs_before_the_model_threads_are_lowered(
    seeded_library, packs, lowered_at_calls, no_network
):
    before = {p: list(s) for p, (s, _) in seeded_library.get_translation(HEBREW).items()}
    assert before == {}
    shown = []
    translate_article(
        seeded_library, packs, HEBREW, on_partial=lambda p, s: None, on_paragraph=lambda p, s: shown.append(p)
    )
    assert lowered_at_calls[0] is False  # the reader's paragraph, alone
    assert lowered_at_calls[1:] and all(lowered_at_calls[1:])  # the rest after it
    article = seeded_library.get_article(HEBREW)
    stored = seeded_library.get_translation(HEBREW)
    assert all(stored[p][0] == paragraph.sentence_texts() for p, paragraph in enumerate(article.paragraphs))


def test_an_article_no_reader_waits_for_runs_lowered_from_its_first_call(
    seeded_library, packs, lowered_at_calls
):
    translate_article(seeded_library, packs, HEBREW)  # no on_partial: not the article read
    assert lowered_at_calls and all(lowered_at_calls)


def test_a_lead_runs_lowered(seeded_library, packs, lowered_at_calls, monkeypatch):
    monkeypatch.setattr(article_translation, "LEAD_MAX_TOKENS", 10_000)
    assert translate_lead(seeded_library, packs, HEBREW, load_language="he") is not None
    assert lowered_at_calls == [True]


@pytest.fixture
def loads(monkeypatch):
    made = []
    original = translation.LoadedPack.__init__

    def recording(self, pack, *args, **kwargs):
        made.append(pack.code)
        original(self, pack, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "__init__", recording)
    return made


def test_the_restored_untranslated_article_s_model_is_loaded(
    seeded_library, data_dir, packs, loads, no_network
):
    seeded_library.set_setting("last_article", HEBREW)
    route = load_for_restored(data_dir)
    assert route is not None and route.provenance == "he_en@1.0"
    assert loads == ["he_en"]
    assert translation.is_loaded(route)
    assert no_network == []


def test_the_article_asked_for_wins_over_the_last_session_s(seeded_library, data_dir, packs, loads):
    seeded_library.set_setting("last_article", HEBREW)
    assert load_for_restored(data_dir, 4) is None  # Dutch: no Dutch pack
    assert loads == []


@pytest.mark.parametrize("case", ["translated", "english", "no pack", "no session", "gone"])
def test_nothing_is_loaded_when_nothing_is_to_translate(
    seeded_library, data_dir, packs, loads, case, tmp_path
):
    article_id = HEBREW
    if case == "translated":
        seeded_library.mark_translated(HEBREW, "he_en@1.0")
    elif case == "english":
        english = tmp_path / "english.txt"  # written here
        english.write_text(
            "The harbour ferry will run again next week.\n\n"
            "The town council said on Monday that the repairs to the pier were finished.\n",
            encoding="utf-8",
        )
        (result,) = import_into(seeded_library, [english])
        article_id = result.article_id
    elif case == "no pack":
        article_id = 3  # Arabic
    elif case == "gone":
        article_id = 999
    if case != "no session":
        seeded_library.set_setting("last_article", article_id)
    assert load_for_restored(data_dir) is None
    assert loads == []


def test_a_damaged_pack_loses_only_the_gain(seeded_library, data_dir, packs):
    (packs.find_route("he").packs[0].path / "model" / "model.bin").write_bytes(b"garbage")
    seeded_library.set_setting("last_article", HEBREW)
    assert load_for_restored(data_dir) is None  # no exception


def test_a_damaged_library_loses_only_the_gain(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"not a database")
    assert load_for_restored(folder, 1) is None


# --- the restored article's first paragraph translated ahead (load_for_restored) ----------

SHORT_TITLED = (  # written here: a short title (no draft is worth making for it), then longer paragraphs
    "גשם בעיר\n\n"
    "הגשם הראשון של החורף ירד הלילה בעיר, והרחובות ליד הנמל הוצפו למשך כמה שעות.\n\n"
    "העירייה אמרה כי צוותים עבדו עד הבוקר, וכי קווי האוטובוס יחזרו לפעול כרגיל מחר.\n"
)


@pytest.fixture
def short_titled(seeded_library, tmp_path):
    """A Hebrew article whose lead (a short title) is not worth a draft: its id."""
    path = tmp_path / "short-titled.txt"
    path.write_text(SHORT_TITLED, encoding="utf-8")
    (result,) = import_into(seeded_library, [path])
    article = seeded_library.get_article(result.article_id)
    assert article.language == "he" and len(article.paragraphs[0].sentences) == 1
    yield result.article_id
    article_translation._ahead.clear()  # (what a test left waiting for a translation)


@pytest.fixture
def calls(monkeypatch):
    """The texts of each model call (LoadedPack.translate_texts), in order."""
    made: list[list[str]] = []
    original = translation.LoadedPack.translate_texts

    def recording(self, texts, *args, **kwargs):
        made.append(list(texts))
        return original(self, texts, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "translate_texts", recording)
    return made


def _translate(library, packs, article_id, cancel=None, first_paragraph=0):
    """translate_article as the window's job runs it for the article read: (paragraphs shown in order)."""
    shown: list[int] = []
    translate_article(
        library,
        packs,
        article_id,
        on_paragraph=lambda p, s: shown.append(p),
        on_partial=lambda p, s: None,
        cancel=cancel,
        first_paragraph=first_paragraph,
    )
    return shown


def test_the_restored_article_s_first_paragraph_is_translated_ahead_once_in_the_same_calls(
    seeded_library, data_dir, packs, short_titled, calls, no_network
):
    seeded_library.set_setting("last_article", short_titled)
    assert load_for_restored(data_dir) is not None
    article = seeded_library.get_article(short_titled)
    assert calls == [article.paragraphs[0].sentence_texts()]  # the lead alone, in one call
    assert seeded_library.get_translation(short_titled)[0][1] == "he_en@1.0"  # stored
    shown = _translate(seeded_library, packs, short_titled)
    assert shown[0] == 0  # shown first, from what the start-up's thread stored
    assert sorted(shown) == list(range(len(article.paragraphs)))
    ahead = list(calls)
    # The same model calls as without the start-up's thread (so the same translations with a real model).
    article_translation._ahead.clear()
    seeded_library.execute("DELETE FROM translations WHERE article_id = ?", (short_titled,))
    seeded_library.mark_translated(short_titled, None)
    calls.clear()
    assert _translate(seeded_library, packs, short_titled)[0] == 0
    assert calls == ahead
    stored = seeded_library.get_translation(short_titled)
    assert [stored[p][0] for p in range(len(article.paragraphs))] == [
        p.sentence_texts() for p in article.paragraphs
    ]
    assert no_network == []


def test_a_reader_left_past_the_last_paragraph_gets_the_same_calls_with_the_start_up_s_thread(
    seeded_library, data_dir, packs, short_titled, calls
):
    """The saved place is past the article's last paragraph (it was re-imported
    shorter since): the call made first (ahead, at start-up) is the first
    paragraph above it left to translate, the short title; then the rest in
    full batches, as without the start-up's thread (not the paragraph after
    the title alone)."""
    from reader.core.storage.sessions import SessionStore

    article = seeded_library.get_article(short_titled)
    past = len(article.paragraphs)
    SessionStore(seeded_library).save_position(short_titled, past, 0)

    def translated(with_start_up_thread: bool) -> list[list[str]]:
        calls.clear()
        if with_start_up_thread:
            assert load_for_restored(data_dir, short_titled) is not None
            assert calls == [article.paragraphs[0].sentence_texts()]  # the title, ahead
        assert _translate(seeded_library, packs, short_titled, first_paragraph=past)[0] == 0
        made = list(calls)
        article_translation._ahead.clear()
        seeded_library.execute("DELETE FROM translations WHERE article_id = ?", (short_titled,))
        seeded_library.mark_translated(short_titled, None)
        return made

    without = translated(False)
    assert without == [
        article.paragraphs[0].sentence_texts(),
        [s for p in article.paragraphs[1:] for s in p.sentence_texts()],
    ]
    assert translated(True) == without


def test_the_paragraph_where_the_reader_left_off_is_the_one_translated_ahead(
    seeded_library, data_dir, packs, calls
):
    from reader.core.storage.sessions import SessionStore

    article = seeded_library.get_article(2)  # its paragraph 2: one short sentence; its lead is long
    SessionStore(seeded_library).save_position(2, 2, 0)
    assert load_for_restored(data_dir, 2) is not None
    assert calls == [article.paragraphs[2].sentence_texts()]
    assert set(seeded_library.get_translation(2)) == {2}
    article_translation._ahead.clear()


def test_a_paragraph_worth_a_draft_is_left_to_the_window_s_translation(
    seeded_library, data_dir, packs, calls, lowered_at_calls
):
    seeded_library.set_setting("last_article", HEBREW)  # a long first paragraph: drafted first
    assert load_for_restored(data_dir) is not None
    assert calls == [] and seeded_library.get_translation(HEBREW) == {}
    assert _translate(seeded_library, packs, HEBREW)[0] == 0
    assert lowered_at_calls[0] is False  # the reader's paragraph, as before


@pytest.fixture
def slow_load(monkeypatch):
    """The model load waits for the event returned."""
    import threading

    release = threading.Event()
    original = translation.LoadedPack.__init__

    def waiting(self, *args, **kwargs):
        assert release.wait(30)
        original(self, *args, **kwargs)

    monkeypatch.setattr(translation.LoadedPack, "__init__", waiting)
    return release


def test_the_window_s_translation_waits_for_the_call_made_ahead(
    seeded_library, data_dir, packs, short_titled, calls, slow_load
):
    import threading

    seeded_library.set_setting("last_article", short_titled)
    restoring = threading.Thread(target=load_for_restored, args=(data_dir,))
    restoring.start()
    # In the app the window's translation is queued long after; here, once the thread is known.
    while short_titled not in article_translation._ahead:
        restoring.join(0.01)
    shown: list[list[int]] = []
    job = threading.Thread(target=lambda: shown.append(_translate(seeded_library, packs, short_titled)))
    job.start()
    job.join(0.3)
    assert job.is_alive()  # waiting for the start-up's thread, no load or call of its own
    slow_load.set()
    restoring.join(30)
    job.join(30)
    lead = seeded_library.get_article(short_titled).paragraphs[0].sentence_texts()
    assert shown and shown[0][0] == 0
    assert [c for c in calls if c[: len(lead)] == lead] == [lead]  # translated once


def test_a_cancel_while_waiting_for_the_call_made_ahead_leaves_it_to_the_next_translation(
    seeded_library, data_dir, packs, short_titled, slow_load
):
    import threading

    seeded_library.set_setting("last_article", short_titled)
    restoring = threading.Thread(target=load_for_restored, args=(data_dir,))
    restoring.start()
    while short_titled not in article_translation._ahead:
        restoring.join(0.01)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(translation.TranslationCancelled):
        _translate(seeded_library, packs, short_titled, cancel)
    slow_load.set()
    restoring.join(30)
    assert _translate(seeded_library, packs, short_titled)[0] == 0  # (from the store, shown first)


def test_a_damaged_pack_leaves_no_translation_waiting(seeded_library, data_dir, packs, short_titled):
    (packs.find_route("he").packs[0].path / "model" / "model.bin").write_bytes(b"garbage")
    seeded_library.set_setting("last_article", short_titled)
    assert load_for_restored(data_dir) is None
    with pytest.raises(translation.PackLoadError):  # at once: nothing to wait for
        _translate(seeded_library, packs, short_titled)


def test_an_article_re_imported_shorter_after_its_paragraph_was_translated_ahead(
    seeded_library, data_dir, packs, tmp_path
):
    """The paragraph translated ahead (where the reader left off) is gone when the
    article is re-imported with fewer paragraphs before the window translates it."""
    from reader.core.storage.sessions import SessionStore

    body = (  # written here: two long paragraphs, then a short one
        "הגשם הראשון של החורף ירד הלילה בעיר, והרחובות ליד הנמל הוצפו למשך כמה שעות.\n\n"
        "העירייה אמרה כי צוותים עבדו עד הבוקר, וכי קווי האוטובוס יחזרו לפעול כרגיל מחר.\n\n"
    )
    path = tmp_path / "rain.txt"
    path.write_text(body + "גשם בעיר\n", encoding="utf-8")
    (result,) = import_into(seeded_library, [path])
    article_id = result.article_id
    SessionStore(seeded_library).save_position(article_id, 2, 0)
    assert load_for_restored(data_dir, article_id) is not None
    assert set(seeded_library.get_translation(article_id)) == {2}
    path.write_text(body, encoding="utf-8")
    (again,) = import_into(seeded_library, [path])
    assert again.article_id == article_id and len(seeded_library.get_article(article_id).paragraphs) == 2
    try:
        assert sorted(_translate(seeded_library, packs, article_id)) == [0, 1]
    finally:
        article_translation._ahead.clear()


# --- the first model call, one decision for translate_article, the start-up's thread and leads -------


def _untranslated(library, article_id):
    library.execute("DELETE FROM translations WHERE article_id = ?", (article_id,))
    library.mark_translated(article_id, None)


def test_translate_article_s_first_call_is_first_call_s(seeded_library, packs, short_titled, calls):
    article = seeded_library.get_article(short_titled)
    route = packs.find_route("he", "en")
    # from each paragraph, and from past the last one (the first one above it left to translate)
    for start in (0, 1, 2, len(article.paragraphs)):
        _untranslated(seeded_library, short_titled)
        calls.clear()
        first = first_call(article.paragraphs, {}, route, start)
        assert first is not None and first.whole
        assert first.paragraph == (min(start, 2) if start < len(article.paragraphs) else 0)
        translate_article(seeded_library, packs, short_titled, first_paragraph=start)
        assert calls[0] == first.sources == article.paragraphs[first.paragraph].sentence_texts()


def test_a_kept_reader_s_paragraph_makes_no_first_call_of_its_own(seeded_library, packs, short_titled):
    article = seeded_library.get_article(short_titled)
    route = packs.find_route("he", "en")
    seeded_library.save_translation(short_titled, 1, ["Stored."], "he_en@1.0")
    stored = seeded_library.get_translation(short_titled)
    assert first_call(article.paragraphs, stored, route, 1) is None  # every call a full batch
    assert first_call(article.paragraphs, stored, route, 1, force=True).paragraph == 1
    assert first_call(article.paragraphs, stored, route, 0).paragraph == 0
    seeded_library.save_translation(short_titled, 0, ["Old."], "he_en@0.9")  # another route's
    assert (
        first_call(article.paragraphs, seeded_library.get_translation(short_titled), route, 0).paragraph == 0
    )


def test_a_paragraph_longer_than_a_batch_is_cut(seeded_library, packs, calls):
    article = seeded_library.get_article(HEBREW)
    route = packs.find_route("he", "en")
    longest = max(range(len(article.paragraphs)), key=lambda p: len(article.paragraphs[p].sentences))
    first = first_call(article.paragraphs, {}, route, longest, batch_size=1)
    assert len(article.paragraphs[longest].sentences) > 1
    assert first.sources == article.paragraphs[longest].sentence_texts()[:1] and not first.whole
    assert translate_lead(seeded_library, packs, HEBREW, load_language="he", batch_size=0) is None
    assert calls == []
