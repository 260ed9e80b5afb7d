"""The meeting programme: its model (read by agenda_load, checked by agenda_check)."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .durations import format_clock, format_minutes

__all__ = [
    "Agenda",
    "AgendaError",
    "AlertDefaults",
    "Block",
    "BlockKind",
    "Diagnostic",
    "SlideMode",
    "SlideRange",
    "Step",
]

DEFAULT_WARN_BEFORE: tuple[float, ...] = (5.0, 1.0)
DEFAULT_OVERRUN_EVERY = 5.0


class BlockKind(str, enum.Enum):
    """What happens in a block; breaks and group work are shown and alerted differently."""

    TALK = "talk"
    VIDEO = "video"
    GROUP = "group"
    PLENARY = "plenary"
    BREAK = "break"
    OTHER = "other"


class SlideMode(str, enum.Enum):
    """What a change of slide in the running show does to the meeting (docs/slides.md)."""

    OFF = "off"  # nothing: slides are only recorded
    SUGGEST = "suggest"  # the next block is suggested; the facilitator moves on
    FOLLOW = "follow"  # the meeting follows the slides forward


DEFAULT_SLIDE_MODE = SlideMode.SUGGEST


@dataclass(frozen=True)
class Diagnostic:
    """One error or warning, located in its file like a compiler's message.

    ``message`` is a :class:`~facilitator.core.messages.Message` (its English
    text, with the code and values that render it in another language).
    """

    message: str
    source: str = "<text>"
    line: int | None = None
    column: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message}"


class AgendaError(Exception):
    """A programme that cannot be used; carries every diagnostic found."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


@dataclass(frozen=True)
class SlideRange:
    """Slides belonging to a block: a range like 6-20, one slide, or a list."""

    slides: tuple[int, ...]

    @property
    def first(self) -> int:
        return min(self.slides)

    @property
    def last(self) -> int:
        return max(self.slides)

    @property
    def is_contiguous(self) -> bool:
        return sorted(self.slides) == list(range(self.first, self.last + 1))

    def __str__(self) -> str:
        if self.is_contiguous:
            return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"
        return ", ".join(str(s) for s in self.slides)


@dataclass(frozen=True)
class Step:
    """A timed part of a block (video 6 min, group work 12 min …)."""

    title: str
    minutes: float
    slides: SlideRange | None = None  # the slide(s) on which it begins


@dataclass(frozen=True)
class Block:
    """One item of the programme."""

    title: str
    minutes: float  # 0 for an untimed item
    slides: SlideRange | None = None
    kind: BlockKind = BlockKind.OTHER
    cue: str = ""
    notes: str = ""
    steps: tuple[Step, ...] = ()
    warn_before: tuple[float, ...] | None = None
    min_minutes: float | None = None
    max_minutes: float | None = None
    flexible: bool = False
    at: int | None = None  # planned clock start, minutes after midnight
    day: int = 1  # the day of the programme it is on (1 for a one-day programme)

    @property
    def timed(self) -> bool:
        return self.minutes > 0


