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
from reader.core.packs import PackManager
from reader.core.translation import DRAFT_TOKENS, SentenceTranslator

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


@pytest.fixture
def hop(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    return SentenceTranslator(manager.find_route("he", "en")).hops[0]


def drafts_of(hop, texts: list[str]) -> list[list[str]]:
    """What the draft showed."""
    shown: list[list[str]] = []
    hop.draft(texts, translation.DEFAULT_DECODE_OPTIONS, shown.append)
    return shown


def assert_first_words(shown: list[list[str]], sentence: str) -> None:
    """One state: the whole words of the sentence's start."""
    assert len(shown) == 1 and len(shown[0]) == 1
    words = shown[0][0].split()
    assert 0 < len(words) < len(sentence.split())
    assert words == sentence.split()[: len(words)]


def test_a_draft_shows_the_first_words_of_a_greedy_translation(hop):
    assert len(hop.encode(HEBREW[0])) > DRAFT_TOKENS
    calls = []
    inner = hop.translator

    class Recording:
        def translate_batch(self, source, **options):
            calls.append(options)
            return inner.translate_batch(source, **options)

    hop.translator = Recording()
    assert_first_words(drafts_of(hop, HEBREW), HEBREW[0])
    assert [(o["beam_size"], o["max_decoding_length"]) for o in calls] == [(1, DRAFT_TOKENS)]


def test_short_texts_are_drafted_whole(hop):
    assert drafts_of(hop, ["שלום.", "מה?"]) == [["שלום.", "מה?"]]


def test_empty_texts_have_no_draft_and_keep_their_place(hop):
    assert drafts_of(hop, ["", " "]) == []
    assert drafts_of(hop, ["", "שלום."]) == [["", "שלום."]]


def test_a_word_is_whole_once_the_next_starts_or_at_a_bpe_word_end(manager, pack_files, tmp_path):
    manager.install_file(pack_files["he_en@1.5"])
    sentencepiece = SentenceTranslator(manager.find_route("he", "en")).hops[0]
    assert sentencepiece._whole_words(["▁Ha", "ifa", "▁said", "▁yes", "ter"]) == 3
    assert sentencepiece._whole_words(["▁Ha", "ifa"]) == 0
    manager.install_file(build_copy_pack(tmp_path / "bpe", "fr", "en", "1.0", tokenizer="bpe"))
    bpe = SentenceTranslator(manager.find_route("fr")).hops[0]
    assert bpe._whole_words(["Hai@@", "fa", "said", "yes@@", "ter@@"]) == 3
    assert bpe._whole_words(["Hai@@"]) == 0


def test_a_draft_through_a_pivot_runs_beside_the_translation(manager, pack_files):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[list[str]] = []
    drafted = threading.Event()
    end = translator.start_draft(HEBREW, lambda texts: (shown.append(texts), drafted.set()))
    assert translator.translate(HEBREW) == HEBREW  # the beam search, meanwhile
    assert drafted.wait(30)
    end()
    assert_first_words(shown, HEBREW[0])


def test_nothing_is_shown_once_a_draft_is_ended(hop, manager):
    translator = SentenceTranslator(manager.find_route("he", "en"))
    shown: list[list[str]] = []
    translator.start_draft(HEBREW, shown.append)()
    count = len(shown)
    assert translator.translate(HEBREW) == HEBREW  # after the draft's calls, on either replica
    assert len(shown) == count


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
translator.start_draft({HEBREW!r}, print)
print("done")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.split("\n")) == sorted(
        ["done", str([HEBREW[0].split()[0]]), ""]
    )  # the draft too
