"""The core is the meeting itself: it must never import Qt, platformdirs or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "facilitator" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy", "platformdirs",
             "facilitator.ui", "facilitator.app", "facilitator.paths", "facilitator.settings")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    # The package the file is in (facilitator.core, facilitator.core.importer, ...), so
    # relative imports resolve at any depth.
    package = list(path.relative_to(CORE.parent.parent).parts[:-1])
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                names.append(node.module)
            elif node.level > 0:
                base = ".".join(package[:len(package) - (node.level - 1)])
                if node.module:
                    names.append(f"{base}.{node.module}")
                else:  # from .. import ui
                    names.extend(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_core_imports_no_qt():
    files = sorted(CORE.rglob("*.py"))
    assert files, "no core modules found"
    offenders = [
        f"{path.relative_to(CORE.parent)}: {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]
    assert offenders == []
