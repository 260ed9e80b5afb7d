"""The bundled klyngemøde started two hours late on its day: the planned clock, honestly."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock

from .harness import App, at
from .status import status_of


def test_a_meeting_started_two_hours_late_shows_it_and_offers_a_plan(qtbot, home):
    """19:00 on the day of a 17:00–19:30 meeting: the room only gathered at seven.

    What the facilitator sees: before the start, "starting now ends 21:30"
    against the planned 17:00–19:30; once started, "120 minutes behind",
    with no "timed from start" note (the planned clock is used); C offers a
    catch-up plan, and `facilitator status` says the same from the journal.
    """
    from facilitator.core.engine import ScheduleReference

    app = App(qtbot, home, clock=FakeClock(start=at("2026-11-22", "19:00")))
    assert app.text("schedule") == "Planned 17:00–19:30 · starting now ends 21:30"
    assert not app.window.from_start_action.isChecked()
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Introduktion"
    schedule = app.text("schedule")
    assert schedule == "120 minutes behind · ends 21:30 (planned 19:30)"
    assert "timed from start" not in schedule
    start = [r for r in app.records() if r.get("type") == "start"][0]
    assert start["schedule"] == ScheduleReference.PLANNED.value
    assert "schedule_chosen" not in start

    status = status_of(app, "--json")
    assert status["code"] == 0
    assert status["json"]["schedule"] == "planned"
    assert round(status["json"]["delay_minutes"]) == 120
    assert status["json"]["block"]["title"] == "Introduktion"
    assert status["json"]["projected_end"].startswith("2026-11-22T21:30")

    app.asker.answers = [0]  # apply the plan
    app.press(Qt.Key.Key_C)
    assert app.asker.asked, "C offered no plan while two hours behind"
    assert any(r.get("type") == "plan_applied" for r in app.records())
    # The plan takes what the coming blocks can give (40 min) and says what is left.
    assert "This saves 40 min; the meeting would end at 20:50." in app.asker.asked[-1]
    assert app.text("schedule") == "80 minutes behind · ends 20:50 (planned 19:30)"
    app.close()
