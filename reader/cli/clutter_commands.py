"""`reader clutter ID [--json]`: the site clutter removed from an article at
import; `reader clutter ID --restore N` puts block N back."""

from __future__ import annotations

from . import open_library, print_json


def register(sub) -> None:
    p = sub.add_parser("clutter", help="list the clutter removed from an article, or restore a block")
    p.add_argument("id", type=int, metavar="ID", help="article id (see `reader list`)")
    p.add_argument("--restore", type=int, metavar="N", help="put removed block N back into the article")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_clutter)


def cmd_clutter(args) -> int:
    from ..core.errors import ArticleNotFound
    from ..core.library import restore_removed_block
    from ..core.safe_text import escape_controls
    from ..core.storage.clutter import ClutterStore

    library = open_library(args)
    if not library.list_articles([args.id]):
        raise ArticleNotFound(args.id)
    store = ClutterStore(library)
    if args.restore is not None:
        report = restore_removed_block(library, args.id, args.restore)
        if args.json:
            print_json({"restored": args.restore, "annotations": report.summary()})
        else:
            print(f"restored block {args.restore} into article {args.id} ({report.summary()})")
        return 0
    blocks = store.blocks(args.id)
    if args.json:
        print_json([{"n": b.position, "reason": b.reason, "text": b.text} for b in blocks])
        return 0
    if not blocks:
        print(f"Nothing was removed from article {args.id}.")
        return 0
    for b in blocks:
        print(f"{b.position:>4}  {b.reason:<10}  {escape_controls(b.text)}")
    print(f"\nRestore one with: reader clutter {args.id} --restore N")
    return 0
