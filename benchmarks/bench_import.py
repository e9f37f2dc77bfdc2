"""Import quality on the development set of issue 17 (tests/data/import).

Imports every page with reader.core.importer.import_file and prints, per
language, per import path (.txt/.md vs .html) and overall:
  clutter leaked  clutter lines still in the kept paragraphs (a line leaks if
                  it is a whole line of a kept paragraph, or, when it has
                  >= 25 characters, a substring of one; lines that also occur
                  as content — the first copy of a repeated block — leak only
                  when kept more often than the content has them)
  content lost    content lines whose text is not in the kept paragraphs
                  (altered: found only once ZWNJ/ZWJ/direction marks are ignored)
  titles          normalised equality with the gold title
  dates           right / missed (gold has one, none found) / invented (a date
                  when the article states none, or a different one)
  languages       detected language equals the gold one
and the sentence cases of sentences.json split by reader.core.text.split_sentences
(cases entirely right, and boundaries found / missed / spurious).
Lines are compared NFC, whitespace-collapsed; Markdown lines through the
importer's own markdown_to_text.

Run:  python benchmarks/bench_import.py [-v] [--data DIR] [name-part]
      (-v lists every error; name-part, e.g. "yi_" or ".html", limits the pages;
      --data scores another folder of pages in the same format, e.g. the
      held-out set tests/data/import_holdout; sentence cases only with the dev set)
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.import_devset import DEVSET, DevPage, load_pages, load_sentence_cases, normalise  # noqa: E402

from reader.core.importer import import_file, markdown_to_text  # noqa: E402
from reader.core.text import split_sentences  # noqa: E402

SUBSTRING_MIN = 25


@dataclass
class Score:
    pages: int = 0
    clutter: int = 0
    leaked: int = 0
    content: int = 0
    lost: int = 0
    altered: int = 0
    titles: int = 0
    dates_right: int = 0
    dates_missed: int = 0
    dates_invented: int = 0
    languages: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "pages",
            "clutter",
            "leaked",
            "content",
            "lost",
            "altered",
            "titles",
            "dates_right",
            "dates_missed",
            "dates_invented",
            "languages",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _plain(page: DevPage, line: str) -> str:
    if page.path.suffix == ".md":
        line = markdown_to_text(re.sub(r"^(\s*>)+", "", line))[0]  # quote marks too
    return normalise(line)


def _without_format_characters(text: str) -> str:
    """Text without ZWNJ, ZWJ, direction marks (category Cf): Persian and Urdu
    need ZWNJ, so a kept line that lost them is altered, not lost."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _same_date(gold: str, found: str) -> bool:
    return found[: len(gold)] == gold


def score_page(page: DevPage) -> Score:
    score = Score(pages=1, clutter=len(page.clutter), content=len(page.content))
    try:
        article = import_file(page.path)
    except Exception as error:  # a refused page loses everything it had
        score.lost = len(page.content)
        score.dates_missed = int(page.date is not None)
        score.errors.append(f"{page.name}: import failed: {error}")
        return score

    kept = [normalise(p.text) for p in article.paragraphs]
    kept_text = "\n".join(kept)
    kept_lines = Counter(normalise(line) for p in article.paragraphs for line in p.text.split("\n"))
    content = [_plain(page, line) for line in page.content]
    content_lines = Counter(content)

    bare_kept = _without_format_characters(kept_text)
    removed = getattr(article, "removed_blocks", [])  # the clutter the importer set aside
    for line in content:
        if not line or line in kept_text:
            continue
        if _without_format_characters(line) in bare_kept:
            score.altered += 1
            score.errors.append(f"{page.name}: ALTERED (format characters dropped) {line[:90]}")
        else:
            score.lost += 1
            reasons = [b.reason for b in removed if line in normalise(b.text)]
            where = f" (removed as {reasons[0]!r})" if reasons else ""
            score.errors.append(f"{page.name}: LOST{where} {line[:90]}")

    for line, copies in Counter(_plain(page, line) for line in page.clutter).items():
        if not line:
            continue
        if len(line) >= SUBSTRING_MIN:
            in_kept = kept_text.count(line)
            in_content = sum(text.count(line) for text in content)
        else:
            in_kept = kept_lines[line]
            in_content = content_lines[line]
        leaked = min(copies, max(0, in_kept - in_content))
        if leaked:
            score.leaked += leaked
            score.errors.append(f"{page.name}: LEAKED x{leaked} {line[:90]}")

    if normalise(article.title) == normalise(page.title):
        score.titles = 1
    else:
        score.errors.append(f"{page.name}: TITLE {article.title!r} (gold {page.title!r})")

    found = (article.date or "")[:10] or None
    if page.date is None and found is None:
        score.dates_right = 1
    elif page.date is None or (found is not None and not _same_date(page.date, found)):
        score.dates_invented = 1
        score.errors.append(f"{page.name}: DATE INVENTED {article.date} (gold {page.date})")
    elif found is None:
        score.dates_missed = 1
        score.errors.append(f"{page.name}: DATE MISSED (gold {page.date})")
    else:
        score.dates_right = 1

    if article.language == page.language:
        score.languages = 1
    else:
        score.errors.append(f"{page.name}: LANGUAGE {article.language} (gold {page.language})")
    return score


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_table(rows: list[tuple[str, Score]]) -> None:
    print(
        f"{'':<10} {'pages':>5}  {'clutter leaked':>20}  {'content lost (altered)':>22}  {'titles':>7}  "
        f"{'dates ok/missed/invented':>24}  {'languages':>9}"
    )
    for label, s in rows:
        print(
            f"{label:<10} {s.pages:>5}  {s.leaked:>4}/{s.clutter:<4} {_percent(s.leaked, s.clutter):>9}  "
            f"{s.lost:>3}/{s.content:<4} {_percent(s.lost, s.content):>8} ({s.altered:>2})  {s.titles:>3}/{s.pages:<3}  "
            f"{s.dates_right:>10}/{s.dates_missed}/{s.dates_invented:<11}  {s.languages:>4}/{s.pages:<4}"
        )


