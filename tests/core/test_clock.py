"""The platform clocks behind the Clock interface, on fakes of each platform's own functions.

A `Machine` is the truth: how long it has been awake and asleep, and what
its wall clock says. Each fake library answers from it exactly as the real
one would (Linux clock_gettime, macOS mach_*_time and sysctlbyname, Windows
Query*InterruptTime), so the adapters' own arithmetic is what is tested.
"""

from __future__ import annotations

import ctypes
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import Agenda
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import (
    FakeClock,
    LinuxClocks,
    MacClocks,
    PortableClocks,
    ScaledClock,
    SystemClock,
    WindowsClocks,
    platform_clocks,
)
from facilitator.core.engine import MeetingEngine
from facilitator.core.events import EventType

CET = timezone(timedelta(hours=1))
BOOTTIME, MONOTONIC = 7, 1


class Machine:
    """A computer's real time: seconds since boot awake and in all, the wall clock, the boot."""

    def __init__(self) -> None:
        self.running = 5000.0
        self.awake = 4200.0
        self.wall = datetime(2026, 11, 22, 17, 0, tzinfo=CET)
        self.boot = "8a3c64a2-52f1-4e0e-9a7b-0c1d2e3f4a5b"

    def advance(self, seconds: float) -> None:
        self.running += seconds
        self.awake += seconds
        self.wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self.running += seconds
        self.wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)

    def reboot(self, seconds_down: float) -> None:
        self.wall += timedelta(seconds=seconds_down + 20)
        self.running = self.awake = 20.0
        self.boot = "0f0e0d0c-0b0a-4909-8807-060504030201"

    def now(self) -> datetime:
        return self.wall


class FakeLinux:
    def __init__(self, machine: Machine) -> None:
        self.machine = machine

    def clock_gettime(self, clock_id: int) -> float:
        if clock_id == BOOTTIME:
            return self.machine.running
        if clock_id == MONOTONIC:
            return self.machine.awake
        raise OSError(22, "Invalid argument")


class FakeLibSystem:
    """libSystem on Apple silicon: 24 MHz ticks (timebase 125/3)."""

    numer, denom = 125, 3

    def __init__(self, machine: Machine) -> None:
        self.machine = machine

    def _ticks(self, seconds: float) -> int:
        return round(seconds * 1e9 * self.denom / self.numer)

    def mach_timebase_info(self, pointer) -> int:
        pointer.contents.numer = self.numer
        pointer.contents.denom = self.denom
        return 0

    def mach_continuous_time(self) -> int:
        return self._ticks(self.machine.running)

    def mach_absolute_time(self) -> int:
        return self._ticks(self.machine.awake)

    def sysctlbyname(self, name, buffer, size, new, new_size) -> int:
        assert name == b"kern.bootsessionuuid"
        buffer.value = self.machine.boot.upper().encode("ascii")
        return 0


class FakeKernelBase:
    """KernelBase's interrupt-time functions: 100 ns units since boot."""

    def __init__(self, machine: Machine) -> None:
        self.machine = machine

    def QueryInterruptTime(self, pointer) -> None:  # noqa: N802 - the Windows name
        pointer.contents.value = round(self.machine.running * 1e7)

    def QueryUnbiasedInterruptTime(self, pointer) -> int:  # noqa: N802 - the Windows name
        pointer.contents.value = round(self.machine.awake * 1e7)
        return 1


def linux(machine: Machine, boot_id_file: Path) -> SystemClock:
    boot_id_file.write_text(machine.boot + "\n", encoding="ascii")
    return SystemClock(LinuxClocks(FakeLinux(machine).clock_gettime, BOOTTIME, MONOTONIC,
                                   boot_id_file), wall=machine.now)


def macos(machine: Machine, _boot_id_file: Path) -> SystemClock:
    return SystemClock(MacClocks(FakeLibSystem(machine)), wall=machine.now)


def windows(machine: Machine, _boot_id_file: Path) -> SystemClock:
    return SystemClock(WindowsClocks(FakeKernelBase(machine)), wall=machine.now)


PLATFORMS = {"linux": linux, "macos": macos, "windows": windows}


@pytest.fixture(scope="module")
def boot_id_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("proc") / "boot_id"


# --------------------------------------------------------------------------- the adapters


@pytest.mark.parametrize("name", PLATFORMS)
def test_each_platform_reads_its_two_clocks_in_seconds(name, boot_id_file):
    machine = Machine()
    clock = PLATFORMS[name](machine, boot_id_file)
    assert clock.tells_sleep
    assert clock.monotonic() == pytest.approx(5000.0, abs=1e-6)
    assert clock.awake() == pytest.approx(4200.0, abs=1e-6)
    machine.suspend(600)
    machine.jump_wall(-3600)
    assert clock.monotonic() == pytest.approx(5600.0, abs=1e-6)
    assert clock.awake() == pytest.approx(4200.0, abs=1e-6)
    assert clock.now() == machine.wall


