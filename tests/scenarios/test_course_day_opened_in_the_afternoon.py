"""The 09:00–20:00 course day (no date) opened at 15:53: a run-through, not a day gone wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock

from .harness import AGENDAS, App, at

COURSE_DAY = AGENDAS / "koordinatoruddannelse-dag.yaml"


def test_a_course_day_opened_seven_hours_late_is_timed_from_its_start(qtbot, home):
    """A coordinator opens the course day at 15:53 to try it out and presses Space.

    Before this, the window said "413 minutes behind" at once (the planned
    clock held until the planned end at 20:00). Now a start more than two
    hours after the printed 09:00 is timed from the moment it began: the
    schedule line says "On time" and "timed from start 15:53", C offers no
    plan; ten minutes over the first block it says "10 minutes behind".
    """
    app = App(qtbot, home, args=[str(COURSE_DAY)],
              clock=FakeClock(start=at("2026-11-24", "15:53")))
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Præsentation af undervisere og deltagere"
    schedule = app.text("schedule")
    assert schedule.startswith("On time"), schedule
    assert "timed from start 15:53" in schedule
    assert "behind" not in schedule
    start = [r for r in app.records() if r.get("type") == "start"][0]
    assert start["schedule"] == "from_start"
    app.minutes(25)  # the 15-minute presentation round runs ten minutes over
    assert app.text("schedule").startswith("10 minutes behind")
    app.close()
