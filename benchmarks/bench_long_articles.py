"""Long articles (issue 11, item 12): opening articles of 10, 1,000 and
10,000 paragraphs, both columns filled, side by side:

- view:        ReadingView.show_article alone (building the document);
- first paint: a new window opened on the article, until the reading view
               has painted;
- switch:      from another article in an open window, until the reading
               view has painted (loading from SQLite included);

then the longest event-loop stall while scrolling the 10,000-paragraph
article from top to bottom a page at a time,
and while the reading cursor walks its last paragraphs and jumps from the
first to the last one. Goals: 10,000 paragraphs open in <= 50 ms and within
3x a 10-paragraph article; no stall over 50 ms.

The reading cursor and annotations are installed; entity recognition and
translation are not (they run in the background and have their own
benchmarks). As in the app, what exists once the window is up is frozen out
of the cyclic collector (gc.freeze): a full collection scanning it all, with
this library's objects, stalled scrolling 50-60 ms. Offscreen Qt, a 1280x800 window. The text is written here.

Run: .venv/bin/python benchmarks/bench_long_articles.py
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

SIZES = (10, 1000, 10000)
REPEATS = 5


def dutch_paragraph(i: int) -> str:
    return (
        f"Alinea {i}. De raad van bestuur koos in drie dagen voor de derde keer een nieuwe directeur, "
        f"terwijl honderden medewerkers dreigden op te stappen. Volgens ingewijden liepen de gesprekken "
        f"over een terugkeer vast op de rol van het bestuur zelf."
    )


def english_sentences(i: int) -> list[str]:
    return [
        f"Paragraph {i}.",
        "The board chose a new director for the third time in three days, while "
        "hundreds of employees threatened to leave.",
        "According to insiders, the talks about a return stalled over the role of the board itself.",
    ]


def build_library(folder: Path):
    from support.annotation_fixtures import add_article

    from reader.core.storage import Library

    library = Library(folder)
    library.set_setting("seeded", True)  # no sample articles
    ids = {}
    for size in SIZES:
        ids[size] = add_article(
            library,
            f"{size} paragraphs",
            "nl",
            [dutch_paragraph(i) for i in range(size)],
            f"/bench/{size}.txt",
        )
        for paragraph in range(size):
            library.save_translation(ids[size], paragraph, english_sentences(paragraph), "nl_en@bench")
        library.mark_translated(ids[size], "nl_en@bench")
    return library, ids


class PaintWatch:
    """Time until the reading view's viewport next paints."""

    def __init__(self, view):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(inner, watched, event):  # noqa: N805
                if event.type() == QEvent.Type.Paint and self.started is not None and self.painted is None:
                    self.painted = time.perf_counter()
                return False

        self.filter = Filter()
        view.viewport().installEventFilter(self.filter)
        self.started = self.painted = None

    def measure(self, action, app) -> float:
        self.started, self.painted = time.perf_counter(), None
        action()
        while self.painted is None:
            app.processEvents()
        return (self.painted - self.started) * 1000


def open_window(library, app):
    from reader.ui.features import features_named
    from reader.ui.main_window import MainWindow

    # no entity recognition or translation features (see the notes)
    window = MainWindow(library, features=features_named("keyboard", "annotations_ui"))
    window.resize(1280, 800)
    gc.freeze()  # as reader.ui.app does once the window is up and its features are in
    return window