@dataclass(frozen=True)
class AlertDefaults:
    """A programme's alert settings; blocks may override warn_before.

    `explicit` names the settings the programme itself gave; the others are
    defaults that the user's preferences may replace.
    """

    warn_before: tuple[float, ...] = DEFAULT_WARN_BEFORE
    overrun_every: float = DEFAULT_OVERRUN_EVERY
    explicit: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Agenda:
    """A meeting programme, validated and normalised."""

    title: str
    blocks: tuple[Block, ...]
    date: str | None = None
    start: int | None = None  # planned clock start, minutes after midnight
    # As the programme states it ("da", "en"); None: not stated, the interface's
    # language is used for the words the window makes up for it (kinds, "untimed").
    language: str | None = None
    notes: str = ""
    alerts: AlertDefaults = field(default_factory=AlertDefaults)
    warnings: tuple[Diagnostic, ...] = ()
    source: str = "<text>"
    # What slide changes do; None: not given, the user's preference decides.
    slides_follow: SlideMode | None = None

    @property
    def total_minutes(self) -> float:
        """The planned length from the first block's start to the last block's end."""
        offsets = self.planned_offsets()
        return offsets[-1] + self.blocks[-1].minutes if self.blocks else 0.0

    def planned_offsets(self) -> tuple[float, ...]:
        """Planned start of each block, in minutes after the meeting's start.

        Blocks follow each other, except that a block with a clock time `at`
        starts then (which leaves a planned gap before it when earlier blocks
        end sooner).
        """
        offsets: list[float] = []
        cursor = 0.0
        origin = self.start
        day = self.blocks[0].day if self.blocks else 1
        for block in self.blocks:
            if block.day != day:
                # A later day: the night is not planned time; the day's first clock time
                # follows the day before, and its other clock times keep their gaps.
                day, origin = block.day, None
            if block.at is not None and origin is None and day != self.blocks[0].day:
                origin = int(round(block.at - cursor))
            if block.at is not None and origin is not None:
                cursor = max(cursor, float(block.at - origin))
            offsets.append(cursor)
            cursor += block.minutes
        return tuple(offsets)

    def planned_clocks(self) -> tuple[int | None, ...]:
        """Each block's planned clock start (minutes after midnight), on its own day: the
        first day's from `start`, a later day's from its first clock time; None where the
        day has no clock."""
        offsets = self.planned_offsets()
        first_day = self.blocks[0].day if self.blocks else 1
        origins: dict[int, float | None] = {first_day: self.start}
        for block, offset in zip(self.blocks, offsets, strict=True):
            if block.day not in origins and block.at is not None:
                origins[block.day] = block.at - offset
        clocks: list[int | None] = []
        for block, offset in zip(self.blocks, offsets, strict=True):
            origin = origins.get(block.day)
            clocks.append(None if origin is None else int(round(origin + offset)))
        return tuple(clocks)

    def with_preferred_alerts(self, warn_before: Sequence[float] | None = None,
                              overrun_every: float | None = None) -> Agenda:
        """The user's alert preferences, where the programme does not give its own."""
        alerts = self.alerts
        warn = alerts.warn_before
        every = alerts.overrun_every
        if warn_before and "warn_before" not in alerts.explicit:
            warn = tuple(sorted({float(m) for m in warn_before if m > 0}, reverse=True)) or warn
        if overrun_every and overrun_every > 0 and "overrun_every" not in alerts.explicit:
            every = float(overrun_every)
        return dataclasses.replace(
            self, alerts=AlertDefaults(warn, every, alerts.explicit))

    def warn_before_for(self, index: int) -> tuple[float, ...]:
        block = self.blocks[index]
        return block.warn_before if block.warn_before is not None else self.alerts.warn_before

    def to_json(self) -> dict[str, Any]:
        """The normalised programme, exactly as `facilitator check --json` prints it."""
        return {
            "title": self.title,
            "date": self.date,
            "start": format_clock(self.start) if self.start is not None else None,
            "language": self.language,
            "total_minutes": format_minutes(self.total_minutes),
            "blocks": [
                {
                    "title": b.title,
                    "minutes": format_minutes(b.minutes),
                    "slides": str(b.slides) if b.slides else None,
                    "kind": b.kind.value,
                    "cue": b.cue,
                    "notes": b.notes,
                    "steps": [_step_json(s) for s in b.steps],
                }
                for b in self.blocks
            ],
            "warnings": [str(w) for w in self.warnings],
            **({"slides_follow": self.slides_follow.value} if self.slides_follow else {}),
        }

    def timing_json(self) -> dict[str, Any]:
        """The timing settings `to_json` leaves out, so a journal can rebuild the engine."""
        return {
            "notes": self.notes,
            "alerts": {
                "warn_before": [format_minutes(m) for m in self.alerts.warn_before],
                "overrun_every": format_minutes(self.alerts.overrun_every),
            },
            "blocks": [
                {
                    "warn_before": None if b.warn_before is None
                    else [format_minutes(m) for m in b.warn_before],
                    "min_minutes": b.min_minutes,
                    "max_minutes": b.max_minutes,
                    "flexible": b.flexible,
                    "at": format_clock(b.at) if b.at is not None else None,
                    **({"day": b.day} if b.day != 1 else {}),
                }
                for b in self.blocks
            ],
        }


def _step_json(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"title": step.title, "minutes": format_minutes(step.minutes)}
    if step.slides is not None:
        data["slides"] = str(step.slides)
    return data