@pytest.mark.parametrize("name, named", [("linux", True), ("macos", True), ("windows", False)])
def test_the_boot_is_named_where_the_platform_names_it(name, named, boot_id_file):
    machine = Machine()
    reading = PLATFORMS[name](machine, boot_id_file).since_boot()
    if not named:
        assert reading is None
        return
    assert reading is not None
    assert reading.boot_id.lower() == machine.boot
    assert reading.seconds == pytest.approx(5000.0, abs=1e-6)


def test_a_missing_boot_id_file_names_no_boot(tmp_path):
    machine = Machine()
    clocks = LinuxClocks(FakeLinux(machine).clock_gettime, BOOTTIME, MONOTONIC,
                         tmp_path / "absent")
    assert SystemClock(clocks, wall=machine.now).since_boot() is None


def test_a_kernel_without_boottime_falls_back_to_the_portable_clock():
    def no_boottime(clock_id: int) -> float:
        raise OSError(22, "Invalid argument")

    with pytest.raises(OSError):
        LinuxClocks(no_boottime, BOOTTIME, MONOTONIC)


def test_platforms_that_cannot_be_read_here_get_the_portable_clock():
    for platform in ("sunos5", "freebsd14", "darwin", "win32"):
        if platform == sys.platform:
            continue
        clocks = platform_clocks(platform)
        assert isinstance(clocks, PortableClocks), platform
        assert not clocks.tells_sleep and clocks.boot_id() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux clocks")
def test_this_linux_machine_is_read_with_boottime_and_its_boot_id():
    clock = SystemClock()
    assert isinstance(clock.platform, LinuxClocks)
    reading = clock.since_boot()
    assert reading is not None
    assert reading.boot_id == Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    assert reading.seconds == pytest.approx(time.clock_gettime(time.CLOCK_BOOTTIME), abs=1)
    awake = clock.awake()
    assert clock.monotonic() >= awake


def test_the_real_ctypes_structures_take_the_fakes_answers():
    machine = Machine()
    kernel = FakeKernelBase(machine)
    value = ctypes.c_uint64()
    kernel.QueryInterruptTime(ctypes.pointer(value))
    assert value.value == 5000 * 10**7


def test_a_scaled_clock_scales_the_meeting_clock_only():
    base = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    clock = ScaledClock(base, 30)
    m0, a0 = clock.monotonic(), clock.awake()
    base.advance(10)
    base.sleep_machine(2)
    assert clock.monotonic() - m0 == pytest.approx(360)
    assert clock.awake() - a0 == pytest.approx(300)
    assert clock.now() == datetime(2026, 11, 22, 17, 0, 12, tzinfo=CET)  # real wall time
    assert clock.speed == 30
    assert clock.since_boot() == base.since_boot()  # real seconds, for restarts


# --------------------------------------------------------------------------- properties


def long_block() -> Agenda:
    return agenda_from_mapping({"title": "T", "blocks": [{"title": "A", "minutes": 1440}]})


CLOCK_OPS = st.lists(st.one_of(
    st.tuples(st.just("tick"), st.just(0.0)),
    st.tuples(st.just("advance"), st.floats(0, 4000)),
    st.tuples(st.just("suspend"), st.floats(3, 20000)),
    st.tuples(st.just("wall"), st.floats(3, 86400) | st.floats(-86400, -3)),
), max_size=40)


def play(engine: MeetingEngine, machine: Machine, ops, speed: float) -> None:
    """Run `ops`; check after each tick that only suspends and real time moved the meeting."""
    really = 0.0  # real seconds the meeting has lasted, asleep or awake
    slept_since_tick = 0.0
    reported = 0.0
    engine.tick()
    for op, arg in ops:
        if op == "advance":
            machine.advance(arg)
            really += arg
        elif op == "suspend":
            machine.suspend(arg)
            really += arg
            slept_since_tick += arg
        elif op == "wall":
            machine.jump_wall(arg)
        events = engine.tick() if op == "tick" else []
        gaps = [e for e in events if e.type is EventType.SUSPEND_GAP]
        if op == "tick":
            # A suspend is reported once, with its length; a wall jump never is one.
            if slept_since_tick:
                assert len(gaps) == 1
                assert gaps[0].data["seconds"] == pytest.approx(slept_since_tick * speed,
                                                                abs=1e-3 * speed)
            else:
                assert gaps == []
            reported += sum(e.data["seconds"] for e in gaps)
            slept_since_tick = 0.0
        assert engine.snapshot().elapsed == pytest.approx(really * speed, abs=1e-3 * speed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(PLATFORMS)), ops=CLOCK_OPS,
       speed=st.sampled_from([1.0, 30.0]))
