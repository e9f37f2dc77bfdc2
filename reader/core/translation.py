"""Sentence-aligned offline translation through Argos packs (Qt-free).

We translate *our own* sentences (the reader's sentence split), in batches,
straight through the pack's CTranslate2 model and tokenizer.  Argos' own
``argostranslate.translate`` path is not used: it re-splits text with a
sentence splitter that downloads models at run time, and it calls the model
once per paragraph, which is slower and loses the sentence alignment.

Sentence *i* in → translation *i* out, always the same count.  Typical use
(off the UI thread)::

    route = PackManager(data_dir).find_route("he", "en")
    translator = SentenceTranslator(route)
    result = translator.translate_result(
        sentences,
        on_batch=lambda start, texts: ...,   # streams: texts[k] is sentence start+k
        cancel=cancel_event,                 # threading.Event; raises TranslationCancelled
    )
    result.translations, result.provenance   # [...], "he_en@1.5" or "he_fr@1.0+fr_en@1.9"

Loaded models are cached per installed pack (loading a 100 MB model costs
up to a second), so creating SentenceTranslator objects is cheap; a model
not called for IDLE_RELEASE_SECONDS is dropped from the cache and loaded
again when next needed (see :func:`_release_idle`).
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import threading
import time
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.errors import Cancelled, PackError
from reader.core.packs import Pack, Route
from reader.core.priority import MODEL_THREADS, lower_model_threads, made_for_lowering, model_threads_name

#: Longest token run sent to the model in one piece; longer sentences are cut at
#: word boundaries and the pieces' translations joined (models degrade or
#: truncate on inputs much longer than what they were trained on).
MAX_INPUT_TOKENS = 150

#: Sentences per model call (sorted by length first).  Measured on a 2-core CPU
#: with a Transformer-base-sized pack: see benchmarks/bench_translation.py.
SUB_BATCH = 8

# Decoding options matching argostranslate 1.11 (beam 4, length penalty 0.2).
DEFAULT_DECODE_OPTIONS = dict(
    beam_size=4,
    num_hypotheses=1,
    length_penalty=0.2,
    replace_unknowns=True,
    # Room for a translation about twice as long as the longest input piece
    # (English often needs more tokens than Hebrew or Arabic) without letting a
    # degenerate output run on for long.
    max_decoding_length=2 * MAX_INPUT_TOKENS + 20,
)

#: Tokens a draft decodes (about four words): the first words on screen after
#: that many decoding steps; the rest comes with the translation, whose one
#: call a longer draft would only slow down when no second core is free.
DRAFT_TOKENS = 10

#: Longest wait (seconds) of the reader's paragraph's beam search for its
#: draft (article_translation.translate_article): started beside it, the
#: draft shared the model's low-priority share of the cores with it and its
#: first words came two to three times later on a busy two-core machine.
DRAFT_HEAD_START = 0.25

#: Model replicas sharing one copy of the weights (CTranslate2's inter_threads).
#: One: the reader's paragraph's beam search waits for its draft anyway
#: (DRAFT_HEAD_START), and the job makes one model call at a time. A second
#: replica let the draft run beside the beam search but kept its own working
#: memory once both had run: the window's process +0-60 MB over one, ~140 MB
#: (benchmarks/bench_memory.py, its translation model components).
REPLICAS = 1

#: Seconds without a model call after which the loaded models are dropped
#: (a Transformer-base pack holds ~135 MB resident); the next translation
#: loads its model again, which costs what the first did (see
#: :func:`_release_idle`). Reading one article takes longer than this; a
#: library being translated calls the model every few seconds.
IDLE_RELEASE_SECONDS = 90.0

#: Seconds without a model call after which the memory the model's working
#: buffers freed goes back to the system, the model staying loaded: glibc
#: keeps it in the arenas of CTranslate2's threads (~70 MB once two articles
#: are translated with a Transformer-base pack; see :func:`_return_freed_memory`).
#: A library being translated calls the model without such a pause.
TRIM_AFTER_SECONDS = 2.0


class PackLoadError(PackError, RuntimeError):
    """An installed pack's model or tokenizer could not be loaded (damaged files)."""


