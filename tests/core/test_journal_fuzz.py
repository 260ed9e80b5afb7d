"""Fuzzing the journal reader and replay (issue 12): arbitrary records, values and line damage
never raise out of the reader, never crash replay or a report, never yield a non-finite or
overflowing figure, and never lose a valid event."""

from __future__ import annotations

import json
import math
import os
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import AgendaError
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.events import EventType
from facilitator.core.journal import JournalError, parse_session
from facilitator.core.journal_checks import (
    COMMON_FIELDS,
    MAX_ELAPSED,
    MAX_GAP,
    MAX_LINE,
    MAX_MINUTES,
    TYPE_FIELDS,
)
from facilitator.core.report import build_report, summarise
from facilitator.core.report_render import FORMATS, render

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, tzinfo=CET)
AGENDA = agenda_from_mapping({
    "title": "Klyngemøde", "start": "17:00",
    "blocks": [
        {"title": "Velkommen", "minutes": 10},
        {"title": "Gruppearbejde", "minutes": 20, "steps": [
            {"title": "Del 1", "minutes": 12}, {"title": "Del 2", "minutes": 8}]},
        {"title": "Pause", "minutes": 5, "kind": "break"},
        {"title": "Afslutning"},
    ],
})
HEADER = {"type": "session", "format": 1, "session_id": "f" * 32, "app_version": "fuzz",
          "created": T0.isoformat(timespec="seconds"), "agenda": AGENDA.to_json(),
          "agenda_source": None, "agenda_sha256": None, "timing": AGENDA.timing_json(),
          "speed": 1}
TYPES = [t.value for t in EventType] + ["abandoned", "coffee_break"]
# Any figure a report or a snapshot gives stays far inside what a Qt int takes.
FIGURE_LIMIT = 10**7

wild = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-10**30, max_value=10**30), st.just(10**400), st.just(-(10**400)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e308, -1e308, 1e20, float("nan"), float("inf"), -float("inf")]),
    st.text(max_size=12),
    st.lists(st.integers(-3, 3), max_size=3),
    st.dictionaries(st.sampled_from(["block", "minutes", "x"]), st.integers(-3, 3), max_size=2),
)


