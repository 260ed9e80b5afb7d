"""The disk fills up in the middle of a long block: the facilitator is told at once."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from facilitator.core.journal import fallback_folder, read_session

from .harness import App


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_mid_block_is_told_when_it_happens(qtbot, home, tmp_path, monkeypatch):
    """The log's disk fills up one minute into the introduction, with no key pressed after.

    The next thing the meeting writes is the second step two minutes
    later, in the middle of the block. At that moment, not at the next key
    press, the status bar names the new place of the log and a notice says
    so; the log there holds the whole meeting so far.
    """
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    app = App(qtbot, home)
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)  # Introduktion: Video 3 min, then Mødets formål
    app.minutes(1)
    first = app.sessions()[0]
    full = os.open("/dev/full", os.O_WRONLY)
    fd = _journal_fd(first)
    os.dup2(full, fd)
    os.close(full)
    assert app.asker.informed == []
    app.minutes(2)  # the next step starts: a record is written, and fails
    qtbot.waitUntil(lambda: bool(app.asker.informed))
    moved_to = fallback_folder(home / "sessions")
    [notice] = app.asker.informed
    assert str(moved_to) in notice
    assert str(moved_to) in app.window.statusBar().currentMessage()
    assert app.text("step").startswith("Step 2/2: Mødets emne")
    [moved] = list(moved_to.glob("*.jsonl"))
    types = [r["type"] for r in read_session(moved).records]
    assert types[:3] == ["start", "block_start", "block_start"]
    assert types[-1] == "step_start"
    app.minutes(1)
    assert len(app.asker.informed) == 1  # told once for the move, not on every tick


def _journal_fd(path):
    """The descriptor this process holds open on `path` (the journal being written)."""
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}") == str(path):
                return int(name)
        except OSError:
            continue
    raise AssertionError(f"{path} is not open")
