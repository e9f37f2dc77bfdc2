"""The greedy draft of the reader's paragraph shown while the beam search
runs (issue 14: first translated words on screen sooner), through copy packs
(output == input)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from support.argos_fixture import build_copy_pack

from reader.core import translation
from reader.core.packs import PackManager
from reader.core.translation import DRAFT_FIRST_TOKENS, SentenceTranslator

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


def drafts_of(hop, texts: list[str], stop_after: int = 0) -> list[list[str]]:
    """Every state the draft showed, the draft run to its end (or stopped after `stop_after` states)."""
    shown: list[list[str]] = []
    stop = threading.Event()

    def on_draft(texts: list[str]) -> None:
        shown.append(texts)
        if len(shown) == stop_after:
            stop.set()

    hop.draft(texts, translation.DEFAULT_DECODE_OPTIONS, on_draft, stop)
    return shown


def assert_first_words_then_whole(shown: list[list[str]], final: list[str]) -> None:
    """The first words of the first text (whole words only), then everything."""
    assert len(shown) == 2 and shown[1] == final
    first = shown[0]
    assert len(first) == 1 and first[0]
    assert first[0].split() == final[0].split()[: len(first[0].split())]
    assert len(first[0].split()) < len(final[0].split())


def test_a_draft_shows_its_first_words_then_the_whole_of_it(hop):
    assert len(hop.encode(HEBREW[0])) > DRAFT_FIRST_TOKENS
    calls = []
    inner = hop.translator

    class Recording:
        def translate_batch(self, source, **options):
            calls.append(options)
            return inner.translate_batch(source, **options)

    hop.translator = Recording()
    assert_first_words_then_whole(drafts_of(hop, HEBREW), HEBREW)
    # Two greedy calls, the second going on from the first's tokens.
    assert [(o["beam_size"], o["max_decoding_length"]) for o in calls] == [
        (1, DRAFT_FIRST_TOKENS),
        (1, translation.DEFAULT_DECODE_OPTIONS["max_decoding_length"]),
    ]
    assert [len(prefix) for prefix in calls[1]["target_prefix"]] == [DRAFT_FIRST_TOKENS] * 3


def test_short_texts_are_whole_at_once(hop):
    assert drafts_of(hop, ["שלום."]) == [["שלום."]]


def test_a_stopped_draft_decodes_no_more(hop):
    assert len(drafts_of(hop, HEBREW, stop_after=1)) == 1


def test_empty_texts_have_no_draft_and_keep_their_place(hop):
    assert drafts_of(hop, ["", " "]) == []
    assert drafts_of(hop, ["", HEBREW[2]])[-1] == ["", HEBREW[2]]


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
    whole = threading.Event()

    def on_draft(texts: list[str]) -> None:
        shown.append(texts)
        if texts == HEBREW:
            whole.set()

    end = translator.start_draft(HEBREW, on_draft)
    assert translator.translate(HEBREW) == HEBREW  # the beam search, meanwhile
    assert whole.wait(30)
    end()
    assert_first_words_then_whole(shown, HEBREW)


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
    assert (done.returncode, done.stdout.strip().splitlines()[-1:]) == (0, [str(HEBREW)]), done.stderr
    assert "done" in done.stdout