def test_wall_jumps_never_move_the_meeting_and_suspends_are_counted(name, ops, speed,
                                                                    boot_id_file):
    machine = Machine()
    base = PLATFORMS[name](machine, boot_id_file)
    clock = ScaledClock(base, speed) if speed != 1 else base
    engine = MeetingEngine(long_block(), clock)
    engine.start()
    play(engine, machine, ops, speed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=CLOCK_OPS)
def test_the_portable_clock_follows_itself_whatever_the_wall_clock_says(ops):
    """One clock that stops in sleep: a suspend is lost, but a wall jump never moves anything."""
    machine = Machine()
    engine = MeetingEngine(long_block(), SystemClock(PortableClocks(lambda: machine.awake),
                                                     wall=machine.now))
    engine.start()
    awake = 0.0
    for op, arg in ops:
        {"advance": machine.advance, "suspend": machine.suspend,
         "wall": machine.jump_wall, "tick": lambda _: None}[op](arg)
        awake += arg if op == "advance" else 0.0
        if op == "tick":
            events = engine.tick()
            assert all(e.type is not EventType.SUSPEND_GAP or e.data["seconds"] > 60
                       for e in events)
        assert engine.snapshot().elapsed == pytest.approx(awake, abs=1e-3)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(PLATFORMS)), ops=CLOCK_OPS,
       down=st.floats(0, 40000), jump=st.floats(-86400, 86400),
       speed=st.sampled_from([1.0, 30.0]))
def test_a_restart_takes_its_gap_from_the_boot_clock_whatever_the_wall_clock(
        name, ops, down, jump, speed, boot_id_file):
    """Killed, the wall clock set, restarted: same boot → the exact gap; otherwise uncertain."""
    machine = Machine()
    base = PLATFORMS[name](machine, boot_id_file)
    clock = ScaledClock(base, speed) if speed != 1 else base
    agenda = long_block()
    engine = MeetingEngine(agenda, clock)
    records: list[dict] = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    play(engine, machine, ops, speed)
    engine.note("last words")
    before = engine.snapshot().elapsed
    machine.advance(down)
    machine.jump_wall(jump)
    again = PLATFORMS[name](machine, boot_id_file)
    rebuilt = MeetingEngine.replay(agenda, ScaledClock(again, speed) if speed != 1 else again,
                                   records)
    resumed = rebuilt.take_resume_events()[0]
    assert resumed.type is EventType.RESUMED_AFTER_CRASH
    if name == "windows":
        # No named boot: the wall clock is all there is, and the record says so.
        assert resumed.data["gap_uncertain"] and resumed.data["gap_from"] == "wall_clock"
        # Records keep wall times to the millisecond, and the gap is rounded to one too.
        assert resumed.data["gap_real_seconds"] == pytest.approx(max(0.0, down + jump),
                                                                 abs=2.5e-3)
    else:
        assert not resumed.data["gap_uncertain"] and resumed.data["gap_from"] == "boot_clock"
        assert resumed.data["gap_real_seconds"] == pytest.approx(down, abs=2e-3)
        assert resumed.data["gap_seconds"] == pytest.approx(down * speed, abs=2e-3 * speed)
        assert rebuilt.snapshot().elapsed == pytest.approx(before + down * speed,
                                                           abs=2e-3 * speed)
    assert resumed.data["speed"] == speed


def test_after_a_reboot_the_gap_is_the_wall_clocks_and_uncertain(boot_id_file):
    machine = Machine()
    clock = linux(machine, boot_id_file)
    agenda = long_block()
    engine = MeetingEngine(agenda, clock)
    records: list[dict] = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    machine.advance(300)
    engine.note("before the power cut")
    machine.reboot(600)
    rebuilt = MeetingEngine.replay(agenda, linux(machine, boot_id_file), records)
    resumed = rebuilt.take_resume_events()[0]
    assert resumed.data["gap_uncertain"] and resumed.data["gap_from"] == "wall_clock"
    assert resumed.data["gap_seconds"] == 620
    assert rebuilt.snapshot().elapsed == pytest.approx(920)


def test_a_journal_from_before_boot_readings_resumes_by_the_wall_clock(boot_id_file):
    """Records without `boot_id`/`speed` (older versions): the wall clock, said uncertain."""
    machine = Machine()
    agenda = long_block()
    records = [
        {"seq": 1, "t": "2026-11-22T17:00:00.000+01:00", "elapsed": 0.0, "type": "start",
         "block": 0},
        {"seq": 2, "t": "2026-11-22T17:00:00.000+01:00", "elapsed": 0.0,
         "type": "block_start", "block": 0, "reason": "start"},
    ]
    machine.wall = datetime(2026, 11, 22, 17, 5, tzinfo=CET)
    rebuilt = MeetingEngine.replay(agenda, linux(machine, boot_id_file), records)
    resumed = rebuilt.take_resume_events()[0]
    assert resumed.data["gap_uncertain"] and resumed.data["gap_seconds"] == 300
