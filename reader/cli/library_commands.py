"""`reader import`, `reader list`, `reader show`."""

from __future__ import annotations

import shutil
import sys
import textwrap

from . import open_library, open_service, print_json, shown


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import files or folders (.txt .md .html .htm) or web pages "
        "(http:// or https:// addresses, fetched because you name them)",
    )
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="list the articles")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="print an article with its translation")
    p.add_argument("id", type=int)
    p.add_argument(
        "--visual", action="store_true", help="reorder right-to-left lines for terminals without bidi support"
    )
    p.set_defaults(handler=cmd_show)


def cmd_import(args) -> int:
    failed = 0
    for result in open_service(args).import_paths(args.paths):
        print(result.message, flush=True)
        failed += not result.ok
    if failed:
        print(f"reader: {failed} file(s) or page(s) could not be imported", file=sys.stderr)
    return 1 if failed else 0


def cmd_list(args) -> int:
    library = open_library(args)
    rows = library.list_articles()
    for row in rows:
        row["translation"] = row["translated"]  # provenance, e.g. he_en@1.5
        row["translated"] = row["translated"] is not None
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("The library is empty. Import articles with: reader import PATH...")
        return 0
    print(
        f"{'ID':>4}  {'LANG':4}  {'DATE':10}  {'PARAS':>5}  {'SENTS':>5}  {'WORDS':>6}  {'TRANSLATED':10}  TITLE"
    )
    for r in rows:
        translated = "yes" if r["translated"] else "no"
        print(
            f"{r['id']:>4}  {r['language']:4}  {(r['date'] or '-'):10}  {r['paragraphs']:>5}  "
            f"{r['sentences']:>5}  {r['words']:>6}  {translated:10}  {shown(r['title'])}"
        )
    return 0


def cmd_show(args) -> int:
    from ..core.text import is_rtl

    state = open_service(args).open_article(args.id)
    article, translation = state.article, state.translation
    width = shutil.get_terminal_size((100, 24)).columns
    rtl = is_rtl(article.language)

    def emit(text: str, indent: str = "", right_to_left: bool = False) -> None:
        text = shown(text)
        if not args.visual:
            print(indent + text)
            return
        # Wrap in logical order first, then reorder each line: reordering a
        # whole paragraph and letting the terminal wrap it would put the
        # beginning of the text on the last line. The pure-Python algorithm,
        # unlike bidi's compiled get_display, mirrors brackets: "(AI)" stays "(AI)".
        from bidi.algorithm import get_display

        for line in textwrap.wrap(text, max(20, width - len(indent))) or [""]:
            visual = get_display(line, base_dir="R" if right_to_left else "L")
            print(indent + (visual.rjust(width - len(indent)) if right_to_left else visual))

    emit(article.title, right_to_left=rtl)
    print(
        f"#{article.id} · {article.language} · {article.date or 'no date'} · {shown(article.source_path or '')}"
    )
    if state.provenances:
        print(f"translation: {', '.join(state.provenances)}")
    else:
        print(f"translation: none yet (install a {article.language}→en pack: reader packs available)")
    print()
    for i, text in enumerate(state.source.paragraphs):
        emit(text, right_to_left=rtl)
        if translation.text(i):
            emit(translation.text(i), indent="    ")
        print()
    return 0
