"""Slides and the meeting: the model's rules, the engine following a show, the journal, pace."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import AgendaError, SlideMode
from facilitator.core.agenda_check import agenda_from_json, agenda_from_mapping
from facilitator.core.agenda_load import load_agenda, load_agenda_text
from facilitator.core.clock import FakeClock
from facilitator.core.engine import EngineError, MeetingEngine
from facilitator.core.events import EventType
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.journal_checks import CheckContext, check_record
from facilitator.core.slides import (
    MIN_PACE_SLIDES,
    SlideAction,
    SlideMap,
    SlideMove,
    decide,
    effective_mode,
    measured_pace,
    slide_pace,
)
from facilitator.core.snapshot import MeetingState
from facilitator.settings import Settings

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, tzinfo=CET)


def programme(mode=None, **extra):
    """A klyngemøde in small: 1-5 intro, 6-20 block 1 (steps on 8 and 13), 21 break, 22-28."""
    data = {
        "title": "Klynge",
        "blocks": [
            {"title": "Opfølgning"},
            {"title": "Introduktion", "minutes": 10, "slides": "1-5"},
            {"title": "Blok 1", "minutes": 25, "slides": "6-20", "kind": "talk",
             "steps": [{"title": "Video", "minutes": 6, "slides": 8},
                       {"title": "Svarene", "minutes": 7},
                       {"title": "Gruppearbejde", "minutes": 12, "slides": 13}]},
            {"title": "Pause", "minutes": 15, "slides": 21, "kind": "break"},
            {"title": "Blok 2", "minutes": 25, "slides": "22-28"},
        ],
        **extra,
    }
    if mode is not None:
        data["slides_follow"] = mode
    return agenda_from_mapping(data)


@pytest.fixture
def clock():
    return FakeClock(start=T0)


def running(agenda, clock, preference=None):
    engine = MeetingEngine(agenda, clock)
    engine.slide_preference = preference
    records: list[dict] = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    return engine, records


def kinds(events):
    return [e.type for e in events]


# --------------------------------------------------------------------------- the programme


def test_steps_take_slides_and_the_programme_its_mode():
    agenda = programme("follow")
    assert agenda.slides_follow is SlideMode.FOLLOW
    assert [str(s.slides) if s.slides else None for s in agenda.blocks[2].steps] == \
        ["8", None, "13"]
    assert programme().slides_follow is None


def test_mode_and_step_slides_survive_the_journal_json():
    agenda = programme("off")
    again = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert again.slides_follow is SlideMode.OFF
    assert again.blocks[2].steps == agenda.blocks[2].steps
    assert "slides_follow" not in programme().to_json()


@pytest.mark.parametrize("value, shown", [("sometimes", "'sometimes'"), ("true", "true"),
                                          ("3", "3")])
def test_a_bad_mode_is_an_error_with_its_place(value, shown):
    text = f"title: T\nslides_follow: {value}\nblocks:\n  - {{title: A, minutes: 5}}\n"
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "p.yaml")
    assert [str(d) for d in caught.value.diagnostics] == [
        f"p.yaml:2:16: error: programme: slides_follow must be one of off, suggest, follow, "
        f"got {shown}"]


def test_mode_is_read_in_any_case():
    agenda = load_agenda_text(
        "title: T\nslides_follow: Follow\nblocks:\n  - {title: A, minutes: 5}\n")
    assert agenda.slides_follow is SlideMode.FOLLOW


def test_step_slides_outside_the_block_are_a_warning_and_count_as_its():
    text = ("title: T\nblocks:\n  - title: A\n    minutes: 5\n    slides: 1-3\n    steps:\n"
            "      - {title: x, minutes: 5, slides: 9}\n")
    agenda = load_agenda_text(text, "p.yaml")
    assert [str(w) for w in agenda.warnings] == [
        'p.yaml:7:40: warning: block 1 "A" step 1: slides 9 are not among the block\'s slides '
        "(1-3); they count as the block's too"]
    assert SlideMap(agenda).slides_of(0) == (1, 2, 3, 9)


def test_a_bad_step_slide_is_an_error_with_its_place():
    text = ("title: T\nblocks:\n  - title: A\n    minutes: 5\n    steps:\n"
            "      - {title: x, minutes: 5, slides: 0}\n")
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "p.yaml")
    assert [str(d) for d in caught.value.diagnostics] == [
        'p.yaml:6:40: error: block 1 "A" step 1: slides: slide numbers start at 1, got 0']


def test_the_preference_is_declared_with_suggest_as_default(tmp_path):
    settings_ = Settings(tmp_path / "s.json")
    assert settings_.get("slides_follow") == "suggest"
    settings_.set("slides_follow", "follow")
    with pytest.raises(ValueError):
        settings_.set("slides_follow", "always")


def test_the_programme_wins_over_the_preference():
    assert effective_mode(SlideMode.OFF, "follow") is SlideMode.OFF
    assert effective_mode(None, "follow") is SlideMode.FOLLOW
    assert effective_mode(None, None) is SlideMode.SUGGEST
    assert effective_mode(None, "nonsense") is SlideMode.SUGGEST


# --------------------------------------------------------------------------- the map and rules


def test_which_block_and_step_a_slide_belongs_to():
    slides = SlideMap(programme())
    assert slides.has_slides
    assert slides.block_of(1) == 1 and slides.block_of(13) == 2 and slides.block_of(21) == 3
    assert slides.block_of(99) is None
    assert slides.step_of(2, 8) == 0 and slides.step_of(2, 13) == 2 and slides.step_of(2, 9) is None


def test_a_shared_slide_belongs_to_the_current_block_else_the_next_else_the_nearest_before():
    agenda = agenda_from_mapping({"title": "T", "blocks": [
        {"title": "A", "minutes": 5, "slides": "1-5"},
        {"title": "B", "minutes": 5, "slides": "5-9"},
        {"title": "C", "minutes": 5, "slides": [5, 10]},
        {"title": "D", "minutes": 5, "slides": 11}]})
    slides = SlideMap(agenda)
    assert slides.blocks_holding(5) == (0, 1, 2)
    assert slides.block_of(5) == 0
    assert slides.block_of(5, current=1) == 1  # the current block keeps it
    assert slides.block_of(5, current=0) == 0
    assert slides.block_of(9, current=0) == 1  # the next holding it
    assert slides.block_of(5, current=3) == 2  # only earlier ones: the nearest before
    follow = SlideMode.FOLLOW
    assert decide(slides, follow, 5, 0, None).action is SlideAction.NOTHING
    assert decide(slides, follow, 5, 3, None).action is SlideAction.LOOK_BACK
    assert decide(slides, follow, 5, 3, None).block == 2


@pytest.mark.parametrize("mode, number, block, step, action, target", [
    ("follow", 22, 2, 0, SlideAction.START_BLOCK, 4),
    ("suggest", 22, 2, 0, SlideAction.SUGGEST_BLOCK, 4),
    ("off", 22, 2, 0, SlideAction.NOTHING, 4),
    ("follow", 13, 2, 0, SlideAction.MARK_STEP, 2),
    ("follow", 13, 2, 2, SlideAction.NOTHING, 2),  # already there
    ("suggest", 13, 2, 0, SlideAction.NOTHING, 2),
    ("follow", 7, 2, 2, SlideAction.NOTHING, 2),  # back within the block
    ("follow", 8, 2, 2, SlideAction.NOTHING, 2),  # back to an earlier step's slide
    ("follow", 3, 2, 2, SlideAction.LOOK_BACK, 1),
    ("suggest", 3, 2, 2, SlideAction.LOOK_BACK, 1),
    ("off", 3, 2, 2, SlideAction.LOOK_BACK, 1),
    ("follow", 40, 2, 0, SlideAction.OUTSIDE, None),
    ("follow", None, 2, 0, SlideAction.NO_SHOW, None),
])
def test_what_a_slide_means(mode, number, block, step, action, target):
    decision = decide(SlideMap(programme()), SlideMode(mode), number, block, step)
    assert decision.action is action
    assert decision.block == target
    assert decision.number == number and decision.mode is SlideMode(mode)


def test_a_programme_without_slides_decides_nothing():
    agenda = agenda_from_mapping({"title": "T", "blocks": [{"title": "A", "minutes": 5}]})
    assert decide(SlideMap(agenda), SlideMode.FOLLOW, 4, 0, None).action is SlideAction.NO_SLIDES


def test_before_the_start_a_later_block_is_only_named():
    decision = decide(SlideMap(programme()), SlideMode.FOLLOW, 6, 0, None, running=False)
    assert decision.action is SlideAction.NOTHING and decision.block == 2


# --------------------------------------------------------------------------- the engine


def test_follow_runs_the_klyngemoede_from_the_slides(clock):
    engine, records = running(programme("follow"), clock)
    clock.advance(60)
    events = engine.slide(1, "impress")
    assert kinds(events) == [EventType.SLIDE, EventType.BLOCK_START]
    assert events[1].block == 1 and events[1].data["reason"] == "slide"
    assert events[0].data["decision"] == "start_block" and events[0].data["to_block"] == 1
    clock.advance(600)
    engine.slide(6, "impress")
    assert engine.index == 2 and engine.snapshot().step_index == 0
    clock.advance(120)
    engine.slide(8, "impress")  # step 0's own slide: already running
    assert engine.snapshot().step_index == 0
    clock.advance(60)
    events = engine.slide(13, "impress")  # the group work starts early, by the slides
    assert kinds(events) == [EventType.SLIDE, EventType.STEP_START]
    assert events[1].data == {"step": 2, "reason": "slide"}
    snap = engine.snapshot()
    assert snap.step_index == 2 and snap.step_remaining == 12 * 60
    assert snap.block_elapsed == 180  # the block's clock is not touched
    clock.advance(60)
    assert kinds(engine.slide(9, "impress")) == [EventType.SLIDE]  # back within the block
    assert engine.snapshot().step_index == 2
    assert kinds(engine.slide(3, "impress")) == [EventType.SLIDE]  # a look back
    assert engine.index == 2
    assert engine.last_slide_decision.action is SlideAction.LOOK_BACK
    engine.slide(21, "impress")
    assert engine.index == 3
    engine.slide(22, "impress")
    assert engine.index == 4
    assert [r["block"] for r in records if r["type"] == "block_start"] == [0, 1, 2, 3, 4]


def test_onto_a_later_steps_slide_of_a_later_block_starts_it_at_that_step(clock):
    engine, _ = running(programme("follow"), clock)
    events = engine.slide(13, "impress")
    assert [(e.type, e.block, dict(e.data)) for e in events[1:] if e.type in (
        EventType.BLOCK_START, EventType.STEP_START)] == [
        (EventType.BLOCK_START, 2, {"reason": "slide"}),
        (EventType.STEP_START, 2, {"step": 0}),
        (EventType.STEP_START, 2, {"step": 2, "reason": "slide"})]
    assert engine.snapshot().step_index == 2


def test_a_marked_step_runs_on_to_the_next_by_the_clock(clock):
    engine, _ = running(programme("follow"), clock)
    engine.slide(6, "clicker")
    engine.slide(13, "clicker")
    clock.advance(12 * 60 - 1)
    assert engine.snapshot().step_index == 2
    clock.advance(2)
    assert engine.snapshot().step_index == 2  # the last step, running over
    assert engine.snapshot().step_remaining == pytest.approx(-1)


def test_suggest_and_off_change_nothing_but_are_recorded(clock):
    for mode in ("suggest", "off"):
        engine, records = running(programme(mode), clock)
        events = engine.slide(22, "impress")
        assert kinds(events) == [EventType.SLIDE]
        assert engine.index == 0
        assert records[-1]["decision"] == ("suggest_block" if mode == "suggest" else "nothing")
        assert records[-1]["to_block"] == 4 and records[-1]["mode"] == mode


def test_the_preference_decides_when_the_programme_does_not(clock):
    engine, _ = running(programme(), clock, preference="follow")
    assert engine.slide_mode is SlideMode.FOLLOW
    engine.slide(6, "impress")
    assert engine.index == 2
    engine, _ = running(programme("off"), clock, preference="follow")
    assert engine.slide_mode is SlideMode.OFF


def test_show_ended_and_outside_slides_change_nothing(clock):
    engine, records = running(programme("follow"), clock)
    engine.slide(6, "impress")
    assert kinds(engine.slide(99, "impress")) == [EventType.SLIDE]
    assert records[-1]["decision"] == "outside" and records[-1]["to_block"] is None
    assert kinds(engine.slide(None, "impress")) == [EventType.SLIDE]
    assert records[-1]["decision"] == "no_show" and records[-1]["number"] is None
    assert engine.index == 2 and engine.current_slide is None


def test_before_the_start_and_after_the_finish_slides_are_only_remembered(clock):
    engine = MeetingEngine(programme("follow"), clock)
    assert engine.slide(6, "impress") == []
    assert engine.state is MeetingState.NOT_STARTED and engine.current_slide == 6
    engine.start()
    engine.finish()
    assert engine.slide(22, "impress") == []


def test_a_paused_meeting_moves_on_with_the_slides(clock):
    engine, _ = running(programme("follow"), clock)
    engine.pause()
    engine.slide(6, "impress")
    assert engine.state is MeetingState.RUNNING and engine.index == 2


def test_a_slide_number_must_be_a_positive_whole_number(clock):
    engine, _ = running(programme("follow"), clock)
    for bad in (0, -1, 2.0, True, "3"):
        with pytest.raises(EngineError):
            engine.slide(bad, "impress")  # type: ignore[arg-type]


def test_restart_forgets_a_marked_step(clock):
    engine, _ = running(programme("follow"), clock)
    engine.slide(6, "impress")
    engine.slide(13, "impress")
    engine.restart_block()
    assert engine.snapshot().step_index == 0


# --------------------------------------------------------------------------- replay and journal


def test_replay_with_slide_records_rebuilds_the_same_meeting(clock):
    agenda = programme("follow")
    engine, records = running(agenda, clock)
    for seconds, number in ((30, 1), (300, 6), (200, 13), (100, 3), (50, 14), (400, 21)):
        clock.advance(seconds)
        engine.slide(number, "impress")
    clock.advance(20)
    before = engine.snapshot()
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    after = rebuilt.snapshot()
    assert after.index == before.index == 3
    assert after.timeline == before.timeline
    assert rebuilt.current_slide == 21
    assert rebuilt.slide_moves == engine.slide_moves
    assert rebuilt.last_slide_decision == engine.last_slide_decision


def test_replay_keeps_a_marked_step(clock):
    agenda = programme("follow")
    engine, records = running(agenda, clock)
    engine.slide(6, "impress")
    clock.advance(60)
    engine.slide(13, "impress")
    clock.advance(30)
    before = engine.snapshot()
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    after = rebuilt.snapshot()
    assert (after.step_index, after.step_remaining) == (before.step_index, before.step_remaining)


def test_a_slide_record_never_starts_a_block_on_replay(clock):
    """The block_start it caused does: without it the slide record changes nothing."""
    agenda = programme("follow")
    engine, records = running(agenda, clock)
    clock.advance(60)
    engine.slide(6, "impress")
    without = [r for r in records if not (r["type"] == "block_start" and r["reason"] == "slide")]
    rebuilt = MeetingEngine.replay(agenda, clock, without)
    assert rebuilt.index == 0
    assert MeetingEngine.replay(agenda, clock, records).index == 2


def test_the_journal_writes_and_reads_slide_records(tmp_path, clock):
    agenda = programme("follow")
    engine = MeetingEngine(agenda, clock)
    journal = SessionJournal.create(tmp_path, agenda, now=clock.now())
    engine.add_listener(journal.append)
    engine.start()
    clock.advance(60)
    engine.slide(6, "impress")
    engine.slide(13, "impress")
    engine.slide(None, "impress")
    journal.close()
    log = read_session(journal.path)
    assert not log.problems
    slides = [r for r in log.records if r["type"] == "slide"]
    assert [(r["number"], r["decision"], r["source"]) for r in slides] == [
        (6, "start_block", "impress"), (13, "mark_step", "impress"), (None, "no_show", "impress")]
    assert log.programme is not None and log.programme.slides_follow is SlideMode.FOLLOW
    assert MeetingEngine.replay(log.programme, clock, log.records).snapshot().step_index == 2


def _slide_record(**fields):
    record = {"seq": 4, "t": "2026-11-22T17:01:00.000+01:00", "elapsed": 60.0, "type": "slide",
              "block": 1, "number": 6, "source": "impress", "mode": "follow",
              "decision": "start_block", "to_block": 2, "to_step": None}
    record.update(fields)
    return record


def test_the_reader_accepts_a_slide_record():
    verdict = check_record(_slide_record(), CheckContext(5), 0.0)
    assert verdict.record == _slide_record() and not verdict.messages
    assert check_record(_slide_record(number=None, decision="no_show", to_block=None),
                        CheckContext(5), 0.0).messages == ()


@pytest.mark.parametrize("fields, kept", [
    ({"number": 0}, False),
    ({"number": "6"}, False),
    ({"number": True}, False),
    ({"to_block": 9}, True),
    ({"to_step": -1}, True),
    ({"source": 5}, True),
])
def test_the_reader_checks_a_slide_record(fields, kept):
    record = _slide_record(**fields)
    verdict = check_record(record, CheckContext(5), 0.0)
    assert (verdict.record is not None) is kept
    assert verdict.messages
    if kept:
        assert verdict.record is not None and set(fields) - set(verdict.record) == set(fields)


def test_a_slide_record_without_a_number_is_skipped():
    record = _slide_record()
    del record["number"]
    assert check_record(record, CheckContext(5), 0.0).record is None


# --------------------------------------------------------------------------- pace


def test_pace_reads_as_slide_of_range_slides_left_time_left():
    pace = slide_pace(range(6, 21), 12, 14 * 60, None)
    assert pace is not None
    assert (pace.slide, pace.first, pace.last, pace.slides_left, pace.seconds_left) == \
        (12, 6, 20, 8, 840)
    assert (pace.position, pace.count) == (7, 15)
    assert not pace.short and pace.seconds_needed is None
    assert slide_pace(range(6, 21), 3, 840, 60.0) is None
    assert slide_pace(range(6, 21), None, 840, 60.0) is None


def test_pace_warns_when_the_slides_left_do_not_fit():
    assert slide_pace(range(6, 21), 12, 14 * 60, 120.0).short  # 8 × 2 min > 14 min
    assert not slide_pace(range(6, 21), 12, 16 * 60, 120.0).short
    assert not slide_pace(range(6, 21), 20, -60, 120.0).short  # no slides left: nothing to fit


def test_measured_pace_needs_a_minimum_sample_and_counts_a_slide_once():
    moves = [SlideMove(0, 6, True), SlideMove(60, 7, True), SlideMove(120, 8, True)]
    assert measured_pace(moves) is None  # two slides done, the third on screen
    moves.append(SlideMove(300, 7, True))
    assert measured_pace(moves) == 100.0  # 300 s over slides 6, 7, 8
    moves.append(SlideMove(360, 9, True))
    assert measured_pace(moves) == 120.0  # 7 took 60 s more: 360 s over 3 slides
    assert MIN_PACE_SLIDES == 3
    assert measured_pace([SlideMove(0, 21, False), SlideMove(900, 22, True)], minimum=1) is None


def test_the_engine_measures_pace_without_pauses_and_breaks(clock):
    engine, _ = running(programme("follow"), clock)
    engine.slide(21, "impress")  # the break's slide, 15 minutes: not the pace
    clock.advance(900)
    engine.slide(22, "impress")
    clock.advance(60)
    engine.pause()
    clock.advance(600)  # a pause is not time on the slide
    engine.resume()
    engine.slide(23, "impress")
    clock.advance(120)
    engine.slide(24, "impress")
    assert engine.slide_pace() is not None and engine.slide_pace().seconds_per_slide is None
    clock.advance(90)
    engine.slide(25, "impress")
    pace = engine.slide_pace()
    assert pace is not None
    assert pace.seconds_per_slide == 90.0  # (60 + 120 + 90) / 3
    assert (pace.slide, pace.first, pace.last, pace.slides_left) == (25, 22, 28, 3)
    assert pace.seconds_left == 25 * 60 - 270
    assert pace.seconds_needed == 270 and not pace.short


def test_pace_is_none_in_an_untimed_block_or_without_the_blocks_slide(clock):
    engine, _ = running(programme("suggest"), clock)
    engine.slide(3, "impress")
    assert engine.slide_pace() is None  # block 0 is untimed
    engine.next_block()
    assert engine.slide_pace() is not None
    engine.slide(30, "impress")
    assert engine.slide_pace() is None


# --------------------------------------------------------------------------- properties


@st.composite
def slide_programmes(draw):
    """Any programme's slide ranges: none, single, ranges, lists, overlapping, with step slides."""
    count = draw(st.integers(min_value=1, max_value=6))
    blocks = []
    for n in range(count):
        block = {"title": f"B{n}", "minutes": draw(st.integers(min_value=1, max_value=30))}
        if draw(st.booleans()):
            block["slides"] = draw(st.lists(st.integers(min_value=1, max_value=30),
                                            min_size=1, max_size=6))
        if draw(st.booleans()):
            steps = draw(st.integers(min_value=1, max_value=3))
            block["steps"] = [
                {"title": f"S{k}", "minutes": 1,
                 **({"slides": draw(st.integers(min_value=1, max_value=30))}
                    if draw(st.booleans()) else {})}
                for k in range(steps)]
        if draw(st.booleans()):
            block["kind"] = "break"
        blocks.append(block)
    return agenda_from_mapping({"title": "P", "blocks": blocks})


