"""What the meeting engine tells its faces: the meeting's state, the block's phase, the
snapshot of the moment with its timeline, and the catch-up plan it offers."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from .agenda import Block, BlockKind, Step
from .schedule import ScheduleReference

__all__ = [
    "TIME_UP_GRACE",
    "BlockStatus",
    "CatchUpPlan",
    "MeetingState",
    "Phase",
    "PlanChange",
    "Snapshot",
    "TimelineEntry",
    "phase_for",
]


class MeetingState(str, enum.Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Phase(str, enum.Enum):
    """How the current block stands; the faces colour and label by this."""

    UNTIMED = "untimed"
    NORMAL = "normal"
    WARNING = "warning"
    TIME_UP = "time_up"
    OVERRUN = "overrun"


#: Seconds after the end during which a block is "time up" before it is "overrun".
TIME_UP_GRACE = 60.0


def phase_for(remaining: float, length: float, warn_before: Iterable[float]) -> Phase:
    """The phase from remaining seconds; thresholds are data, like pympress's table."""
    if length <= 0:
        return Phase.UNTIMED
    if remaining <= -TIME_UP_GRACE:
        return Phase.OVERRUN
    if remaining <= 0:
        return Phase.TIME_UP
    warn = [m * 60 for m in warn_before if m * 60 < length]
    if warn and remaining <= max(warn):
        return Phase.WARNING
    return Phase.NORMAL


class BlockStatus(str, enum.Enum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


class TimelineEntry(NamedTuple):
    """One block on the meeting's timeline: planned against actual."""

    block: int  # its index in the programme
    title: str
    kind: BlockKind
    planned_minutes: float
    adjusted_minutes: float
    planned_offset: float  # minutes after the start, as planned
    actual_seconds: float  # real time spent in it so far, pauses included
    status: BlockStatus


@dataclass(frozen=True)
class PlanChange:
    block: int
    from_minutes: float
    to_minutes: float

    @property
    def minutes(self) -> float:
        return self.to_minutes - self.from_minutes


@dataclass(frozen=True)
class CatchUpPlan:
    """How to land on time: shorten coming blocks; `delay_after` is what remains."""

    changes: tuple[PlanChange, ...]
    delay_before: float  # minutes behind now
    delay_after: float  # minutes behind if the plan is applied
    projected_end_after: datetime

    @property
    def recovers_fully(self) -> bool:
        return self.delay_after <= 0

    @property
    def saved_minutes(self) -> float:
        return -sum(c.minutes for c in self.changes)


@dataclass(frozen=True)
class Snapshot:
    """Everything a face needs about the current moment. Times in seconds."""

    state: MeetingState
    now: datetime
    elapsed: float  # meeting time since the start, pauses included
    index: int
    block: Block
    planned_length: float
    length: float  # adjusted for this run
    block_elapsed: float  # running time in this block, pauses excluded
    remaining: float  # length - block_elapsed; negative when running over
    phase: Phase
    step_index: int | None
    step: Step | None
    step_remaining: float | None
    next_index: int | None
    next_block: Block | None
    next_length: float | None
    started_at: datetime | None
    planned_start: datetime
    planned_end: datetime
    projected_end: datetime
    delay: float  # seconds behind plan (negative: ahead)
    timeline: tuple[TimelineEntry, ...]
    can_undo_plan: bool
    paused_for: float  # seconds the current pause has lasted, 0 when not paused
    # What `delay` is measured against; `planned_start` is the programme's clock
    # start (PLANNED) or the actual start (FROM_START). `programme_start` is the
    # programme's own clock start on the day, whichever is used (None without one).
    reference: ScheduleReference = ScheduleReference.PLANNED
    programme_start: datetime | None = None
    # Block running time at which the current step ends (its adjusted length included).
    step_end: float | None = None
    # Each step's adjusted length for this run, in seconds (what + and − gave it).
    step_lengths: tuple[float, ...] = ()

    @property
    def delay_minutes(self) -> float:
        return self.delay / 60

    @property
    def figure_is_step(self) -> bool:
        """The running figure is the step's: it runs and ends before (or with) the block.

        A block with timed steps is counted down step by step; once the steps
        are done, or when the block's time runs out before the step's (steps
        that add up to more than the block), the figure is the block's again.
        """
        if self.step is None or self.step_remaining is None or self.step_remaining <= 0:
            return False
        return not self.block.timed or self.step_remaining <= self.remaining + 1e-9

    @property
    def figure(self) -> float:
        """The one running figure every face shows, in seconds.

        The step's time left while `figure_is_step`, else the block's time
        left (negative: over time); an untimed block counts up, as a negative
        number of seconds spent.
        """
        if self.figure_is_step:
            assert self.step_remaining is not None
            return self.step_remaining
        if self.block.timed:
            return self.remaining
        return -self.block_elapsed

    @property
    def overrun(self) -> float:
        return max(0.0, -self.remaining)
