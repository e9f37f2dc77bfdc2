"""A regular expression compiled on its first use.

Compiling a pattern at import costs every process that imports the module,
whether or not it ever matches: the boilerplate module's ~40 phrase patterns
took ~25 ms, the sentence splitter's and the control-character classes
(ranges of thousands of code points) ~3 ms before the window's first paint,
which opens stored articles, already split. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any


class LazyPattern:
    """`re.compile(pattern, flags)` on first use. After it, the compiled
    pattern's own methods are this object's attributes: no extra call per match."""

    _METHODS = ("match", "fullmatch", "search", "finditer", "findall", "split", "sub", "subn")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name not in self._METHODS:
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    if TYPE_CHECKING:  # the methods __getattr__ provides, as re.Pattern has them

        def match(self, text: str, pos: int = 0) -> re.Match[str] | None: ...
        def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None: ...
        def search(self, text: str, pos: int = 0) -> re.Match[str] | None: ...
        def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]: ...
        def findall(self, text: str) -> list[Any]: ...
        def split(self, text: str) -> list[str | Any]: ...
        def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str: ...
        def subn(self, replacement: str, text: str) -> tuple[str, int]: ...
