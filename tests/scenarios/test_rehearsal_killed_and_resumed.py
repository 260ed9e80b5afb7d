"""A rehearsal at --speed 30 is killed in the middle of a block and resumed a moment later."""

from __future__ import annotations

import io
import json

from PySide6.QtCore import Qt

from facilitator.cli import main
from facilitator.core.clock import FakeClock

from .harness import App, at


def report(home, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main([*args, "--data-dir", str(home)], out, err) == 0, err.getvalue()
    return out.getvalue()


def test_a_rehearsal_killed_mid_block_goes_on_where_it_was_plus_the_gap(qtbot, home):
    """Two rehearsals of the klyngemøde at --speed 30 on one afternoon.

    At 16:00 the facilitator opens a first rehearsal, presses Space ten
    minutes later and runs it to the end. At 17:00 the second rehearsal:
    Space, into Blok 1 (65 min), and one real minute later, 30 minutes into
    the block with 35:00 left, the app is killed. Six real seconds later
    they start it again with `--resume`. What they see: the same block, the
    same step, 32:00 left (the six seconds ran on at the rehearsal's speed,
    three minutes; nothing lost), and the status bar says how long the app
    was closed. The journal records a 6-second real gap at speed 30, read
    from the boot clock. `report --last` and `sessions` put this rehearsal
    first, although the first one's journal was written with the sped-up
    times of earlier versions in mind: they order by when each meeting
    really started.
    """
    clock = FakeClock(start=at("2026-11-22", "16:00"))
    first = App(qtbot, home, ["--speed", "30"], clock=clock)
    first.minutes(10)  # the window stands open; the rehearsal starts at 16:10
    first.press(Qt.Key.Key_Space)
    first.press(Qt.Key.Key_Right)
    first.advance(40)
    first.bridge.finish()
    first.close()
    [earlier] = first.sessions()

    clock.advance((at("2026-11-22", "17:00") - clock.now()).total_seconds())
    app = App(qtbot, home, ["--speed", "30"], clock=clock)
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)  # Introduktion
    app.press(Qt.Key.Key_Right)  # Blok 1: Ledelse og samarbejde, 65 min
    app.advance(60)  # one real minute: thirty on the rehearsal's clock
    assert app.text("blockTitle") == "Blok 1: Ledelse og samarbejde"
    assert app.text("stepTime") == "35:00 left of the block"
    assert app.text("timer") == "07:00"  # its running step's time (Del 2: Svarene, 7 min)
    step_before = app.text("step")
    assert "Del 2" in step_before  # 30 min in: past Del 1 (25 min)
    app.kill()

    clock.advance(6)
    again = App(qtbot, home, ["--speed", "30", "--resume"], clock=clock)
    assert again.text("blockTitle") == "Blok 1: Ledelse og samarbejde"
    assert again.text("stepTime") == "32:00 left of the block"
    assert again.text("timer") == "04:00"
    message = again.window.statusBar().currentMessage()
    assert "03:00" in message and "meeting time" in message
    again.advance(60)
    assert again.text("timer") == "02:00"

    records = again.records()
    start = next(r for r in records if r["type"] == "start")
    assert start["t"].startswith("2026-11-22T17:00:00")  # real wall time, not sped up
    assert start["speed"] == 30 and start["boot_id"] == clock.boot_id
    resumed = next(r for r in records if r["type"] == "resumed_after_crash")
    assert resumed["gap_real_seconds"] == 6 and resumed["gap_seconds"] == 180
    assert resumed["gap_from"] == "boot_clock" and resumed["gap_uncertain"] is False

    this = app.sessions()[-1]  # named by when it was created: 17:00, after 16:10
    last = json.loads(report(home, "report", "--last", "--format", "json"))
    assert last["file"].endswith(this.name)
    listed = json.loads(report(home, "sessions", "--json"))
    assert [s["file"].rsplit("/", 1)[-1] for s in listed] == [this.name, earlier.name]
    again.close()


def test_a_crash_on_a_computer_that_names_no_boot_says_the_gap_is_uncertain(qtbot, home):
    """A real meeting on a computer that cannot name its boot (Windows), killed mid-block.

    While the app is down, someone sets the computer's clock forward an hour,
    and two minutes pass. On `--resume` the facilitator sees that the time
    away is uncertain (taken from the wall clock, here 62 minutes) in the
    status bar, and the journal says `gap_uncertain`. Before the crash,
    setting the clock forward while the app ran moved nothing.
    """
    clock = FakeClock(start=at("2026-11-22", "17:00"), boot_id=None)
    app = App(qtbot, home, ["--start"], clock=clock)
    app.press(Qt.Key.Key_Right)  # Introduktion, 10 min
    app.minutes(2)
    clock.jump_wall(3600)
    app.advance(1)
    assert app.text("stepTime") == "07:59 left of the block"
    assert app.text("timer") == "00:59"  # the video step's last minute
    assert "clock was changed" in app.window.statusBar().currentMessage()
    app.kill()

    clock.jump_wall(3600)
    clock.advance(120)
    again = App(qtbot, home, ["--resume"], clock=clock)
    message = again.window.statusBar().currentMessage()
    assert "uncertain" in message and "1:02:00" in message
    resumed = next(r for r in again.records() if r["type"] == "resumed_after_crash")
    assert resumed["gap_uncertain"] is True and resumed["gap_from"] == "wall_clock"
    again.close()
