"""Two copies of the app on one data folder: the second never writes the first one's journal."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock
from facilitator.core.journal import read_session

from .harness import AGENDAS, App, at

STOP_OP = AGENDAS / "stop-op-i-klyngen.yaml"
STOP_OP_TITLE = "Stop op i klyngen – og kom godt videre i fællesskab"


def _seqs(path):
    return [r["seq"] for r in read_session(path).records]


def test_a_second_copy_leaves_the_running_meeting_to_the_first(qtbot, home):
    """"Stop op i klyngen" runs in one window; the facilitator starts facilitator again.

    The second copy is opened on the same programme, then once more with
    `--resume`. What they see: no offer to resume, no question, but a bar
    saying the meeting is open in another copy of facilitator (with its
    process id) and that this window does not take it. The first window
    goes on; its journal holds only its own records, numbered without a gap.
    Once the first copy quits, `--resume` takes the meeting and numbers on.
    """
    first = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:00")))
    first.press(Qt.Key.Key_Space)
    first.minutes(4)
    [journal] = first.sessions()

    second = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:05")))
    assert second.asker.asked == []
    assert second.shown("resumeBar")
    assert not second.shown("resumeButton") and not second.shown("discardButton")
    notice = second.text("resumeBarText")
    assert STOP_OP_TITLE in notice and "another copy of facilitator" in notice
    assert f"process {os.getpid()}" in notice
    assert "does not take that meeting" in notice
    assert second.engine.state.value == "not_started"
    second.click("resumeBarClose")
    assert not second.shown("resumeBar")

    third = App(qtbot, home, ["--resume"], clock=FakeClock(start=at("2026-11-22", "13:06")),
                answers=[0])
    assert third.parts.resumed is None
    assert third.engine.state.value == "not_started"
    assert "another copy of facilitator" in third.text("resumeBarText")
    assert "another copy of facilitator" in third.status()
    third.press(Qt.Key.Key_Space)  # a meeting of its own, in a journal of its own
    assert len(first.sessions()) == 2
    third.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # finished: not resumable
    assert third.engine.state.value == "finished"
    third.close()

    first.press(Qt.Key.Key_Right)
    first.minutes(2)
    seqs = _seqs(journal)
    assert seqs == list(range(1, len(seqs) + 1))
    types = [r["type"] for r in read_session(journal).records]
    assert "resumed_after_crash" not in types and "abandoned" not in types
    second.close()
    first.close()  # quits with the meeting unfinished: the lock goes with it

    fourth = App(qtbot, home, ["--resume"], clock=FakeClock(start=at("2026-11-22", "13:12")))
    assert fourth.parts.resumed is not None
    assert fourth.engine.agenda.title == STOP_OP_TITLE
    assert fourth.text("blockTitle") == "Hvad er rammen for netop jeres klynge?"
    assert not fourth.shown("resumeBar")
    records = read_session(journal).records
    assert records[len(seqs)]["type"] == "resumed_after_crash"
    assert _seqs(journal) == list(range(1, len(records) + 1))
    fourth.close()


def test_space_in_the_second_copy_starts_nothing_of_the_first(qtbot, home):
    """Two copies open on the same programme; Space is pressed in the second one.

    What they see: no Discard to press in the second window; Space there
    starts a meeting of its own (a new
    journal); the first meeting's journal gets no `abandoned` record and no
    line from the second copy.
    """
    first = App(qtbot, home, [str(STOP_OP), "--start"],
                clock=FakeClock(start=at("2026-11-22", "13:00")))
    first.minutes(2)
    [journal] = first.sessions()
    before = journal.read_bytes()
    second = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:03")))
    assert not second.shown("discardButton")
    second.press(Qt.Key.Key_Space)
    assert second.engine.state.value == "running"
    assert journal.read_bytes() == before
    assert len(second.sessions()) == 2
    second.close()
    first.close()


def test_an_offer_taken_by_the_other_copy_meanwhile_is_not_touched(qtbot, home):
    """Two copies both offer the same unfinished run; one resumes it, then the other clicks.

    What the facilitator at the second window sees: Resume, then Discard,
    each answered by the bar saying the meeting is open in another copy;
    the journal goes on only with the first copy's records.
    """
    crashed = App(qtbot, home, [str(STOP_OP), "--start"],
                  clock=FakeClock(start=at("2026-11-22", "13:00")))
    crashed.minutes(3)
    crashed.kill()
    [journal] = crashed.sessions()

    first = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:10")))
    second = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:10")))
    assert first.shown("resumeButton") and second.shown("resumeButton")
    first.click("resumeButton")
    assert first.engine.state.value == "running"
    taken = read_session(journal).records

    second.click("resumeButton")
    assert "another copy of facilitator" in second.text("resumeBarText")
    assert second.engine.state.value == "not_started"
    assert read_session(journal).records == taken

    first.close()
    second.close()
    seqs = _seqs(journal)
    assert seqs == list(range(1, len(seqs) + 1))
    assert "abandoned" not in [r["type"] for r in read_session(journal).records]


def test_discard_of_a_run_the_other_copy_took_says_so(qtbot, home):
    """As above, but the second window clicks Discard: nothing is closed, and it says why."""
    crashed = App(qtbot, home, [str(STOP_OP), "--start"],
                  clock=FakeClock(start=at("2026-11-22", "13:00")))
    crashed.minutes(3)
    crashed.kill()
    [journal] = crashed.sessions()
    first = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:10")))
    second = App(qtbot, home, [str(STOP_OP)], clock=FakeClock(start=at("2026-11-22", "13:10")))
    first.click("resumeButton")
    second.click("discardButton")
    assert "another copy of facilitator" in second.text("resumeBarText")
    assert read_session(journal).abandoned is None
    first.close()
    second.close()
