"""The greedy draft of the reader's paragraph's first words, shown while the
beam search runs (issue 14: first translated words on screen sooner), through
copy packs (output == input)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.argos_fixture import build_copy_pack

from reader.core import translation
from reader.core.translation import DRAFT_TOKENS, SentenceTranslator

SENTENCE = "עיריית חיפה הודיעה אתמול כי הרכבל ייפתח רק בחודש מרץ."


@pytest.fixture(autouse=True)
def fresh_model_cache():
    yield
    translation.clear_cache()


@pytest.fixture
def hop(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    return SentenceTranslator(manager.find_route("he", "en")).hops[0]


def assert_first_words(draft: str, sentence: str) -> None:
    """Whole words from the sentence's start, not all of them."""
    words = draft.split()
    assert 0 < len(words) < len(sentence.split())
    assert words == sentence.split()[: len(words)]


def test_a_draft_is_the_first_words_of_one_short_greedy_call(hop):
    assert len(hop.encode(SENTENCE)) > DRAFT_TOKENS
    calls = []
    inner = hop.translator

    class Recording:
        def translate_batch(self, source, **options):
            calls.append(options)
            return inner.translate_batch(source, **options)

    hop.translator = Recording()
    assert_first_words(hop.draft(SENTENCE, translation.DEFAULT_DECODE_OPTIONS), SENTENCE)
    assert [(o["beam_size"], o["max_decoding_length"]) for o in calls] == [(1, DRAFT_TOKENS)]


def test_a_short_sentence_is_drafted_whole_and_an_empty_one_not_at_all(hop):
    assert hop.draft("שלום.", translation.DEFAULT_DECODE_OPTIONS) == "שלום."
    assert hop.draft(" ", translation.DEFAULT_DECODE_OPTIONS) == ""


def test_a_word_is_whole_once_the_next_starts_or_at_a_bpe_word_end(hop, manager, tmp_path):
    assert hop._whole_words(["▁Ha", "ifa", "▁said", "▁yes", "ter"]) == 3
    assert hop._whole_words(["▁Ha", "ifa"]) == 0
    manager.install_file(build_copy_pack(tmp_path / "bpe", "fr", "en", "1.0", tokenizer="bpe"))
    bpe = SentenceTranslator(manager.find_route("fr")).hops[0]
    assert bpe._whole_words(["Hai@@", "fa", "said", "yes@@", "ter@@"]) == 3
    assert bpe._whole_words(["Hai@@"]) == 0


def test_a_draft_through_a_pivot_runs_beside_the_translation(manager, pack_files):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[str] = []
    drafted = threading.Event()
    end = translator.start_draft(SENTENCE, lambda text: (shown.append(text), drafted.set()))
    assert translator.translate([SENTENCE]) == [SENTENCE]  # the beam search, meanwhile
    assert drafted.wait(30)
    end()
    assert len(shown) == 1
    assert_first_words(shown[0], SENTENCE)


def test_nothing_is_shown_once_a_draft_is_ended(hop, manager):
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[str] = []
    translator.start_draft(SENTENCE, shown.append)()
    assert translator.translate([SENTENCE]) == [SENTENCE]  # after the draft's call, on either replica
    assert shown == []


def test_a_draft_says_when_it_is_through_with_words_or_without(hop, manager):
    translator = SentenceTranslator(manager.find_route("he", "en"))
    for sentence, words in ((SENTENCE, 1), (" ", 0)):
        shown: list[str] = []
        done = threading.Event()
        translator.start_draft(sentence, shown.append, done)
        assert done.wait(30)
        assert len(shown) == words

    class Failing:
        def translate_batch(self, source, **options):
            raise RuntimeError("damaged")

    translator.hops[0].translator = Failing()
    done = threading.Event()
    translator.start_draft(SENTENCE, shown.append, done)
    assert done.wait(30)


def test_a_draft_whose_callback_raises_is_through_too(hop, manager, monkeypatch):
    raised: list[type[BaseException]] = []
    monkeypatch.setattr(threading, "excepthook", lambda hook: raised.append(hook.exc_type))

    def on_draft(text):
        raise RuntimeError("the window is gone")

    done = threading.Event()
    SentenceTranslator(manager.find_route("he", "en")).start_draft(SENTENCE, on_draft, done)
    assert done.wait(30)
    for thread in threading.enumerate():
        if thread.name == "translation-draft":
            thread.join(30)
    assert raised == [RuntimeError]


def test_the_process_exits_cleanly_with_a_draft_under_way(tmp_path, pack_files):
    """The interpreter waits for the draft's model call (no thread ended inside CTranslate2)."""
    script = f"""
import sys
sys.path[:0] = {[str(Path(__file__).resolve().parents[2])]!r}
from pathlib import Path
from reader.core.packs import PackManager
from reader.core.translation import SentenceTranslator

manager = PackManager(Path({str(tmp_path / "data")!r}))
manager.install_file(Path({str(pack_files["he_en@1.5"])!r}))
translator = SentenceTranslator(manager.find_route("he", "en"))
translator.start_draft({SENTENCE!r}, print)
print("done")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert "done" in lines and len(lines) == 3  # and the draft, printed when its call ended
