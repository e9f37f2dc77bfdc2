"""SentenceTranslator through real (tiny, copy-model) Argos packs installed by PackManager."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from support.argos_fixture import build_copy_pack  # tests/ is on sys.path (conftest's folder)

from reader.core import translation
from reader.core.translation import (
    MAX_INPUT_TOKENS,
    PackLoadError,
    SentenceTranslator,
    TranslationCancelled,
    TranslationResult,
    split_tokens,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
HEBREW_SEED = SEEDS / "000_8e140965ee265553.txt"


def split_sentences(text: str) -> list[str]:
    """Crude splitter for tests (the app uses the reader's own segmentation)."""
    return [
        s.strip() for para in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", para.strip()) if s.strip()
    ]


@pytest.fixture(autouse=True)
def fresh_model_cache():
    """Home, XDG and ARGOS_PACKAGES_DIR are isolated by tests/conftest.py."""
    yield
    translation.clear_cache()


@pytest.fixture(scope="session")
def hebrew_sentences():
    sentences = split_sentences(HEBREW_SEED.read_text(encoding="utf-8"))
    assert len(sentences) > 15
    return sentences


def test_seed_article_sentence_aligned(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    batches = []
    result = translator.translate_result(
        hebrew_sentences, batch_size=8, on_batch=lambda s, t: batches.append((s, list(t)))
    )
    assert isinstance(result, TranslationResult)
    assert result.provenance == "he_en@1.5" and result.pivot is None
    assert (result.from_code, result.to_code) == ("he", "en")
    # copy model: sentence i comes back as translation i, exactly
    assert len(result.translations) == len(hebrew_sentences)
    for i, (src, out) in enumerate(zip(hebrew_sentences, result.translations)):
        assert out == src, f"sentence {i}"
    # streamed in order, contiguous, and the same as the final list
    assert [s for s, _ in batches] == list(range(0, len(hebrew_sentences), 8))
    assert [t for _, chunk in batches for t in chunk] == result.translations


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_every_seed_round_trips(seed, manager, pack_files):
    # The copy model ignores language, so one pack checks every script in the samples.
    manager.install_file(pack_files["he_en@1.5"])
    sentences = split_sentences((SEEDS / seed).read_text(encoding="utf-8"))
    out = SentenceTranslator(manager.find_route("he")).translate(sentences, batch_size=32)
    assert out == sentences


def test_empty_inputs(manager, pack_files):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he"))
    assert translator.translate([]) == []
    assert translator.translate(["", "   ", "שלום עולם", ""]) == ["", "", "שלום עולם", ""]


def test_very_long_sentence_is_chunked(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he"))
    long_sentence = " ".join(hebrew_sentences)  # thousands of tokens, one "sentence"
    hop = translator.hops[0]
    assert len(hop.encode(long_sentence)) > 3 * MAX_INPUT_TOKENS
    out = translator.translate(["קצר.", long_sentence, "עוד משפט."])
    assert out == ["קצר.", long_sentence, "עוד משפט."]


def test_split_tokens_prefers_word_starts():
    tokens = ["▁a", "b", "c", "▁d", "e", "▁f", "g", "h", "▁i"]
    chunks = split_tokens(tokens, 4)
    assert [t for c in chunks for t in c] == tokens
    assert all(len(c) <= 4 for c in chunks)
    assert all(c[0].startswith("▁") for c in chunks)
    assert split_tokens([], 4) == []
    # BPE-style continuation markers
    bpe = ["he@@", "llo", "wor@@", "ld", "again"]
    assert split_tokens(bpe, 3) == [["he@@", "llo"], ["wor@@", "ld", "again"]]


def test_pivot_through_french(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_fr@1.0"])
    manager.install_file(pack_files["fr_en@1.9"])
    route = manager.find_route("he", "en")
    translator = SentenceTranslator(route)
    result = translator.translate_result(hebrew_sentences[:10])
    assert result.provenance == "he_fr@1.0+fr_en@1.9"
    assert result.pivot == "fr"
    assert [h.pack.code for h in translator.hops] == ["he_fr", "fr_en"]
    assert result.translations == hebrew_sentences[:10]


def test_cancel_mid_way(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he"))
    cancel = threading.Event()
    received = []

    def on_batch(start, texts):
        received.extend(texts)
        cancel.set()  # user pressed Cancel while the first batch was running

    with pytest.raises(TranslationCancelled) as excinfo:
        translator.translate(hebrew_sentences, batch_size=4, on_batch=on_batch, cancel=cancel)
    assert excinfo.value.done == 4
    assert received == hebrew_sentences[:4]


def test_cancel_inside_a_batch_stops_at_next_model_call(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he"))
    hop = translator.hops[0]
    cancel = threading.Event()
    calls = []
    real = hop.translator

    class Spy:
        def translate_batch(self, source, **kwargs):
            calls.append(len(source))
            cancel.set()  # user presses Cancel during the first model call
            return real.translate_batch(source, **kwargs)

    hop.translator = Spy()
    try:
        with pytest.raises(TranslationCancelled) as excinfo:
            translator.translate(hebrew_sentences, batch_size=len(hebrew_sentences), cancel=cancel)
    finally:
        hop.translator = real
    assert excinfo.value.done == 0
    assert calls == [translation.SUB_BATCH]  # one model call, not the whole batch


def test_cancel_from_another_thread(manager, pack_files, hebrew_sentences):
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he"))
    cancel = threading.Event()
    outcome = {}
    first_batch = threading.Event()

    def work():
        try:
            outcome["result"] = translator.translate(
                hebrew_sentences * 5, batch_size=2, on_batch=lambda s, t: first_batch.set(), cancel=cancel
            )
        except TranslationCancelled as exc:
            outcome["cancelled"] = exc.done

    worker = threading.Thread(target=work)
    worker.start()
    assert first_batch.wait(30)
    cancel.set()
    worker.join(30)
    assert 0 < outcome["cancelled"] < len(hebrew_sentences) * 5


def test_models_cached_and_reloaded_for_new_version(manager, pack_files):
    manager.install_file(pack_files["he_en@1.0"])
    first = SentenceTranslator(manager.find_route("he"))
    second = SentenceTranslator(manager.find_route("he"))
    assert first.hops[0] is second.hops[0]  # loaded once
    manager.install_file(pack_files["he_en@1.5"])  # replaces 1.0 in the same folder
    third = SentenceTranslator(manager.find_route("he"))
    assert third.hops[0] is not first.hops[0]
    assert third.provenance == "he_en@1.5"
    assert third.translate(["בדיקה"]) == ["בדיקה"]


def test_install_and_translate_make_no_network_attempt(manager, pack_files, hebrew_sentences, no_network):
    attempts = no_network  # tests/conftest.py: every connection attempt is recorded and refused
    translation.clear_cache()  # load the model under the guard too

    manager.install_file(pack_files["he_en@1.5"])
    route = manager.find_route("he")
    manager.suggested_packs({"he", "ar"})
    out = SentenceTranslator(route).translate(hebrew_sentences)
    assert out == hebrew_sentences
    assert attempts == []


def test_app_path_stays_light(tmp_path, pack_files):
    """Importing, installing and translating never loads argostranslate.translate
    (torch, stanza, spaCy, network-fetching sentence splitters); importing the
    modules loads neither argostranslate nor ctranslate2."""
    import json
    import os
    import subprocess
    import sys

    script = f"""
import json, sys
from pathlib import Path
import reader.core.packs, reader.core.translation
light_import = not any(m.startswith(("argostranslate", "ctranslate2")) for m in sys.modules)
from reader.core.packs import PackManager
from reader.core.translation import SentenceTranslator
m = PackManager(Path({str(tmp_path / "data")!r}))
m.install_file(Path({str(pack_files["he_en@1.5"])!r}))
out = SentenceTranslator(m.find_route("he")).translate(["שלום עולם."])
print(json.dumps({{"light_import": light_import, "out": out,
    "heavy": sorted(x for x in ("argostranslate.translate", "torch", "stanza", "spacy", "minisbd") if x in sys.modules)}}))
"""
    env = dict(os.environ, HOME=str(tmp_path / "home"), PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env.pop(var, None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"light_import": True, "out": ["שלום עולם."], "heavy": []}


def test_bpe_pack_round_trips(manager, tmp_path):
    """Older Argos packs tokenise with Moses + BPE (bpe.model) instead of SentencePiece."""
    manager.install_file(build_copy_pack(tmp_path / "bpe", "fr", "en", "1.0", tokenizer="bpe"))
    translator = SentenceTranslator(manager.find_route("fr"))
    hop = translator.hops[0]
    sentences = [
        "Les électeurs néerlandais ont voté mercredi pour le PVV de Geert Wilders.",
        "Bonjour le monde, ça va ?",
        " ".join(["Une phrase très longue, répétée pour dépasser la limite."] * 8),
    ]
    assert len(hop.encode(sentences[2])) > MAX_INPUT_TOKENS  # chunked at word boundaries
    out = translator.translate(sentences)
    # copy model: equal to the tokenizer's own round trip (Moses detokenising normalises spacing)
    assert out == [hop.tokenizer.decode(hop.encode(s)) for s in sentences]
    assert out[0] == sentences[0]


def test_damaged_installed_pack_gives_clear_error(manager, pack_files):
    pack = manager.install_file(pack_files["he_en@1.5"])
    (pack.path / "model" / "model.bin").write_bytes(b"garbage")  # damaged on disk after install
    with pytest.raises(PackLoadError, match="he_en@1.5 pack is damaged"):
        SentenceTranslator(manager.find_route("he"))


def test_models_released_when_idle_and_loaded_again(manager, pack_files, hebrew_sentences, monkeypatch):
    """After IDLE_RELEASE_SECONDS without a model call the loaded model is dropped
    (its memory returns); the next translation loads it again and gives the same text."""
    import time

    # Long enough that a busy machine does not drop it between the load and the asserts.
    monkeypatch.setattr(translation, "IDLE_RELEASE_SECONDS", 1.0)
    manager.install_file(pack_files["he_en@1.5"])
    route = manager.find_route("he", "en")
    translator = SentenceTranslator(route)
    first = translator.translate(hebrew_sentences[:6])
    loaded = translator.hops[0]
    assert list(translation._cache.values()) == [loaded]
    del translator
    deadline = time.monotonic() + 10
    while translation._cache and time.monotonic() < deadline:
        time.sleep(0.05)
    assert translation._cache == {}  # released: nothing holds the model any more
    again = SentenceTranslator(route)
    assert again.hops[0] is not loaded  # loaded afresh
    assert again.translate(hebrew_sentences[:6]) == first == hebrew_sentences[:6]


def test_a_model_in_use_is_not_released(manager, pack_files, monkeypatch):
    """A model call longer than the idle time keeps its model; released once it has been idle."""
    import time

    monkeypatch.setattr(translation, "IDLE_RELEASE_SECONDS", 0.5)
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    loaded = translator.hops[0]
    real = loaded.translator

    class Slow:
        def translate_batch(self, *args, **kwargs):
            time.sleep(1.5)  # three idle periods inside one call
            return real.translate_batch(*args, **kwargs)

    monkeypatch.setattr(loaded, "translator", Slow())
    assert translator.translate(["שלום עולם"]) == ["שלום עולם"]
    assert list(translation._cache.values()) == [loaded]  # kept all through the call
    deadline = time.monotonic() + 10
    while translation._cache and time.monotonic() < deadline:
        time.sleep(0.05)
    assert translation._cache == {}


def test_freed_memory_handed_back_after_a_pause_model_kept(manager, pack_files, monkeypatch):
    """TRIM_AFTER_SECONDS after the last model call, what the model's work freed
    goes back to the system (malloc_trim), once; the model stays loaded."""
    import time

    trims = []
    monkeypatch.setattr(translation, "_return_freed_memory", lambda: trims.append(time.monotonic()))
    manager.install_file(pack_files["he_en@1.5"])
    # (a busy machine may pause between the load and the call: no trim in between)
    monkeypatch.setattr(translation, "TRIM_AFTER_SECONDS", 60.0)
    translator = SentenceTranslator(manager.find_route("he", "en"))
    monkeypatch.setattr(translation, "TRIM_AFTER_SECONDS", 0.2)
    assert translator.translate(["שלום עולם"]) == ["שלום עולם"]
    called = translator.hops[0].last_used  # the end of its last model call
    deadline = time.monotonic() + 10
    while not trims and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert len(trims) == 1 and trims[0] - called >= 0.2
    assert list(translation._cache.values()) == translator.hops  # still loaded
    assert translator.translate(["בדיקה"]) == ["בדיקה"]


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_no_malloc_trim_off_linux(monkeypatch, platform):
    """macOS and Windows have no malloc_trim: handing memory back does nothing and raises nothing."""
    import ctypes

    def no_library(*args, **kwargs):
        raise AssertionError("no C library is opened off Linux")

    translation._malloc_trim.cache_clear()
    monkeypatch.setattr(translation, "sys", SimpleNamespace(platform=platform))  # this module's only
    monkeypatch.setattr(ctypes, "CDLL", no_library)
    try:
        assert translation._malloc_trim() is None
        translation._return_freed_memory()
    finally:
        translation._malloc_trim.cache_clear()


def test_malloc_trim_looked_up_once_without_a_subprocess(monkeypatch):
    """On Linux the trim asks no subprocess (ctypes.util.find_library runs ldconfig) and looks up once."""
    import ctypes.util

    def no_find_library(name):
        raise AssertionError("find_library runs ldconfig -p in a subprocess")

    monkeypatch.setattr(ctypes.util, "find_library", no_find_library)
    monkeypatch.setattr(translation, "sys", SimpleNamespace(platform="linux"))
    translation._malloc_trim.cache_clear()
    try:
        translation._return_freed_memory()
        translation._return_freed_memory()
        assert translation._malloc_trim.cache_info().misses == 1
    finally:
        translation._malloc_trim.cache_clear()


def test_no_release_after_the_exit_stopped_it(manager, pack_files, monkeypatch):
    """A release timer that fires as the exit cancels it drops nothing and schedules nothing."""
    for name, value in (("_stopped", False), ("_release_timer", None), ("_release_due", 0.0)):
        monkeypatch.setattr(translation, name, value)  # the module's own restored after the test
    trims = []
    monkeypatch.setattr(translation, "_return_freed_memory", lambda: trims.append(1))
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    translation._stop_release()  # what atexit runs
    monkeypatch.setattr(translation, "IDLE_RELEASE_SECONDS", 0.0)
    monkeypatch.setattr(translation, "TRIM_AFTER_SECONDS", 0.0)
    translation._release_idle()  # the timer's function, fired as it was cancelled
    assert list(translation._cache.values()) == translator.hops and trims == []
    timer = translation._release_timer
    translation._schedule_release(0.0)
    assert translation._release_timer is timer  # no new timer


def test_freed_memory_handed_back_at_once_when_asked_not_during_a_call(manager, pack_files, monkeypatch):
    """return_freed_memory_now trims at once after model calls (the timer
    would wait TRIM_AFTER_SECONDS), once until the next call, and never while
    a call is under way."""
    trims = []
    monkeypatch.setattr(translation, "_return_freed_memory", lambda: trims.append(1))
    monkeypatch.setattr(translation, "TRIM_AFTER_SECONDS", 60.0)  # the timer stays out of it
    manager.install_file(pack_files["he_en@1.5"])
    translator = SentenceTranslator(manager.find_route("he", "en"))
    loaded = translator.hops[0]
    real = loaded.translator
    during = []

    class AskingDuringTheCall:
        def translate_batch(self, *args, **kwargs):
            translation.return_freed_memory_now()
            during.append(len(trims))
            return real.translate_batch(*args, **kwargs)

    monkeypatch.setattr(loaded, "translator", AskingDuringTheCall())
    assert translator.translate(["שלום עולם"]) == ["שלום עולם"]
    assert during == [0]  # not while the call ran
    translation.return_freed_memory_now()
    assert len(trims) == 1
    translation.return_freed_memory_now()  # no call since
    assert len(trims) == 1
    assert translator.translate(["בדיקה"]) == ["בדיקה"]
    translation.return_freed_memory_now()
    assert len(trims) == 2
    assert list(translation._cache.values()) == [loaded]  # the model stays loaded
