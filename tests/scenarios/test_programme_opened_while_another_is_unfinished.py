"""A programme is opened while another meeting was left unfinished: the one asked for opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock
from facilitator.core.journal import read_session

from .harness import AGENDAS, App, at

STOP_OP = AGENDAS / "stop-op-i-klyngen.yaml"
STOP_OP_TITLE = "Stop op i klyngen – og kom godt videre i fællesskab"
KURSUSDAG_TEXT = """\
title: "Kursusdag for klyngekoordinatorer"
date: "2026-11-22"
start: "09:00"
blocks:
  - title: "Præsentation af undervisere og deltagere"
    minutes: 15
  - title: "Introduktion til det at være klyngekoordinator"
    minutes: 60
"""


def _kursusdag(tmp_path: Path) -> Path:
    path = tmp_path / "kursusdag.yaml"
    path.write_text(KURSUSDAG_TEXT, encoding="utf-8")
    return path


def _leave_stop_op_unfinished(qtbot, home) -> Path:
    """Yesterday's laptop: "Stop op i klyngen" runs into its second block, then the app dies."""
    app = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:00")))
    app.press(Qt.Key.Key_Space)
    app.minutes(5)
    app.press(Qt.Key.Key_Right)
    app.minutes(3)
    app.close()  # the journal stays as a kill leaves it: no finish
    [journal] = app.sessions()
    return journal


def test_the_course_day_opens_without_a_word_about_the_other_meeting(qtbot, home, tmp_path):
    """`facilitator --start kursusdag.yaml` at 14:00, with "Stop op i klyngen" unfinished at 13:05.

    What the facilitator sees: no question and no resume bar, the course
    day's first block and its running clock; Space pauses the course day, it
    does not load the other meeting. The unfinished journal is untouched.
    """
    stop_op = _leave_stop_op_unfinished(qtbot, home)
    before = stop_op.read_bytes()
    clock = FakeClock(start=at("2026-11-22", "14:00"))
    app = App(qtbot, home, [str(_kursusdag(tmp_path)), "--start"], clock=clock)
    assert app.asker.asked == []
    assert not app.shown("resumeBar")
    assert app.text("blockTitle") == "Præsentation af undervisere og deltagere"
    assert app.engine.state.value == "running"
    app.minutes(1)
    app.press(Qt.Key.Key_Space)
    assert app.engine.state.value == "paused"
    assert app.engine.agenda.title == "Kursusdag for klyngekoordinatorer"
    assert stop_op.read_bytes() == before
    app.close()


def test_the_bar_offers_only_the_same_programme_and_discard_closes_it(qtbot, home, tmp_path):
    """Opening programmes one after another from the window (Ctrl+O, a drop) at 14:00.

    "Stop op i klyngen" was left unfinished. The course day opens plainly;
    opening "Stop op i klyngen" shows a bar above the timer — "was not
    finished … Resume it?" with Resume and Discard, no dialog. Enter and Space
    do not resume it. Opening the course day again takes the bar away. Back
    on "Stop op", Discard closes the old session in its journal (an
    `abandoned` record) and the next start offers nothing.
    """
    stop_op = _leave_stop_op_unfinished(qtbot, home)
    clock = FakeClock(start=at("2026-11-22", "14:00"))
    app = App(qtbot, home, [str(_kursusdag(tmp_path))], clock=clock)
    assert not app.shown("resumeBar")
    assert app.open(STOP_OP)
    assert app.shown("resumeBar")
    assert STOP_OP_TITLE in app.text("resumeBarText")
    assert "13:05" in app.text("resumeBarText")
    assert app.shown("resumeButton") and app.shown("discardButton")
    assert app.asker.asked == []
    app.press(Qt.Key.Key_Return)
    app.press(Qt.Key.Key_Enter)
    assert app.engine.state.value == "not_started"
    assert app.shown("resumeBar")

    assert app.open(_kursusdag(tmp_path))
    assert not app.shown("resumeBar")
    assert app.open(STOP_OP)
    assert app.shown("resumeBar")
    app.click("discardButton")
    assert not app.shown("resumeBar")
    assert "not be offered again" in app.status()
    last = app.records(stop_op)[-1]
    assert last["type"] == "abandoned" and last["reason"] == "discarded"
    assert [r["seq"] for r in app.records(stop_op)[1:]] == list(
        range(1, len(app.records(stop_op))))
    assert app.engine.state.value == "not_started"
    app.close()

    again = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "14:30")))
    assert not again.shown("resumeBar")
    assert again.asker.asked == []
    again.close()


