"""Background jobs below the UI thread's priority (issue 14): how late a 5 ms
UI timer fires while a translation job translates in a loop (a realistic-size
copy pack: Transformer-base shapes and cost, each sentence stopping at its
own length), three ways, alternating in one run so that all see the same
machine load:
- none: the job's thread and the model's threads at the UI's niceness;
- job thread: the job's thread at niceness + JOB_NICENESS, and so the model's
  threads it starts (Reader's way until 2026-12-01);
- model threads: only the model's threads lowered (reader/core/priority.py,
  Reader's way now): the job thread, which holds the GIL while it tokenises,
  keeps the UI's priority.

``--hogs N`` starts N busy processes in sessions of their own (other
programs on a loaded laptop) for the length of the run, or in this session
with ``--same-session``. With Linux's autogroups, niceness orders only the
threads of one session: against other sessions' processes it cannot win the
UI thread a core. Offscreen Qt.

Run: .venv/bin/python benchmarks/bench_job_priority.py [--rounds 3] [--seconds 12] [--hogs 2 [--same-session]]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the three ways")
    parser.add_argument("--seconds", type=float, default=12.0, help="length of each run")
    parser.add_argument("--hogs", type=int, default=0, help="busy processes running meanwhile")
    parser.add_argument("--same-session", action="store_true", help="the busy processes in this session")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        sys.exit("per-thread niceness is Linux's")

    from bench_translation_ui import waited_for_a_core
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from support.argos_fixture import build_big_copy_pack

    from reader.core import priority, translation
    from reader.core.library import seed_if_first_run
    from reader.core.packs import PackManager
    from reader.core.storage import Library
    from reader.ui import jobs

    app = QCoreApplication.instance() or QCoreApplication([])
    raised = priority.JOB_NICENESS
    runners = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        library = Library(data)
        seed_if_first_run(library)
        sentences = [
            p.text[start:end]
            for article_id in (1, 2)
            for p in library.get_article(article_id).paragraphs
            for start, end in p.sentences
        ][:16]
        print("building a realistic-size copy pack…", flush=True)
        PackManager(data).install_file(build_big_copy_pack(Path(tmp), "he", "en", "1.0"))

        class TranslateInALoop(jobs.Job):
            def __init__(self, lower_job_thread: bool):
                super().__init__()
                self.loaded = False
                self.lower_job_thread = lower_job_thread

            def work(self, context):
                if self.lower_job_thread:
                    priority.lower_thread_priority()
                    # the model's threads inherit this thread's +JOB_NICENESS:
                    # lowered again when the model is made, they would be at +2x
                    priority.JOB_NICENESS = 0
                route = PackManager(context.data_dir).find_route("he", "en")
                translator = translation.SentenceTranslator(route)
                self.loaded = True
                while not context.cancelled():
                    translator.translate(sentences, batch_size=8)

        def run(way: str) -> str:
            priority.JOB_NICENESS = 0 if way == "none" else raised
            translation.clear_cache()  # the model's threads are made by this run's job
            runner = jobs.JobRunner(data)
            runners.append(runner)  # kept: a job still ending under load must not lose its thread object
            job = TranslateInALoop(lower_job_thread=way == "job thread")
            runner.run(job)
            while not job.loaded:
                app.processEvents()
                time.sleep(0.001)
            gaps: list[float] = []
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append((now - last[0] - 0.005) * 1000)
                last[0] = now

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(tick)
            loop = QEventLoop()
            QTimer.singleShot(int(args.seconds * 1000), loop.quit)
            waited = waited_for_a_core()
            last[0] = time.perf_counter()
            timer.start()
            loop.exec()
            timer.stop()
            waited = waited_for_a_core() - waited
            runner.shutdown(60_000)
            gaps.sort()
            return (
                f"{way:>13s} lowered: longest {gaps[-1]:4.0f} ms, p99 {gaps[int(len(gaps) * 0.99)]:3.0f} ms, "
                f"over 20 ms {sum(g > 20 for g in gaps):3d}, over 50 ms {sum(g > 50 for g in gaps):2d} "
                f"(of {len(gaps)} ticks); UI runnable without a core {waited * 1000:.0f} ms; "
                f"load {os.getloadavg()[0]:.1f}"
            )

        hogs = [
            subprocess.Popen(
                [sys.executable, "-c", "while True: pass"], start_new_session=not args.same_session
            )
            for _ in range(args.hogs)
        ]
        try:
            where = "in this session" if args.same_session else "in sessions of their own"
            print(
                f"{args.rounds} rounds of {args.seconds:.0f} s, {args.hogs} busy processes {where}",
                flush=True,
            )
            for _ in range(args.rounds):
                for way in ("none", "job thread", "model threads"):
                    print(run(way), flush=True)
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()


if __name__ == "__main__":
    main()