def main() -> None:
    from bench_translation_ui import StallMeter
    from PySide6.QtWidgets import QApplication

    from reader.ui.reading_view import ReadingView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        print("building a library of 10, 1,000 and 10,000 translated paragraphs…", flush=True)
        library, ids = build_library(Path(tmp) / "data")
        articles = {size: library.get_article(ids[size]) for size in SIZES}
        translations = {
            size: {p: s for p, (s, _prov) in library.get_translation(ids[size]).items()} for size in SIZES
        }

        view = ReadingView()
        view.resize(1280, 700)
        view.show()
        app.processEvents()
        view_ms = {}
        for size in SIZES:
            times = []
            for _ in range(REPEATS):
                start = time.perf_counter()
                view.show_article(articles[size], translations[size])
                times.append((time.perf_counter() - start) * 1000)
                app.processEvents()
            view_ms[size] = statistics.median(times)
        view.close()

        first_paint, switch = {}, {}
        for size in SIZES:
            times = []
            for _ in range(REPEATS):
                window = open_window(library, app)
                watch = PaintWatch(window.reading_view)

                def show(window=window, size=size):
                    window.restore_state(ids[size])
                    window.show()

                times.append(watch.measure(show, app))
                window.close()
                window.deleteLater()
                app.processEvents()
            first_paint[size] = statistics.median(times)

        window = open_window(library, app)
        window.restore_state(ids[10])
        window.show()
        app.processEvents()
        watch = PaintWatch(window.reading_view)
        for size in SIZES:
            times = []
            for _ in range(REPEATS):
                other = ids[1000] if size == 10 else ids[10]
                window.select_article(other)
                app.processEvents()
                times.append(watch.measure(lambda size=size: window.select_article(ids[size]), app))
            switch[size] = statistics.median(times)

        print(f"\n{'paragraphs':>10}  {'view (ms)':>10}  {'first paint (ms)':>17}  {'switch (ms)':>12}")
        for size in SIZES:
            print(f"{size:>10,}  {view_ms[size]:>10.1f}  {first_paint[size]:>17.1f}  {switch[size]:>12.1f}")
        for name, figures in (("view", view_ms), ("first paint", first_paint), ("switch", switch)):
            ratio = figures[10000] / figures[10]
            print(
                f"{name}: 10,000 paragraphs take {ratio:.1f}x a 10-paragraph article "
                f"(goal <= 3x and <= 50 ms: {'met' if ratio <= 3 and figures[10000] <= 50 else 'NOT met'})"
            )

        # Scrolling the long one, a page at a time, with a 5 ms timer watching the loop.
        window.select_article(ids[10000])
        app.processEvents()
        view = window.reading_view
        bar = view.verticalScrollBar()
        bar.setValue(0)
        app.processEvents()
        step = max(1, view.viewport().height() - 40)
        moves = 0
        shift_window = view._shift_window

        def counted_shift(*args, **kwargs):  # counts how often the laid-out window moves
            nonlocal moves
            moves += 1
            shift_window(*args, **kwargs)

        view._shift_window = counted_shift
        meter = StallMeter()
        meter.start()
        steps, longest_step, started = 0, 0.0, time.perf_counter()
        while bar.value() < bar.maximum():
            begin = time.perf_counter()
            bar.setValue(bar.value() + step)
            app.processEvents()
            longest_step = max(longest_step, time.perf_counter() - begin)
            steps += 1
        scroll_stall = meter.stop()
        view._shift_window = shift_window
        print(
            f"\nscrolled 10,000 paragraphs in {steps} steps of {step} px ({time.perf_counter() - started:.1f} s, "
            f"{moves} window moves): "
            f"longest step {longest_step * 1000:.1f} ms, longest event-loop stall {scroll_stall * 1000:.1f} ms "
            f"(goal <= 50 ms: {'met' if max(longest_step, scroll_stall) <= 0.05 else 'NOT met'})"
        )

        cursor = window.keyboard.cursor
        meter.start()
        longest_move = 0.0
        for paragraph in (0, 9999, 0, 5000, 9990):
            begin = time.perf_counter()
            cursor.set_position(paragraph, 0, animate=False)
            app.processEvents()
            longest_move = max(longest_move, time.perf_counter() - begin)
        for _ in range(30):
            begin = time.perf_counter()
            cursor.step_sentence(+1)
            app.processEvents()
            longest_move = max(longest_move, time.perf_counter() - begin)
        move_stall = meter.stop()
        print(
            f"reading cursor jumps (0 → 9,999 → 0 → 5,000 → 9,990) and 30 sentence steps: "
            f"longest {longest_move * 1000:.1f} ms, longest stall {move_stall * 1000:.1f} ms"
        )
        window.close()
        library.close()


if __name__ == "__main__":
    main()
