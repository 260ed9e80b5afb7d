"""A meeting on the screens facilitators really have: 1024×768, 1280×720, 1366×768, large text.

Each scenario starts a private Xvfb screen of that size (the offscreen
platform has one screen of a fixed size) and runs
`tests/scenarios/small_screen_driver.py` there: the app composed as
`facilitator` runs it, in Danish, with "Stop op i klyngen" and its long
programme notes, played by clicking the window's buttons on a fake clock.
At each moment every window is checked with `tests/ui/clipping.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.xvfb import xvfb_display

ROOT = Path(__file__).resolve().parents[2]
MAIN_MOMENTS = ("before-start", "first-block", "steps-warning", "overrun", "finished",
                "restored-large", "resume-offer")
OTHER_WINDOWS = ("compact", "projector", "preferences", "import", "review-meeting",
                 "review-series")

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


def play_on_screen(size: str, scale: float, out: Path) -> dict:
    """The driver's findings for a meeting on an Xvfb screen of `size` at text `scale`."""
    with xvfb_display(f"{size}x24") as display:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        result = subprocess.run(
            [sys.executable, "-m", "tests.scenarios.small_screen_driver", str(out), str(scale)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads((out / "result.json").read_text(encoding="utf-8"))


def assert_nothing_clipped(seen: dict, width: int, height: int) -> None:
    for moment in (*MAIN_MOMENTS, *OTHER_WINDOWS):
        assert moment in seen, moment
        found = seen[moment]
        assert found["screen"] == [0, 0, width, height]
        assert found["problems"] == [], (moment, found["problems"])
        x, y, w, h = found["frame"]
        ax, ay, aw, ah = found["available"]
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, moment
    for moment in MAIN_MOMENTS:
        found = seen[moment]
        assert found["timer_share"] >= 0.30, (moment, found["timer_share"])
        assert found["clock"] and found["note_button"] and found["kind_column"], moment
        assert found["sound_notice"], moment  # "Lyde er slået fra …" stays in view
    assert seen["resume-offer"]["resume_bar"]
    assert not seen["before-start"]["resume_bar"]
    assert [seen[m]["page"] for m in ("before-start", "first-block", "overrun", "finished")] \
        == [0, 1, 1, 2]
    assert seen["overrun"]["timer_text"].startswith("+")


@pytest.mark.parametrize("size", ["1024x768", "1280x720", "1366x768"])
def test_a_meeting_on_a_small_screen_clips_nothing(size, tmp_path):
    """A laptop or a mirrored projector of `size`, the text at its normal size.

    The facilitator opens "Stop op i klyngen" on a laptop without a sound
    output, starts, moves through the block of three steps into its warning
    and overrun, opens the compact and projector views, Preferences and the
    importer, finishes, and reviews the meeting; then runs the programme
    again, quits mid-meeting ("resume later") and opens it once more, to
    the resume bar. Every window lies inside the screen; the clock, the
    Kind column, the Note button, the sound notice and the resume bar are
    in view; no label, button or chart legend is cut off;
    the big timer keeps at least 30 % of the window's height, before the
    start (long programme notes, which scroll) as well as during and after.
    """
    width, height = (int(n) for n in size.split("x"))
    seen = play_on_screen(size, 1.0, tmp_path)
    assert_nothing_clipped(seen, width, height)
    # The main window is as large as it likes where it fits, never larger.
    assert seen["before-start"]["frame"][2] <= min(1100, width)


@pytest.mark.parametrize("size", ["1024x768", "1280x720", "1366x768"])
def test_large_text_on_a_small_screen_clips_nothing(size, tmp_path):
    """The same meeting with the text size at 150 % (Preferences → Text size 1,50).

    Buttons wrap onto a second line or the review's chart moves below the
    blocks table instead of clipping; the rest is as on the normal text size.
    """
    width, height = (int(n) for n in size.split("x"))
    seen = play_on_screen(size, 1.5, tmp_path)
    assert_nothing_clipped(seen, width, height)
