"""The meeting engine: where the meeting stands at every moment, and what just happened.

Time is always computed from the injected clock: the meeting time `t` is the
meeting clock (which counts through a suspend and never moves with the wall
clock) minus the moment the meeting started. Nothing is counted from ticks,
so a late tick or a laptop that slept changes nothing but how late an alert
is noticed. What the engine tells its faces (the state, the phase, the
snapshot, the catch-up plan) is in snapshot.py.

Why this file is long: MeetingEngine is one state machine (about 900 lines).
Every command, the tick's alerts, the catch-up plan, the slides and the
replay of a journal read and write the same private state (the block, its
anchors, the adjusted lengths), and the replay runs exactly the code the live
commands run; cut in two, that state would be shared between modules.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from .agenda import Agenda, BlockKind
from .clock import Clock
from .events import ACTION_TYPES, EventType, MeetingEvent, parse_timestamp
from .schedule import ScheduleReference, parse_reference, programme_start, reference_for
from .slides import (
    SlideAction,
    SlideDecision,
    SlideMap,
    SlideMode,
    SlideMove,
    SlidePace,
    decide,
    effective_mode,
    measured_pace,
    slide_pace,
)
from .snapshot import (
    BlockStatus,
    CatchUpPlan,
    MeetingState,
    PlanChange,
    Snapshot,
    TimelineEntry,
    phase_for,
)

__all__ = [
    "MeetingEngine",
    "EngineError",
    "ScheduleReference",
]

#: Wall and meeting clocks disagreeing by more real seconds than this between two ticks is a
#: jump of the wall clock; the awake clock falling behind by more is a suspend.
CLOCK_JUMP_SECONDS = 2.0
#: Where the platform cannot tell a suspend, a gap between ticks longer than this (real
#: seconds) is taken for one (or for the app having hung).
SUSPEND_GAP_SECONDS = 60.0
#: Blocks without `min_minutes` may give up at most this share of their planned time.
MAX_SQUEEZE = 1 / 3


class EngineError(Exception):
    """An operation that makes no sense in the meeting's current state."""


Listener = Callable[[MeetingEvent], None]


