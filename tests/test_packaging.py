"""Every package under facilitator/ ships: pyproject lists packages by name, and an
editable install (as the tests run) would hide a missing one until a wheel is built."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def listed_packages() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text[text.index("\n[tool.setuptools]\n"):]
    listed = section[section.index("\npackages = [") :]
    listed = listed[: listed.index("]")]
    return set(re.findall(r'"([\w.]+)"', listed))


def test_every_code_package_is_listed_in_pyproject():
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "facilitator").rglob("__init__.py")}
    assert found, "no packages found"
    assert found - listed_packages() == set()
