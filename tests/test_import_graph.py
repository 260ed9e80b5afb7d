"""The shape of the house, read from the source: no import cycles, and windows stay leaves.

The graph is built with `ast` from every module under facilitator/, so it
sees what a run could import, not only what one run happened to: imports
inside functions and under ``if TYPE_CHECKING:`` count like any other.
Relative imports are resolved at any depth (``..agenda`` from
facilitator/core/importer/), and ``from . import x`` points at the
submodule ``x`` when there is one, at the package otherwise. Importing a
submodule is not counted as importing its package's ``__init__``.

The rules:

1. No cycles anywhere in ``facilitator``. A cycle is reported as the
   modules in order, ``a -> b -> a``.
2. A window module (a file that builds a top-level window: main_window,
   review, compact, projector, preferences, import_dialog) is imported
   only by what opens or composes it, each listed in WINDOW_IMPORTERS with
   its reason: the composition root (facilitator/app.py), the command-line
   entry that runs the review on its own, and the main window opening its
   child windows. Everything several windows share (the countdown label,
   phase colours and shapes, plain-text labels, the asker) lives in
   facilitator/ui/widgets.py, which imports no window.
3. Every module under facilitator/ui that subclasses QMainWindow or
   QDialog is in WINDOW_MODULES, so a new window cannot slip past rule 2.

The main window's panels (facilitator/ui/panels/: current block, pages and
steps, schedule strip, buttons, menus) are not windows: they subclass
neither QMainWindow nor QDialog, only main_window imports them, and by
rule 2 they may not import any window themselves (the menus reach the
window through the WindowCommands protocol instead).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facilitator"

WINDOW_MODULES = frozenset({
    "facilitator.ui.main_window",
    "facilitator.ui.review",
    "facilitator.ui.compact",
    "facilitator.ui.projector",
    "facilitator.ui.preferences",
    "facilitator.ui.import_dialog",
    "facilitator.ui.about",
    "facilitator.ui.remote_dialog",
})

#: (importer, window) -> why it may.
WINDOW_IMPORTERS: dict[tuple[str, str], str] = {
    ("facilitator.app", "facilitator.ui.main_window"): "the composition root",
    ("facilitator.cli_review", "facilitator.ui.review"):
        "`facilitator review` runs the review window as its own app",
    ("facilitator.ui.main_window", "facilitator.ui.compact"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.projector"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.review"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.preferences"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.import_dialog"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.about"): "the main window opens it",
    ("facilitator.ui.main_window", "facilitator.ui.remote_dialog"): "the main window opens it",
}


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name; a package is named by its __init__.py."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that module `name` (at `path`) imports, anywhere in its body."""
    is_package = path.name == "__init__.py"
    targets: set[str] = set()

    def add(target: str) -> None:
        # `import facilitator.ui.text` names a module; a name past a module is an attribute.
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            targets.add(target)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                if not is_package:
                    base = base[:-1]
                up = node.level - 1
                assert up < len(base), f"{name}: relative import beyond the top package"
                base = base[: len(base) - up]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                add(submodule if submodule in known else origin)
    return {target for target in targets if target in known}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    files = module_files(package)
    known = set(files)
    return {name: imported_modules(name, path, known) for name, path in files.items()}


def tangles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of modules that import each other, round about (strongly connected)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the package is small enough to recurse
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle, as a closed path of module names, for every tangled group."""
    return [closed_path(graph, group) for group in tangles(graph)]


def closed_path(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest way round from the group's first module back to itself, staying inside."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node] & group):
                if nxt == start:
                    return paths[node] + [start]
                if nxt not in paths:
                    paths[nxt] = paths[node] + [nxt]
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"no way round {sorted(group)}")


def test_the_package_has_no_import_cycles():
    graph = import_graph()
    found = [(closed_path(graph, group), group) for group in tangles(graph)]
    assert not found, "import cycles:\n" + "\n".join(
        " -> ".join(path) + f"  (all {len(group)} tangled: {', '.join(sorted(group))})"
        for path, group in found)


def test_a_window_is_imported_only_by_what_opens_it():
    graph = import_graph()
    assert WINDOW_MODULES <= set(graph), sorted(WINDOW_MODULES - set(graph))
    wrong = sorted(
        f"{importer} imports {window}"
        for importer, targets in graph.items()
        for window in targets & WINDOW_MODULES
        if (importer, window) not in WINDOW_IMPORTERS
    )
    assert not wrong, "windows imported by what does not open them:\n" + "\n".join(wrong)
    stale = sorted(pair for pair in WINDOW_IMPORTERS if pair[1] not in graph[pair[0]])
    assert not stale, f"allowed but no longer imported, drop from WINDOW_IMPORTERS: {stale}"


def test_every_window_class_is_in_a_window_module():
    windows = set()
    for name, path in module_files().items():
        if not name.startswith("facilitator.ui."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id in {"QMainWindow", "QDialog"}
                for base in node.bases
            ):
                windows.add(name)
    assert windows, "no window class found: the scan is broken"
    assert windows <= WINDOW_MODULES, sorted(windows - WINDOW_MODULES)


def test_the_graph_resolves_relative_imports_at_any_depth(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "core" / "deep").mkdir(parents=True)
    (pkg / "ui").mkdir()
    for init in (pkg, pkg / "core", pkg / "core" / "deep", pkg / "ui"):
        (init / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "core" / "__init__.py").write_text("from .agenda import Agenda\n", encoding="utf-8")
    (pkg / "core" / "agenda.py").write_text("from .deep import words\n", encoding="utf-8")
    (pkg / "core" / "deep" / "words.py").write_text(
        "from ..agenda import Agenda\nfrom . import shapes\n", encoding="utf-8")
    (pkg / "core" / "deep" / "shapes.py").write_text(
        "def later():\n    from ...ui import window\n", encoding="utf-8")
    (pkg / "ui" / "window.py").write_text("import pkg.core.agenda\n", encoding="utf-8")
    graph = import_graph(pkg)
    assert graph["pkg.core.agenda"] == {"pkg.core.deep.words"}
    assert graph["pkg.core.deep.words"] == {"pkg.core.agenda", "pkg.core.deep.shapes"}
    assert graph["pkg.core.deep.shapes"] == {"pkg.ui.window"}
    assert graph["pkg.ui.window"] == {"pkg.core.agenda"}
    assert graph["pkg.core"] == {"pkg.core.agenda"}
    assert cycles(graph) == [["pkg.core.agenda", "pkg.core.deep.words", "pkg.core.agenda"]]
