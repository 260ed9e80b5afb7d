"""What happens in a meeting: the events the engine emits and the journal records."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

__all__ = ["EventType", "MeetingEvent", "ALERT_TYPES", "ACTION_TYPES", "parse_timestamp"]


class EventType(str, enum.Enum):
    """Every kind of event; the values are the journal's `type` field."""

    START = "start"
    BLOCK_START = "block_start"  # data: reason (start|next|previous|jump|restart|slide)
    STEP_START = "step_start"  # data: step; reason "slide" when a slide started it
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"  # data: minutes (signed, for the current block)
    PLAN_APPLIED = "plan_applied"  # data: changes [{block, minutes}], delay_minutes
    PLAN_UNDONE = "plan_undone"  # data: changes [{block, minutes}] restored
    WARNING = "warning"  # data: minutes_left
    TIME_UP = "time_up"
    OVERRUN = "overrun"  # data: minutes_over (a reminder while running over)
    BREAK_OVER = "break_over"
    NOTE = "note"  # data: text, reason
    SUSPEND_GAP = "suspend_gap"  # data: seconds
    CLOCK_JUMP = "clock_jump"  # data: seconds (wall minus monotonic)
    FINISH = "finish"
    RESUMED_AFTER_CRASH = "resumed_after_crash"  # data: gap_seconds
    SLIDE = "slide"  # data: number, source, mode, decision, to_block, to_step


#: Events that are alerts for the faces (sound, flash); at most one per tick.
ALERT_TYPES = frozenset({EventType.WARNING, EventType.TIME_UP, EventType.OVERRUN,
                         EventType.BREAK_OVER})

#: Events a person's operation causes; asked for by another source than the window
#: (a phone: `remote`), they carry it in the journal's `source` field.
ACTION_TYPES = frozenset({EventType.START, EventType.BLOCK_START, EventType.PAUSE,
                          EventType.RESUME, EventType.ADJUST, EventType.NOTE,
                          EventType.FINISH})


@dataclass(frozen=True)
class MeetingEvent:
    """One thing that happened, at `elapsed` seconds on the meeting clock."""

    type: EventType
    elapsed: float
    block: int | None
    wall: datetime
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def to_record(self) -> dict[str, Any]:
        """The event as a journal line (without `seq`, which the journal assigns)."""
        record: dict[str, Any] = {
            "t": self.wall.isoformat(timespec="milliseconds"),
            "elapsed": round(self.elapsed, 3),
            "type": self.type.value,
            "block": self.block,
        }
        for key, value in self.data.items():
            record[key] = value
        return record


def parse_timestamp(value: Any) -> datetime | None:
    """A record's ISO 8601 time as an aware datetime (naive ones are taken as local time)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value)
        # Years far from now are damage; they would also overflow date arithmetic.
        if not 1900 <= parsed.year <= 9000:
            return None
        return parsed if parsed.tzinfo is not None else parsed.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
