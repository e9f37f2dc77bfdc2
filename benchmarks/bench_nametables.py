"""Name tables: cold build time, cold load time per language and the
resident memory the tables add (VmRSS from /proc/self/status).

Each load is measured in a fresh Python process, so it is what the app pays
once per run: import of the module, reading the gzip file, building dicts.

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
import json, sys, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
t0 = time.perf_counter()
start = rss()
from reader.core.entities import nametables
nametables.set_cache_dir(sys.argv[1])
before = rss()
out, cpu = {}, {}
for lang in sys.argv[2:]:
    t, c = time.perf_counter(), time.process_time()
    nametables.tables(lang)
    out[lang] = (time.perf_counter() - t) * 1000
    cpu[lang] = (time.process_time() - c) * 1000
print(json.dumps({"ms": out, "cpu_ms": cpu, "total_ms": (time.perf_counter() - t0) * 1000,
                  "rss_mb": rss() - before, "import_mb": before - start}))
"""


def measure_load(langs: list[str], cache_dir: Path) -> dict:
    """Load `langs` together in a fresh process: {"ms": {lang: ms},
    "cpu_ms": {lang: CPU ms (less sensitive to a busy machine)}, "total_ms": ms including the module import, "rss_mb": MB the tables add,
    "import_mb": MB the module import adds}."""
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(cache_dir), *langs],
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
                f"cold load {lang}: {r['ms'][lang]:.0f} ms ({r['cpu_ms'][lang]:.0f} ms CPU; with the module import "
                f"{r['total_ms']:.0f} ms), +{r['rss_mb']:.0f} MB resident "
                f"(+{r['import_mb']:.0f} MB import), file {size:.2f} MB"
            )
        for pair in (["he", "en"], ["ar", "en"], ["fa", "en"], ["ur", "en"]):
            r = measure_load(pair, cache_dir)
            print(
                f"cold load {'+'.join(pair)} (one article and its translation): "
                f"{sum(r['ms'].values()):.0f} ms ({sum(r['cpu_ms'].values()):.0f} ms CPU; with the module import "
                f"{r['total_ms']:.0f} ms), +{r['rss_mb']:.0f} MB resident (+{r['import_mb']:.0f} MB import)"
            )
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
