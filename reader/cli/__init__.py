"""Command line: `reader [--data-dir DIR] [COMMAND ...]`.

With no command the GUI opens; `reader FILE|URL...` opens it on those
(imported, the last one shown). Every command works on the same Qt-free core
as the GUI; heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__
from ..core import errors

COMMAND_MODULES = [
    "library_commands",
    "annotation_commands",
    "translation_commands",
    "entity_commands",
    "clutter_commands",
    "story_commands",
]  # each has register(subparsers)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The parser; `commands=False` leaves out every command but `gui`
    (registering them imports their modules, which the window's start-up
    does not need)."""
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read foreign-language news next to an offline English translation.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="library folder (default: $READER_DATA_DIR or the platform data folder)",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="print 'first paint: N ms' once the window has painted, then exit",
    )
    gui.add_argument("--screenshot", metavar="PNG", help="save a screenshot after first paint, then exit")
    gui.add_argument("--article", type=int, metavar="ID", help="open this article")
    gui.add_argument(
        "sources",
        nargs="*",
        metavar="FILE|URL",
        help="import these files, folders or web pages and open the last one",
    )
    gui.set_defaults(handler=_run_gui)

    import importlib

    for name in COMMAND_MODULES if commands else []:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def _first_word(argv: list[str]) -> int | None:
    """Where the first word that is not an option (nor --data-dir's value) is."""
    at = 0
    while at < len(argv):
        if argv[at] == "--data-dir":
            at += 2
        elif argv[at].startswith("-"):
            at += 1
        else:
            return at
    return None


def _names_source(word: str) -> bool:
    """`reader FILE|URL...` (what a file manager runs): a web address or a
    path rather than a command. A word with a slash is never a command; a
    bare name counts when such a file exists and no command has that name."""
    if word.lower().startswith(("http://", "https://", "file://")) or "/" in word:
        return True
    if not Path(word).exists():
        return False
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return word not in commands.choices


def _opens_gui(argv: list[str]) -> bool:
    """True when argv names no command but `gui` (and asks for no help)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version"):
            return False
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word == "gui"
    return True


# `reader [--data-dir DIR] [gui [--exit-after-paint] [--article ID] [--screenshot PNG]]`,
# the start of the window, is read without building argparse's parser (~9M
# instructions, ~1.5 ms of start-up); every other command line, help and
# errors included, goes through the parser.
_GUI_OPTIONS = {
    "--exit-after-paint": "exit_after_paint",
    "--article": "article",
    "--screenshot": "screenshot",
}


def _plain_gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments argparse would give such a command line, else None."""
    args = argparse.Namespace(
        data_dir=None, command="gui", handler=_run_gui, exit_after_paint=False, screenshot=None, article=None
    )
    words = list(argv)
    if words[:1] == ["--data-dir"] and len(words) > 1 and not words[1].startswith("-"):
        args.data_dir = words[1]
        del words[:2]
    if words and words.pop(0) != "gui":
        return None
    while words:
        option = _GUI_OPTIONS.get(words.pop(0))
        if option == "exit_after_paint":
            args.exit_after_paint = True
        elif option is None or not words or words[0].startswith("-"):
            return None
        elif option == "article":
            if not (words[0].isascii() and words[0].isdigit()):
                return None
            args.article = int(words.pop(0))
        else:
            args.screenshot = words.pop(0)
    args.sources = []
    return args


def _run_gui(args) -> int:
    import gc

    gc.disable()  # until the window's first paint (see ui.app.run_gui)
    from ..ui.app import run_gui

    return run_gui(args)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """argparse's reading of the command line: (arguments, the words left
    for Qt, as `-platform offscreen`)."""
    first = _first_word(argv)
    if first is not None and _names_source(argv[first]):
        argv.insert(first, "gui")
    parser = build_parser(commands=not _opens_gui(argv))
    args, qt_args = parser.parse_known_args(argv)
    if args.command is None:
        # `gui` after the main options: `reader --data-dir DIR` opens the window
        args = parser.parse_args([*argv, "gui"]) if not qt_args else args
        args.command, args.handler = "gui", _run_gui
        args.exit_after_paint = getattr(args, "exit_after_paint", False)
        args.screenshot = getattr(args, "screenshot", None)
        args.article = getattr(args, "article", None)
        args.sources = getattr(args, "sources", [])
    elif qt_args and args.command != "gui":
        parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
    return args, qt_args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _plain_gui_arguments(argv)
    if args is None:
        args, qt_args = _parse(argv)
    else:
        qt_args = []
    args.qt_args = qt_args
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeTerminal(stdout), SafeTerminal(stderr)
    try:
        return args.handler(args) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        if not isinstance(error, errors.ReaderError):
            raise
        # Any problem the core explains (a damaged or read-only library, an
        # unknown article, a quote not found...) ends the command with the
        # explanation, never a traceback.
        code, hint = exit_code(error)
        print(f"reader: {error}{hint}", file=sys.stderr)
        return code
    finally:
        sys.stdout, sys.stderr = stdout, stderr


# How each core error ends a command, most specific first: (error type, exit
# code, hint added to its message). 2: the library cannot be used or the
# arguments make no sense; 1: what was asked for cannot be done; 130: cancelled.
EXIT_CODES: tuple[tuple[type[errors.ReaderError], int, str], ...] = (
    (errors.Cancelled, 130, ""),
    (errors.ArticleNotFound, 1, " (see `reader list`)"),
    (errors.NotFound, 1, ""),
    (errors.LibraryError, 2, ""),
    (errors.UsageError, 2, ""),
    (errors.AmbiguousQuote, 1, "; choose one with --occurrence N (1 to {error.count})"),
    (errors.TranslationMissing, 1, " (run `reader translate {error.article_id}`)"),
    (errors.ReaderError, 1, ""),
)


def exit_code(error: errors.ReaderError) -> tuple[int, str]:
    """(exit code, hint to add to the message) for a core error (EXIT_CODES):
    the one place where errors become exit codes."""
    for kind, code, hint in EXIT_CODES:
        if isinstance(error, kind):
            return code, hint.format(error=error)
    return 1, ""


class SafeTerminal:
    """Standard output or error with every control character, direction
    control and lone surrogate written as an escape (core.safe_text): a title
    starting with ESC ] cannot retitle or clear the terminal, a pack entry
    cannot reorder the line. Newlines, tabs and carriage returns pass, so
    printers escape them inside fields themselves (`shown`). JSON stays valid:
    the escapes are JSON escapes."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        from ..core.safe_text import escape_controls

        return self._stream.write(escape_controls(text, keep_layout=True))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def shown(value) -> str:
    """One field of a line of output (a title, a tag, a file name): every
    control, line break included, shown as an escape."""
    from ..core.safe_text import escape_controls, path_text

    return escape_controls(path_text(value) if isinstance(value, Path) else str(value))


def open_library(args):
    """The library for a command (the sample articles are imported on its
    first run); a LibraryError ends the command (exit 2, see `exit_code`)."""
    from ..core.library import seed_if_first_run
    from ..core.storage import Library
    from ..paths import data_dir

    library = Library(data_dir(args.data_dir))
    seed_if_first_run(library)
    return library


def open_service(args):
    """The `core.service.ReaderService` on the command's library."""
    from ..core.service import ReaderService

    return ReaderService(open_library(args))


def print_json(value) -> None:
    """Machine-readable output: UTF-8 text as is (Hebrew and Arabic unescaped)."""
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


def data_path(args) -> Path:
    from ..paths import data_dir

    return data_dir(args.data_dir)
