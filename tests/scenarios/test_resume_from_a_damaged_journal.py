"""The app is restarted after a crash, and the meeting's log has been damaged meanwhile."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from facilitator.core.journal import read_session

from .harness import App


def crash_and_damage(qtbot, home):
    """The meeting of the docstrings below, up to the crash, and its log damaged."""
    app = App(qtbot, home)
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)  # Introduktion, 10 minutes
    app.minutes(1)
    app.press(Qt.Key.Key_Plus)
    app.minutes(3)
    assert app.text("timer") == "07:00"
    app.close()  # the crash: no finish is written
    [path] = app.sessions()

    lines = path.read_bytes().splitlines(keepends=True)
    records = [json.loads(line) for line in lines[1:]]
    adjust = next(n for n, r in enumerate(records, 1) if r["type"] == "adjust")
    block_start = next(n for n, r in enumerate(records, 1) if r["type"] == "block_start")
    wild = [n for n, r in enumerate(records, 1) if r["type"] == "step_start"]
    for number, value in zip(wild, ("1e308", "NaN"), strict=False):
        record = json.loads(lines[number])
        lines[number] = json.dumps(record).replace(
            f'"elapsed": {record["elapsed"]}', f'"elapsed": {value}').encode() + b"\n"
    lines.insert(adjust + 1, lines[adjust])
    lines.append(lines[block_start])
    path.write_bytes(b"".join(lines))
    damaged = read_session(path).problems
    assert len(damaged) >= 3

    return app, path, records, damaged


def test_resume_from_a_damaged_journal(qtbot, home, capsys):
    """The introduction has run 4 minutes, lengthened by a minute, when the app dies.

    While it is down, the log is damaged the way a tester left it: the
    adjustment's line appears twice, the block start's line again further
    down, one record's `elapsed` is 1e308, another's NaN. Three minutes
    later the facilitator starts `facilitator --resume`. What they see: the
    introduction again, with 11 − 4 − 3 = 4 minutes left (the minute added
    once, not twice), and a note in the bar above the meeting that the log
    was damaged, naming the first damaged line; the terminal lists each damaged line as
    FILE:LINE: warning. The log goes on in the same file, numbered on.
    """
    app, path, records, damaged = crash_and_damage(qtbot, home)
    app.clock.advance(180)
    again = App(qtbot, home, ["--resume"], clock=app.clock)
    assert again.text("blockTitle") == "Introduktion"
    assert again.text("timer") == "04:00"
    bar = again.window.findChild(QWidget, "resumeBar")
    assert bar.isVisible()
    note = again.text("resumeBarText")
    assert note.startswith(f"Resumed from a damaged log: {len(damaged)} line(s) skipped or "
                           f"repaired. First: {path}:")
    err = capsys.readouterr().err
    assert all(str(problem) in err for problem in damaged)
    again.minutes(1)
    assert again.text("timer") == "03:00"
    again.close()
    log = read_session(path)
    # Numbered on after the last record; nothing lost, the repeats not counted.
    assert [r["seq"] for r in log.records] == list(range(1, len(log.records) + 1))
    assert log.records[len(records)]["type"] == "resumed_after_crash"
    assert [r["type"] for r in log.records].count("adjust") == 1
    assert app.sessions() == [path]


def test_resume_offered_in_the_bar_from_a_damaged_journal(qtbot, home):
    """The same crash and damage; this time the app is started without --resume.

    The bar offers the unfinished meeting; the facilitator clicks Resume.
    What they see: the introduction with 4 minutes left, and the bar now says
    the log was damaged and how many lines were skipped or repaired.
    """
    app, path, _, damaged = crash_and_damage(qtbot, home)
    app.clock.advance(180)
    again = App(qtbot, home, clock=app.clock)
    assert again.text("resumeBarText").startswith("“Samarbejde og fællesskab” was not finished")
    again.window.findChild(QPushButton, "resumeButton").click()
    assert again.text("blockTitle") == "Introduktion"
    assert again.text("timer") == "04:00"
    assert again.text("resumeBarText").startswith(
        f"Resumed from a damaged log: {len(damaged)} line(s) skipped or repaired. First: {path}:")
    again.close()
