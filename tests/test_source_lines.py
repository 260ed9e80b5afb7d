"""PySide6 reads the source of every module imported after it; the app does not keep those lines."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - the hook that reads sources comes with PySide6

import facilitator
from facilitator.source_lines import forgetting


def test_importing_the_package_installs_the_finder() -> None:
    assert facilitator.__version__
    assert forgetting()


def test_a_module_s_lines_are_gone_once_the_next_module_loads(tmp_path: Path,
                                                              monkeypatch) -> None:
    for name in ("mem_probe_a", "mem_probe_b"):
        (tmp_path / f"{name}.py").write_text(f"NAME = {name!r}\n" + "# PySide6\n" * 200)
    monkeypatch.syspath_prepend(str(tmp_path))
    first = str(tmp_path / "mem_probe_a.py")
    try:
        importlib.import_module("mem_probe_a")
        # PySide6's import hook has just read the module through linecache.
        linecache.getlines(first)
        assert first in linecache.cache
        importlib.import_module("mem_probe_b")
        assert first not in linecache.cache
        # A traceback still finds the line: linecache reads the file again.
        assert linecache.getline(first, 1) == "NAME = 'mem_probe_a'\n"
    finally:
        sys.modules.pop("mem_probe_a", None)
        sys.modules.pop("mem_probe_b", None)
