"""The UI thread's longest wait for the GIL while a worker thread imports
CTranslate2 and SentencePiece cold (issue 14), with and without
translation.page_in_native_libraries first. Each run is a fresh interpreter
after the page cache is dropped (root: /proc/sys/vm/drop_caches; else it
waits --settle seconds, long enough on a VM that drops file pages soon).

    python benchmarks/bench_native_page_in.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, threading, time
from reader.core.translation import import_ctranslate2, page_in_native_libraries

page_in = sys.argv[1] == "1"
marks = {}

def work():
    marks["start"] = time.perf_counter()
    if page_in:
        page_in_native_libraries()
    marks["imports"] = time.perf_counter()
    import_ctranslate2()
    import sentencepiece  # noqa: F401
    marks["end"] = time.perf_counter()

ticks = [time.perf_counter()]
worker = threading.Thread(target=work)
worker.start()
while worker.is_alive():  # the UI thread: wants the GIL every millisecond
    time.sleep(0.001)
    ticks.append(time.perf_counter())

def longest(start, end):
    gaps = [b - a for a, b in zip(ticks, ticks[1:]) if b > start and a < end]
    return round(1000 * max(gaps, default=0.0), 1)

print(json.dumps({
    "page_in_ms": round(1000 * (marks["imports"] - marks["start"]), 1),
    "import_ms": round(1000 * (marks["end"] - marks["imports"]), 1),
    "gap_page_in_ms": longest(marks["start"], marks["imports"]) if page_in else 0.0,
    "gap_import_ms": longest(marks["imports"], marks["end"]),
}))
"""


def drop_caches(settle: float) -> str:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
        return "drop_caches"
    except OSError:
        time.sleep(settle)
        return f"slept {settle:.0f} s"


def run(page_in: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "1" if page_in else "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each, alternated")
    parser.add_argument("--settle", type=float, default=45.0, help="wait when the cache cannot be dropped")
    parser.add_argument("--warm", action="store_true", help="no cache drop (the warm case)")
    args = parser.parse_args()
    results: dict[bool, list[dict]] = {False: [], True: []}
    for i in range(args.runs):
        for page_in in (False, True) if i % 2 == 0 else (True, False):
            how = "warm" if args.warm else drop_caches(args.settle)
            result = run(page_in)
            results[page_in].append(result)
            load = os.getloadavg()[0]
            print(f"page-in={int(page_in)} ({how}, load {load:.2f}): {result}", flush=True)
    for page_in, rows in results.items():
        summary = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
        worst = max(max(row["gap_page_in_ms"], row["gap_import_ms"]) for row in rows)
        print(f"page-in={int(page_in)} medians {summary}, worst main-thread gap {worst} ms")


if __name__ == "__main__":
    main()