class TranslationCancelled(Cancelled):
    """Raised by :meth:`SentenceTranslator.translate` when ``cancel`` is set.

    ``done`` sentences (a prefix of the input) were already delivered through ``on_batch``.
    """

    def __init__(self, done: int):
        super().__init__(f"translation cancelled after {done} sentences")
        self.done = done


@dataclass(frozen=True)
class TranslationResult:
    """Translations of a list of sentences, one per input, and what produced them."""

    translations: list[str]
    provenance: str  # "he_en@1.5", or "he_fr@1.0+fr_en@1.9" through a pivot
    from_code: str
    to_code: str
    pivot: str | None  # intermediate language code when pivoting


class _ImportedOnUse(types.ModuleType):
    """Stands for a module not imported yet: imports it at its first
    attribute read and answers from it (see :func:`import_ctranslate2`)."""

    def __getattr__(self, name: str) -> Any:  # only for what the stub lacks
        import importlib

        if name.startswith("__") and name not in ("__all__", "__path__"):
            # What tools read of any module (PySide's import hook looks for
            # __wrapped__ and __file__ in each new module): no import for them.
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def import_ctranslate2() -> Any:
    """``import ctranslate2`` without importing asyncio. Its module
    ctranslate2.extensions imports asyncio at its top but uses it only
    inside the async helpers (AsyncGenerator), which Reader never calls;
    importing asyncio was ~65 of the ~85 ms of CPU of the import in the
    window's process, all of it Python holding the GIL. While ctranslate2
    is imported, "asyncio" is a stub that imports the real asyncio at its
    first attribute read; it is taken out of sys.modules after, so any
    later ``import asyncio`` gets the real module."""
    if "ctranslate2" in sys.modules or "asyncio" in sys.modules:
        import ctranslate2

        return ctranslate2
    stub = _ImportedOnUse("asyncio")
    stub.__spec__ = None  # the import statement reads it: not being imported
    sys.modules["asyncio"] = stub
    try:
        import ctranslate2
    finally:
        if sys.modules.get("asyncio") is stub:
            del sys.modules["asyncio"]
    return ctranslate2


#: Longest wait (seconds) for page_in_native_libraries' child: a cold page
#: cache reads ~150 MB for it; past this the import reads the rest itself.
PAGE_IN_TIMEOUT = 5.0

#: The extension modules whose dlopen the import of each package waits for
#: (ctranslate2's pulls libctranslate2 through its rpath), by package name.
NATIVE_MODULES = (("ctranslate2", "_ext"), ("sentencepiece", "_sentencepiece"))


def native_library_files() -> list[str]:
    """Paths of the extension modules of NATIVE_MODULES whose package is not
    imported yet, found without importing the packages."""
    import importlib.machinery
    import importlib.util

    files = []
    for package, module in NATIVE_MODULES:
        if package in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        for folder in (spec.submodule_search_locations or []) if spec is not None else []:
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                if (path := Path(folder) / (module + suffix)).is_file():
                    files.append(str(path))
                    break
    return files


def page_in_command(files: Sequence[str]) -> list[str]:
    """The argv of a throwaway interpreter (no site: nothing but ctypes is
    imported) that loads each of ``files`` with the dynamic loader."""
    code = "import ctypes, sys\nfor path in sys.argv[1:]:\n    ctypes.CDLL(path)\n"
    return [sys.executable, "-I", "-S", "-c", code, *files]


