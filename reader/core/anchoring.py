"""Re-attach annotations to changed text, the way Hypothesis does.

An annotation remembers its paragraph, offsets, the quote and 32 characters of
context either side. When the article is re-imported with edits, or its
translation is redone, we look for the quote in the new text of the same pane:

1. position: the quote is still at the same paragraph and offset;
2. exact quote elsewhere: every occurrence is scored by how well its
   surroundings match the stored prefix/suffix and how near it is to the old
   place; the best wins;
3. fuzzy: the most similar span (rapidfuzz) if it is similar enough.

Nothing found means the annotation becomes an orphan: kept, listed, never
deleted. Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .panes import PANES, Pane, PaneText, as_pane
from .storage import Library
from .storage.annotations import AnnotationStore, context_around

FUZZY_THRESHOLD = 75.0  # % similarity between the stored quote and the found span
MIN_FUZZY_QUOTE = 8  # shorter quotes must be found exactly
SHORT_QUOTE = 12  # a shorter quote also needs some matching context:
MIN_SHORT_CONTEXT = 60.0  # % similarity of its prefix or of its suffix


@dataclass(frozen=True)
class Anchor:
    paragraph: int
    start: int
    end: int
    method: str  # position, quote, fuzzy


def _context_scores(text: str, start: int, end: int, prefix: str, suffix: str) -> tuple[float, float]:
    """0-100 each: how well the text before and after [start, end) matches
    the stored prefix and suffix."""
    # An empty stored context means the quote touched the paragraph's edge.
    before = text[max(0, start - max(len(prefix), 1)) : start]
    after = text[end : end + max(len(suffix), 1)]

    def score(stored: str, found: str) -> float:
        return 100.0 if stored == found else float(fuzz.ratio(stored, found))

    return score(prefix, before), score(suffix, after)


def _context_ok(quote: str, scores: tuple[float, float]) -> bool:
    """A short quote (a name, a word) occurs anywhere: only trust it where at
    least one side of its context still matches."""
    return len(quote) >= SHORT_QUOTE or max(scores) >= MIN_SHORT_CONTEXT


def _nearness(paragraph: int, start: int, old_paragraph: int, old_start: int) -> float:
    """0-1, 1 at the old place: breaks ties between equally good matches."""
    return 1.0 / (1.0 + abs(paragraph - old_paragraph) + abs(start - old_start) / 1000.0)


def _refine(quote: str, text: str, start: int, end: int) -> tuple[int, int, float]:
    """Move the ends of a fuzzy span to where it is most similar to `quote`
    (rapidfuzz finds a window as long as the quote; edits change the length)."""
    slack = max(3, len(quote) // 4)
    best = (start, end, fuzz.ratio(quote, text[start:end]))
    for _ in range(2):
        s, e, score = best
        for new_end in range(max(s + 1, e - slack), min(len(text), e + slack) + 1):
            candidate = fuzz.ratio(quote, text[s:new_end])
            if candidate > best[2]:
                best = (s, new_end, candidate)
        s, e, _ = best
        for new_start in range(max(0, s - slack), min(e - 1, s + slack) + 1):
            candidate = fuzz.ratio(quote, text[new_start:e])
            if candidate > best[2]:
                best = (new_start, e, candidate)
    # Do not start or end on a space the quote does not have.
    s, e, score = best
    while s < e and text[s].isspace() and not quote[:1].isspace():
        s += 1
    while e > s and text[e - 1].isspace() and not quote[-1:].isspace():
        e -= 1
    return s, e, fuzz.ratio(quote, text[s:e])


def find_anchor(
    quote: str,
    prefix: str,
    suffix: str,
    paragraph: int,
    start: int,
    paragraphs: Sequence[str],
    threshold: float = FUZZY_THRESHOLD,
) -> Anchor | None:
    """Where the annotation belongs in `paragraphs` (the pane's new texts), or None."""
    if not quote:
        return None
    # 1. Still where it was.
    end = start + len(quote)
    if (
        0 <= paragraph < len(paragraphs)
        and paragraphs[paragraph][start:end] == quote
        and _context_ok(quote, _context_scores(paragraphs[paragraph], start, end, prefix, suffix))
    ):
        return Anchor(paragraph, start, end, "position")

    # 2. The exact quote somewhere else: best context, then nearest.
    best: tuple[int, int] | None = None
    best_key: tuple[bool, float, float] | None = None
    occurrences = 0
    for p, text in enumerate(paragraphs):
        i = text.find(quote)
        while i != -1:
            occurrences += 1
            scores = _context_scores(text, i, i + len(quote), prefix, suffix)
            key = (_context_ok(quote, scores), sum(scores), _nearness(p, i, paragraph, start))
            if best_key is None or key > best_key:
                best, best_key = (p, i), key
            i = text.find(quote, i + 1)
    # A short quote whose context changed (a name in a reworded translation)
    # is still trusted when it is the only one, in the same paragraph.
    if (
        best is not None
        and best_key is not None
        and (best_key[0] or (occurrences == 1 and best[0] == paragraph))
    ):
        return Anchor(best[0], best[1], best[1] + len(quote), "quote")

    # 3. Fuzzy: the most similar span of any paragraph, if similar enough.
    if len(quote) < MIN_FUZZY_QUOTE:
        return None
    candidates = []
    for p, text in enumerate(paragraphs):
        if not text:
            continue
        found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=threshold - 10)
        if found is None:
            continue
        if len(text) < len(quote):
            s, e = 0, len(text)  # the paragraph shrank below the quote: try all of it
        else:
            s, e = found.dest_start, found.dest_end
        s, e, score = _refine(quote, text, s, e)
        if score >= threshold:
            scores = _context_scores(text, s, e, prefix, suffix)
            if _context_ok(quote, scores):
                candidates.append(((score + sum(scores) / 8, _nearness(p, s, paragraph, start)), p, s, e))
    if not candidates:
        return None
    _, p, s, e = max(candidates)
    return Anchor(p, s, e, "fuzzy")


