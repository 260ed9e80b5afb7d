"""The window for real: an Xvfb screen, the xcb platform, and screenshots of a meeting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from .xvfb import xvfb_display

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ("before-start", "mid-block", "warning", "overrun", "shortcuts", "finished")

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def display():
    """A private X screen for the module."""
    with xvfb_display("1280x800x24") as name:
        yield name


def test_screenshots_of_a_real_window(display, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", FACILITATOR_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for name in SHOTS:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 1000 and image.height() >= 700, name
        # A real picture, not a blank frame: many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
                   for y in range(0, image.height(), 29)}
        assert len(colours) > 5, name


def test_the_app_starts_and_quits_on_xcb(display, tmp_path):
    """`facilitator --start` on a real screen: up, ticking, and closed by the window manager."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", FACILITATOR_HOME=str(tmp_path / "home"),
               FACILITATOR_QUIT_AFTER_MS="1500")
    result = subprocess.run([sys.executable, "-m", "facilitator", "--start", "--speed", "60"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    sessions = list((tmp_path / "home" / "sessions").glob("*.jsonl"))
    assert len(sessions) == 1
    lines = sessions[0].read_text(encoding="utf-8").splitlines()
    assert '"type": "start"' in lines[1] or '"type":"start"' in lines[1]
