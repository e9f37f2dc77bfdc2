"""`reader stories`: the library's stories (articles about one event across
outlets and languages), one story's comparison exported, and the user's
overrides (rename, move, merge, split), which persist across recomputes.

Stale articles' entities are recognised first, then the stories regrouped
(the user's overrides re-applied)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import open_library, print_json, shown


def register(sub: Any) -> None:
    p = sub.add_parser("stories", help="articles grouped by the event they tell, across languages")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true", help="also list articles that are alone in their story")
    p.add_argument(
        "--story", type=int, metavar="ID", help="the story to export or show (with --json: its comparison)"
    )
    p.add_argument(
        "--export-svg", metavar="DIR", help="write the story's heat map and timeline as SVG into DIR"
    )
    p.add_argument(
        "--csv", metavar="OUT", help="write the story's sentences by entity as CSV ('-' for stdout)"
    )
    p.add_argument(
        "--markdown", metavar="OUT", help="write the story's comparison as Markdown ('-' for stdout)"
    )
    p.add_argument("--rename", nargs=2, metavar=("ID", "NAME"), help="give story ID a name")
    p.add_argument("--move", type=int, metavar="ARTICLE", help="move an article (with --to ID or --out)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--to", type=int, metavar="ID", help="the story --move puts the article in")
    target.add_argument(
        "--out", action="store_true", help="--move takes the article out into a story of its own"
    )
    p.add_argument("--merge", nargs=2, type=int, metavar=("A", "B"), help="merge story B into story A")
    p.add_argument(
        "--split",
        nargs="+",
        type=int,
        metavar="ID",
        help="--split ID ARTICLE...: these articles leave story ID for a new story of their own",
    )
    p.set_defaults(handler=cmd_stories)


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return 1


def cmd_stories(args: argparse.Namespace) -> int:
    from ..core import entity_service
    from ..core.stories import StoryGrouper

    library = open_library(args)
    report = entity_service.recompute(library)
    if report.computed:
        print(
            f"recognised entities in {len(report.computed)} article(s) in {report.seconds:.1f} s",
            file=sys.stderr,
        )
    grouper = StoryGrouper(library)
    grouper.recompute()
    try:
        changed = _apply_change(grouper, args)
    except (KeyError, ValueError) as error:
        return _fail(str(error.args[0]) if error.args else str(error))
    if changed is not None:
        return changed
    if args.move is not None:
        return _fail("--move needs --to ID or --out")
    if args.story is not None or args.export_svg or args.csv or args.markdown:
        return _export(library, args)
    return _print_list(library, args)


def _apply_change(grouper: Any, args: argparse.Namespace) -> int | None:
    """The override asked for, stored and applied; None when none was asked."""
    if args.rename:
        story_id, name = int(args.rename[0]), args.rename[1]
        grouper.rename(story_id, name)
        print(f"story {story_id} is now named {shown(' '.join(name.split()))}")
        return 0
    if args.move is not None and (args.to is not None or args.out):
        story_id = grouper.move(args.move, None if args.out else args.to)
        print(f"article {args.move} is now in story {story_id}")
        return 0
    if args.merge:
        story_id = grouper.merge(args.merge[0], args.merge[1])
        print(f"story {args.merge[1]} merged into story {story_id}")
        return 0
    if args.split:
        if len(args.split) < 2:
            raise ValueError("--split needs a story id and the articles to split off")
        story_id = grouper.split(args.split[0], args.split[1:])
        print(f"articles {', '.join(map(str, args.split[1:]))} now form story {story_id}")
        return 0
    return None


def _export(library: Any, args: argparse.Namespace) -> int:
    from ..core.story_export import export_csv, export_markdown, export_svg
    from ..core.story_view_model import StoryComparison

    if args.story is None:
        return _fail("say which story with --story ID (see `reader stories`)")
    try:
        comparison = StoryComparison(library, args.story)
    except KeyError:
        return _fail(f"no story {args.story} (see `reader stories`)")
    if args.export_svg:
        for path in export_svg(comparison, args.export_svg):
            print(shown(path))
    if args.csv:
        count = export_csv(comparison, args.csv)
        print(f"{count} sentence(s) written", file=sys.stderr)
    if args.markdown:
        export_markdown(comparison, args.markdown)
    if not (args.export_svg or args.csv or args.markdown):
        return _print_comparison(comparison, args.json)
    return 0


def _print_comparison(comparison: Any, as_json: bool) -> int:
    if as_json:
        print_json(
            {
                "id": comparison.story_id,
                "title": comparison.name,
                "articles": [
                    {
                        "id": c.article_id,
                        "title": c.title,
                        "outlet": c.outlet,
                        "language": c.language,
                        "date": c.date,
                    }
                    for c in comparison.columns
                ],
                "entities": [
                    {"key": r.key, "name": r.name, "label": r.label, "counts": list(r.counts)}
                    for r in comparison.rows
                ],
                "timeline": [
                    {"date": e.date, "article": e.article_id, "text": e.text} for e in comparison.timeline
                ],
                "numbers": [
                    {
                        "article": n.article_id,
                        "text": n.text,
                        "value": n.value,
                        "unit": n.unit,
                        "kind": n.kind,
                    }
                    for n in comparison.numbers
                ],
                "quotations": [
                    {"speaker": s, "quotes": [{"article": q.article_id, "text": q.text} for q in quotes]}
                    for s, quotes in comparison.quotations
                ],
            }
        )
        return 0
    print(f"Story {comparison.story_id}: {shown(comparison.name)}")
    for c in comparison.columns:
        print(
            f"  {c.article_id:>5}  {c.language:3}  {c.date or '—':10}  {shown(c.outlet)[:30]:30}  {shown(c.title)}"
        )
    print(f"{'ARTICLES':>8}  ENTITY")
    for row in comparison.rows[:30]:
        print(f"{row.articles:>4}/{len(comparison.columns):<3}  {shown(row.name)} ({row.label})")
    return 0


def _print_list(library: Any, args: argparse.Namespace) -> int:
    from ..core.stories import list_stories

    stories = list_stories(library, include_single=args.all)
    if args.json:
        print_json([story.to_dict() for story in stories])
        return 0
    if not stories:
        print("No story told by two or more articles yet. Import more articles with: reader import PATH...")
        return 0
    print(f"{'ID':>5}  {'N':>3}  {'LANGUAGES':14}  {'DATES':23}  TITLE / ARTICLES")
    for story in stories:
        dates = (
            f"{story.dates[0]} – {story.dates[-1]}"
            if len(story.dates) > 1
            else (story.dates[0] if story.dates else "—")
        )
        print(
            f"{story.id:>5}  {len(story.article_ids):>3}  {','.join(story.languages):14}  {dates:23}  "
            f"{shown(story.title)}"
        )
        print(f"{'':>5}  {'':>3}  {'':14}  {'':23}  articles {', '.join(map(str, story.article_ids))}")
    return 0
