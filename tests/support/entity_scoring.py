"""Recognition over the entity development set and its scores (issue 10).

Used by benchmarks/bench_entities.py (which prints the figures) and
tests/core/test_entities_devset_scores.py (which keeps them from falling).

Scoring, per language, source pane only:
- untyped (PERSON/ORG/PLACE): a predicted PERSON/ORG/PLACE mention is right
  when it overlaps a gold PERSON/ORG/PLACE span of the same paragraph; a gold
  span is found when some such prediction overlaps it. A prediction on a gold
  MISC span (a product called a place) is wrong. Exact boundaries are
  counted separately.
- typed: the same, with the labels equal (the figure for French and Dutch).
- DATE: predicted DATE against gold DATE, by overlap.
MISC predictions are never counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from reader.core.entities import DATE, SOURCE, EntityMention, recognise_article
from reader.core.text import split_sentences
from support.entity_devset import DevArticle

NAMES = ("PERSON", "ORG", "PLACE")
TRANSLATED_LANGS = ("he", "ar", "fa", "ur")  # those given reference translations


def recognise(article: DevArticle, translated: bool = False, known=()) -> list[EntityMention]:
    """The article's mentions as Reader computes them; with `translated`, the
    reference English translation is the translation pane."""
    return recognise_article(*article_input(article, translated), known)


def article_input(article: DevArticle, translated: bool = False) -> tuple:
    """recognise_article's first arguments for the article: its language, its
    paragraphs and their sentences, and with `translated` the reference
    English translation and its sentences (the app reads the sentences of
    both panes with the article, entity_service.article_input)."""
    sentences = [split_sentences(p, article.lang) for p in article.paragraphs]
    english = article.english_paragraphs if translated else None
    english_sentences = [split_sentences(p, "en") for p in english] if english else None
    return article.lang, article.paragraphs, sentences, english, english_sentences


@dataclass
class Counts:
    predicted: int = 0
    correct: int = 0  # predictions that overlap a matching gold span
    gold: int = 0
    found: int = 0  # gold spans overlapped by a matching prediction
    exact: int = 0  # gold spans predicted with exactly their boundaries
    errors: list = field(default_factory=list)  # (kind, article, text, label) for diagnosis

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found
        self.exact += other.exact
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def score_article(article: DevArticle, mentions: list[EntityMention]) -> dict[str, Counts]:
    """{"untyped", "typed", "date"} counts for one article."""
    source = [m for m in mentions if m.pane == SOURCE]
    out = {"untyped": Counts(), "typed": Counts(), "date": Counts()}
    for kind, gold_labels in (("untyped", NAMES), ("typed", NAMES), ("date", (DATE,))):
        c = out[kind]
        gold = [g for g in article.gold if g.label in gold_labels]
        predicted = [m for m in source if m.label in gold_labels]

        def matches(m, g, kind: str = kind) -> bool:
            return (
                m.paragraph == g.paragraph
                and _overlap(m.start, m.end, g.start, g.end)
                and (kind != "typed" or m.label == g.label)
            )

        c.gold, c.predicted = len(gold), len(predicted)
        for g in gold:
            hits = [m for m in predicted if matches(m, g)]
            if hits:
                c.found += 1
                c.exact += any(m.start == g.start and m.end == g.end for m in hits)
            else:
                near = [
                    m
                    for m in predicted
                    if m.paragraph == g.paragraph and _overlap(m.start, m.end, g.start, g.end)
                ]
                c.errors.append(("missed", article.name, g.text, g.label, near[0].label if near else ""))
        for m in predicted:
            if any(matches(m, g) for g in gold):
                c.correct += 1
            else:
                on = [
                    g
                    for g in article.gold
                    if g.paragraph == m.paragraph and _overlap(m.start, m.end, g.start, g.end)
                ]
                c.errors.append(("wrong", article.name, m.text, m.label, on[0].label if on else ""))
    return out


def score_devset(
    articles: list[DevArticle], translated: bool = False, known=()
) -> tuple[dict[str, dict[str, Counts]], dict[str, list[EntityMention]]]:
    """Per language: {"untyped", "typed", "date"} counts; and the mentions
    per article name. With `translated`, only articles that have a reference
    translation are run."""
    per_lang: dict[str, dict[str, Counts]] = defaultdict(
        lambda: {"untyped": Counts(), "typed": Counts(), "date": Counts()}
    )
    mentions = {}
    for article in articles:
        if translated and article.english_paragraphs is None:
            continue
        found = recognise(article, translated, known)
        mentions[article.name] = found
        for kind, counts in score_article(article, found).items():
            per_lang[article.lang][kind].add(counts)
    return dict(per_lang), mentions