def page_in_native_libraries() -> bool:
    """Read CTranslate2's and SentencePiece's shared libraries (~150 MB)
    into the page cache in a child process, before a background import of
    them (call off the UI thread; waiting on the child leaves the GIL).
    The import's dlopen holds the GIL for as long as it reads them: with a
    cold cache (a VM that dropped file pages within ~40 s) the UI thread got
    no GIL for 60-360 ms in a row, 7-20 ms warm
    (benchmarks/bench_native_page_in.py). Only a cache warm-up:
    any failure is swallowed (the import reads what it lacks). Nothing
    when ctranslate2 is imported already or in the bundle (sys.frozen: no
    interpreter to run). True when a child loaded them."""
    if "ctranslate2" in sys.modules or getattr(sys, "frozen", False) or not sys.executable:
        return False
    files = native_library_files()
    if not files:
        return False
    import subprocess

    try:
        done = subprocess.run(
            page_in_command(files),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=PAGE_IN_TIMEOUT,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def default_threads() -> int:
    """Compute threads for CTranslate2: leave one core for the UI, at most 4."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def warm_up() -> None:
    """Run a tiny bundled model once (resources/translation_warmup, made by
    tools/make_translation_warmup.py). CTranslate2 generates its compute
    kernels at the first translation in a process, whatever the model:
    about 30 ms of CPU that would otherwise come between opening an article
    and its first translated paragraph. Call off the UI thread, at idle
    (CTranslate2 leaves the GIL while it works); a failure only loses the gain."""
    ctranslate2 = import_ctranslate2()

    from reader.paths import resource

    try:
        model = ctranslate2.Translator(
            str(resource("translation_warmup")),
            device="cpu",
            compute_type="auto",
            inter_threads=1,
            intra_threads=1,
        )
        model.translate_batch([["▁t1", "▁t2", "▁t3"]], **{**DEFAULT_DECODE_OPTIONS, "max_decoding_length": 4})
    except (RuntimeError, OSError, ValueError):
        pass


class LoadedPack:
    """A pack's CTranslate2 translator and tokenizer, loaded once (see :func:`load_pack`)."""

    busy = 0  # model calls under way (_in_use)
    last_used = 0.0  # time.monotonic() when the last one ended, or when it was loaded
    _threads = MODEL_THREADS  # the name of its threads (priority.model_threads_name)
    lowered = False  # its threads run below the UI's priority (lower)

    def __init__(self, pack: Pack, intra_threads: int):
        ctranslate2 = import_ctranslate2()

        self.pack = pack
        try:
            metadata = json.loads((pack.path / "metadata.json").read_text(encoding="utf-8"))
            self.target_prefix: str = metadata.get("target_prefix") or ""
            sp_model = pack.path / "sentencepiece.model"
            # SentencePiece packs are read with the processor itself: argostranslate's
            # tokenizer would first import its package module (~25 ms before the first
            # paragraph), and its decode also turns "_" into spaces (mangling URLs and
            # handles) where the processor's own decode is exact.
            self._sp: Any = None
            self.tokenizer: Any = None  # argostranslate's Moses + BPE tokenizer, for older packs
            if sp_model.exists():
                import sentencepiece

                self._sp = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
            elif (pack.path / "bpe.model").exists():
                self.tokenizer = _argos_package(pack.path).tokenizer
            else:
                raise PackLoadError(f"{pack.label} has no tokenizer (sentencepiece.model or bpe.model)")
            # Built at the caller's priority, as are its replica and compute
            # threads until lower(); the calling thread (holding the GIL at
            # times) keeps its own for good.
            self._threads = model_threads_name()  # lowered on their own (lower)
            self.translator = made_for_lowering(
                lambda: ctranslate2.Translator(
                    str(pack.path / "model"),
                    device="cpu",
                    compute_type="auto",
                    inter_threads=REPLICAS,
                    intra_threads=intra_threads,
                ),
                self._threads,
            )
        except PackLoadError:
            raise
        except Exception as exc:  # ctranslate2/sentencepiece raise RuntimeError, OSError, ...
            raise PackLoadError(f"The {pack.label} pack is damaged and could not be loaded: {exc}") from exc

    def lower(self) -> None:
        """Its replica and compute threads below the calling thread's priority
        from now on (priority.lower_model_threads): work no reader waits for
        (the rest of an article after the paragraph read, other articles,
        leads) leaves the cores to the UI first. Until then they run at the
        priority of the thread that loaded the model, so the reader's
        paragraph after a load is not left to the cores' leftovers while the
        window installs its features (a 100 ms call took 540 ms at load ~6)."""
        if not self.lowered:
            self.lowered = True
            lower_model_threads(self._threads)  # this model's threads only, not another's preloaded

    def encode(self, text: str) -> list[str]:
        if self._sp is not None:
            return list(self._sp.encode(text, out_type=str))
        return list(self.tokenizer.encode(text))

    def decode(self, tokens: list[str]) -> str:
        decoded: str
        if self._sp is not None:
            decoded = self._sp.decode_pieces(tokens)
        else:
            decoded = self.tokenizer.decode(tokens)
        return decoded.strip()

    def translate_texts(
        self, texts: Sequence[str], options: dict[str, Any], cancel: threading.Event | None = None
    ) -> list[str]:
        """One output per text: empty text → "", long text → cut into pieces, translated, joined.

        Raises TranslationCancelled(0) if ``cancel`` is set between model calls.
        """
        pieces: list[list[str]] = []
        owner: list[int] = []  # pieces[k] belongs to texts[owner[k]]
        for i, text in enumerate(texts):
            if text.strip():
                for chunk in split_tokens(self.encode(text), MAX_INPUT_TOKENS):
                    pieces.append(chunk)
                    owner.append(i)
        translated: list[str] = [""] * len(pieces)
        # Model calls on groups of similar length: little padding, and a long
        # sentence does not hold a whole batch's beams in the decoder.
        by_length = sorted(range(len(pieces)), key=lambda k: len(pieces[k]))
        for g in range(0, len(by_length), SUB_BATCH):
            if cancel is not None and cancel.is_set():
                raise TranslationCancelled(0)
            group = by_length[g : g + SUB_BATCH]
            prefix = [[self.target_prefix]] * len(group) if self.target_prefix else None
            with _in_use(self):
                results = self.translator.translate_batch(
                    [pieces[k] for k in group], target_prefix=prefix, **options
                )
            for k, result in zip(group, results):
                tokens = list(result.hypotheses[0])
                if self.target_prefix and tokens[:1] == [self.target_prefix]:
                    tokens = tokens[1:]
                translated[k] = self.decode(tokens)
        outputs: list[list[str]] = [[] for _ in texts]
        for k, text in enumerate(translated):  # pieces are in order within each text
            outputs[owner[k]].append(text)
        return [" ".join(part for part in parts if part) for parts in outputs]

    def draft(self, text: str, options: dict[str, Any]) -> str:
        """The first words of a greedy translation of ``text`` (all of it when
        short): one model call of at most DRAFT_TOKENS tokens, whole words only
        ("" when there are none). One call, no Python callback at each decoding
        step: CTranslate2 would take the GIL for it, every few milliseconds, on
        one of the model's lowered threads (see reader/core/priority.py)."""
        pieces = split_tokens(self.encode(text), MAX_INPUT_TOKENS) if text.strip() else []
        if not pieces:
            return ""
        start = [self.target_prefix] if self.target_prefix else []
        greedy = {**options, "beam_size": 1, "num_hypotheses": 1}
        greedy["max_decoding_length"] = len(start) + DRAFT_TOKENS  # the prefix counts
        with _in_use(self):
            result = self.translator.translate_batch(
                pieces[:1], target_prefix=[start] if start else None, **greedy
            )
        tokens = list(result[0].hypotheses[0])[len(start) :]
        if len(tokens) == DRAFT_TOKENS or len(pieces) > 1:  # cut short: its last word may be too
            tokens = tokens[: self._whole_words(tokens)]
        return self.decode(tokens)

    def _whole_words(self, tokens: list[str]) -> int:
        """How many of ``tokens`` make whole words: SentencePiece starts a word
        with "▁", so a word is whole once the next one starts; BPE ends a word
        with a token without "@@"."""
        if self._sp is not None:
            return next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].startswith("▁")), 0)
        return next((i + 1 for i in range(len(tokens) - 1, -1, -1) if not tokens[i].endswith("@@")), 0)


