"""Reports on logged meetings: planned against actual per block (rendered by report_render)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any, TypeGuard

from .events import EventType, parse_timestamp
from .journal import ABANDONED, SessionLog
from .schedule import ScheduleReference, parse_reference, programme_start, reference_for

__all__ = [
    "BlockReport",
    "BlockStatus",
    "NoteEntry",
    "SessionReport",
    "SessionSummary",
    "build_report",
    "summarise",
]


# --------------------------------------------------------------------------- data


class BlockStatus(str, Enum):
    """Where a block stands in the meeting as logged.

    Only a finished meeting has skipped blocks for certain: while it runs (or
    after it stopped without a finish), a block after the current one that was
    never started is still to come, not skipped.
    """

    DONE = "done"  # started, and the meeting has moved on or finished
    RUNNING = "running"  # the current block of a meeting that has not finished
    SKIPPED = "skipped"  # never started, and passed over
    TO_COME = "to_come"  # never started, after the current block of an unfinished meeting


@dataclass(frozen=True)
class NoteEntry:
    """A note or overrun reason, at `elapsed_minutes` on the meeting clock."""

    elapsed_minutes: float
    text: str
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"elapsed_minutes": _round(self.elapsed_minutes), "text": self.text,
                "reason": self.reason}


@dataclass(frozen=True)
class BlockReport:
    """One block of the programme as it went.

    `actual_minutes` runs from each start of the block to the next block's
    start (or the end), pauses included; `adjust_minutes` are changes by
    hand, `plan_minutes` those from catch-up plans (undone plans subtracted).
    """

    index: int
    title: str
    kind: str
    planned_minutes: float
    actual_minutes: float
    paused_minutes: float
    adjust_minutes: float
    plan_minutes: float
    visits: int
    notes: tuple[NoteEntry, ...]
    status: BlockStatus = BlockStatus.DONE
    #: What last started the block, when it was not the window: "remote" (the control
    #: page or API on a phone) or "slide" (the slide show, under follow); None otherwise.
    started_by: str | None = None

    @property
    def skipped(self) -> bool:
        return self.status is BlockStatus.SKIPPED

    @property
    def to_come(self) -> bool:
        return self.status is BlockStatus.TO_COME

    @property
    def running(self) -> bool:
        return self.status is BlockStatus.RUNNING

    @property
    def untimed(self) -> bool:
        """No planned length (an item that counts up): it cannot run over or under."""
        return self.planned_minutes <= 0

    @property
    def delta_minutes(self) -> float:
        return self.actual_minutes - self.planned_minutes

    @property
    def planned_so_far_minutes(self) -> float:
        """The plan for the time this block has had: all of it once the block is over.

        A running block has used its plan only as far as it has run; a block
        to come, none of it.
        """
        if self.status is BlockStatus.TO_COME:
            return 0.0
        if self.status is BlockStatus.RUNNING:
            return min(self.planned_minutes, self.actual_minutes)
        return self.planned_minutes

    @property
    def delta_so_far_minutes(self) -> float:
        """Over (+) or under (−) the plan for the time so far; 0 for a block to come.

        A running block is over only once it is past its plan; until then it
        is neither over nor under.
        """
        return self.actual_minutes - self.planned_so_far_minutes

    @property
    def shows_delta(self) -> bool:
        """Whether the block has an over/under figure to show (and colour).

        Not for blocks to come or skipped (no time), untimed blocks (no plan to
        be over), or a running block still within its plan.
        """
        if self.status in (BlockStatus.TO_COME, BlockStatus.SKIPPED) or self.untimed:
            return False
        return self.status is not BlockStatus.RUNNING or self.delta_so_far_minutes > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "title": self.title,
            "kind": self.kind,
            "planned_minutes": _round(self.planned_minutes),
            "actual_minutes": _round(self.actual_minutes),
            # Against the plan so far; none for a block still to come.
            "delta_minutes": None if self.to_come else _round(self.delta_so_far_minutes),
            "paused_minutes": _round(self.paused_minutes),
            "adjust_minutes": _round(self.adjust_minutes),
            "plan_minutes": _round(self.plan_minutes),
            "skipped": self.skipped,
            "status": self.status.value,
            "untimed": self.untimed,
            "visits": self.visits,
            "notes": [n.to_json() for n in self.notes],
            "started_by": self.started_by,
        }


@dataclass(frozen=True)
class SessionReport:
    """A logged meeting, planned against actual.

    `finished` is None while the session has no `finish` record; `ended` is
    then the last record's time. `planned_start`/`planned_end` are what the
    meeting was timed against: the programme's clock on the day, or the
    actual start when `schedule` is "from_start"; None when the programme has
    no clock start. `programme_start` is the programme's own clock start on
    the day, whichever was used.
    `abandoned` is why a session was closed without a finish (`discarded`,
    `replaced`): it ended where it stopped.
    """

    session_id: str
    agenda_title: str
    path: Path | None
    created: datetime | None
    started: datetime | None
    finished: datetime | None
    ended: datetime | None
    planned_start: datetime | None
    planned_end: datetime | None
    planned_minutes: float
    actual_minutes: float
    paused_minutes: float
    blocks: tuple[BlockReport, ...]
    notes: tuple[NoteEntry, ...]
    speed: float = 1.0
    problems: tuple[str, ...] = ()
    abandoned: str | None = None
    schedule: str | None = None  # "planned" or "from_start"; None before the start
    programme_start: datetime | None = None

    @property
    def is_finished(self) -> bool:
        return self.finished is not None

    @property
    def has_ended(self) -> bool:
        """Finished, or closed for good without a finish (never to be resumed)."""
        return self.finished is not None or self.abandoned is not None

    @property
    def planned_so_far_minutes(self) -> float:
        """The plan for the time so far: the whole plan once finished.

        While a meeting runs (or after it stopped without a finish), the blocks
        to come have had none of their time yet, and the running block only
        what it has used, so they do not count as time won.
        """
        if self.has_ended:
            return self.planned_minutes
        return sum(b.planned_so_far_minutes for b in self.blocks)

    @property
    def overrun_minutes(self) -> float:
        """Over (+) or under (−) plan: the whole meeting, or so far while not finished."""
        return self.actual_minutes - self.planned_so_far_minutes

    @property
    def start_delay_minutes(self) -> float | None:
        if self.started is None or self.planned_start is None:
            return None
        return (self.started - self.planned_start).total_seconds() / 60

    @property
    def end_delay_minutes(self) -> float | None:
        if self.ended is None or self.planned_end is None:
            return None
        return (self.ended - self.planned_end).total_seconds() / 60

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "agenda_title": self.agenda_title,
            "file": self.path.name if self.path else None,
            "started": _iso(self.started),
            "finished": _iso(self.finished),
            "ended": _iso(self.ended),
            "planned_start": _iso(self.planned_start),
            "planned_end": _iso(self.planned_end),
            "planned_minutes": _round(self.planned_minutes),
            "planned_so_far_minutes": _round(self.planned_so_far_minutes),
            "actual_minutes": _round(self.actual_minutes),
            "overrun_minutes": _round(self.overrun_minutes),
            "paused_minutes": _round(self.paused_minutes),
            "start_delay_minutes": _round_or_none(self.start_delay_minutes),
            "end_delay_minutes": _round_or_none(self.end_delay_minutes),
            "speed": self.speed,
            "abandoned": self.abandoned,
            "schedule": self.schedule,
            "programme_start": _iso(self.programme_start),
            "blocks": [b.to_json() for b in self.blocks],
            "notes": [n.to_json() for n in self.notes],
        }


@dataclass(frozen=True)
class SessionSummary:
    """One line of `facilitator sessions`."""

    session_id: str
    path: Path | None
    title: str
    started: datetime | None
    planned_minutes: float
    actual_minutes: float
    overrun_minutes: float
    finished: bool
    problems: int = 0
    abandoned: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "file": self.path.name if self.path else None,
            "title": self.title,
            "started": _iso(self.started),
            "planned_minutes": _round(self.planned_minutes),
            "actual_minutes": _round(self.actual_minutes),
            "overrun_minutes": _round(self.overrun_minutes),
            "finished": self.finished,
            "abandoned": self.abandoned,
        }


def _round(value: float) -> float:
    rounded = round(value, 2)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in the output


def _round_or_none(value: float | None) -> float | None:
    return None if value is None else _round(value)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _number(value: Any, default: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    number = float(value)
    return number if number == number and abs(number) != float("inf") else default


# --------------------------------------------------------------------------- building


class _Walk:
    """The block clock while walking a session's records in order."""

    def __init__(self, count: int) -> None:
        self.actual = [0.0] * count
        self.paused = [0.0] * count
        self.visits = [0] * count
        self.current: int | None = None
        self.entered = 0.0
        self.paused_at: float | None = None

    def leave(self, t: float) -> None:
        if self.current is None:
            return
        self.actual[self.current] += t - self.entered
        if self.paused_at is not None:
            # A pause still open when the block changes goes on in the next block.
            self.paused[self.current] += t - self.paused_at
            self.paused_at = t
        self.entered = t

    def enter(self, index: int, t: float) -> None:
        self.leave(t)
        self.current = index
        self.entered = t
        self.visits[index] += 1

    def pause(self, t: float) -> None:
        if self.paused_at is None:
            self.paused_at = t

    def resume(self, t: float) -> None:
        if self.paused_at is not None and self.current is not None:
            self.paused[self.current] += t - self.paused_at
        self.paused_at = None


