"""Start-up: whole-process time of `reader gui --exit-after-paint` against a
bare PySide6 window measured in the same run, as a ratio.

Goals: at most 2x the bare window on the sample library, at most 3x with
10,000 articles (with stored entity mentions, as the entity job leaves them). Also checks that no heavy module is imported before first
paint. Run: .venv/bin/python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QTextBrowser()); window.resize(1280, 800); window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

HEAVY = ("argostranslate.translate", "torch", "spacy", "stanza", "ctranslate2", "trafilatura")


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
    )
    return time.perf_counter() - start


def median_time(command: list[str], env: dict, runs: int) -> float:
    timed(command, env)  # warm the file cache
    return statistics.median(timed(command, env) for _ in range(runs))


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=10_000)
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
        print(f"generating a library of {args.articles} articles…")
        generate_library(big, args.articles)

        bare = median_time([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        on_samples = median_time(
            [*reader, "--data-dir", str(samples), "gui", "--exit-after-paint"], env, args.runs
        )
        on_big = median_time([*reader, "--data-dir", str(big), "gui", "--exit-after-paint"], env, args.runs)
        heavy = heavy_modules_before_paint(samples, env)

    print(f"\nstart-up, median of {args.runs} whole-process runs ({env['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 window           {bare * 1000:7.0f} ms   1.00x")
    print(
        f"  reader, sample library        {on_samples * 1000:7.0f} ms   {on_samples / bare:.2f}x  (goal <= 2x)"
    )
    print(
        f"  reader, {args.articles} articles       {on_big * 1000:7.0f} ms   {on_big / bare:.2f}x  (goal <= 3x)"
    )
    print(f"  heavy modules before first paint: {heavy or 'none'}")


if __name__ == "__main__":
    main()
