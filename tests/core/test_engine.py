"""The meeting engine against a fake clock: operations, alerts, schedule, catch-up plan."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda
from facilitator.core.clock import FakeClock
from facilitator.core.engine import EngineError, MeetingEngine
from facilitator.core.events import ALERT_TYPES, EventType
from facilitator.core.snapshot import BlockStatus, MeetingState, Phase

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
CET = timezone(timedelta(hours=1))


CLOCK_EVENTS = (EventType.SUSPEND_GAP, EventType.CLOCK_JUMP)


def types(events):
    return [e.type for e in events]


def tick(engine):
    """A tick's events apart from clock notices (the fake clock jumps between ticks)."""
    return [e for e in engine.tick() if e.type not in CLOCK_EVENTS]


def make(blocks, start="17:00", **extra):
    data = {"title": "Test", "blocks": blocks, **extra}
    if start:
        data["start"] = start
    return agenda_from_mapping(data)


@pytest.fixture
def clock():
    return FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))


@pytest.fixture
def klynge():
    return load_agenda(AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml")


def test_start_enters_first_block(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    events = engine.start()
    assert types(events) == [EventType.START, EventType.BLOCK_START]
    snap = engine.snapshot()
    assert snap.state is MeetingState.RUNNING
    assert snap.remaining == 600
    assert snap.phase is Phase.NORMAL


def test_remaining_is_length_minus_elapsed_and_goes_negative(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    engine.start()
    clock.advance(290)
    assert engine.snapshot().remaining == 310
    clock.advance(400)
    snap = engine.snapshot()
    assert snap.remaining == -90
    assert snap.overrun == 90
    assert snap.phase is Phase.OVERRUN


def test_warnings_time_up_and_overrun_reminders_fire_once(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}, {"title": "B", "minutes": 5}]),
                           clock)
    engine.start()
    clock.advance(299)
    assert tick(engine) == []
    clock.advance(1)
    [warning] = tick(engine)
    assert warning.type is EventType.WARNING and warning.data["minutes_left"] == 5
    assert tick(engine) == []
    clock.advance(240)
    assert [(e.type, e.data.get("minutes_left")) for e in tick(engine)] == [
        (EventType.WARNING, 1)]
    clock.advance(60)
    assert types(tick(engine)) == [EventType.TIME_UP]
    clock.advance(300)
    [reminder] = tick(engine)
    assert reminder.type is EventType.OVERRUN and reminder.data["minutes_over"] == 5
    clock.advance(1)
    assert tick(engine) == []


def test_a_late_tick_gives_the_latest_alert_not_a_burst(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    engine.start()
    clock.advance(60 * 22)  # past both warnings, time up and two reminders
    alerts = [e for e in tick(engine) if e.type in ALERT_TYPES]
    assert len(alerts) == 1
    assert alerts[0].type is EventType.OVERRUN and alerts[0].data["minutes_over"] == 10
    clock.advance(10)
    assert tick(engine) == []


def test_break_over_instead_of_time_up(clock):
    engine = MeetingEngine(make([{"title": "Pause", "minutes": 15, "kind": "break"}]), clock)
    engine.start()
    clock.sleep_machine(15 * 60)  # the lid was closed for the whole break
    events = engine.tick()
    assert EventType.BREAK_OVER in types(events)
    assert EventType.SUSPEND_GAP in types(events)
    assert engine.snapshot().remaining == 0


def test_sleep_on_the_portable_clock_is_not_guessed_from_the_wall_clock():
    """Where one clock stops in sleep and nothing tells a suspend, the wall clock is not trusted."""
    clock = FakeClock(stops_in_sleep=True)
    engine = MeetingEngine(make([{"title": "Pause", "minutes": 15, "kind": "break"}]), clock)
    engine.start()
    clock.advance(5)
    engine.tick()
    clock.sleep_machine(15 * 60)
    events = engine.tick()
    assert types(events) == [EventType.CLOCK_JUMP]
    assert events[0].data["seconds"] == 900
    assert engine.snapshot().remaining == 15 * 60 - 5


def test_a_wall_clock_set_forward_is_no_suspend_where_sleep_is_told():
    """The Windows path (no boot id): setting the wall clock forward an hour moves nothing."""
    clock = FakeClock(boot_id=None)
    engine = MeetingEngine(make([{"title": "A", "minutes": 90}]), clock)
    engine.start()
    clock.advance(60)
    engine.tick()
    clock.jump_wall(3600)
    clock.advance(1)
    events = engine.tick()
    assert types(events) == [EventType.CLOCK_JUMP]
    assert engine.snapshot().block_elapsed == 61
    clock.sleep_machine(600)
    events = engine.tick()
    assert types(events) == [EventType.SUSPEND_GAP]
    assert events[0].data["seconds"] == 600
    assert engine.snapshot().block_elapsed == 661


def test_wall_clock_jump_is_reported_but_does_not_move_the_meeting(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    engine.start()
    clock.advance(1)
    clock.jump_wall(3600)
    events = engine.tick()
    assert types(events) == [EventType.CLOCK_JUMP]
    assert engine.snapshot().block_elapsed == 1


def test_steps_follow_the_clock(clock, klynge):
    engine = MeetingEngine(klynge, clock)
    engine.start()
    engine.jump_to(2)  # Blok 1
    snap = engine.snapshot()
    assert snap.step_index == 0 and snap.step_remaining == 6 * 60
    clock.advance(6 * 60)
    [step] = [e for e in tick(engine) if e.type is EventType.STEP_START]
    assert step.data["step"] == 1
    clock.advance(20 * 60)  # skips step 2, lands in step 3
    steps = [e for e in tick(engine) if e.type is EventType.STEP_START]
    assert [e.data["step"] for e in steps] == [3]
    assert engine.snapshot().step.title.startswith("Del 2: Video")


def test_pause_freezes_the_block_but_not_the_meeting(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}, {"title": "B", "minutes": 10}]),
                           clock)
    engine.start()
    clock.advance(60)
    engine.pause()
    clock.advance(120)
    snap = engine.snapshot()
    assert snap.block_elapsed == 60
    assert snap.elapsed == 180
    assert snap.paused_for == 120
    assert snap.delay == 120  # two minutes behind: the pause pushed the end
    engine.resume()
    clock.advance(30)
    assert engine.snapshot().block_elapsed == 90


