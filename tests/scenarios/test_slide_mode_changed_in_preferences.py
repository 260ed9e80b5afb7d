"""The facilitator changes what slides do in Preferences, mid-meeting, and it holds.

The bundled klyngemøde sets no `slides_follow`, so the preference decides:
suggest at first (the default), then follow, chosen in Preferences while the
meeting runs; the next slide already follows, the journal says which mode
each slide had, and the next start keeps the choice. A programme that sets
its own mode still wins, and Preferences says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel

from facilitator.slides.source import FakeSlideSource

from .harness import KLYNGEMOEDE, App

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

BLOCK_1 = "Blok 1: Ledelse og samarbejde"


def choose(dialog: QDialog, name: str, value: str) -> None:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None and combo.findData(value) >= 0
    combo.setCurrentIndex(combo.findData(value))


def slides_shown(dialog: QDialog) -> tuple[str, str, str]:
    """What Preferences' Slides group shows: the source, the mode, the note under them
    (or, when there is none, the mode's tooltip)."""
    source = dialog.findChild(QComboBox, "prefSlideSource")
    mode = dialog.findChild(QComboBox, "prefSlidesFollow")
    note = dialog.findChild(QLabel, "prefSlidesNote")
    assert source is not None and mode is not None and note is not None
    said = note.text() if note.isVisible() else "tooltip: " + mode.toolTip()
    return source.currentText(), mode.currentText(), said


def test_follow_chosen_mid_meeting_takes_the_next_slide_and_is_kept(qtbot, home):
    source = FakeSlideSource()
    app = App(qtbot, home, slide_source=source)
    assert app.read_preferences(slides_shown) == (
        "None", "Suggest the block a slide belongs to",
        "tooltip: A programme that sets slides_follow itself wins over this choice.")
    app.press(Qt.Key.Key_Space)
    app.minutes(5)
    source.begin_show(1)                 # suggest: the bar, the meeting stays
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"
    assert app.text("slideBarText") == "Slide 1 belongs to Introduktion · press → to go on"
    app.press(Qt.Key.Key_Right)          # → takes it
    assert app.text("blockTitle") == "Introduktion"

    app.minutes(10)
    app.change_preferences(lambda d: choose(d, "prefSlidesFollow", "follow"))
    source.go_to(6)                      # follow, at once
    assert app.text("blockTitle") == BLOCK_1
    assert app.status() == f"Slide 6 started “{BLOCK_1}”."
    assert not app.shown("slideBar")
    app.minutes(4)
    source.go_to(13)
    assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde"

    slides = [(r["number"], r["mode"], r["decision"]) for r in app.records()
              if r["type"] == "slide"]
    assert slides == [(1, "suggest", "suggest_block"), (6, "follow", "start_block"),
                      (13, "follow", "mark_step")]
    app.close()

    again = App(qtbot, home, slide_source=FakeSlideSource())
    assert again.read_preferences(slides_shown)[1] == "Follow: a slide starts its block and step"
    assert again.engine.slide_mode.value == "follow"
    again.close()


def test_a_programme_that_sets_its_own_mode_still_wins(qtbot, home, tmp_path: Path):
    path = tmp_path / "klyngemoede-suggest.yaml"
    path.write_text(KLYNGEMOEDE.read_text(encoding="utf-8").replace(
        'start: "17:00"\n', 'start: "17:00"\nslides_follow: suggest\n', 1), encoding="utf-8")
    source = FakeSlideSource()
    app = App(qtbot, home, [str(path)], slide_source=source)
    app.change_preferences(lambda d: choose(d, "prefSlidesFollow", "follow"))
    assert app.read_preferences(slides_shown)[2] == (
        "The open programme sets its own: Suggest the block a slide belongs to. It wins "
        "over this choice while it is open.")
    app.press(Qt.Key.Key_Space)
    source.begin_show(6)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"
    assert app.text("slideBarText") == f"Slide 6 belongs to {BLOCK_1} · press → to go on"
    app.close()
