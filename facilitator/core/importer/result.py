"""The importer's public results: `ImportResult` (the mapping, the agenda, the trace of
what was recognised and the warnings) and `ProgrammeImportError`.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

from ..agenda import (
    Agenda,
    Diagnostic,
)
from ..agenda_check import agenda_from_mapping
from ..durations import format_minutes
from .propose import _share
from .yaml_out import _to_yaml


class ProgrammeImportError(Exception):
    """A text in which no programme can be found (nothing timed, or not a text at all)."""

    def __init__(self, message: str, source: str = "<text>") -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass(frozen=True)
class Proposal:
    """Minutes shared out from a stated length (docs/import.md): the line that stated it,
    the length, the blocks it covers and those whose minutes were proposed (indexes into
    the agenda's blocks)."""

    line: int
    total: float
    blocks: tuple[int, ...]
    proposed: tuple[int, ...]


@dataclass(frozen=True)
class ImportResult:
    """A programme read from a document, with what was recognised and what was not."""

    mapping: dict[str, Any]
    agenda: Agenda
    recognised: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]
    proposals: tuple[Proposal, ...] = ()

    def to_yaml(self) -> str:
        """The programme as readable YAML that loads back to the same agenda."""
        return _to_yaml(self.mapping, self.agenda)

    def left_to_share(self, proposal: Proposal) -> float:
        """The stated length less the minutes its blocks have now (negative: too many)."""
        return proposal.total - sum(self.agenda.blocks[i].minutes for i in proposal.blocks)

    def with_minutes(self, index: int, minutes: float | None) -> ImportResult:
        """The programme with block `index` given these minutes (None or 0: untimed), as the
        facilitator sets them in the import dialog. Steps whose minutes were proposed share
        the new minutes again by the same rule; raises AgendaError if the result is no
        valid programme (a block longer than a day)."""
        mapping = copy.deepcopy(self.mapping)
        block = mapping["blocks"][index]
        block.pop("duration", None)
        if minutes:
            block["minutes"] = format_minutes(minutes)
        else:
            block.pop("minutes", None)
        proposed = any(index in p.proposed for p in self.proposals)
        if proposed and block.get("steps"):
            if minutes and minutes >= len(block["steps"]):
                shares = _share(float(minutes), [1] * len(block["steps"]))
                for step, share in zip(block["steps"], shares, strict=True):
                    step["minutes"] = format_minutes(share)
            else:
                del block["steps"]
        agenda = agenda_from_mapping(mapping, source=self.agenda.source)
        return dataclasses.replace(self, mapping=mapping, agenda=agenda)
