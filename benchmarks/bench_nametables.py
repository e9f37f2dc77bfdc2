"""Name tables: cold build time, cold load time per language and the
resident memory the tables add (VmRSS from /proc/self/status), the longest
time a load keeps other threads from running (the GIL), and the cost of a
lookup.

Each load is measured in a fresh Python process, so it is what the app pays
once per run: the module import, the package versions read for the cache
stamp (once per process), reading and checking the files.

Run:  python benchmarks/bench_nametables.py [--cache-dir DIR] [--rebuild]
      (default: a temporary folder, built from scratch; with --cache-dir an
      existing cache is reused unless --rebuild is given)

Other benchmarks can call `measure_load(langs, cache_dir)` for the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.entities import nametables  # noqa: E402

_CHILD = r"""
import json, sys, threading, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
t0 = time.perf_counter()
start = rss()
from reader.core.entities import nametables
nametables.set_cache_dir(sys.argv[1])
before_stamp = rss()
t = time.perf_counter()
nametables.stamp()  # the package versions, read once per process
stamp_ms = (time.perf_counter() - t) * 1000
ready_ms = (time.perf_counter() - t0) * 1000
before = rss()

# The longest wait of a thread that wants to run every millisecond: how long
# the loads hold the GIL (at a 0.5 ms switch interval; includes the OS's own
# scheduling delays on a busy machine).
sys.setswitchinterval(0.0005)
done = threading.Event()
gaps = []
def ticker():
    last = time.perf_counter()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last - 0.001)
        last = now
thread = threading.Thread(target=ticker)
thread.start()
time.sleep(0.02)
out, cpu = {}, {}
for lang in sys.argv[2:]:
    t, c = time.perf_counter(), time.process_time()
    nametables.tables(lang)
    out[lang] = (time.perf_counter() - t) * 1000
    cpu[lang] = (time.process_time() - c) * 1000
done.set()
thread.join()
print(json.dumps({"ms": out, "cpu_ms": cpu, "total_ms": ready_ms + sum(out.values()),
                  "rss_mb": rss() - before, "import_mb": before_stamp - start,
                  "stamp_ms": stamp_ms, "stamp_mb": before - before_stamp, "gil_ms": max(gaps) * 1000}))
"""

_LOOKUPS = r"""
import json, random, sys, time
from reader.core.entities import nametables
nametables.set_cache_dir(sys.argv[1])
t = nametables.tables(sys.argv[2])
words = t._words
rng = random.Random(1)
known = [words[rng.randrange(len(words))] for _ in range(5000)]
unknown = [w + "q" for w in known]
out = {}
for name, sample in (("known", known), ("unknown", unknown)):
    for state in ("first", "repeated"):  # first: not yet in the lookup cache
        c = time.perf_counter()
        for w in sample:
            t.given(w)
        out[f"{name} {state}"] = (time.perf_counter() - c) / len(sample) * 1e6
print(json.dumps(out))
"""


def measure_load(langs: list[str], cache_dir: Path) -> dict:
    """Load `langs` together in a fresh process: {"ms": {lang: ms},
    "cpu_ms": {lang: CPU ms (less sensitive to a busy machine)}, "total_ms": ms including the module import, "rss_mb": MB the tables add,
    "import_mb": MB the module import adds, "stamp_ms" and "stamp_mb": what reading the
    package versions for the cache stamp costs (once per process, before the first table),
    "gil_ms": the longest wait of a thread ticking every millisecond during the loads}."""
    return _run_child(_CHILD, str(cache_dir), *langs)


def measure_lookups(lang: str, cache_dir: Path) -> dict:
    """Microseconds per `given` lookup of words in the table and not in it,
    the first time (through the hash index) and repeated (the lookup cache)."""
    return _run_child(_LOOKUPS, str(cache_dir), lang)


def _run_child(code: str, *args: str) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure_build(cache_dir: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) to build every language's tables into an
    empty `cache_dir` (the child process the app starts on first use)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader.core.entities.nametables", "build", str(cache_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - t, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def machine_load() -> str:
    """The 1-minute load average: wall-clock figures on a busy machine are inflated."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache-dir", type=Path)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    tmp = None
    cache_dir = args.cache_dir
    if cache_dir is None:
        tmp = tempfile.mkdtemp(prefix="nametables-bench-")
        cache_dir = Path(tmp)
    print(f"machine load average {machine_load()} on {os.cpu_count()} cores")
    try:
        have = all(nametables.cache_path(cache_dir, lang).exists() for lang in nametables.LANGS)
        if args.rebuild or not have:
            wall, cpu = measure_build(cache_dir)
            print(f"cold build, all {len(nametables.LANGS)} languages: {wall:.1f} s ({cpu:.1f} s CPU)")
        for lang in nametables.LANGS:
            size = nametables.cache_path(cache_dir, lang).stat().st_size / 1e6
            r = measure_load([lang], cache_dir)
            print(
                f"cold load {lang}: {r['ms'][lang]:.0f} ms ({r['cpu_ms'][lang]:.0f} ms CPU), "
                f"+{r['rss_mb']:.1f} MB resident, file {size:.2f} MB"
            )
        print(
            f"  (each in a fresh process: the module import took +{r['import_mb']:.0f} MB, then reading the "
            f"package versions for the cache stamp {r['stamp_ms']:.0f} ms and +{r['stamp_mb']:.0f} MB, "
            f"once per process, not counted above; {lang} with both: {r['total_ms']:.0f} ms)"
        )
        for pair in (["he", "en"], ["ar", "en"], ["fa", "en"], ["ur", "en"], list(nametables.LANGS)):
            r = measure_load(pair, cache_dir)
            what = "all seven" if len(pair) > 2 else f"{'+'.join(pair)} (one article and its translation)"
            print(
                f"cold load {what}: {sum(r['ms'].values()):.0f} ms ({sum(r['cpu_ms'].values()):.0f} ms CPU), "
                f"+{r['rss_mb']:.1f} MB resident (+{r['stamp_mb'] + r['rss_mb']:.0f} MB and "
                f"{r['stamp_ms'] + sum(r['ms'].values()):.0f} ms with the stamp); "
                f"longest GIL hold seen {r['gil_ms']:.1f} ms"
            )
        for lang in ("he", "ar", "fr"):
            r = measure_lookups(lang, cache_dir)
            print(f"lookup {lang}, µs per given(): " + ", ".join(f"{k} {v:.2f}" for k, v in r.items()))
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
