"""Annotations as reading-view highlights.

The annotated passage gets its colour; the aligned sentence(s) in the other
column (sentence i of paragraph p <-> translated sentence i of paragraph p)
are underlined in the same colour: faint, and readable in light and dark
themes alike.
"""

from __future__ import annotations

from ..core.panes import PaneText
from .annotation_dialog import highlight_color
from .reading_view import Highlight

OTHER = {"source": "translation", "translation": "source"}


def annotation_highlights(annotations, source: PaneText, translation: PaneText,
                          dark: bool = False) -> list[Highlight]:
    """Highlights for `annotations` (orphans and deleted ones are skipped:
    their offsets do not point at their text)."""
    panes = {"source": source, "translation": translation}
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
            aligned.append(Highlight(OTHER[a.pane], a.paragraph, *spans[i], color, underline=True))
    return aligned + passages  # passages drawn last, on top