@dataclass
class ReanchorReport:
    kept: int = 0  # found where they were
    moved: int = 0  # found elsewhere (exact or fuzzy)
    orphaned: list[int] = field(default_factory=list)  # ids newly or still orphaned
    reattached: list[int] = field(default_factory=list)  # former orphans found again
    skipped: int = 0  # pane has no text (e.g. not translated yet)

    def summary(self) -> str:
        parts = [f"{self.kept + self.moved} annotation(s) attached"]
        if self.moved:
            parts.append(f"{self.moved} moved")
        if self.reattached:
            parts.append(f"{len(self.reattached)} re-attached")
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} orphaned")
        if self.skipped:
            parts.append(f"{self.skipped} waiting for a translation")
        return ", ".join(parts)


def reanchor_article(library: Library, article_id: int, pane: str | None = None) -> ReanchorReport:
    """Re-attach the annotations of one article (one pane, or both) to the
    article's current text; update their positions or mark them orphaned.

    Deleted annotations are re-anchored too, so that undoing a delete still
    finds its text. A translation pane without any translation (e.g. right
    after a re-import, before re-translation) is skipped: its annotations keep
    their anchors until there is text to match against.
    """
    store = AnnotationStore(library)
    report = ReanchorReport()
    article = library.get_article(article_id)
    if article is None:
        return report
    changes: list[tuple[int, dict[str, Any]]] = []
    for which in [as_pane(pane)] if pane else PANES:
        annotations = [a for a in store.iterate([article_id], include_deleted=True) if a.pane == which]
        if not annotations:
            continue
        texts = PaneText.load(library, article_id, which, article=article)
        if texts.empty:
            report.skipped += len(annotations)
            continue
        for a in annotations:
            anchor = find_anchor(a.quote, a.prefix, a.suffix, a.paragraph, a.start, texts.paragraphs)
            if anchor is None:
                if not a.orphaned:
                    changes.append((a.id, {"orphaned": 1}))
                report.orphaned.append(a.id)
                continue
            text = texts.paragraphs[anchor.paragraph]
            prefix, suffix = context_around(text, anchor.start, anchor.end)
            fields: dict[str, Any] = dict(
                paragraph=anchor.paragraph,
                start=anchor.start,
                end=anchor.end,
                quote=text[anchor.start : anchor.end],
                prefix=prefix,
                suffix=suffix,
                orphaned=0,
            )
            if which is Pane.TRANSLATION:
                fields["translation_package"] = texts.provenance[anchor.paragraph]
            if a.orphaned:
                report.reattached.append(a.id)
            if anchor.method == "position":
                report.kept += 1
            else:
                report.moved += 1
            current = dict(
                paragraph=a.paragraph,
                start=a.start,
                end=a.end,
                quote=a.quote,
                prefix=a.prefix,
                suffix=a.suffix,
                orphaned=int(a.orphaned),
                translation_package=a.translation_package,
            )
            if any(current.get(k) != v for k, v in fields.items()):
                changes.append((a.id, fields))
    if changes:
        store.set_anchors(changes)
    return report
