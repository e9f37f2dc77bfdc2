"""The paragraph the reader is at is translated first (issue 14: first
translated paragraph on screen sooner), through copy packs (output == input)."""

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from reader.core import translation
from reader.core.article_translation import translate_article
from reader.core.packs import PackManager
from reader.core.storage.sessions import SessionStore
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import TRANSLATION

ARABIC = 3  # the longest sample: 56 paragraphs


@pytest.fixture
def packs(data_dir, pack_files):
    translation.clear_cache()
    manager = PackManager(data_dir)
    manager.install_file(pack_files["ar_en@1.0"])
    yield manager
    translation.clear_cache()


def test_the_readers_paragraph_comes_first_then_those_after_then_those_above(seeded_library, packs):
    article = seeded_library.get_article(ARABIC)
    count = len(article.paragraphs)
    streamed = []
    translate_article(
        seeded_library, packs, ARABIC, on_paragraph=lambda p, s: streamed.append(p), first_paragraph=30
    )
    with_sentences = [p for p in range(count) if article.paragraphs[p].sentences]
    assert streamed[0] == 30
    assert sorted(streamed) == list(range(count))  # every paragraph once
    after = [p for p in streamed if p >= 30]
    assert streamed[: len(after)] == after  # all of 30.. before any above it
    # the translation stored is the whole article, as from the top
    stored = seeded_library.get_translation(ARABIC)
    assert [stored[p][0] for p in with_sentences] == [
        article.paragraphs[p].sentence_texts() for p in with_sentences
    ]
    assert seeded_library.list_articles([ARABIC])[0]["translated"] == "ar_en@1.0"


def test_opening_an_article_translates_where_the_reader_left_off_first(qtbot, seeded_library, packs):
    SessionStore(seeded_library).save_position(ARABIC, 30, 0, progress=0.5)
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    applied = []
    view = window.reading_view
    original = view.set_translation
    view.set_translation = lambda p, s: (applied.append(p), original(p, s))[1]
    window.restore_state(ARABIC)
    window.show()
    qtbot.waitUntil(lambda: len(applied) >= 2, timeout=60000)
    assert applied[0] == 30
    article = seeded_library.get_article(ARABIC)
    assert view.pane_text(TRANSLATION, 30) == " ".join(article.paragraphs[30].sentence_texts())
    window.close()


def test_translate_again_starts_at_the_paragraph_in_view(qtbot, seeded_library, packs):
    translate_article(seeded_library, packs, ARABIC)
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.restore_state(ARABIC)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the reading cursor's own scroll to the saved place is done
    view = window.reading_view
    view.reveal(40)
    view.scroll_to(TRANSLATION, 40)
    # the top of the view, near the paragraph scrolled to (once the layout it waits for is done)
    qtbot.waitUntil(lambda: 30 <= window.translation._paragraph_in_view() <= 40, timeout=10000)
    in_view = window.translation._paragraph_in_view()
    started = []
    window.translation.job.paragraphReady.connect(lambda a, p, s: started.append(p))
    window.translation.translate_current(force=True)
    qtbot.waitUntil(lambda: bool(started), timeout=60000)
    assert started[0] == in_view
    window.close()


HEBREW_LEAD = 1  # its first paragraph has three sentences


