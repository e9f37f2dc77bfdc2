"""The reader's paragraph four ways, model loaded, no UI (wall times, ms):

* one call: the paragraph's beam search in one model call; first text = whole paragraph;
* first sentence alone: its first sentence in a call of its own, then the rest
  (the way before the draft): first text after the first call, whole after both;
* draft beside: a greedy draft of the first words (DRAFT_TOKENS tokens) on
  the model's other replica beside the one call (translate_article's way until
  round 7; with one replica, ``--replicas 1``, Reader's now, the call waits for the draft's):
  first words when the draft shows them, whole when the call ends;
* draft first: the same draft, the call waiting for it (DRAFT_HEAD_START at
  most; translate_article's way since the draft beside the call shared the
  model's low-priority share of the cores with it on a busy machine);
* whole draft first: a greedy translation of the WHOLE paragraph (all its
  sentences, one call, beam 1) shown as the draft, then the beam search's
  call replaces it (round 11's trial): first text = the whole paragraph's
  draft, whole = the beam result.

``--caption`` runs the same ways on a three-word caption (a title's
length, as the samples' first paragraphs) instead of the long lead. The
cost of each way to an article's translation is its extra model call: the
article (LONG_LEAD, 11 sentences, translate_article's calls: the lead
alone, then the rest) is translated once per run for the ratio.

The paragraph is bench_translation_ui's long lead (71 words, 3 sentences), the
pack a realistic-size random one (Transformer 6+6, d_model 512, int8), every
call capped at its longest input as in bench_translation_ui. The ways
alternate, ``--runs`` times each, in one process. A draft only leaves the
whole paragraph as soon as one call when a second core is free: the load
average is printed before and after, and the process CPU time of each way
(both cores') next to its wall times.

Run: .venv/bin/python benchmarks/bench_draft.py [--runs 5] [--caption]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--caption", action="store_true", help="a three-word caption, not the long lead")
    parser.add_argument(
        "--replicas",
        type=int,
        default=0,
        help="model replicas (default: Reader's, translation.REPLICAS; 2 runs the draft beside the call)",
    )
    args = parser.parse_args()

    from bench_translation_ui import LONG_LEAD, cap_decoding
    from support.argos_fixture import build_random_pack

    from reader.core import translation
    from reader.core.packs import PackManager
    from reader.core.text import segment

    cap_decoding(translation, 0)
    translation.REPLICAS = args.replicas or translation.REPLICAS
    print(f"model replicas: {translation.REPLICAS}; paragraph: {'caption' if args.caption else 'long lead'}")
    paragraphs = segment(LONG_LEAD, "he")
    sentences = paragraphs[0].sentence_texts()
    assert len(sentences) == 3, sentences
    rest = [text for paragraph in paragraphs[1:] for text in paragraph.sentence_texts()]
    if args.caption:  # written here: "the upper cable car station"
        sentences = ["התחנה העליונה של הרכבל"]
    with tempfile.TemporaryDirectory() as tmp:
        packs = PackManager(Path(tmp) / "data")
        packs.install_file(build_random_pack(Path(tmp) / "packs", "he", "en", "1.0", extra_text=LONG_LEAD))
        translator = translation.SentenceTranslator(packs.find_route("he", "en"))
        translator.translate(sentences[:1])  # CTranslate2's kernels, once
        tokens = [len(translator.hops[0].encode(text)) for text in sentences]
        print(f"source tokens per sentence: {tokens}; the rest of the article: {len(rest)} sentences")

        def one_call(start: float) -> tuple[float, float]:
            translator.translate(sentences)
            return time.perf_counter() - start, time.perf_counter() - start

        def first_sentence_alone(start: float) -> tuple[float, float]:
            translator.translate(sentences[:1])
            first = time.perf_counter() - start
            translator.translate(sentences[1:])
            return first, time.perf_counter() - start

        def draft_beside(start: float) -> tuple[float, float]:
            words: list[float] = []
            end = translator.start_draft(sentences[0], lambda text: words.append(time.perf_counter() - start))
            translator.translate(sentences)
            whole = time.perf_counter() - start
            end()
            return (words[0] if words else whole), whole

        def draft_first(start: float) -> tuple[float, float]:
            words: list[float] = []
            drafted = threading.Event()
            end = translator.start_draft(
                sentences[0], lambda text: words.append(time.perf_counter() - start), drafted
            )
            drafted.wait(translation.DRAFT_HEAD_START)
            translator.translate(sentences)
            whole = time.perf_counter() - start
            end()
            return (words[0] if words else whole), whole

        def whole_draft_first(start: float) -> tuple[float, float]:
            greedy = {**translator.options, "beam_size": 1}
            translator.hops[-1].translate_texts(sentences, greedy)
            first = time.perf_counter() - start
            translator.translate(sentences)
            return first, time.perf_counter() - start

        def article(start: float) -> tuple[float, float]:
            translator.translate(sentences)
            first = time.perf_counter() - start
            translator.translate(rest)
            return first, time.perf_counter() - start

        ways = {
            "one call": one_call,
            "first sentence alone": first_sentence_alone,
            "draft beside": draft_beside,
            "draft first": draft_first,
            "whole draft first": whole_draft_first,
            "article (no draft)": article,
        }
        figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in ways}
        print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores: above 2, cores are shared)")
        for _ in range(args.runs):
            for name, way in ways.items():
                cpu = time.process_time()
                first, whole = way(time.perf_counter())
                figures[name].append((first, whole, time.process_time() - cpu))
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        print("first text (ms) / whole paragraph (ms) / process CPU (ms), each run:")
        for name, runs in figures.items():
            cells = "; ".join(f"{f * 1000:.0f} / {w * 1000:.0f} / {c * 1000:.0f}" for f, w, c in runs)
            print(f"  {name:22s} {cells}")


if __name__ == "__main__":
    main()
