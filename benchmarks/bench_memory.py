"""Resident memory (VmRSS from /proc/self/status) of Reader's window on the
sample library, against a bare PySide6 window measured in the same run, and
what each heavy component adds on its own.

- window: a fresh data folder seeded like a first run, every sample opened in
  turn, then entity recognition waited for; RSS after each step. Entities are
  recognised in a worker process (reader/core/entity_worker.py): its peak RSS
  is printed apart; it exits after being idle (IDLE_SECONDS), the window's
  process never loads spaCy or the name tables.
- components: one fresh process per component, RSS before and after loading
  it (Qt window, Reader's UI modules, spaCy import, each spaCy pipeline, the
  name tables of each language, CTranslate2, and for comparison the plain spaCy
  import and argostranslate.translate, which Reader does not use), and a
  realistic-size translation model (random weights) with one and two replicas
  once the Hebrew samples are translated: the window run installs no pack.
- --tracemalloc: the window run again with tracemalloc, the biggest Python
  allocation sites after entities ran (slow).

Goal: the window after entities ran at most 250 MB.
Run:  .venv/bin/python benchmarks/bench_memory.py [--tracemalloc]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOAL_MB = 250

RSS = """
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""

BARE_WINDOW = (
    RSS
    + """
import json, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTextBrowser()); w.resize(1440, 900); w.show()
t = time.time()
while time.time() - t < 1.0:
    app.processEvents(); time.sleep(0.02)
print(json.dumps({"rss": rss()}))
"""
)

APP_WINDOW = (
    RSS
    + """
import json, sys, tempfile, time
from pathlib import Path
tracing = sys.argv[1] == "trace"
if tracing:
    import tracemalloc; tracemalloc.start(1)
from reader.core.library import seed_if_first_run
from reader.core.storage import Library
from reader.ui.app import create_application
from reader.ui.main_window import MainWindow
app = create_application([])
library = Library(Path(tempfile.mkdtemp(prefix="bench-memory-")))
seed_if_first_run(library)
w = MainWindow(library); w.resize(1440, 900); w.show()
def pump(seconds):
    t = time.time()
    while time.time() - t < seconds:
        app.processEvents(); time.sleep(0.02)
pump(0.5)
steps = [("window shown", rss())]
for row in library.list_articles():  # every sample shown once, as a reader would
    w.select_article(row["id"])
    pump(0.3)
    steps.append((f"opened {row['language']} #{row['id']}", rss()))
entities = w.feature("entities")
runs = []
entities.job.runFinished.connect(runs.append)
entities.request()
t = time.time()
while not runs and time.time() - t < 600:  # the run over every sample
    pump(0.1)
seconds = time.time() - t
worker = entities.job.worker.process if entities.job.worker is not None else None
worker_peak = None
if worker is not None and worker.poll() is None:  # VmHWM: the worker's peak resident memory
    for line in open(f"/proc/{worker.pid}/status"):
        if line.startswith("VmHWM:"):
            worker_peak = int(line.split()[1]) / 1024
pump(1.0)
steps.append(("entities ran", rss()))
loaded = sorted(m for m in ("spacy", "argostranslate", "ctranslate2", "stanza", "torch") if m in sys.modules)
from reader.core.entity_worker import IDLE_SECONDS
out = {
    "steps": steps, "entities": len(entities.groups), "seconds": seconds, "modules": loaded,
    "worker_peak": worker_peak, "worker_idle_seconds": IDLE_SECONDS,
}
if tracing:
    snap = tracemalloc.take_snapshot()
    out["top"] = [(str(s.traceback[0]), s.size / 2**20) for s in snap.statistics("lineno")[:15]]
    out["traced_mb"] = tracemalloc.get_traced_memory()[0] / 2**20
entities.shutdown()
print(json.dumps(out))
"""
)

COMPONENT = (
    RSS
    + """
import json, sys
what = sys.argv[1]
def load():
    if what == "qt window":
        from PySide6.QtWidgets import QApplication, QMainWindow
        global app, w
        app = QApplication([]); w = QMainWindow(); w.show(); app.processEvents()
    elif what == "reader ui modules":
        import reader.ui.main_window, reader.ui.features  # noqa: F401
    elif what == "spacy import (as Reader does, no torch)":
        from reader.core.entities.spacy_models import _import_spacy_without_torch
        base = rss()
        _import_spacy_without_torch()
        return base
    elif what == "spacy import (plain, thinc pulls torch)":
        import spacy  # noqa: F401
    elif what.startswith("spacy pipeline "):
        from reader.core.entities.spacy_models import _import_spacy_without_torch, get_nlp
        _import_spacy_without_torch()
        base = rss()
        get_nlp(what.rsplit(" ", 1)[1])
        return base
    elif what.startswith("name tables "):
        from reader.core.entities import nametables
        base = rss()
        for lang in what.split(" ", 2)[2].split(","):
            nametables.tables(lang)
        return base
    elif what == "ctranslate2 import (Reader's translation)":
        import ctranslate2, sentencepiece  # noqa: F401
    elif what == "argostranslate.translate import (unused)":
        import argostranslate.translate  # noqa: F401
    elif what.startswith("translation model"):
        import threading
        import ctranslate2, sentencepiece  # noqa: F401
        from pathlib import Path
        sys.path.append("benchmarks")
        from bench_translation_ui import cap_decoding
        from reader.core import translation
        from reader.core.article_translation import translate_article
        cap_decoding(translation, 0)  # random weights never end a sentence: capped as a real model stops
        from reader.core.packs import PackManager
        from reader.core.storage import Library
        translation.REPLICAS = int(what.split("replicas ")[1][0])
        base = rss()
        data = Path(sys.argv[2])
        library = Library(data)
        drafts = []  # the open article's way: a draft of the lead, then the rest
        for row in library.list_articles():
            if row["language"] == "he":
                translate_article(library, PackManager(data), row["id"], force=True, on_partial=lambda p, t: drafts.append(t))
        for thread in threading.enumerate():
            if thread.name == "translation-draft":
                thread.join()
        return base
before = rss()
before = load() or before
print(json.dumps({"before": before, "after": rss()}))
"""
)

