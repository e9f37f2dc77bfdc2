"""The cost of a lead translated ahead for the article the reader opens
(issue 14): the time from queueing the open article to its lead paragraph
(whole), to its first sentence and to its first words on screen (a
draft), with nothing running (the baseline) against opened while another
article's lead is mid-call (translation_ui.TranslationJob.set_leads),
alternately, in one run. ``--other long``: that lead is three long
sentences (as the articles opened); ``--other title``: a title's length
(a headline above the same paragraph). Each line says how many of the
measures found a lead's model call under way.

The translation job runs on its own thread without a window (its signals
come queued to this thread, as to the window's). Articles: the lead of
bench_translation_ui's long-lead article (three long sentences), one copy
per measure (a number changed, so none is a duplicate); the pack is the
realistic-size random Hebrew pack of bench_translation_ui, each model call
capped at its longest input.

Run: .venv/bin/python benchmarks/bench_lead_yield.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="measures of each kind")
    parser.add_argument("--other", choices=("long", "title"), default="long", help="the lead running")
    args = parser.parse_args()

    import bench_translation_ui as ui_bench
    from PySide6.QtCore import QCoreApplication

    from reader.core import translation
    from reader.core.library import import_into
    from reader.core.packs import PackManager
    from reader.core.storage import Library
    from reader.ui.jobs import JobContext
    from reader.ui.translation_ui import TranslationJob

    ui_bench.cap_decoding(translation, 0)
    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "data"
        library = Library(data)
        packs = PackManager(data)
        print("building a realistic-size random pack…", flush=True)
        for pack_file in ui_bench.build_packs_elsewhere(tmp, ui_bench.LONG_LEAD):
            if pack_file.name.startswith("translate-he_"):
                packs.install_file(pack_file)
        (tmp / "copies").mkdir()
        lead = ui_bench.LONG_LEAD.split("\n\n")[0]
        headline = "הרכבל בחיפה יידחה בחצי שנה בגלל סדק בעמוד {n}\n\n"
        paths = []
        for n in range(3 * args.runs + 1):
            paths.append(tmp / "copies" / f"lead-{n}.txt")
            text = lead.replace("ניסוי לילי", f"ניסוי לילי מספר {n + 3}")
            if args.other == "title" and n and n % 3 == 0:  # (the other article of each 'during' measure)
                text = headline.format(n=n) + text
            paths[-1].write_text(text, encoding="utf-8")
        results = list(import_into(library, paths))
        ids = iter([r.article_id for r in results if r.status == "added"])
        assert all(r.status == "added" for r in results), [r.message for r in results]

        job = TranslationJob()
        context = JobContext(data, job.cancel_event)
        whole: dict[int, float] = {}
        partial: dict[int, list[float]] = {}
        job.paragraphReady.connect(lambda a, p, s: whole.setdefault(a, time.perf_counter()))
        job.paragraphPartial.connect(lambda a, p, s: partial.setdefault(a, []).append(time.perf_counter()))
        worker = threading.Thread(target=job.work, args=(context,))
        worker.start()

        def busy() -> bool:
            return any(loaded.busy for loaded in list(translation._cache.values()))

        def wait(condition, timeout: float = 900.0) -> None:
            end = time.perf_counter() + timeout
            while not condition() and time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)

        warm = next(ids)  # the model loaded and called once
        job.enqueue(warm)
        wait(lambda: warm in whole)
        timings: dict[str, list[tuple[float, float, float]]] = {"nothing running": [], "during a lead": []}
        under_way = {kind: 0 for kind in timings}
        for _ in range(args.runs):
            for kind in timings:
                target = next(ids)
                if kind == "during a lead":
                    other = next(ids)
                    job.set_leads([other], "he")
                    wait(busy, 60)
                under_way[kind] += busy()
                start = time.perf_counter()
                job.enqueue(target, first=True)
                wait(lambda t=target: t in whole)
                end = whole.get(target, float("nan"))
                # The draft's words, then (a sentence a call) the first sentence, whole.
                shown = partial.get(target, []) + [end, end]
                timings[kind].append(tuple((t - start) * 1000 for t in (shown[0], shown[1], end)))
                job.cancel_all()
                wait(lambda: job.pending() == 0 and not busy())
                time.sleep(0.3)
        job.cancel()
        worker.join(60)
        context.close()
    for kind, values in timings.items():
        print(
            f"{kind:16s} ({under_way[kind]}/{len(values)} with a lead's call under way) "
            "first words / first sentence / whole lead (ms): "
            + "; ".join(" / ".join(f"{t:.0f}" for t in value) for value in values)
        )


if __name__ == "__main__":
    main()
