"""Entity recognition speed and quality.

Prints, per seed article (language) and per recogniser, the median time in
ms per 1,000 source words (warm: models and name lists already loaded), the
one-off cold costs (spaCy model loads, building CLDR/pycountry name lists),
the alignment path (English NER + projection) on the hand-translated gold
sentences, and precision/recall per language on the hand-labelled set in
tests/entity_gold.py.

Run:  python benchmarks/bench_entities.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import entity_gold as gold  # noqa: E402
from reader.core.entities import group_mentions, known_names_from_groups, recognise_article, status  # noqa: E402

WORD = re.compile(r"\w+")


def words(paragraphs) -> int:
    return sum(len(WORD.findall(p)) for p in paragraphs)


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    print("== cold costs (once per process)")
    t = time.perf_counter()
    import reader.core.entities  # noqa: F401  (already imported: measures nothing new)
    from reader.core.entities.namelist import name_index
    for lang in ("he", "ar", "fr", "nl", "en"):
        t = time.perf_counter()
        n = sum(len(v) for v in name_index(lang).values())
        print(f"  name list {lang}: {n} names built in {(time.perf_counter() - t) * 1000:.0f} ms")
    from reader.core.entities.spacy_models import get_nlp
    for lang in ("en", "fr"):
        t = time.perf_counter()
        get_nlp(lang)
        print(f"  spaCy {lang} (import + NER-only load): {(time.perf_counter() - t) * 1000:.0f} ms")

    # library known names, as after importing the Latin-script articles
    found = {}
    for aid in (3, 4):
        lang, paras = gold.seed_paragraphs(aid)
        found[aid] = recognise_article(lang, paras)
    known = known_names_from_groups(group_mentions(found))
    print(f"  library known names: {len(known)}")

    print("\n== first run per article (word caches cold; name lists and models loaded), "
          "ms per 1,000 source words")
    for aid in sorted(gold.SEEDS):
        if aid in (3, 4):
            continue  # already run above to build the known names
        lang, paras = gold.seed_paragraphs(aid)
        t = time.perf_counter()
        recognise_article(lang, paras, known_names=known)
        print(f"  {aid} {lang}: {(time.perf_counter() - t) * 1e6 / words(paras):.1f}")

    print("\n== speed on the seeds, warm (ms per 1,000 source words; median of "
          f"{args.repeat})")
    per_lang = {"he": ["dates", "namelist", "latin", "known", "translit"],
                "ar": ["dates", "namelist", "latin", "known", "translit"],
                "nl": ["dates", "namelist", "latin", "known"],
                "fr": ["dates", "namelist", "known", "spacy-fr"]}
    print(f"  {'article':<8}{'lang':<6}{'words':>7}  " + "  ".join(f"{r:>9}" for r in
          ["dates", "namelist", "latin", "known", "translit", "spacy-fr", "ALL"]))
    for aid in sorted(gold.SEEDS):
        lang, paras = gold.seed_paragraphs(aid)
        n = words(paras)
        row = []
        for rec in ["dates", "namelist", "latin", "known", "translit", "spacy-fr"]:
            if rec not in per_lang[lang]:
                row.append(f"{'-':>9}")
                continue
            dt = timed(lambda: recognise_article(lang, paras, known_names=known, recognisers={rec}),
                       args.repeat)
            row.append(f"{dt * 1e6 / n:>9.1f}")
        dt = timed(lambda: recognise_article(lang, paras, known_names=known), args.repeat)
        row.append(f"{dt * 1e6 / n:>9.1f}")
        print(f"  {aid:<8}{lang:<6}{n:>7}  " + "  ".join(row))

    print("\n== alignment path on the hand-translated gold sentences "
          "(English spaCy NER + projection, ms per 1,000 source words)")
    for lang in ("he", "ar", "nl", "fr"):
        sents = [s for s in gold.GOLD if s.lang == lang]
        src = [s.text for s in sents]
        en = [s.english for s in sents]
        n = words(src)
        dt_en = timed(lambda: recognise_article(lang, src, None, en, None, known,
                                                recognisers={"spacy-en"}), max(args.repeat, 9))
        dt_all = timed(lambda: recognise_article(lang, src, None, en, None, known), max(args.repeat, 9))
        print(f"  {lang}: {len(sents)} sentences, {n} words: English NER only "
              f"{dt_en * 1e6 / n:.1f}, everything incl. alignment {dt_all * 1e6 / n:.1f}")

    print("\n== precision / recall on the hand-labelled sentences "
          "(exact span + label; PERSON/ORG/PLACE/DATE)")
    for title, result in (("no translation, library known names", gold.score("source", known)),
                          ("hand translation + library known names", gold.score("aligned", known)),
                          ("hand translation only", gold.score("aligned"))):
        print(f"  {title}:")
        for lang, r in sorted(result.items()):
            print(f"    {lang}: P={r['precision']:.2f} R={r['recall']:.2f} F1={r['f1']:.2f} "
                  f"(tp={r['tp']} predicted={r['predicted']} gold={r['gold']})")
    heldout = getattr(gold, "HELDOUT", None)
    if heldout:
        print("  held-out sentences (labelled after the code was frozen):")
        for title, result in (("no translation, library known names", gold.score("source", known, heldout)),
                              ("hand translation + library known names", gold.score("aligned", known, heldout))):
            print(f"   {title}:")
            for lang, r in sorted(result.items()):
                print(f"    {lang}: P={r['precision']:.2f} R={r['recall']:.2f} "
                      f"(tp={r['tp']} predicted={r['predicted']} gold={r['gold']})")

    print("\n== optional Stanza")
    for lang, entry in status(None).items():
        if "stanza" in entry:
            print(f"  {lang}: {entry['stanza']}")


if __name__ == "__main__":
    main()
