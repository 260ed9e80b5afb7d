"""The facilitator chooses, before starting, to time the meeting from now, not the printed clock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock
from facilitator.core.journal import read_session
from facilitator.core.report import build_report

from .harness import App, at
from .status import status_of


def test_choosing_from_now_before_the_start(qtbot, home):
    """17:20 on the day, 20 minutes late, but the group agreed to run the full programme.

    What the facilitator sees: "Planned 17:00–19:30 · starting now ends
    19:50"; T (Meeting › Time from the start) switches it to "timed from the
    start" and back, and says so in the status bar; started from now, the
    meeting is "On time" with "planned 17:00 · timed from start 17:20". The
    journal, `facilitator status` and the report all keep the choice, and T
    does nothing once the meeting runs.
    """
    app = App(qtbot, home, clock=FakeClock(start=at("2026-11-22", "17:20")))
    assert app.text("schedule") == "Planned 17:00–19:30 · starting now ends 19:50"
    assert not app.window.from_start_action.isChecked()
    app.press(Qt.Key.Key_T)
    assert app.window.from_start_action.isChecked()
    assert app.text("schedule") == "Planned 17:00 · timed from the start · starting now ends 19:50"
    assert app.window.statusBar().currentMessage() == \
        "The meeting will be timed from the moment it starts."
    app.press(Qt.Key.Key_T)  # changed their mind, and back again
    assert app.text("schedule") == "Planned 17:00–19:30 · starting now ends 19:50"
    assert app.window.statusBar().currentMessage() == \
        "The meeting will be timed against the planned clock, 17:00."
    app.press(Qt.Key.Key_T)
    app.press(Qt.Key.Key_Space)
    assert app.text("schedule") == "On time · ends 19:50 · planned 17:00 · timed from start 17:20"
    app.press(Qt.Key.Key_T)  # too late to change: nothing happens
    assert app.window.from_start_action.isChecked()
    assert app.text("schedule").startswith("On time")
    start = [r for r in app.records() if r.get("type") == "start"][0]
    assert start["schedule"] == "from_start" and start["schedule_chosen"] is True

    status = status_of(app)
    assert "Timed from the start at 17:20 (the programme planned 17:00)" in status["out"]
    app.close()
    report = build_report(read_session(app.sessions()[-1]))
    assert report.schedule == "from_start"
    assert report.planned_start == at("2026-11-22", "17:20")
    assert report.programme_start == at("2026-11-22", "17:00")
