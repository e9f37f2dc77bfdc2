"""How often each recogniser's label is right (issue 10): the figures behind
the mention confidences in reader/core/entities/recognise.py (LABEL_PRECISION).

For every mention that enters the per-article label vote (the input of
`_harmonise_labels`), grouped by script (rtl = he/ar/fa/ur, or fr, nl), pane
and the key it is weighed by (recogniser and label; a rule's label over the
model's is "spacy-fr+rule", a shape guess "latin+guess"), prints:
- n: mentions on a gold entity (a PERSON/ORG/PLACE/MISC span they overlap);
- label P: the share of those whose label is the gold label, and smoothed
  as (right + 1) / (n + 2), the figure LABEL_PRECISION holds;
- spurious: mentions that overlap no gold entity at all.
Translation-pane mentions are scored against the gold of the reference
English translation. Both modes run: without a translation and, where one is
written, with it. The last table merges the modes and shows the value in use.

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
LANG_OF_GROUP = {"rtl": "he", "fr": "fr", "nl": "nl"}


def group_of(lang: str) -> str:
    return "rtl" if lang in ("he", "ar", "fa", "ur") else lang


def collect(articles) -> dict[tuple, list[int]]:
    """(group, mode, pane, key, label) -> [right label, on an entity, spurious]."""
    captured: list = []
    keys: dict[tuple, str] = {}  # (start, end, recogniser) -> the key the hit was weighed by
    harmonise, calibrated = recognise_module._harmonise_labels, recognise_module._calibrated

    def capture(mentions, known):
        captured.append(list(mentions))
        return harmonise(mentions, known)

    def note_key(h, cands, lang):
        suffix = ""
        if h.confidence < 1.0 and h.how in ("latin", "spacy-fr"):
            suffix = "+guess" if h.how == "latin" else "+rule"
        if h.how in (
            "names-rtl",
            "align",
        ):  # its rules' own confidence tells them apart (0.85: the gazetteer)
            suffix = f"@{h.confidence:.2f}"
        keys[(h.start, h.end, h.how)] = h.how + suffix
        return calibrated(h, cands, lang)

    recognise_module._harmonise_labels, recognise_module._calibrated = capture, note_key
    table: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    try:
        for article in articles:
            for translated in (False, True):
                if translated and not article.english_paragraphs:
                    continue
                captured.clear()
                keys.clear()
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
                    key = (
                        keys.get((m.start, m.end, m.recogniser), m.recogniser)
                        if m.pane == SOURCE
                        else m.recogniser
                    )
                    mode = "with en" if translated else "no en"
                    row = table[(group_of(article.lang), mode, str(m.pane), key, m.label)]
                    if on:
                        row[1] += 1
                        row[0] += any(g.label == m.label for g in on)
                    else:
                        row[2] += 1
    finally:
        recognise_module._harmonise_labels, recognise_module._calibrated = harmonise, calibrated
    return table


def in_use(group: str, key: str, label: str) -> float:
    how, _, mark = key.split("@")[0].partition("+")
    lang = "en" if how == "spacy-en" else LANG_OF_GROUP[group]
    return recognise_module.label_precision(lang, how, label, 0.5 if mark else 1.0)


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
    print(f"  {'set':<4}{'mode':<8}{'pane':<12}{'key':<15}{'label':<7}{'n':>6}{'label P':>9}{'spurious':>9}")
    for (group, mode, pane, key, label), (right, n, spurious) in sorted(table.items()):
        if n + spurious >= args.min:
            share = f"{right / n:.2f}" if n else "-"
            print(f"  {group:<4}{mode:<8}{pane:<12}{key:<15}{label:<7}{n:>6}{share:>9}{spurious:>9}")
    merged: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (group, _mode, pane, key, label), row in table.items():
        for i, v in enumerate(row):
            merged[(group, pane, key, label)][i] += v
    print("== both modes: (right + 1) / (n + 2) against the value in use")
    print(f"  {'set':<4}{'pane':<12}{'key':<15}{'label':<7}{'n':>6}{'measured':>9}{'in use':>8}")
    for (group, pane, key, label), (right, n, spurious) in sorted(merged.items()):
        if n + spurious >= args.min:
            measured = (right + 1) / (n + 2)
            print(
                f"  {group:<4}{pane:<12}{key:<15}{label:<7}{n:>6}{measured:>9.2f}{in_use(group, key, label):>8.2f}"
            )


if __name__ == "__main__":
    main()
