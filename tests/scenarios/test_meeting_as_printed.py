"""The bundled klyngemøde started at its printed time on a normal day: the baseline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .harness import App


def test_the_bundled_meeting_started_on_time(qtbot, home):
    """17:00 on the day: the facilitator opens the app, presses Space and runs the first blocks.

    What they see: the untimed opening, then the introduction with 10:00 left,
    counted down by its first step (the video's 03:00), on time; after 12
    minutes in it, "2 minutes behind"; Next moves on, and the journal on disk
    holds the start and the three blocks.
    """
    app = App(qtbot, home)
    assert app.text("startButton") == "Start"
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"  # untimed
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Introduktion"
    assert app.text("timer") == "03:00"  # its first step, the video
    assert app.text("stepTime") == "10:00 left of the block"
    assert app.text("schedule").startswith("On time")
    app.minutes(12)
    assert app.text("timer") == "+02:00"
    assert app.text("schedule").startswith("2 minutes behind")
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Blok 1: Ledelse og samarbejde"
    app.close()
    types = [r.get("type") for r in app.records()]
    assert types[:3] == ["session", "start", "block_start"]
    assert types.count("block_start") == 3
