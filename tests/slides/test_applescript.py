"""Keynote and PowerPoint on macOS through AppleScript, against a fake osascript: all states."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from facilitator.slides.applescript import (
    SCRIPTS,
    KeynoteSource,
    OsascriptRunner,
    PowerPointMacSource,
    error_number,
)
from facilitator.slides.choose import slide_source
from facilitator.slides.source import ConnectionState, UnavailableSource

from .fakes import FakeRunner, FakeTimer, recording

C = ConnectionState


def keynote() -> tuple[KeynoteSource, FakeRunner, FakeTimer]:
    runner, timer = FakeRunner(), FakeTimer()
    return KeynoteSource(runner, timer=timer), runner, timer


def look(timer: FakeTimer, runner: FakeRunner, out: str = "", status: int = 0,
         err: str = "") -> None:
    """One interval passes, and osascript answers the look it started."""
    timer.fire()
    runner.reply(out, status, err)


def test_a_keynote_show_followed_from_not_running_to_quitting(qapp):
    source, runner, timer = keynote()
    seen = recording(source)
    source.start()                       # the first look runs at once
    assert timer.interval == 500
    runner.reply("not running")
    look(timer, runner, "no show")
    for slide in (1, 6, 13, 13, 21, 22):
        look(timer, runner, f"slide {slide}")
    assert source.current_slide() == 22
    look(timer, runner, "no show")       # the presenter pressed Esc
    look(timer, runner, "slide 5")
    look(timer, runner, "not running")   # Keynote quit mid-show
    look(timer, runner, "no show")       # and was opened again
    assert seen == [
        ("connection", C.CONNECTING), ("connection", C.CONNECTED), ("show", "started"),
        ("slide", 1), ("slide", 6), ("slide", 13), ("slide", 21), ("slide", 22),
        ("show", "ended"), ("show", "started"), ("slide", 5), ("show", "ended"),
        ("connection", C.LOST), ("connection", C.CONNECTED)]
    assert set(runner.scripts) == {SCRIPTS["keynote"]}


def test_a_slow_osascript_is_not_piled_up_and_a_late_answer_after_stop_is_dropped(qapp):
    source, runner, timer = keynote()
    source.start()
    timer.fire(5)                        # osascript still waiting (a permission prompt)
    assert len(runner.scripts) == 1
    runner.reply("slide 3")
    assert source.current_slide() == 3
    timer.fire()
    seen = recording(source)
    source.stop()                        # the look on its way is cancelled
    assert runner.cancelled == 1 and not timer.isActive()
    assert seen == [("show", "ended"), ("connection", C.STOPPED)]


def test_not_allowed_to_control_keynote_says_where_to_allow_it(qapp):
    source, runner, timer = keynote()
    seen = recording(source)
    source.start()
    runner.reply(status=1, err="execution error: Not authorized to send Apple events to "
                               "Keynote. (-1743)")
    assert source.connection() is C.FAILED and not timer.isActive()
    assert seen[-1] == ("error", "facilitator may not control Keynote: allow it in System "
                                 "Settings ▸ Privacy & Security ▸ Automation")


def test_keynote_quitting_between_check_and_question_is_not_running(qapp):
    source, runner, timer = keynote()
    source.start()
    runner.reply("slide 4")
    look(timer, runner, status=1, err="execution error: Keynote got an error: "
                                      "Application isn’t running. (-600)")
    assert source.connection() is C.LOST and source.current_slide() is None


def test_an_error_is_said_once_and_given_up_on_when_it_repeats(qapp):
    source, runner, timer = keynote()
    seen = recording(source)
    source.start()
    runner.reply("slide 2")
    error = "execution error: Can’t get current slide of document 1. (-1728)"
    look(timer, runner, status=1, err=error)
    assert seen[-3:] == [("show", "ended"), ("connection", C.LOST),
                         ("error", f"Keynote: {error}")]
    look(timer, runner, "slide 2")        # a good answer clears the count
    look(timer, runner, status=1, err=error)
    look(timer, runner, status=1, err=error)
    assert source.connection() is C.LOST and timer.isActive()
    look(timer, runner, status=1, err=error)   # the third in a row: gives up
    assert source.connection() is C.FAILED and not timer.isActive()
    assert [e for e in seen if e[0] == "error"] == [("error", f"Keynote: {error}")] * 3


def test_an_answer_that_is_no_slide_is_an_error(qapp):
    source, runner, _timer = keynote()
    seen = recording(source)
    source.start()
    runner.reply("slide zero")
    assert seen[-1] == ("error", "Keynote: slide zero")


def test_powerpoint_on_macos_asks_powerpoint_and_journals_as_powerpoint(qapp):
    runner, timer = FakeRunner(), FakeTimer()
    source = PowerPointMacSource(runner, timer=timer)
    assert source.name == "powerpoint"
    source.start()
    runner.reply("slide 13")
    assert source.current_slide() == 13
    assert runner.scripts == [SCRIPTS["powerpoint"]]
    assert "slide show window" in "\n".join(SCRIPTS["powerpoint"])


def test_error_numbers_are_read_from_the_end_of_osascripts_message():
    assert error_number("0:12: execution error: Nope. (-1743)\n") == -1743
    assert error_number("no number here") is None


def test_the_real_runner_passes_the_script_and_reads_the_answer(qapp, qtbot, tmp_path: Path):
    fake = tmp_path / "osascript"
    fake.write_text('#!/bin/sh\nprintf "%s|" "$@"\necho\necho oops >&2\nexit 2\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    runner = OsascriptRunner(str(fake))
    answers: list[tuple[int, str, str]] = []
    runner.run(("line one", 'return "x"'), lambda *a: answers.append(a))
    assert runner.busy()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    assert answers == [(2, '-e|line one|-e|return "x"|\n', "oops\n")]
    assert not runner.busy()


def test_a_missing_osascript_answers_with_the_reason(qapp, qtbot, tmp_path: Path):
    runner = OsascriptRunner(str(tmp_path / "no-osascript"))
    answers: list[tuple[int, str, str]] = []
    runner.run(("x",), lambda *a: answers.append(a))
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    assert answers[0][0] == -1 and "no-osascript" in answers[0][2]


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_keynote_off_macos_is_unavailable_and_says_why(qapp, platform):
    source = slide_source("keynote", {}, platform=platform)
    assert isinstance(source, UnavailableSource)
    source.start()
    assert source.connection() is C.FAILED
    assert source.reason == "Keynote is followed through AppleScript on macOS only, not on " \
                            "this system"


def test_on_macos_the_applescript_sources_are_chosen(qapp):
    assert isinstance(slide_source("keynote", {}, platform="darwin"), KeynoteSource)
    assert isinstance(slide_source("powerpoint", {}, platform="darwin"), PowerPointMacSource)