def test_space_starts_the_programme_afresh_and_closes_the_old_run(qtbot, home):
    """`facilitator stop-op-i-klyngen.yaml` at 14:00: the bar offers the 13:05 run; Space.

    What the facilitator sees: the meeting starts from its first block (the
    old run is not loaded by a stray key), the bar goes, and the old run is
    closed in its journal as replaced, so the next start offers nothing.
    """
    stop_op = _leave_stop_op_unfinished(qtbot, home)
    app = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "14:00")))
    assert app.shown("resumeBar")
    app.press(Qt.Key.Key_Space)
    assert app.engine.state.value == "running"
    assert app.text("blockTitle") == "Velkomst"
    assert app.text("timer") == "05:00"
    assert not app.shown("resumeBar")
    old = read_session(stop_op)
    assert old.abandoned == "replaced"
    assert len(app.sessions()) == 2
    app.close()
    later = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "14:10")))
    # The run started at 14:00 is unfinished now, and that one is offered — not the 13:00 one.
    assert later.shown("resumeBar")
    assert "14:00" in later.text("resumeBarText")
    later.close()


def test_resume_in_the_bar_takes_the_meeting_back_where_it_was(qtbot, home):
    """No programme named (`facilitator` from the menu) at 13:20, twelve minutes after the crash.

    What the facilitator sees: the bundled programme, with a bar offering
    "Stop op i klyngen"; a click on Resume shows that meeting in its second
    block, running, and the journal goes on with `resumed_after_crash`.
    """
    stop_op = _leave_stop_op_unfinished(qtbot, home)
    before = [dict(r) for r in read_session(stop_op).records]
    app = App(qtbot, home, clock=FakeClock(start=at("2026-11-22", "13:20")))
    assert app.shown("resumeBar")
    assert STOP_OP_TITLE in app.text("resumeBarText")
    app.click("resumeButton")
    assert not app.shown("resumeBar")
    assert app.engine.agenda.title == STOP_OP_TITLE
    assert app.text("blockTitle") == "Hvad er rammen for netop jeres klynge?"
    assert app.engine.state.value == "running"
    records = app.records(stop_op)
    assert records[1:len(before) + 1] == before
    assert records[len(before) + 1]["type"] == "resumed_after_crash"
    assert [r["seq"] for r in records[1:]] == list(range(1, len(records)))
    app.close()


def test_start_on_the_command_line_waits_while_the_bar_offers_the_old_run(qtbot, home):
    """`facilitator --start stop-op-i-klyngen.yaml` (a launcher's command) after a crash at 13:08.

    What the facilitator sees: the meeting is not started over the old run;
    the bar offers it and the status bar says why nothing started. Resume
    takes the old run back in its second block.
    """
    stop_op = _leave_stop_op_unfinished(qtbot, home)
    app = App(qtbot, home, [str(STOP_OP), "--start"],
              clock=FakeClock(start=at("2026-11-22", "13:15")))
    assert app.engine.state.value == "not_started"
    assert app.shown("resumeBar")
    assert "Not started" in app.status()
    app.click("resumeButton")
    assert app.text("blockTitle") == "Hvad er rammen for netop jeres klynge?"
    assert len(app.sessions()) == 1 and read_session(stop_op).abandoned is None
    app.close()
