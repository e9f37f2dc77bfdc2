"""The entity recognisers' shortcuts for speed (issue 10) answer as the slow forms did."""

import re

import pytest

from reader.core.entities.matching import KnownIndex, skeleton_hits, word_before
from reader.core.entities.model import KnownName
from reader.core.entities.translit import tokens


def _word_before_by_search(text: str, start: int) -> str:
    """word_before as it was written before it read backwards (a regex search)."""
    m = re.search(r"([\w’'-]+)[ \u00a0]*$", text[max(0, start - 40) : start])
    word = m.group(1).casefold() if m else ""
    return re.sub(r"^(?:[ldjnsmtc]|qu)['’](?=\w)", "", word)


def test_word_before_reads_backwards_what_the_search_found() -> None:
    texts = [
        "Le ministre de l'Économie, Bruno Le Maire, a rencontré la Banque de France.",
        "Selon l’exportateur Telcar et qu’Airbus, lorsqu'Orange signe",
        "De minister van Volksgezondheid sprak met het Rijk.\nDe Kamer stemde",
        "a\u00a0\u00a0Paris, 2024-25 ; (voir) « Lyon »  rue_de_la-Paix\n\nNantes",
        "",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            assert word_before(text, start) == _word_before_by_search(text, start), (text, start)


def test_tokens_are_a_fresh_list_each_time() -> None:
    first = tokens("שר האוצר בצלאל סמוטריץ' אמר")
    first.pop()
    assert len(tokens("שר האוצר בצלאל סמוטריץ' אמר")) == 5


def test_skeleton_hits_with_and_without_the_tokens_given() -> None:
    text = "ראש הממשלה בנימין נתניהו נפגש עם נתניהו ועם דונלד טראמפ בוושינגטון"
    known = KnownIndex([KnownName("Benjamin Netanyahu", "PERSON"), KnownName("Donald Trump", "PERSON")])
    for lenient in (False, True):
        once = skeleton_hits(text, "he", known, lenient=lenient)
        again = skeleton_hits(text, "he", known, lenient=lenient)
        given = skeleton_hits(text, "he", known, tokens(text), lenient=lenient)
        assert once == again == given
        assert {h.canonical for h in once} >= {"Benjamin Netanyahu", "Donald Trump"}


def _skeleton_as_written(word: str) -> str:
    """translit.skeleton before its translation tables (a generator of look-ups, two substitutions)."""
    from reader.core.entities import translit as t

    def tidy(s: str) -> str:
        doubled = re.compile(r"(.)\1+")
        return doubled.sub(r"\1", doubled.sub(r"\1", s).replace("TS", "S"))

    norm = t.normalise(word)
    script = t.word_script(norm)
    if script == "he":
        return tidy("".join(t._HE_SKEL.get(c, "") for c in norm))
    if script == "ar":
        return tidy("".join(t._AR_SKEL.get(c, "") for c in norm))
    s = t._SILENT_GH.sub("", norm)
    for a, b in t._LAT_RULES:
        s = s.replace(a, b)
    return tidy("".join(ch if ch.isupper() else t._LAT_SKEL.get(ch, "") for ch in s))


def test_skeleton_answers_as_the_slow_form() -> None:
    from reader.core.entities.translit import skeleton

    words = [
        "נתניהו",
        "בנתניהו",
        "ומיקרוסופט",
        "מצצצ",
        "ﻧﺘﻨﻴﺎﻫﻮ",  # presentation forms: folded to the letters, then read
        "ﺓﺍﻟﻤﺪﻳﻨﺔ",
        "محمدباقر",
        "قالیباف",
        "ٹھٹھہ",
        "Netanyahu",
        "Tzachi",
        "Schmidt",
        "Leigh",
        "Ghalibaf",
        "ǅemal",
        "Ştefan",
        "a\nb",
        "ss\n\nTTSS",
        "TS",
        "",
        "123",
        "X-Æ",
    ]
    for word in words:
        assert skeleton(word) == _skeleton_as_written(word), word


def test_arabic_prefixes_by_their_first_letter() -> None:
    from reader.core.entities.translit import _AR_PREFIXES, prefix_splits

    def as_written(norm: str) -> tuple[int, ...]:
        return tuple(
            sorted({0} | {len(p) for p in _AR_PREFIXES if norm.startswith(p) and len(norm) - len(p) >= 2})
        )

    for norm in ["والمدينه", "فللمدينه", "بال", "لل", "ال", "كتاب", "وب", "", "محمد", "فالبيت", "وللاطفال"]:
        assert prefix_splits(norm, "ar") == as_written(norm), norm


def test_skeleton_hits_look_only_at_the_tokens_their_skeletons_fit() -> None:
    """skeleton_hits scans the tokens whose cuts fit a name's first word (one
    skeleton off in a long word for a name of two words); the same hits as a
    scan of every token, a token with two fitting cuts, a first word repeated."""
    text = "אמר בנימין נתניהו, ובנימין נתניהו ובנימן נתניהו; נתניהו ודונלד טראמפ וטראמפ. בנימין"
    known = KnownIndex(
        [
            KnownName("Benjamin Netanyahu", "PERSON"),
            KnownName("Donald Trump", "PERSON"),
            KnownName("Benjamin", "PERSON"),
        ]
    )
    for lenient in (False, True):
        hits = skeleton_hits(text, "he", known, lenient=lenient)
        spans = [(h.start, h.end, h.canonical) for h in hits]
        assert spans == [
            (h.start, h.end, h.canonical)
            for h in skeleton_hits(text, "he", known, tokens(text), lenient=lenient)
        ]
        full = [text[s:e] for s, e, c in spans if c == "Benjamin Netanyahu"]
        assert full[:3] == ["בנימין נתניהו", "בנימין נתניהו", "בנימן נתניהו"]  # (the last one skeleton off)
        assert "טראמפ" in [text[s:e] for s, e, c in spans if c == "Donald Trump"]


def test_one_name_index_has_what_skeleton_hits_reads_of_a_full_index() -> None:
    """projection's index of one English name (matching._one_name) makes only
    its skeletons and initial: those of a KnownIndex of that name."""
    from reader.core.entities.matching import _one_name

    for name in [
        "Benjamin Netanyahu",
        " Mahmoud El-Banna ",
        "ash-Sharif",
        "Al Hilal",
        "Haifa",
        "",
        "محمد",
        "X Æ A-12",
    ]:
        for label in ("PERSON", "ORG", "PLACE"):
            full = KnownIndex([KnownName(name, label)])
            one = _one_name(name, label)
            assert (one.skeletons, one.initials) == (full.skeletons, full.initials), name


_RTL_PARAGRAPHS = {
    "he": 'שר האוצר בצלאל סמוטריץ\' אמר בירושלים כי "בנק ישראל" יפרסם, ו-3 פעמים: ובתל-אביב.',
    "ar": "قال وزير المالية محمد علي في القاهرة إن البنك المركزي وللمرة الثالثة، سينشر الأرقام.",
    "fa": "وزیر اقتصاد علی‌رضا رضایی روز دوشنبه در تبریز گفت بانک مرکزی آمار را منتشر می‌کند.",
    "ur": "وزیر خزانہ احمد خان نے پیر کے روز لاہور میں کہا کہ اسٹیٹ بینک اعداد و شمار جاری کرے گا۔",
}


def test_word_at_an_offset_is_the_word_a_scan_finds() -> None:
    from reader.core.entities.rtl import ArticleNames

    for lang, text in _RTL_PARAGRAPHS.items():
        names = ArticleNames(lang, [text])
        ws = names.words[0]
        for offset in range(len(text) + 1):
            scanned = next((k for k, w in enumerate(ws) if w.start <= offset < w.end), None)
            assert names._word_at(0, offset) == scanned, (lang, offset)


def test_plain_counts_leave_out_the_words_starting_inside_the_names() -> None:
    from reader.core.entities.rtl import ArticleNames

    for lang, text in _RTL_PARAGRAPHS.items():
        names = ArticleNames(lang, [text, text])
        ws = names.words[0]
        # spans from inside a word to inside another, exactly a word, and empty
        spans = [
            (0, ws[1].start + 1, ws[3].end - 1),
            (0, ws[5].start, ws[5].end),
            (1, 3, 3),
            (1, 0, len(text)),
        ]
        expected: dict[str, int] = {}
        for p, words in enumerate(names.words):
            for w in words:
                if not any(q == p and s <= w.start < e for q, s, e in spans):
                    for k in names._count_keys(w):
                        expected[k] = expected.get(k, 0) + 1
        assert names._plain_counts(spans) == expected, lang


def test_word_cuts_as_the_generator_made_them() -> None:
    from reader.core.entities.matching import _PERSIAN_SOUNDS, _class_of_letter, _letter_class, _word_cuts
    from reader.core.entities.translit import normalise_map, prefix_splits, skeleton, word_script

    def as_written(word: str, language: str) -> tuple[tuple[int, str, str, str], ...]:
        if word_script(word) not in ("he", "ar"):  # (a word in another script has no cuts)
            return ()
        norm, idx = normalise_map(word)
        said = norm.translate(_PERSIAN_SOUNDS) if language in ("fa", "ur") else norm
        readings = [said.replace("ق", "غ"), said] if language == "fa" and "ق" in said else [said]
        return tuple(
            (idx[c], skeleton(r[c:]), norm[c:], _class_of_letter(norm[c : c + 1]))
            for r in readings
            for c in prefix_splits(norm, language)
        )

    for lang, text in _RTL_PARAGRAPHS.items():
        for word in [*text.split(), "قالیباف", "وللمرة", "ומהבית", "ﻻ", "ً", "Ghalibaf", "2024", ""]:
            assert _word_cuts.__wrapped__(word, lang) == as_written(word, lang), (lang, word)
    for ch in "אעاعويהحہxב1 ":
        assert _letter_class(ch) == _class_of_letter(ch) == _letter_class(ch)


def test_read_tokens_and_token_texts_are_what_tokens_gives() -> None:
    from reader.core.entities.translit import read_tokens, token_texts

    for text in [*_RTL_PARAGRAPHS.values(), 'Mohammad-Bagher Ghalibaf\'s "Iran" 3rd', ""]:
        assert list(read_tokens(text)) == tokens(text)
        assert token_texts(text) == [t.text for t in tokens(text)]
        tokens(text).clear()  # (a caller's copy: the remembered tuple stays whole)
        assert list(read_tokens(text)) == tokens(text)


def test_the_pane_loads_the_english_name_list_before_its_first_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.core.entities import recognise
    from reader.core.entities.namelist import name_index

    asked: list[str] = []

    def counted(lang: str) -> object:
        asked.append(lang)
        return name_index(lang)

    monkeypatch.setattr(recognise, "name_index", counted)
    he, en = "השר משה כהן ביקר בחיפה.", "Minister Moshe Cohen visited Haifa."
    plain = recognise.recognise_article("he", [he])
    assert asked == []  # (without a translation it is not needed)
    with_pane = recognise.recognise_article("he", [he], None, [en])
    assert asked == ["en"]
    monkeypatch.setattr(recognise, "name_index", name_index)
    assert recognise.recognise_article("he", [he], None, [en]) == with_pane
    assert [m for m in with_pane if m.pane == "source"] and plain