def _boundaries(text: str, sentences) -> set[int]:
    """End offsets of every sentence but the last."""
    ends, position = set(), 0
    for sentence in sentences:
        position = text.index(sentence, position) + len(sentence)
        ends.add(position)
    ends.discard(max(ends, default=0))
    return ends


def bench_sentences(verbose: bool) -> None:
    per_language: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for case in load_sentence_cases():
        found = [case.text[s:e] for s, e in split_sentences(case.text, case.lang)]
        gold_ends = _boundaries(case.text, case.sentences)
        try:
            found_ends = _boundaries(case.text, found)
        except ValueError:  # spans that are not verbatim text cannot happen, but count it
            found_ends = set()
        tally = per_language[case.lang]
        tally["cases"] += 1
        tally["right"] += found == list(case.sentences)
        tally["gold"] += len(gold_ends)
        tally["found"] += len(gold_ends & found_ends)
        tally["spurious"] += len(found_ends - gold_ends)
        if found != list(case.sentences):
            failures.append(f"[{case.lang}] {case.case}: {found}")
    total = sum(per_language.values(), Counter())
    print("\nSentence cases (split_sentences)")
    print(f"{'':<10} {'cases right':>12}  {'boundaries found':>17}  {'spurious':>8}")
    for label, tally in sorted(per_language.items()) + [("overall", total)]:
        print(
            f"{label:<10} {tally['right']:>5}/{tally['cases']:<6}  {tally['found']:>8}/{tally['gold']:<8}  "
            f"{tally['spurious']:>8}"
        )
    if verbose:
        for failure in failures:
            print("  " + failure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--data", type=Path, default=DEVSET, help="folder of pages and gold (default: the dev set)"
    )
    parser.add_argument("only", nargs="?", default="", help="score only pages whose name contains this")
    args = parser.parse_args()

    by_language: dict[str, Score] = defaultdict(Score)
    by_kind: dict[str, Score] = defaultdict(Score)
    overall = Score()
    errors = []
    for page in load_pages(args.data):
        if args.only not in page.name:
            continue
        score = score_page(page)
        by_language[page.language].add(score)
        by_kind[page.kind].add(score)
        overall.add(score)
        errors.extend(score.errors)

    print(
        f"Import pages of {args.data.resolve().relative_to(ROOT) if args.data.resolve().is_relative_to(ROOT) else args.data}\n"
    )
    print_table(
        sorted(by_language.items())
        + [("txt/md", by_kind["text"]), ("html", by_kind["html"]), ("overall", overall)]
    )
    if args.verbose:
        print()
        for error in errors:
            print("  " + error)
    if args.data.resolve() == DEVSET.resolve():
        bench_sentences(args.verbose)


if __name__ == "__main__":
    main()