def split_tokens(tokens: list[str], limit: int) -> list[list[str]]:
    """Cut a token list into runs of at most ``limit`` tokens at word starts
    (SentencePiece "▁" pieces; for BPE, a token not following one ending in "@@"),
    preferring a word that starts with a letter or digit, so that punctuation
    stays with the word before it."""
    if len(tokens) <= limit:
        return [tokens] if tokens else []
    sentencepiece = any(t.startswith("▁") for t in tokens)

    def word_start(i: int) -> bool:
        if sentencepiece:
            return tokens[i].startswith("▁")
        return not tokens[i - 1].endswith("@@")

    def alnum(i: int) -> bool:
        text = tokens[i].lstrip("▁")
        return bool(text) and text[0].isalnum()

    chunks, start = [], 0
    while len(tokens) - start > limit:
        window = range(start + limit, start, -1)
        starts = [i for i in window if word_start(i)]
        cut = next((i for i in starts if alnum(i)), starts[0] if starts else start + limit)
        chunks.append(tokens[start:cut])
        start = cut
    chunks.append(tokens[start:])
    return chunks


def _argos_package(path: Path) -> Any:  # argostranslate.package.Package (untyped)
    # Only the cheap module; PackManager already pointed ARGOS_PACKAGES_DIR at our packs.
    import argostranslate.package

    return argostranslate.package.Package(path)


