"""Annotations as reading-view highlights.

The annotated passage gets its colour; the aligned sentence(s) in the other
column (sentence i of paragraph p <-> translated sentence i of paragraph p)
get a faint tint of the same colour (underlines are left to entities).
"""

from __future__ import annotations

from ..core.panes import Pane, PaneText
from .text_marks import Highlight
from .theme import highlight_color, with_alpha

OTHER = {Pane.SOURCE: Pane.TRANSLATION, Pane.TRANSLATION: Pane.SOURCE}
ALIGNED_ALPHA = 90  # of 255: visibly related, clearly weaker than the passage itself


def faint(hex_color: str) -> str:
    return with_alpha(hex_color, ALIGNED_ALPHA)


def annotation_highlights(
    annotations, source: PaneText, translation: PaneText, dark: bool = False
) -> list[Highlight]:
    """Highlights for `annotations` (orphans and deleted ones are skipped:
    their offsets do not point at their text)."""
    panes = {Pane.SOURCE: source, Pane.TRANSLATION: translation}
    passages, aligned = [], []
    for a in annotations:
        if a.orphaned or a.deleted_at:
            continue
        color = highlight_color(a.color, dark)
        passages.append(Highlight(a.pane, a.paragraph, a.start, a.end, color))
        sentences = panes[a.pane].sentence_range(a.paragraph, a.start, a.end)
        other = panes[OTHER[a.pane]]
        if sentences is None or a.paragraph >= len(other.sentences):
            continue
        spans = other.sentences[a.paragraph]
        for i in range(sentences[0], min(sentences[1] + 1, len(spans))):
            aligned.append(Highlight(OTHER[a.pane], a.paragraph, *spans[i], faint(color)))
    return aligned + passages  # passages drawn last, on top


def next_annotation(annotations, paragraph: int, offset: int, backwards: bool = False):
    """The annotation after (or before) source position (paragraph, offset)
    in reading order, for the next-annotation command; None at the end.
    Translation-pane annotations are placed at their paragraph."""

    def key(a):
        return (a.paragraph, a.start if a.pane == Pane.SOURCE else 0, a.id)

    here = (paragraph, offset)
    placed = sorted((a for a in annotations if not a.orphaned and not a.deleted_at), key=key)
    if backwards:
        before = [a for a in placed if key(a)[:2] < here]
        return before[-1] if before else None
    return next((a for a in placed if key(a)[:2] > here), None)
