"""A rehearsal at --speed 30 just before the real meeting: timed from its own start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock

from .harness import App, at


def test_a_rehearsal_at_speed_on_the_day_is_timed_from_its_start(qtbot, home):
    """16:40 on the day, the facilitator runs the bundled klyngemøde at 30× to rehearse.

    The planned 17:00 start is 20 minutes away, inside the hour before it,
    but a sped-up clock cannot be held against the room's clock. What the
    facilitator sees: "Planned 17:00 · timed from the start"; a (sped-up)
    minute into the meeting, "On time" with "timed from start 16:40", not
    "19 minutes ahead"; the journal's start record says `from_start`.
    """
    app = App(qtbot, home, args=["--speed", "30"],
              clock=FakeClock(start=at("2026-11-22", "16:40")))
    assert app.text("schedule") == "Planned 17:00 · timed from the start · starting now ends 19:10"
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)  # past the untimed opening, into the introduction
    app.advance(2)  # one minute on the meeting's clock
    assert app.text("blockTitle") == "Introduktion"
    assert app.text("schedule") == "On time · ends 19:10 · planned 17:00 · timed from start 16:40"
    start = [r for r in app.records() if r.get("type") == "start"][0]
    assert start["schedule"] == "from_start" and "schedule_chosen" not in start
    app.close()
