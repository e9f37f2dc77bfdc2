"""Every key and every command id is written once: keys in resources/keymap.json,
ids in reader/core/commands.py. Elsewhere the code names commands with
`CommandId` members and shows keys from the current key map, so a rebound
key is never contradicted by a message, tooltip or hard-coded shortcut."""

import ast
import json
import re
from pathlib import Path

from reader.core.commands import BY_ID, COMMANDS, CommandId, Mode, default_keymap_by_mode, normalise_key

REPO = Path(__file__).resolve().parents[2]
READER = REPO / "reader"
REGISTRY = READER / "core" / "commands.py"
# The command line's subcommands ("reader annotate") are not window commands.
NOT_COMMAND_IDS = [READER / "cli"]

# A key as people write it in text: a modifier combination, a function key,
# Esc, the page keys. ("Ctrl+click" is a mouse gesture.)
KEY_TEXT = re.compile(
    r"(?<![\w-])(?:(?:Ctrl|Alt|Shift|Meta)\+(?!click)\S|F(?:[1-9]|[12]\d|3[0-5])(?!\w)"
    r"|Esc(?:ape)?(?!\w)|PgUp|PgDown)"
)


def docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring constants (prose about keys is allowed)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first.value))
    return found


def literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def test_no_command_id_or_key_literals_outside_the_registry_and_the_key_map():
    ids = {command.value for command in CommandId}
    found = []
    for path in sorted(READER.rglob("*.py")):
        if path == REGISTRY:
            continue
        check_ids = not any(folder in path.parents for folder in NOT_COMMAND_IDS)
        for line, text in literals(path):
            where = f"{path.relative_to(REPO)}:{line}"
            if check_ids and text in ids:
                found.append(f"{where}: command id {text!r} (use CommandId)")
            elif KEY_TEXT.search(text):
                found.append(f"{where}: key in {text[:60]!r} (read it from the key map)")
    assert found == [], "\n".join(found)


def test_the_scan_catches_what_it_should():
    assert KEY_TEXT.search("Translate Article (Ctrl+R).")
    assert KEY_TEXT.search("Next match (F3)") and KEY_TEXT.search("Esc closes")
    assert not KEY_TEXT.search("Split (Ctrl+click)") and not KEY_TEXT.search("Escort F100")


def test_default_key_map_lists_every_command_under_its_mode():
    by_mode = default_keymap_by_mode()
    assert set(by_mode) <= {mode.value for mode in Mode}
    listed = {command: mode for mode, bindings in by_mode.items() for command in bindings}
    assert set(listed) == {command.id.value for command in COMMANDS}
    for command, mode in listed.items():
        assert BY_ID[command].mode == mode, command
    for bindings in by_mode.values():
        for keys in bindings.values():
            for key in keys:
                assert normalise_key(key) == key, key  # written as Qt writes it


def test_key_map_file_is_json_with_a_comment():
    data = json.loads((REPO / "resources" / "keymap.json").read_text(encoding="utf-8"))
    assert data["_comment"]
