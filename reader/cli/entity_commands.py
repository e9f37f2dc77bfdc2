"""`reader entities [ID] [--json]`: named entities of one article, or the
library-wide entity index. Stale articles are recognised first."""

from __future__ import annotations

import sys

from . import open_library, print_json, shown


def register(sub) -> None:
    p = sub.add_parser("entities", help="named entities of an article, or the index of the whole library")
    p.add_argument("id", type=int, nargs="?", help="article id (default: the whole library's index)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--recompute", action="store_true", help="recognise every article again")
    p.set_defaults(handler=cmd_entities)


def cmd_entities(args) -> int:
    from ..core import entity_service
    from ..core.errors import ArticleNotFound

    library = open_library(args)
    if args.id is not None and not library.list_articles([args.id]):
        raise ArticleNotFound(args.id)
    # The whole library, not just this article: its names help the others.
    report = entity_service.recompute(library, force=args.recompute)
    if report.computed:
        print(
            f"recognised entities in {len(report.computed)} article(s) in {report.seconds:.1f} s",
            file=sys.stderr,
        )
    groups = entity_service.groups(library)
    if args.id is not None:
        return _print_article(
            library, args.id, entity_service.mentions_for_highlight(library, args.id, groups), args.json
        )
    return _print_index(library, groups, args.json)


def _print_article(library, article_id, mentions, as_json) -> int:
    keys = ("label", "pane", "paragraph", "start", "end", "text", "canonical", "confidence")
    if as_json:
        print_json({"article": article_id, "mentions": [{k: getattr(m, k) for k in keys} for m in mentions]})
        return 0
    if not mentions:
        print(f"No entities found in article {article_id}.")
        return 0
    print(f"{'LABEL':7}  {'CONF':>4}  {'PANE':11}  {'PARA':>4}  {'START':>5}  {'END':>5}  TEXT  →  CANONICAL")
    for m in mentions:
        print(
            f"{m.label:7}  {m.confidence:>4.2f}  {m.pane:11}  {m.paragraph:>4}  {m.start:>5}  {m.end:>5}  "
            f"{shown(m.text)}  →  {shown(m.canonical)}"
        )
    return 0


def _print_index(library, groups, as_json) -> int:
    if as_json:
        entries = [
            {
                "key": g.key,
                "name": g.name,
                "label": g.label,
                "total": g.total,
                "articles": {str(a): n for a, n in sorted(g.counts.items())},
                "surfaces": sorted(g.surfaces),
            }
            for g in groups
        ]
        print_json(entries)
        return 0
    if not groups:
        print("No entities found. Import articles with: reader import PATH...")
        return 0
    print(f"{'TOTAL':>5}  {'LABEL':7}  {'NAME':32}  ARTICLES (id×mentions)")
    for g in groups:
        counts = " ".join(f"{a}×{n}" for a, n in sorted(g.counts.items()))
        print(f"{g.total:>5}  {g.label:7}  {shown(g.name)[:32]:32}  {counts}")
    return 0
