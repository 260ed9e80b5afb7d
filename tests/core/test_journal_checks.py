"""Damaged journal values, one case per finding of issue 12: the reader checks, skips or
clamps, and says where; reports, replay and resume see only sane figures."""

from __future__ import annotations

import io
import json
import math
import os
import re
import time
from datetime import timedelta

import pytest

from facilitator.core.agenda import AgendaError
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.journal import read_session
from facilitator.core.journal_checks import (
    COMMON_FIELDS,
    MAX_ELAPSED,
    TYPE_FIELDS,
    CheckContext,
    FieldCheck,
    IfBad,
    bounded_lines,
    check_record,
    integer,
)
from facilitator.core.journal_list import list_sessions
from facilitator.core.report import build_report, summarise
from facilitator.core.report_render import render_text
from facilitator.core.snapshot import MeetingState

from .test_journal import MEETING, T0, event, write_session


def with_lines(path, *lines):
    """Append raw lines (str or bytes) to a journal, as damage would leave them."""
    with open(path, "ab") as handle:
        for line in lines:
            handle.write((line.encode("utf-8") if isinstance(line, str) else line) + b"\n")
    return path


def raw(seq, seconds, kind, block=0, **data):
    return json.dumps({"seq": seq, **event(seconds, kind, block, **data)}, allow_nan=True)


def finite_report(log):
    report = build_report(log)
    figures = [report.planned_minutes, report.actual_minutes, report.paused_minutes,
               report.overrun_minutes]
    for block in report.blocks:
        figures += [block.planned_minutes, block.actual_minutes, block.paused_minutes,
                    block.adjust_minutes, block.plan_minutes, block.delta_minutes]
    assert all(math.isfinite(f) and abs(f) <= MAX_ELAPSED / 60 * 2 for f in figures), figures
    return report


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("value", ["1e308", "1e20", "NaN", "Infinity", "-Infinity", "-5",
                                   "1" + "0" * 400, '"ten"', "true", "[1]"])
def test_an_elapsed_that_is_no_meeting_time_takes_the_previous_one(tmp_path, value):
    path = write_session(tmp_path, MEETING[:2])
    line = raw(3, 300, "pause").replace('"elapsed": 300.0', f'"elapsed": {value}')
    with_lines(path, line, raw(4, 360, "resume"), raw(5, 600, "block_start", 1, reason="next"))
    log = read_session(path)
    assert [r["seq"] for r in log.records] == [1, 2, 3, 4, 5]
    assert log.records[2]["elapsed"] == 0.0  # the previous record's
    [problem] = log.problems
    assert problem.line == 4 and str(problem).startswith(f"{path}:4: warning: elapsed")
    report = finite_report(log)
    assert report.actual_minutes == 10
    assert "1000000" not in render_text(report, "en")


