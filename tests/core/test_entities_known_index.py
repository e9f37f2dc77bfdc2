"""The library's known names indexed by skeleton (KnownIndex.skeletons_near):
skeleton_hits looks only at the names whose first or last word could fit the
paragraph, and finds exactly what it found looking at every name (issue 10,
speed with a library of thousands of names)."""

from __future__ import annotations

import random

import pytest

from reader.core.entities import MISC, ORG, PERSON, PLACE, KnownName
from reader.core.entities.matching import KnownIndex, _skel_match, exact_hits, skeleton_hits
from reader.core.entities.translit import skeleton

# Few letters, short words: random names and words often share skeletons, or
# are one letter off, so the comparison meets matches of every kind.
LATIN = "bdklmnrst"
VOWELS = "aeiou"
HEBREW = "בדכלמנרסתאויה"
ARABIC = "بدكلمنرستاوية"


def latin_word(rnd: random.Random) -> str:
    letters = [rnd.choice(LATIN) + rnd.choice(VOWELS) for _ in range(rnd.randint(1, 4))]
    return "".join(letters).capitalize()


def native_text(rnd: random.Random, letters: str) -> str:
    words = [
        "".join(rnd.choice(letters) for _ in range(rnd.randint(2, 7))) for _ in range(rnd.randint(5, 40))
    ]
    return " ".join(words)


def library(rnd: random.Random, size: int) -> list[KnownName]:
    names = []
    for _ in range(size):
        n = rnd.choice((1, 2, 2, 3))
        words = [latin_word(rnd) for _ in range(n)]
        if n > 1 and rnd.random() < 0.2:
            words.insert(1, rnd.choice(("al", "El-", "ash")))  # an Arabic article written apart
        name = " ".join(words).replace("- ", "-")
        names.append(
            KnownName(name, rnd.choice((PERSON, PERSON, ORG, PLACE, MISC)), (), rnd.choice((1, 2, 3)))
        )
    return names


def every_name(known: KnownIndex, text_skeletons) -> tuple:
    """What skeleton_hits looked at before the index: every name."""
    return known.skeletons, known.skeletons, None


@pytest.mark.parametrize("seed", range(6))
def test_skeleton_hits_with_the_index_are_those_of_every_name(monkeypatch, seed):
    rnd = random.Random(seed)
    known = KnownIndex(library(rnd, 400))
    assert len(known.skeletons) >= 64  # (the index is used)
    language, letters = ("he", HEBREW) if seed % 2 else ("ar", ARABIC)
    texts = [native_text(rnd, letters) for _ in range(60)]
    some = {k.name for k in library(random.Random(seed), 400)[:50]}
    cases = [dict(), dict(lenient=True), dict(lenient=True, short=True), dict(only=some)]
    indexed = [[skeleton_hits(t, language, known, **kw) for kw in cases] for t in texts]
    with monkeypatch.context() as m:
        m.setattr(KnownIndex, "skeletons_near", every_name)
        plain = [[skeleton_hits(t, language, known, **kw) for kw in cases] for t in texts]
    assert indexed == plain
    assert sum(len(h) for row in plain for h in row) > 100  # the texts do name some of them


@pytest.mark.parametrize("seed", range(4))
def test_skeletons_near_misses_no_name_that_fits(seed):
    rnd = random.Random(100 + seed)
    known = KnownIndex(library(rnd, 300))
    for _ in range(40):
        text = {skeleton(w) for w in native_text(rnd, HEBREW).split()} - {""}
        first, last, _ = known.skeletons_near(text)
        at = {id(x): i for i, x in enumerate(known.skeletons)}
        positions = [at[id(x)] for x in first]
        assert positions == sorted(set(positions))  # in the library's order, each once
        fitting = {  # first and last words fit a word of the text
            i
            for i, (skel, _, _) in enumerate(known.skeletons)
            if any(_skel_match(k, skel[0]) for k in text) and any(_skel_match(k, skel[-1]) for k in text)
        }
        assert fitting <= set(positions)
        assert [x for x in known.skeletons if x[0][-1] in text] == last


def test_a_name_added_after_a_lookup_is_indexed_too():
    known = KnownIndex([KnownName(f"Name{i} Person", PERSON) for i in range(70)])
    known.skeletons_near({"xx"})
    known._add_skeletons("Moshe Cohen", PERSON, ["Moshe", "Cohen"])
    first, _, _ = known.skeletons_near({skeleton("Moshe"), skeleton("Cohen")})
    assert any(name == "Moshe Cohen" for _, name, _ in first)


def every_written_name(known: KnownIndex, text: str) -> tuple[list, list]:
    """What exact_hits looked at before the index: every name and form."""
    return list(known.by_fold.values()), known.forms


@pytest.mark.parametrize("seed", range(4))
def test_exact_hits_with_the_index_are_those_of_every_name(monkeypatch, seed):
    rnd = random.Random(200 + seed)
    names = library(rnd, 300)
    # native forms too, some with a mark or a hyphen before or inside the word
    names += [
        KnownName(
            latin_word(rnd), PERSON, (rnd.choice(("", "-", "'")) + native_text(rnd, HEBREW)[:9].strip(),)
        )
        for _ in range(100)
    ]
    known = KnownIndex(names)
    texts = []
    for _ in range(60):  # random words with known names and forms written among them
        words = native_text(rnd, HEBREW).split() + [rnd.choice(names).name for _ in range(3)]
        words += [rnd.choice(names[-100:]).forms[0] for _ in range(2)]
        words += [rnd.choice(names).name + rnd.choice(("", "s", "-", ".")) for _ in range(3)]
        rnd.shuffle(words)
        texts.append(" ".join(words))
    indexed = [exact_hits(t, known, "he") for t in texts]
    with monkeypatch.context() as m:
        m.setattr(KnownIndex, "written_near", every_written_name)
        plain = [exact_hits(t, known, "he") for t in texts]
    assert indexed == plain
    assert sum(map(len, plain)) > 200


def test_the_skeletons_that_may_fit_a_first_word_hold_every_one_that_does():
    rnd = random.Random(7)
    known = KnownIndex(library(rnd, 300))
    for _ in range(40):
        text = {skeleton(w) for w in native_text(rnd, ARABIC).split()} - {""}
        first, _, may_fit = known.skeletons_near(text)
        assert may_fit is not None
        for skel, _name, _label in first:
            assert {k for k in text if _skel_match(k, skel[0])} <= may_fit[skel[0]]
