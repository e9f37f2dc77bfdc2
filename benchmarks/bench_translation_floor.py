"""The cold floor of a first translated paragraph, stage by stage, in fresh
processes (issue 14): CTranslate2's import (plain, and the app's without
asyncio: translation.import_ctranslate2), SentencePiece's import and load,
the model's constructor, then the same model call three times (the sample
caption's sentence, beam 4, capped at its length as bench_translation_ui
caps a random model), a greedy one, and beam-4 calls of 1, 5 and 20 decoding
steps (the cost of a step). Each stage runs in a worker thread while the
main thread ticks every 1 ms: its longest gap is what a UI thread would feel
(the GIL held, or no core). With the window's modules imported first
(reader.ui.app, main_window), as in the app. Each stage also prints the CPU
of all the worker's threads (CTranslate2 computes in threads of its own,
not in the calling one) and their time spent runnable but waiting for a core
(Linux schedstat): wall = CPU + waiting for a core + waiting for the disk.
``--cold`` drops model.bin from the page cache (posix_fadvise, that file
only) before each process: the model load then reads it from the disk.

Run: .venv/bin/python benchmarks/bench_translation_floor.py [--runs 3] [--pack-cache DIR] [--cold]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import os, sys, threading, time
sys.path[:0] = [{root!r}]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import reader.ui.app, reader.ui.main_window  # what the window's process has imported
from reader.core import translation
pack, plain = {pack!r}, {plain!r}
para = {para!r}
stages, gaps, state = [], {{}}, {{"stage": None}}

MAIN = threading.get_native_id()

def others():
    # (CPU, waiting for a core, bytes read from the disk) of every thread but the ticking main one
    run = wait = 0
    for task in os.listdir("/proc/self/task"):
        if int(task) == MAIN:
            continue
        try:
            with open(f"/proc/self/task/{{task}}/schedstat") as f:
                fields = f.read().split()
            run, wait = run + int(fields[0]), wait + int(fields[1])
        except (OSError, ValueError, IndexError):
            pass
    with open("/proc/self/io") as f:
        disk = int(next(line for line in f if line.startswith("read_bytes")).split()[1])
    return run / 1e9, wait / 1e9, disk

def stage(name, fn):
    state["stage"] = name
    t0, c0, o0 = time.perf_counter(), time.thread_time(), others()
    r = fn()
    o1 = others()
    stages.append((name, time.perf_counter() - t0, time.thread_time() - c0, o1[0] - o0[0], o1[1] - o0[1], o1[2] - o0[2]))
    state["stage"] = None
    return r

def work():
    ct2 = stage("import ctranslate2" + (" (plain)" if plain else " (no asyncio)"),
                (lambda: __import__("ctranslate2")) if plain else translation.import_ctranslate2)
    spm = stage("import sentencepiece", lambda: __import__("sentencepiece"))
    sp = stage("SentencePiece load", lambda: spm.SentencePieceProcessor(model_file=pack + "/sentencepiece.model"))
    tr = stage("Translator() (model load)", lambda: ct2.Translator(pack + "/model", device="cpu",
               compute_type="auto", inter_threads=1, intra_threads=translation.default_threads()))
    toks = [sp.encode(s, out_type=str) for s in para]
    n = max(len(t) for t in toks)
    opts = dict(translation.DEFAULT_DECODE_OPTIONS, max_decoding_length=n)
    for k in range(3):
        stage(f"call {{k + 1}}: {{len(toks)}} x {{n}} tokens, beam 4", lambda: tr.translate_batch(toks, **opts))
    stage(f"greedy call {{len(toks)}} x {{n}}", lambda: tr.translate_batch(toks, **dict(opts, beam_size=1)))
    for steps in (1, 5, 20):
        stage(f"beam 4, {{steps}} decoding steps", lambda: tr.translate_batch(toks, **dict(opts, max_decoding_length=steps)))

thread = threading.Thread(target=work)
thread.start()
last = time.perf_counter()
while thread.is_alive():
    time.sleep(0.001)
    now = time.perf_counter()
    gap, last = now - last - 0.001, now
    if state["stage"]:
        gaps[state["stage"]] = max(gaps.get(state["stage"], 0.0), gap)
print(f"load average {{os.getloadavg()[0]:.1f}}")
for name, wall, cpu, threads, waiting, disk in stages:
    print(f"  {{name:38s}} wall {{wall * 1000:6.1f}} ms  its thread's CPU {{cpu * 1000:6.1f}} ms  "
          f"all threads' CPU {{threads * 1000:6.1f}} ms  waiting for a core {{waiting * 1000:6.1f}} ms  "
          f"disk {{disk / 1e6:5.1f}} MB  UI's longest gap {{gaps.get(name, 0) * 1000:5.1f}} ms")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pack-cache", type=Path, default=None, help="as bench_translation_ui's")
    parser.add_argument(
        "--cold", action="store_true", help="model.bin out of the page cache before each process"
    )
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]
    from bench_translation_ui import LONG_LEAD, build_packs_elsewhere

    from reader.core.library import seed_if_first_run
    from reader.core.storage import Library

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        library = Library(tmp_path / "data")
        seed_if_first_run(library)
        text = "\n".join(p.text for i in range(1, 6) for p in library.get_article(i).paragraphs)
        text += "\n" + LONG_LEAD  # as bench_translation_ui: the same packs (and its --pack-cache)
        para = library.get_article(2).paragraphs[0].sentence_texts()  # the restored article's caption
        pack_file = next(
            p for p in build_packs_elsewhere(tmp_path, text, args.pack_cache) if "he_en" in p.name
        )
        with zipfile.ZipFile(pack_file) as archive:
            archive.extractall(tmp_path / "pack")
        pack = str(next((tmp_path / "pack").iterdir()))
        for run in range(args.runs):
            for plain in (True, False):  # interleaved
                script = PROBE.format(root=str(ROOT), pack=pack, plain=plain, para=para)
                if args.cold:  # this file's pages only (not the system's cache)
                    model_bin = os.open(Path(pack) / "model" / "model.bin", os.O_RDONLY)
                    os.posix_fadvise(model_bin, 0, 0, os.POSIX_FADV_DONTNEED)
                    os.close(model_bin)
                done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
                print(f"run {run + 1}, import {'plain' if plain else 'as the app'}: {done.stdout.strip()}")
                if done.returncode:
                    print(done.stderr)


if __name__ == "__main__":
    main()
