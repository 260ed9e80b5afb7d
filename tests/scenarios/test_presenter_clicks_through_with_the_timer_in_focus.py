"""The presenter's clicker drives the timer: PageDown and PageUp count as slides.

No slideshow program can be followed (a borrowed laptop, a PDF on a
projector), so the facilitator chooses the clicker's keys in Preferences
with the timer's window in focus: each PageDown is the show one slide on,
PageUp one back, and under `follow` the blocks and steps come with them.
→ and ← stay next and previous block; F1 lists the keys as they are now.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel

from .harness import KLYNGEMOEDE, App

# Offscreen, the Preferences dialog and the compact view ask for what the plugin cannot do.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$",
                                       r"^This plugin does not support raise\(\)$")

BLOCK_1 = "Blok 1: Ledelse og samarbejde"


def following(tmp_path: Path) -> Path:
    path = tmp_path / "klyngemoede-follow.yaml"
    path.write_text(KLYNGEMOEDE.read_text(encoding="utf-8").replace(
        'start: "17:00"\n', 'start: "17:00"\nslides_follow: follow\n', 1), encoding="utf-8")
    return path


def clicker_keys(dialog: QDialog) -> None:
    combo = dialog.findChild(QComboBox, "prefSlideSource")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("keys"))


def help_lines(app: App) -> dict[str, str]:
    """The F1 overlay's lines, what → keys does, as the facilitator reads them."""
    app.press(Qt.Key.Key_F1)
    table = app.window.help_overlay.table
    lines = {table.item(row, 1).text(): table.item(row, 0).text()
             for row in range(table.rowCount())}
    app.press(Qt.Key.Key_Escape)
    return lines


def test_the_clicker_moves_the_meeting_through_the_klyngemoede(qtbot, home, tmp_path):
    app = App(qtbot, home, [str(following(tmp_path))])
    assert help_lines(app)["Next block"] == "Right PgDown N"
    app.change_preferences(clicker_keys)
    assert app.text("slideConnection") == "Slides: clicker keys · connected"
    lines = help_lines(app)
    assert lines["Next block"] == "Right N"
    assert lines["Previous block"] == "Left P"
    assert lines["Clicker: next slide"] == "PgDown"
    assert lines["Clicker: previous slide"] == "PgUp"

    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"
    app.minutes(5)
    app.press(Qt.Key.Key_PageDown)       # the title slide (1) is up: on to slide 2
    assert app.text("blockTitle") == "Introduktion"
    assert app.text("slideConnection") == "Slides: clicker keys · connected · slide 2"
    app.minutes(10)
    for _ in range(4):
        app.press(Qt.Key.Key_PageDown)   # 3, 4, 5, 6: Blok 1
    assert app.text("blockTitle") == BLOCK_1
    assert app.text("slidePace") == "slide 6 of 6–20 · 14 slides left · 65 min left"
    app.press(Qt.Key.Key_K)              # the compact view says the same under its time
    pace = app.compact.findChild(QLabel, "compactPace")
    assert pace.isVisible() and pace.text() == app.text("slidePace")
    app.press(Qt.Key.Key_K)
    app.minutes(4)
    for _ in range(7):
        app.press(Qt.Key.Key_PageDown)   # ... 13: the group work starts
    assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde"
    app.press(Qt.Key.Key_PageUp)         # back to 12 to answer a question: nothing moves
    assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde"
    assert app.text("blockTitle") == BLOCK_1
    app.press(Qt.Key.Key_Right)          # → is still the next block
    assert app.text("blockTitle") == "Pause"

    slides = [(r["number"], r["decision"], r["source"]) for r in app.records()
              if r["type"] == "slide"]
    assert slides[0] == (2, "start_block", "keys")
    assert slides[4] == (6, "start_block", "keys")
    assert slides[11] == (13, "mark_step", "keys")
    assert slides[12] == (12, "nothing", "keys")
    assert len(slides) == 13
    app.close()


def test_the_clicker_chosen_on_the_command_line_and_given_back(qtbot, home):
    """`--slides keys`: PageDown is the clicker's; choosing no source in Preferences gives
    PageDown back to the blocks and the status bar stops naming the clicker."""
    app = App(qtbot, home, ["--slides", "keys"])
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_PageDown)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"   # suggest: a bar
    assert app.text("slideBarText") == "Slide 2 belongs to Introduktion · press → to go on"

    def no_source(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "prefSlideSource")
        assert combo is not None
        combo.setCurrentIndex(combo.findData("none"))

    app.change_preferences(no_source)
    assert not app.shown("slideConnection")
    assert not app.shown("slideBar")     # the clicker's show is over
    app.press(Qt.Key.Key_PageDown)
    assert app.text("blockTitle") == "Introduktion"
    assert [r["number"] for r in app.records() if r["type"] == "slide"] == [2, None]
    app.close()