COMPONENTS = [
    "qt window",
    "reader ui modules",
    "spacy import (as Reader does, no torch)",
    "spacy import (plain, thinc pulls torch)",
    "spacy pipeline en",
    "spacy pipeline fr",
    *(f"name tables {lang}" for lang in ("he", "ar", "fa", "ur", "fr", "nl", "en")),
    "name tables he,ar,fa,ur,fr,nl,en",
    "ctranslate2 import (Reader's translation)",
    "argostranslate.translate import (unused)",
    # A realistic-size random pack (bench_translation_ui's), the Hebrew samples translated
    # as the open article is: a draft of the lead, then the beam search.
    "translation model (replicas 1: Reader's), Hebrew samples translated",
    "translation model (replicas 2), Hebrew samples translated",
]


def translation_data() -> Path:
    """A data folder with the samples and a realistic-size random he->en pack
    (built in a child process: it imports CTranslate2)."""
    import tempfile

    data = Path(tempfile.mkdtemp(prefix="bench-memory-packs-"))
    script = f"""
import sys
from pathlib import Path
sys.path[:0] = [{str(REPO)!r}, {str(REPO / "tests")!r}, {str(REPO / "benchmarks")!r}]
from bench_translation_ui import LONG_LEAD
from support.argos_fixture import build_random_pack
from reader.core.library import seed_if_first_run
from reader.core.packs import PackManager
from reader.core.storage import Library
data = Path({str(data)!r})
library = Library(data / "data")
seed_if_first_run(library)
text = "\\n".join(p.text for row in library.list_articles() for p in library.get_article(row["id"]).paragraphs)
PackManager(data / "data").install_file(build_random_pack(data / "packs", "he", "en", "1.0", extra_text=text + LONG_LEAD))
"""
    subprocess.run([sys.executable, "-c", script], check=True, cwd=REPO)
    return data / "data"


def run_child(code: str, *args: str) -> dict:
    env_python = [sys.executable, "-c", code, *args]
    run = subprocess.run(
        env_python,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = run.stdout.strip().splitlines()
    if not lines:  # (a child may abort at exit, its figures printed: those count)
        return {"error": (run.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(lines[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--tracemalloc", action="store_true", help="also list the biggest Python allocation sites"
    )
    ap.add_argument("--no-components", action="store_true", help="only the window figures")
    args = ap.parse_args()
    bare = run_child(BARE_WINDOW)
    window = run_child(APP_WINDOW, "plain")
    print("== resident memory, offscreen, fresh processes")
    print(f"  bare PySide6 window: {bare.get('rss', 0):.0f} MB {bare.get('error', '')}")
    if "error" in window:
        print(f"  Reader's window: could not measure: {window['error']}")
    else:
        for step, mb in window["steps"]:
            print(f"  Reader, {step:<22} {mb:6.0f} MB")
        last = window["steps"][-1][1]
        print(
            f"  after entities ({window['entities']} entities, {window['seconds']:.0f} s): {last:.0f} MB, "
            f"{last / bare['rss']:.1f}x the bare window; goal <= {GOAL_MB} MB: "
            f"{'met' if last <= GOAL_MB else 'NOT met'}"
        )
        print(f"  heavy modules loaded in the window's process: {', '.join(window['modules']) or 'none'}")
        peak = window.get("worker_peak")
        print(
            f"  entity worker process (separate): peak {peak:.0f} MB resident while it ran; "
            f"it exits after {window['worker_idle_seconds']:.0f} s idle"
            if peak is not None
            else "  entity worker process: had already exited, peak not measured"
        )
    if not args.no_components:
        print("== what each component adds on its own (fresh process each)")
        data = translation_data()
        for name in COMPONENTS:
            got = run_child(COMPONENT, name, str(data))
            if "error" in got:
                print(f"  {name:<42} could not measure: {got['error']}")
            else:
                print(f"  {name:<42} +{got['after'] - got['before']:5.0f} MB")
        shutil.rmtree(data.parent, ignore_errors=True)
    if args.tracemalloc:
        traced = run_child(APP_WINDOW, "trace")
        if "error" in traced:
            print(f"== tracemalloc: could not measure: {traced['error']}")
            return
        print(
            f"== tracemalloc after entities: {traced['traced_mb']:.0f} MB of Python allocations; biggest sites"
        )
        for where, mb in traced["top"]:
            print(f"  {mb:6.1f} MB  {where}")


if __name__ == "__main__":
    main()
