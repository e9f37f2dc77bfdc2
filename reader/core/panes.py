"""The text of the two panes, defined once.

Annotation offsets are code points inside one paragraph's text *as shown in a
pane*. The source pane shows the stored paragraph text; the translation pane
shows each paragraph's translated sentences, trimmed, joined by one space
(`reader.core.text.join_sentences`, shared with the reading view). Everything
that stores, re-anchors, exports or displays pane offsets goes through here,
so the two can never disagree.
"""

from __future__ import annotations

from bisect import bisect_right

from .text import join_sentences

PANES = ("source", "translation")


class PaneText:
    """One pane of one article: paragraph texts and sentence spans.

    For the translation pane, paragraphs that have no translation yet are
    empty strings with no sentences, so paragraph indexes match the source.
    """

    def __init__(self, paragraphs: list[str], sentences: list[list[tuple[int, int]]],
                 provenance: list[str | None] | None = None):
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.provenance = provenance or [None] * len(paragraphs)

    @classmethod
    def load(cls, library, article_id: int, pane: str, article=None,
             translation: dict | None = None) -> "PaneText":
        """Read a pane from the library (pass `article`/`translation` if already loaded)."""
        if pane not in PANES:
            raise ValueError(f"pane must be 'source' or 'translation', not {pane!r}")
        article = article or library.get_article(article_id)
        if article is None:
            return cls([], [])
        if pane == "source":
            return cls([p.text for p in article.paragraphs], [list(p.sentences) for p in article.paragraphs])
        if translation is None:
            translation = library.get_translation(article_id)
        paragraphs, spans, provenance = [], [], []
        for index in range(max(len(article.paragraphs), max(translation, default=-1) + 1)):
            sentences, source = translation.get(index, ([], None))
            text, sentence_spans = join_sentences(sentences)
            paragraphs.append(text)
            spans.append(sentence_spans)
            provenance.append(source)
        return cls(paragraphs, spans, provenance)

    @property
    def empty(self) -> bool:
        return not any(self.paragraphs)

    def text(self, paragraph: int) -> str:
        return self.paragraphs[paragraph] if 0 <= paragraph < len(self.paragraphs) else ""

    def sentence_text(self, paragraph: int, index: int) -> str:
        s, e = self.sentences[paragraph][index]
        return self.paragraphs[paragraph][s:e]

    def sentence_range(self, paragraph: int, start: int, end: int) -> tuple[int, int] | None:
        """Indexes (first, last) of the sentences that [start, end) touches, or None."""
        if not 0 <= paragraph < len(self.sentences) or not self.sentences[paragraph]:
            return None
        spans = self.sentences[paragraph]
        ends = [e for _, e in spans]
        # First sentence ending after `start` (a quote in the gap between two
        # sentences belongs to the next one).
        first = min(bisect_right(ends, start), len(spans) - 1)
        last = first
        while last + 1 < len(spans) and spans[last + 1][0] < end:
            last += 1
        return first, last
