"""Start-up: time from process start to the first paint of `reader gui
--exit-after-paint` (the window showing the article list and the reading
pane, the last-read article open in it) against a bare PySide6 window (a
QMainWindow with a QTextBrowser) measured in the same run, as a ratio.

Two figures per case, each a median of --runs:
- first paint (the goal's figure): from spawning the process until it writes
  its "first paint" line, which both processes do in the event-loop turn
  after their window's first paint event. This is what a user waits for.
- whole process: until the process has exited (as measured before
  2026-11-30), plus its CPU time (user + system), which on a shared machine
  varies less than wall time. Exit work (saving the window geometry, closing
  the library, Python's teardown) counts here but not in first paint.
The bare window also waits for its first paint now; it used to quit in the
event loop's first turn, which can come before that paint.

Goals: at most 1.5x the bare window on the sample library, at most 2.5x with
10,000 articles (with stored entity mentions, as the entity job leaves them).
Also checks that no heavy module is imported before first paint, and
measures the longest block of the UI thread in the second after the first
paint of a plain `reader gui` (every feature installed just after the paint):
a 5 ms timer records the gaps between its ticks, as wall time and as the UI
thread's CPU time (less noisy on a shared machine); median of the runs.
With --instructions (needs valgrind): instructions executed until the
first paint line, bare window and sample library, counted by callgrind with
PYTHONHASHSEED=0; deterministic to ~0.1M, so a change worth a millisecond
shows on a shared machine where wall time does not (about 6M instructions
per millisecond here).
Run: .venv/bin/python benchmarks/bench_startup.py [--runs N] [--instructions]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("first paint", flush=True), app.quit()))
        return False
app = QApplication([])
window = QMainWindow(); text = QTextBrowser(); window.setCentralWidget(text); window.resize(1280, 800)
first_paint = FirstPaint(); text.viewport().installEventFilter(first_paint)
window.show()
app.exec()
"""

POST_PAINT = """
import runpy, sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication
import reader.ui.main_window as main_window_module
ticks = []
class TimedWindow(main_window_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.firstPainted.connect(self.start_ticking)
    def start_ticking(self):
        ticks.append((time.perf_counter(), time.thread_time()))
        self.ticker = QTimer(self, interval=5, timerType=Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
    def tick(self):
        ticks.append((time.perf_counter(), time.thread_time()))
        if ticks[-1][0] - ticks[0][0] > 1.0:
            self.ticker.stop()
            QApplication.instance().quit()
main_window_module.MainWindow = TimedWindow
sys.argv = ["reader", "--data-dir", sys.argv[1], "gui"]
try:
    runpy.run_module("reader", run_name="__main__")
except SystemExit:
    pass
pairs = list(zip(ticks, ticks[1:]))
print(max(b[0] - a[0] for a, b in pairs), max(b[1] - a[1] for a, b in pairs))
"""

# Runs a script (the bare window) or `reader gui --exit-after-paint` and
# leaves at its "first paint" line, so callgrind counts nothing after it.
UNTIL_PAINT = """
import builtins, os, runpy, sys
_print = builtins.print
def until_paint(*args, **kwargs):
    _print(*args, **kwargs)
    if args and str(args[0]).startswith("first paint"):
        sys.stdout.flush()
        os._exit(0)
builtins.print = until_paint
if sys.argv[1] == "--script":
    exec(compile(sys.argv[2], "bare", "exec"), {"__name__": "__main__"})
else:
    sys.argv = ["reader", "--data-dir", sys.argv[1], "gui", "--exit-after-paint"]
    runpy.run_module("reader", run_name="__main__")
"""

HEAVY = ("argostranslate.translate", "torch", "spacy", "stanza", "ctranslate2", "trafilatura")


@dataclass
class Run:
    first_paint: float  # seconds from spawning to the "first paint" line
    whole: float  # seconds from spawning to exit
    cpu: float  # user + system seconds of the process


def timed(command: list[str], env: dict) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO, text=True
    )
    assert process.stdout is not None
    painted = None
    for line in process.stdout:
        if painted is None and line.startswith("first paint"):
            painted = time.perf_counter() - start
    if process.wait() != 0 or painted is None:
        raise SystemExit(f"{command} failed (exit {process.returncode}, first paint line: {painted})")
    whole = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(painted, whole, cpu)


def median_run(command: list[str], env: dict, runs: int) -> Run:
    timed(command, env)  # warm the file cache
    measured = [timed(command, env) for _ in range(runs)]
    return Run(*(statistics.median(getattr(r, f) for r in measured) for f in ("first_paint", "whole", "cpu")))


def generate_library(data_dir: Path, count: int) -> None:
    from reader.core.importer import ImportedArticle
    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library
    from reader.core.text import segment

    library = Library(data_dir)
    seed_if_first_run(library)
    samples = [library.get_article(i) for i in range(1, 6)]
    with library.transaction():
        pass
    started = time.perf_counter()
    for n in range(count - library.article_count()):
        sample = samples[n % len(samples)]
        text = "\n\n".join(p.text for p in sample.paragraphs[: 3 + n % 7]) + f"\n\nGenerated article {n}."
        library.add_article(
            ImportedArticle(
                title=f"{sample.title[:60]} ({n})",
                language=sample.language,
                paragraphs=segment(text, sample.language),
                source_path=f"/generated/{n}.txt",
                encoding="utf-8",
                date=f"2023-{1 + n % 12:02d}",
            )
        )
    add_entity_mentions(library)
    library.close()
    print(
        f"  generated {count} articles with stored entity mentions in {time.perf_counter() - started:.1f} s"
    )


