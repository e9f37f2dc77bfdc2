"""recognise._Near: the hits near a span, found by bisection, are every hit a
scan of the whole list finds there, in the list's order (a long paragraph's
candidates were tested against each other in quadratic time)."""

import random

from reader.core.entities.matching import Hit
from reader.core.entities.recognise import _Near


def random_hits(rng: random.Random, n: int) -> list[Hit]:
    hits = []
    for _ in range(n):
        start = rng.randrange(0, 400)
        hits.append(Hit(start, start + rng.randrange(0, 40), "PLACE", "X", "namelist"))
    return hits


def test_around_holds_every_hit_that_contains_one():
    rng = random.Random(7)
    for _ in range(200):
        hits = random_hits(rng, rng.randrange(0, 60))
        near = _Near(hits)
        for h in hits:
            containing = [g for g in hits if g.start <= h.start and h.end <= g.end]
            found = near.around(h)
            assert [g for g in found if g.start <= h.start and h.end <= g.end] == containing
            assert found == [g for g in hits if g in found]  # the list's order


def test_overlapping_holds_every_hit_that_overlaps_one_in_the_list_s_order():
    rng = random.Random(11)
    for _ in range(200):
        hits = random_hits(rng, rng.randrange(0, 60))
        near = _Near(hits)
        for h in hits:
            overlapping = [g for g in hits if g.start < h.end and h.start < g.end]
            assert [g for g in near.overlapping(h) if g.start < h.end and h.start < g.end] == overlapping


def test_a_long_paragraph_is_recognised_whole():
    """A paragraph of some 8,000 characters (a plain-text file with no blank
    line) is recognised like its sentences: the same names in each copy."""
    from reader.core.entities import recognise_article
    from reader.core.text import split_sentences

    sentence = "ראש הממשלה בנימין נתניהו נפגש בירושלים עם שר האוצר. "
    paragraph = sentence * 150
    mentions = recognise_article("he", [paragraph], [split_sentences(paragraph, "he")], None, None, ())
    people = [m for m in mentions if m.text == "בנימין נתניהו"]
    assert len(people) == 150
