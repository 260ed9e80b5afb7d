"""F5 on a laptop with one screen: told so and offered the countdown full screen, not a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .harness import KLYNGEMOEDE, App, top_level_windows

# Qt raises the window as it goes full-screen, which the offscreen platform can only warn about.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")


def test_f5_on_one_screen_offers_a_full_screen_countdown(qtbot, home):
    """One screen (a laptop, or a laptop mirrored to the projector), the bundled klyngemøde.

    One minute into the introduction's video the facilitator presses F5. No
    window is dropped over the timer: a question says there is no second
    screen and offers the countdown full screen. Cancelled, nothing opens.
    Pressed again and accepted, the countdown fills the screen with the same
    figure as the control window (the video step's 02:00) and follows it
    second by second; Esc closes it and the control window has the keys again
    (Space pauses the meeting). F5 inside the full-screen countdown closes it
    too.
    """
    app = App(qtbot, home, [str(KLYNGEMOEDE)], answers=[None, 0, 0])
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)  # Introduktion: the video first, 3 minutes
    app.minutes(1)
    assert app.text("timer") == "02:00"

    app.press(Qt.Key.Key_F5)  # cancelled
    assert "There is no second screen" in app.asker.asked[-1]
    assert app.window.projector_view().isVisible() is False
    assert top_level_windows() == [app.window]

    app.press(Qt.Key.Key_F5)  # accepted
    view = app.projector
    screen = app.window.screen()
    assert view.isVisible() and view.isFullScreen()
    assert view.geometry() == screen.geometry()  # the whole screen, not a window on the timer
    qtbot.waitUntil(view.isActiveWindow)
    assert view.headline == "Video: introduktion til emnet · 02:00"
    assert view.countdown_label.text() == app.text("timer") == "02:00"
    app.advance(31)
    assert app.figure() == "01:29"
    app.minutes(2)  # the second step begins; the room and the facilitator follow it
    assert app.figure() == "06:29"
    assert view.what_label.text().startswith("Mødets emne")

    app.press_on(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    qtbot.waitUntil(app.window.isActiveWindow)
    app.press(Qt.Key.Key_Space)
    assert app.text("startButton") == "Resume timer"

    app.press(Qt.Key.Key_F5)  # a second time, closed by F5 from inside
    qtbot.waitUntil(view.isActiveWindow)
    assert view.countdown_label.text() == app.text("timer") == "06:29"
    app.press_on(view, Qt.Key.Key_F5)
    assert not view.isVisible()
    qtbot.waitUntil(app.window.isActiveWindow)
    assert len(app.asker.asked) == 3
    app.close()
