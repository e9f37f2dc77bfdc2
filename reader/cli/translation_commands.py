"""`reader packs ...` and `reader translate ...`."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from . import open_library, open_service, print_json, shown


def register(sub) -> None:
    packs = sub.add_parser("packs", help="translation packs: list, available, install, download, remove")
    packs_sub = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    p = packs_sub.add_parser("list", help="installed packs")
    p.add_argument("--json", action="store_true")
    p = packs_sub.add_parser("available", help="packs in the online index (uses the network)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--index-url", help="another pack index (JSON)")
    p = packs_sub.add_parser("install", help="install a .argosmodel file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p = packs_sub.add_parser("download", help="download and install a pack, e.g. he_en (uses the network)")
    p.add_argument("code")
    p.add_argument("--index-url", help="another pack index (JSON)")
    p.add_argument("--json", action="store_true")
    p = packs_sub.add_parser("remove", help="remove an installed pack, e.g. he_en")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    packs.set_defaults(handler=cmd_packs)

    p = sub.add_parser("translate", help="translate articles with the installed packs")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--all", action="store_true", help="every article of the library")
    p.add_argument("--force", action="store_true", help="translate again even if cached")
    p.set_defaults(handler=cmd_translate)


def _pack_dict(pack) -> dict:
    return {
        "code": pack.code,
        "from": pack.from_code,
        "to": pack.to_code,
        "name": pack.name,
        "version": pack.package_version,
        "size_bytes": pack.size_bytes,
        "path": str(pack.path),
        "sha256": pack.sha256,
    }


def cmd_packs(args) -> int:
    from ..core.errors import ReaderError
    from ..core.packs import DEFAULT_INDEX_URL, PackManager
    from . import data_path

    action = args.packs_command
    try:
        manager = PackManager(data_path(args))
        if action == "list":
            installed = manager.list_installed()
            if args.json:
                print_json([_pack_dict(p) for p in installed])
            elif not installed:
                print("No translation packs installed. Install one: reader packs install FILE.argosmodel")
            for pack in installed if not args.json else []:
                print(
                    f"{pack.code:8} {shown(pack.package_version):8} {pack.size_bytes / 1e6:7.1f} MB  {shown(pack.name)}"
                )
                print(f"{'':8} sha256 {pack.sha256 or 'not recorded (installed by an older Reader)'}")
            _print_suggestions(args, manager)
        elif action == "available":
            available = manager.fetch_index(args.index_url or DEFAULT_INDEX_URL)
            if args.json:
                print_json(
                    [{"code": p.code, "name": p.name, "version": p.package_version} for p in available]
                )
            else:
                for pack in available:
                    print(f"{pack.code:8} {shown(pack.package_version):8} {shown(pack.name)}")
        elif action == "install":
            pack = manager.install_file(args.file)
            _report(args, pack, f"installed {pack.label} ({pack.name})")
        elif action == "download":

            def progress(done, total):
                if total:
                    print(
                        f"\rdownloading {args.code}: {done * 100 // total}%",
                        end="",
                        file=sys.stderr,
                        flush=True,
                    )

            pack = manager.download(args.code, progress, index_url=args.index_url or DEFAULT_INDEX_URL)
            print(file=sys.stderr)
            _report(args, pack, f"installed {pack.label} ({pack.name})")
        elif action == "remove":
            pack = manager.remove(args.code)
            _report(args, pack, f"removed {pack.label}")
    except OSError as error:  # network unreachable, disk full...
        raise ReaderError(f"{action} failed: {error}") from error
    return 0


def _print_suggestions(args, manager) -> None:
    if args.json:
        return
    needed = manager.suggested_packs(open_library(args).languages())
    if needed:
        print(f"The library needs: {', '.join(needed)}")


def _report(args, pack, message: str) -> None:
    if args.json:
        print_json(_pack_dict(pack))
    else:
        print(message)


def cmd_translate(args) -> int:
    from ..core.errors import Cancelled, PackMissing, UsageError

    if not args.ids and not args.all:
        raise UsageError("name article ids or --all")
    service = open_service(args)
    library = service.library
    ids = [row["id"] for row in library.list_articles()] if args.all else args.ids
    failed = 0
    cancel = threading.Event()
    for article_id in ids:
        row = library.list_articles([article_id])
        if not row:
            print(f"#{article_id}: no such article", file=sys.stderr)
            failed += 1
            continue
        if row[0]["language"] == "en":
            print(f"#{article_id}: already English", file=sys.stderr)
            continue

        def progress(done, total, article_id=article_id):
            print(f"\r#{article_id}: {done}/{total} sentences", end="", file=sys.stderr, flush=True)

        try:
            result = service.translate(article_id, on_progress=progress, cancel=cancel, force=args.force)
        except PackMissing as error:
            print(f"#{article_id}: {error}", file=sys.stderr)
            failed += 1
            continue
        except (KeyboardInterrupt, Cancelled):
            print(f"\n#{article_id}: cancelled", file=sys.stderr)
            return 130
        via = f" via {result.pivot}" if result.pivot else ""
        state = "cached" if result.cached else "translated"
        print(f"\r#{article_id}: {state} with {result.provenance}{via}", file=sys.stderr)
    return 1 if failed else 0
