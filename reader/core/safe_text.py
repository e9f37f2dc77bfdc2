"""Untrusted text (titles, notes, tags, file names, archive entries) made
safe to show, and file names made safe to store.

One escaper serves the terminal and the window: control characters (C0, DEL,
C1: ESC starts terminal escapes), the direction controls U+202A–202E and
U+2066–2069 (they reorder neighbouring text: "txt.exe" shown as "exe.txt"),
line and paragraph separators and lone surrogates are shown as backslash
escapes. The escapes are also valid JSON string escapes, so escaping a JSON
document keeps it valid and equal in value.
"""

from __future__ import annotations

import os
import re

from .lazy_pattern import LazyPattern

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate

# What os.fsdecode takes: a file name as str or bytes, or a path object.
FileName = str | bytes | os.PathLike[str] | os.PathLike[bytes]

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
# Compiled when first used, not before the window's first paint (a class of
# ~2,000 code points takes ~0.7 ms to compile): the titles it shows are
# printable, and need neither (see escape_controls).
_UNSAFE = LazyPattern(f"[{_CONTROLS}]")
# Keeps \t \n \r (notes, messages).
_LAYOUT_SAFE = LazyPattern(f"[{_CONTROLS}]".replace("\x00-\x1f", "\x00-\x08\x0b\x0c\x0e-\x1f"))


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT.get(char) or f"\\u{ord(char):04x}"


def escape_controls(text: str, keep_layout: bool = False) -> str:
    """`text` with every control, direction control and lone surrogate shown
    as an escape (\\n, \\u001b, \\u202e...). `keep_layout` keeps newlines,
    carriage returns and tabs (multi-line notes, progress lines)."""
    if text.isprintable():  # every character escaped here is a control, a separator or a surrogate
        return text
    if keep_layout:
        return _LAYOUT_SAFE.sub(_escape, text)
    return _UNSAFE.sub(_escape, text)


def isolated(text: str) -> str:
    """One field of a longer line (a title in the window title, a name in a
    sentence): escaped, then wrapped in FSI…PDI so right-to-left text inside
    cannot move the words around it."""
    return FSI + escape_controls(text) + PDI


# --- file names -----------------------------------------------------------------


def path_text(path: FileName) -> str:
    """A file name as text, losslessly: bytes that are not valid UTF-8 become
    \\xNN and a backslash becomes \\\\ (so `text_path` can undo it). Such a
    name can be stored in SQLite and printed, which a surrogate-escaped str
    cannot."""
    name = os.fsdecode(path)
    out = []
    for char in name:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of one byte
            out.append(f"\\x{code - 0xDC00:02x}")
        else:
            out.append(char)
    return "".join(out)


_PATH_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def text_path(text: str) -> str:
    """The file name `path_text` escaped (a str usable with open())."""
    return _PATH_ESCAPE.sub(
        lambda m: "\\" if m.group(1) == "\\" else chr(0xDC00 + int(m.group(1)[1:], 16)), text
    )


def shown_path(path: FileName) -> str:
    """A file name for one line of a message: `path_text`, with line breaks
    and other controls escaped too."""
    return escape_controls(path_text(path))
