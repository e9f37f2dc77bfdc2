"""The command registry: every user action declared once.

Menus, shortcuts, the command palette, the help overlay and tests all read
`COMMANDS`. Default keys live in resources/keymap.json; a user key map in the
config folder overrides them (see `load_keymap`). Qt-free: the window binds a
handler to each id; a handler declares the command it serves with `@handles`
(as qutebrowser's `@cmdutils.register`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..paths import resource


class CommandId(StrEnum):
    """One member per command; the value is the id used in key map files."""

    IMPORT_FILES = "import-files"
    IMPORT_FOLDER = "import-folder"
    IMPORT_URL = "import-url"
    EXPORT_ANNOTATIONS = "export-annotations"
    QUIT = "quit"
    FOCUS_FILTER = "focus-filter"
    NEXT_ARTICLE = "next-article"
    PREVIOUS_ARTICLE = "previous-article"
    SET_LANGUAGE = "set-language"
    SEARCH_LIBRARY = "search-library"
    PASTE_ARTICLE = "paste-article"
    NEXT_SENTENCE = "next-sentence"
    PREVIOUS_SENTENCE = "previous-sentence"
    NEXT_PARAGRAPH = "next-paragraph"
    PREVIOUS_PARAGRAPH = "previous-paragraph"
    SWITCH_COLUMN = "switch-column"
    SEARCH_ARTICLE = "search-article"
    NEXT_SEARCH_HIT = "next-search-hit"
    SELECT_SENTENCE = "select-sentence"
    EXTEND_SELECTION_WORD = "extend-selection-word"
    EXTEND_SELECTION_SENTENCE = "extend-selection-sentence"
    ANNOTATE = "annotate"
    NEXT_ANNOTATION = "next-annotation"
    NEXT_ENTITY = "next-entity"
    TOGGLE_TRANSLATION = "toggle-translation"
    FOCUS_MODE = "focus-mode"
    FONT_LARGER = "font-larger"
    FONT_SMALLER = "font-smaller"
    SHOW_ANNOTATIONS = "show-annotations"
    SHOW_ENTITIES = "show-entities"
    COMMAND_PALETTE = "command-palette"
    TRANSLATE_ARTICLE = "translate-article"
    TRANSLATE_LIBRARY = "translate-library"
    CANCEL_TRANSLATION = "cancel-translation"
    MANAGE_PACKS = "manage-packs"
    PACK_OFFER = "pack-offer"
    HELP_KEYS = "help-keys"
    ABOUT = "about"
    PREVIOUS_SEARCH_HIT = "previous-search-hit"
    TOGGLE_READ = "toggle-read"
    SESSION_SUMMARY = "session-summary"
    OPEN_KEYMAP_FILE = "open-keymap-file"
    RELOAD_KEYMAP = "reload-keymap"
    RESET_KEYMAP = "reset-keymap"
    TOGGLE_CLUTTER = "toggle-clutter"
    RESTORE_CLUTTER = "restore-clutter"


class Mode(StrEnum):
    """Where a binding is active (the key map is grouped by mode)."""

    WINDOW = "window"                    # anywhere in the main window
    READING = "reading"                  # the reading view has focus
    LIST = "list"                        # the article list has focus
    FILTER = "filter"                    # the article filter has focus
    FIND_BAR = "find-bar"
    ANNOTATION_DIALOG = "annotation-dialog"
    ANNOTATIONS_PANEL = "annotations-panel"
    PALETTE = "palette"
    STORY_VIEW = "story-view"


HANDLED_COMMAND = "_handles_command"
HANDLED_CHECKABLE = "_handles_checkable"

F = TypeVar("F", bound=Callable[..., Any])


def handles(command: CommandId, *, checkable: bool = False) -> Callable[[F], F]:
    """Mark a method as the handler of `command`; `host.bind_commands(owner)`
    binds every marked method of `owner`."""

    def mark(function: F) -> F:
        setattr(function, HANDLED_COMMAND, CommandId(command))
        setattr(function, HANDLED_CHECKABLE, checkable)
        return function

    return mark


def handled_command(function: object) -> tuple[CommandId, bool] | None:
    """The (command, checkable) a `@handles` method serves, else None."""
    command = getattr(function, HANDLED_COMMAND, None)
    if command is None:
        return None
    return command, bool(getattr(function, HANDLED_CHECKABLE, False))


@dataclass(frozen=True)
class Command:
    id: CommandId
    label: str
    menu: str            # top-level menu it appears in ("" = palette only)
    description: str = ""
    # WINDOW: anywhere; READING: when the reading view has focus; LIST: when
    # the article list has focus (Ctrl+V pastes text elsewhere)
    mode: Mode = Mode.WINDOW

    @property
    def scope(self) -> str:
        """The old name of `mode` (kept while callers move over)."""
        return self.mode.value


COMMANDS: list[Command] = [
    # File
    Command(CommandId.IMPORT_FILES, "Import Files…", "File", "Import .txt, .md or .html articles"),
    Command(CommandId.IMPORT_FOLDER, "Import Folder…", "File", "Import every article in a folder"),
    Command(CommandId.IMPORT_URL, "Import from URL…", "File", "Fetch a web page and import its article"),
    Command(CommandId.EXPORT_ANNOTATIONS, "Export Annotations…", "File", "Export annotations to CSV, JSON or Markdown"),
    Command(CommandId.QUIT, "Quit", "File"),
    # Library
    Command(CommandId.FOCUS_FILTER, "Filter Articles", "Library", "Type to filter the article list"),
    Command(CommandId.NEXT_ARTICLE, "Next Article", "Library"),
    Command(CommandId.PREVIOUS_ARTICLE, "Previous Article", "Library"),
    Command(CommandId.SET_LANGUAGE, "Set Article Language…", "Library", "Override the detected language"),
    Command(CommandId.SEARCH_LIBRARY, "Search Library…", "Library", "Search all articles"),
    Command(CommandId.PASTE_ARTICLE, "Paste as Article", "Library",
            "Import the clipboard's HTML or text (or the page of a copied link) as an article", mode=Mode.LIST),
    # Reading
    Command(CommandId.NEXT_SENTENCE, "Next Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_SENTENCE, "Previous Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.NEXT_PARAGRAPH, "Next Paragraph", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_PARAGRAPH, "Previous Paragraph", "Reading", mode=Mode.READING),
    Command(CommandId.SWITCH_COLUMN, "Switch Column", "Reading", "Move between source and translation", mode=Mode.READING),
    Command(CommandId.SEARCH_ARTICLE, "Find in Article…", "Reading"),
    Command(CommandId.NEXT_SEARCH_HIT, "Next Search Hit", "Reading", mode=Mode.READING),
    Command(CommandId.SELECT_SENTENCE, "Select Current Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.EXTEND_SELECTION_WORD, "Extend Selection by Word", "Reading", mode=Mode.READING),
    Command(CommandId.EXTEND_SELECTION_SENTENCE, "Extend Selection by Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.ANNOTATE, "Annotate Selection…", "Reading", "Add a note, tags and a colour", mode=Mode.READING),
    Command(CommandId.NEXT_ANNOTATION, "Next Annotation", "Reading", mode=Mode.READING),
    Command(CommandId.NEXT_ENTITY, "Next Entity", "Reading", mode=Mode.READING),
    # View
    Command(CommandId.TOGGLE_TRANSLATION, "Show Translation Column", "View"),
    Command(CommandId.FOCUS_MODE, "Focus Mode", "View", "One column, larger type"),
    Command(CommandId.FONT_LARGER, "Larger Text", "View"),
    Command(CommandId.FONT_SMALLER, "Smaller Text", "View"),
    Command(CommandId.SHOW_ANNOTATIONS, "Annotations Panel", "View"),
    Command(CommandId.SHOW_ENTITIES, "Entities Panel", "View"),
    Command(CommandId.COMMAND_PALETTE, "Command Palette…", "View"),
    # Translation
    Command(CommandId.TRANSLATE_ARTICLE, "Translate Article", "Translation"),
    Command(CommandId.TRANSLATE_LIBRARY, "Translate Whole Library", "Translation"),
    Command(CommandId.CANCEL_TRANSLATION, "Cancel Translation", "Translation"),
    Command(CommandId.MANAGE_PACKS, "Language Packs…", "Translation", "Install, download or remove translation packs"),
    Command(CommandId.PACK_OFFER, "Get the Packs This Library Needs…", "Translation",
            "Show the offer to download the needed language packs or install them from files"),
    # Help
    Command(CommandId.HELP_KEYS, "Keyboard Shortcuts", "Help", "Every key binding"),
    Command(CommandId.ABOUT, "About Reader", "Help"),
    Command(CommandId.PREVIOUS_SEARCH_HIT, "Previous Search Hit", "Reading", mode=Mode.READING),
    Command(CommandId.TOGGLE_READ, "Mark Read / Unread", "Library", "Mark the current article read or unread"),
    Command(CommandId.SESSION_SUMMARY, "Session Summary…", "Library", "Time read, sentences advanced, annotations made"),
    Command(CommandId.OPEN_KEYMAP_FILE, "Edit Key Map File…", "Help", "Open your keymap.json (created if missing)"),
    Command(CommandId.RELOAD_KEYMAP, "Reload Key Map", "Help", "Apply changes made to your keymap.json"),
    Command(CommandId.RESET_KEYMAP, "Reset Key Map to Defaults…", "Help", "Set your keymap.json aside and use the defaults"),
    Command(CommandId.TOGGLE_CLUTTER, "Show Removed Clutter", "View",
            "Show, dimmed, the lines import removed as site clutter (menus, credits, comments...)"),
    Command(CommandId.RESTORE_CLUTTER, "Restore Removed Block", "Reading",
            "Put the removed clutter block under the cursor or mouse back into the article", mode=Mode.READING),
]

BY_ID = {command.id: command for command in COMMANDS}
MENUS = ["File", "Library", "Reading", "View", "Translation", "Help"]


def default_keymap() -> dict[str, list[str]]:
    with open(resource("keymap.json"), encoding="utf-8") as handle:
        return {k: list(v) for k, v in json.load(handle).items() if not k.startswith("_")}


@dataclass
class KeymapReport:
    keymap: dict[str, list[str]]
    problems: list[str]


def load_keymap(user_file: Path | None = None) -> KeymapReport:
    """Defaults, overridden per command by the user's file; problems
    (unknown commands, a key bound twice, unreadable file) are reported, and
    the conflicting user binding loses to nothing: the key is dropped from the
    later command so one key never fires two actions."""
    keymap = default_keymap()
    problems: list[str] = []
    if user_file and user_file.exists():
        try:
            user = json.loads(user_file.read_text(encoding="utf-8"))
            if not isinstance(user, dict):
                raise ValueError("expected an object {command: [keys]}")
        except (OSError, ValueError) as error:
            problems.append(f"{user_file}: ignored ({error})")
            user = {}
        for command_id, keys in user.items():
            if command_id.startswith("_"):
                continue
            if command_id not in BY_ID:
                problems.append(f"{user_file}: unknown command '{command_id}'")
                continue
            keymap[command_id] = [keys] if isinstance(keys, str) else list(keys)
    owner: dict[str, str] = {}
    for command in COMMANDS:
        kept = []
        for key in keymap.get(command.id, []):
            normal = key.replace(" ", "").lower()
            if normal in owner:
                problems.append(f"key '{key}' is bound to both '{owner[normal]}' and '{command.id}'; "
                                f"kept for '{owner[normal]}'")
                continue
            owner[normal] = command.id
            kept.append(key)
        keymap[command.id] = kept
    return KeymapReport(keymap, problems)
