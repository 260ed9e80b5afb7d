"""The importer package is layered: the order in its docstring is the order of imports.

`facilitator/core/importer/__init__.py` lists its modules from the lowest layer (the
words) to the highest (the report); a module may import only modules listed before it,
so the package has no import cycles and a reader can take the files in that order.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import facilitator.core.importer as importer

PACKAGE = Path(__file__).resolve().parents[2] / "facilitator" / "core" / "importer"


def layers() -> list[str]:
    return re.findall(r"^\d+\. `(\w+)`", importer.__doc__ or "", re.MULTILINE)


def siblings_imported(path: Path) -> set[str]:
    """The package's own modules that a file imports (`from .pieces import ...`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_the_docstring_lists_every_module_of_the_package_once():
    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert sorted(layers()) == modules
    assert len(set(layers())) == len(layers())


def test_each_module_imports_only_the_layers_below_it():
    order = layers()
    offenders = [
        f"{name} imports {other}"
        for position, name in enumerate(order)
        for other in sorted(siblings_imported(PACKAGE / f"{name}.py"))
        if other not in order[:position]
    ]
    assert offenders == []


def test_each_module_says_what_it_holds_and_stays_small():
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path.name} has no module docstring"
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 700, path.name


def test_the_face_is_what_callers_import():
    assert importer.__all__ == ["ImportResult", "ProgrammeImportError", "import_text"]
    for name in importer.__all__:
        assert getattr(importer, name).__name__ == name