def add_entity_mentions(library, per_article: int = 20) -> None:
    """Stored mentions on every article, as the entity job leaves them
    (names from a pool of 1,000, so they group across articles): a user's
    library has them, and grouping them must wait until after first paint."""
    from reader.core.entities.model import EntityMention
    from reader.core.storage.entities import EntityStore

    store = EntityStore(library)
    for article_id in range(1, library.article_count() + 1):
        words = library.get_article(article_id).paragraphs[0].text.split(" ")
        mentions, offset = [], 0
        for n, word in enumerate(words[:per_article]):
            name = f"Name{(article_id * 7 + n * 13) % 1000}"
            mentions.append(
                EntityMention(
                    0, offset, offset + len(word), word, ("PERSON", "ORG", "PLACE")[n % 3], canonical=name
                )
            )
            offset += len(word) + 1
        store.replace_mentions(article_id, mentions)


def longest_block_after_paint(data_dir: Path, env: dict, runs: int) -> tuple[float, float]:
    """Median over runs of the longest gap between 5 ms ticks in the second
    after first paint: (wall seconds, UI-thread CPU seconds)."""
    measured = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", POST_PAINT, str(data_dir)],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        ).stdout
        measured.append(tuple(map(float, out.split()[-2:])))
    return statistics.median(m[0] for m in measured), statistics.median(m[1] for m in measured)


def heavy_modules_before_paint(data_dir: Path, env: dict) -> list[str]:
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['reader', '--data-dir', {str(data_dir)!r}, 'gui', '--exit-after-paint']\n"
        "try: runpy.run_module('reader', run_name='__main__')\n"
        "except SystemExit: pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=REPO
    ).stdout
    return eval(out.strip().splitlines()[-1])


def instructions_to_paint(arguments: list[str], env: dict) -> int:
    """Instructions callgrind counts from process start to the first paint line."""
    env = {**env, "PYTHONHASHSEED": "0"}  # same dict orders, same work, every run
    command = [sys.executable, "-c", UNTIL_PAINT, *arguments]
    subprocess.run(command, env=env, cwd=REPO, check=True, capture_output=True)  # bytecode caches
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *command],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind failed:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def print_instructions(samples: Path, env: dict) -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    bare = instructions_to_paint(["--script", BARE_WINDOW], env)
    reader = instructions_to_paint([str(samples)], env)
    print("\ninstructions to first paint (callgrind, PYTHONHASHSEED=0):")
    print(f"  {'bare PySide6 window':26} {bare / 1e6:9.1f}M")
    print(f"  {'reader, sample library':26} {reader / 1e6:9.1f}M {reader / bare:5.3f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument(
        "--instructions", action="store_true", help="only instructions to first paint (callgrind)"
    )
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As on a user's machine, Python keeps compiled bytecode (__pycache__);
    # some shells set PYTHONDONTWRITEBYTECODE, which would make every start
    # recompile the app's ~40 modules. The warm-up runs write the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    reader = [sys.executable, "-m", "reader"]

    with tempfile.TemporaryDirectory() as tmp:
        samples, big = Path(tmp) / "samples", Path(tmp) / "big"
        subprocess.run(
            [*reader, "--data-dir", str(samples), "list"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=REPO,
        )
        if args.instructions:
            # The state the timed runs open: after one run (window geometry and last article saved).
            timed([*reader, "--data-dir", str(samples), "gui", "--exit-after-paint"], env)
            print_instructions(samples, env)
            return
        print(f"generating a library of {args.articles} articles…")
        generate_library(big, args.articles)

        bare = median_run([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        on_samples = median_run(
            [*reader, "--data-dir", str(samples), "gui", "--exit-after-paint"], env, args.runs
        )
        on_big = median_run([*reader, "--data-dir", str(big), "gui", "--exit-after-paint"], env, args.runs)
        heavy = heavy_modules_before_paint(samples, env)
        blocks = [
            ("sample library", longest_block_after_paint(samples, env, args.runs)),
            (f"{args.articles} articles", longest_block_after_paint(big, env, args.runs)),
        ]

    print(
        f"\nstart-up, median of {args.runs} runs ({env['QT_QPA_PLATFORM']}, load average {os.getloadavg()[0]:.1f}):"
    )
    print(f"  {'':26} {'first paint':>18} {'whole process':>18} {'CPU':>18}")
    cases = [
        ("bare PySide6 window", bare, ""),
        ("reader, sample library", on_samples, "goal <= 1.5x"),
        (f"reader, {args.articles} articles", on_big, "goal <= 2.5x"),
    ]
    for name, run, goal in cases:
        figures = "".join(
            f"{getattr(run, f) * 1000:9.0f} ms {getattr(run, f) / getattr(bare, f):5.2f}x"
            for f in ("first_paint", "whole", "cpu")
        )
        print(f"  {name:26} {figures}  {goal}")
    print(f"  heavy modules before first paint: {heavy or 'none'}")
    print("longest UI-thread block in the second after first paint (features installing):")
    for name, (wall, cpu) in blocks:
        print(f"  {name:26} {wall * 1000:9.0f} ms wall {cpu * 1000:9.0f} ms CPU")


if __name__ == "__main__":
    main()