def test_the_readers_paragraph_shows_a_draft_of_its_first_words_then_the_whole_of_it(
    seeded_library, packs, pack_files
):
    packs.install_file(pack_files["he_en@1.0"])
    article = seeded_library.get_article(HEBREW_LEAD)
    lead = article.paragraphs[0].sentence_texts()
    assert len(lead) == 3
    hop = translation.load_pack(packs.find_route("he", "en").packs[0])  # the one translate_article uses
    calls: list[tuple[int, int]] = []
    events = []
    drafted = threading.Event()
    # The translation waits for the draft: which comes first is then known.
    hop.translator = _Counting(hop.translator, calls, before_beam=drafted)

    def on_partial(p, texts):
        events.append(("partial", p, texts))
        drafted.set()

    translate_article(
        seeded_library,
        packs,
        HEBREW_LEAD,
        on_paragraph=lambda p, s: events.append(("whole", p, s)),
        on_partial=on_partial,
    )
    # the draft of the lead's first words (one greedy call), and the lead in one call
    assert sorted(calls[:2]) == [(1, 1), (3, 4)]
    assert all(beam == 4 for _, beam in calls[2:])  # nothing else is drafted
    assert [e[:2] for e in events[:2]] == [("partial", 0), ("whole", 0)]
    first_words, whole = (texts for _, _, texts in events[:2])
    assert whole == lead  # copy pack: output == input
    assert len(first_words) == 1 and 0 < len(first_words[0].split()) < len(lead[0].split())
    assert first_words[0].split() == lead[0].split()[: len(first_words[0].split())]  # whole words
    stored = seeded_library.get_translation(HEBREW_LEAD)
    assert [stored[p][0] for p in range(len(article.paragraphs))] == [
        p.sentence_texts() for p in article.paragraphs
    ]
    # Nobody showing partial paragraphs (the CLI, the library in the background): no draft.
    calls.clear()
    translate_article(seeded_library, packs, HEBREW_LEAD, force=True)
    assert calls[0] == (3, 4)
    assert all(beam == 4 for _, beam in calls)


class _Ordered:
    """A CTranslate2 translator that records when each call starts and ends
    (beam size); with `hold`, the draft's call waits for that event."""

    def __init__(self, inner, order, hold: threading.Event | None = None):
        self.inner, self.order, self.hold = inner, order, hold

    def translate_batch(self, source, **options):
        beam = options["beam_size"]
        self.order.append(("start", beam))
        if self.hold is not None and beam == 1:
            assert self.hold.wait(30)
        try:
            return self.inner.translate_batch(source, **options)
        finally:
            self.order.append(("end", beam))


def test_the_readers_paragraph_waits_for_its_draft(seeded_library, packs, pack_files):
    """The beam search starts once the draft's words are there: beside it, the
    draft shared the job's share of a busy machine's cores with it."""
    packs.install_file(pack_files["he_en@1.0"])
    hop = translation.load_pack(packs.find_route("he", "en").packs[0])
    order: list[tuple[str, int]] = []
    hop.translator = _Ordered(hop.translator, order)
    translate_article(seeded_library, packs, HEBREW_LEAD, on_partial=lambda p, texts: None)
    assert order[:3] == [("start", 1), ("end", 1), ("start", 4)]


def test_a_draft_that_takes_long_does_not_hold_the_translation(
    seeded_library, packs, pack_files, monkeypatch
):
    packs.install_file(pack_files["he_en@1.0"])
    monkeypatch.setattr(translation, "DRAFT_HEAD_START", 0.05)
    hop = translation.load_pack(packs.find_route("he", "en").packs[0])
    order: list[tuple[str, int]] = []
    beam_started = threading.Event()
    hop.translator = _Ordered(hop.translator, order, hold=beam_started)
    shown = []

    def on_paragraph(p, sentences):
        beam_started.set()  # the draft's call goes on only once the translation has come
        shown.append(p)

    translate_article(
        seeded_library, packs, HEBREW_LEAD, on_paragraph=on_paragraph, on_partial=lambda p, t: None
    )
    assert order[:2] == [("start", 1), ("start", 4)]
    assert 0 in shown
    for thread in threading.enumerate():
        if thread.name == "translation-draft":
            thread.join(30)


def test_no_draft_comes_after_a_cancelled_translation(seeded_library, packs, pack_files):
    from reader.core.translation import TranslationCancelled

    packs.install_file(pack_files["he_en@1.0"])
    cancel = threading.Event()
    cancel.set()  # before the first model call: the draft's thread may still be running
    returned = threading.Event()
    late = []
    with pytest.raises(TranslationCancelled):
        translate_article(
            seeded_library,
            packs,
            HEBREW_LEAD,
            on_partial=lambda p, texts: returned.is_set() and late.append(texts),
            cancel=cancel,
        )
    returned.set()
    for thread in threading.enumerate():
        if thread.name == "translation-draft":
            thread.join(30)
    assert late == []


