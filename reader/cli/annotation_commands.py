"""`reader annotate`, `reader export`, `reader annotations`, `reader import-annotations`."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.errors import BadInput
from ..core.panes import PANES, Pane
from . import open_library, open_service, print_json, shown


def register(sub) -> None:
    p = sub.add_parser("annotate", help="annotate a passage of an article; prints the new id")
    p.add_argument("id", type=int, metavar="ID", help="article id (see `reader list`)")
    p.add_argument(
        "--quote", required=True, metavar="TEXT", help="the exact passage, as stored (logical order)"
    )
    p.add_argument("--pane", choices=list(PANES), default=Pane.SOURCE)
    p.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which occurrence of the quote, counting from 1 in reading order",
    )
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="repeat for several tags")
    # Checked against the palette (resources/colors.json) when the command runs,
    # so building the parser stays cheap for the GUI's start-up.
    p.add_argument("--color", default="yellow", metavar="NAME", help="a palette colour (default yellow)")
    p.set_defaults(handler=cmd_annotate)

    p = sub.add_parser("export", help="export annotations to CSV, JSON or Markdown")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--csv", dest="format", action="store_const", const="csv")
    kind.add_argument("--json", dest="format", action="store_const", const="json")
    kind.add_argument("--markdown", dest="format", action="store_const", const="markdown")
    p.add_argument("out", metavar="OUT", help="output file ('-' for standard output)")
    p.add_argument("--article", type=int, action="append", metavar="ID", help="only these articles")
    p.add_argument("--tag", action="append", metavar="TAG", help="only annotations with any of these tags")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("annotations", help="list annotations")
    p.add_argument("id", type=int, nargs="?", metavar="ID", help="only this article")
    p.add_argument("--tag", action="append", metavar="TAG")
    p.add_argument("--orphans", action="store_true", help="only annotations whose text was not found")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_annotations)

    p = sub.add_parser("import-annotations", help="restore annotations from a JSON export")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_import_annotations)


def cmd_annotate(args) -> int:
    service = open_service(args)
    annotation = service.annotate(
        args.id,
        args.pane,
        quote=args.quote,
        occurrence=args.occurrence,
        note=args.note,
        tags=args.tag,
        color=args.color,
    )
    # Printed only after the commit: once the id is shown, the annotation is on disk.
    print(annotation.id, flush=True)
    return 0


def cmd_export(args) -> int:
    service = open_service(args)
    if args.out != "-" and not Path(args.out).resolve().parent.is_dir():
        raise BadInput(f"cannot write {args.out}: the folder does not exist")
    try:
        count = service.export(args.format, args.out, article_ids=args.article, tags=args.tag)
    except OSError as error:
        raise BadInput(f"cannot write {args.out}: {error.strerror or error}") from error
    print(f"exported {count} annotation(s) to {args.out}", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def cmd_annotations(args) -> int:
    from ..core.storage.annotations import AnnotationStore

    library = open_library(args)
    rows = AnnotationStore(library).list(args.id, tag=args.tag, orphans=True if args.orphans else None)
    if args.json:
        print_json([a.to_dict() for a in rows])
        return 0
    if not rows:
        print("No annotations.")
    for a in rows:
        flags = " ORPHANED" if a.orphaned else ""
        tags = f" [{', '.join(map(shown, a.tags))}]" if a.tags else ""
        print(
            f"{a.id:>5}  article {a.article_id} {a.pane} ¶{a.paragraph + 1} {a.start}-{a.end} "
            f"{shown(a.color)}{tags}{flags}: {shown(a.quote)}"
        )
        if a.note:
            print("       " + a.note.replace("\n", "\n       "))
    return 0


def cmd_import_annotations(args) -> int:
    from ..core.errors import ReaderError
    from ..core.export import import_json

    library = open_library(args)
    try:
        report = import_json(library, args.file)
    except ReaderError:
        raise
    except (OSError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        raise BadInput(f"cannot import {args.file}: {error}") from error
    print(report.summary())
    return 0
