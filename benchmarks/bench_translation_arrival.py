"""What the UI thread does when one translated paragraph arrives in the
reading view (ReadingView.set_translation), and whether it grows with the
article: the cell edit itself (Qt lays out that cell's table) and the events
that follow it (the repaint), for articles of 10, 40 and 140 paragraphs
(WHOLE_ARTICLE_LIMIT is 150), without and with two entity marks per
paragraph. Thread CPU time of the UI thread, median and longest over the
article's paragraphs, offscreen Qt at 1280x800.

A whole-document re-layout per paragraph would grow with the paragraph count
(one table per paragraph: see reader/ui/reading_view.py's docstring); a
local edit does not. For what else shares the UI thread while a library is
translated, see bench_translation_ui_attribution.py.

Run: .venv/bin/python benchmarks/bench_translation_arrival.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Written for this benchmark: Hebrew words for the source, an English sentence for the translation.
WORDS = "שלום עולם זה משפט ארוך מעט על העיר והרכבל החדש שייפתח בחודש הבא לפי דברי הדובר".split()
ENGLISH = "The city said yesterday that the new cable car between the centre and the hills opens in March."


def paragraph(i: int, words: int = 45):
    from reader.core.text import Paragraph

    spans, text = [], ""
    for s in range(3):
        sentence = " ".join(WORDS[(i + s + k) % len(WORDS)] for k in range(words // 3)) + "."
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        spans.append((start, len(text)))
    return Paragraph(text, spans)


def run(app, count: int, marks: bool) -> str:
    from reader.core.text import Article
    from reader.ui.reading_view import SOURCE, ReadingView
    from reader.ui.text_marks import Highlight

    view = ReadingView()
    view.resize(1280, 800)
    view.show()
    view.show_article(
        Article(id=1, title="t", language="he", paragraphs=[paragraph(i) for i in range(count)]), {}
    )
    if marks:
        view.set_highlights(
            "entities",
            [Highlight(SOURCE, p, start, start + 5, "#ffff00") for p in range(count) for start in (0, 10)],
        )
    for _ in range(20):
        app.processEvents()
    edit, after = [], []
    for p in range(count):
        start = time.thread_time()
        view.set_translation(p, [ENGLISH] * 3)
        edited = time.thread_time()
        app.processEvents()
        edit.append((edited - start) * 1000)
        after.append((time.thread_time() - edited) * 1000)
    view.close()
    view.deleteLater()
    app.processEvents()

    def spread(values: list[float]) -> str:
        return f"median {statistics.median(values):5.2f} max {max(values):5.2f} ms"

    return (
        f"{count:4d} paragraphs, {'2 marks each' if marks else 'no marks   '}: "
        f"set_translation {spread(edit)} | events after it (repaint) {spread(after)}"
    )


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print("UI-thread CPU per arriving paragraph (one paragraph = three sentences, ~45 words)")
    for count in (10, 40, 140):
        for marks in (False, True):
            print("  " + run(app, count, marks), flush=True)


if __name__ == "__main__":
    main()
