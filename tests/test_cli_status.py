"""`facilitator status`: the newest unfinished meeting, or a clear "none" with exit 1."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

from facilitator.cli import build_parser, main
from facilitator.cli_status import run_status
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.resumption import abandon_session

CET = timezone(timedelta(hours=1))


def _run(*argv: str, clock: FakeClock | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if clock is None:
        code = main(list(argv), out=out, err=err)
    else:
        args = build_parser().parse_args(list(argv))
        code = run_status(args, out, err, clock_for=lambda speed: clock)
    return code, out.getvalue(), err.getvalue()


def _meeting(home, clock: FakeClock, finish: bool = False) -> MeetingEngine:
    agenda = agenda_from_mapping({"title": "Stop op", "start": "09:00", "blocks": [
        {"title": "Velkomst", "minutes": 10}, {"title": "Drøftelse", "minutes": 30,
                                               "steps": [{"title": "Runde", "minutes": 10},
                                                         {"title": "Debat", "minutes": 20}]}]})
    engine = MeetingEngine(agenda, clock)
    journal = SessionJournal.create(home / "sessions", agenda, now=clock.now())
    engine.add_listener(journal.append)
    engine.start()
    clock.advance(12 * 60)
    engine.next_block()
    if finish:
        engine.finish()
    journal.close()
    return engine


def test_no_unfinished_meeting_is_said_plainly_with_exit_1(tmp_path):
    code, out, err = _run("status", "--data-dir", str(tmp_path), "--lang", "en")
    assert code == 1
    assert out == ""
    assert err.startswith("no unfinished meeting from the last 12 hours in ")
    code, out, err = _run("status", "--json", "--data-dir", str(tmp_path), "--lang", "da")
    assert code == 1 and json.loads(out) is None
    assert err.startswith("intet uafsluttet møde fra de sidste 12 timer i ")


def test_a_finished_meeting_is_not_shown(tmp_path):
    clock = FakeClock(start=datetime(2026, 11, 22, 9, 0, tzinfo=CET))
    _meeting(tmp_path, clock, finish=True)
    code, _, _ = _run("status", "--data-dir", str(tmp_path), clock=clock)
    assert code == 1


def test_an_abandoned_meeting_is_not_shown(tmp_path):
    """"Start afresh" closed it in its journal: it is no longer the meeting in progress."""
    clock = FakeClock(start=datetime(2026, 11, 22, 9, 0, tzinfo=CET))
    _meeting(tmp_path, clock)
    assert _run("status", "--data-dir", str(tmp_path), clock=clock)[0] == 0
    log = read_session(next((tmp_path / "sessions").glob("*.jsonl")))
    assert abandon_session(log, "discarded", clock.now(), lock_folders=[tmp_path / "sessions"])
    assert _run("status", "--data-dir", str(tmp_path), clock=clock)[0] == 1


def test_the_state_is_rebuilt_from_the_journal_up_to_now(tmp_path):
    """Written at 09:12 (2 min over the welcome), asked at 09:20: the meeting went on."""
    clock = FakeClock(start=datetime(2026, 11, 22, 9, 0, tzinfo=CET))
    _meeting(tmp_path, clock)
    clock.advance(8 * 60)
    code, out, err = _run("status", "--json", "--data-dir", str(tmp_path), clock=clock)
    assert code == 0, err
    state = json.loads(out)
    assert state["title"] == "Stop op"
    assert state["state"] == "running"
    assert state["block"] == {"index": 1, "count": 2, "title": "Drøftelse", "kind": "other",
                              "timed": True, "minutes": 30.0, "elapsed_seconds": 480.0,
                              "remaining_seconds": 1320.0}
    assert state["step"]["title"] == "Runde" and state["step"]["remaining_seconds"] == 120.0
    assert state["delay_minutes"] == 2.0 and state["ahead_behind"] == "behind"
    assert state["schedule"] == "planned"
    assert state["projected_end"] == "2026-11-22T09:42:00+01:00"
    assert state["planned_end"] == "2026-11-22T09:40:00+01:00"
    code, out, _ = _run("status", "--data-dir", str(tmp_path), "--lang", "en", clock=clock)
    assert code == 0
    assert out.splitlines()[:6] == [
        "Stop op (running)",
        "Block 2 of 2: Drøftelse",
        "Step 1 of 2: Runde",
        "Remaining: 22:00 of 30 min",
        "Schedule: 2 minutes behind, ends 09:42 (planned 09:40)",
        "Timed against the planned clock: start 09:00",
    ]
    assert out.splitlines()[6].startswith("Journal: ")
