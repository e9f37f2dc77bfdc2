"""The command registry: every user action declared once.

Menus, shortcuts, the command palette, the help overlay and tests all read
`COMMANDS`. Default keys live in resources/keymap.json; a user key map in the
config folder overrides them (see `load_keymap`). Qt-free: the window binds a
handler to each id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..paths import resource


@dataclass(frozen=True)
class Command:
    id: str
    label: str
    menu: str            # top-level menu it appears in ("" = palette only)
    description: str = ""
    # "window": anywhere; "reading": when the reading view has focus; "list":
    # when the article list has focus (Ctrl+V pastes text elsewhere)
    scope: str = "window"


COMMANDS: list[Command] = [
    # File
    Command("import-files", "Import Files…", "File", "Import .txt, .md or .html articles"),
    Command("import-folder", "Import Folder…", "File", "Import every article in a folder"),
    Command("import-url", "Import from URL…", "File", "Fetch a web page and import its article"),
    Command("export-annotations", "Export Annotations…", "File", "Export annotations to CSV, JSON or Markdown"),
    Command("quit", "Quit", "File"),
    # Library
    Command("focus-filter", "Filter Articles", "Library", "Type to filter the article list"),
    Command("next-article", "Next Article", "Library"),
    Command("previous-article", "Previous Article", "Library"),
    Command("set-language", "Set Article Language…", "Library", "Override the detected language"),
    Command("search-library", "Search Library…", "Library", "Search all articles"),
    Command("paste-article", "Paste as Article", "Library",
            "Import the clipboard's HTML or text (or the page of a copied link) as an article", scope="list"),
    # Reading
    Command("next-sentence", "Next Sentence", "Reading", scope="reading"),
    Command("previous-sentence", "Previous Sentence", "Reading", scope="reading"),
    Command("next-paragraph", "Next Paragraph", "Reading", scope="reading"),
    Command("previous-paragraph", "Previous Paragraph", "Reading", scope="reading"),
    Command("switch-column", "Switch Column", "Reading", "Move between source and translation", scope="reading"),
    Command("search-article", "Find in Article…", "Reading"),
    Command("next-search-hit", "Next Search Hit", "Reading", scope="reading"),
    Command("select-sentence", "Select Current Sentence", "Reading", scope="reading"),
    Command("extend-selection-word", "Extend Selection by Word", "Reading", scope="reading"),
    Command("extend-selection-sentence", "Extend Selection by Sentence", "Reading", scope="reading"),
    Command("annotate", "Annotate Selection…", "Reading", "Add a note, tags and a colour", scope="reading"),
    Command("next-annotation", "Next Annotation", "Reading", scope="reading"),
    Command("next-entity", "Next Entity", "Reading", scope="reading"),
    # View
    Command("toggle-translation", "Show Translation Column", "View"),
    Command("focus-mode", "Focus Mode", "View", "One column, larger type"),
    Command("font-larger", "Larger Text", "View"),
    Command("font-smaller", "Smaller Text", "View"),
    Command("show-annotations", "Annotations Panel", "View"),
    Command("show-entities", "Entities Panel", "View"),
    Command("command-palette", "Command Palette…", "View"),
    # Translation
    Command("translate-article", "Translate Article", "Translation"),
    Command("translate-library", "Translate Whole Library", "Translation"),
    Command("cancel-translation", "Cancel Translation", "Translation"),
    Command("manage-packs", "Language Packs…", "Translation", "Install, download or remove translation packs"),
    Command("pack-offer", "Get the Packs This Library Needs…", "Translation",
            "Show the offer to download the needed language packs or install them from files"),
    # Help
    Command("help-keys", "Keyboard Shortcuts", "Help", "Every key binding"),
    Command("about", "About Reader", "Help"),
    Command("previous-search-hit", "Previous Search Hit", "Reading", scope="reading"),
    Command("toggle-read", "Mark Read / Unread", "Library", "Mark the current article read or unread"),
    Command("session-summary", "Session Summary…", "Library", "Time read, sentences advanced, annotations made"),
    Command("open-keymap-file", "Edit Key Map File…", "Help", "Open your keymap.json (created if missing)"),
    Command("reload-keymap", "Reload Key Map", "Help", "Apply changes made to your keymap.json"),
    Command("reset-keymap", "Reset Key Map to Defaults…", "Help", "Set your keymap.json aside and use the defaults"),
    Command("toggle-clutter", "Show Removed Clutter", "View",
            "Show, dimmed, the lines import removed as site clutter (menus, credits, comments...)"),
    Command("restore-clutter", "Restore Removed Block", "Reading",
            "Put the removed clutter block under the cursor or mouse back into the article", scope="reading"),
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