# (folder, package version, model.bin inode and mtime, threads) -> loaded pack
_cache: dict[tuple[str, str, int, int, int], LoadedPack] = {}
_cache_lock = threading.Lock()


def load_pack(pack: Pack, intra_threads: int | None = None) -> LoadedPack:
    """The loaded model for an installed pack, from the cache when possible.

    Keyed by folder and model file identity, so a pack replaced in place by a
    newer version is loaded afresh.
    """
    key = _cache_key(pack, intra_threads)
    threads = key[-1]
    with _cache_lock:
        loaded = _cache.get(key)
        if loaded is None:
            # Drop stale entries for the same folder (older version, removed pack).
            for old in [k for k in _cache if k[0] == key[0]]:
                del _cache[old]
            loaded = _cache[key] = LoadedPack(pack, threads)
        _note_use(loaded)
        return loaded


def _cache_key(pack: Pack, intra_threads: int | None = None) -> tuple[str, str, int, int, int]:
    model_bin = (pack.path / "model" / "model.bin").stat()
    threads = intra_threads or default_threads()
    return (str(pack.path), pack.package_version, model_bin.st_ino, model_bin.st_mtime_ns, threads)


def is_loaded(route: Route) -> bool:
    """Is every hop's model of ``route`` loaded (in the cache), so that a
    translation through it costs its model calls only? False when a pack's
    files are gone. Loads nothing and never waits for a load."""
    try:
        keys = [_cache_key(pack) for pack in route.packs]
    except OSError:
        return False
    # Without _cache_lock: a load under way holds it for its whole length; a
    # dict lookup is atomic, and one loading now counts as not loaded yet.
    return all(key in _cache for key in keys)


def has_model_from(language: str) -> bool:
    """Is a model translating from ``language`` loaded? Reads no file (unlike
    is_loaded, which stats each pack): a check the UI thread can make on
    every focus change. Without _cache_lock, as in is_loaded."""
    return any(loaded.pack.from_code == language for loaded in list(_cache.values()))


def clear_cache() -> None:
    """Forget all loaded models (e.g. after removing packs)."""
    with _cache_lock:
        _cache.clear()


# --- releasing the models when idle (IDLE_RELEASE_SECONDS) ---------------------------------

_use_lock = threading.Lock()  # LoadedPack.busy, .last_used and _release_timer; after _cache_lock
_release_timer: threading.Timer | None = None
_release_due = 0.0  # time.monotonic() when it fires
_releasing = threading.Lock()  # held while models are dropped (the exit waits for it)
_stopped = False  # set at exit (_stop_release): no release starts after it
_trimmed = True  # no model call since the freed memory was last handed back


class _in_use:
    """``with _in_use(loaded):`` around a model call: the model is not released meanwhile."""

    def __init__(self, loaded: LoadedPack):
        self.loaded = loaded

    def __enter__(self) -> None:
        with _use_lock:
            self.loaded.busy += 1

    def __exit__(self, *exc: object) -> None:
        with _use_lock:
            self.loaded.busy -= 1
        _note_use(self.loaded)


def _note_use(loaded: LoadedPack) -> None:
    """The model was just loaded or called: its freed memory is handed back
    TRIM_AFTER_SECONDS from now, and it is released IDLE_RELEASE_SECONDS from
    now, unless it is called again meanwhile."""
    global _trimmed
    with _use_lock:
        loaded.last_used = time.monotonic()
        _trimmed = False
    _schedule_release(min(TRIM_AFTER_SECONDS, IDLE_RELEASE_SECONDS))


