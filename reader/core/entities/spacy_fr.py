"""French spaCy's token_match, built and called cheaper, same answers.

spaCy's French tokenizer keeps some words whole ("porte-monnaie",
"entr'ouvert", "saut-de-ski") with one regex (spacy.lang.fr.tokenizer_exceptions
.TOKEN_MATCH): 266 alternatives joined by "|", ~1.4 MB, each alternative
repeating the same large classes of letters. Compiling it took ~5 s of CPU
(importing spacy.lang.fr compiles it; loading the model compiles the same
pattern again, from re's cache), nearly all of loading the French model; and
each call costs ~10 us, two or three calls per piece of text the tokenizer has
not cached.

`QuickTokenMatch` answers as that regex: the alternatives are grouped by
their shared start and end ("^(?:a|b|c)[-][a-z][-a-z']*$" for "^a[-][a-z][-a-z']*$",
"^b[-]...", ...), which matches the same strings (an alternation distributes
over what follows it; none of them has a backreference or lookaround), and
compiles each class of letters a few times instead of ~800 (~0.1 s). Every
alternative needs a hyphen or an elision mark, so a word with neither is
answered None without running the regex. `deferred_token_match()` puts it in
place of re.compile for that one pattern while spaCy's French is imported and
the model loaded; any other pattern, or a pattern this module does not
recognise as exactly that one, is compiled by re as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

TOKEN_MATCH_MODULE = "spacy.lang.fr.tokenizer_exceptions"
_MIN_LENGTH = 100_000  # the pattern is ~1.4 MB; nothing else spaCy compiles comes close


class QuickTokenMatch:
    """Stands for `re.compile(pattern)` where `pattern` is French's token_match
    regex: `match` answers None or a match of the whole word, as its `match` does."""

    def __init__(self, pattern: str, factored: str, marks: frozenset[str]) -> None:
        self.pattern = pattern  # what spaCy reads back when it serialises the tokenizer
        self.flags = re.IGNORECASE | re.UNICODE
        self._match = re.compile(factored).match
        self._marks = marks

    def match(self, text: str) -> re.Match[str] | None:
        if self._marks.isdisjoint(text):
            return None
        return self._match(text)


def _pieces(text: str) -> Iterator[tuple[str, int]]:
    """The pieces of `text` (a piece of regex), each with the depth of the
    groups it stands in: an escape with the character it escapes, a whole
    class ("[...]", where a "]" right after the "[" is a member), a
    parenthesis (counted inside the group it opens or closes), or one
    character."""
    depth = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            yield text[i : i + 2], depth
            i += 2
            continue
        if ch == "[":
            end = i + 2 if text[i + 1 : i + 2] == "]" else i + 1
            while end < len(text) and text[end] != "]":
                end += 2 if text[end] == "\\" else 1
            yield text[i : end + 1], depth
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        yield ch, depth
        if ch == ")":
            depth -= 1
        i += 1


def _top_level_bars(text: str) -> bool:
    """Whether `text` (a piece of regex) has a "|" outside any group or class."""
    return any(piece == "|" and depth == 0 for piece, depth in _pieces(text))


def _outside_groups(text: str) -> str:
    """`text` without what its parentheses enclose (classes are kept)."""
    return "".join(piece for piece, depth in _pieces(text) if depth == 0 and piece != ")")


def factored(
    alternatives: list[str], hyphens: str, elision: str, alpha: str, alpha_lower: str
) -> tuple[str, frozenset[str]] | None:
    """The factored pattern of `alternatives` (joined as spaCy joins them, with
    the "(?iu)" flags) and the characters one of which every alternative
    needs; None when an alternative is not of the shapes this knows (then
    the regex is compiled as it is)."""
    h, e, a, al = hyphens, elision, alpha, alpha_lower
    mark_classes = (f"[{h}]", f"[{e}]")
    # (tail, whether the tail itself needs a hyphen or an elision mark)
    tails = (
        (f"[{h}][{al}][{h}{al}{e}]*$", True),  # faux-vampire
        (f"[{e}][{al}][{h}{al}{e}]*$", True),  # entr'abat
        (f"[{h}](?:l[{e}])?[{a}]+$", True),  # saut-de-ski, pet-en-l'air
        (f"[{al}]+$", False),  # a-sexualisé, prud'homal
        (f"[{al}]*$", False),  # black-out
    )
    heads = (f"[{a}]+[{h}]", "")
    groups: dict[tuple[str, str], list[str]] = {}
    for alternative in alternatives:
        if not alternative.startswith("^") or any(
            x in alternative for x in ("(?=", "(?!", "(?<", "(?>", "(?P", "(?i", "(?u", "(?#")
        ):
            return None
        if re.search(r"\\[1-9]", alternative):
            return None  # a backreference
        tail, marked = next(((t, m) for t, m in tails if alternative.endswith(t)), ("", False))
        if not tail:
            return None
        body = alternative[1 : len(alternative) - len(tail)]
        head = next(x for x in heads if body.startswith(x))
        middle = body[len(head) :]
        if not middle or _top_level_bars(middle) or "$" in middle or "^" in middle:
            return None
        if not marked and not any(c in _outside_groups(middle) for c in mark_classes):
            return None  # might match a word without a hyphen or an elision mark
        groups.setdefault((head, tail), []).append(middle)
    if not groups:
        return None
    pattern = "(?iu)" + "|".join(
        f"(?:^{head}(?:{'|'.join(middles)}){tail})" for (head, tail), middles in groups.items()
    )
    return pattern, frozenset(h + e)


def quick_token_match(pattern: str) -> QuickTokenMatch | None:
    """A QuickTokenMatch for `pattern` if it is spaCy's French token_match
    regex exactly as the loaded spacy.lang.fr builds it, else None."""
    module = sys.modules.get(TOKEN_MATCH_MODULE)
    alternatives = getattr(module, "_regular_exp", None)
    if not isinstance(alternatives, list):
        return None
    if pattern != "(?iu)" + "|".join(f"(?:{m})" for m in alternatives):
        return None
    try:
        from spacy.lang.char_classes import ALPHA, ALPHA_LOWER
        from spacy.lang.fr.punctuation import ELISION, HYPHENS
    except ImportError:
        return None
    built = factored(alternatives, HYPHENS, ELISION, ALPHA, ALPHA_LOWER)
    if built is None:
        return None
    return QuickTokenMatch(pattern, *built)


@contextmanager
def deferred_token_match() -> Iterator[None]:
    """While spaCy's French is imported and its model loaded: re.compile
    gives a QuickTokenMatch for the token_match pattern (every other pattern
    is compiled as usual). Other threads calling re.compile meanwhile get
    what re gives them."""
    real: Callable[..., Any] = re.compile
    made: dict[str, QuickTokenMatch] = {}

    def compile_quick(pattern: Any, flags: Any = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) > _MIN_LENGTH and not flags:
            quick = made.get(pattern) or quick_token_match(pattern)
            if quick is not None:
                made[pattern] = quick
                return quick
        return real(pattern, flags)

    re.compile = compile_quick
    try:
        yield
    finally:
        re.compile = real
