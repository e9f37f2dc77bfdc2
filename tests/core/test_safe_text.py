"""core.safe_text.escape_controls: printable text comes back as it is,
without compiling the control-character class (the window's titles before
its first paint); every control, separator and surrogate is still escaped."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.core.safe_text import escape_controls


@pytest.mark.parametrize("text", ["Title", "כותרת עם ניקוד", "عنوان", "ÉTÉ — «citation»", ""])
def test_printable_text_is_returned_as_it_is(text):
    assert escape_controls(text) == text
    assert escape_controls(text, keep_layout=True) == text


@pytest.mark.parametrize(
    "text, escaped, kept",
    [
        ("a\x1b]0;x\x07b", "a\\u001b]0;x\\u0007b", "a\\u001b]0;x\\u0007b"),
        ("txt\u202eexe", "txt\\u202eexe", "txt\\u202eexe"),
        ("one\ntwo\tthree", "one\\ntwo\\tthree", "one\ntwo\tthree"),
        ("line\u2028sep\u2029", "line\\u2028sep\\u2029", "line\\u2028sep\\u2029"),
        ("lone \ud800", "lone \\ud800", "lone \\ud800"),
        ("c1 \x85", "c1 \\u0085", "c1 \\u0085"),
    ],
)
def test_controls_separators_and_surrogates_are_escaped(text, escaped, kept):
    assert escape_controls(text) == escaped
    assert escape_controls(text, keep_layout=True) == kept


def test_printable_text_compiles_no_pattern():
    probe = (
        "from reader.core import safe_text\n"
        "safe_text.escape_controls('A title')\n"
        "print('sub' in vars(safe_text._UNSAFE), 'sub' in vars(safe_text._LAYOUT_SAFE))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