def sometimes_wild(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(good, good, wild)


times = st.floats(0, 20000).map(lambda s: (T0 + timedelta(seconds=s)).isoformat(
    timespec="milliseconds"))
change = st.fixed_dictionaries({"block": sometimes_wild(st.integers(-1, 5)),
                                "minutes": sometimes_wild(st.floats(-30, 30))})
record_fields = {
    "t": sometimes_wild(times | st.sampled_from(["0001-01-01T00:00:00", "9999-12-31T23:59:59",
                                                 "2026-13-45", "", "nu"])),
    "elapsed": sometimes_wild(st.floats(0, 20000)),
    "block": sometimes_wild(st.integers(-1, 5) | st.none()),
    "reason": sometimes_wild(st.sampled_from(["start", "next", "jump", "restart", "discussion"])),
    "minutes": sometimes_wild(st.floats(-30, 30)),
    "changes": sometimes_wild(st.lists(change, max_size=4)),
    "delay_minutes": sometimes_wild(st.floats(0, 60)),
    "step": sometimes_wild(st.integers(0, 3)),
    "text": sometimes_wild(st.text(max_size=20)),
    "minutes_left": sometimes_wild(st.floats(0, 10)),
    "minutes_over": sometimes_wild(st.floats(0, 60)),
    "seconds": sometimes_wild(st.floats(-4000, 4000)),
    "gap_seconds": sometimes_wild(st.floats(0, 4000)),
    "speed": sometimes_wild(st.sampled_from([1, 30.0])),
    "boot_id": sometimes_wild(st.just("b00t")),
    "boot_seconds": sometimes_wild(st.floats(0, 10**6)),
    "mystery": wild,
}


@st.composite
def records(draw: st.DrawFn, wild_seq: bool = True) -> list[dict[str, Any]]:
    count = draw(st.integers(0, 25))
    out = []
    for seq in range(1, count + 1):
        record: dict[str, Any] = {
            "seq": draw(sometimes_wild(st.just(seq))) if wild_seq else seq,
            "type": draw(st.one_of(st.sampled_from(TYPES), st.sampled_from(TYPES), wild)),
        }
        for name in draw(st.lists(st.sampled_from(sorted(record_fields)), max_size=6,
                                  unique=True)):
            record[name] = draw(record_fields[name])
        out.append(record)
    return out


def encode(record: dict[str, Any]) -> bytes:
    return json.dumps(record, allow_nan=True).encode("utf-8")


@st.composite
def damaged_lines(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    """`lines` with damage: cut, bytes flipped, repeated, moved, junk and huge lines."""
    lines = list(lines)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "flip", "repeat", "swap", "junk", "binary", "huge",
                                   "number"]))
        where = draw(st.integers(0, len(lines)))
        if op == "cut" and lines:
            line = lines[min(where, len(lines) - 1)]
            lines[min(where, len(lines) - 1)] = line[:draw(st.integers(0, len(line)))]
        elif op == "flip" and lines and lines[min(where, len(lines) - 1)]:
            index = min(where, len(lines) - 1)
            line = bytearray(lines[index])
            at = draw(st.integers(0, len(line) - 1))
            line[at] ^= draw(st.integers(1, 255))
            lines[index] = bytes(line).replace(b"\n", b" ")
        elif op == "repeat" and lines:
            lines.insert(where, lines[min(where, len(lines) - 1)])
        elif op == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            index = min(where, len(lines) - 1)
            lines[index], lines[other] = lines[other], lines[index]
        elif op == "junk":
            lines.insert(where, draw(st.text(max_size=30)).replace("\n", " ").encode())
        elif op == "binary":
            lines.insert(where, draw(st.binary(max_size=30)).replace(b"\n", b" "))
        elif op == "huge":
            lines.insert(where, b'{"seq": 9999, "type": "note", "text": "'
                         + b"x" * (MAX_LINE + draw(st.integers(0, 9))) + b'"}')
        elif op == "number":
            value = draw(st.sampled_from(["1e308", "-1e308", "1e20", "NaN", "Infinity",
                                          "-Infinity", "1" + "0" * 500]))
            lines.insert(where, b'{"seq": %d, "type": "adjust", "elapsed": %s, "minutes": %s}'
                         % (draw(st.integers(1, 40)), value.encode(), value.encode()))
    return lines


def journal_bytes(header: dict[str, Any], lines: list[bytes], torn: bool) -> bytes:
    data = encode(header) + b"\n" + b"".join(line + b"\n" for line in lines)
    return data[:-1] if torn and lines else data


def assert_sane(value: Any, limit: float, what: str) -> None:
    assert isinstance(value, (int, float)) and not isinstance(value, bool), (what, value)
    assert math.isfinite(value) and abs(value) <= limit, (what, value)


NUMBER_LIMITS = {"elapsed": MAX_ELAPSED, "minutes": MAX_MINUTES, "seconds": MAX_GAP,
                 "gap_seconds": MAX_GAP, "minutes_left": MAX_MINUTES,
                 "minutes_over": MAX_ELAPSED / 60, "delay_minutes": MAX_ELAPSED / 60}


def check_log(log: Any) -> None:
    """What every consumer may rely on after the reader."""
    seqs = [r["seq"] for r in log.records]
    assert seqs == sorted(set(seqs)), seqs  # keyed by seq: no repeats, in order
    blocks = len(log.agenda["blocks"])
    for record in log.records:
        assert isinstance(record["type"], str)
        assert isinstance(record["seq"], int) and record["seq"] >= 1
        for name, value in record.items():
            if isinstance(value, float):
                assert math.isfinite(value), (name, value)
        for name, limit in NUMBER_LIMITS.items():
            if name in record and name in {**COMMON_FIELDS, **TYPE_FIELDS.get(record["type"], {})}:
                assert_sane(record[name], limit, name)
        if record.get("block") is not None:
            assert 0 <= record["block"] < blocks
        if record["type"] in ("plan_applied", "plan_undone"):
            for item in record["changes"]:
                assert 0 <= item["block"] < blocks
                assert_sane(item["minutes"], MAX_MINUTES, "change")
        if record["type"] == "adjust":
            assert_sane(record["minutes"], MAX_MINUTES, "adjust")


