"""Which parts of a French paragraph the spaCy model reads (issue 10).

The model pays for every token it is given (its tok2vec arithmetic is most
of its time), and French writes names with a capital letter: every hit the
model gives must carry one to survive recognise._clean_model_hits. So the
model reads only the words near a capitalised word (four words before it,
what its token vectors see, and three after), not the long runs of
lower-case words between names. A sentence whose only capital is its first
letter, when that first word is a frequent ordinary word ("Selon", "Cette",
"L'entreprise") that the article does not also write as a name, holds no
name either. A paragraph's windows go to the model joined by line breaks,
as one document (the model's cost per document is high), and its hits are
mapped back to the paragraph.
Measured on every French article of tests/data/entities and
entities_holdout: the same mentions as the model on whole paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .latin import city, is_given_name, is_lead_word
from .nametables import tables

# A sentence's first word, after opening quotes, dashes or bullets; an elided
# article or pronoun before it is read with the word ("L'entreprise", "Qu'il").
_OPENING = re.compile(r"[^\w]*?(?:(?:[LlDdCcJjNnSsMmTt]|[Qq]u|[Ll]orsqu|[Pp]uisqu|[Jj]usqu)['’])?(\w+)")


def _plain_opening(sentence: str, article_words: frozenset[str]) -> bool:
    """The sentence's first word is its only capitalised one, and an ordinary
    word: no name can be in the sentence."""
    m = _OPENING.match(sentence)
    if m is None:
        return not any(c.isupper() for c in sentence)
    word = m.group(1)
    if any(c.isupper() for c in word[1:]) or any(c.isupper() for c in sentence[m.end(1) :]):
        return False
    if any(c.isalpha() for c in sentence[: m.start(1)]) or not word[:1].isupper():
        return not word[:1].isupper()  # "L'entreprise", "Qu'il"; a lower-case or digit start
    if word in article_words:
        return False  # the article writes it as a name elsewhere ("chez Orange")
    if is_lead_word(word):
        return True
    folded = word.casefold()
    return tables("fr").is_common(folded) and not is_given_name(word) and city(word, "fr") is None


_TOKEN = re.compile(r"\S+")
# Words given before a capitalised word: the model's token vectors see four
# tokens either side (four CNN layers of window 1), so a name's vectors are
# those of the whole paragraph.
MARGIN = 4
# Words given after it: one fewer. The model decides left to right, and the
# fourth word after a name has never changed what it found: the same mentions
# on all 122 French articles of tests/data/entities, entities_holdout and
# blind14-17 with three words after as with four (with two, 18 articles
# changed), 7% fewer words read.
AFTER = 3


def model_windows(
    paragraph: str,
    sentences: Sequence[tuple[int, int]],
    article_words: frozenset[str],
    margin: int = MARGIN,
    after: int = AFTER,
) -> list[tuple[int, int]]:
    """(start, end) of the parts of the paragraph the model reads: every word
    with a capital letter (but a plain sentence opening, see _plain_opening)
    with `margin` words before it and `after` words after it, neighbouring
    parts joined. Cut at spaces, so the model tokenises each word as in the
    whole paragraph."""
    words: list[tuple[int, int]] = []
    capitalised: list[int] = []
    for m in _TOKEN.finditer(paragraph):
        if m.group() != m.group().lower():
            capitalised.append(len(words))
        words.append(m.span())
    if not capitalised:
        return []
    plain = [(s, e) for s, e in sentences if _plain_opening(paragraph[s:e], article_words)]
    anchors = [i for i in capitalised if not any(s <= words[i][0] < e for s, e in plain)]
    runs: list[tuple[int, int]] = []
    for i in anchors:
        lo, hi = max(0, i - margin), min(len(words) - 1, i + after)
        if runs and lo <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    return [(words[lo][0], words[hi][1]) for lo, hi in runs]


def gated_entities(
    paragraphs: Sequence[str], sentences: Sequence[Sequence[tuple[int, int]]], article_words: frozenset[str]
) -> list[list[tuple[int, int, str]]]:
    """spacy_models.spacy_entities("fr", paragraphs), the model given only
    each paragraph's windows (model_windows) joined by line breaks: one
    document per paragraph still (the model's cost per document is high),
    fewer tokens. Spans are in the paragraphs; a span running over a line
    break the join added is cut there."""
    from .spacy_models import spacy_entities

    windows = [
        model_windows(text, sentences[p] if p < len(sentences) else [(0, len(text))], article_words)
        for p, text in enumerate(paragraphs)
    ]
    joined = ["\n".join(text[s:e] for s, e in ws) for text, ws in zip(paragraphs, windows)]
    todo = [j for j in joined if j]
    found = dict(zip(todo, spacy_entities("fr", todo)))
    out: list[list[tuple[int, int, str]]] = []
    for ws, text in zip(windows, joined):
        # (start in the joined text, start in the paragraph, length) of each window
        pieces: list[tuple[int, int, int]] = []
        at = 0
        for s, e in ws:
            pieces.append((at, s, e - s))
            at += e - s + 1
        ents: list[tuple[int, int, str]] = []
        for start, end, label in found.get(text, []):
            at, s, length = next(p for p in reversed(pieces) if p[0] <= start)
            ents.append((s + start - at, s + min(end - at, length), label))
        out.append(ents)
    return out