def test_late_start_is_behind_from_the_first_second():
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 6, tzinfo=CET))
    engine = MeetingEngine(make([{"title": "A", "minutes": 60}]), clock)
    engine.start()
    snap = engine.snapshot()
    assert snap.delay_minutes == pytest.approx(6)
    assert snap.planned_end == datetime(2026, 11, 22, 18, 0, tzinfo=CET)
    assert snap.projected_end == datetime(2026, 11, 22, 18, 6, tzinfo=CET)


def test_without_a_start_time_the_plan_starts_when_the_meeting_does(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 60}], start=None), clock)
    clock.advance(600)
    engine.start()
    assert engine.snapshot().delay == 0


def test_navigation_and_revisits_keep_each_blocks_clock(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}, {"title": "B", "minutes": 10}]),
                           clock)
    engine.start()
    clock.advance(100)
    engine.next_block()
    clock.advance(50)
    events = engine.previous_block()
    assert events[-1].type is EventType.BLOCK_START and events[-1].data["reason"] == "previous"
    assert engine.snapshot().block_elapsed == 100
    clock.advance(10)
    engine.restart_block()
    assert engine.snapshot().block_elapsed == 0
    snap = engine.snapshot()
    assert [e.actual_seconds for e in snap.timeline] == [110, 50]
    assert engine.previous_block() == []


def test_next_on_the_last_block_finishes(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    engine.start()
    clock.advance(700)
    events = engine.next_block()
    assert events[-1].type is EventType.FINISH
    assert engine.state is MeetingState.FINISHED
    clock.advance(1000)
    snap = engine.snapshot()
    assert snap.elapsed == 700
    assert snap.delay == 100
    assert tick(engine) == []
    with pytest.raises(EngineError):
        engine.pause()


def test_skipped_blocks_show_on_the_timeline(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}, {"title": "B", "minutes": 10},
                                 {"title": "C", "minutes": 10}]), clock)
    engine.start()
    engine.jump_to(2)
    statuses = [e.status for e in engine.snapshot().timeline]
    assert statuses == [BlockStatus.DONE, BlockStatus.SKIPPED, BlockStatus.CURRENT]
    with pytest.raises(EngineError):
        engine.jump_to(3)


def test_adjust_lengthens_and_shortens_the_current_block(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 10}]), clock)
    engine.start()
    [event] = engine.adjust(1)
    assert event.type is EventType.ADJUST and event.data["minutes"] == 1
    assert engine.snapshot().remaining == 660
    assert engine.snapshot().delay == 60
    engine.adjust(-2)
    assert engine.snapshot().remaining == 540
    events = engine.adjust(-100)
    assert events[0].data["minutes"] == -8  # never below a minute
    assert engine.snapshot().length == 60
    clock.advance(60)
    assert EventType.TIME_UP in types(engine.tick())


def test_untimed_block_counts_up_without_alerts(clock, klynge):
    engine = MeetingEngine(klynge, clock)
    engine.start()
    clock.advance(600)
    assert [e for e in tick(engine) if e.type in ALERT_TYPES] == []
    snap = engine.snapshot()
    assert snap.phase is Phase.UNTIMED
    assert snap.delay_minutes == pytest.approx(10)


