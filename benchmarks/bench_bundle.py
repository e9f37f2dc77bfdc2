"""The standalone bundle: its size packed and unpacked, and its start-up
(whole-process time of `gui --exit-after-paint` on the sample library)
against the virtual environment's `reader`, measured in the same run.

Goals: at most 300 MB packed, 700 MB unpacked; start-up at most 1.2x the
venv. Build the bundle first (packaging/build-bundle.sh).
Run: .venv/bin/python benchmarks/bench_bundle.py [--runs N] [TARBALL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    from reader import __version__

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "tarball", nargs="?", type=Path, default=REPO / "dist" / f"Reader-{__version__}-linux-x86_64.tar.gz"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.tarball.exists():
        print(f"{args.tarball} not found: run packaging/build-bundle.sh first", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with tarfile.open(args.tarball) as archive:
            archive.extractall(tmp, filter="data")
        bundle = next(tmp.glob("Reader-*"))
        packed, unpacked = args.tarball.stat().st_size / 1e6, folder_size(bundle) / 1e6
        print(f"bundle packed:   {packed:7.1f} MB  (goal <= 300 MB) {'ok' if packed <= 300 else 'OVER'}")
        print(f"bundle unpacked: {unpacked:7.1f} MB  (goal <= 700 MB) {'ok' if unpacked <= 700 else 'OVER'}")
        internal = bundle / "_internal"
        biggest = sorted(
            (
                (folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                for p in internal.iterdir()
                if not p.is_symlink()
            ),
            reverse=True,
        )[:8]
        print("largest parts:   " + ", ".join(f"{name} {size / 1e6:.0f} MB" for size, name in biggest))

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp)}
        commands = {
            "venv": [
                str(REPO / ".venv" / "bin" / "reader"),
                "--data-dir",
                str(tmp / "venv-data"),
                "gui",
                "--exit-after-paint",
            ],
            "bundle": [
                str(bundle / "Reader"),
                "--data-dir",
                str(tmp / "bundle-data"),
                "gui",
                "--exit-after-paint",
            ],
        }
        for command in commands.values():
            timed(command, env)  # first run: the sample library is imported; warms the file cache
        times = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so a busy moment hits both
            for name, command in commands.items():
                times[name].append(timed(command, env))
        venv, frozen = (statistics.median(times[name]) for name in ("venv", "bundle"))
        ratio = frozen / venv
        print(f"start-up venv:   {venv * 1000:7.0f} ms  (median of {args.runs})")
        print(
            f"start-up bundle: {frozen * 1000:7.0f} ms  ratio {ratio:.2f}x (goal <= 1.2x) "
            f"{'ok' if ratio <= 1.2 else 'OVER'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
