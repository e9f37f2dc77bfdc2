"""bench_translation_ui, with what the UI thread did in its worst intervals.

``longest UI-thread CPU time between two ticks`` (bench_translation_ui) says
how long the UI thread worked between two ticks of its 5 ms timer, not on
what. This runs the same benchmark (same arguments) and, for the 15 tick
intervals with the most UI-thread CPU (opening an article is not among them:
the meter is paused then), lists in each: the top-level Qt events delivered
(QApplication.notify, over 0.5 ms: a timer, a queued signal, the window's
UpdateRequest, i.e. its repaint), the paint events inside them per widget,
the Python garbage collections on the UI thread, and Reader's UI callbacks
(translation, reading view, entities, annotations) with their own thread CPU,
nested ones indented. Then totals per painted widget and per callback.
The instrumentation adds a little to every figure.

Run: .venv/bin/python benchmarks/bench_translation_ui_attribution.py [bench_translation_ui arguments]
"""

from __future__ import annotations

import collections
import functools
import gc
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_translation_ui as bench  # noqa: E402
from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.ui import annotations_ui, entities_ui, main_window  # noqa: E402
from reader.ui.reading_view import ReadingView  # noqa: E402
from reader.ui.translation_ui import TranslationFeature  # noqa: E402

Span = tuple[float, float, str, float]  # perf_counter start, end, what, UI-thread CPU seconds
calls: list[tuple[float, float, str, float, int]] = []  # ... and nesting depth
events: list[Span] = []
paints: list[Span] = []
collections_: list[Span] = []
intervals: list[tuple[float, float, float]] = []  # tick interval start, end, UI-thread CPU
_depth = [0]
_notify_depth = [0]
_gc_started = [0.0, 0.0]


def timed(cls, name: str) -> None:
    """Wrap a UI callback: its thread CPU when it runs on the UI thread."""
    original = getattr(cls, name)
    label = f"{cls.__name__}.{name}"

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            return original(*args, **kwargs)
        start, cpu = time.perf_counter(), time.thread_time()
        _depth[0] += 1
        try:
            return original(*args, **kwargs)
        finally:
            _depth[0] -= 1
            calls.append((start, time.perf_counter(), label, time.thread_time() - cpu, _depth[0]))

    setattr(cls, name, wrapper)


def on_gc(phase: str, info: dict) -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    if phase == "start":
        _gc_started[:] = [time.perf_counter(), time.thread_time()]
    else:
        collections_.append(
            (
                _gc_started[0],
                time.perf_counter(),
                f"gc{info['generation']}",
                time.thread_time() - _gc_started[1],
            )
        )


class TimedApplication(QApplication):
    """Every top-level event's UI-thread CPU; every paint event's, at any depth."""

    def notify(self, receiver, event):
        paint = event.type() == QEvent.Type.Paint
        if _notify_depth[0] and not paint:
            return super().notify(receiver, event)
        start, cpu = time.perf_counter(), time.thread_time()
        _notify_depth[0] += 1
        try:
            return super().notify(receiver, event)
        finally:
            _notify_depth[0] -= 1
            spent = time.thread_time() - cpu
            if spent > (0.0003 if paint else 0.0005):
                try:
                    what = f"{type(receiver).__name__}({receiver.objectName()})"
                except RuntimeError:
                    what = "?"
                if paint:
                    paints.append((start, time.perf_counter(), f"paint {what}", spent))
                if not _notify_depth[0]:
                    events.append((start, time.perf_counter(), f"{what}:{event.type().name}", spent))


def instrument() -> None:
    for name in ("_apply_one", "_on_done", "_on_progress", "_on_paragraph", "_on_partial", "_on_failed"):
        timed(TranslationFeature, name)
    for name in (
        "set_translation",
        "show_partial_translation",
        "_apply_highlights",
        "_fill_translation_cell",
    ):
        timed(ReadingView, name)
    for name in ("_on_translated", "_on_groups", "refresh_highlights"):
        timed(entities_ui.EntitiesFeature, name)
    timed(annotations_ui.AnnotationsFeature, "_on_translated")
    for name in ("update_article_row", "publish"):
        timed(main_window.MainWindow, name)
    gc.callbacks.append(on_gc)
    original_tick = bench.StallMeter.tick

    def tick(meter) -> None:
        intervals.append((meter.last, time.perf_counter(), time.thread_time() - meter.last_cpu))
        original_tick(meter)

    bench.StallMeter.tick = tick


def within(spans, start: float, end: float):
    return [span for span in spans if span[0] >= start - 0.0005 and span[1] <= end + 0.0005]


def report() -> None:
    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.1f}"

    print("\n== the 15 tick intervals with the most UI-thread CPU, and what ran in them")
    for start, end, cpu in sorted(intervals, key=lambda interval: -interval[2])[:15]:
        print(f"  {ms(cpu)} ms CPU over {ms(end - start)} ms")
        print("    events: " + ", ".join(f"{n} {ms(c)}" for _, _, n, c in within(events, start, end)))
        print("    paints: " + ", ".join(f"{n} {ms(c)}" for _, _, n, c in within(paints, start, end)))
        print("    gc: " + ", ".join(f"{n} {ms(c)}" for _, _, n, c in within(collections_, start, end)))
        inside = sorted(within(calls, start, end), key=lambda call: call[4])
        print("    calls: " + ", ".join(f"{'  ' * d}{n} {ms(c)}" for _, _, n, c, d in inside[:10]))
    for title, spans in (("painted widgets (over 0.3 ms)", paints), ("callbacks", calls)):
        spent: dict[str, list[float]] = collections.defaultdict(list)
        for span in spans:
            spent[span[2]].append(span[3])
        print(f"== {title}: count, median, longest ms of UI-thread CPU")
        for name, values in sorted(spent.items(), key=lambda item: -sum(item[1]))[:20]:
            values.sort()
            print(f"  {name:55s} {len(values):5d} {ms(values[len(values) // 2]):>6} {ms(values[-1]):>6}")
    longest = max((span[3] for span in collections_), default=0.0)
    print(f"== garbage collections on the UI thread: {len(collections_)}, longest {ms(longest)} ms CPU")


if __name__ == "__main__":
    app = TimedApplication([])  # bench_translation_ui takes the running instance
    instrument()
    try:
        bench.main()
    finally:
        report()
