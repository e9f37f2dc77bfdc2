"""Translation throughput: Reader's batched sentence path vs argostranslate.translate.translate.

Same installed pack, same sentences, same thread count, same decoding options
(beam 4, length penalty 0.2), one process.  Two synthetic packs, both of real
Argos size — Transformer 6+6 layers, d_model 512, FFN 2048, 8 heads, 32k
vocabulary, int8 (80–95 MB) — installed through Reader's PackManager:

* ``random``: random weights, as asked.  Random weights never emit </s>, so
  every ``translate_batch`` call (in BOTH paths) gets ``max_decoding_length`` =
  its longest input: output capped at the input length.  This is done by wrapping
  the ctranslate2.Translator object each path uses.  The cap is per call, so
  every sentence in a call decodes as long as the longest one (a real model stops
  each sentence at its own </s>).
* ``copy``: same shapes and cost, tiny random weights plus a hand-set copy circuit:
  output == input and every sentence stops at its own length, as with a real
  model.  No cap needed, and the outputs of both paths can be checked.

Argos' default sentence splitter (MiniSBD) downloads an ONNX model at run time,
``ARGOS_CHUNK_TYPE=SPACY`` downloads at import and ``NONE`` is broken in 1.11.0,
so Argos cannot run offline as shipped: its sentencizers' ``split_sentences`` is
monkeypatched to return our sentences for each paragraph.  All socket
connections are refused for the whole run.

Run:  python benchmarks/bench_translation.py [--model random|copy|both] [--seed FILE] [--repeat 3] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def split_paragraphs(text: str) -> list[list[str]]:
    """Paragraphs of sentences (a crude splitter; both paths get the same sentences)."""
    paragraphs = []
    for para in text.splitlines():
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", para.strip()) if s.strip()]
        if sentences:
            paragraphs.append(sentences)
    return paragraphs


class CountingTranslator:
    """Wraps a ctranslate2.Translator: counts calls; optionally caps output at the
    longest input of each call (for random weights, which never emit </s>)."""

    def __init__(self, inner, cap: bool):
        self.inner = inner
        self.cap = cap
        self.calls = 0

    def translate_batch(self, source, **kwargs):
        self.calls += 1
        if self.cap:
            kwargs["max_decoding_length"] = max((len(s) for s in source), default=1)
        return self.inner.translate_batch(source, **kwargs)


def guard_network() -> list:
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network disabled by benchmark")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    return attempts


def run(kind: str, args, work: Path, paragraphs, library_text: str, threads: int, attempts: list) -> float:
    import ctranslate2
    from support.argos_fixture import build_big_copy_pack, build_random_pack

    from reader.core.packs import PackManager
    from reader.core.translation import SentenceTranslator, clear_cache

    sentences = [s for p in paragraphs for s in p]
    build = build_random_pack if kind == "random" else build_big_copy_pack
    t0 = time.perf_counter()
    pack_file = build(
        work / f"build-{kind}", "he", "en", "1.0", vocab_size=args.vocab, extra_text=library_text
    )
    build_s = time.perf_counter() - t0

    manager = PackManager(work / f"data-{kind}")
    pack = manager.install_file(pack_file)
    route = manager.find_route("he", "en")
    cap = kind == "random"

    # ---- Reader's path
    clear_cache()
    t0 = time.perf_counter()
    ours = SentenceTranslator(route, intra_threads=threads)
    ours_load = time.perf_counter() - t0
    hop = ours.hops[0]
    ours_counter = hop.translator = CountingTranslator(hop.translator, cap)
    n_tokens = sum(len(hop.encode(s)) for s in sentences)

    # ---- Argos' path (heavy import: torch, stanza, spaCy, onnxruntime)
    t0 = time.perf_counter()
    import argostranslate.sbd
    import argostranslate.settings as argos_settings
    import argostranslate.translate as argos_translate

    import_s = time.perf_counter() - t0
    sentences_of = {" ".join(p): p for p in paragraphs}

    def our_sentences(self, paragraph):
        return sentences_of.get(paragraph, [paragraph])

    for cls_name in ("MiniSBDSentencizer", "StanzaSentencizer", "SpacySentencizerSmall"):
        getattr(argostranslate.sbd, cls_name).split_sentences = our_sentences
    argos_text = "\n".join(" ".join(p) for p in paragraphs)

    # Argos caches languages and translations process-wide; start from this pack.
    argos_translate.get_installed_languages.cache_clear()
    argos_translate.installed_translates.clear()
    t0 = time.perf_counter()
    he = argos_translate.get_language_from_code("he")
    en = argos_translate.get_language_from_code("en")
    cached = he.get_translation(en)  # CachedTranslation(PackageTranslation)
    package_translation = cached.underlying
    assert package_translation.pkg.package_path == pack.path, "argos must use the same installed pack"
    # What PackageTranslation.hypotheses would create lazily, wrapped to count/cap.
    argos_counter = package_translation.translator = CountingTranslator(
        ctranslate2.Translator(
            str(pack.path / "model"),
            device=argos_settings.device,
            inter_threads=argos_settings.inter_threads,
            intra_threads=argos_settings.intra_threads,
            compute_type=argos_settings.compute_type,
        ),
        cap,
    )
    argos_load = time.perf_counter() - t0

    # warm-up both (first calls pay allocation costs)
    ours.translate(paragraphs[0])
    argos_translate.translate(" ".join(paragraphs[0]), "he", "en")

    # One raw translate_batch of the same sentences, tokenised beforehand, same options.
    raw_source = [hop.encode(s) for s in sentences]
    raw_prefix = [[hop.target_prefix]] * len(raw_source) if hop.target_prefix else None

    ours_times, argos_times, raw_times = [], [], []
    for _ in range(args.repeat):
        ours_counter.calls = 0
        t0 = time.perf_counter()
        ours_out = ours.translate(sentences, batch_size=args.batch_size)
        ours_times.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        ours_counter.translate_batch(raw_source, target_prefix=raw_prefix, **ours.options)
        raw_times.append(time.perf_counter() - t0)

        cached.cache = {}  # Argos caches the previous call's paragraphs; make it work again
        argos_counter.calls = 0
        t0 = time.perf_counter()
        argos_out = argos_translate.translate(argos_text, "he", "en")
        argos_times.append(time.perf_counter() - t0)

    assert len(ours_out) == len(sentences)
    assert argos_out.count("\n") == len(paragraphs) - 1
    ours_s, argos_s = statistics.median(ours_times), statistics.median(argos_times)
    ratio = argos_s / ours_s
    n_words = sum(len(s.split()) for s in sentences)

    print(f"== {kind} pack ==")
    if kind == "random":
        print("weights: random; output capped at the longest input of each model call (both paths)")
    else:
        print("weights: copy circuit + tiny random weights; output == input, each sentence stops on its own")
        same = sum(a == b for a, b in zip(ours_out, sentences))
        argos_same = argos_out.replace("_", " ") == argos_text.replace("_", " ")
        print(
            f"check: reader {same}/{len(sentences)} sentences identical to source; argos output equals source text: {argos_same}"
        )
    print(
        f"pack: Transformer 6+6 layers, d_model 512, FFN 2048, 8 heads, vocab {args.vocab}, int8, "
        f"{pack.size_bytes / 1e6:.0f} MB (built in {build_s:.1f} s)"
    )
    print(
        f"text: {args.seed.name}: {len(paragraphs)} paragraphs, {len(sentences)} sentences, "
        f"{n_words} words, {n_tokens} source tokens ({n_tokens / n_words:.2f} per word)"
    )
    print(
        f"model load: reader {ours_load:.2f} s; argos {argos_load:.2f} s (+ import argostranslate.translate {import_s:.2f} s)"
    )
    print(
        f"reader batched path:      {ours_s:6.2f} s  ({len(sentences) / ours_s:5.1f} sentences/s, "
        f"{n_tokens / ours_s:5.0f} src tokens/s, {ours_counter.calls} model calls)"
    )
    print(
        f"argostranslate.translate: {argos_s:6.2f} s  ({len(sentences) / argos_s:5.1f} sentences/s, "
        f"{n_tokens / argos_s:5.0f} src tokens/s, {argos_counter.calls} model calls)"
    )
    raw_s = statistics.median(raw_times)
    print(
        f"one raw translate_batch:  {raw_s:6.2f} s  (all {len(sentences)} sentences in one call, pre-tokenised"
        + ("; capped at the longest sentence, so not comparable" if cap else "")
        + f"); reader / raw = {ours_s / raw_s:.2f}x (goal <= 1.2x)"
    )
    print(
        f"runs (s): reader {', '.join(f'{t:.2f}' for t in ours_times)}; argos {', '.join(f'{t:.2f}' for t in argos_times)}; raw {', '.join(f'{t:.2f}' for t in raw_times)}"
    )
    print(f"speed-up: {ratio:.2f}x (goal >= 2x) {'OK' if ratio >= 2 else 'BELOW GOAL'}")
    print(f"network attempts so far: {len(attempts)}")
    print()
    return ratio


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", choices=("random", "copy", "both"), default="both")
    ap.add_argument("--seed", type=Path, default=ROOT / "seeds" / "000_8e140965ee265553.txt")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--batch-size",
        type=int,
        default=32,
        help="sentences per streamed batch (reader path; the app uses 32)",
    )
    ap.add_argument(
        "--threads", type=int, default=0, help="compute threads for both paths (0: Reader's default)"
    )
    ap.add_argument("--vocab", type=int, default=32000)
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-translation-"))
    # Argos reads HOME/XDG and its env settings at import: isolate before importing it.
    os.environ["HOME"] = str(work / "home")
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        os.environ[var] = str(work / "home" / sub)

    from reader.core.translation import default_threads

    threads = args.threads or default_threads()
    os.environ["ARGOS_INTRA_THREADS"] = str(threads)
    os.environ["ARGOS_INTER_THREADS"] = "1"

    paragraphs = split_paragraphs(args.seed.read_text(encoding="utf-8"))
    # Tokenizer trained on the sample library, so words split into realistic pieces.
    library_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    import support.argos_fixture as argos_fixture  # noqa: F401

    attempts = guard_network()
    print(
        f"threads: intra_threads={threads} in both paths ({os.cpu_count()} CPUs); beam 4, length penalty 0.2"
    )
    print(
        "argos sentence splitter: monkeypatched to return our sentences (its MiniSBD would download a model)"
    )
    print()
    kinds = ("random", "copy") if args.model == "both" else (args.model,)
    ratios = {kind: run(kind, args, work, paragraphs, library_text, threads, attempts) for kind in kinds}
    print(
        "summary: "
        + "; ".join(f"{k} pack {r:.2f}x" for k, r in ratios.items())
        + f"; network attempts: {len(attempts)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