class _Counting:
    """A CTranslate2 translator that records each call's sentence count and beam
    size; with `before_beam`, the first beam search waits for that event."""

    def __init__(self, inner, calls, before_beam: threading.Event | None = None):
        self.inner, self.calls, self.before_beam = inner, calls, before_beam

    def translate_batch(self, source, **options):
        self.calls.append((len(source), options["beam_size"]))
        if self.before_beam is not None and options["beam_size"] > 1:
            assert self.before_beam.wait(30)
            self.before_beam = None
        return self.inner.translate_batch(source, **options)


def test_a_partly_translated_paragraph_is_shown_dimmed_until_the_whole_of_it(qtbot, seeded_library):
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    window.select_article(HEBREW_LEAD)
    view = window.reading_view

    def cell_selected(paragraph):
        """A cursor selecting all a translation cell shows."""
        cell = view.cell(TRANSLATION, paragraph)
        cursor = cell.firstCursorPosition()
        cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
        return cursor

    def shown_in(paragraph):
        return cell_selected(paragraph).selectedText()

    # Cancelled or failed: what was shown before comes back (the placeholder in the first row).
    before = [shown_in(0), shown_in(1)]
    assert before[0].startswith("No translation") and before[1] == ""
    view.show_partial_translation(0, ["First."])
    view.show_partial_translation(1, ["Other."])
    assert [shown_in(0), shown_in(1)] == ["First. …", "Other. …"]
    view.drop_partial_translations()
    assert [shown_in(0), shown_in(1)] == before

    cell = view.cell(TRANSLATION, 0)
    view.show_partial_translation(0, ["First.", "Second."])
    shown = cell_selected(0)
    assert shown.selectedText() == "First. Second. …"
    assert shown.charFormat().fontItalic()
    assert view.pane_text(TRANSLATION, 0) == ""  # not article text yet
    assert view.locate(cell.firstPosition() + 2) is None
    view.set_translation(0, ["First.", "Second.", "Third."])
    assert shown_in(0) == "First. Second. Third."
    assert view.locate(view.cell(TRANSLATION, 0).firstPosition() + 2) == (TRANSLATION, 0, 2)
    view.show_partial_translation(0, ["Other."])  # a translation shown stays
    assert view.pane_text(TRANSLATION, 0) == "First. Second. Third."

    # The job cancelled: partial paragraphs shown or still to be shown go.
    feature = window.translation
    feature._on_partial(HEBREW_LEAD, 3, ["Shown."])
    qtbot.waitUntil(lambda: shown_in(3) == "Shown. …")
    feature._on_partial(HEBREW_LEAD, 2, ["Queued."])
    feature._on_failed(HEBREW_LEAD, "cancelled")
    qtbot.wait(50)
    assert shown_in(2) == shown_in(3) == ""
    window.close()


def test_only_the_article_being_read_comes_in_part(qtbot, seeded_library, packs, pack_files):
    from reader.ui.translation_ui import TranslationJob

    packs.install_file(pack_files["he_en@1.0"])
    hop = translation.load_pack(packs.find_route("he", "en").packs[0])
    calls: list[tuple[int, int]] = []
    drafted = threading.Event()
    hop.translator = _Counting(hop.translator, calls, before_beam=drafted)  # the open article's lead waits
    job = TranslationJob()
    partial = []
    # Called on the drafting thread, as it emits (this thread runs the job: no event loop meanwhile).
    job.paragraphPartial.connect(
        lambda a, p, s: (partial.append(a), drafted.set()), Qt.ConnectionType.DirectConnection
    )
    job.enqueue(2)  # in the background
    job.enqueue(HEBREW_LEAD, first=True)  # open
    # Run on this thread until both are done (JobContext's part of the work: where, and when to stop).
    job.work(
        SimpleNamespace(
            library=seeded_library, data_dir=seeded_library.data_dir, cancelled=lambda: job.pending() == 0
        )
    )
    assert set(partial) == {HEBREW_LEAD}
    assert [beam for _, beam in calls].count(1) == 1  # one draft: the open article's
    assert all(r["translated"] for r in seeded_library.list_articles([HEBREW_LEAD, 2]))


