"""How long the story view takes to open on a 20-article story (goal: 200 ms
from the key press to the painted window).

The library: the five sample articles imported four times each (every copy
with a line of its own, so none is a duplicate), entities recognised and the
stories grouped once (not timed). Timed, five times, median:

- the background job's share: `compare_for_view`, the comparison with what
  the window shows first (the matrix, the first entity's sentences, the
  timeline); the numbers and the quotations wait for their tab;
- the UI thread's share: the story view window built and painted once;
- end to end, the two one after the other: the key press to the painted window;
- beside them the baseline, a bare window of the same size shown and painted
  (what any window costs here), and for reference every part of the
  comparison computed at once (what the CLI and the exports ask for);
- on the UI thread, each tab filled the first time it is shown: as it is in
  the window (its part computed in the background once the window has
  painted) and at worst (its key pressed before that was done).

Then the first story opened in a fresh process, twice: as it comes (the
month names loaded and the date patterns compiled on the way), and after
the warm-up the window runs in the background a few seconds after it opens.

    xvfb-run -a .venv/bin/python benchmarks/bench_story_view.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_story_view.py
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
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


def open_view(app, keymap, library, story_id: int):
    """The story opened as the window opens it: (view, ms in the job, ms in all)."""
    from reader.ui.story_view import StoryView, compare_for_view

    start = time.perf_counter()
    comparison = compare_for_view(library, story_id)
    built = time.perf_counter()
    view = StoryView(comparison, keymap)
    view.resize(*SIZE)
    until_painted(app, view)
    return view, (built - start) * 1000, (time.perf_counter() - start) * 1000


def first_open(data_dir: Path, warm: bool) -> None:
    """In a fresh process: the first story opened, printed as 'job total'."""
    from reader.core.commands import load_keymap
    from reader.core.storage import Library
    from reader.core.stories import list_stories
    from reader.ui.app import create_application

    app = create_application([])
    keymap = load_keymap(None)
    library = Library(data_dir)
    story = list_stories(library)[0]
    if warm:  # what the window does in the background a few seconds after it opens
        import threading

        from reader.ui.jobs import JobContext
        from reader.ui.story_view import StoryPatternsJob

        context = JobContext(data_dir, threading.Event())
        StoryPatternsJob().work(context)
        context.close()
    view, job_ms, total_ms = open_view(app, keymap, library, story.id)
    print(f"{job_ms:.1f} {total_ms:.1f}")
    view.close()
    library.close()


def median(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms"


def main() -> None:
    from PySide6.QtWidgets import QWidget

    from reader.core.commands import load_keymap
    from reader.core.stories import list_stories
    from reader.core.story_view_model import StoryComparison
    from reader.ui.app import create_application

    app = create_application([])
    keymap = load_keymap(None)
    with tempfile.TemporaryDirectory() as folder:
        library = build_library(Path(folder))
        story = list_stories(library)[0]
        baseline, job, opening, everything = [], [], [], []
        tabs: dict[tuple[str, bool], list[float]] = {}
        for _ in range(RUNS):
            start = time.perf_counter()
            bare = QWidget()
            bare.resize(*SIZE)
            until_painted(app, bare)
            baseline.append((time.perf_counter() - start) * 1000)
            bare.close()
            bare.deleteLater()

            for prepared in (True, False):
                view, job_ms, total_ms = open_view(app, keymap, library, story.id)
                if prepared:
                    job.append(job_ms)
                    opening.append(total_ms)
                    view.comparison.prepare()  # what StoryPrepareJob does once the window has painted
                rows = len(view.matrix.rows)
                for name, tab in (("numbers", view.show_numbers), ("quotations", view.show_quotations)):
                    start = time.perf_counter()
                    tab()
                    tabs.setdefault((name, prepared), []).append((time.perf_counter() - start) * 1000)
                view.close()
                app.processEvents()

            start = time.perf_counter()
            StoryComparison(library, story.id).prepare()
            everything.append((time.perf_counter() - start) * 1000)
        library.close()
        cold = {}
        for warm in (False, True):
            args = [sys.executable, __file__, "--first-open", str(Path(folder) / "data")]
            out = subprocess.run(
                args + (["--warm"] if warm else []), capture_output=True, text=True, check=True
            )
            cold[warm] = [float(x) for x in out.stdout.split()[-2:]]
    window = [total - part for total, part in zip(opening, job)]
    verdict = "met" if statistics.median(opening) <= GOAL_MS else "NOT met"
    print(f"story: {len(story.article_ids)} articles, {rows} entities")
    print(f"baseline, a bare window shown and painted:        {median(baseline)}")
    print(f"comparison for the view (background job):        {median(job)}")
    print(f"window built and painted (UI thread):            {median(window)}")
    print(
        f"end to end, key press to painted window:         {median(opening)}  (goal <= {GOAL_MS} ms: "
        f"{verdict}; runs: " + ", ".join(f"{ms:.0f}" for ms in opening) + ")"
    )
    for name in ("numbers", "quotations"):
        print(
            f"  {name + ' tab, first shown (UI thread):':46} {median(tabs[name, True])}; "
            f"pressed before its part was computed: {median(tabs[name, False])}"
        )
    print(f"  for reference, every part of the comparison:   {median(everything)}")
    for warm, label in ((False, "as it comes"), (True, "after the warm-up")):
        job_ms, total_ms = cold[warm]
        print(
            f"first story in a fresh process, {label + ':':18} {total_ms:7.1f} ms end to end "
            f"({job_ms:.1f} ms of it in the job)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--first-open", type=Path, help=argparse.SUPPRESS)  # the fresh process's part
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.first_open:
        first_open(arguments.first_open, arguments.warm)
    else:
        main()