MOVES = st.lists(st.tuples(st.one_of(st.none(), st.integers(min_value=1, max_value=32)),
                           st.integers(min_value=0, max_value=900)), max_size=25)


def _state(engine):
    snap = engine.snapshot()
    return (engine.state, snap.index, snap.step_index, snap.step_remaining,
            tuple(e.status for e in snap.timeline))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agenda=slide_programmes(), moves=MOVES)
def test_follow_never_goes_back_and_starts_each_block_reached_once(agenda, moves):
    clock = FakeClock(start=T0)
    engine, records = running(agenda, clock, preference="follow")
    starts = []
    for number, seconds in moves:
        clock.advance(seconds)
        index = engine.index
        step = engine.snapshot().step_index
        events = engine.slide(number, "prop")
        assert engine.index >= index  # never backwards
        if engine.index == index and step is not None:
            assert engine.snapshot().step_index >= step
        decision = engine.last_slide_decision
        if engine.index != index:
            assert decision.action is SlideAction.START_BLOCK and decision.block == engine.index
            starts.append(engine.index)
        else:
            assert decision.action is not SlideAction.START_BLOCK
        if decision.action is SlideAction.LOOK_BACK:  # shown, never a rewind
            assert EventType.BLOCK_START not in kinds(events)
            assert not any(e.data.get("reason") == "slide" for e in events)
    assert len(starts) == len(set(starts))
    slide_starts = [r["block"] for r in records
                    if r["type"] == "block_start" and r["reason"] == "slide"]
    assert slide_starts == starts  # journaled exactly once each
    assert sum(r["type"] == "slide" for r in records) == len(moves)
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    assert _state(rebuilt) == _state(engine)
    assert rebuilt.slide_moves == engine.slide_moves


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agenda=slide_programmes(), moves=MOVES, mode=st.sampled_from(["suggest", "off"]))
def test_suggest_and_off_never_change_the_meeting(agenda, moves, mode):
    clock = FakeClock(start=T0)
    with_slides = MeetingEngine(agenda, clock)
    with_slides.slide_preference = mode
    without = MeetingEngine(agenda, clock)
    with_slides.start()
    without.start()
    for number, seconds in moves:
        clock.advance(seconds)
        events = with_slides.slide(number, "prop")
        assert EventType.BLOCK_START not in kinds(events)
        assert not any(e.type is EventType.STEP_START and e.data.get("reason") == "slide"
                       for e in events)
        without.tick()
        assert _state(with_slides) == _state(without)