def check_report(log: Any) -> None:
    report = build_report(log)
    figures = [report.planned_minutes, report.actual_minutes, report.paused_minutes,
               report.overrun_minutes]
    for block in report.blocks:
        figures += [block.planned_minutes, block.actual_minutes, block.paused_minutes,
                    block.adjust_minutes, block.plan_minutes, block.delta_minutes]
    for figure in figures:
        assert_sane(figure, FIGURE_LIMIT, "report")
    for fmt in FORMATS:
        render(report, fmt, "en")
    summarise(log)


def check_replay(agenda: Any, items: Any) -> None:
    clock = FakeClock(start=T0 + timedelta(hours=1))
    engine = MeetingEngine.replay(agenda, clock, items)
    engine.take_resume_events()
    clock.advance(90)
    engine.tick()
    snapshot = engine.snapshot()
    for figure in (snapshot.elapsed, snapshot.length, snapshot.block_elapsed,
                   snapshot.remaining, snapshot.delay, snapshot.paused_for):
        assert_sane(figure, FIGURE_LIMIT * 60, "snapshot")


# 150 examples each in the suite; FACILITATOR_FUZZ_EXAMPLES=5000 for a long run.
FUZZ = settings(max_examples=int(os.environ.get("FACILITATOR_FUZZ_EXAMPLES", "150")),
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(st.data())
def test_the_reader_never_raises_and_gives_only_sane_values(data):
    items = data.draw(records())
    lines = data.draw(damaged_lines([encode(r) for r in items]))
    torn = data.draw(st.booleans())
    try:
        log = parse_session(journal_bytes(HEADER, lines, torn))
    except JournalError:
        raise AssertionError("an intact header is always a journal") from None
    check_log(log)
    check_report(log)
    check_replay(log.to_agenda(), log.records)


@FUZZ
@given(st.data())
def test_replay_of_unchecked_records_never_crashes(data):
    """Replay guards itself too: records that never went through the reader."""
    check_replay(AGENDA, data.draw(records()))


header_damage = st.dictionaries(
    st.sampled_from(["created", "speed", "session_id", "total_minutes", "minutes", "title",
                     "timing", "steps", "agenda_source"]), wild, max_size=4)


@FUZZ
@given(st.data())
def test_a_damaged_header_is_read_or_refused_never_crashes(data):
    header = json.loads(json.dumps(HEADER))
    for name, value in data.draw(header_damage).items():
        if name in ("total_minutes", "title"):
            header["agenda"][name] = value
        elif name == "minutes":
            header["agenda"]["blocks"][data.draw(st.integers(0, 3))]["minutes"] = value
        elif name == "steps":
            header["agenda"]["blocks"][1]["steps"][0]["minutes"] = value
        else:
            header[name] = value
    items = data.draw(records(wild_seq=False))
    lines = [encode(r) for r in items]
    data_bytes = journal_bytes(header, data.draw(damaged_lines(lines)), False)
    try:
        log = parse_session(data_bytes)
    except JournalError:
        return
    check_log(log)
    check_report(log)
    try:
        agenda = log.to_agenda()
    except AgendaError:
        assert log.problems and log.problems[0].line == 1
        return
    check_replay(agenda, log.records)


@st.composite
def valid_meeting(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Records as the engine writes them: well-formed, in range, seq 1, 2, 3 …"""
    out = [{"t": T0.isoformat(timespec="milliseconds"), "elapsed": 0.0, "type": "start",
            "block": 0}]
    t = 0.0
    for _ in range(draw(st.integers(0, 20))):
        t += draw(st.floats(0, 600))
        kind = draw(st.sampled_from(["block_start", "pause", "resume", "adjust", "note",
                                     "warning", "step_start"]))
        record = {"t": (T0 + timedelta(seconds=t)).isoformat(timespec="milliseconds"),
                  "elapsed": round(t, 3), "type": kind, "block": draw(st.integers(0, 3))}
        if kind == "adjust":
            record["minutes"] = draw(st.sampled_from([-1, 1, 2, 5]))
        elif kind == "note":
            record["text"] = draw(st.text(max_size=20))
        elif kind == "block_start":
            record["reason"] = "next"
        elif kind == "warning":
            record["minutes_left"] = 5
        elif kind == "step_start":
            record["step"] = draw(st.integers(0, 1))
        out.append(record)
    return [{"seq": n, **r} for n, r in enumerate(out, start=1)]


@st.composite
def lossless_damage(draw: st.DrawFn, lines: list[bytes], moves: bool = True) -> list[bytes]:
    """Damage that destroys no valid line: repeats, moves, junk, huge and wild-number lines."""
    lines = list(lines)
    ops = ["repeat", "swap", "junk", "binary", "huge", "number"]
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(ops if moves else ops[2:]))
        where = draw(st.integers(0, len(lines)))
        if op == "repeat" and lines:
            lines.insert(where, lines[min(where, len(lines) - 1)])
        elif op == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            index = min(where, len(lines) - 1)
            lines[index], lines[other] = lines[other], lines[index]
        elif op == "junk":
            lines.insert(where, draw(st.binary(max_size=30)).replace(b"\n", b" ")
                         .replace(b'"seq"', b"").replace(b"{", b""))
        elif op == "huge":
            lines.insert(where, b'{"seq": 1, "type": "note", "text": "'
                         + b"x" * (MAX_LINE + 1) + b'"}')
        elif op == "number":
            value = draw(st.sampled_from(["1e308", "NaN", "Infinity", "1e20"]))
            # A wild line under a seq no valid record has: it may be skipped or repaired.
            lines.insert(where, b'{"seq": %d, "type": "adjust", "minutes": %s}'
                         % (10**6 + where, value.encode()))
    return lines


@FUZZ
@given(st.data())
def test_no_valid_event_is_ever_lost(data):
    """Every well-formed record survives whatever damage is around it, counted once.

    A record whose own seq was damaged into another's goes; where the two
    records with that seq sit tells which is real, and where it cannot (both
    equally out of place, at an end of the file), one of the two is kept.
    """
    items = data.draw(valid_meeting())
    lines = [encode(r) for r in items]
    damaged_seq = None
    allowed = []
    if len(items) > 2 and data.draw(st.booleans()):
        victim = data.draw(st.integers(0, len(items) - 1))
        other = data.draw(st.integers(1, len(items)).filter(lambda s: s != victim + 1))
        fake = {**items[victim], "seq": other}
        lines[victim] = encode(fake)
        damaged_seq = victim + 1
        allowed = [[fake if r["seq"] == other else r for r in items
                    if r["seq"] != damaged_seq]]
    # With a damaged seq, lines are not also moved: which of two records with one seq
    # is the real one is then told by where each sits.
    lines = data.draw(lossless_damage(lines, moves=damaged_seq is None))
    log = parse_session(journal_bytes(HEADER, lines, False))
    kept = [r for r in log.records if r["seq"] < 10**6]
    expected = [r for r in items if r["seq"] != damaged_seq]
    assert kept == expected or kept in allowed
    if damaged_seq is not None:
        assert any("again" in problem.message for problem in log.problems)
        event("a damaged seq: the real record kept" if kept == expected
              else "a damaged seq where nothing tells which is real: the damaged one kept")
    check_log(log)
    check_report(log)
    check_replay(log.to_agenda(), log.records)
