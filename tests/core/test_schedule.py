"""The schedule reference: which clock ahead/behind is measured against, on any day."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock, ScaledClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.events import EventType
from facilitator.core.schedule import (
    EARLY_WINDOW,
    ScheduleReference,
    programme_start,
    reference_for,
)
from facilitator.core.snapshot import MeetingState

CET = timezone(timedelta(hours=1))


def _agenda(minutes: list[int], start: str | None = "17:00", day: str | None = None):
    data: dict = {"title": "Møde", "blocks": [
        {"title": f"Punkt {i + 1}", "minutes": m, "kind": "talk"} for i, m in enumerate(minutes)]}
    if start is not None:
        data["start"] = start
    if day is not None:
        data["date"] = day
    return agenda_from_mapping(data)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CET)


# ------------------------------------------------------------------ the rule


def test_the_planned_clock_holds_from_an_hour_before_to_two_hours_after_or_the_end():
    printed = _at("2026-11-22T17:00")
    assert reference_for(printed, 150, _at("2026-11-22T16:00")) is ScheduleReference.PLANNED
    assert reference_for(printed, 150, _at("2026-11-22T19:00")) is ScheduleReference.PLANNED
    assert reference_for(printed, 150, _at("2026-11-22T15:59")) is ScheduleReference.FROM_START
    assert reference_for(printed, 150, _at("2026-11-22T19:01")) is ScheduleReference.FROM_START
    # A 90-minute workshop: its planned end comes before the two hours.
    assert reference_for(printed, 90, _at("2026-11-22T18:30")) is ScheduleReference.PLANNED
    assert reference_for(printed, 90, _at("2026-11-22T18:31")) is ScheduleReference.FROM_START
    # The 09:00-20:00 course day opened at 15:53: not 413 minutes behind.
    course = _at("2026-11-22T09:00")
    assert reference_for(course, 660, _at("2026-11-22T15:53")) is ScheduleReference.FROM_START
    assert reference_for(course, 660, _at("2026-11-22T10:45")) is ScheduleReference.PLANNED
    assert reference_for(None, 150, _at("2026-11-22T17:00")) is ScheduleReference.FROM_START


def test_without_a_date_the_planned_start_is_on_the_nearest_day():
    # 02:19 is nearer yesterday's 17:00 than today's: 9 h 19 min late, far outside.
    assert programme_start(17 * 60, None, _at("2026-11-23T02:19")) == _at("2026-11-22T17:00")
    # A late-evening programme started just after midnight is late, not a day early.
    assert programme_start(23 * 60 + 30, None, _at("2026-11-23T00:10")) == \
        _at("2026-11-22T23:30")
    assert programme_start(17 * 60, "2025-03-04", _at("2026-11-22T17:00")) == \
        _at("2025-03-04T17:00")
    assert programme_start(None, "2025-03-04", _at("2026-11-22T17:00")) is None


def test_the_bundled_programme_at_02_19_is_timed_from_its_start():
    """The finding: 864 minutes ahead while the block ran 9 minutes over."""
    agenda = _agenda([10, 40, 40])
    clock = FakeClock(start=_at("2026-11-23T02:19"))
    engine = MeetingEngine(agenda, clock)
    assert engine.snapshot().reference is ScheduleReference.FROM_START
    events = engine.start()
    assert events[0].data["schedule"] == "from_start"
    clock.advance(60)
    assert round(engine.snapshot().delay) == 0
    assert engine.catch_up_plan() is None
    clock.advance(18 * 60)  # 19 minutes into a 10-minute block
    snap = engine.snapshot()
    assert round(snap.delay / 60) == 9
    assert snap.programme_start == _at("2026-11-22T17:00")
    assert snap.planned_start == _at("2026-11-23T02:19")
    plan = engine.catch_up_plan()
    assert plan is not None and plan.saved_minutes == 9


def test_last_years_programme_is_timed_from_its_start():
    """The finding: "988889 minutes behind" and a 75-minute cut one minute in."""
    agenda = _agenda([60, 60, 75], start="09:00", day="2025-03-04")
    clock = FakeClock(start=_at("2026-11-22T10:12"))
    engine = MeetingEngine(agenda, clock)
    engine.start()
    clock.advance(60)
    assert round(engine.snapshot().delay) == 0
    assert engine.catch_up_plan() is None


def test_a_late_start_on_the_day_shows_as_behind():
    agenda = _agenda([30, 60, 60], day="2026-11-22")
    clock = FakeClock(start=_at("2026-11-22T19:00"))
    engine = MeetingEngine(agenda, clock)
    engine.start()
    snap = engine.snapshot()
    assert snap.reference is ScheduleReference.PLANNED
    assert round(snap.delay / 60) == 120
    assert engine.catch_up_plan() is not None


def test_the_choice_before_the_start_wins_and_is_journalled():
    agenda = _agenda([30, 60], day="2026-11-22")
    clock = FakeClock(start=_at("2026-11-22T17:20"))
    engine = MeetingEngine(agenda, clock)
    assert engine.snapshot().reference is ScheduleReference.PLANNED
    engine.choose_reference(ScheduleReference.FROM_START)
    assert engine.snapshot().reference is ScheduleReference.FROM_START
    start = engine.start()[0]
    assert start.type is EventType.START
    assert start.to_record()["schedule"] == "from_start"
    assert start.to_record()["schedule_chosen"] is True
    assert round(engine.snapshot().delay) == 0


def test_replay_keeps_the_recorded_reference_and_old_journals_get_the_rule():
    agenda = _agenda([30, 60], day="2026-11-22")
    records = [{"seq": 1, "t": "2026-11-22T17:20:00+01:00", "elapsed": 0.0, "type": "start",
                "block": 0, "schedule": "from_start", "schedule_chosen": True},
               {"seq": 2, "t": "2026-11-22T17:20:00+01:00", "elapsed": 0.0,
                "type": "block_start", "block": 0, "reason": "start"}]
    clock = FakeClock(start=_at("2026-11-22T17:25"))
    engine = MeetingEngine.replay(agenda, clock, records)
    assert engine.snapshot().reference is ScheduleReference.FROM_START
    assert engine.reference_choice is ScheduleReference.FROM_START
    old = [{k: v for k, v in r.items() if not k.startswith("schedule")} for r in records]
    engine = MeetingEngine.replay(agenda, clock, old)
    snap = engine.snapshot()
    assert snap.reference is ScheduleReference.PLANNED  # 17:20 on the day: the rule
    assert round(snap.delay / 60) == 20


# ------------------------------------------------------------------ the property

_BASE = datetime(2026, 6, 1, tzinfo=CET)


def _expected_reference(start_minutes: int | None, day: date | None, total: float,
                        actual: datetime) -> tuple[ScheduleReference, datetime | None]:
    """The documented rule, written out again from the docs, independent of the code."""
    if start_minutes is None:
        return ScheduleReference.FROM_START, None
    if day is not None:
        printed = datetime(day.year, day.month, day.day, tzinfo=CET) \
            + timedelta(minutes=start_minutes)
    else:
        options = [datetime(d.year, d.month, d.day, tzinfo=CET) + timedelta(minutes=start_minutes)
                   for d in (actual.date() - timedelta(days=1), actual.date(),
                             actual.date() + timedelta(days=1))]
        printed = min(options, key=lambda p: abs((p - actual).total_seconds()))
    latest = printed + timedelta(minutes=min(120, total))
    inside = printed - timedelta(minutes=60) <= actual <= latest
    return (ScheduleReference.PLANNED if inside else ScheduleReference.FROM_START), printed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    minutes=st.lists(st.integers(1, 90), min_size=1, max_size=6),
    start_minutes=st.one_of(st.none(), st.integers(0, 24 * 60 - 1)),
    day_offset=st.one_of(st.none(), st.integers(-800, 800)),
    actual_offset=st.one_of(
        st.integers(-3 * 24 * 3600, 3 * 24 * 3600),  # around the programme's day
        st.integers(-900 * 24 * 3600, 900 * 24 * 3600)),  # any day at all
    moves=st.lists(st.tuples(st.sampled_from(["wait", "next", "pause", "resume"]),
                             st.integers(0, 4 * 3600)), max_size=12),
)
def test_the_shown_delay_is_never_more_than_has_really_happened(
        minutes, start_minutes, day_offset, actual_offset, moves):
    """For any programme date, planned and actual start: the delay is bounded by what has
    really elapsed plus the planned total, and a catch-up plan is offered only when the
    meeting is really behind (a late start against the planned clock, or time overrun)."""
    day = (_BASE + timedelta(days=day_offset)).date() if day_offset is not None else None
    start_text = (f"{start_minutes // 60:02d}:{start_minutes % 60:02d}"
                  if start_minutes is not None else None)
    agenda = _agenda(minutes, start=start_text, day=day.isoformat() if day else None)
    total = agenda.total_minutes
    actual = _BASE + timedelta(days=day_offset or 0, seconds=actual_offset)
    clock = FakeClock(start=actual)
    engine = MeetingEngine(agenda, clock)
    engine.start()
    reference, printed = _expected_reference(start_minutes, day, total, actual)
    late = (actual - printed).total_seconds() / 60 \
        if reference is ScheduleReference.PLANNED and printed is not None else 0.0

    for kind, seconds in [("wait", 0), *moves]:
        if engine.state is MeetingState.FINISHED:
            break
        if kind == "wait":
            clock.advance(seconds)
        elif kind == "next":
            engine.next_block()
        elif kind == "pause" and engine.state is MeetingState.RUNNING:
            engine.pause()
        elif kind == "resume" and engine.state is MeetingState.PAUSED:
            engine.resume()
        snap = engine.snapshot()
        assert snap.reference is reference
        elapsed = snap.elapsed / 60
        delay = snap.delay / 60
        assert delay <= elapsed + total + 1e-6
        assert -delay <= EARLY_WINDOW.total_seconds() / 60 + total + 1e-6
        if engine.state is MeetingState.FINISHED:
            break
        # Really behind: the late start plus the time the work still to do runs past the plan.
        work_left = max(0.0, snap.remaining) + sum(
            agenda.blocks[j].minutes * 60 for j in range(snap.index + 1, len(agenda.blocks)))
        behind = late + elapsed + work_left / 60 - total
        assert abs(delay - behind) < 1e-6
        plan = engine.catch_up_plan(snap)
        if plan is not None:
            assert behind >= 0.5
        squeezable = any(m >= 3 for m in minutes[snap.index + 1:])
        if behind >= 1 and squeezable:
            assert plan is not None


def test_a_rehearsal_at_speed_is_timed_from_its_start_unless_chosen():
    agenda = _agenda([30, 60], day="2026-11-22")
    clock = FakeClock(start=_at("2026-11-22T16:50"))
    assert MeetingEngine(agenda, clock).snapshot().reference is ScheduleReference.PLANNED
    engine = MeetingEngine(agenda, ScaledClock(clock, 30))
    assert engine.snapshot().reference is ScheduleReference.FROM_START
    engine.choose_reference(ScheduleReference.PLANNED)
    assert engine.snapshot().reference is ScheduleReference.PLANNED