def build_report(log: SessionLog, now_elapsed: float | None = None) -> SessionReport:
    """Planned against actual for a session, from its header and records.

    `now_elapsed` is the meeting clock now, for a meeting still running in
    this process: the journal holds only what happened up to its last record,
    so the running block's time since then comes from it (a review opened
    mid-meeting sees the time the block has really had). Ignored once the
    session has ended or when it is not later than the last record.
    """
    agenda = log.agenda
    raw_blocks = [b if isinstance(b, Mapping) else {} for b in agenda.get("blocks", [])]
    count = len(raw_blocks)
    walk = _Walk(count)
    adjust = [0.0] * count
    plan = [0.0] * count
    started_by: list[str | None] = [None] * count
    notes: list[list[NoteEntry]] = [[] for _ in range(count)]
    meeting_notes: list[NoteEntry] = []
    started: datetime | None = None
    schedule: ScheduleReference | None = None
    finished: datetime | None = None
    last_wall: datetime | None = None
    last_t = 0.0
    end_t: float | None = None

    def valid(block: Any) -> TypeGuard[int]:
        return isinstance(block, int) and not isinstance(block, bool) and 0 <= block < count

    for record in log.records:
        kind = record["type"]
        if kind == ABANDONED:
            continue  # written when it was discarded, not when the meeting stopped
        # The meeting clock never runs backwards, whatever a damaged record says.
        t = max(last_t, _number(record.get("elapsed"), last_t))
        wall = parse_timestamp(record.get("t"))
        last_wall = wall or last_wall
        block = record.get("block")
        if end_t is None:
            last_t = t
        if kind == EventType.NOTE.value:
            entry = NoteEntry(t / 60, str(record.get("text") or ""),
                              str(record["reason"]) if record.get("reason") else None)
            (notes[block] if valid(block) else meeting_notes).append(entry)
            continue
        if end_t is not None:
            continue  # nothing but notes counts after the finish
        if kind == EventType.START.value:
            if started is None:
                schedule = parse_reference(record.get("schedule"))
            started = started or wall
        elif kind == EventType.BLOCK_START.value and valid(block):
            walk.enter(block, t)
            started_by[block] = ("remote" if record.get("source") == "remote"
                                 else "slide" if record.get("reason") == "slide" else None)
        elif kind == EventType.PAUSE.value:
            walk.pause(t)
        elif kind == EventType.RESUME.value:
            walk.resume(t)
        elif kind == EventType.ADJUST.value:
            target = block if valid(block) else walk.current
            if target is not None:
                adjust[target] += _number(record.get("minutes"))
        elif kind in (EventType.PLAN_APPLIED.value, EventType.PLAN_UNDONE.value):
            # An undo lists the minutes that restore the earlier lengths, so both add.
            changes = record.get("changes")
            for change in changes if isinstance(changes, list) else []:
                if isinstance(change, Mapping) and valid(change.get("block")):
                    plan[change["block"]] += _number(change.get("minutes"))
        elif kind == EventType.FINISH.value:
            walk.leave(t)
            walk.resume(t)
            end_t = t
            finished = wall or last_wall
    if end_t is None:
        now = _number(now_elapsed, last_t)
        if started is not None and log.abandoned is None and now > last_t:
            if last_wall is not None and log.speed > 0:
                last_wall += timedelta(seconds=(now - last_t) / log.speed)
            last_t = now
        walk.leave(last_t)
        walk.resume(last_t)
        end_t = last_t

    # Closed for good (finished or abandoned): what was not started was skipped.
    ended = finished is not None or log.abandoned is not None
    current = None if ended else walk.current
    blocks = tuple(
        BlockReport(
            index=i,
            title=str(raw.get("title") or f"#{i + 1}"),
            kind=str(raw.get("kind") or "other"),
            planned_minutes=_number(raw.get("minutes")),
            actual_minutes=walk.actual[i] / 60,
            paused_minutes=walk.paused[i] / 60,
            adjust_minutes=adjust[i],
            plan_minutes=plan[i],
            visits=walk.visits[i],
            notes=tuple(notes[i]),
            status=_block_status(i, walk.visits[i], current, ended),
            started_by=started_by[i] if walk.visits[i] else None,
        )
        for i, raw in enumerate(raw_blocks)
    )
    planned = _number(agenda.get("total_minutes"), sum(b.planned_minutes for b in blocks))
    anchor = started or log.created
    printed = _planned_start(agenda, anchor)
    if started is not None:
        # Journals from before the `schedule` field get the engine's rule.
        schedule = schedule or reference_for(printed, planned, started)
    planned_start = started if schedule is ScheduleReference.FROM_START and printed else printed
    return SessionReport(
        session_id=log.session_id,
        agenda_title=str(agenda.get("title") or ""),
        path=log.path,
        created=log.created,
        started=started,
        finished=finished,
        ended=finished or (last_wall if started else None),
        planned_start=planned_start,
        planned_end=planned_start + timedelta(minutes=planned) if planned_start else None,
        planned_minutes=planned,
        actual_minutes=end_t / 60,
        paused_minutes=sum(walk.paused) / 60,
        blocks=blocks,
        notes=tuple(meeting_notes),
        speed=log.speed,
        problems=tuple(str(p) for p in log.problems),
        abandoned=log.abandoned,
        schedule=schedule.value if schedule is not None else None,
        programme_start=printed,
    )


