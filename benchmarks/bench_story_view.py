"""How long the story view takes to open on a 20-article story (goal: 200 ms).

The library: the five sample articles imported four times each (every copy
with a line of its own, so none is a duplicate), entities recognised and the
stories grouped once (not timed). Timed, five times, median: building the
story's comparison (core.story_view_model; the window builds it in a
background job) and the story view window until it has painted once (the UI
thread's part), beside a bare window of the same size shown and painted
(the baseline: what any window costs here).

    xvfb-run -a .venv/bin/python benchmarks/bench_story_view.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_story_view.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COPIES = 4
RUNS = 5
GOAL_MS = 200
SIZE = (1400, 900)


def build_library(folder: Path):
    from reader.core.entity_service import recompute
    from reader.core.importer import import_file
    from reader.core.storage import Library
    from reader.core.stories import StoryGrouper
    from reader.core.text import Paragraph

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    library = Library(folder / "data")
    for copy in range(COPIES):
        for seed in seeds:
            imported = import_file(seed)
            line = f"Desk {copy} filed this report."  # its own text: no copy is a duplicate
            imported.paragraphs.append(Paragraph(line, [(0, len(line))]))
            imported.source_path = f"https://desk{copy}.example/{seed.stem}"  # one outlet per copy
            library.add_article(imported)
    recompute(library)
    StoryGrouper(library).recompute()
    return library


def until_painted(app, widget) -> None:
    """Process events until `widget` has painted once."""
    from PySide6.QtCore import QEvent, QObject

    painted = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.show()
    deadline = time.perf_counter() + 10
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)


def main() -> None:
    from PySide6.QtWidgets import QWidget

    from reader.core.commands import load_keymap
    from reader.core.stories import list_stories
    from reader.core.story_view_model import StoryComparison
    from reader.ui.app import create_application
    from reader.ui.story_view import StoryView

    app = create_application([])
    keymap = load_keymap(None)
    with tempfile.TemporaryDirectory() as folder:
        library = build_library(Path(folder))
        story = list_stories(library)[0]
        baseline, opening, model = [], [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            bare = QWidget()
            bare.resize(*SIZE)
            until_painted(app, bare)
            baseline.append((time.perf_counter() - start) * 1000)
            bare.close()
            bare.deleteLater()

            start = time.perf_counter()
            comparison = StoryComparison(library, story.id)
            built = time.perf_counter()
            view = StoryView(comparison, keymap)
            view.resize(*SIZE)
            until_painted(app, view)
            opening.append((time.perf_counter() - start) * 1000)
            model.append((built - start) * 1000)
            rows = len(view.matrix.rows)
            view.close()
            app.processEvents()
        library.close()
    window = [total - built for total, built in zip(opening, model)]
    print(f"story: {len(story.article_ids)} articles, {rows} entities")
    print(f"bare window, shown and painted:                 median {statistics.median(baseline):7.1f} ms")
    print(
        f"story view window (UI thread), built + painted: median {statistics.median(window):7.1f} ms  "
        f"(goal <= {GOAL_MS} ms: {'met' if statistics.median(window) <= GOAL_MS else 'NOT met'})"
    )
    print(f"comparison (background job, core):              median {statistics.median(model):7.1f} ms")
    print(
        f"end to end, command to painted window:          median {statistics.median(opening):7.1f} ms  (runs: "
        + ", ".join(f"{ms:.0f}" for ms in opening)
        + ")"
    )


if __name__ == "__main__":
    main()
