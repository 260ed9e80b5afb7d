"""The Qt bridge: owns the ticking timer, drives the engine and turns its events into signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.engine import MeetingEngine, ScheduleReference
from ..core.events import ALERT_TYPES, EventType, MeetingEvent
from ..core.snapshot import CatchUpPlan, MeetingState, Snapshot

__all__ = ["MeetingBridge", "AlertSink", "RecordingAlertSink", "next_tick_ms"]

#: Land a little after the second boundary, never just before it.
TICK_SLACK_MS = 4


class AlertSink(Protocol):
    """Something that makes an alert noticeable: a sound, a flash, a notification."""

    def alert(self, event: MeetingEvent, snapshot: Snapshot) -> None: ...


class RecordingAlertSink:
    """Keeps every alert it is given; for tests and for the window's history."""

    def __init__(self) -> None:
        self.alerts: list[tuple[MeetingEvent, Snapshot]] = []

    def alert(self, event: MeetingEvent, snapshot: Snapshot) -> None:
        self.alerts.append((event, snapshot))

    @property
    def types(self) -> list[EventType]:
        return [event.type for event, _ in self.alerts]


#: Events the faces treat as alerts: the engine's alerts plus the softer ones.
NOTICEABLE = ALERT_TYPES | {EventType.STEP_START, EventType.FINISH, EventType.BLOCK_START}


def next_tick_ms(snapshot: Snapshot, speed: float = 1.0) -> int:
    """Milliseconds until the displayed second next changes.

    While the meeting runs, the big number changes when the block's running
    time crosses a whole second; otherwise only the clock of day moves, on the
    wall clock's second. Re-arming a single-shot precise timer to that
    boundary keeps every displayed second within a few milliseconds of true.
    """
    now = snapshot.now
    to_wall_second = 1000.0 - now.microsecond / 1000.0
    if snapshot.state is MeetingState.RUNNING:
        fraction = snapshot.block_elapsed % 1.0
        ms = (1.0 - fraction) * 1000.0 / speed
        # The clock of day must turn with the wall clock's minute, too.
        to_wall_minute = (59 - now.second) * 1000.0 + to_wall_second
        ms = min(ms, to_wall_minute / speed)
    else:
        ms = to_wall_second
    return max(1, int(ms) + TICK_SLACK_MS)


