"""The command registry: every user action declared once.

Menus, shortcuts, the command palette, the help overlay and tests all read
`COMMANDS`. Default keys live in resources/keymap.json; a user key map in the
config folder overrides them (see `load_keymap`). Qt-free: the window binds a
handler to each id; a handler declares the command it serves with `@handles`
(as qutebrowser's `@cmdutils.register`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

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
    FIRST_SENTENCE = "first-sentence"
    LAST_SENTENCE = "last-sentence"
    PREVIOUS_ENTITY = "previous-entity"
    PREVIOUS_ANNOTATION = "previous-annotation"
    SCROLL_PAGE_DOWN = "scroll-page-down"
    SCROLL_PAGE_UP = "scroll-page-up"
    CLEAR_SELECTION = "clear-selection"
    JUMP_BACK = "jump-back"
    JUMP_FORWARD = "jump-forward"
    # article filter and list
    FILTER_TO_LIST = "filter-to-list"
    LEAVE_FILTER = "leave-filter"
    LEAVE_LIST = "leave-list"
    READ_ARTICLE = "read-article"
    # find bar
    FIND_NEXT = "find-next"
    FIND_PREVIOUS = "find-previous"
    CLOSE_FIND_BAR = "close-find-bar"
    # annotations panel
    JUMP_TO_ANNOTATION = "jump-to-annotation"
    EDIT_ANNOTATION = "edit-annotation"
    DELETE_ANNOTATION = "delete-annotation"
    UNDO_DELETE_ANNOTATION = "undo-delete-annotation"
    LEAVE_ANNOTATIONS_PANEL = "leave-annotations-panel"
    LEAVE_ENTITIES_PANEL = "leave-entities-panel"
    # annotation dialog
    SAVE_ANNOTATION = "save-annotation"
    NEXT_COLOUR = "next-colour"
    PREVIOUS_COLOUR = "previous-colour"
    COLOUR_1 = "colour-1"
    COLOUR_2 = "colour-2"
    COLOUR_3 = "colour-3"
    COLOUR_4 = "colour-4"
    COLOUR_5 = "colour-5"
    COLOUR_6 = "colour-6"
    # command palette
    PALETTE_NEXT = "palette-next"
    PALETTE_PREVIOUS = "palette-previous"
    PALETTE_PAGE_DOWN = "palette-page-down"
    PALETTE_PAGE_UP = "palette-page-up"
    PALETTE_RUN = "palette-run"
    # stories (reader/ui/story_view.py)
    SHOW_STORY = "show-story"
    SHOW_ENTITY_STORIES = "show-entity-stories"
    BACK_TO_STORY = "back-to-story"
    STORY_BACK = "story-back"
    STORY_MATRIX = "story-matrix"
    STORY_SENTENCES = "story-sentences"
    STORY_TIMELINE = "story-timeline"
    STORY_NUMBERS = "story-numbers"
    STORY_QUOTATIONS = "story-quotations"
    STORY_EXPORT = "story-export"
    STORY_RENAME = "story-rename"
    STORY_TAKE_OUT = "story-take-out"
    # library search dialog
    SEARCH_TO_RESULTS = "search-to-results"
    OPEN_MATCH = "open-match"
    # help overlay
    CLOSE_HELP = "close-help"


class Mode(StrEnum):
    """Where a binding is active (the key map is grouped by mode)."""

    WINDOW = "window"  # anywhere in the main window
    READING = "reading"  # the reading view has focus
    LIST = "list"  # the article list has focus
    FILTER = "filter"  # the article filter has focus
    FIND_BAR = "find-bar"
    ANNOTATION_DIALOG = "annotation-dialog"
    ANNOTATIONS_PANEL = "annotations-panel"
    PALETTE = "palette"
    STORY_VIEW = "story-view"
    LIBRARY_SEARCH = "library-search"
    HELP_OVERLAY = "help-overlay"
    ENTITIES_PANEL = "entities-panel"


# Modes whose keys live in the main window: a WINDOW key also fires there, so
# a key bound in WINDOW and in one of these clashes. The dialogs (annotation
# dialog, palette) are windows of their own.
IN_WINDOW_MODES = frozenset(
    {
        Mode.READING,
        Mode.LIST,
        Mode.FILTER,
        Mode.FIND_BAR,
        Mode.ANNOTATIONS_PANEL,
        Mode.STORY_VIEW,
        Mode.HELP_OVERLAY,
        Mode.ENTITIES_PANEL,
    }
)
# Commands of these modes are actions of the main window (menus, palette);
# the others are bound by the widget of their mode.
WINDOW_ACTION_MODES = frozenset({Mode.WINDOW, Mode.READING, Mode.LIST, Mode.FILTER})

MODE_TITLES = {
    Mode.WINDOW: "Anywhere",
    Mode.READING: "Reading",
    Mode.LIST: "Article list",
    Mode.FILTER: "Article filter",
    Mode.FIND_BAR: "Find bar",
    Mode.ANNOTATION_DIALOG: "Annotation dialog",
    Mode.ANNOTATIONS_PANEL: "Annotations panel",
    Mode.PALETTE: "Command palette",
    Mode.STORY_VIEW: "Story view",
    Mode.LIBRARY_SEARCH: "Library search",
    Mode.HELP_OVERLAY: "Keyboard shortcuts (this overlay)",
    Mode.ENTITIES_PANEL: "Entities panel",
}


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
    """One action of the app: its menu entry, description and the mode its keys work in."""

    id: CommandId
    label: str
    menu: str  # top-level menu it appears in ("" = palette only)
    description: str = ""
    # WINDOW: anywhere; READING: when the reading view has focus; LIST: when
    # the article list has focus (Ctrl+V pastes text elsewhere)
    mode: Mode = Mode.WINDOW

    @property
    def scope(self) -> str:
        """The old name of `mode` (kept while callers move over)."""
        return self.mode.value

    @property
    def window_action(self) -> bool:
        """An action of the main window (else bound by its mode's widget)."""
        return self.mode in WINDOW_ACTION_MODES


COMMANDS: list[Command] = [
    # File
    Command(CommandId.IMPORT_FILES, "Import Files…", "File", "Import .txt, .md or .html articles"),
    Command(CommandId.IMPORT_FOLDER, "Import Folder…", "File", "Import every article in a folder"),
    Command(CommandId.IMPORT_URL, "Import from URL…", "File", "Fetch a web page and import its article"),
    Command(
        CommandId.EXPORT_ANNOTATIONS,
        "Export Annotations…",
        "File",
        "Export annotations to CSV, JSON or Markdown",
    ),
    Command(CommandId.QUIT, "Quit", "File"),
    # Library
    Command(CommandId.FOCUS_FILTER, "Filter Articles", "Library", "Type to filter the article list"),
    Command(CommandId.NEXT_ARTICLE, "Next Article", "Library"),
    Command(CommandId.PREVIOUS_ARTICLE, "Previous Article", "Library"),
    Command(CommandId.SET_LANGUAGE, "Set Article Language…", "Library", "Override the detected language"),
    Command(CommandId.SEARCH_LIBRARY, "Search Library…", "Library", "Search all articles"),
    Command(
        CommandId.PASTE_ARTICLE,
        "Paste as Article",
        "Library",
        "Import the clipboard's HTML or text (or the page of a copied link) as an article",
        mode=Mode.LIST,
    ),
    # Reading
    Command(CommandId.NEXT_SENTENCE, "Next Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_SENTENCE, "Previous Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.NEXT_PARAGRAPH, "Next Paragraph", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_PARAGRAPH, "Previous Paragraph", "Reading", mode=Mode.READING),
    Command(
        CommandId.SWITCH_COLUMN,
        "Switch Column",
        "Reading",
        "Move between source and translation",
        mode=Mode.READING,
    ),
    Command(CommandId.SEARCH_ARTICLE, "Find in Article…", "Reading"),
    Command(CommandId.NEXT_SEARCH_HIT, "Next Search Hit", "Reading", mode=Mode.READING),
    Command(CommandId.SELECT_SENTENCE, "Select Current Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.EXTEND_SELECTION_WORD, "Extend Selection by Word", "Reading", mode=Mode.READING),
    Command(
        CommandId.EXTEND_SELECTION_SENTENCE, "Extend Selection by Sentence", "Reading", mode=Mode.READING
    ),
    Command(
        CommandId.ANNOTATE,
        "Annotate Selection…",
        "Reading",
        "Add a note, tags and a colour",
        mode=Mode.READING,
    ),
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
    Command(
        CommandId.MANAGE_PACKS,
        "Language Packs…",
        "Translation",
        "Install, download or remove translation packs",
    ),
    Command(
        CommandId.PACK_OFFER,
        "Get the Packs This Library Needs…",
        "Translation",
        "Show the offer to download the needed language packs or install them from files",
    ),
    # Help
    Command(CommandId.HELP_KEYS, "Keyboard Shortcuts", "Help", "Every key binding"),
    Command(CommandId.ABOUT, "About Reader", "Help"),
    Command(CommandId.PREVIOUS_SEARCH_HIT, "Previous Search Hit", "Reading", mode=Mode.READING),
    Command(
        CommandId.TOGGLE_READ, "Mark Read / Unread", "Library", "Mark the current article read or unread"
    ),
    Command(
        CommandId.SESSION_SUMMARY,
        "Session Summary…",
        "Library",
        "Time read, sentences advanced, annotations made",
    ),
    Command(
        CommandId.OPEN_KEYMAP_FILE, "Edit Key Map File…", "Help", "Open your keymap.json (created if missing)"
    ),
    Command(CommandId.RELOAD_KEYMAP, "Reload Key Map", "Help", "Apply changes made to your keymap.json"),
    Command(
        CommandId.RESET_KEYMAP,
        "Reset Key Map to Defaults…",
        "Help",
        "Set your keymap.json aside and use the defaults",
    ),
    Command(
        CommandId.TOGGLE_CLUTTER,
        "Show Removed Clutter",
        "View",
        "Show, dimmed, the lines import removed as site clutter (menus, credits, comments...)",
    ),
    Command(
        CommandId.RESTORE_CLUTTER,
        "Restore Removed Block",
        "Reading",
        "Put the removed clutter block under the cursor or mouse back into the article",
        mode=Mode.READING,
    ),
    Command(CommandId.FIRST_SENTENCE, "First Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.LAST_SENTENCE, "Last Sentence", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_ENTITY, "Previous Entity", "Reading", mode=Mode.READING),
    Command(CommandId.PREVIOUS_ANNOTATION, "Previous Annotation", "Reading", mode=Mode.READING),
    Command(
        CommandId.SCROLL_PAGE_DOWN,
        "Scroll Down a Page",
        "Reading",
        "Scroll without moving the reading cursor",
        mode=Mode.READING,
    ),
    Command(
        CommandId.SCROLL_PAGE_UP,
        "Scroll Up a Page",
        "Reading",
        "Scroll without moving the reading cursor",
        mode=Mode.READING,
    ),
    Command(
        CommandId.CLEAR_SELECTION,
        "Clear Selection / Leave Focus Mode",
        "",
        "Drop the selection; with none, leave focus mode",
        mode=Mode.READING,
    ),
    Command(
        CommandId.JUMP_BACK,
        "Jump Back",
        "Reading",
        "Back to where the reading cursor was before the last jump (entity, search, annotation, article)",
    ),
    Command(CommandId.JUMP_FORWARD, "Jump Forward", "Reading", "Forward again to where Jump Back came from"),
    # Keys of one widget each (no menu: the help overlay lists them by mode)
    Command(
        CommandId.FILTER_TO_LIST,
        "Go to the Article List",
        "",
        "The first listed article becomes current",
        mode=Mode.FILTER,
    ),
    Command(CommandId.LEAVE_FILTER, "Back to the Text", "", mode=Mode.FILTER),
    Command(CommandId.LEAVE_LIST, "Back to the Text", "", mode=Mode.LIST),
    Command(
        CommandId.READ_ARTICLE,
        "Read the Article",
        "",
        "From the list into the current article's text",
        mode=Mode.LIST,
    ),
    Command(CommandId.FIND_NEXT, "Next Match", "", mode=Mode.FIND_BAR),
    Command(CommandId.FIND_PREVIOUS, "Previous Match", "", mode=Mode.FIND_BAR),
    Command(CommandId.CLOSE_FIND_BAR, "Close, Back to the Text", "", mode=Mode.FIND_BAR),
    Command(CommandId.JUMP_TO_ANNOTATION, "Jump to the Passage", "", mode=Mode.ANNOTATIONS_PANEL),
    Command(CommandId.EDIT_ANNOTATION, "Edit Annotation…", "", mode=Mode.ANNOTATIONS_PANEL),
    Command(
        CommandId.DELETE_ANNOTATION, "Delete Annotation", "", "It can be undone", mode=Mode.ANNOTATIONS_PANEL
    ),
    Command(CommandId.UNDO_DELETE_ANNOTATION, "Undo Delete", "", mode=Mode.ANNOTATIONS_PANEL),
    Command(CommandId.LEAVE_ANNOTATIONS_PANEL, "Back to the Text", "", mode=Mode.ANNOTATIONS_PANEL),
    Command(CommandId.LEAVE_ENTITIES_PANEL, "Back to the Text", "", mode=Mode.ENTITIES_PANEL),
    Command(CommandId.SAVE_ANNOTATION, "Save", "", mode=Mode.ANNOTATION_DIALOG),
    Command(
        CommandId.NEXT_COLOUR,
        "Next Colour",
        "",
        "While a colour button has the focus",
        mode=Mode.ANNOTATION_DIALOG,
    ),
    Command(
        CommandId.PREVIOUS_COLOUR,
        "Previous Colour",
        "",
        "While a colour button has the focus",
        mode=Mode.ANNOTATION_DIALOG,
    ),
    *(
        Command(
            CommandId(f"colour-{n}"),
            f"Colour {n}",
            "",
            "Pick the n-th colour of the palette",
            mode=Mode.ANNOTATION_DIALOG,
        )
        for n in range(1, 7)
    ),
    Command(CommandId.PALETTE_NEXT, "Next Command", "", mode=Mode.PALETTE),
    Command(CommandId.PALETTE_PREVIOUS, "Previous Command", "", mode=Mode.PALETTE),
    Command(CommandId.PALETTE_PAGE_DOWN, "A Page Down", "", mode=Mode.PALETTE),
    Command(CommandId.PALETTE_PAGE_UP, "A Page Up", "", mode=Mode.PALETTE),
    Command(CommandId.PALETTE_RUN, "Run the Chosen Command", "", mode=Mode.PALETTE),
    Command(
        CommandId.SHOW_STORY,
        "Show Story",
        "Library",
        "Compare the articles telling the open article's story: who is named where, dates, numbers, quotations",
    ),
    Command(
        CommandId.SHOW_ENTITY_STORIES,
        "Stories Naming the Entity",
        "Library",
        "The story view for the entity selected in the entities panel",
    ),
    Command(
        CommandId.BACK_TO_STORY,
        "Back to the Story",
        "Library",
        "Return to the story view at the sentence last opened from it (also Esc right after opening it)",
    ),
    Command(
        CommandId.STORY_BACK,
        "Back / Close",
        "",
        "From a part back to the matrix; from the matrix, close",
        mode=Mode.STORY_VIEW,
    ),
    Command(CommandId.STORY_MATRIX, "Go to the Matrix", "", mode=Mode.STORY_VIEW),
    Command(CommandId.STORY_SENTENCES, "Go to the Sentences", "", mode=Mode.STORY_VIEW),
    Command(CommandId.STORY_TIMELINE, "Timeline", "", "The dates the articles mention", mode=Mode.STORY_VIEW),
    Command(CommandId.STORY_NUMBERS, "Numbers", "", "The numbers the articles report", mode=Mode.STORY_VIEW),
    Command(
        CommandId.STORY_QUOTATIONS, "Quotations", "", "Quotations grouped by speaker", mode=Mode.STORY_VIEW
    ),
    Command(
        CommandId.STORY_EXPORT,
        "Export the Comparison…",
        "",
        "The story's comparison as CSV (one row per entity sentence) or Markdown",
        mode=Mode.STORY_VIEW,
    ),
    Command(
        CommandId.STORY_RENAME,
        "Rename the Story…",
        "",
        "A name of your own, kept when the stories are regrouped",
        mode=Mode.STORY_VIEW,
    ),
    Command(
        CommandId.STORY_TAKE_OUT,
        "Take the Article Out of the Story",
        "",
        "The article of the matrix cursor's column leaves the story, also after regrouping",
        mode=Mode.STORY_VIEW,
    ),
    Command(CommandId.SEARCH_TO_RESULTS, "Go to the Matches", "", mode=Mode.LIBRARY_SEARCH),
    Command(CommandId.OPEN_MATCH, "Open the Article at the Match", "", mode=Mode.LIBRARY_SEARCH),
    Command(CommandId.CLOSE_HELP, "Close, Back to Where You Were", "", mode=Mode.HELP_OVERLAY),
]
COLOUR_COMMANDS = [CommandId(f"colour-{n}") for n in range(1, 7)]

BY_ID: dict[str, Command] = {command.id: command for command in COMMANDS}  # CommandId members are str
MENUS = ["File", "Library", "Reading", "View", "Translation", "Help"]


KEYMAP_FILE_NAME = "keymap.json"


# --- key names ------------------------------------------------------------------------
# Qt key sequence syntax ("Ctrl+Shift+P", "G, G"), normalised here without Qt
# so the core can compare bindings; the result is what Qt's PortableText gives.

MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")  # Qt's order
_MODIFIER_NAMES = {"meta": "Meta", "ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift"}
_NAMED_KEYS = {
    name.lower(): name
    for name in (
        "Esc",
        "Tab",
        "Backtab",
        "Backspace",
        "Return",
        "Enter",
        "Ins",
        "Del",
        "Pause",
        "Print",
        "SysReq",
        "Home",
        "End",
        "Left",
        "Up",
        "Right",
        "Down",
        "PgUp",
        "PgDown",
        "Space",
        "Menu",
        "Help",
        "CapsLock",
        "NumLock",
        "ScrollLock",
        *(f"F{n}" for n in range(1, 36)),
    )
}
_NAMED_KEYS |= {
    "escape": "Esc",
    "delete": "Del",
    "insert": "Ins",
    "pageup": "PgUp",
    "page up": "PgUp",
    "pagedown": "PgDown",
    "page down": "PgDown",
}
MAX_CHORDS = 4  # Qt's limit on a key sequence


class KeyNameError(ValueError):
    """A key name Qt would not understand ("Ctrl+Foo")."""


def _normalise_chord(text: str) -> str:
    text = text.strip()
    # The key follows the last '+'; a '+' alone, or doubled at the end, is the key ("Ctrl++").
    if text == "+":
        parts, key = [], "+"
    elif text.endswith("++"):
        parts, key = text[:-2].split("+"), "+"
    else:
        *parts, key = text.split("+")
    modifiers = set()
    for part in parts:
        name = _MODIFIER_NAMES.get(part.strip().lower())
        if name is None:
            raise KeyNameError(f"unknown modifier '{part.strip()}'")
        modifiers.add(name)
    key = key.strip()
    if len(key) == 1 and key.isprintable():
        key = key.upper()
    elif key.lower() in _NAMED_KEYS:
        key = _NAMED_KEYS[key.lower()]
    else:
        raise KeyNameError(f"unknown key '{key}'" if key else "no key after the modifiers")
    return "+".join([*(m for m in MODIFIERS if m in modifiers), key])


def split_chords(text: str) -> list[str]:
    """'G, G' -> ['G', 'G']; a comma that is a key stays ('Ctrl+,')."""
    chords, current = [], ""
    for char in text:
        if char == "," and current.strip() and not current.endswith("+"):
            chords.append(current)
            current = ""
        else:
            current += char
    chords.append(current)
    return chords


def normalise_key(text: str) -> str:
    """One spelling per key sequence: 'shift+ctrl+a' -> 'Ctrl+Shift+A',
    'Escape' -> 'Esc', 'g,g' -> 'G, G'. Raises KeyNameError for unknown names."""
    if not isinstance(text, str):
        raise KeyNameError(f"not a key name: {text!r}")
    chords = split_chords(text)
    if len(chords) > MAX_CHORDS:
        raise KeyNameError(f"more than {MAX_CHORDS} keys in '{text}'")
    return ", ".join(_normalise_chord(chord) for chord in chords)


def keys_clash(first: str, second: str) -> bool:
    """The same sequence, or one starts the other ('G' and 'G, G'): Qt could
    not tell which is meant."""
    a, b = first.split(", "), second.split(", ")
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def modes_overlap(first: Mode, second: Mode) -> bool:
    if first == second:
        return True
    pair = {first, second}
    return Mode.WINDOW in pair and bool(pair & IN_WINDOW_MODES)


# --- key maps ---------------------------------------------------------------------------


def default_keymap_by_mode() -> dict[str, dict[str, list[str]]]:
    """resources/keymap.json: {mode: {command id: [keys]}}."""
    with open(resource(KEYMAP_FILE_NAME), encoding="utf-8") as handle:
        data = json.load(handle)
    return {
        mode: {command: list(keys) for command, keys in bindings.items()}
        for mode, bindings in data.items()
        if not mode.startswith("_")
    }


def default_keymap() -> dict[str, list[str]]:
    """{command id: [keys]} of the defaults, every mode together (ids are unique)."""
    return {
        command: keys for bindings in default_keymap_by_mode().values() for command, keys in bindings.items()
    }


@dataclass
class KeymapReport:
    """The keys of every command (defaults with the user's key map over them) and what was wrong in it."""

    keymap: dict[str, list[str]]  # command id -> normalised keys, every command listed
    problems: list[str]

    def keys(self, command: CommandId | str) -> list[str]:
        return self.keymap.get(command, [])

    def text(self, command: CommandId | str, none: str = "no key") -> str:
        """The keys of a command as a person reads them: 'F3 or N'."""
        return " or ".join(self.keys(command)) or none

    def first(self, command: CommandId | str, none: str = "no key") -> str:
        keys = self.keys(command)
        return keys[0] if keys else none


def _user_bindings(user_file: Path, problems: list[str]) -> dict[str, list[str]]:
    """The user's file, {mode: {command: keys}} or (older files) {command: keys}."""
    try:
        data = json.loads(user_file.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("expected an object {mode: {command: [keys]}}")
    except (OSError, ValueError) as error:
        problems.append(f"{user_file}: ignored ({error})")
        return {}
    entries: list[tuple[str, object, str | None]] = []  # command, keys, mode it was listed under
    for name, value in data.items():
        if name.startswith("_"):
            continue
        if isinstance(value, dict):
            if name not in Mode.__members__.values():
                problems.append(f"unknown mode '{name}' (modes: {', '.join(Mode)})")
                continue
            entries += [
                (command, keys, name) for command, keys in value.items() if not command.startswith("_")
            ]
        else:
            entries.append((name, value, None))
    bindings: dict[str, list[str]] = {}
    for command_id, keys, listed_under in entries:
        if command_id not in BY_ID:
            problems.append(f"unknown command '{command_id}'")
            continue
        command = BY_ID[command_id]
        if listed_under is not None and listed_under != command.mode:
            problems.append(
                f"'{command_id}' is a {command.mode} command, listed under '{listed_under}' "
                f"(applied to {command.mode})"
            )
        keys = [keys] if isinstance(keys, str) else keys
        if not isinstance(keys, list):
            problems.append(f"'{command_id}': expected a list of keys, got {keys!r}")
            continue
        normal: list[str] = []
        for key in keys:
            try:
                key_name = normalise_key(key)
            except KeyNameError as error:
                problems.append(f"'{key}' for '{command_id}' is not a key ({error}); ignored")
                continue
            if key_name not in normal:
                normal.append(key_name)
        bindings[command.id] = normal
    return bindings


def load_keymap(user_file: Path | None = None) -> KeymapReport:
    """The defaults, each command's keys replaced by the user's when the
    user's file lists that command. Every problem is reported: unknown
    commands and key names, and each key bound twice where both would fire
    (after normalising, "Shift+Ctrl+A" is "Ctrl+Shift+A"). Who keeps a
    clashing key never depends on order: the user's binding beats a default;
    two of the user's own, or two defaults, both lose it."""
    problems: list[str] = []
    keymap: dict[str, list[str]] = {command.id: [] for command in COMMANDS}
    for command_id, keys in default_keymap().items():
        keymap[command_id] = [normalise_key(key) for key in keys]
    users: set[str] = set()
    if user_file is not None and user_file.exists():
        user = _user_bindings(user_file, problems)
        keymap.update(user)
        users = set(user)
    lost: set[tuple[str, str]] = set()
    clashes: list[str] = []
    # Keys that clash start with the same chord: only those are compared
    # (every pair of commands would be ~4,000 comparisons at each start).
    by_first_chord: dict[str, list[tuple[int, str]]] = {}  # chord -> (command index, key)
    for index, command in enumerate(COMMANDS):
        for key in keymap[command.id]:
            by_first_chord.setdefault(key.split(", ")[0], []).append((index, key))
    for entries in by_first_chord.values():
        for at, (i, key) in enumerate(entries):
            for j, other in entries[at + 1 :]:
                first, second = COMMANDS[i], COMMANDS[j]  # i <= j: listed in COMMANDS order
                if i == j or not modes_overlap(first.mode, second.mode) or not keys_clash(key, other):
                    continue
                first_user, second_user = first.id in users, second.id in users
                where = f"'{key}' for '{first.id}' and '{other}' for '{second.id}'"
                if first_user != second_user:
                    winner, loser, lost_key = (first, second, other) if first_user else (second, first, key)
                    clashes.append(
                        f"{where} clash: yours for '{winner.id}' is kept, '{lost_key}' is taken off '{loser.id}'"
                    )
                    lost.add((loser.id, lost_key))
                else:
                    clashes.append(f"{where} clash: taken off both")
                    lost |= {(first.id, key), (second.id, other)}
    for command_id, key in lost:
        keymap[command_id] = [k for k in keymap[command_id] if k != key]
    return KeymapReport(keymap, problems + sorted(clashes))