def test_the_bundled_klyngemoede_follows_1_6_13_21_22(clock):
    agenda = load_agenda(AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml")
    engine, records = running(agenda, clock, preference="follow")
    seen = []
    for number in (1, 6, 13, 21, 22):
        clock.advance(120)
        engine.slide(number, "impress")
        snap = engine.snapshot()
        seen.append((snap.index, snap.step.title if snap.step else None))
    assert seen == [(1, "Video: introduktion til emnet"),
                    (2, "Del 1: Video om ledelse"),
                    (2, "Del 1: Gruppearbejde"),
                    (3, None),
                    (4, "Video om lægefagligt fællesskab")]
    assert [r["block"] for r in records if r["type"] == "block_start"] == [0, 1, 2, 3, 4]
    assert [(r["block"], r["step"]) for r in records
            if r["type"] == "step_start" and r.get("reason") == "slide"] == [(2, 2)]


MIXED = st.lists(st.one_of(
    st.tuples(st.just("slide"), st.one_of(st.none(), st.integers(min_value=1, max_value=32))),
    st.tuples(st.just("advance"), st.integers(min_value=0, max_value=900)),
    st.tuples(st.just("next"), st.just(0)),
    st.tuples(st.just("previous"), st.just(0)),
    st.tuples(st.just("toggle"), st.just(0)),
    st.tuples(st.just("adjust"), st.integers(min_value=-3, max_value=3)),
    st.tuples(st.just("restart"), st.just(0)),
    st.tuples(st.just("accept"), st.just(0)),
), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agenda=slide_programmes(), ops=MIXED, mode=st.sampled_from(["follow", "suggest"]))
def test_slides_mixed_with_keys_replay_to_the_same_meeting(agenda, ops, mode):
    """Slides among →, ←, Space, ±1 min, restart and taking a suggestion: a slide never moves
    the meeting back (under suggest never at all), each block a slide starts is journaled once
    per start, and replay gives the same meeting."""
    clock = FakeClock(start=T0)
    engine, records = running(agenda, clock, preference=mode)
    slide_starts = 0
    for op, value in ops:
        if op == "advance":
            clock.advance(value)
            engine.tick()
            continue
        if op == "accept":
            index = engine.index
            if engine.slide_suggestion is not None:
                slide_starts += 1
            engine.follow_suggestion()
            assert engine.index >= index
            continue
        if op == "slide":
            index = engine.index
            before = _state(engine)
            engine.slide(value, "prop")
            assert engine.index >= index
            if mode == "suggest":
                assert _state(engine) == before
            decision = engine.last_slide_decision
            if engine.state is not MeetingState.FINISHED and decision is not None \
                    and decision.action is SlideAction.START_BLOCK:
                slide_starts += 1
            continue
        try:
            if op == "adjust":
                engine.adjust(value)
            else:
                {"next": engine.next_block, "previous": engine.previous_block,
                 "toggle": engine.toggle, "restart": engine.restart_block}[op]()
        except EngineError:
            pass
    journaled = [r for r in records if r["type"] == "block_start" and r["reason"] == "slide"]
    assert len(journaled) == slide_starts
    rebuilt = MeetingEngine.replay(agenda, clock, records)
    assert _state(rebuilt) == _state(engine)
    recorded = [r["number"] for r in records if r["type"] == "slide"]
    assert rebuilt.current_slide == (recorded[-1] if recorded else None)
    assert rebuilt.slide_moves == engine.slide_moves


def test_a_suggestion_stands_until_taken_or_passed(clock):
    engine, records = running(programme("suggest"), clock)
    assert engine.slide_suggestion is None
    engine.slide(13, "impress")
    suggestion = engine.slide_suggestion
    assert suggestion is not None and (suggestion.block, suggestion.step) == (2, 2)
    assert engine.index == 0
    clock.advance(30)
    events = engine.follow_suggestion()
    assert [(e.type, e.block, e.data.get("reason")) for e in events
            if e.type in (EventType.BLOCK_START, EventType.STEP_START)] == [
        (EventType.BLOCK_START, 2, "slide"), (EventType.STEP_START, 2, None),
        (EventType.STEP_START, 2, "slide")]
    assert engine.slide_suggestion is None and engine.follow_suggestion() == []
    engine.slide(22, "impress")
    assert engine.slide_suggestion is not None
    engine.jump_to(4)  # got there by hand: the suggestion is spent
    assert engine.slide_suggestion is None
    rebuilt = MeetingEngine.replay(programme("suggest"), clock, records)
    assert _state(rebuilt) == _state(engine)


def test_follow_and_off_suggest_nothing(clock):
    for mode in ("follow", "off"):
        engine, _ = running(programme(mode), clock)
        engine.slide(22, "impress")
        assert engine.slide_suggestion is None


def test_the_journal_format_documents_the_slide_record_as_the_reader_checks_it():
    import json

    from facilitator.core.journal_checks import TYPE_FIELDS

    doc = (AGENDAS.parent / "docs" / "journal-format.md").read_text(encoding="utf-8")
    [row] = [line for line in doc.splitlines() if line.startswith("| `slide` |")]
    for name in TYPE_FIELDS["slide"]:
        assert f"`{name}`" in row
    for action in SlideAction:
        assert f"`{action.value}`" in row
    example = [json.loads(line) for line in doc.splitlines()
               if line.startswith('{"seq":') and '"type":"slide"' in line]
    assert example
    for record in example:
        verdict = check_record(record, CheckContext(2), 0.0)
        assert verdict.record == record and not verdict.messages
