"""The klyngemøde's window follows a real LibreOffice Impress show, hands-free.

The facilitator opens the bundled klyngemøde with `slides_follow: follow` and
the window following LibreOffice Impress (the real `ImpressSource`, its helper
under the system Python, as `--slides impress` builds it). A real, headless
LibreOffice shows a 37-slide deck; the presenter (tests/slides/impress_driver.py,
over UNO) moves 1 → 6 → 13 → 21 → 22 and never touches the timer. After each
move the window shows the block (and step) the slide belongs to, and the status
bar names LibreOffice Impress, connected, and the slide; at the end the journal
keeps every slide (source `impress`) and the blocks they started (reason
`slide`). The meeting runs on a fake clock; only LibreOffice is waited for.

Skipped with a reason where soffice or python3-uno is missing; with
FACILITATOR_REQUIRE_IMPRESS=1 (as `.ci/run` sets) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from facilitator.slides.impress import ImpressSource, default_uno_python
from facilitator.slides.source import ConnectionState
from tests.slides.test_impress_real import (  # noqa: F401 - office is a fixture
    PATIENCE,
    Presenter,
    _no_impress,
    office,
)
from tests.ui.xvfb import xvfb_display

from .harness import ROOT, App
from .test_slides_drive_the_meeting import BLOCK_1, BLOCK_2, programme


def test_the_window_follows_a_real_impress_show(qtbot, home, tmp_path, office):  # noqa: F811
    python, port = office
    began = time.monotonic()
    source = ImpressSource(python, port, poll=0.05)
    app = App(qtbot, home, [str(programme(tmp_path, "follow"))], slide_source=source)
    presenter = Presenter(python, port)
    try:
        qtbot.waitUntil(lambda: source.connection() is ConnectionState.CONNECTED,
                        timeout=int(PATIENCE * 1000))
        assert app.text("slideConnection") == "Slides: LibreOffice Impress · connected"
        app.press(Qt.Key.Key_Space)
        assert app.text("blockTitle") == "Opfølgning fra sidste møde"
        assert presenter.say("deck 37") == "ok 37"

        def shows(slide: int) -> None:
            """Wait (in real time) until the window has heard of `slide` from LibreOffice."""
            qtbot.waitUntil(lambda: source.current_slide() == slide, timeout=20000)
            assert app.text("slideConnection") == (
                f"Slides: LibreOffice Impress · connected · slide {slide}")

        app.minutes(5)
        presenter.say("start")
        shows(1)
        assert app.text("blockTitle") == "Introduktion"
        assert app.text("slidePace") == "slide 1 of 1–5 · 4 slides left · 10 min left"

        app.minutes(10)
        presenter.say("goto 5")
        shows(6)
        assert app.text("blockTitle") == BLOCK_1
        assert app.text("step") == "Step 1/7: Del 1: Video om ledelse"

        app.minutes(4)
        presenter.say("goto 12")
        shows(13)
        assert app.text("blockTitle") == BLOCK_1
        assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde"
        assert app.status() == "Slide 13 started the step “Del 1: Gruppearbejde”."

        app.minutes(30)
        presenter.say("goto 20")
        shows(21)
        assert app.text("blockTitle") == "Pause"

        app.minutes(15)
        presenter.say("next")
        shows(22)
        assert app.text("blockTitle") == BLOCK_2
        assert app.status() == f"Slide 22 started “{BLOCK_2}”."
        assert not app.shown("slideBar")

        records = app.records()
        slides = [(r["number"], r["decision"], r["source"]) for r in records
                  if r["type"] == "slide"]
        assert slides == [(1, "start_block", "impress"), (6, "start_block", "impress"),
                          (13, "mark_step", "impress"), (21, "start_block", "impress"),
                          (22, "start_block", "impress")]
        by_slide = [r["block"] for r in records
                    if r["type"] == "block_start" and r.get("reason") == "slide"]
        assert by_slide == [1, 2, 3, 4]
        steps = [(r["block"], r["step"]) for r in records
                 if r["type"] == "step_start" and r.get("reason") == "slide"]
        assert steps == [(2, 2)]

        # The show ends: the window says so, the meeting stays in Blok 2.
        presenter.say("end")
        qtbot.waitUntil(lambda: not source.showing(), timeout=20000)
        assert app.text("blockTitle") == BLOCK_2
        assert app.text("slideConnection") == "Slides: LibreOffice Impress · connected"
        last = [r for r in app.records() if r["type"] == "slide"][-1]
        assert (last["number"], last["decision"], last["source"]) == (None, "no_show", "impress")
        presenter.say("quit")
    finally:
        app.close()
        presenter.close()
    assert source.connection() is ConnectionState.STOPPED
    print(f"the window followed a real Impress show in {time.monotonic() - began:.1f} s")


@pytest.mark.xvfb
def test_the_screenshot_of_the_window_following_the_show(tmp_path):
    """tools/screenshots_slides.py, which makes docs/screenshots/slides-follow-da.png, runs:
    the same meeting and show on an Xvfb screen, in Danish, ending on slide 22."""
    python = default_uno_python()
    if shutil.which("soffice") is None:
        _no_impress("LibreOffice (soffice) is not installed")
    if subprocess.run([python, "-c", "import uno"], capture_output=True,
                      check=False).returncode != 0:
        _no_impress(f"{python} cannot import uno (python3-uno is not installed)")
    with xvfb_display("1280x800x24") as display:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        result = subprocess.run(
            [sys.executable, str(ROOT / "tools" / "screenshots_slides.py"), str(tmp_path), "da"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    picture = QImage(str(tmp_path / "slides-follow-da.png"))
    assert picture.size().toTuple() == (1100, 760)  # the window, as tools/screenshots.py sizes it
    colours = {picture.pixel(x, y) for x in range(0, 1100, 23) for y in range(0, 760, 19)}
    assert len(colours) > 2
