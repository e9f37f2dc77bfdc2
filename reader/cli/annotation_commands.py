"""`reader annotate`, `reader export`, `reader annotations`, `reader import-annotations`."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from . import open_library, print_json, shown


def register(sub) -> None:
    p = sub.add_parser("annotate", help="annotate a passage of an article; prints the new id")
    p.add_argument("id", type=int, metavar="ID", help="article id (see `reader list`)")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the exact passage, as stored (logical order)")
    p.add_argument("--pane", choices=["source", "translation"], default="source")
    p.add_argument("--occurrence", type=int, metavar="N",
                   help="which occurrence of the quote, counting from 1 in reading order")
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


def _explained(command):
    """Database problems (damaged, read-only, locked) end the command with
    their explanation, never a traceback."""
    import functools

    @functools.wraps(command)
    def run(args) -> int:
        from ..core.storage import LibraryError

        try:
            return command(args)
        except LibraryError as error:
            _fail(error, 2)

    return run


def _fail(message, code: int = 1):
    print(f"reader: {message}", file=sys.stderr)
    raise SystemExit(code)


def find_occurrences(paragraphs: list[str], quote: str) -> list[tuple[int, int]]:
    """(paragraph, start) of every occurrence of `quote`, in reading order
    (overlapping occurrences count: "aa" occurs twice in "aaa")."""
    found = []
    for index, text in enumerate(paragraphs):
        start = text.find(quote)
        while start != -1:
            found.append((index, start))
            start = text.find(quote, start + 1)
    return found


@_explained
def cmd_annotate(args) -> int:
    from ..core.panes import PaneText
    from ..core.storage import LibraryError
    from ..core.storage.annotations import AnnotationStore

    from ..core.storage.annotations import load_palette

    if args.color not in load_palette():
        _fail(f"unknown colour '{args.color}': use one of {', '.join(load_palette())}", 2)
    library = open_library(args)
    article = library.get_article(args.id)
    if article is None:
        _fail(f"no article {args.id} (see `reader list`)")
    pane = PaneText.load(library, args.id, args.pane, article=article)
    if args.pane == "translation" and pane.empty:
        _fail(f"article {args.id} has no translation yet (run `reader translate {args.id}`)")
    # Stored text is NFC; a quote typed or pasted in another form must match it.
    quote = unicodedata.normalize("NFC", args.quote)
    if not quote.strip():
        _fail("the quote is empty")
    if "\n" in quote:
        _fail("a quote must lie inside one paragraph (it contains a line break)")
    found = find_occurrences(pane.paragraphs, quote)
    if not found:
        _fail(f"the quote was not found in the {args.pane} text of article {args.id} "
              "(it must match the stored text exactly, in logical order)")
    if args.occurrence is None and len(found) > 1:
        where = ", ".join(str(p + 1) for p, _ in found[:10]) + (", ..." if len(found) > 10 else "")
        _fail(f"the quote occurs {len(found)} times in the {args.pane} text of article {args.id} "
              f"(paragraphs {where}); choose one with --occurrence N (1 to {len(found)})")
    n = args.occurrence or 1
    if not 1 <= n <= len(found):
        _fail(f"--occurrence {n} is out of range: the quote occurs {len(found)} time(s)")
    paragraph, start = found[n - 1]
    try:
        annotation = AnnotationStore(library).create(
            args.id, args.pane, paragraph, start, start + len(quote),
            note=args.note, tags=args.tag, color=args.color)
    except LibraryError as error:
        _fail(error, 2)
    # Printed only after the commit: once the id is shown, the annotation is on disk.
    print(annotation.id, flush=True)
    return 0


@_explained
def cmd_export(args) -> int:
    from ..core.export import EXPORTERS
    from ..core.storage import LibraryError

    library = open_library(args)
    if args.article:
        missing = sorted(set(args.article) - {row["id"] for row in library.list_articles(args.article)})
        if missing:
            _fail(f"no article {', '.join(map(str, missing))} (see `reader list`)")
    if args.out != "-" and not Path(args.out).resolve().parent.is_dir():
        _fail(f"cannot write {args.out}: the folder does not exist")
    try:
        count = EXPORTERS[args.format](library, args.out, article_ids=args.article, tags=args.tag)
    except LibraryError as error:
        _fail(error, 2)
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror or error}")
    print(f"exported {count} annotation(s) to {args.out}", file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


@_explained
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
        print(f"{a.id:>5}  article {a.article_id} {a.pane} ¶{a.paragraph + 1} {a.start}-{a.end} "
              f"{shown(a.color)}{tags}{flags}: {shown(a.quote)}")
        if a.note:
            print("       " + a.note.replace("\n", "\n       "))
    return 0


@_explained
def cmd_import_annotations(args) -> int:
    from ..core.export import import_json
    from ..core.storage import LibraryError

    library = open_library(args)
    try:
        report = import_json(library, args.file)
    except (OSError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        _fail(f"cannot import {args.file}: {error}")
    except LibraryError as error:
        _fail(error, 2)
    print(report.summary())
    return 0
