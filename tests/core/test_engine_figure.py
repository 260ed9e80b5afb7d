"""One running figure: the time the faces show; a minute added keeps step and block together."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.events import EventType

CET = timezone(timedelta(hours=1))


def make(blocks):
    return agenda_from_mapping({"title": "Test", "start": "17:00", "blocks": blocks})


GROUP = {"title": "Gruppearbejde", "minutes": 20, "kind": "group",
         "steps": [{"title": "Video", "minutes": 6}, {"title": "Arbejde", "minutes": 10},
                   {"title": "Plenum", "minutes": 4}]}


@pytest.fixture
def clock():
    return FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))


def running(clock, *blocks):
    engine = MeetingEngine(make(list(blocks)), clock)
    records: list[dict] = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    return engine, records


def test_a_block_without_steps_shows_its_own_time(clock):
    engine, _ = running(clock, {"title": "A", "minutes": 10})
    clock.advance(90)
    snap = engine.snapshot()
    assert not snap.figure_is_step
    assert snap.figure == snap.remaining == 510
    clock.advance(600)
    assert engine.snapshot().figure == -90  # over time: negative


def test_an_untimed_block_counts_up(clock):
    engine, _ = running(clock, {"title": "Åbning"})
    clock.advance(75)
    assert engine.snapshot().figure == -75


def test_a_block_with_steps_shows_the_running_step_then_the_block(clock):
    engine, _ = running(clock, GROUP)
    clock.advance(60)
    snap = engine.snapshot()
    assert snap.figure_is_step and snap.step_index == 0
    assert snap.figure == snap.step_remaining == 300
    assert snap.step_end == 360
    clock.advance(6 * 60)
    snap = engine.snapshot()
    assert snap.step_index == 1 and snap.figure == 9 * 60
    assert snap.step_end == 16 * 60
    clock.advance(14 * 60)  # the last step and the block are over together
    snap = engine.snapshot()
    assert not snap.figure_is_step
    assert snap.figure == snap.remaining == -60 == snap.step_remaining


def test_steps_longer_than_the_block_give_way_to_the_block(clock):
    # The bundled klyngemøde's first block has 67 minutes of steps in 65.
    engine, _ = running(clock, {"title": "B", "minutes": 10, "steps": [
        {"title": "s1", "minutes": 5}, {"title": "s2", "minutes": 7}]})
    clock.advance(3 * 60)
    snap = engine.snapshot()
    assert snap.figure_is_step and snap.figure == 2 * 60
    clock.advance(3 * 60)
    snap = engine.snapshot()
    assert snap.step_remaining == 6 * 60 and snap.remaining == 4 * 60
    assert not snap.figure_is_step and snap.figure == 4 * 60  # the block ends first


def test_steps_shorter_than_the_block_leave_the_rest_to_the_block(clock):
    engine, _ = running(clock, {"title": "B", "minutes": 10, "steps": [
        {"title": "s1", "minutes": 5}]})
    clock.advance(6 * 60)
    snap = engine.snapshot()
    assert not snap.figure_is_step and snap.figure == 4 * 60


def test_a_minute_added_goes_to_the_running_step_too(clock):
    engine, records = running(clock, GROUP)
    clock.advance(8 * 60)  # 2 minutes into "Arbejde"
    engine.tick()
    [event] = engine.adjust(1)
    assert event.type is EventType.ADJUST
    assert dict(event.data) == {"minutes": 1, "step": 1}
    assert records[-1]["type"] == "adjust" and records[-1]["step"] == 1
    snap = engine.snapshot()
    assert snap.length == 21 * 60
    assert snap.step_lengths == (6 * 60, 11 * 60, 4 * 60)
    assert snap.step_remaining == 9 * 60
    assert snap.remaining == 13 * 60
    # The steps still end with the block: the last one runs over with it.
    clock.advance(14 * 60)
    snap = engine.snapshot()
    assert snap.step_index == 2
    assert snap.step_remaining == snap.remaining == -60


def test_a_minute_taken_comes_from_the_running_step_too(clock):
    engine, _ = running(clock, GROUP)
    clock.advance(60)
    engine.adjust(-1)
    snap = engine.snapshot()
    assert snap.step_remaining == 4 * 60 and snap.remaining == 18 * 60
    # Taking more than the step has left moves on to the next step.
    clock.advance(3 * 60 + 30)
    events = engine.adjust(-1)
    assert [e.type for e in events] == [EventType.ADJUST, EventType.STEP_START]
    snap = engine.snapshot()
    assert snap.step_index == 1
    assert snap.step_end == 14 * 60


def test_a_minute_the_step_has_not_got_comes_from_the_next_steps(clock):
    engine, _ = running(clock, GROUP)
    engine.adjust(-5)
    engine.adjust(-3)  # "Video" has 1 minute left to give; "Arbejde" gives the other 2
    snap = engine.snapshot()
    assert [engine.step_length(0, n) for n in range(3)] == [0, 8 * 60, 4 * 60]
    assert snap.length == 12 * 60
    assert snap.step_index == 1


def test_over_time_the_last_step_and_the_block_take_the_minute_together(clock):
    engine, _ = running(clock, GROUP)
    clock.advance(22 * 60)
    engine.adjust(1)
    snap = engine.snapshot()
    assert snap.step_index == 2
    assert snap.remaining == snap.step_remaining == -60
    assert snap.figure == -60


def test_steps_done_before_the_block_leave_the_minute_to_the_block(clock):
    engine, _ = running(clock, {"title": "B", "minutes": 10, "steps": [
        {"title": "s1", "minutes": 5}]})
    clock.advance(6 * 60)
    engine.tick()
    [event] = engine.adjust(1)
    assert "step" not in event.data  # the step is over; reviving it would surprise
    snap = engine.snapshot()
    assert snap.remaining == 5 * 60 and snap.step_remaining == -60


def test_a_block_without_steps_records_no_step(clock):
    engine, records = running(clock, {"title": "A", "minutes": 10})
    engine.adjust(1)
    assert "step" not in records[-1]


def test_replay_honours_the_step_of_an_adjust(clock):
    engine, records = running(clock, GROUP)
    clock.advance(8 * 60)
    engine.adjust(2)
    clock.advance(60)
    engine.adjust(-1)
    before = engine.snapshot()
    rebuilt = MeetingEngine.replay(engine.agenda, clock, records)
    after = rebuilt.snapshot()
    assert (after.step_index, after.step_remaining, after.step_end) == \
        (before.step_index, before.step_remaining, before.step_end)
    assert after.figure == before.figure


def test_replay_of_an_older_adjust_without_a_step_changes_the_block_only(clock):
    engine, records = running(clock, GROUP)
    clock.advance(8 * 60)
    engine.adjust(1)
    old = [{k: v for k, v in r.items() if k != "step"} for r in records]
    after = MeetingEngine.replay(engine.agenda, clock, old).snapshot()
    assert after.length == 21 * 60
    assert after.step_end == 16 * 60  # as the older version showed it


ops = st.lists(st.tuples(st.integers(0, 15 * 60), st.sampled_from([1, -1, 2, -3])),
               max_size=8)


@settings(max_examples=60, deadline=None)
@given(ops)
def test_steps_adding_up_to_the_block_stay_with_it_whatever_is_added(plan):
    """With steps that fill the block, the last step always ends with the block."""
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    engine, records = running(clock, GROUP)
    for wait, minutes in plan:
        clock.advance(wait)
        engine.adjust(minutes)
        snap = engine.snapshot()
        steps = engine.agenda.blocks[0].steps
        total = sum(engine.step_length(0, n) for n in range(len(steps)))
        assert total == pytest.approx(snap.length)
        # The figure is never later than the block's end.
        assert snap.figure <= snap.remaining + 1e-6
    rebuilt = MeetingEngine.replay(engine.agenda, clock, records).snapshot()
    assert rebuilt.figure == pytest.approx(engine.snapshot().figure)
