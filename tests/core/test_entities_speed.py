"""The entity recognisers' shortcuts for speed (issue 10) answer as the slow forms did."""

import re

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