def test_the_report_prints_no_160_digit_length(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    with_lines(path, raw(3, 600, "finish").replace('"elapsed": 600.0', '"elapsed": 1e160'))
    text = render_text(build_report(read_session(path)), "en")
    figures = "\n".join(line for line in text.splitlines() if not line.startswith("Session"))
    assert re.search(r"\d{7}", figures) is None, text


def test_an_adjustment_of_no_sane_size_is_skipped(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    with_lines(path, raw(3, 60, "adjust", minutes=1e308), raw(4, 70, "adjust", minutes=2),
               raw(5, 80, "adjust", minutes="NaN").replace('"NaN"', "NaN"),
               raw(6, 90, "adjust"))
    log = read_session(path)
    assert [r["seq"] for r in log.records] == [1, 2, 4]
    assert [p.line for p in log.problems] == [4, 6, 7]
    assert all("adjust record" in p.message and "skipped" in p.message for p in log.problems)
    assert finite_report(log).blocks[0].adjust_minutes == 2


def test_plan_changes_keep_the_good_ones(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    changes = [{"block": 1, "minutes": -3}, {"block": 7, "minutes": -1},
               {"block": 2, "minutes": 1e300}, "x", {"block": True, "minutes": 1}]
    with_lines(path, raw(3, 60, "plan_applied", changes=changes, delay_minutes=float("nan")))
    log = read_session(path)
    record = log.records[-1]
    assert record["changes"] == [{"block": 1, "minutes": -3}]
    assert "delay_minutes" not in record
    assert len(log.problems) == 5
    assert finite_report(log).blocks[1].plan_minutes == -3


@pytest.mark.parametrize("field, value", [
    ("block", 99), ("block", -1), ("block", True), ("block", "0"),
    ("t", "not a time"), ("t", "0001-01-01T00:00:00"), ("t", "9999-12-31T23:59:59+00:00"),
    ("t", 12), ("t", "2026-13-45T99:99"),
])
def test_a_bad_block_or_time_is_left_out(tmp_path, field, value):
    path = write_session(tmp_path, MEETING[:2])
    record = {"seq": 3, **event(60, "note", 0, text="x")}
    record[field] = value
    with_lines(path, json.dumps(record))
    log = read_session(path)
    assert field not in log.records[-1]
    assert log.problems[0].line == 4
    assert log.last_activity is not None
    finite_report(log)


def test_timestamps_that_cannot_parse_never_raise(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    header, *rest = path.read_bytes().splitlines(keepends=True)
    damaged = json.loads(header)
    damaged["created"] = "0000-00-00"
    path.write_bytes(json.dumps(damaged).encode() + b"\n" + b"".join(rest))
    log = read_session(path)
    assert log.created is None
    assert "created" in log.problems[0].message
    assert summarise(log).started is not None


def test_unknown_fields_and_types_are_kept(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    with_lines(path, raw(3, 60, "coffee_break", reason="closed", extra={"a": 1}),
               raw(4, 70, "start", reference=123456789012345678, boot_id="abc"),
               raw(5, 80, "note", text="x", later=float("inf")).replace('"later": Infinity',
                                                                      '"later": Infinity'))
    log = read_session(path)
    assert log.records[2] == {"seq": 3, **event(60, "coffee_break", reason="closed",
                                                 extra={"a": 1})}
    assert log.records[3]["reference"] == 123456789012345678
    assert "later" not in log.records[4]
    [problem] = log.problems
    assert problem.line == 6 and "later is not a finite number" in problem.message


def test_the_field_table_is_easy_to_extend(monkeypatch):
    monkeypatch.setitem(TYPE_FIELDS, "abandoned", {"code": FieldCheck(integer(0, 9),
                                                                       IfBad.SKIP_RECORD)})
    verdict = check_record({"seq": 1, "type": "abandoned", "code": 12}, CheckContext(3), None)
    assert verdict.record is None and "code 12 is out of range" in verdict.messages[0]
    assert "elapsed" in COMMON_FIELDS


# --------------------------------------------------------------------------- duplicates


def test_duplicated_lines_are_counted_once(tmp_path):
    path = write_session(tmp_path, [*MEETING[:2], event(60, "adjust", minutes=2),
                                    event(600, "block_start", 1, reason="next")])
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:4] + lines[3:4] + lines[2:]))
    log = read_session(path)
    assert [r["seq"] for r in log.records] == [1, 2, 3, 4]
    assert len(log.problems) == 3  # two repeats and one back in order
    report = finite_report(log)
    assert report.blocks[0].visits == 1
    assert report.blocks[0].adjust_minutes == 2
    engine = MeetingEngine.replay(log.to_agenda(), FakeClock(start=T0 + timedelta(minutes=11)),
                                  log.records)
    assert engine.length(0) == (10 + 2) * 60


def test_a_damaged_seq_does_not_push_out_the_real_record(tmp_path):
    """A flipped digit makes seq 3 read 6: the real seq 6 further down is kept, not dropped."""
    records = [event(60 * n, "note", 0, text=f"n{n}") for n in range(7)]
    path = write_session(tmp_path, records)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3].replace(b'"seq":3,', b'"seq":6,')
    path.write_bytes(b"".join(lines))
    log = read_session(path)
    assert [(r["seq"], r["text"]) for r in log.records] == [
        (1, "n0"), (2, "n1"), (4, "n3"), (5, "n4"), (6, "n5"), (7, "n6")]
    assert any(p.line == 4 and "taken as a damaged seq" in p.message for p in log.problems)


# --------------------------------------------------------------------------- oversized lines


def huge_line(size):
    return b'{"seq": 500, "type": "note", "text": "' + b"x" * size + b'"}'


def forty_two(tmp_path, middle):
    """A journal of 42 records with `middle` after the 21st."""
    records = [event(0, "start"), event(0, "block_start", reason="start")]
    records += [event(10 * n, "note", 0, text=f"n{n}") for n in range(1, 20)]
    path = write_session(tmp_path, records)
    with_lines(path, middle)
    more = [raw(22 + n, 300 + n, "note", text=f"m{n}") for n in range(20)]
    with_lines(path, *more, raw(42, 600, "finish"))
    return path


@pytest.mark.parametrize("mib", [20, 50])
def test_one_huge_line_hides_nothing_else(tmp_path, mib):
    path = forty_two(tmp_path, huge_line(mib * 1024 * 1024))
    start = time.perf_counter()
    log = read_session(path)
    assert time.perf_counter() - start < 5  # it streams by; about 0.1 s per 50 MiB here
    assert len(log.records) == 42
    [problem] = log.problems
    assert problem.line == 23 and "too long for a journal record" in problem.message
    assert f"{mib}.0 MiB" in problem.message
    assert log.finished
    [listed] = list_sessions(tmp_path).sessions
    assert len(listed.records) == 42


def test_the_line_reader_never_holds_an_oversized_line():
    class Stream(io.RawIOBase):
        """10 MiB of one line, then a short one, handed out in chunks."""

        def __init__(self):
            self.left = 10 * 1024 * 1024
            self.done = False

        def read(self, size=-1):
            if self.left:
                chunk = min(size, self.left)
                self.left -= chunk
                return b"y" * chunk
            if not self.done:
                self.done = True
                return b"\nshort\n"
            return b""

    lines = list(bounded_lines(Stream(), limit=1024, first_limit=1024))
    assert [(line.number, line.data, line.size) for line in lines] == [
        (1, None, 10 * 1024 * 1024), (2, b"short", 5)]


def test_a_huge_header_line_is_no_journal(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"type": "session", "x": "' + b"x" * (5 * 1024 * 1024) + b'"}\n')
    [problem] = list_sessions(tmp_path).problems
    assert "line 1 is 5.0 MiB long" in problem.message


# --------------------------------------------------------------------------- the programme


def with_header(path, change):
    header, *rest = path.read_bytes().splitlines(keepends=True)
    data = json.loads(header)
    change(data)
    path.write_bytes(json.dumps(data, allow_nan=True).encode() + b"\n" + b"".join(rest))
    return path


@pytest.mark.parametrize("minutes", ["ten", 1e308, float("nan"), -5, [10], True])
def test_a_wrong_block_length_in_the_header_is_told_not_silent(tmp_path, minutes):
    path = write_session(tmp_path, [*MEETING, event(900, "finish", 1)])
    with_header(path, lambda h: h["agenda"]["blocks"][0].update(minutes=minutes))
    log = read_session(path)
    assert log.problems and log.problems[0].line == 1
    assert "the programme in the header fails the programme checks: block 1" \
        in log.problems[0].message
    with pytest.raises(AgendaError, match="the programme in the header"):
        log.to_agenda()
    report = finite_report(log)
    assert report.blocks[0].planned_minutes == 0
    assert report.problems and "block 1" in report.problems[0]
    assert len(log.records) == len(MEETING) + 1  # the meeting itself is still read


def test_a_forged_total_in_the_header_is_recomputed(tmp_path):
    path = write_session(tmp_path, MEETING)
    with_header(path, lambda h: h["agenda"].update(total_minutes=1e308))
    log = read_session(path)
    assert log.problems == ()
    assert finite_report(log).planned_minutes == 35


def test_a_bad_speed_in_the_header_is_ignored(tmp_path):
    path = write_session(tmp_path, MEETING)
    with_header(path, lambda h: h.update(speed=1e308))
    log = read_session(path)
    assert log.speed == 1.0
    assert "speed" in log.problems[0].message


# --------------------------------------------------------------------------- replay


@pytest.mark.parametrize("value", [1e308, 1e20, float("nan"), float("inf"), "x", 10**400])
def test_replay_of_raw_records_with_wild_values_does_not_crash(tmp_path, value):
    path = write_session(tmp_path, MEETING[:2])
    agenda = read_session(path).to_agenda()
    records = [{**r, "seq": n} for n, r in enumerate(MEETING[:2], 1)] + [
        {"seq": 3, "type": "adjust", "elapsed": value, "minutes": value, "block": 0},
        {"seq": 4, "type": "plan_applied", "elapsed": 5, "changes": [
            {"block": 1, "minutes": value}]},
        {"seq": 5, "type": "plan_applied", "elapsed": 5, "changes": value},
    ]
    engine = MeetingEngine.replay(agenda, FakeClock(start=T0 + timedelta(minutes=1)), records)
    snapshot = engine.snapshot()
    assert engine.state is MeetingState.RUNNING
    for figure in (snapshot.elapsed, snapshot.remaining, snapshot.length, snapshot.delay):
        assert math.isfinite(figure) and abs(figure) < 10**7


def test_file_size_alone_no_longer_hides_a_meeting(tmp_path):
    path = forty_two(tmp_path, huge_line(40 * 1024 * 1024))
    assert os.path.getsize(path) > 32 * 1024 * 1024
    assert len(read_session(path).records) == 42
