"""Forget the source lines PySide6 makes Python keep: about 6 MiB of the running window.

Once PySide6 is imported it wraps `__import__` and, after each new module is
imported, reads that module's whole source (`inspect.getsource`) to see
whether it mentions PySide6 (for its `from __feature__ import ...` switches).
`inspect` reads through `linecache`, which keeps every line it has read for
the life of the process: the source of every module imported after PySide6,
the whole app among them, held as Python strings nobody reads again.

Clearing the cache once the window is up is too late: the freed lines sit
between objects that live on, and the memory is not given back (measured in
docs/benchmarks.md, "Window"). So a finder at the front of `sys.meta_path`,
which Python asks first whenever a module not yet loaded is imported, clears
the cache then and finds nothing: each module's lines are dropped as the next
module loads, and their memory is reused at once. The package installs it
when it is first imported (`facilitator/__init__.py`), before any of its
modules load. `linecache` reads a file again when a traceback needs it.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["forget_source_lines", "forgetting"]


class _ForgetLines:
    """A meta path finder that finds nothing; being asked is its cue to clear `linecache`."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if "PySide6" in sys.modules:  # only PySide6's import hook fills the cache so
            linecache.clearcache()
        return None


_FINDER = _ForgetLines()


def forget_source_lines() -> None:
    """From now on, drop what `linecache` holds whenever a new module is imported."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def forgetting() -> bool:
    """Whether the finder is installed (for the test)."""
    return _FINDER in sys.meta_path