class MeetingBridge(QObject):
    """A meeting as the faces see it.

    Signals:
        refreshed(Snapshot): the moment changed; redraw from this snapshot.
        happened(list): events from an operation or a tick (for the journal, history).
        alerted(MeetingEvent, Snapshot): an event to make noticeable (sound, flash, cue).
        stateChanged(str): not_started, running, paused or finished.
        planAvailable(bool): a catch-up plan can be offered (the meeting is behind).
    """

    refreshed = Signal(object)
    happened = Signal(list)
    alerted = Signal(object, object)
    stateChanged = Signal(str)
    planAvailable = Signal(bool)

    def __init__(self, engine: MeetingEngine, sinks: Sequence[AlertSink] = (),
                 speed: float = 1.0, timer: QTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.speed = speed
        self._sinks = list(sinks)
        self._timer = timer or QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self._state = engine.state
        self._plan_available = False
        self._snapshot = engine.snapshot()

    # ------------------------------------------------------------------ lifecycle

    def begin(self) -> None:
        """Start ticking (the meeting itself starts with `start`)."""
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def add_sink(self, sink: AlertSink) -> None:
        self._sinks.append(sink)

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def plan_available(self) -> bool:
        """A catch-up plan can be offered now (as last published)."""
        return self._plan_available

    # ------------------------------------------------------------------ ticking

    def refresh(self) -> Snapshot:
        """Tick the engine, publish what happened and the new moment, re-arm the timer."""
        events = self.engine.tick()
        return self._publish(events)

    def _publish(self, events: list[MeetingEvent]) -> Snapshot:
        snapshot = self.engine.snapshot()
        self._snapshot = snapshot
        if events:
            self.happened.emit(events)
            for event in events:
                if event.type in NOTICEABLE:
                    for sink in self._sinks:
                        sink.alert(event, snapshot)
                    self.alerted.emit(event, snapshot)
        if snapshot.state is not self._state:
            self._state = snapshot.state
            self.stateChanged.emit(snapshot.state.value)
        available = self.engine.catch_up_plan(snapshot) is not None
        if available != self._plan_available:
            self._plan_available = available
            self.planAvailable.emit(available)
        self.refreshed.emit(snapshot)
        if snapshot.state is MeetingState.FINISHED:
            self._timer.stop()
        else:
            self._timer.start(next_tick_ms(snapshot, self.speed))
        return snapshot

    def _do(self, operation: Callable[[], list[MeetingEvent]]) -> Snapshot:
        # Ticking first lets alerts due before the operation be heard in order.
        events = self.engine.tick()
        events += operation()
        return self._publish(events)

    # ------------------------------------------------------------------ operations

    def toggle(self) -> Snapshot:
        return self._do(self.engine.toggle)

    def start(self) -> Snapshot:
        if self.engine.state is not MeetingState.NOT_STARTED:
            return self._snapshot
        return self._do(self.engine.start)

    def next_block(self) -> Snapshot:
        if self.engine.state is MeetingState.FINISHED:
            return self._snapshot
        return self._do(self.engine.next_block)

    def previous_block(self) -> Snapshot:
        if self.engine.state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return self._snapshot
        return self._do(self.engine.previous_block)

    def jump_to(self, index: int) -> Snapshot:
        if self.engine.state is MeetingState.FINISHED:
            return self._snapshot
        if not 0 <= index < len(self.engine.agenda.blocks):
            return self._snapshot
        return self._do(lambda: self.engine.jump_to(index))

    def adjust(self, minutes: float) -> Snapshot:
        if self.engine.state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return self._snapshot
        return self._do(lambda: self.engine.adjust(minutes))

    def restart_block(self) -> Snapshot:
        if self.engine.state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return self._snapshot
        return self._do(self.engine.restart_block)

    def choose_reference(self, reference: ScheduleReference | None) -> Snapshot:
        """Before the start: time the meeting against the planned clock or from its start."""
        if self.engine.state is not MeetingState.NOT_STARTED:
            return self._snapshot
        self.engine.choose_reference(reference)
        return self._publish([])

    def catch_up_plan(self) -> CatchUpPlan | None:
        return self.engine.catch_up_plan()

    def apply_plan(self, plan: CatchUpPlan | None = None) -> Snapshot:
        plan = plan or self.engine.catch_up_plan()
        if plan is None:
            return self._snapshot
        return self._do(lambda: self.engine.apply_plan(plan))

    def undo_plan(self) -> Snapshot:
        return self._do(self.engine.undo_plan)

    def note(self, text: str, reason: str | None = None) -> Snapshot:
        if self.engine.state is MeetingState.NOT_STARTED:
            return self._snapshot
        return self._do(lambda: self.engine.note(text, reason))

    def finish(self) -> Snapshot:
        if self.engine.state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return self._snapshot
        return self._do(self.engine.finish)

    def slide(self, number: int | None, source: str = "") -> Snapshot:
        """The show is on slide `number` (None: it ended, or its source is gone).

        The engine decides what that means (docs/slides.md) and journals it.
        """
        return self._do(lambda: self.engine.slide(number, source))

    def follow_suggestion(self) -> Snapshot:
        """Take the slide's suggestion: its block starts (reason `slide`)."""
        if self.engine.slide_suggestion is None:
            return self._snapshot
        return self._do(self.engine.follow_suggestion)

    def take_resume_events(self) -> Snapshot:
        """After a replay: publish the resumed event and any alert now due."""
        return self._publish(self.engine.take_resume_events())
