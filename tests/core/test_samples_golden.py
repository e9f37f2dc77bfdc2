"""No behaviour changes unless meant: the samples' sentences, translations (through copy
packs) and entities equal tests/data/golden/samples.json. When a change is meant to move
them, regenerate as tests/support/golden_samples.py says and give the reason in the commit."""

from __future__ import annotations

import difflib

from support.golden_samples import GOLDEN, dumps, samples_outcome

MAX_DIFF_LINES = 120


def test_samples_match_golden(tmp_path):
    expected = GOLDEN.read_text(encoding="utf-8")
    actual = dumps(samples_outcome(tmp_path / "data"))
    if actual != expected:
        diff = list(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                "golden samples.json",
                "current tree",
                lineterm="",
                n=4,
            )
        )
        shown = "\n".join(diff[:MAX_DIFF_LINES])
        more = f"\n... {len(diff) - MAX_DIFF_LINES} more diff lines" if len(diff) > MAX_DIFF_LINES else ""
        raise AssertionError(
            "the samples' sentences, translations or entities changed "
            "(regenerate with `.venv/bin/python tests/support/golden_samples.py --write` "
            f"only if the change is meant, and say why in the commit):\n{shown}{more}"
        )
