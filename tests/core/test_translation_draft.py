"""The greedy draft streamed word by word while the beam search runs (issue 14:
first translated words on screen sooner), through copy packs (output == input)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.argos_fixture import build_copy_pack

from reader.core import translation
from reader.core.packs import PackManager
from reader.core.translation import SentenceTranslator

HEBREW = [
    "עיריית חיפה הודיעה אתמול כי הרכבל ייפתח רק בחודש מרץ.",
    "לדברי הדובר, העיכוב נובע מבדיקות בטיחות נוספות.",
    "התושבים הביעו אכזבה.",
]


@pytest.fixture(autouse=True)
def fresh_model_cache():
    yield
    translation.clear_cache()


@pytest.fixture
def manager(tmp_path):
    return PackManager(tmp_path / "data")


def drafts_of(hop, texts: list[str], stop_after: int = 0, interval: float = 0.0) -> list[list[str]]:
    """Every state the draft showed, the draft run to its end (or stopped after
    `stop_after` states); by default every word shown."""
    shown: list[list[str]] = []
    stop = threading.Event()

    def on_draft(texts: list[str]) -> None:
        shown.append(texts)
        if len(shown) == stop_after:
            stop.set()

    hop.draft(texts, translation.DEFAULT_DECODE_OPTIONS, on_draft, stop, interval)
    return shown


def assert_grows_by_whole_words(shown: list[list[str]], final: list[str]) -> None:
    """Each state: the finished texts, then the whole words of the one being decoded."""
    assert shown[-1] == final
    words = [" ".join(final[: len(state) - 1] + [state[-1]]).split() for state in shown]
    assert words[0] == final[0].split()[:1]  # the first word, alone
    for state, said in zip(shown, words):
        assert state[:-1] == final[: len(state) - 1]
        assert state[-1].split() == final[len(state) - 1].split()[: len(state[-1].split())]
        assert said == " ".join(final).split()[: len(said)]
    assert all(len(a) < len(b) for a, b in zip(words, words[1:]))  # a word or more each time


def test_a_draft_grows_word_by_word_to_the_whole_translation(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    hop = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    shown = drafts_of(hop, HEBREW)
    assert_grows_by_whole_words(shown, HEBREW)
    # The first sentence word by word (the others, decoded alongside, are done by then).
    assert len(shown) >= len(HEBREW[0].split())


def test_a_draft_shows_its_first_words_at_once_then_no_more_often_than_its_interval(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    hop = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    assert drafts_of(hop, HEBREW, interval=60) == [[HEBREW[0].split()[0]], HEBREW]  # first word, then the end


def test_a_word_is_whole_once_the_next_starts_or_at_a_bpe_word_end(manager, pack_files, tmp_path):
    manager.install_file(pack_files["he_en@1.5"])
    sentencepiece = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    assert sentencepiece._whole_words(["▁Ha", "ifa", "▁said", "▁yes", "ter"]) == 3
    assert sentencepiece._whole_words(["▁Ha", "ifa"]) == 0
    manager.install_file(build_copy_pack(tmp_path / "bpe", "fr", "en", "1.0", tokenizer="bpe"))
    bpe = SentenceTranslator(manager.find_route("fr")).hops[0]
    assert bpe._whole_words(["Hai@@", "fa", "said", "yes@@", "ter@@"]) == 3
    assert bpe._whole_words(["Hai@@"]) == 0


def test_a_stopped_draft_shows_nothing_more_and_its_decoding_ends(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    hop = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    calls = []
    inner = hop.translator

    class Recording:
        def translate_batch(self, source, **options):
            calls.append(inner.translate_batch(source, **options))
            return calls[-1]

    hop.translator = Recording()
    shown = drafts_of(hop, HEBREW, stop_after=1)
    assert shown == [[HEBREW[0].split()[0]]]
    produced = [len(call.result().hypotheses[0]) for call in calls[0]]
    assert produced[0] < len(hop.encode(HEBREW[0]))  # stopped within a step or so


def test_empty_texts_have_no_draft_and_keep_their_place(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    hop = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    assert drafts_of(hop, ["", " "]) == []
    assert drafts_of(hop, ["", HEBREW[2]])[-1] == ["", HEBREW[2]]


def test_a_draft_through_a_pivot_runs_beside_the_translation(manager, pack_files):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[list[str]] = []
    whole = threading.Event()

    def on_draft(texts: list[str]) -> None:
        shown.append(texts)
        if texts == HEBREW:
            whole.set()

    end = translator.start_draft(HEBREW, on_draft)
    assert translator.translate(HEBREW) == HEBREW  # the beam search, meanwhile
    assert whole.wait(30)
    end()
    assert_grows_by_whole_words(shown, HEBREW)


def test_ending_a_draft_at_once_is_quiet(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[list[str]] = []
    translator.start_draft(HEBREW, shown.append)()
    count = len(shown)
    assert translator.translate(HEBREW) == HEBREW
    assert len(shown) == count  # nothing after the end


def test_the_process_exits_cleanly_after_a_draft(tmp_path, pack_files):
    """CTranslate2 4.8.5 keeps a call's Python callback until that thread's
    next call; released while the interpreter shuts down, it aborts the
    process ("terminate called without an active exception"; about one run in
    five here): the loaded models are freed before (translation's atexit)."""
    script = f"""
import sys, threading
sys.path[:0] = {[str(Path(__file__).resolve().parents[2])]!r}
from pathlib import Path
from reader.core.packs import PackManager
from reader.core.translation import SentenceTranslator

def drafts():  # as in the app: only the model cache holds the models afterwards
    manager = PackManager(Path({str(tmp_path / "data")!r}))
    manager.install_file(Path({str(pack_files["he_en@1.5"])!r}))
    translator = SentenceTranslator(manager.find_route("he", "en"))
    for _ in range(3):
        whole = threading.Event()
        end = translator.start_draft({HEBREW!r}, lambda texts: len(texts) == 3 and whole.set())
        whole.wait(30)
        end()

drafts()
print("done")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr
