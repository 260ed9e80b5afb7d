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

import time

from PySide6.QtCore import Qt

from facilitator.slides.impress import ImpressSource
from facilitator.slides.source import ConnectionState
from tests.slides.test_impress_real import PATIENCE, Presenter, office  # noqa: F401

from .harness import App
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
        assert app.text("step") == "Step 1/7: Del 1: Video om ledelse (slide 8)"

        app.minutes(4)
        presenter.say("goto 12")
        shows(13)
        assert app.text("blockTitle") == BLOCK_1
        assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde (slide 13)"
        assert app.status() == "Slide 13 started the step “Del 1: Gruppearbejde (slide 13)”."

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
