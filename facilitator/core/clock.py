"""Clocks: a monotonic clock that keeps counting through sleep, wall time, and a fake."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

__all__ = ["Clock", "SystemClock", "FakeClock", "ScaledClock"]


class Clock(Protocol):
    """What the engine needs to know about time.

    `monotonic()` measures durations in seconds; `now()` is aware wall time for
    timestamps and clock-of-day only. `stops_in_sleep` says whether the
    monotonic clock pauses while the machine is suspended, in which case the
    engine trusts a wall-clock jump as time the meeting went on.
    """

    stops_in_sleep: bool

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


def _pick_monotonic() -> tuple[object, bool]:
    # Linux: CLOCK_BOOTTIME counts through suspend; CLOCK_MONOTONIC does not.
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        clock_id = time.CLOCK_BOOTTIME
        return (lambda: time.clock_gettime(clock_id)), False
    # macOS: CLOCK_MONOTONIC is mach_continuous_time, which counts through sleep.
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        clock_id = time.CLOCK_MONOTONIC
        return (lambda: time.clock_gettime(clock_id)), False
    # Windows and the rest: time.monotonic may stop in sleep; cross-check wall time.
    return time.monotonic, True


class SystemClock:
    """The real clocks of this machine."""

    def __init__(self) -> None:
        self._monotonic, self.stops_in_sleep = _pick_monotonic()

    def monotonic(self) -> float:
        return self._monotonic()  # type: ignore[operator,no-any-return]

    def now(self) -> datetime:
        return datetime.now().astimezone()


class ScaledClock:
    """A clock running `factor` times faster than another, for rehearsals and demos."""

    def __init__(self, base: Clock, factor: float) -> None:
        if factor <= 0:
            raise ValueError("speed factor must be positive")
        self._base = base
        self.factor = factor
        self.stops_in_sleep = base.stops_in_sleep
        self._mono0 = base.monotonic()
        self._wall0 = base.now()

    def monotonic(self) -> float:
        return self._mono0 + (self._base.monotonic() - self._mono0) * self.factor

    def now(self) -> datetime:
        return self._wall0 + (self._base.now() - self._wall0) * self.factor


class FakeClock:
    """A clock for tests: time moves only when told to."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0,
                 stops_in_sleep: bool = False) -> None:
        self._wall = start or datetime(2026, 11, 22, 17, 0, 0, tzinfo=timezone(timedelta(hours=1)))
        self._mono = monotonic
        self.stops_in_sleep = stops_in_sleep

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Both clocks move on together."""
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        """The laptop sleeps: wall time moves; monotonic too unless it stops in sleep."""
        self._wall += timedelta(seconds=seconds)
        if not self.stops_in_sleep:
            self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """Someone (or NTP) sets the wall clock; monotonic time is untouched."""
        self._wall += timedelta(seconds=seconds)
