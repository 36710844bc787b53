"""The layer rule, read from the imports themselves (docs/architecture.md).

Every module of desktop_app/ belongs to one package of LAYERS (the modules at the top of
desktop_app/ are the base); a module imports only its own package and the packages before it.
No two modules import each other, directly or round a longer loop. Qt is imported only under
desktop_app/ui/, by the PDF renderer and by the translation module. Imports under
`if TYPE_CHECKING:` are for the type checker only and do not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"

# Lowest first: each may import the ones before it, never one after.
LAYERS = (
    "base",
    "store",
    "workbooks",
    "records",
    "disability",
    "registry",
    "activities",
    "dedup",
    "checks",
    "backups",
    "reports",
    "signin",
    "door",
    "indicators",
    "payments",
    "photos",
    "sync",
    "privacy",
    "access",
    "demo",
    "ui",
    "cli",  # the entry: the commands, and the window when none is given
)
# Inside the window, the same rule between its folders.
UI_LAYERS = (
    "common",
    "models",
    "widgets",
    "payments",
    "access",
    "reports",
    "indicators",
    "activities",
    "registry",
    "check_in",
    "dedup",
    "backups",
    "protection",
    "sheet_import",
    "door",
    "photos",
    "sync",
    "server",
    "shell",
)
QT_OUTSIDE_UI = {
    "desktop_app.translation",  # Qt's own translation files, read by QTranslator (QtCore)
    "desktop_app.reports.pdf_render",  # PDF documents by QPdfWriter (docs/reports.md)
    "desktop_app.reports.pdf_charts",  # the charts it paints
    "desktop_app.reports.pdf_cards",  # badges and certificates, by the same PDF writer
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under `node`, at any depth, but those under `if TYPE_CHECKING:`."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child):
            for other in child.orelse:
                yield from _import_nodes(ast.Module(body=[other], type_ignores=[]))
        else:
            yield from _import_nodes(child)


def imported(module: str) -> set[str]:
    """The desktop_app modules `module` imports (a name imported from a package counts as
    its module when it is one, else as the package)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names]
            names = [name if name in MODULES else base for name in names]
        targets |= {name for name in names if name in MODULES and name != module}
    return targets


def imports_qt(module: str) -> bool:
    tree = ast.parse(MODULES[module].read_text("utf-8"))
    for node in _import_nodes(tree):
        names = (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
        )
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in names):
            return True
    return False


def layer_of(module: str) -> tuple[int, int]:
    """(place in LAYERS, place in UI_LAYERS or 0)."""
    parts = module.split(".")
    if len(parts) == 1 or (len(parts) == 2 and parts[1] not in LAYERS):
        return LAYERS.index("base"), 0
    top = LAYERS.index(parts[1])
    if parts[1] == "ui" and len(parts) > 3:
        return top, UI_LAYERS.index(parts[2])
    return top, 0


GRAPH = {module: imported(module) for module in MODULES}


def test_every_package_has_its_place_in_the_layers() -> None:
    for module in MODULES:
        parts = module.split(".")
        if len(parts) > 2 or (len(parts) == 2 and (PACKAGE / parts[1]).is_dir()):
            assert parts[1] in LAYERS, f"{module}: add its package to LAYERS"
        if parts[1:2] == ["ui"] and len(parts) > 3:
            assert parts[2] in UI_LAYERS, f"{module}: add its folder to UI_LAYERS"


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if module != "desktop_app.__main__" and layer_of(target) > layer_of(module)
    ]
    assert upward == []


def _cycle_from(start: str) -> list[str] | None:
    """A path of imports from `start` back to `start`, if any (depth first)."""
    stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(GRAPH[start])))]
    seen = {start}
    while stack:
        _, targets = stack[-1]
        for target in targets:
            if target == start:
                return [name for name, _ in stack] + [start]
            if target not in seen:
                seen.add(target)
                stack.append((target, iter(sorted(GRAPH[target]))))
                break
        else:
            stack.pop()
    return None


def test_no_import_cycle() -> None:
    cycles = {tuple(cycle) for module in MODULES if (cycle := _cycle_from(module))}
    # A package's __init__ importing its own modules is how a package shows its face.
    shown = [" -> ".join(c) for c in sorted(cycles) if not _only_through_own_init(list(c))]
    assert shown == []


def _only_through_own_init(cycle: list[str]) -> bool:
    return any(
        MODULES[name].name == "__init__.py" and all(m.startswith(name) for m in cycle)
        for name in cycle
    )


def test_qt_only_in_the_window_and_the_documented_exceptions() -> None:
    outside = {
        module
        for module in MODULES
        if not module.startswith("desktop_app.ui") and imports_qt(module)
    }
    assert outside <= QT_OUTSIDE_UI, outside - QT_OUTSIDE_UI


def test_the_rule_catches_what_it_forbids() -> None:
    """The checks above would see an upward import and a cycle (not a test of nothing)."""
    assert layer_of("desktop_app.ui.check_in.view") > layer_of("desktop_app.sync.importing")
    assert layer_of("desktop_app.store.models") < layer_of("desktop_app.records.text")
    assert layer_of("desktop_app.ui.shell.main_window") > layer_of("desktop_app.ui.common.text")
    assert "desktop_app.store" in GRAPH["desktop_app.sync.importing"]
    assert imports_qt("desktop_app.ui.shell.main_window")
    assert not imports_qt("desktop_app.activities.counting")
