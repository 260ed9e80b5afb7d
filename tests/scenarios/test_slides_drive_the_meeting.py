"""The slide show drives the klyngemøde: the timer follows the presenter's slides.

The facilitator runs the bundled klyngemøde from a slide show (here a
FakeSlideSource, moved by hand as LibreOffice Impress would report it). The
window follows the show, suggests, or shows a look back plainly; the
journal knows which slide took the time (docs/slides.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.slides.source import FakeSlideSource

from .harness import KLYNGEMOEDE, App

BLOCK_1 = "Blok 1: Ledelse og samarbejde"
BLOCK_2 = "Blok 2: Kollegial støtte og fællesskab blandt læger i og/eller udenfor klinikken"


def programme(tmp_path: Path, mode: str) -> Path:
    """The bundled klyngemøde with `slides_follow: mode` (the programme's own setting)."""
    text = KLYNGEMOEDE.read_text(encoding="utf-8")
    text = text.replace('start: "17:00"\n', f'start: "17:00"\nslides_follow: {mode}\n', 1)
    path = tmp_path / f"klyngemoede-{mode}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def source(qtbot):
    return FakeSlideSource()


def test_the_window_follows_the_show_block_by_block(qtbot, home, tmp_path, source):
    """Under `slides_follow: follow`, the presenter moves 1 → 6 → 13 → 21 → 22 in the show
    and never touches the timer: each slide brings the right block (and the step slide
    13 begins), the status bar names the source, and the journal keeps every slide and
    the blocks they started (reason `slide`)."""
    app = App(qtbot, home, [str(programme(tmp_path, "follow"))], slide_source=source)
    assert source.started
    assert app.text("slideConnection") == "Slides: fake · connected"
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"

    app.minutes(5)
    source.begin_show(1)
    assert app.text("blockTitle") == "Introduktion"
    assert app.text("slidePace") == "slide 1 of 1–5 · 4 slides left · 10 min left"
    assert "slide 1" in app.text("slideConnection")

    app.minutes(10)
    source.go_to(6)
    assert app.text("blockTitle") == BLOCK_1
    assert app.text("step") == "Step 1/7: Del 1: Video om ledelse"

    app.minutes(4)
    source.go_to(13)
    assert app.text("blockTitle") == BLOCK_1
    assert app.text("step") == "Step 3/7: Del 1: Gruppearbejde"
    assert app.status() == "Slide 13 started the step “Del 1: Gruppearbejde”."

    app.minutes(30)
    source.go_to(21)
    assert app.text("blockTitle") == "Pause"
    app.minutes(15)
    source.go_to(22)
    assert app.text("blockTitle") == BLOCK_2
    assert app.status() == f"Slide 22 started “{BLOCK_2}”."
    assert not app.shown("slideBar")

    records = app.records()
    slides = [(r["number"], r["decision"], r["source"]) for r in records if r["type"] == "slide"]
    assert slides == [(1, "start_block", "fake"), (6, "start_block", "fake"),
                      (13, "mark_step", "fake"), (21, "start_block", "fake"),
                      (22, "start_block", "fake")]
    by_slide = [r["block"] for r in records
                if r["type"] == "block_start" and r.get("reason") == "slide"]
    assert by_slide == [1, 2, 3, 4]
    steps = [(r["block"], r["step"]) for r in records
             if r["type"] == "step_start" and r.get("reason") == "slide"]
    assert steps == [(2, 2)]
    app.close()
    assert not source.started


def test_a_suggestion_is_taken_with_the_arrow(qtbot, home, tmp_path, source):
    """Under `slides_follow: suggest` the show moving on to Blok 2's first slide changes
    nothing by itself: a quiet bar says which block the slide belongs to, and → takes
    it (the block starts with reason `slide`). A look back to Blok 1's slides is shown
    in the bar and changes nothing."""
    app = App(qtbot, home, [str(programme(tmp_path, "suggest"))], slide_source=source)
    app.press(Qt.Key.Key_Space)
    app.bridge.jump_to(3)  # the break: its slide is on screen
    source.begin_show(21)
    assert app.text("blockTitle") == "Pause"
    assert not app.shown("slideBar")

    app.minutes(15)
    source.go_to(22)
    assert app.text("blockTitle") == "Pause"
    assert app.shown("slideBar")
    assert app.text("slideBarText") == f"Slide 22 belongs to {BLOCK_2} · press → to go on"

    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == BLOCK_2
    assert not app.shown("slideBar")
    starts = [r for r in app.records() if r["type"] == "block_start"]
    assert (starts[-1]["block"], starts[-1]["reason"]) == (4, "slide")

    app.minutes(2)
    source.go_to(13)  # a look back at Blok 1's group work
    assert app.text("blockTitle") == BLOCK_2
    assert app.shown("slideBar")
    assert app.text("slideBarText") == (
        f"Slide 13 belongs to an earlier block, {BLOCK_1}: the meeting stays where it is "
        "(← goes back)")
    app.click("slideBarClose")
    assert not app.shown("slideBar")
    app.minutes(1)
    assert not app.shown("slideBar")  # closed for this slide; the meeting ticks on

    source.go_to(99)
    assert app.text("slideBarText") == ("Slide 99 belongs to no block of the programme: "
                                        "nothing changes")
    assert app.text("blockTitle") == BLOCK_2
    slides = [(r["number"], r["decision"]) for r in app.records() if r["type"] == "slide"]
    assert slides == [(21, "nothing"), (22, "suggest_block"), (13, "look_back"),
                      (99, "outside")]
    app.close()


def test_the_source_going_away_shows_in_the_status_bar(qtbot, home, tmp_path, source):
    """LibreOffice quits mid-show: the status bar says the connection is lost, the
    meeting goes on where it is, and the journal records that no slide is shown."""
    app = App(qtbot, home, [str(programme(tmp_path, "follow"))], slide_source=source)
    app.press(Qt.Key.Key_Space)
    source.begin_show(6)
    assert app.text("blockTitle") == BLOCK_1
    app.minutes(3)
    source.lose_connection()
    assert app.text("slideConnection") == "Slides: fake · connection lost"
    assert app.text("blockTitle") == BLOCK_1
    assert not app.shown("slidePace")
    assert app.status() == "The slide show ended; the meeting goes on as it is."
    last = [r for r in app.records() if r["type"] == "slide"][-1]
    assert (last["number"], last["decision"]) == (None, "no_show")
    app.close()



def test_the_danish_gp_reads_the_slides_in_danish(qtbot, home, tmp_path, source, danish):
    """A Danish GP (--lang da) under suggest: the status bar, the bar and the pace line
    speak Danish, and → takes the suggestion as in English."""
    app = App(qtbot, home, [str(programme(tmp_path, "suggest")), "--lang", "da"],
              slide_source=source)
    assert app.text("slideConnection") == "Slides: fake · forbundet"
    app.press(Qt.Key.Key_Space)
    app.bridge.jump_to(2)
    source.begin_show(8)
    assert app.text("slidePace") == "slide 8 af 6–20 · 12 slides tilbage · 65 min. tilbage"
    source.go_to(22)
    assert app.text("slideBarText") == f"Slide 22 hører til {BLOCK_2} · tryk → for at gå videre"
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == BLOCK_2
    app.close()


def test_without_slides_nothing_is_said_about_them(qtbot, home):
    """The default (`--slides none`): no connection in the status bar, no bar, no pace."""
    app = App(qtbot, home)
    app.press(Qt.Key.Key_Space)
    assert not app.shown("slideConnection")
    assert not app.shown("slideBar")
    assert not app.shown("slidePace")
    app.close()


def test_impress_chosen_on_a_machine_that_cannot_run_it(qtbot, home, monkeypatch, tmp_path):
    """`--slides impress` where the Python for LibreOffice is missing: the status bar says
    Impress is not available and why, and the meeting runs as without slides."""
    monkeypatch.setenv("FACILITATOR_UNO_PYTHON", str(tmp_path / "no-such-python"))
    app = App(qtbot, home, ["--slides", "impress"])
    qtbot.waitUntil(lambda: app.text("slideConnection")
                    == "Slides: LibreOffice Impress · not available")
    assert app.status().startswith("Slides: cannot run ")
    assert "FACILITATOR_UNO_PYTHON" in app.status()
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"
    app.close()


def test_impress_that_cannot_run_says_why_in_danish(qtbot, home, monkeypatch, tmp_path, danish):
    """The same for a Danish GP: the status bar says why in Danish."""
    monkeypatch.setenv("FACILITATOR_UNO_PYTHON", str(tmp_path / "no-such-python"))
    app = App(qtbot, home, ["--slides", "impress", "--lang", "da"])
    qtbot.waitUntil(lambda: "kan ikke køre " in app.status())
    assert f"kan ikke køre {tmp_path / 'no-such-python'} til LibreOffice Impress (" \
        in app.status()
    assert app.status().endswith("sæt FACILITATOR_UNO_PYTHON til en Python, der kan "
                                 "importere uno")
    app.close()

def test_powerpoint_chosen_on_linux_says_it_cannot_work_here(qtbot, home, capfd, danish):
    """`--slides powerpoint` on this Linux machine, a Danish GP: no traceback; the command
    line and the status bar say PowerPoint is followed on Windows and macOS only, and
    the meeting runs as without slides."""
    app = App(qtbot, home, ["--slides", "powerpoint", "--lang", "da"])
    assert app.text("slideConnection") == "Slides: PowerPoint · ikke tilgængelig"
    said = ("PowerPoint kan følges gennem COM på Windows og gennem AppleScript på macOS, "
            "men ikke på dette system")
    assert app.status() == f"Slides: {said}"
    assert f"facilitator: {said}" in capfd.readouterr().err
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Opfølgning fra sidste møde"
    app.close()


def test_keynote_chosen_on_linux_says_it_cannot_work_here(qtbot, home, capfd):
    """`--slides keynote` on Linux, in English: the same plain words, no traceback."""
    app = App(qtbot, home, ["--slides", "keynote"])
    assert app.text("slideConnection") == "Slides: Keynote · not available"
    said = "Keynote is followed through AppleScript on macOS only, not on this system"
    assert app.status() == f"Slides: {said}"
    assert f"facilitator: {said}" in capfd.readouterr().err
    app.close()