def test_catch_up_plan_prefers_flexible_blocks_and_spares_breaks(clock):
    agenda = make([
        {"title": "A", "minutes": 30},
        {"title": "Pause", "minutes": 15, "kind": "break"},
        {"title": "B", "minutes": 30},
        {"title": "C", "minutes": 30, "flexible": True, "min_minutes": 25},
    ])
    engine = MeetingEngine(agenda, clock)
    engine.start()
    clock.advance(40 * 60)  # 10 minutes over
    plan = engine.catch_up_plan()
    assert plan is not None
    assert plan.delay_before == pytest.approx(10)
    cuts = {c.block: c.minutes for c in plan.changes}
    assert cuts == {3: -5, 2: -5}
    assert plan.recovers_fully
    events = engine.apply_plan(plan)
    assert types(events) == [EventType.PLAN_APPLIED]
    assert engine.snapshot().delay == 0
    assert engine.snapshot().timeline[3].adjusted_minutes == 25
    undone = engine.undo_plan()
    assert types(undone) == [EventType.PLAN_UNDONE]
    assert engine.snapshot().delay_minutes == pytest.approx(10)


def test_catch_up_plan_says_when_it_cannot_recover(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 30}, {"title": "B", "minutes": 9}]),
                           clock)
    engine.start()
    clock.advance(60 * 60)
    plan = engine.catch_up_plan()
    assert plan is not None
    assert plan.saved_minutes == 3
    assert not plan.recovers_fully
    assert plan.delay_after == pytest.approx(27)


def test_no_plan_when_on_time(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 30}, {"title": "B", "minutes": 9}]),
                           clock)
    engine.start()
    assert engine.catch_up_plan() is None


def test_listeners_get_every_event(clock):
    engine = MeetingEngine(make([{"title": "A", "minutes": 1}]), clock)
    seen = []
    engine.add_listener(seen.append)
    emitted = engine.start()
    clock.advance(61)
    emitted += engine.tick()
    emitted += engine.note("ran over", reason="discussion")
    emitted += engine.finish()
    assert seen == emitted
    assert seen[-2].to_record()["reason"] == "discussion"


def test_replay_rebuilds_the_engine_and_counts_dead_time(clock, klynge):
    engine = MeetingEngine(klynge, clock)
    records = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    clock.advance(300)
    engine.next_block()
    clock.advance(120)
    engine.pause()
    clock.advance(60)
    engine.resume()
    engine.adjust(2)
    clock.advance(30)
    engine.tick()
    before = engine.snapshot()
    clock.advance(600)  # the app was dead for ten minutes
    rebuilt = MeetingEngine.replay(klynge, clock, records)
    events = rebuilt.take_resume_events()
    assert events[0].type is EventType.RESUMED_AFTER_CRASH
    # From the last record (the adjust, 30 s before the app died) to now, on the boot clock.
    assert events[0].data["gap_seconds"] == 630
    assert events[0].data["gap_from"] == "boot_clock" and not events[0].data["gap_uncertain"]
    after = rebuilt.snapshot()
    assert after.index == before.index == 1
    assert after.length == before.length == 12 * 60
    assert after.block_elapsed == before.block_elapsed + 600
    assert after.elapsed == before.elapsed + 600
    assert after.started_at == before.started_at


def test_replay_of_a_paused_meeting_stays_paused(clock):
    agenda = make([{"title": "A", "minutes": 10}])
    engine = MeetingEngine(agenda, clock)
    records = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    clock.advance(60)
    engine.pause()
    clock.advance(600)
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    assert rebuilt.state is MeetingState.PAUSED
    assert rebuilt.snapshot().block_elapsed == 60


# --------------------------------------------------------------------------- properties

OPS = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=3000)),
    st.tuples(st.just("tick"), st.just(0)),
    st.tuples(st.just("toggle"), st.just(0)),
    st.tuples(st.just("next"), st.just(0)),
    st.tuples(st.just("previous"), st.just(0)),
    st.tuples(st.just("jump"), st.integers(min_value=0, max_value=9)),
    st.tuples(st.just("adjust"), st.integers(min_value=-5, max_value=5)),
    st.tuples(st.just("restart"), st.just(0)),
    st.tuples(st.just("plan"), st.just(0)),
    st.tuples(st.just("undo"), st.just(0)),
    st.tuples(st.just("sleep"), st.floats(min_value=0, max_value=5000)),
)

def apply_op(engine, clock, op, arg):
    """One drawn step of a property test: move the clock or operate the engine."""
    if op == "advance":
        clock.advance(arg)
    elif op == "sleep":
        clock.sleep_machine(arg)
    elif op == "tick":
        engine.tick()
    elif op == "toggle":
        engine.toggle()
    elif op == "next":
        engine.next_block()
    elif op == "previous":
        engine.previous_block()
    elif op == "jump":
        engine.jump_to(arg % len(engine.agenda.blocks))
    elif op == "adjust":
        engine.adjust(arg)
    elif op == "restart":
        engine.restart_block()
    elif op == "plan":
        plan = engine.catch_up_plan()
        if plan:
            engine.apply_plan(plan)
    elif op == "undo":
        engine.undo_plan()