def _block_status(index: int, visits: int, current: int | None, ended: bool) -> BlockStatus:
    if ended:
        return BlockStatus.DONE if visits else BlockStatus.SKIPPED
    if index == current:
        return BlockStatus.RUNNING
    if visits:
        return BlockStatus.DONE
    # Never started: passed over if the meeting went beyond it, else still to come.
    return BlockStatus.TO_COME if current is None or index > current else BlockStatus.SKIPPED


def _planned_start(agenda: Mapping[str, Any], anchor: datetime | None) -> datetime | None:
    """The programme's clock start on its date (or the day nearest the run), in its time zone."""
    start = agenda.get("start")
    if anchor is None or not isinstance(start, str):
        return None
    try:
        hours, minutes = (int(part) for part in start.split(":"))
    except ValueError:
        return None
    date = agenda.get("date")
    return programme_start(hours * 60 + minutes, date if isinstance(date, str) else None,
                           anchor)


def summarise(log: SessionLog) -> SessionSummary:
    """The figures `facilitator sessions` shows for one session."""
    report = build_report(log)
    return SessionSummary(
        session_id=report.session_id,
        path=log.path,
        title=report.agenda_title,
        started=report.started or log.created,
        planned_minutes=report.planned_minutes,
        actual_minutes=report.actual_minutes,
        overrun_minutes=report.overrun_minutes,
        finished=report.is_finished,
        problems=len(log.problems),
        abandoned=report.abandoned,
    )