def _schedule_release(delay: float) -> None:
    global _release_timer, _release_due
    due = time.monotonic() + max(0.01, delay)
    with _use_lock:
        if _stopped:
            return
        if _release_timer is not None:
            if _release_due <= due:  # it looks again when it fires
                return
            _release_timer.cancel()  # (a trim due before the release check it waits for)
        _release_due = due
        # A daemon: it never holds up the exit (_stop_release waits for a release under way).
        _release_timer = threading.Timer(max(0.01, delay), _release_idle)
        _release_timer.name = "translation-idle-release"
        _release_timer.daemon = True
        _release_timer.start()


def _release_idle() -> None:
    """Drop the models not called for IDLE_RELEASE_SECONDS (none under way),
    so that their memory returns to the system, and hand back what the models'
    work freed once none has been called for TRIM_AFTER_SECONDS; look again
    when the next may be due."""
    global _release_timer, _trimmed
    with _use_lock:
        if _release_timer is threading.current_thread():
            _release_timer = None
    with _releasing:
        if _stopped:  # (fired as the exit cancelled it)
            return
        now = time.monotonic()
        with _cache_lock, _use_lock:
            idle = [
                key
                for key, loaded in _cache.items()
                if not loaded.busy and now - loaded.last_used >= IDLE_RELEASE_SECONDS
            ]
            dropped = [_cache.pop(key) for key in idle]
            waits = [
                IDLE_RELEASE_SECONDS - (now - loaded.last_used) if not loaded.busy else IDLE_RELEASE_SECONDS
                for loaded in _cache.values()
            ]
            busy = any(loaded.busy for loaded in _cache.values())
            quiet = min((now - loaded.last_used for loaded in _cache.values()), default=TRIM_AFTER_SECONDS)
            trim = (not _trimmed or bool(dropped)) and not busy and quiet >= TRIM_AFTER_SECONDS
            if trim:
                _trimmed = True
            elif not _trimmed:
                waits.append(TRIM_AFTER_SECONDS - quiet if not busy else TRIM_AFTER_SECONDS)
        # A translator still held (an article being translated with it) is freed after it.
        del dropped
        if trim:
            _return_freed_memory()
    if waits:
        _schedule_release(min(waits))


def return_freed_memory_now() -> None:
    """Hand back at once what the models' work freed, as the idle timer does
    TRIM_AFTER_SECONDS after the last call, unless a model call is under way:
    for a caller that knows its work is done (the translation job after an
    article, and when nothing is left to translate), so that the memory the
    window holds does not depend on a timer having fired yet."""
    global _trimmed
    with _use_lock:
        if _trimmed or any(loaded.busy for loaded in list(_cache.values())):
            return  # (no call since the last trim; or the call's end schedules it)
        _trimmed = True
    _return_freed_memory()


def _return_freed_memory() -> None:
    """glibc keeps freed memory in the arenas of the threads that freed it
    (CTranslate2's): malloc_trim hands it back to the system, in a few
    milliseconds without the GIL (ctypes). Elsewhere nothing is done."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    """glibc's malloc_trim, looked up once; None off Linux (macOS, Windows)
    and with a C library that has none (musl). Looked up in the process's
    own symbols: ctypes.util.find_library would run ``ldconfig -p`` (or gcc)
    in a subprocess at every trim."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


@atexit.register
def _stop_release() -> None:
    """At exit: no release starts, and one under way ends before the interpreter does."""
    global _stopped
    with _use_lock:
        timer = _release_timer
    if timer is not None:
        timer.cancel()
    with _releasing:
        _stopped = True


