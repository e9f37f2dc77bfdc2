"""Small, fixed libraries for the annotation tests and golden files."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

from reader.core.storage.annotations import AnnotationStore
from reader.core.text import count_words, segment

FIXED_TIME = "2026-01-02T03:04:05+00:00"


def add_article(
    library, title: str, language: str, paragraphs: list[str], source_path: str, date: str | None = None
) -> int:
    """Store an article the way the importer would, with a fixed source path."""
    segmented = segment("\n".join(paragraphs), language)
    imported = SimpleNamespace(
        title=title,
        language=language,
        date=date,
        source_path=source_path,
        encoding="utf-8",
        content_hash=hashlib.sha256("\n".join(paragraphs).encode()).hexdigest(),
        word_count=sum(count_words(p) for p in paragraphs),
        paragraphs=segmented,
    )
    article_id, _ = library.add_article(imported)
    return article_id


def create_annotation(
    store: AnnotationStore, article_id: int, pane: str, paragraph: int, start: int, end: int, **fields
):
    """`store.create` with the pane's text read from the store's library."""
    from reader.core.panes import PaneText

    return store.create(
        article_id, pane, paragraph, start, end, PaneText.load(store.library, article_id, pane), **fields
    )


def annotate(store: AnnotationStore, article_id: int, pane: str, paragraph: int, quote: str, **fields):
    """Annotate the first occurrence of `quote` in one paragraph of a pane."""
    from reader.core.panes import PaneText

    text = PaneText.load(store.library, article_id, pane)
    start = text.text(paragraph).index(quote)
    return store.create(article_id, pane, paragraph, start, start + len(quote), text, **fields)


HEBREW = [
    "דרמה רודפת דרמה בסאגה של OpenAI. סם אלטמן מצטרף למיקרוסופט, כך נמסר.",
    "=SUM(A1) אינה נוסחה. +972 היא קידומת.",
]
HEBREW_EN = [
    ["Drama chases drama in the OpenAI saga.", "Sam Altman joins Microsoft, it was reported."],
    ["=SUM(A1) is not a formula.", "+972 is a prefix."],
]
ARABIC = [
    'قال ساتيا ناديلا إن سام ألتمان سينضم. وهذا "مفاجئ"، بحسب المحللين.',
    "-5% @OpenAI تراجع.",
]
ARABIC_EN = [["Satya Nadella said Sam Altman will join.", 'This is "surprising", according to analysts.']]


def golden_library(library):
    """Two articles (Hebrew, Arabic) with translations and annotations whose
    text has commas, quotes, newlines and formula-like beginnings."""
    he = add_article(library, 'דרמה, "ציטוט" ו-OpenAI', "he", HEBREW, "/news/he/drama.txt", "2023-11")
    ar = add_article(library, "ألتمان ينضم إلى مايكروسوفت", "ar", ARABIC, "/news/ar/altman.txt")
    for p, sentences in enumerate(HEBREW_EN):
        library.save_translation(he, p, sentences, "he_en@1.5")
    library.save_translation(ar, 0, ARABIC_EN[0], "ar_en@1.0")
    store = AnnotationStore(library, clock=lambda: FIXED_TIME)
    annotate(
        store,
        he,
        "source",
        0,
        "סם אלטמן מצטרף למיקרוסופט",
        note='Key claim, "confirmed"\nby two outlets',
        tags=["altman", "מיקרוסופט"],
    )
    annotate(
        store,
        he,
        "source",
        1,
        "=SUM(A1)",
        note='=HYPERLINK("http://example.com")',
        tags=["=cmd", "formula"],
        color="pink",
    )
    annotate(store, he, "translation", 0, "Drama chases drama", note="+1 agree", tags=["drama"])
    annotate(
        store,
        ar,
        "source",
        0,
        "سام ألتمان",
        note="@analyst: check\r\nthe source",
        tags=["altman"],
        color="green",
    )
    annotate(store, ar, "source", 1, "-5% @OpenAI", note="-minus\ttab", tags=["numbers"], color="orange")
    annotate(store, ar, "translation", 0, '"surprising"', note="\tstarts with a tab", color="purple")
    gone = annotate(store, ar, "source", 0, "ساتيا", note="deleted, not exported")
    store.delete(gone.id)
    orphan = annotate(store, he, "source", 1, "קידומת", note="'=already quoted", tags=["orphan"])
    store.set_anchors([(orphan.id, {"orphaned": 1})])
    return he, ar
