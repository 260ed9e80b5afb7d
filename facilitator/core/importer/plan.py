"""What the builder assembles: draft blocks (`_Draft`) with their notes and steps,
sections that hold blocks (`_Section`), and the whole plan (`_Plan`) handed on to
scheduling and reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..agenda import Diagnostic
from .lines import _Entry


@dataclass
class _Note:
    line: int
    text: str
    warn: bool


@dataclass
class _Draft:
    """A block being assembled from entries."""

    entry: _Entry
    index: int  # of its entry
    day: int
    title: str
    minutes: float | None
    low: float | None
    at: int | None
    until: int | None
    slides: Any
    notes: list[_Note] = field(default_factory=list)
    steps: list[tuple[str, float, int]] = field(default_factory=list)
    step_heading_level: int | None = None  # steps from a heading: bullets under it are notes
    divider: bool = False
    clock_note: str = ""
    step_minutes: float = 0.0
    proposed: bool = False  # its minutes (and its steps') are to be shared out

    def add_step(self, title: str, minutes: float, line: int) -> None:
        self.steps.append((title, minutes, line))
        self.step_minutes += minutes

    @property
    def role(self) -> str:
        return "clock" if self.entry.at is not None else self.entry.role


@dataclass
class _Section:
    """A heading (or a day) that holds blocks: its stated length and clock span."""

    line: int
    title: str
    start: int  # entry index range
    end: int
    minutes: float | None
    length_text: str
    until: int | None
    proposal: bool = False  # its items have no lengths: the stated length is shared out


@dataclass
class _Plan:
    blocks: list[_Draft]
    notes: list[_Note]
    title_candidates: list[tuple[_Entry, bool]]  # entry, generic
    sections: list[_Section]
    days: list[_Entry]
    recognised: list[tuple[int, str]]
    warnings: list[Diagnostic]
    texts: list[str]
    source: str
    preferred_title: _Entry | None = None  # what names the programme a proposal is from

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(Diagnostic(message, self.source, line, None, "warning"))
