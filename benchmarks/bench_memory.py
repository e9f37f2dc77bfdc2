"""Resident memory (VmRSS from /proc/self/status) of Reader's window on the
sample library, against a bare PySide6 window measured in the same run, and
what each heavy component adds on its own.

- window: a fresh data folder seeded like a first run, every sample opened in
  turn, then entity recognition waited for; RSS after each step. Entities are
  recognised in a worker process (reader/core/entity_worker.py): its peak RSS
  is printed apart; it exits after being idle (IDLE_SECONDS), the window's
  process never loads spaCy or the name tables.
- window with a pack: the window run again on a data folder with a
  realistic-size random he->en pack installed (bench_translation_ui's; every
  model call capped at its longest input): each Hebrew sample translated on
  opening, entities run, then the window left idle (--idle seconds), to see
  translation.TRIM_AFTER_SECONDS and IDLE_RELEASE_SECONDS at work
  (--release N shortens the release, --no-trim leaves out malloc_trim).
- components: one fresh process per component, RSS before and after loading
  it (Qt window, Reader's UI modules, spaCy import, each spaCy pipeline, the
  name tables of each language, CTranslate2, and for comparison the plain spaCy
  import and argostranslate.translate, which Reader does not use), and a
  realistic-size translation model (random weights) with one and two replicas
  once the Hebrew samples are translated: the window run installs no pack.
- --tracemalloc: the window run again with tracemalloc, the biggest Python
  allocation sites after entities ran (slow).

Goal: the window after entities ran at most 250 MB.
Run:  .venv/bin/python benchmarks/bench_memory.py [--tracemalloc] [--no-pack] [--idle S] [--no-components]
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
from reader.core.library import seed_apart_if_first_run
from reader.core.storage import Library
from reader.ui.app import create_application
from reader.ui.main_window import MainWindow
app = create_application([])
library = Library(Path(tempfile.mkdtemp(prefix="bench-memory-")))
seed_apart_if_first_run(library)  # as `reader gui` does on a first run
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

APP_WINDOW_PACK = (
    RSS
    + """
import json, sys, threading, time
from pathlib import Path
sys.path.append("benchmarks")
from bench_translation_ui import cap_decoding
from reader.core import translation
cap_decoding(translation, 0)  # random weights never end a sentence: capped as a real model stops
idle = float(sys.argv[2])
release = getattr(translation, "IDLE_RELEASE_SECONDS", None)  # the model's idle release, if any
if release is not None and float(sys.argv[3]) >= 0:
    translation.IDLE_RELEASE_SECONDS = release = float(sys.argv[3])
if sys.argv[4] == "no-trim":  # no malloc_trim (after idle work, at release): what glibc keeps
    translation._return_freed_memory = lambda: None
from reader.core.storage import Library
from reader.ui.app import create_application
from reader.ui.main_window import MainWindow
app = create_application([])
library = Library(Path(sys.argv[1]))
w = MainWindow(library); w.resize(1440, 900); w.show()
def pump(seconds, until=lambda: False):
    t = time.time()
    while time.time() - t < seconds and not until():
        app.processEvents(); time.sleep(0.02)
pump(0.5)
steps = [("window shown", rss())]
done = []
w.translation.job.articleDone.connect(lambda a, provenance, route: done.append(a))
for row in library.list_articles():  # every sample shown once; the Hebrew ones translate on opening
    w.select_article(row["id"])
    pump(0.3)
    if row["language"] == "he":
        pump(300, lambda: row["id"] in done)
        pump(0.3)
        steps.append((f"translated he #{row['id']}", rss()))
    else:
        steps.append((f"opened {row['language']} #{row['id']}", rss()))
entities = w.feature("entities")
runs = []
entities.job.runFinished.connect(runs.append)
entities.request()
pump(600, lambda: bool(runs))
pump(1.0)
steps.append(("entities ran", rss()))
idle_from = time.time()
pump(idle)
loaded = sorted(m for m in ("ctranslate2", "sentencepiece") if m in sys.modules)
steps.append((f"idle {time.time() - idle_from:.0f} s", rss()))
cached = len(getattr(translation, "_cache", {}))
entities.shutdown()
print(json.dumps({"steps": steps, "translated": done, "modules": loaded, "release": release, "cached": cached}))
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


def pack_window(data: Path, idle: float, release: float, trim: bool) -> None:
    """The window run again with a realistic-size random he->en pack
    installed: each Hebrew sample translated on opening, entities run, then
    the window left idle."""
    model = sum(f.stat().st_size for f in data.glob("packs/*/model/model.bin")) / 2**20
    got = run_child(APP_WINDOW_PACK, str(data), str(idle), str(release), "trim" if trim else "no-trim")
    print(
        f"== Reader's window with a realistic-size he->en pack installed (random weights, "
        f"Transformer 6+6 layers, d_model 512, int8 model.bin {model:.0f} MB, one replica)"
    )
    if "error" in got:
        print(f"  could not measure: {got['error']}")
        return
    for step, mb in got["steps"]:
        print(f"  Reader, {step:<22} {mb:6.0f} MB")
    release_s = got["release"]
    print(
        f"  idle release of the model: {'none' if release_s is None else f'after {release_s:.0f} s'}"
        f"{'' if trim or release_s is None else ' (without malloc_trim)'}; "
        f"models still loaded at the end: {got['cached']}; goal <= {GOAL_MB} MB after entities: "
        f"{'met' if max(mb for _, mb in got['steps']) <= GOAL_MB else 'NOT met'} at the peak step"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--tracemalloc", action="store_true", help="also list the biggest Python allocation sites"
    )
    ap.add_argument("--no-components", action="store_true", help="only the window figures")
    ap.add_argument("--no-pack", action="store_true", help="no window run with a translation pack")
    ap.add_argument(
        "--idle",
        type=float,
        default=130.0,
        help="seconds the window with a pack is left idle after translating (default 130)",
    )
    ap.add_argument(
        "--release",
        type=float,
        default=-1.0,
        help="override translation.IDLE_RELEASE_SECONDS in that run (default: the app's)",
    )
    ap.add_argument("--no-trim", action="store_true", help="that run without malloc_trim (translation.py)")
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
    data = translation_data() if not (args.no_components and args.no_pack) else None
    if data is not None and not args.no_pack:
        pack_window(data, args.idle, args.release, not args.no_trim)
    if data is not None and not args.no_components:
        print("== what each component adds on its own (fresh process each)")
        for name in COMPONENTS:
            got = run_child(COMPONENT, name, str(data))
            if "error" in got:
                print(f"  {name:<42} could not measure: {got['error']}")
            else:
                print(f"  {name:<42} +{got['after'] - got['before']:5.0f} MB")
    if data is not None:
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
