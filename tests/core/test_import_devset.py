"""The import development set is well-formed: every page has gold, every line
of a text page is classified exactly once, each language has enough pages and
the sentence cases cover every splitting case of issue 17."""

import json
import re
from collections import Counter

import lxml.html
import pytest
from support.import_devset import (
    DEVSET,
    HOLDOUT,
    LANGUAGES,
    PAGE_SUFFIXES,
    gold_path,
    load_pages,
    load_sentence_cases,
    normalise,
    page_paths,
)

PAGES = load_pages()
# The held-out pages (never used for tuning) follow the same format.
ALL_PAGES = PAGES + load_pages(HOLDOUT)
MINIMUM_PAGES = {"he": 5, "yi": 2, "ar": 5, "fa": 3, "ur": 3, "fr": 4, "nl": 4}
GOLD_KEYS = {"language", "encoding", "title", "date", "content", "clutter"}
SPLITTING_CASES = {
    "initials in a script without capitals",
    "multi-letter initials",
    "Arabic '..' used as a separator",
    "abbreviation before a number",
    "Hebrew street abbreviations",
    "a lone closing quote stays with its sentence",
    "closing quote or bracket stays with its sentence",
    "no space after a full stop is a boundary",
    "no space after an abbreviation, a number or in a name stays whole",
    "ordinary sentences stay as they are",
}


def _visible_text(page) -> str:
    root = lxml.html.fromstring(page.text())
    for element in root.xpath("//script|//style|//head"):
        element.drop_tree()
    return normalise(" ".join(root.itertext()))


@pytest.mark.parametrize("folder", [DEVSET, HOLDOUT], ids=lambda folder: folder.name)
def test_every_page_has_gold_and_every_gold_has_a_page(folder):
    pages = {p.stem for p in page_paths(folder)}
    golds = {p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json")}
    assert pages == golds
    assert len(pages) == len(page_paths(folder))  # one page per name
    assert not [
        p
        for p in folder.iterdir()
        if p.suffix not in PAGE_SUFFIXES and not p.name.endswith(".gold.json") and p.name != "sentences.json"
    ]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda page: page.name)
def test_gold_is_well_formed(page):
    gold = json.loads(gold_path(page.path).read_text(encoding="utf-8"))
    assert set(gold) == GOLD_KEYS
    assert re.fullmatch(r"(he|yi|ar|fa|ur|fr|nl|en)_\d\d_[a-z0-9-]+", page.path.stem)
    assert page.path.stem.startswith(page.language + "_") and page.language in LANGUAGES
    assert page.date is None or re.fullmatch(r"\d{4}-\d\d(-\d\d)?", page.date)
    assert page.title and page.content and page.clutter
    assert all(line == line.strip() and line for line in page.content + page.clutter)
    page.text()  # decodes strictly with the gold encoding


@pytest.mark.parametrize("page", [p for p in ALL_PAGES if not p.is_html], ids=lambda page: page.name)
def test_every_line_of_a_text_page_is_classified_exactly_once(page):
    assert Counter(page.lines()) == Counter(page.content + page.clutter)
    headline = [line for line in page.content if re.sub(r"^#+\s*", "", line) == page.title]
    assert headline, "the headline is a content line"


@pytest.mark.parametrize("page", [p for p in ALL_PAGES if p.is_html], ids=lambda page: page.name)
def test_html_gold_texts_are_visible_on_the_page(page):
    visible = _visible_text(page)
    for text in (page.title,) + page.content + page.clutter:
        assert normalise(text) in visible, text
    assert not set(page.content) & set(page.clutter)


def test_each_language_encoding_and_format_is_represented():
    per_language = Counter(page.language for page in PAGES)
    for language, minimum in MINIMUM_PAGES.items():
        assert per_language[language] >= minimum, language
    suffixes = Counter(page.path.suffix for page in PAGES)
    assert suffixes[".html"] >= 5 and suffixes[".md"] >= 2 and suffixes[".txt"] > suffixes[".html"]
    encodings = Counter(page.encoding for page in PAGES)
    for encoding in ("cp1255", "cp1256", "utf-16", "utf-8-sig", "utf-8"):
        assert encodings[encoding] >= 1, encoding
    assert any(page.date is None for page in PAGES), "some pages state no date"
    assert any(page.date is None and "© 2024" in " ".join(page.clutter) for page in PAGES)


def test_sentence_cases_are_well_formed_and_cover_every_case():
    cases = load_sentence_cases()
    assert len(cases) >= 40
    for case in cases:
        assert case.lang in LANGUAGES and case.sentences
        position = 0
        for sentence in case.sentences:  # in order, each exactly as in the text
            assert sentence == sentence.strip()
            found = case.text.find(sentence, position)
            assert found >= 0 and not case.text[position:found].strip(), (case.text, sentence)
            position = found + len(sentence)
        assert not case.text[position:].strip()
    assert {case.case for case in cases} == SPLITTING_CASES
    ordinary = {case.lang for case in cases if case.case == "ordinary sentences stay as they are"}
    assert set(MINIMUM_PAGES) <= ordinary