BLOCKS = st.lists(
    st.fixed_dictionaries({
        "title": st.just("B"),
        "minutes": st.integers(min_value=1, max_value=90),
        "kind": st.sampled_from(["talk", "break", "group"]),
        "flexible": st.booleans(),
    }),
    min_size=1, max_size=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=BLOCKS, ops=st.lists(OPS, max_size=40), late=st.integers(-600, 600))
def test_engine_invariants(blocks, ops, late):
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET) + timedelta(seconds=late))
    agenda = make(blocks)
    engine = MeetingEngine(agenda, clock)
    events = []
    engine.add_listener(events.append)
    engine.start()
    for op, arg in ops:
        if engine.state is MeetingState.FINISHED:
            break
        apply_op(engine, clock, op, arg)
        snap = engine.snapshot()
        # The blocks' real times add up to the meeting's elapsed time.
        assert sum(e.actual_seconds for e in snap.timeline) == pytest.approx(snap.elapsed,
                                                                             abs=1e-6)
        # Remaining is the adjusted length minus the block's running time.
        assert snap.remaining == pytest.approx(snap.length - snap.block_elapsed)
        # The projected end is the planned end plus the delay.
        assert snap.projected_end == snap.planned_end + timedelta(seconds=snap.delay)
        assert snap.block_elapsed >= 0
    # No threshold fires twice within one visit of a block (restart re-arms).
    seen = set()
    for event in events:
        if event.type is EventType.BLOCK_START and event.data.get("reason") == "restart":
            seen = {key for key in seen if key[0] != event.block}
        if event.type in ALERT_TYPES:
            key = (event.block, event.type, event.data.get("minutes_left"),
                   event.data.get("minutes_over"))
            assert key not in seen
            seen.add(key)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=BLOCKS, ops=st.lists(OPS, max_size=30), gap=st.floats(0, 3000))
def test_replay_reproduces_the_snapshot(blocks, ops, gap):
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    agenda = make(blocks)
    engine = MeetingEngine(agenda, clock)
    records = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    for op, arg in ops:
        if engine.state is MeetingState.FINISHED:
            break
        apply_op(engine, clock, op, arg)
        engine.tick()
    # Records carry milliseconds; compare to that precision.
    before = engine.snapshot()
    clock.advance(gap)
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    after = rebuilt.snapshot()
    assert after.state is before.state
    assert after.index == before.index
    assert after.length == pytest.approx(before.length)
    if before.state is MeetingState.FINISHED:
        assert after.elapsed == pytest.approx(before.elapsed, abs=0.01)
    else:
        assert after.elapsed == pytest.approx(before.elapsed + gap, abs=0.01)
        running_gap = gap if before.state is MeetingState.RUNNING else 0
        assert after.block_elapsed == pytest.approx(before.block_elapsed + running_gap, abs=0.01)


def test_actions_asked_for_by_a_phone_carry_their_source_and_replay_alike(clock):
    agenda = make([{"title": "A", "minutes": 10, "warn_before": [5]},
                   {"title": "B", "minutes": 10}])
    engine = MeetingEngine(agenda, clock)
    records = []
    engine.add_listener(lambda event: records.append(event.to_record()))
    with engine.acting_for("remote"):
        engine.start()
    clock.advance(6 * 60)  # the warning falls due inside the phone's next action
    with engine.acting_for("remote"):
        engine.next_block()
        engine.adjust(1)
        engine.note("from the back of the room")
        engine.pause()
    engine.resume()  # the window's own: no source
    sources = [(r["type"], r.get("source")) for r in records]
    assert sources == [
        ("start", "remote"), ("block_start", "remote"), ("warning", None),
        ("block_start", "remote"), ("adjust", "remote"), ("note", "remote"),
        ("pause", "remote"), ("resume", None),
    ]
    # Outside the block nothing is marked any more.
    engine.adjust(-1)
    assert "source" not in records[-1]
    # Replay reads past the field: the same meeting as the one without it.
    replayed = MeetingEngine.replay(agenda, clock, records)
    plain = MeetingEngine.replay(agenda, clock, [
        {k: v for k, v in r.items() if k != "source"} for r in records])
    for a, b in ((replayed.snapshot(), plain.snapshot()), (replayed.snapshot(),
                                                           engine.snapshot())):
        assert (a.index, a.state, a.length, a.remaining) == (b.index, b.state, b.length,
                                                             b.remaining)
