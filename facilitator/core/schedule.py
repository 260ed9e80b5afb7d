"""Which clock a meeting is timed against: the programme's planned start, or its actual start.

The rule (docs/agenda-format.md, "Ahead or behind of what"): a meeting that
starts on the programme's date (any day when it has none), from an hour
before its planned start until two hours after it (or its planned end, if
sooner), is timed against the planned clock, so a late start shows as
behind. Any other start (a rehearsal at night, another day, last year's
programme) is timed from the moment it actually started. The facilitator
may choose either before starting.
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

__all__ = [
    "EARLY_WINDOW",
    "LATE_WINDOW",
    "ScheduleReference",
    "programme_start",
    "reference_for",
    "parse_reference",
]

#: How long before its planned start a meeting may start and still keep the planned clock.
EARLY_WINDOW = timedelta(minutes=60)
#: How long after its planned start (at most: never past the planned end) a meeting may
#: start and be counted late. A day course opened seven hours after its 09:00 start is
#: a rehearsal or a test, not a meeting 413 minutes behind.
LATE_WINDOW = timedelta(hours=2)


class ScheduleReference(str, enum.Enum):
    """What ahead/behind is measured against."""

    PLANNED = "planned"  # the programme's clock start on its day
    FROM_START = "from_start"  # the moment the meeting actually started


def parse_reference(value: object) -> ScheduleReference | None:
    """A reference as written in a journal, or None for a missing or unknown value."""
    if isinstance(value, str):
        try:
            return ScheduleReference(value)
        except ValueError:
            return None
    return None


def programme_start(start_minutes: int | None, date: str | None,
                    actual_start: datetime) -> datetime | None:
    """The programme's planned clock start for a meeting that started at `actual_start`.

    On the programme's date when it has one; without a date, on whichever
    day (the start's, the day before or after) puts it nearest the actual
    start, so a 23:30 meeting that begins at 00:10 is 40 minutes late, not
    23 hours early. In the actual start's time zone. None without a start.
    """
    if start_minutes is None:
        return None
    midnight = actual_start.replace(hour=0, minute=0, second=0, microsecond=0)
    if date:
        try:
            day = datetime.strptime(date, "%Y-%m-%d")
        except ValueError:
            day = None
        if day is not None:
            return midnight.replace(year=day.year, month=day.month, day=day.day) \
                + timedelta(minutes=start_minutes)
    candidates = [midnight + timedelta(days=d, minutes=start_minutes) for d in (-1, 0, 1)]
    return min(candidates, key=lambda c: abs((c - actual_start).total_seconds()))


def reference_for(planned_start: datetime | None, total_minutes: float,
                  actual_start: datetime) -> ScheduleReference:
    """The rule: the planned clock from an hour before the planned start to two hours after it
    or the planned end, whichever comes first."""
    if planned_start is None:
        return ScheduleReference.FROM_START
    earliest = planned_start - EARLY_WINDOW
    latest = planned_start + min(LATE_WINDOW, timedelta(minutes=max(0.0, total_minutes)))
    if earliest <= actual_start <= latest:
        return ScheduleReference.PLANNED
    return ScheduleReference.FROM_START
