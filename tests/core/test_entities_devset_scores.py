"""Recognition on the entity development set (tests/data/entities) keeps its
figures: one pass over every article without a translation, scored as
benchmarks/bench_entities.py scores it (tests/entity_scoring.py), against
floors a little below what was measured. A regression fails here; the
benchmark prints the figures themselves."""

from __future__ import annotations

import pytest
from support.entity_devset import load_devset
from support.entity_scoring import score_devset

# lang -> (untyped precision, untyped recall) for PERSON/ORG/PLACE, no translation
UNTYPED_FLOORS = {
    "he": (0.95, 0.75),
    "ar": (0.92, 0.82),
    "fa": (0.95, 0.81),
    "ur": (0.97, 0.90),
    "fr": (0.97, 0.95),
    "nl": (0.95, 0.96),
}
TYPED_F1_FLOORS = {"fr": 0.91, "nl": 0.94}  # French and Dutch labels count too
DATE_RECALL_FLOORS = {"he": 0.65, "ar": 0.90, "fa": 0.40, "ur": 0.88, "fr": 0.92, "nl": 0.95}


@pytest.fixture(scope="module")
def scores():
    result, _mentions = score_devset(load_devset())
    return result


@pytest.mark.parametrize("lang", sorted(UNTYPED_FLOORS))
def test_untyped_precision_and_recall(scores, lang):
    counts = scores[lang]["untyped"]
    precision, recall = UNTYPED_FLOORS[lang]
    assert counts.precision >= precision and counts.recall >= recall, (
        lang,
        round(counts.precision, 3),
        round(counts.recall, 3),
        [e for e in counts.errors][:15],
    )


@pytest.mark.parametrize("lang", sorted(TYPED_F1_FLOORS))
def test_typed_f1_in_french_and_dutch(scores, lang):
    counts = scores[lang]["typed"]
    assert counts.f1 >= TYPED_F1_FLOORS[lang], (lang, round(counts.f1, 3), counts.errors[:15])


@pytest.mark.parametrize("lang", sorted(DATE_RECALL_FLOORS))
def test_dates(scores, lang):
    counts = scores[lang]["date"]
    assert counts.recall >= DATE_RECALL_FLOORS[lang] and counts.precision >= 0.9, (
        lang,
        round(counts.precision, 3),
        round(counts.recall, 3),
        counts.errors,
    )