def test_the_job_hands_back_freed_memory_after_each_article(
    qtbot, seeded_library, packs, pack_files, monkeypatch
):
    """Memory the model's work freed goes back after each article the job
    translates, not only once the idle timer fires (TRIM_AFTER_SECONDS)."""
    from reader.ui.translation_ui import TranslationJob

    packs.install_file(pack_files["he_en@1.0"])
    monkeypatch.setattr(translation, "TRIM_AFTER_SECONDS", 60.0)  # the timer stays out of it
    trims: list[int | None] = []
    job = TranslationJob()
    monkeypatch.setattr(translation, "_return_freed_memory", lambda: trims.append(job.current))
    done: list[int] = []
    job.articleDone.connect(lambda a, provenance, route: done.append(a), Qt.ConnectionType.DirectConnection)
    job.enqueue(HEBREW_LEAD)
    job.enqueue(2)
    job.work(
        SimpleNamespace(
            library=seeded_library, data_dir=seeded_library.data_dir, cancelled=lambda: job.pending() == 0
        )
    )
    assert done == [HEBREW_LEAD, 2]
    assert trims == [HEBREW_LEAD, 2]  # once each, as it ended


def test_opening_an_article_queues_its_translation_before_the_layout(
    qtbot, seeded_library, packs, pack_files
):
    packs.install_file(pack_files["he_en@1.0"])
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.has_painted)
    job = window.translation.job
    queued_at_layout = []
    view = window.reading_view
    original = view.show_article
    view.show_article = lambda article, *rest: (
        queued_at_layout.append(article.id in {item[0] for item in job.queue} | {job.current}),
        original(article, *rest),
    )[1]
    done, whole = [], []
    job.articleDone.connect(lambda a, provenance, route: done.append(a))
    job.paragraphReady.connect(lambda a, p, s: whole.append(p) if a == HEBREW_LEAD else None)
    window.select_article(HEBREW_LEAD)
    assert queued_at_layout == [True]
    qtbot.waitUntil(lambda: HEBREW_LEAD in done, timeout=60000)
    qtbot.wait(200)  # a second request, if any, would be under way
    assert done == [HEBREW_LEAD] and job.pending() == 0  # queued once, not again when shown
    assert sorted(whole) == list(range(len(seeded_library.get_article(HEBREW_LEAD).paragraphs)))
    window.close()


def test_a_short_readers_paragraph_gets_no_draft_it_comes_whole_in_one_call(
    seeded_library, packs, pack_files, tmp_path
):
    # A draft of a caption would be the caption: the beam search would only start after it.
    from reader.core.library import import_into

    page = tmp_path / "caption.txt"
    page.write_text(
        "שלום לכם\n\n" + "ראש העיר אמר היום כי העבודות בכביש יסתיימו בקרוב מאוד. " * 3, encoding="utf-8"
    )
    [result] = import_into(seeded_library, [page])
    packs.install_file(pack_files["he_en@1.0"])
    route = packs.find_route("he", "en")
    article = seeded_library.get_article(result.article_id)
    translator = translation.SentenceTranslator(route)
    assert not translator.worth_a_draft(article.paragraphs[0].sentence_texts())  # a few tokens
    assert translator.worth_a_draft(article.paragraphs[1].sentence_texts())
    hop = translation.load_pack(route.packs[0])
    calls: list[tuple[int, int]] = []
    hop.translator = _Counting(hop.translator, calls)
    events = []
    translate_article(
        seeded_library,
        packs,
        result.article_id,
        on_paragraph=lambda p, s: events.append(("whole", p)),
        on_partial=lambda p, texts: events.append(("partial", p)),
    )
    assert all(beam == 4 for _, beam in calls)  # no greedy draft call
    assert events[0] == ("whole", 0)