class SentenceTranslator:
    """Translates lists of sentences through a Route (one pack, or two via a pivot).

    Construction loads (or reuses) the models; call from a worker thread.
    Raises PackLoadError if a pack's files are damaged (reinstalling it helps).
    """

    def __init__(self, route: Route, intra_threads: int | None = None, **decode_options: Any) -> None:
        """``decode_options`` override :data:`DEFAULT_DECODE_OPTIONS` (ctranslate2 translate_batch)."""
        if route is None or not route.packs:
            raise ValueError("SentenceTranslator needs a Route with at least one pack")
        self.route = route
        self.options = {**DEFAULT_DECODE_OPTIONS, **decode_options}
        self.hops = [load_pack(p, intra_threads) for p in route.packs]

    @property
    def provenance(self) -> str:
        """E.g. ``"he_en@1.5"`` or ``"he_fr@1.0+fr_en@1.9"``."""
        return self.route.provenance

    def lower(self) -> None:
        """Every hop's model threads below the UI's priority from now on (LoadedPack.lower)."""
        for hop in self.hops:
            hop.lower()

    def translate(
        self,
        sentences: Sequence[str],
        batch_size: int = 32,
        on_batch: Callable[[int, list[str]], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[str]:
        """Translate ``sentences``; returns exactly one string per sentence, in order.

        Works through consecutive batches of ``batch_size`` sentences; after each,
        ``on_batch(start_index, translations)`` is called (from this thread) so a
        caller can stream results.  If ``cancel`` is set, TranslationCancelled is
        raised at the next model call (a few sentences at most); its ``done``
        counts the sentences already delivered.  Empty sentences translate to "".
        """
        sentences = list(sentences)
        step = max(1, batch_size)
        out: list[str] = []
        for start in range(0, len(sentences), step):
            if cancel is not None and cancel.is_set():
                raise TranslationCancelled(len(out))
            texts = sentences[start : start + step]
            try:
                for hop in self.hops:  # a pivot feeds each hop's output to the next
                    texts = hop.translate_texts(texts, self.options, cancel)
            except TranslationCancelled:
                raise TranslationCancelled(len(out)) from None
            out.extend(texts)
            if on_batch is not None:
                on_batch(start, texts)
        return out

    def longest(self, sentences: Sequence[str]) -> int:
        """Source tokens of the longest of ``sentences`` (the first hop's): about
        the decoding steps of a model call for them."""
        return max((len(self.hops[0].encode(text)) for text in sentences), default=0)

    def worth_a_draft(self, sentences: Sequence[str]) -> bool:
        """Would a draft put words on screen much sooner than one call for
        ``sentences``? A call decodes about as many steps as its longest
        sentence has tokens; a draft decodes DRAFT_TOKENS, and the call waits
        for it (DRAFT_HEAD_START). For a caption or a short sentence the draft
        would only delay the whole paragraph by its own length."""
        return any(len(self.hops[0].encode(text)) > 2 * DRAFT_TOKENS for text in sentences)

    def start_draft(
        self, sentence: str, on_draft: Callable[[str], None], done: threading.Event | None = None
    ) -> Callable[[], None]:
        """Start a greedy draft of the first words of ``sentence`` (see
        :meth:`LoadedPack.draft`) on a thread of its own, so a reader sees
        words after a few decoding steps, long before the beam search ends (a
        model call made meanwhile waits for the draft's, on one replica, or
        runs beside it with REPLICAS = 2). Through a pivot, the first hops are
        translated greedily first. Returns the function that ends the draft: ``on_draft`` is not
        called after it returns (a model call under way ends on its own). A
        failed draft shows nothing. ``done`` is set when the draft's thread
        is through (words shown or not)."""
        stop = threading.Event()
        shown = threading.Lock()

        def run() -> None:
            text = sentence
            try:
                for hop in self.hops[:-1]:
                    text = hop.translate_texts([text], {**self.options, "beam_size": 1}, stop)[0]
                text = self.hops[-1].draft(text, self.options) if not stop.is_set() else ""
            except Exception:  # a preview only (TranslationCancelled: ended between hops)
                text = ""
            try:
                with shown:
                    if text and not stop.is_set():
                        on_draft(text)
            finally:  # a raising on_draft too: the caller's wait ends
                if done is not None:
                    done.set()

        # Not a daemon: at exit the interpreter waits for its model call rather
        # than ending the thread inside CTranslate2.
        threading.Thread(target=run, name="translation-draft").start()

        def end() -> None:
            with shown:
                stop.set()

        return end

    def translate_result(
        self,
        sentences: Sequence[str],
        batch_size: int = 32,
        on_batch: Callable[[int, list[str]], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> TranslationResult:
        """Like :meth:`translate`, returning translations together with their provenance."""
        translations = self.translate(sentences, batch_size, on_batch, cancel)
        return TranslationResult(
            translations=translations,
            provenance=self.provenance,
            from_code=self.route.from_code,
            to_code=self.route.to_code,
            pivot=self.route.pivot,
        )
