"""A laptop with no audio output: the alerts flash, the window says the chimes are off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.fake_audio import FakeAudio

from .harness import App

# The offscreen platform says this when a dialog shows (Preferences); harmless.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

NOTICE = "Sounds are off: no audio output — the flash still shows"


def _sound_section(dialog):
    label = dialog.findChild(QLabel, "soundsUnavailable")
    return {
        "play sounds enabled": dialog.sounds.isEnabled(),
        "reason shown": not label.isHidden(),
        "reason": label.text(),
    }


def test_a_meeting_without_audio_output_flashes_and_says_so(qtbot, home, capfd):
    """The klyngemøde on a laptop with no sound device, until the projector's HDMI is plugged in.

    The facilitator opens the app: a quiet line in the status bar says the
    sounds are off and that the flash still shows, and Preferences has
    "Play sounds" greyed out with the reason. They run the introduction
    through its 5-minute warning and its time-up: the timer flashes each
    time, nothing sounds, nothing is printed. Then the projector's HDMI
    audio is plugged in: the line goes, Preferences offers sounds again,
    and the next alert (the reminder 5 minutes over time) is heard.
    """
    audio = FakeAudio(device=None)
    app = App(qtbot, home, sound_backend=audio)
    flashes: list[str] = []
    app.window.flashed.connect(flashes.append)
    notice = app.window.findChild(QLabel, "soundNotice")
    assert notice.isVisible()
    assert app.text("soundNotice") == NOTICE
    assert NOTICE in app.visible_texts()
    prefs = app.read_preferences(_sound_section)
    assert prefs["play sounds enabled"] is False
    assert prefs["reason shown"] is True
    assert "no audio output" in prefs["reason"]

    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Introduktion"
    assert flashes == ["block_start"]
    app.minutes(5)
    assert flashes == ["block_start", "warning"]
    app.minutes(4)
    assert flashes == ["block_start", "warning", "warning"]
    app.minutes(1)
    assert app.text("timer") == "00:00"
    assert flashes == ["block_start", "warning", "warning", "time_up"]
    assert audio.played == []
    assert {"warning", "time_up"} <= set(audio.refused)
    app.press(Qt.Key.Key_M)
    app.press(Qt.Key.Key_M)  # unmuted again: the status bar must not claim "Sounds on."
    assert app.window.statusBar().currentMessage() != "Sounds on."
    assert notice.isVisible()

    audio.connect("Projector HDMI")
    assert notice.isHidden()
    assert NOTICE not in app.visible_texts()
    prefs = app.read_preferences(_sound_section)
    assert prefs["play sounds enabled"] is True
    assert prefs["reason shown"] is False
    app.minutes(5)
    assert flashes[-1] == "overrun"
    assert audio.played == ["overrun"]

    audio.disconnect()
    assert notice.isVisible()
    app.close()
    captured = capfd.readouterr()
    assert captured.err == ""
    assert "Traceback" not in captured.out


def test_without_the_sound_library_the_notice_stays_and_names_the_library(qtbot, home, capfd):
    """A fresh machine without libpulse: Qt Multimedia cannot load at all.

    The window shows the same quiet notice for the whole meeting, and
    Preferences gives the technical reason (the missing library) so the
    facilitator or their IT person knows what to install; nothing is
    printed.
    """
    audio = FakeAudio(library=False)
    app = App(qtbot, home, sound_backend=audio)
    assert app.text("soundNotice") == NOTICE
    prefs = app.read_preferences(_sound_section)
    assert prefs["play sounds enabled"] is False
    assert "libpulse.so.0" in prefs["reason"]
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)
    app.minutes(10)
    assert audio.played == []
    assert app.window.findChild(QLabel, "soundNotice").isVisible()
    app.close()
    assert capfd.readouterr().err == ""