class MeetingEngine:
    """A meeting in progress: operations, ticks and snapshots.

    Every operation and `tick()` returns the events it caused, and passes each
    to the listeners (the journal, the Qt bridge). Alerts are decided by
    comparing what has been fired with where the clock is now, so each
    threshold fires once however late the tick; when one tick crosses several
    (a laptop that slept), only the latest is reported.
    """

    def __init__(self, agenda: Agenda, clock: Clock) -> None:
        if not agenda.blocks:
            raise EngineError("a programme without blocks cannot be run")
        self.agenda = agenda
        self.clock = clock
        n = len(agenda.blocks)
        self._state = MeetingState.NOT_STARTED
        self._origin = 0.0  # meeting clock at the start (after a restart: shifted by the gap)
        self._started_at: datetime | None = None
        self._finished_t: float | None = None
        self._index = 0
        self._planned_offsets = agenda.planned_offsets()
        self._total_minutes = agenda.total_minutes
        # Per block: running seconds from earlier visits, real seconds spent,
        # minutes adjusted by hand and by catch-up plans, fired alert keys.
        self._active_before = [0.0] * n
        self._real_before = [0.0] * n
        self._adjust = [0.0] * n
        # Minutes added to or taken from single steps, so a step keeps step with its block.
        self._step_adjust = [[0.0] * len(b.steps) for b in agenda.blocks]
        self._plan = [0.0] * n
        self._fired: list[set[tuple[Any, ...]]] = [set() for _ in range(n)]
        self._last_step = [-1] * n
        # Per block: a step a slide started, and the block running time it started at.
        self._step_marks: list[tuple[int, float] | None] = [None] * n
        self._visited = [False] * n
        # The current visit.
        self._entered_t = 0.0
        self._pause_total = 0.0
        self._paused_at: float | None = None
        self._plan_undo: list[list[float]] = []
        # Meeting time, awake clock and wall time at the last look at the clocks.
        self._last_tick: tuple[float, float, datetime] | None = None
        self._listeners: list[Listener] = []
        self._pending: list[MeetingEvent] = []
        # Chosen by the facilitator before the start (None: by the rule); fixed at the start.
        self._reference_choice: ScheduleReference | None = None
        self._reference: ScheduleReference | None = None
        # A rehearsal's clock runs faster than the room's (--speed): by the rule it is
        # timed from its start unless the facilitator chooses otherwise.
        self._rehearsal = clock.speed != 1.0
        # Slides: the programme's map, the user's preferred mode (the programme's own wins),
        # the slide on screen, what its last change meant, and the moves for the pace.
        self._slide_map = SlideMap(agenda)
        self._slide_preference: SlideMode | None = None
        self._slide: int | None = None
        self._slide_decision: SlideDecision | None = None
        self._slide_moves: list[SlideMove] = []
        self._paused_before = 0.0  # meeting seconds paused in earlier pauses, all blocks
        # Who asks for the operation under way (None: the window); see `acting_for`.
        self._actor: str | None = None

    # ------------------------------------------------------------------ plumbing

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def state(self) -> MeetingState:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def started_at(self) -> datetime | None:
        return self._started_at

    @property
    def reference_choice(self) -> ScheduleReference | None:
        """The reference the facilitator chose before the start, or None (the rule decides)."""
        return self._reference_choice

    def choose_reference(self, reference: ScheduleReference | None) -> None:
        """Before the start: time against the planned clock, from the start, or None: the rule."""
        self._require(MeetingState.NOT_STARTED)
        self._reference_choice = reference

    def programme_start(self, actual_start: datetime) -> datetime | None:
        """The programme's clock start on the day of a meeting started at `actual_start`."""
        return programme_start(self.agenda.start, self.agenda.date, actual_start)

    def reference_at(self, actual_start: datetime) -> ScheduleReference:
        """What the meeting is (or, started at `actual_start`, would be) timed against."""
        if self._reference is not None:
            return self._reference
        printed = self.programme_start(actual_start)
        if printed is None:
            return ScheduleReference.FROM_START
        if self._reference_choice is not None:
            return self._reference_choice
        if self._rehearsal:
            return ScheduleReference.FROM_START
        return reference_for(printed, self._total_minutes, actual_start)

    def _t(self) -> float:
        if self._state is MeetingState.NOT_STARTED:
            return 0.0
        if self._finished_t is not None:
            return self._finished_t
        return self.clock.monotonic() - self._origin

    def _emit(self, events: list[MeetingEvent]) -> list[MeetingEvent]:
        for event in events:
            for listener in self._listeners:
                listener(event)
        return events

    @contextlib.contextmanager
    def acting_for(self, source: str) -> Iterator[None]:
        """Operations in this block were asked for by `source` (`remote`: a phone).

        Their action events (`ACTION_TYPES`) carry `source` in the journal, so
        the review can tell who moved the meeting on; alerts and steps that
        happen to fall due meanwhile do not. Replay ignores the field.
        """
        before, self._actor = self._actor, source
        try:
            yield
        finally:
            self._actor = before

    def _event(self, kind: EventType, t: float, block: int | None = None,
               **data: Any) -> MeetingEvent:
        if self._actor is not None and kind in ACTION_TYPES:
            data["source"] = self._actor
        return MeetingEvent(kind, t, self._index if block is None else block,
                            self.clock.now(), MappingProxyType(data))

    def length(self, index: int) -> float:
        """A block's adjusted length for this run, in seconds."""
        minutes = self.agenda.blocks[index].minutes + self._adjust[index] + self._plan[index]
        return max(0.0, minutes) * 60

    def _block_elapsed(self, t: float) -> float:
        visit = t - self._entered_t - self._pause_total
        if self._paused_at is not None:
            visit -= t - self._paused_at
        return self._active_before[self._index] + max(0.0, visit)

    def _require(self, *states: MeetingState) -> None:
        if self._state not in states:
            allowed = ", ".join(s.value for s in states)
            raise EngineError(f"not possible while {self._state.value} (needs {allowed})")

    # ------------------------------------------------------------------ operations

    def start(self) -> list[MeetingEvent]:
        """Start the meeting now, in the first block."""
        self._require(MeetingState.NOT_STARTED)
        self._origin = self.clock.monotonic()
        self._started_at = self.clock.now()
        self._reference = self.reference_at(self._started_at)
        self._state = MeetingState.RUNNING
        self._last_tick = (0.0, self.clock.awake(), self._started_at)
        schedule: dict[str, Any] = {"schedule": self._reference.value}
        if self._reference_choice is not None:
            schedule["schedule_chosen"] = True
        events = [self._event(EventType.START, 0.0, 0, **schedule, **self._clock_fields())]
        events += self._enter(0, 0.0, "start")
        return self._emit(events)

    def pause(self) -> list[MeetingEvent]:
        self._require(MeetingState.RUNNING)
        t = self._t()
        events = self._evaluate(t)
        self._paused_at = t
        self._state = MeetingState.PAUSED
        events.append(self._event(EventType.PAUSE, t))
        return self._emit(events)

    def resume(self) -> list[MeetingEvent]:
        self._require(MeetingState.PAUSED)
        t = self._t()
        return self._emit(self._resume_at(t))

    def _resume_at(self, t: float) -> list[MeetingEvent]:
        assert self._paused_at is not None
        self._pause_total += t - self._paused_at
        self._paused_before += t - self._paused_at
        self._paused_at = None
        self._state = MeetingState.RUNNING
        return [self._event(EventType.RESUME, t)]

    def toggle(self) -> list[MeetingEvent]:
        """Space bar: start, pause or resume, whichever fits."""
        if self._state is MeetingState.NOT_STARTED:
            return self.start()
        if self._state is MeetingState.RUNNING:
            return self.pause()
        if self._state is MeetingState.PAUSED:
            return self.resume()
        return []

    def next_block(self) -> list[MeetingEvent]:
        """Go on to the next block; from the last block this finishes the meeting."""
        if self._state is MeetingState.NOT_STARTED:
            return self.start()
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        if self._index + 1 >= len(self.agenda.blocks):
            return self.finish()
        return self.jump_to(self._index + 1, reason="next")

    def previous_block(self) -> list[MeetingEvent]:
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        if self._index == 0:
            return []
        return self.jump_to(self._index - 1, reason="previous")

    def jump_to(self, index: int, reason: str = "jump") -> list[MeetingEvent]:
        """Go to block `index` (0-based). Its clock continues from any earlier visit."""
        if not 0 <= index < len(self.agenda.blocks):
            raise EngineError(f"no block {index + 1}; the programme has "
                              f"{len(self.agenda.blocks)}")
        if self._state is MeetingState.NOT_STARTED:
            events = self.start()
            if index == 0:
                return events
            return events + self.jump_to(index, reason)
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        if index == self._index and reason != "restart":
            return []
        t = self._t()
        return self._emit(self._jump_at(index, t, reason))

    def _jump_at(self, index: int, t: float, reason: str) -> list[MeetingEvent]:
        events = self._evaluate(t) if self._state is MeetingState.RUNNING else []
        # Moving on means the meeting moves on: a pause ends with it.
        if self._paused_at is not None:
            events += self._resume_at(t)
        self._leave(t)
        if reason == "restart":
            self._active_before[index] = 0.0
            self._fired[index].clear()
            self._last_step[index] = -1
            self._step_marks[index] = None
        events += self._enter(index, t, reason)
        return events

    def restart_block(self) -> list[MeetingEvent]:
        """Run the current block's clock again from zero."""
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        return self.jump_to(self._index, reason="restart")

    def adjust(self, minutes: float) -> list[MeetingEvent]:
        """Lengthen (positive) or shorten the current block, for this run only."""
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        t = self._t()
        return self._emit(self._adjust_at(minutes, t, self._step_to_adjust(t)))

    def _step_to_adjust(self, t: float) -> int | None:
        """The step that takes a minute with its block: the one running.

        Also the last step once the steps are done, when they end with (or
        after) the block, so that step and block run over together; not when
        the steps ended before the block, which has time of its own left.
        """
        i = self._index
        step, step_remaining = self._step_at(i, self._block_elapsed(t))
        if step is None or step_remaining is None:
            return None
        if step_remaining > 0:
            return step
        return step if self._steps_end(i) >= self.length(i) - 1e-6 else None

    def _steps_end(self, i: int) -> float:
        """Block running time at which the last step ends (from a slide's mark, if any)."""
        first, end = self._step_marks[i] or (0, 0.0)
        return end + sum(self.step_length(i, n)
                         for n in range(first, len(self.agenda.blocks[i].steps)))

    def step_length(self, index: int, step: int) -> float:
        """A step's adjusted length for this run, in seconds."""
        minutes = self.agenda.blocks[index].steps[step].minutes + self._step_adjust[index][step]
        return max(0.0, minutes) * 60

    def _adjust_steps(self, i: int, step: int, minutes: float) -> None:
        """The running step moves with its block.

        A minute it cannot give comes from the steps after it, then from those
        before it (all done by then), so steps that filled the block still do.
        """
        if minutes >= 0:
            self._step_adjust[i][step] += minutes
            return
        left = -minutes
        count = len(self._step_adjust[i])
        for n in [*range(step, count), *range(step - 1, -1, -1)]:
            taken = min(left, self.step_length(i, n) / 60)
            self._step_adjust[i][n] -= taken
            left -= taken
            if left <= 1e-9:
                break

    def _adjust_at(self, minutes: float, t: float, step: int | None = None) -> list[MeetingEvent]:
        i = self._index
        current = self.length(i) / 60
        # A timed block keeps at least a minute; to end it, go to the next one.
        floor = 1.0 if current >= 1 else current
        applied = max(minutes, floor - current)
        if applied == 0:
            return []
        self._adjust[i] += applied
        data: dict[str, Any] = {"minutes": applied}
        if step is not None and 0 <= step < len(self._step_adjust[i]):
            self._adjust_steps(i, step, applied)
            data["step"] = step
        events = [self._event(EventType.ADJUST, t, **data)]
        if self._state is MeetingState.RUNNING:
            events += self._evaluate(t)
        return events

    # ------------------------------------------------------------------ slides

    @property
    def slide_mode(self) -> SlideMode:
        """What slide changes do: the programme's `slides_follow`, else the preference."""
        return effective_mode(self.agenda.slides_follow, self._slide_preference)

    @property
    def slide_preference(self) -> SlideMode | None:
        return self._slide_preference

    @slide_preference.setter
    def slide_preference(self, mode: SlideMode | str | None) -> None:
        """The user's preferred mode (settings `slides_follow`); the programme's own wins."""
        self._slide_preference = effective_mode(None, mode) if mode else None

    @property
    def slide_map(self) -> SlideMap:
        return self._slide_map

    @property
    def current_slide(self) -> int | None:
        """The slide on screen as last reported (None: none, or the show ended)."""
        return self._slide

    @property
    def last_slide_decision(self) -> SlideDecision | None:
        """What the last slide change meant, for the faces (a suggestion, a look back …)."""
        return self._slide_decision

    @property
    def slide_moves(self) -> tuple[SlideMove, ...]:
        return tuple(self._slide_moves)

    @property
    def slide_suggestion(self) -> SlideDecision | None:
        """The slide's suggestion of a later block, while it still stands (suggest mode).

        None once the meeting is at or past that block (however it got there),
        and when the last slide suggested nothing.
        """
        decision = self._slide_decision
        if decision is None or decision.action is not SlideAction.SUGGEST_BLOCK \
                or decision.block is None or decision.block <= self._index \
                or self._state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return None
        return decision

    def follow_suggestion(self) -> list[MeetingEvent]:
        """The facilitator takes the slide's suggestion: its block starts (reason `slide`).

        As under follow, the step the slide begins is marked. Nothing when no
        suggestion stands.
        """
        decision = self.slide_suggestion
        if decision is None or decision.block is None:
            return []
        t = self._t()
        events = self._jump_at(decision.block, t, "slide")
        if decision.step is not None:
            events += self._mark_step_at(self._index, decision.step, t)
        return self._emit(events)

    def slide(self, number: int | None, source: str = "") -> list[MeetingEvent]:
        """The show is on slide `number` (1-based; None: the show ended or its source is gone).

        Decided by `slides.decide` in the current mode and applied: under
        follow a later block starts (reason `slide`) or a later step of this
        block is marked (a `step_start` with reason `slide`). While the meeting
        runs or is paused a `slide` event records the number, its source and
        the decision, before what it caused; before the start and after the
        finish the slide is only remembered (the journal covers the meeting).
        """
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)
                                   or number < 1):
            raise EngineError(f"no slide {number!r}; slides are numbered from 1")
        running = self._state in (MeetingState.RUNNING, MeetingState.PAUSED)
        t = self._t()
        step = self._step_at(self._index, self._block_elapsed(t))[0] if running else None
        decision = decide(self._slide_map, self.slide_mode, number, self._index, step, running)
        self._slide = number
        self._slide_decision = decision
        if not running:
            return []
        events = self._evaluate(t) if self._state is MeetingState.RUNNING else []
        events.append(self._event(
            EventType.SLIDE, t, number=number, source=source, mode=decision.mode.value,
            decision=decision.action.value, to_block=decision.block, to_step=decision.step))
        if decision.action is SlideAction.START_BLOCK and decision.block is not None:
            events += self._jump_at(decision.block, t, "slide")
        if decision.action in (SlideAction.START_BLOCK, SlideAction.MARK_STEP) \
                and decision.step is not None:
            events += self._mark_step_at(self._index, decision.step, t)
        self._record_move(t, number, self._index)
        return self._emit(events)

    def _mark_step_at(self, i: int, step: int, t: float) -> list[MeetingEvent]:
        """A slide starts step `step` of the current block now, unless it is not ahead."""
        if i != self._index or not 0 <= step < len(self.agenda.blocks[i].steps):
            return []
        elapsed = self._block_elapsed(t)
        current = self._step_at(i, elapsed)[0]
        if current is not None and step <= current:
            return []
        self._step_marks[i] = (step, elapsed)
        self._last_step[i] = max(self._last_step[i], step)
        return [self._event(EventType.STEP_START, t, i, step=step, reason="slide")]

    def _record_move(self, t: float, number: int | None, block: int) -> None:
        paused = t - self._paused_at if self._paused_at is not None else 0.0
        self._slide_moves.append(SlideMove(
            t - self._paused_before - paused, number,
            self._slide_map.counts_for_pace(block, number)))

    def slide_pace(self, snapshot: Snapshot | None = None) -> SlidePace | None:
        """Where the slides stand in the current block, at the meeting's pace so far.

        None when no slide of the current block is on screen, or the block is
        untimed (it has no time left to measure against).
        """
        if self._state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return None
        if not self.agenda.blocks[self._index].timed:
            return None
        snap = snapshot or self.snapshot()
        return slide_pace(self._slide_map.slides_of(self._index), self._slide, snap.remaining,
                          measured_pace(self._slide_moves))

    def note(self, text: str = "", reason: str | None = None) -> list[MeetingEvent]:
        """Record a note or an overrun reason ("discussion", "technical", …)."""
        t = self._t()
        data: dict[str, Any] = {"text": text}
        if reason:
            data["reason"] = reason
        return self._emit([self._event(EventType.NOTE, t, **data)])

    def finish(self) -> list[MeetingEvent]:
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        t = self._t()
        return self._emit(self._finish_at(t))

    def _finish_at(self, t: float) -> list[MeetingEvent]:
        events = self._evaluate(t) if self._state is MeetingState.RUNNING else []
        if self._paused_at is not None:
            events += self._resume_at(t)
        self._leave(t)
        self._state = MeetingState.FINISHED
        self._finished_t = t
        events.append(self._event(EventType.FINISH, t))
        return events

    # ------------------------------------------------------------------ ticking

    def tick(self) -> list[MeetingEvent]:
        """What happened since the last tick: steps, alerts, clock trouble."""
        if self._state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return []
        events = self._check_clocks()
        t = self._t()
        if self._state is MeetingState.RUNNING:
            events += self._evaluate(t)
        return self._emit(events)

    def _clock_fields(self) -> dict[str, Any]:
        """What a start or a resume records so that a later restart knows the gap exactly."""
        fields: dict[str, Any] = {"speed": self.clock.speed}
        reading = self.clock.since_boot()
        if reading is not None:
            fields["boot_id"] = reading.boot_id
            fields["boot_seconds"] = round(reading.seconds, 3)
        return fields

    def _check_clocks(self) -> list[MeetingEvent]:
        """Suspends and wall clock changes since the last look; neither moves the meeting.

        The meeting clock counts through suspend where the platform has such a
        clock, so a suspend needs no correction: it is reported from how far
        the awake clock fell behind. The wall clock is only compared, never
        trusted: a jump of it is reported as a `clock_jump`.
        """
        mono_t = self.clock.monotonic() - self._origin
        awake = self.clock.awake()
        wall = self.clock.now()
        speed = self.clock.speed
        events: list[MeetingEvent] = []
        if self._last_tick is not None:
            last_t, last_awake, last_wall = self._last_tick
            mono_delta = mono_t - last_t
            slept = mono_delta - (awake - last_awake)  # meeting seconds
            disagreement = (wall - last_wall).total_seconds() - mono_delta / speed  # real seconds
            if self.clock.tells_sleep:
                if slept / speed > CLOCK_JUMP_SECONDS:
                    events.append(self._event(EventType.SUSPEND_GAP, mono_t,
                                              seconds=round(slept, 3)))
            elif mono_delta / speed > SUSPEND_GAP_SECONDS \
                    and abs(disagreement) <= CLOCK_JUMP_SECONDS:
                events.append(self._event(EventType.SUSPEND_GAP, mono_t,
                                          seconds=round(mono_delta, 3)))
            if abs(disagreement) > CLOCK_JUMP_SECONDS:
                events.append(self._event(EventType.CLOCK_JUMP, mono_t,
                                          seconds=round(disagreement, 3)))
        self._last_tick = (mono_t, awake, wall)
        return events

    def _thresholds(self, i: int) -> list[tuple[float, tuple[Any, ...], EventType, dict[str, Any]]]:
        """The alert crossings of block i that can be known without looking ahead."""
        length = self.length(i)
        if length <= 0:
            return []
        block = self.agenda.blocks[i]
        out: list[tuple[float, tuple[Any, ...], EventType, dict[str, Any]]] = []
        for minutes in self.agenda.warn_before_for(i):
            if minutes * 60 < length:
                out.append((length - minutes * 60, ("warning", minutes), EventType.WARNING,
                            {"minutes_left": minutes}))
        end_type = EventType.BREAK_OVER if block.kind is BlockKind.BREAK else EventType.TIME_UP
        out.append((length, ("time_up",), end_type, {}))
        return out

    def _evaluate(self, t: float) -> list[MeetingEvent]:
        """Steps and alerts of the current block that are due at meeting time t."""
        i = self._index
        elapsed = self._block_elapsed(t)
        events: list[MeetingEvent] = []
        block = self.agenda.blocks[i]
        if block.steps:
            step = self._step_at(i, elapsed)[0]
            if step is not None and step > self._last_step[i]:
                self._last_step[i] = step
                events.append(self._event(EventType.STEP_START, t, step=step))
        due: list[tuple[float, EventType, dict[str, Any]]] = []
        fired = self._fired[i]
        for at, key, kind, data in self._thresholds(i):
            if elapsed >= at and key not in fired:
                fired.add(key)
                due.append((at, kind, data))
        length = self.length(i)
        every = self.agenda.alerts.overrun_every * 60
        if length > 0 and elapsed >= length + every:
            count = int((elapsed - length) // every)
            for k in range(1, count + 1):
                key = ("overrun", k)
                if key not in fired:
                    fired.add(key)
                    due.append((length + k * every, EventType.OVERRUN,
                                {"minutes_over": round(k * every / 60, 2)}))
        if due:
            at, kind, data = max(due, key=lambda d: d[0])
            events.append(self._event(kind, t, **data))
        return events

    def _step_at(self, i: int, elapsed: float) -> tuple[int | None, float | None]:
        steps = self.agenda.blocks[i].steps
        if not steps:
            return None, None
        # A step a slide started runs from then; the steps before it are done.
        first, end = 0, 0.0
        mark = self._step_marks[i]
        if mark is not None and elapsed >= mark[1]:
            first, end = mark
        for number in range(first, len(steps)):
            end += self.step_length(i, number)
            if elapsed < end:
                return number, end - elapsed
        return len(steps) - 1, end - elapsed

    # ------------------------------------------------------------------ block visits

    def _enter(self, index: int, t: float, reason: str) -> list[MeetingEvent]:
        self._index = index
        self._visited[index] = True
        self._entered_t = t
        self._pause_total = 0.0
        self._paused_at = None
        events = [self._event(EventType.BLOCK_START, t, index, reason=reason)]
        events += self._evaluate(t)
        return events

    def _leave(self, t: float) -> None:
        i = self._index
        self._active_before[i] = self._block_elapsed(t)
        self._real_before[i] += t - self._entered_t
        self._entered_t = t
        self._pause_total = 0.0
        self._paused_at = None

    # ------------------------------------------------------------------ catch-up plan

    def catch_up_plan(self, snapshot: Snapshot | None = None) -> CatchUpPlan | None:
        """A proposal to land on time by shortening coming blocks, or None when on time.

        `snapshot` spares computing the moment again when the caller has just
        taken it.
        """
        if self._state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return None
        snap = snapshot or self.snapshot()
        behind = snap.delay / 60
        if behind < 0.5:
            return None
        need = math.ceil(behind - 1e-9)
        capacities: list[tuple[int, int]] = []
        for j in range(self._index + 1, len(self.agenda.blocks)):
            capacities.append((j, self._squeeze_capacity(j)))
        flexible = [(j, c) for j, c in capacities if c > 0 and self.agenda.blocks[j].flexible]
        others = [(j, c) for j, c in capacities if c > 0 and not self.agenda.blocks[j].flexible]
        cuts: dict[int, int] = {}
        for group in (flexible, others):
            if need <= 0:
                break
            taken = _share(need, group)
            for j, cut in taken.items():
                cuts[j] = cuts.get(j, 0) + cut
            need -= sum(taken.values())
        if not cuts:
            return None
        changes = tuple(
            PlanChange(j, self.length(j) / 60, self.length(j) / 60 - cut)
            for j, cut in sorted(cuts.items()) if cut > 0
        )
        saved = sum(cuts.values())
        delay_after = behind - saved
        return CatchUpPlan(changes, behind, delay_after,
                           snap.projected_end - timedelta(minutes=saved))

    def _squeeze_capacity(self, j: int) -> int:
        block = self.agenda.blocks[j]
        current = self.length(j) / 60
        if current <= 0:
            return 0
        if block.min_minutes is not None:
            floor = block.min_minutes
        elif block.kind is BlockKind.BREAK:
            floor = block.minutes  # a break never shrinks below what the programme allows
        else:
            floor = block.minutes * (1 - MAX_SQUEEZE)
        return max(0, math.floor(current - floor + 1e-9))

    def apply_plan(self, plan: CatchUpPlan) -> list[MeetingEvent]:
        """Apply a catch-up plan as one operation; `undo_plan` takes it back."""
        self._require(MeetingState.RUNNING, MeetingState.PAUSED)
        t = self._t()
        changes = [{"block": c.block, "minutes": round(c.minutes, 2)} for c in plan.changes]
        return self._emit(self._apply_plan_at(changes, t, round(plan.delay_before, 2)))

    def _apply_plan_at(self, changes: list[dict[str, Any]], t: float,
                       delay: float) -> list[MeetingEvent]:
        self._plan_undo.append(list(self._plan))
        for change in changes:
            self._plan[change["block"]] += change["minutes"]
        return [self._event(EventType.PLAN_APPLIED, t, changes=changes, delay_minutes=delay)]

    @property
    def can_undo_plan(self) -> bool:
        return bool(self._plan_undo)

    def undo_plan(self) -> list[MeetingEvent]:
        if not self._plan_undo:
            return []
        t = self._t()
        return self._emit(self._undo_plan_at(t))

    def _undo_plan_at(self, t: float) -> list[MeetingEvent]:
        previous = self._plan_undo.pop()
        changes = [{"block": j, "minutes": round(previous[j] - self._plan[j], 2)}
                   for j in range(len(self._plan)) if previous[j] != self._plan[j]]
        self._plan = previous
        return [self._event(EventType.PLAN_UNDONE, t, changes=changes)]

    # ------------------------------------------------------------------ snapshot

    def snapshot(self) -> Snapshot:
        """The current moment, computed from the clock."""
        now = self.clock.now()
        t = self._t()
        i = self._index
        blocks = self.agenda.blocks
        block = blocks[i]
        started = self._state is not MeetingState.NOT_STARTED
        block_elapsed = self._block_elapsed(t) if started and self._finished_t is None \
            else self._active_before[i]
        length = self.length(i)
        remaining = length - block_elapsed
        step_index, step_remaining = self._step_at(i, block_elapsed)
        step_end = block_elapsed + step_remaining if step_remaining is not None else None
        next_index = i + 1 if i + 1 < len(blocks) else None
        if self._state is MeetingState.NOT_STARTED:
            next_index = 1 if len(blocks) > 1 else None

        start_wall = self._started_at or now
        reference = self.reference_at(start_wall)
        printed = self.programme_start(start_wall)
        planned_start = printed if reference is ScheduleReference.PLANNED and printed \
            else start_wall
        offsets = self._planned_offsets
        lengths = [self.length(j) for j in range(len(blocks))]
        planned_end = planned_start + timedelta(minutes=self._total_minutes)
        if self._state is MeetingState.FINISHED:
            projected = start_wall + timedelta(seconds=t)
        else:
            rest = max(0.0, remaining)
            for j in range(i + 1, len(blocks)):
                gap = offsets[j] - (offsets[j - 1] + blocks[j - 1].minutes)
                rest += (gap * 60 if gap > 0 else 0.0) + lengths[j]
            projected = start_wall + timedelta(seconds=t + rest)
        delay = (projected - planned_end).total_seconds()

        timeline = []
        for j, b in enumerate(blocks):
            real = self._real_before[j]
            if j == i and started and self._finished_t is None:
                real += t - self._entered_t
            if self._state is MeetingState.FINISHED:
                status = BlockStatus.DONE if self._visited[j] else BlockStatus.SKIPPED
            elif j == i:
                status = BlockStatus.CURRENT
            elif self._visited[j]:
                status = BlockStatus.DONE
            elif j < i:
                status = BlockStatus.SKIPPED
            else:
                status = BlockStatus.UPCOMING
            timeline.append(TimelineEntry(j, b.title, b.kind, b.minutes, lengths[j] / 60,
                                          offsets[j], real, status))
        paused_for = t - self._paused_at if self._paused_at is not None else 0.0
        return Snapshot(
            state=self._state, now=now, elapsed=t, index=i, block=block,
            planned_length=block.minutes * 60, length=length, block_elapsed=block_elapsed,
            remaining=remaining,
            phase=phase_for(remaining, length, self.agenda.warn_before_for(i)),
            step_index=step_index, step=block.steps[step_index] if step_index is not None
            else None, step_remaining=step_remaining,
            next_index=next_index, next_block=blocks[next_index] if next_index is not None
            else None, next_length=self.length(next_index) if next_index is not None else None,
            started_at=self._started_at, planned_start=planned_start, planned_end=planned_end,
            projected_end=projected, delay=delay, timeline=tuple(timeline),
            can_undo_plan=bool(self._plan_undo), paused_for=paused_for,
            reference=reference, programme_start=printed, step_end=step_end,
            step_lengths=tuple(self.step_length(i, n) for n in range(len(block.steps))),
        )

    # ------------------------------------------------------------------ replay

    @classmethod
    def replay(cls, agenda: Agenda, clock: Clock,
               records: Iterable[Mapping[str, Any]]) -> MeetingEngine:
        """Rebuild an engine from journal records, then let the meeting go on now.

        The meeting went on while the app was not running: the meeting clock
        continues from the last record plus the gap. The gap is taken from
        the boot clock (which the wall clock does not move) when the last
        `start` or `resumed_after_crash` recorded a reading of this same
        boot; otherwise from the wall clock, and marked uncertain. A
        rehearsal's gap counts at the speed it ran at, as if it had gone on
        uninterrupted. A `resumed_after_crash` event records all of this.
        """
        engine = cls(agenda, clock)
        last_t = 0.0
        last_wall: datetime | None = None
        anchor: _Anchor | None = None
        for record in records:
            kind = record.get("type")
            # Records from the journal reader are checked already; these guards keep
            # replay safe for any mapping (a damaged value reads as "no change").
            t = max(_bounded(record.get("elapsed", last_t), last_t, 0, MAX_REPLAY_ELAPSED),
                    last_t)
            wall = parse_timestamp(record.get("t"))
            engine._replay_one(kind, t, record, wall)
            if kind in (EventType.START.value, EventType.RESUMED_AFTER_CRASH.value):
                anchor = _Anchor.of(record, t)
            last_t = t
            last_wall = wall or last_wall
        if engine._state is MeetingState.NOT_STARTED:
            return engine
        if engine._state is MeetingState.FINISHED:
            return engine
        now = clock.now()
        speed = anchor.speed if anchor is not None else clock.speed
        reading = clock.since_boot()
        if anchor is not None and anchor.boot_id is not None and reading is not None \
                and reading.boot_id == anchor.boot_id:
            stopped_at = anchor.boot_seconds + (last_t - anchor.elapsed) / anchor.speed
            real_gap = max(0.0, reading.seconds - stopped_at)
            gap_from, uncertain = "boot_clock", False
        else:
            real_gap = max(0.0, (now - last_wall).total_seconds()) if last_wall else 0.0
            gap_from, uncertain = "wall_clock", True
        gap = real_gap * speed
        engine._origin = clock.monotonic() - (last_t + gap)
        engine._last_tick = (last_t + gap, clock.awake(), now)
        t = engine._t()
        events = [engine._event(EventType.RESUMED_AFTER_CRASH, t, gap_seconds=round(gap, 3),
                                gap_real_seconds=round(real_gap, 3), gap_from=gap_from,
                                gap_uncertain=uncertain, **engine._clock_fields())]
        if engine._state is MeetingState.RUNNING:
            events += engine._evaluate(t)
        engine._pending = events
        return engine

    def take_resume_events(self) -> list[MeetingEvent]:
        """After `replay`: the resumed event and any alert due now, sent to listeners."""
        events, self._pending = self._pending, []
        return self._emit(events)

    def _replay_one(self, kind: Any, t: float, record: Mapping[str, Any],
                    wall: datetime | None) -> None:
        state = self._state
        if kind == EventType.START.value and state is MeetingState.NOT_STARTED:
            self._state = MeetingState.RUNNING
            self._started_at = wall or self.clock.now()
            # Journals from before the field existed get the same rule as a new start.
            if record.get("schedule_chosen") is True:
                self._reference_choice = parse_reference(record.get("schedule"))
            self._reference = parse_reference(record.get("schedule")) \
                or self.reference_at(self._started_at)
            self._enter(0, 0.0, "start")
            return
        if state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return
        running = state is MeetingState.RUNNING
        if running:
            self._evaluate(t)
        block = record.get("block")
        if kind == EventType.BLOCK_START.value and isinstance(block, int) \
                and 0 <= block < len(self.agenda.blocks):
            reason = str(record.get("reason", "jump"))
            if reason == "start" and block == self._index:
                return
            self._jump_at(block, t, reason)
        elif kind == EventType.PAUSE.value and running:
            self._paused_at = t
            self._state = MeetingState.PAUSED
        elif kind == EventType.RESUME.value and not running:
            self._resume_at(t)
        elif kind == EventType.ADJUST.value:
            # Journals from before steps took their minute have no `step`: the block only.
            step = record.get("step")
            minutes = _bounded(record.get("minutes"), 0.0, -MAX_REPLAY_MINUTES,
                               MAX_REPLAY_MINUTES)
            if minutes:
                self._adjust_at(minutes, t,
                                step if isinstance(step, int) and not isinstance(step, bool)
                                else None)
        elif kind == EventType.PLAN_APPLIED.value:
            raw_changes = record.get("changes")
            changes = [
                {"block": c["block"], "minutes": _bounded(c.get("minutes"), 0.0,
                                                          -MAX_REPLAY_MINUTES, MAX_REPLAY_MINUTES)}
                for c in (raw_changes if isinstance(raw_changes, list) else [])
                if isinstance(c, Mapping) and isinstance(c.get("block"), int)
                and not isinstance(c.get("block"), bool)
                and 0 <= c["block"] < len(self.agenda.blocks)]
            self._apply_plan_at(changes, t, 0.0)
        elif kind == EventType.PLAN_UNDONE.value and self._plan_undo:
            self._undo_plan_at(t)
        elif kind == EventType.STEP_START.value and record.get("reason") == "slide":
            step = record.get("step")
            if isinstance(step, int) and not isinstance(step, bool) and block == self._index:
                self._mark_step_at(self._index, step, t)
        elif kind == EventType.SLIDE.value:
            self._replay_slide(t, record)
        elif kind == EventType.FINISH.value:
            self._finish_at(t)

    def _replay_slide(self, t: float, record: Mapping[str, Any]) -> None:
        """A `slide` record only informs: the block_start and step_start records it caused
        (reason `slide`) replay by themselves, so a block is never started twice."""
        number = record.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            number = None
        try:
            action = SlideAction(record.get("decision"))
            mode = SlideMode(record.get("mode"))
        except ValueError:
            action, mode = SlideAction.NOTHING, self.slide_mode
        count = len(self.agenda.blocks)
        to_block = _index_or_none(record.get("to_block"), count)
        to_step = record.get("to_step")
        to_step = to_step if isinstance(to_step, int) and not isinstance(to_step, bool) else None
        self._slide = number
        self._slide_decision = SlideDecision(action, number, mode, to_block, to_step)
        # The record comes before the block_start it caused: the time from here on is the
        # new block's.
        block = to_block if action is SlideAction.START_BLOCK and to_block is not None \
            else self._index
        self._record_move(t, number, block)


def _index_or_none(value: Any, count: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < count:
        return value
    return None


@dataclass(frozen=True)
class _Anchor:
    """A start or resume that recorded the boot clock: where meeting and boot time met."""

    elapsed: float
    speed: float
    boot_id: str | None
    boot_seconds: float

    @classmethod
    def of(cls, record: Mapping[str, Any], elapsed: float) -> _Anchor | None:
        speed = _finite(record.get("speed"), 0.0)
        if not 0 < speed <= 1e6:
            return None
        boot_id = record.get("boot_id")
        seconds = _finite(record.get("boot_seconds"), -1.0)
        if not isinstance(boot_id, str) or not boot_id or seconds < 0:
            return cls(elapsed, speed, None, 0.0)
        return cls(elapsed, speed, boot_id, seconds)


def _finite(value: Any, default: float) -> float:
    """A record's number, or `default` when it is missing, not a number or not finite."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        return default
    return number if math.isfinite(number) else default


# What replay accepts from a record (the journal reader's bounds, for records that
# come from elsewhere): a year of meeting clock, a day's adjustment.
MAX_REPLAY_ELAPSED = 366 * 24 * 3600.0
MAX_REPLAY_MINUTES = 24 * 60.0


def _bounded(value: Any, default: float, low: float, high: float) -> float:
    """`value` as a float when it is a finite number within [low, high], else `default`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    # Compared before float(): a huge int would overflow it; NaN compares False.
    return float(value) if low <= value <= high else default


def _share(need: int, group: list[tuple[int, int]]) -> dict[int, int]:
    """Split `need` whole minutes over blocks in proportion to what each can give."""
    total = sum(c for _, c in group)
    if total <= need:
        return {j: c for j, c in group}
    exact = [(j, need * c / total, c) for j, c in group]
    cuts = {j: math.floor(x) for j, x, _ in exact}
    left = need - sum(cuts.values())
    by_remainder = sorted(exact, key=lambda e: (e[1] - math.floor(e[1])), reverse=True)
    for j, _, cap in by_remainder:
        if left <= 0:
            break
        if cuts[j] < cap:
            cuts[j] += 1
            left -= 1
    return cuts

