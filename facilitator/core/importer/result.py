"""The importer's public results: `ImportResult` (the mapping, the agenda, the trace of
what was recognised and the warnings) and `ProgrammeImportError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..agenda import (
    Agenda,
    Diagnostic,
)
from .yaml_out import _to_yaml


class ProgrammeImportError(Exception):
    """A text in which no programme can be found (nothing timed, or not a text at all)."""

    def __init__(self, message: str, source: str = "<text>") -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass(frozen=True)
class ImportResult:
    """A programme read from a document, with what was recognised and what was not."""

    mapping: dict[str, Any]
    agenda: Agenda
    recognised: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]

    def to_yaml(self) -> str:
        """The programme as readable YAML that loads back to the same agenda."""
        return _to_yaml(self.mapping, self.agenda)
