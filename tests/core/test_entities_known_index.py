"""The library's known names indexed by skeleton (KnownIndex.name_starts):
skeleton_hits looks only where a name's first and last words could fit the
paragraph, and finds exactly what it finds looking at every name (issue 10,
speed with a library of thousands of names)."""

from __future__ import annotations

import random

import pytest

from reader.core.entities import MISC, ORG, PERSON, PLACE, KnownName, matching
from reader.core.entities.matching import (
    KnownIndex,
    _skel_match,
    _token_cuts,
    _tokens_by_skeleton,
    exact_hits,
    skeleton_hits,
)
from reader.core.entities.translit import tokens

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
        m.setattr(matching, "_INDEXED_FROM", 10**9)  # every name, one by one
        plain = [[skeleton_hits(t, language, known, **kw) for kw in cases] for t in texts]
    assert indexed == plain
    assert sum(len(h) for row in plain for h in row) > 100  # the texts do name some of them


def fitting_starts(known: KnownIndex, cand, lenient: bool = False, short: bool = False) -> set:
    """Every (entry, token) where a name skeleton_hits looks for starts with
    its first word fitting a cut of the token and ends, n tokens on, with
    its last word fitting that token's first cut: by brute force."""
    found = set()
    for p, entry in enumerate(known.skeletons):
        skel = entry[0]
        if not known._looked_for(entry, lenient, short):
            continue
        n = len(skel)
        for i in range(len(cand) - n + 1):
            end = cand[i + n - 1]
            if n == 1 and any(c[1] == skel[0] for c in cand[i]):
                found.add((p, i))
            elif n > 1 and end and any(_skel_match(c[1], skel[0]) for c in cand[i]):
                if _skel_match(end[0][1], skel[-1]):
                    found.add((p, i))
    return found


@pytest.mark.parametrize("seed", range(4))
def test_name_starts_misses_no_place_a_name_fits(seed):
    rnd = random.Random(100 + seed)
    known = KnownIndex(library(rnd, 300))
    language, letters = ("he", HEBREW) if seed % 2 else ("ar", ARABIC)
    for _ in range(40):
        _native, cand = _token_cuts(
            tokens(native_text(rnd, letters) + " Latin " + native_text(rnd, letters)), language
        )
        skels = _tokens_by_skeleton(cand)
        for lenient, short in ((False, False), (True, False), (True, True)):
            starts = known.name_starts(cand, skels, lenient, short)
            assert starts == sorted(set(starts))  # in the library's order, then the text's, each once
            assert fitting_starts(known, cand, lenient, short) <= set(starts)


def test_a_name_added_after_a_lookup_is_indexed_too():
    known = KnownIndex([KnownName(f"Name{i} Person", PERSON) for i in range(70)])
    _native, cand = _token_cuts(tokens("משה כהן"), "he")
    skels = _tokens_by_skeleton(cand)
    assert known.name_starts(cand, skels) == []
    known._add_skeletons("Moshe Cohen", PERSON, ["Moshe", "Cohen"])
    starts = known.name_starts(cand, skels)
    assert [known.skeletons[p][1] for p, _i in starts] == ["Moshe Cohen"]
    text = "אמר משה כהן"
    hit = skeleton_hits(text, "he", known)[0]
    assert (text[hit.start : hit.end], hit.canonical) == ("משה כהן", "Moshe Cohen")


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


def test_whole_words_are_where_the_pattern_finds_them():
    """exact_hits finds a name with str.find, not a pattern per name: the
    same spans as (?<![\\w])name(?![\\w]) on words with digits, underscores,
    marks (a Hebrew vowel point is no word character), hyphens, repeats."""
    import re

    from reader.core.entities.matching import _whole_words

    rnd = random.Random(11)
    letters = "ab1_ -'\u05b7שלום"
    for _ in range(3000):
        text = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 14)))
        s = rnd.randint(0, len(text))
        needle = text[s : s + rnd.randint(0, 4)] if rnd.random() < 0.8 else rnd.choice(("a", "aa", "ש", ""))
        pattern = rf"(?<![\w]){re.escape(needle)}(?![\w])"
        assert _whole_words(needle, text) == [m.span() for m in re.finditer(pattern, text)], (needle, text)
