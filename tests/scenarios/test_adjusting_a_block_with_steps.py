"""A minute added to and taken from a block with steps: the step moves with it, on every face."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .harness import KLYNGEMOEDE, App

PROGRAMME = """\
title: Temadag
start: "17:00"
blocks:
  - title: Gruppearbejde om data
    minutes: 20
    kind: group
    steps:
      - {title: Video, minutes: 6}
      - {title: Arbejde i grupper, minutes: 10}
      - {title: Plenum, minutes: 4}
  - title: Afrunding
    minutes: 10
    kind: plenary
"""


def adjusts(app):
    return [r for r in app.records() if r.get("type") == "adjust"]


def test_a_minute_goes_to_the_running_step_and_every_face_agrees(qtbot, home, tmp_path):
    """Group work of 20 minutes in three steps; the groups need more time.

    Two minutes into "Arbejde i grupper" (8:00 left of the step, 12:00 of
    the block) the facilitator presses + : the step and the block both get
    the minute (09:00 and 13:00; the step list says 11 min), and the main
    window, the compact view and the projector all show 09:00. When the
    plenum runs over, the block and its last step are over by the same
    +00:30 everywhere; − takes a minute from both (+01:30). The journal's
    adjust records name the step.
    """
    programme = tmp_path / "temadag.yaml"
    programme.write_text(PROGRAMME, encoding="utf-8")
    app = App(qtbot, home, [str(programme)])
    app.press(Qt.Key.Key_Space)
    assert app.figure() == "06:00"
    app.minutes(8)
    assert app.figure() == "08:00"
    assert app.text("step") == "Step 2/3: Arbejde i grupper"
    assert app.text("stepTime") == "12:00 left of the block"
    assert app.text("phase") == "Step 2/3 · Remaining"
    assert app.projector.what_label.text() == "Arbejde i grupper"
    assert "Step 2/3" in app.compact.status_label.text()

    app.press(Qt.Key.Key_Plus)
    assert app.figure() == "09:00"
    assert app.text("stepTime") == "13:00 left of the block"
    assert "21 min" in app.text("blockMeta")
    steps = app.window.steps_list
    assert [steps.item(n).text() for n in range(steps.count())] == [
        "1. Video · 6 min", "2. Arbejde i grupper · 11 min", "3. Plenum · 4 min"]
    assert adjusts(app)[-1]["minutes"] == 1 and adjusts(app)[-1]["step"] == 1

    app.minutes(9)  # the plenum, 4 minutes, ends with the block
    assert app.figure() == "04:00"
    assert app.text("stepTime") == "04:00 left of the block"
    app.advance(4 * 60 + 30)
    assert app.figure() == "+00:30"  # block and last step over together
    assert app.text("stepTime") == "+00:30 over this step"
    assert app.projector.what_label.text() == "Group work"  # the block's time now

    app.press(Qt.Key.Key_Minus)
    assert app.figure() == "+01:30"
    assert app.text("stepTime") == "+01:30 over this step"
    assert adjusts(app)[-1]["minutes"] == -1 and adjusts(app)[-1]["step"] == 2
    app.close()


def test_the_bundled_meeting_after_a_minute_more_shows_one_figure(qtbot, home):
    """The bundled klyngemøde's first long block, whose steps add up to 67 of its 65 minutes.

    As reported: the projector showed the step's overrun, the main window the
    block's, a minute apart, and "+1 min" set them further apart. Now, one
    minute into the last step's extra time, the block is over and every face
    shows the block's overrun; + moves both.
    """
    app = App(qtbot, home, [str(KLYNGEMOEDE)])
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Blok 1: Ledelse og samarbejde"
    assert app.figure() == "06:00"  # the first step, the video
    app.minutes(66)
    assert app.text("step").startswith("Step 7/7")
    assert app.figure() == "+01:00"  # the block's end came before the step's
    app.press(Qt.Key.Key_Plus)
    assert app.figure() == "00:00"
    assert adjusts(app)[-1]["step"] == 6
    app.minutes(1)
    assert app.figure() == "+01:00"
    app.close()
