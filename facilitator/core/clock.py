"""Clocks: the meeting clock that counts through sleep, the awake clock beside it, wall time, fakes.

Each platform has two clocks that do not move when the wall clock is set:
one that keeps counting while the machine is suspended and one that stops.
The meeting runs on the first; the difference between the two over a tick is
how long the machine slept. A wall clock set forward or back moves neither,
so it is never taken for a suspend.

- Linux: ``CLOCK_BOOTTIME`` counts through suspend, ``CLOCK_MONOTONIC`` stops;
  the boot is named by ``/proc/sys/kernel/random/boot_id``.
- macOS: ``mach_continuous_time`` counts, ``mach_absolute_time`` stops; the boot
  is named by ``kern.bootsessionuuid``.
- Windows: ``QueryInterruptTime`` counts, ``QueryUnbiasedInterruptTime`` stops;
  no boot is named.
- Elsewhere: ``time.monotonic`` alone, which cannot tell a suspend.

The boot id names the clock's zero: within one boot, a reading taken before
a crash and one taken after the restart give the exact gap between them.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "Clock",
    "BootReading",
    "PlatformClocks",
    "LinuxClocks",
    "PortableClocks",
    "platform_clocks",
    "SystemClock",
    "FakeClock",
    "ScaledClock",
]


@dataclass(frozen=True)
class BootReading:
    """Real seconds since this boot on a clock that counts through suspend, and which boot."""

    boot_id: str
    seconds: float


class Clock(Protocol):
    """What the engine needs to know about time.

    `monotonic()` is the meeting clock in seconds: it counts through suspend
    where the platform has such a clock, and never moves with the wall clock.
    `awake()` runs beside it on the same scale but stops while the machine
    sleeps (where the platform cannot tell, it is `monotonic()` and
    `tells_sleep` is False). `now()` is the real, aware wall time, for
    timestamps and clock-of-day only. `speed` is how many meeting seconds
    pass per real second (1, or more for a rehearsal). `since_boot()` is the
    unscaled reading a restart after a crash takes its gap from, or None
    where the platform has no clock tied to a known boot.
    """

    speed: float
    tells_sleep: bool

    def monotonic(self) -> float: ...

    def awake(self) -> float: ...

    def now(self) -> datetime: ...

    def since_boot(self) -> BootReading | None: ...


# --------------------------------------------------------------------------- platforms


class PlatformClocks(Protocol):
    """The raw readings of one platform, in real seconds."""

    name: str
    tells_sleep: bool

    def running(self) -> float:
        """Seconds on a clock that counts through suspend."""
        ...

    def awake(self) -> float:
        """Seconds on a clock that stops while the machine is suspended."""
        ...

    def boot_id(self) -> str | None:
        """What names this boot, or None when the platform does not say."""
        ...


class LinuxClocks:
    """CLOCK_BOOTTIME (counts suspend) against CLOCK_MONOTONIC (stops), and the boot id."""

    name = "linux"
    tells_sleep = True

    def __init__(self, clock_gettime: Callable[[int], float] | None = None,
                 boottime: int | None = None, monotonic: int | None = None,
                 boot_id_file: Path = Path("/proc/sys/kernel/random/boot_id")) -> None:
        self._gettime = clock_gettime or time.clock_gettime
        self._boottime = boottime if boottime is not None else time.CLOCK_BOOTTIME
        self._monotonic = monotonic if monotonic is not None else time.CLOCK_MONOTONIC
        self._boot_id_file = boot_id_file
        self._boot_id: str | None = None
        self._gettime(self._boottime)  # raises here when the kernel lacks it

    def running(self) -> float:
        return float(self._gettime(self._boottime))

    def awake(self) -> float:
        return float(self._gettime(self._monotonic))

    def boot_id(self) -> str | None:
        if self._boot_id is None:
            try:
                text = self._boot_id_file.read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):
                return None
            self._boot_id = text or None
        return self._boot_id


class PortableClocks:
    """time.monotonic alone: a suspend cannot be told from a wall clock change, or counted."""

    name = "portable"
    tells_sleep = False

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._monotonic = monotonic

    def running(self) -> float:
        return self._monotonic()

    def awake(self) -> float:
        return self._monotonic()

    def boot_id(self) -> str | None:
        return None


def platform_clocks(platform: str | None = None) -> PlatformClocks:
    """This machine's clocks; the portable ones where the platform's cannot be read."""
    platform = platform or sys.platform
    makers: list[Callable[[], PlatformClocks]] = []
    if platform.startswith("linux"):
        makers.append(LinuxClocks)
    elif platform == "darwin":
        from .clock_native import MacClocks

        makers.append(MacClocks)
    elif platform == "win32":
        from .clock_native import WindowsClocks

        makers.append(WindowsClocks)
    for make in makers:
        try:
            return make()
        except (OSError, AttributeError, ValueError):
            continue
    return PortableClocks()


def __getattr__(name: str) -> Any:
    """MacClocks and WindowsClocks, from clock_native.py (where ctypes is loaded)."""
    if name in ("MacClocks", "WindowsClocks"):
        from . import clock_native

        return getattr(clock_native, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------- clocks


class SystemClock:
    """The real clocks of this machine (or of the `platform` and `wall` a test passes)."""

    speed = 1.0

    def __init__(self, platform: PlatformClocks | None = None,
                 wall: Callable[[], datetime] | None = None) -> None:
        self.platform = platform or platform_clocks()
        self.tells_sleep = self.platform.tells_sleep
        self._wall = wall or (lambda: datetime.now().astimezone())

    def monotonic(self) -> float:
        return self.platform.running()

    def awake(self) -> float:
        return self.platform.awake() if self.tells_sleep else self.platform.running()

    def now(self) -> datetime:
        return self._wall()

    def since_boot(self) -> BootReading | None:
        boot = self.platform.boot_id()
        return BootReading(boot, self.platform.running()) if boot else None


class ScaledClock:
    """A meeting clock running `factor` times faster than another, for rehearsals and demos.

    Only the meeting clock is scaled: wall time, and the boot reading a
    restart takes its gap from, stay real.
    """

    def __init__(self, base: Clock, factor: float) -> None:
        if not factor > 0:
            raise ValueError("speed factor must be positive")
        self._base = base
        self.factor = factor
        self.speed = base.speed * factor
        self.tells_sleep = base.tells_sleep
        self._mono0 = base.monotonic()
        self._awake0 = base.awake()

    def monotonic(self) -> float:
        return self._mono0 + (self._base.monotonic() - self._mono0) * self.factor

    def awake(self) -> float:
        return self._awake0 + (self._base.awake() - self._awake0) * self.factor

    def now(self) -> datetime:
        return self._base.now()

    def since_boot(self) -> BootReading | None:
        return self._base.since_boot()


class FakeClock:
    """A clock for tests: time moves only when told to.

    By default it is a machine that tells a suspend (as Linux, macOS and
    Windows do) and names its boot; `boot_id=None` is one that names no boot
    (Windows); `stops_in_sleep=True` is the portable path, whose one clock
    stops in sleep and cannot tell it from a wall clock change.
    """

    speed = 1.0

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0,
                 stops_in_sleep: bool = False, boot_id: str | None = "fake-boot-1") -> None:
        self._wall = start or datetime(2026, 11, 22, 17, 0, 0, tzinfo=timezone(timedelta(hours=1)))
        self._running = monotonic
        self._awake = monotonic
        self.stops_in_sleep = stops_in_sleep
        self.tells_sleep = not stops_in_sleep
        self.boot_id = boot_id if not stops_in_sleep else None

    def monotonic(self) -> float:
        return self._awake if self.stops_in_sleep else self._running

    def awake(self) -> float:
        return self._awake if self.tells_sleep else self.monotonic()

    def now(self) -> datetime:
        return self._wall

    def since_boot(self) -> BootReading | None:
        return BootReading(self.boot_id, self._running) if self.boot_id else None

    def advance(self, seconds: float) -> None:
        """Both clocks move on together."""
        self._running += seconds
        self._awake += seconds
        self._wall += timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        """The laptop sleeps: wall time and the clock that counts suspend move on."""
        self._wall += timedelta(seconds=seconds)
        self._running += seconds

    def jump_wall(self, seconds: float) -> None:
        """Someone (or NTP) sets the wall clock; the machine's clocks are untouched."""
        self._wall += timedelta(seconds=seconds)

    def reboot(self, seconds_down: float, up_for: float = 30.0) -> None:
        """The machine is off for `seconds_down` and boots again: new boot, clocks from zero."""
        self._wall += timedelta(seconds=seconds_down + up_for)
        self._running = up_for
        self._awake = up_for
        if self.boot_id is not None:
            self.boot_id = f"fake-boot-{uuid.uuid4().hex[:8]}"
