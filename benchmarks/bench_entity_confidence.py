"""How often each recogniser's label is right (issue 10): the figures behind
the mention confidences in reader/core/entities/recognise.py.

For every mention that enters the per-article label vote (the input of
`_harmonise_labels`), grouped by script (rtl = he/ar/fa/ur, or fr, nl), pane,
recogniser, label and the confidence it was given, prints:
- n: mentions on a gold entity (PERSON/ORG/PLACE/MISC span they overlap);
- label P: the share of those whose label is the gold label;
- spurious: mentions that overlap no gold entity at all.
Translation-pane mentions are scored against the gold of the reference
English translation. Both modes run: without a translation and, where one is
written, with it.

Run:  python benchmarks/bench_entity_confidence.py [--data DIR ...] [--min N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.entity_devset import DEVSET_DIR, load_devset  # noqa: E402
from support.entity_scoring import recognise  # noqa: E402

from reader.core.entities import recognise as recognise_module  # noqa: E402
from reader.core.entities.model import MISC, ORG, PERSON, PLACE, SOURCE  # noqa: E402

VOTED = (PERSON, ORG, PLACE, MISC)


def group_of(lang: str) -> str:
    return "rtl" if lang in ("he", "ar", "fa", "ur") else lang


def collect(articles) -> dict[tuple, list[int]]:
    """kind -> [on an entity with the right label, on an entity, spurious]."""
    captured: list = []
    original = recognise_module._harmonise_labels

    def capture(mentions, known):
        captured.append(list(mentions))
        return original(mentions, known)

    recognise_module._harmonise_labels = capture
    table: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    try:
        for article in articles:
            for translated in (False, True):
                if translated and not article.english_paragraphs:
                    continue
                captured.clear()
                recognise(article, translated)
                for m in captured[-1]:
                    if m.label not in VOTED:
                        continue
                    gold = article.gold if m.pane == SOURCE else article.english_gold or []
                    on = [
                        g
                        for g in gold
                        if g.paragraph == m.paragraph
                        and g.start < m.end
                        and m.start < g.end
                        and g.label in VOTED
                    ]
                    kind = (
                        group_of(article.lang),
                        "with en" if translated else "no en",
                        str(m.pane),
                        m.recogniser,
                        m.label,
                        round(m.confidence, 2),
                    )
                    row = table[kind]
                    if on:
                        row[1] += 1
                        row[0] += any(g.label == m.label for g in on)
                    else:
                        row[2] += 1
    finally:
        recognise_module._harmonise_labels = original
    return table


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--data", metavar="DIR", type=Path, action="append", help="sets to measure (default: dev)"
    )
    ap.add_argument("--min", type=int, default=3, help="hide kinds seen fewer times")
    args = ap.parse_args()
    articles = [a for d in args.data or [DEVSET_DIR] for a in load_devset(d)]
    table = collect(articles)
    print(f"{len(articles)} articles; mentions entering the label vote")
    print(
        f"  {'set':<4}{'mode':<8}{'pane':<12}{'recogniser':<12}{'label':<7}{'conf':>5}{'n':>6}{'label P':>9}{'spurious':>9}"
    )
    for kind in sorted(table):
        right, n, spurious = table[kind]
        if n + spurious < args.min:
            continue
        group, mode, pane, how, label, conf = kind
        share = f"{right / n:.2f}" if n else "-"
        print(f"  {group:<4}{mode:<8}{pane:<12}{how:<12}{label:<7}{conf:>5.2f}{n:>6}{share:>9}{spurious:>9}")
    # per recogniser and label, all confidences together
    merged: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (group, _mode, pane, how, label, _conf), row in table.items():
        for i, v in enumerate(row):
            merged[(group, pane, how, label)][i] += v
    print("  -- per recogniser and label")
    for kind in sorted(merged):
        right, n, spurious = merged[kind]
        if n + spurious < args.min:
            continue
        share = f"{right / n:.2f}" if n else "-"
        print(f"  {kind[0]:<4}{kind[1]:<12}{kind[2]:<12}{kind[3]:<7}{n:>6}{share:>9}{spurious:>9}")


if __name__ == "__main__":
    main()
