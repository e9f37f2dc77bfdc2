"""The window is a shell (issue 9): the import graph of reader/ has no cycle
(imports at the top of a module and inside functions alike; those under
`if TYPE_CHECKING:` never run and are left out), no feature module imports
another feature module, and only the window's own module sets attributes on
the window."""

from __future__ import annotations

import ast
from pathlib import Path

import reader
from reader.ui.features import FEATURES

PACKAGE = Path(reader.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def target(module: str, node: ast.ImportFrom | ast.Import, path: Path) -> list[str]:
    """The reader modules one import statement loads (the most specific
    existing module per name: `from .x import y` is x.y when y is a module)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
        return [name for name in names if name in MODULES]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    if node.level:
        base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        base = f"{base}.{node.module}" if node.module else base
    else:
        base = node.module or ""
    found = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES]
    if len(found) < len(node.names) and base in MODULES:
        found.append(base)
    return found


def runtime_imports(node: ast.AST):
    """Every import statement, at any depth, except under `if TYPE_CHECKING:`."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        yield node
    elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
        for child in node.orelse:
            yield from runtime_imports(child)
    else:
        for child in ast.iter_child_nodes(node):
            yield from runtime_imports(child)


def import_graph() -> dict[str, set[str]]:
    """module -> the reader modules it imports anywhere in its text, plus
    the feature modules features.py loads by name."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[module] = {name for node in runtime_imports(tree) for name in target(module, node, path)} - {
            module
        }
    graph["reader.ui.features"] |= {f"reader.ui.{entry.module}" for entry in FEATURES}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_level_and_relative_imports():
    graph = import_graph()
    # main_window imports the reading view at the top and app imports the window inside run_gui
    assert "reader.ui.reading_view" in graph["reader.ui.main_window"]
    assert "reader.ui.main_window" in graph["reader.ui.app"]
    assert "reader.core.storage.annotations" in graph["reader.core.service"]
    assert "reader.ui.annotations_ui" not in graph["reader.ui.main_window"]  # typing only
    # a made-up cycle is found
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_in_reader():
    assert cycles(import_graph()) == []


def test_no_feature_module_imports_another():
    graph = import_graph()
    features = {f"reader.ui.{entry.module}" for entry in FEATURES}
    assert len(features) == len(FEATURES) >= 7
    crossing = {(module, other) for module in features for other in graph[module] & features}
    assert crossing == set()


# --- window attributes ----------------------------------------------------------------

WINDOW_NAMES = {"window", "host", "win"}


def window_attribute_sets(tree: ast.AST) -> list[str]:
    """`window.X = ...`, `self.window.X = ...`, `host.X = ...` (also augmented
    and annotated assignments) and setattr(window, ...) in one module."""

    def names_window(node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in WINDOW_NAMES
        return (
            isinstance(node, ast.Attribute)
            and node.attr in WINDOW_NAMES | {"window_"}
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        )

    found = []
    for node in ast.walk(tree):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, (ast.AugAssign, ast.AnnAssign))
            else []
        )
        for item in targets:
            for each in item.elts if isinstance(item, ast.Tuple) else [item]:
                if isinstance(each, ast.Attribute) and names_window(each.value):
                    found.append(f"line {each.lineno}: {ast.unparse(each)} =")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and names_window(node.args[0])
        ):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def test_the_attribute_scan_finds_every_form():
    code = "window.a = 1\nself.window.b += 1\nhost.c: int = 2\nsetattr(window, 'd', 3)\nself.x = window.e\n"
    assert [line.split(": ", 1)[1] for line in window_attribute_sets(ast.parse(code))] == [
        "window.a =",
        "self.window.b =",
        "host.c =",
        "setattr(window, 'd', 3)",
    ]


def test_only_the_window_sets_attributes_on_the_window():
    offenders = {}
    for module, path in MODULES.items():
        if module == "reader.ui.main_window":
            continue
        found = window_attribute_sets(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[module] = found
    assert offenders == {}
