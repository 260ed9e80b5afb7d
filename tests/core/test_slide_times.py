"""Time per slide: one meeting's slides from its journal, planned shares, a series' long slides."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda
from facilitator.core.clock import FakeClock
from facilitator.core.engine import EngineError, MeetingEngine, MeetingState
from facilitator.core.journal import SessionJournal, SessionLog, read_session
from facilitator.core.slide_times import (
    LONG_MARGIN,
    meeting_slide_times,
    planned_shares,
    series_slide_times,
)

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, tzinfo=CET)


def programme(mode="follow"):
    """1-5 intro (10 min), 6-20 block 1 (25 min; steps on 8 and 13), 21 break, 22-28 block 2."""
    return agenda_from_mapping({
        "title": "Klynge",
        "slides_follow": mode,
        "blocks": [
            {"title": "Introduktion", "minutes": 10, "slides": "1-5"},
            {"title": "Blok 1", "minutes": 25, "slides": "6-20",
             "steps": [{"title": "Video", "minutes": 6, "slides": 8},
                       {"title": "Svarene", "minutes": 7},
                       {"title": "Gruppearbejde", "minutes": 12, "slides": 13}]},
            {"title": "Pause", "minutes": 15, "slides": 21, "kind": "break"},
            {"title": "Blok 2", "minutes": 25, "slides": "22-28"},
        ],
    })


class Meeting:
    """A meeting played on the real engine and a fake clock, its journal read back."""

    def __init__(self, tmp_path, agenda=None, session_id=None):
        self.agenda = agenda or programme()
        self.clock = FakeClock(start=T0)
        self.engine = MeetingEngine(self.agenda, self.clock)
        self.journal = SessionJournal.create(tmp_path, self.agenda, now=self.clock.now(),
                                             session_id=session_id)
        self.engine.add_listener(self.journal.append)
        self.engine.start()

    def run(self, seconds):
        self.clock.advance(seconds)
        self.engine.tick()
        return self

    def log(self):
        self.journal.close()
        return read_session(self.journal.path)


def play(folder, moves, *, start=T0, agenda=None, session_id=None, finish=True):
    """A meeting logged in `folder`, its path: `moves` are (slide, seconds it stays on),
    the slide a number, None (no show) or "pause" (a pause that long)."""
    folder.mkdir(parents=True, exist_ok=True)
    agenda = agenda or programme()
    clock = FakeClock(start=start)
    engine = MeetingEngine(agenda, clock)
    journal = SessionJournal.create(folder, agenda, now=clock.now(), session_id=session_id)
    engine.add_listener(journal.append)
    engine.start()
    for slide, seconds in moves:
        if slide == "pause":
            engine.pause()
            clock.advance(seconds)
            engine.resume()
            continue
        engine.slide(slide, "fake")
        clock.advance(seconds)
        engine.tick()
    if finish:
        engine.finish()
    journal.close()
    return journal.path


#: A klyngemøde in small under follow: 6 starts Blok 1, 13 its group work (12 min planned).
def moves_with_13_for(seconds):
    return [(1, 120), (2, 150), (6, 80), (8, 300), (13, seconds), (21, 600), (22, 60)]


def test_each_slide_gets_its_running_time_in_its_block_and_step(tmp_path):
    m = Meeting(tmp_path)
    m.engine.slide(1, "fake")
    m.run(60)
    m.engine.slide(2, "fake")
    m.run(120)
    m.engine.pause()
    m.run(300)  # paused: counts to no slide
    m.engine.slide(3, "fake")  # changed during the pause: slide 3 takes over at the resume
    m.run(30)
    m.engine.resume()
    m.run(90)
    m.engine.slide(8, "fake")  # follow: Blok 1 starts at its step Video
    m.run(400)
    m.engine.slide(13, "fake")  # marks Gruppearbejde
    m.run(1200)
    m.engine.slide(2, "fake")  # a look back: the meeting stays in Blok 1
    m.run(45)
    m.engine.slide(13, "fake")  # shown again
    m.run(100)
    m.engine.finish()
    times = meeting_slide_times(m.log())

    assert times.has_data
    seconds = {s.number: s.seconds for s in times.slides}
    assert seconds == {1: 60, 2: 120 + 45, 3: 90, 8: 400, 13: 1300}
    assert times.followed_seconds == sum(seconds.values())
    assert times.running_seconds == 60 + 120 + 90 + 400 + 1200 + 45 + 100
    s2, s8, s13 = times.slide(2), times.slide(8), times.slide(13)
    assert (s2.home, s2.blocks, s2.own_seconds, s2.look_back_seconds, s2.shows) == \
        (0, (0, 1), 120, 45, 2)
    assert (s8.home, s8.planned_seconds) == (1, 6 * 60)
    assert (s13.home, s13.shows, s13.planned_seconds) == (1, 2, 12 * 60)
    assert s13.ran_long and not s8.ran_long
    assert [s.number for s in times.long] == [13]
    assert (s8.step, s13.step, s2.step) == (0, 2, None)
    steps = [(i.number, i.block, i.step) for i in times.intervals]
    assert steps[:4] == [(1, 0, None), (2, 0, None), (3, 0, None), (8, 1, 0)]
    assert (13, 1, 2) in steps
    assert all(i.seconds > 0 for i in times.intervals)


def test_a_meeting_without_slide_records_has_no_slide_data(tmp_path):
    m = Meeting(tmp_path)
    m.run(600)
    m.engine.next_block()
    m.run(60)
    m.engine.finish()
    times = meeting_slide_times(m.log())
    assert not times.has_data
    assert times.slides == () and times.intervals == ()
    assert times.followed_seconds == 0
    assert times.running_seconds == 660


def test_no_show_and_slides_outside_every_block(tmp_path):
    m = Meeting(tmp_path)
    m.engine.slide(40, "fake")  # in no block
    m.run(50)
    m.engine.slide(None, "fake")  # the show ended
    m.run(200)
    m.engine.slide(4, "fake")
    m.run(10)
    m.engine.finish()
    times = meeting_slide_times(m.log())
    outside = times.slide(40)
    assert outside.outside and outside.planned_seconds is None and not outside.ran_long
    assert outside.seconds == 50 and outside.blocks == (0,)
    assert times.followed_seconds == 60
    assert times.running_seconds == 260


def test_a_meeting_still_running_counts_the_slide_on_screen_up_to_now(tmp_path):
    m = Meeting(tmp_path)
    m.engine.slide(2, "fake")
    m.run(100)
    log = m.log()
    assert meeting_slide_times(log).slide(2) is None  # no time yet up to its last record
    assert meeting_slide_times(log, now_elapsed=130).slide(2).seconds == 130


def test_a_crash_gap_counts_to_no_slide_and_the_slide_goes_on_after(tmp_path):
    m = Meeting(tmp_path)
    m.engine.slide(2, "fake")
    m.run(100)
    m.engine.pause()  # a record at 100 s
    m.engine.resume()
    m.journal.close()
    m.clock.advance(300)  # the app is gone for five minutes
    log = read_session(m.journal.path)
    journal = SessionJournal.reopen(log)
    engine = MeetingEngine.replay(m.agenda, m.clock, log.records)
    engine.add_listener(journal.append)
    engine.take_resume_events()
    assert engine.current_slide == 2
    m.clock.advance(40)
    engine.slide(3, "fake")
    m.clock.advance(20)
    engine.finish()
    journal.close()
    times = meeting_slide_times(read_session(journal.path))
    assert times.slide(2).seconds == pytest.approx(140)
    assert times.slide(2).shows == 1
    assert times.slide(3).seconds == pytest.approx(20)
    assert times.running_seconds == pytest.approx(460)


def test_planned_shares_give_step_slides_their_minutes_and_the_rest_an_even_share():
    shares = planned_shares(load_agenda(AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml"))
    # Blok 1 (65 min, 6-20): steps on 8 (6), 13 (12), 15 (5), 19 (20); 22 min left for 11.
    assert shares[(2, 8)] == 360 and shares[(2, 13)] == 720 and shares[(2, 19)] == 1200
    assert shares[(2, 6)] == pytest.approx(120) and shares[(2, 20)] == pytest.approx(120)
    assert shares[(3, 21)] == 15 * 60  # the break: its one slide takes it all
    assert (0, 1) not in shares  # an untimed block has no shares


def _meeting_times(tmp_path, name, seconds_on_13):
    folder = tmp_path / name
    folder.mkdir()
    m = Meeting(folder, session_id=name)
    m.engine.slide(6, "fake")
    m.run(60)
    m.engine.slide(13, "fake")
    m.run(seconds_on_13)
    m.engine.finish()
    return meeting_slide_times(m.log())


def test_a_series_gives_medians_and_the_slides_that_keep_running_long(tmp_path):
    # Under follow slide 6 starts Blok 1 and 13 marks its step Gruppearbejde (12 min).
    runs = [_meeting_times(tmp_path, f"m{i}", s) for i, s in enumerate((1500, 700, 1300))]
    (tmp_path / "m3").mkdir()
    empty = Meeting(tmp_path / "m3", session_id="m3")
    empty.run(100)
    empty.engine.finish()
    runs.append(meeting_slide_times(empty.log()))
    series = series_slide_times(runs)
    assert (series.runs, series.without_data) == (3, 1)
    s13 = next(s for s in series.slides if s.number == 13)
    assert s13.seconds == (1500, 700, 1300)
    assert s13.median_seconds == 1300
    assert s13.long == (True, False, True)
    assert s13.keeps_running_long
    assert [s.number for s in series.long] == [13]
    s6 = next(s for s in series.slides if s.number == 6)
    assert s6.median_seconds == 60 and not s6.keeps_running_long
    assert series.to_json()["slides"][1]["keeps_running_long"] is True


def test_one_long_run_in_three_is_not_keeping_running_long(tmp_path):
    runs = [_meeting_times(tmp_path, f"m{i}", s) for i, s in enumerate((1500, 700, 720))]
    s13 = next(s for s in series_slide_times(runs).slides if s.number == 13)
    assert s13.long_count == 1 and not s13.keeps_running_long


def test_long_needs_a_margin_as_well_as_a_factor():
    agenda = agenda_from_mapping({"title": "P", "blocks": [
        {"title": "A", "minutes": 1, "slides": "1-2"}]})  # 30 s a slide
    records = [
        {"seq": 1, "elapsed": 0.0, "type": "start", "block": 0},
        {"seq": 2, "elapsed": 0.0, "type": "block_start", "block": 0, "reason": "start"},
        {"seq": 3, "elapsed": 0.0, "type": "slide", "block": 0, "number": 1},
        {"seq": 4, "elapsed": 80.0, "type": "slide", "block": 0, "number": 2},
        {"seq": 5, "elapsed": 80.0 + 30 + LONG_MARGIN, "type": "finish", "block": 0},
    ]
    log = SessionLog(Path("x.jsonl"), {"agenda": agenda.to_json()}, tuple(records),
                     programme=agenda)
    times = meeting_slide_times(log)
    assert not times.slide(1).ran_long  # 80 s: more than 1.5 × 30, but not a minute over
    assert times.slide(2).ran_long


def test_damaged_records_do_not_break_it_and_time_never_runs_backwards():
    agenda = programme()
    records = [
        {"seq": 1, "elapsed": 0.0, "type": "start", "block": 0},
        {"seq": 2, "elapsed": 10.0, "type": "slide", "block": 0, "number": "two"},
        {"seq": 3, "elapsed": 20.0, "type": "slide", "block": 0, "number": 2},
        {"seq": 4, "elapsed": 5.0, "type": "slide", "block": 0, "number": 3},
        {"seq": 5, "elapsed": None, "type": "block_start", "block": 99},
        {"seq": 6, "elapsed": 50.0, "type": "finish", "block": 0},
        {"seq": 7, "elapsed": 90.0, "type": "slide", "block": 0, "number": 4},
    ]
    log = SessionLog(Path("x.jsonl"), {"agenda": agenda.to_json()}, tuple(records))
    times = meeting_slide_times(log)
    assert {s.number: s.seconds for s in times.slides} == {3: 30}
    assert all(i.seconds >= 0 for i in times.intervals)


# --------------------------------------------------------------------------- properties


@st.composite
def slide_programmes(draw):
    count = draw(st.integers(min_value=1, max_value=5))
    blocks = []
    for n in range(count):
        minutes = draw(st.integers(min_value=0, max_value=30))
        block = {"title": f"B{n}", **({"minutes": minutes} if minutes else {})}
        if draw(st.booleans()):
            block["slides"] = draw(st.lists(st.integers(min_value=1, max_value=20),
                                            min_size=1, max_size=6))
        if minutes and draw(st.booleans()):
            block["steps"] = [
                {"title": f"S{k}", "minutes": draw(st.integers(min_value=1, max_value=9)),
                 **({"slides": draw(st.integers(min_value=1, max_value=20))}
                    if draw(st.booleans()) else {})}
                for k in range(draw(st.integers(min_value=1, max_value=3)))]
        blocks.append(block)
    return agenda_from_mapping({"title": "P", "blocks": blocks,
                                "slides_follow": draw(st.sampled_from(["follow", "suggest"]))})


OPS = st.lists(st.one_of(
    st.tuples(st.just("slide"), st.one_of(st.none(), st.integers(min_value=1, max_value=22))),
    st.tuples(st.just("advance"), st.integers(min_value=0, max_value=900)),
    st.tuples(st.just("next"), st.just(0)),
    st.tuples(st.just("previous"), st.just(0)),
    st.tuples(st.just("toggle"), st.just(0)),
    st.tuples(st.just("restart"), st.just(0)),
), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agenda=slide_programmes(), ops=OPS)
def test_slide_times_add_up_to_the_time_the_slides_were_followed(agenda, ops):
    """Played on the real engine: each slide gets exactly the running seconds it was on
    screen (counted here second by second), none is negative, and the slides' times, the
    intervals and the followed time are one sum, within the meeting's running time."""
    clock = FakeClock(start=T0)
    engine = MeetingEngine(agenda, clock)
    records: list[dict] = []
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    expected: dict[int, float] = {}
    running = 0.0
    for op, value in ops:
        if op == "advance":
            if engine.state is MeetingState.RUNNING:
                running += value
                if engine.current_slide is not None:
                    expected[engine.current_slide] = \
                        expected.get(engine.current_slide, 0) + value
            clock.advance(value)
            engine.tick()
        elif op == "slide":
            engine.slide(value, "prop")
        else:
            try:
                {"next": engine.next_block, "previous": engine.previous_block,
                 "toggle": engine.toggle, "restart": engine.restart_block}[op]()
            except EngineError:
                pass
    log = SessionLog(Path("p.jsonl"), {"agenda": agenda.to_json()}, tuple(records),
                     programme=agenda)
    now = engine.snapshot().elapsed if engine.state is not MeetingState.FINISHED \
        else None
    times = meeting_slide_times(log, now_elapsed=now)
    got = {s.number: s.seconds for s in times.slides}
    assert got == pytest.approx({n: s for n, s in expected.items() if s > 0})
    assert all(s.seconds > 0 and s.own_seconds >= 0 and s.look_back_seconds >= 0
               for s in times.slides)
    assert all(i.seconds > 0 for i in times.intervals)
    assert sum(got.values()) == pytest.approx(times.followed_seconds)
    assert sum(i.seconds for i in times.intervals) == pytest.approx(times.followed_seconds)
    assert times.running_seconds == pytest.approx(running)
    assert times.followed_seconds <= times.running_seconds + 1e-9
    assert times.has_data == any(r["type"] == "slide" for r in records)


def test_a_huge_log_of_slide_changes_is_read_in_good_time():
    """A damaged or hostile journal: 60,000 changes among 30,000 different slides."""
    import time

    agenda = programme()
    records = [{"seq": 1, "elapsed": 0.0, "type": "start", "block": 0}]
    for n in range(60_000):
        records.append({"seq": n + 2, "elapsed": float(n), "type": "slide", "block": 0,
                        "number": 1 + (n * 7919) % 30_000})
    log = SessionLog(Path("x.jsonl"), {"agenda": agenda.to_json()}, tuple(records),
                     programme=agenda)
    began = time.monotonic()
    times = meeting_slide_times(log)
    series = series_slide_times([times, times])
    assert len(times.slides) == 30_000 and len(series.slides) == 30_000
    assert times.followed_seconds == 59_999
    assert time.monotonic() - began < 10
