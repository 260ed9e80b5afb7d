"""PowerPoint on Windows through COM, against a fake PowerPoint: every state, no waiting."""

from __future__ import annotations

import pytest

from facilitator.slides.choose import slide_source
from facilitator.slides.powerpoint import PROG_ID, PowerPointSource, com_error_code
from facilitator.slides.source import ConnectionState, UnavailableSource

from .fakes import FakeComError, FakePowerPoint, FakeTimer, recording

C = ConnectionState


def source_for(deck: FakePowerPoint) -> tuple[PowerPointSource, FakeTimer]:
    timer = FakeTimer()
    return PowerPointSource(deck.get_active, timer=timer), timer


def test_a_show_followed_slide_by_slide_from_powerpoint_opening_to_quitting(qapp):
    deck = FakePowerPoint()
    source, timer = source_for(deck)
    seen = recording(source)
    source.start()                      # PowerPoint is not running yet: keeps looking
    assert source.connection() is C.CONNECTING and timer.isActive()
    assert timer.interval == 250
    timer.fire(3)
    deck.open()
    timer.fire()
    deck.begin_show()
    timer.fire()
    for slide in (6, 13, 13, 21, 22):
        deck.go_to(slide)
        timer.fire()
    assert source.current_slide() == 22
    deck.go_to(None)                    # the black slide after the last: nothing new
    timer.fire()
    assert source.current_slide() == 22
    deck.end_show()
    timer.fire()
    deck.begin_show(5)
    timer.fire()
    deck.quit()                         # PowerPoint closes mid-show
    timer.fire(2)
    deck.open()                         # and comes back: found again
    timer.fire()
    assert seen == [
        ("connection", C.CONNECTING), ("connection", C.CONNECTED),
        ("show", "started"), ("slide", 1), ("slide", 6), ("slide", 13), ("slide", 21),
        ("slide", 22), ("show", "ended"), ("show", "started"), ("slide", 5),
        ("show", "ended"), ("connection", C.LOST), ("connection", C.CONNECTED)]
    assert set(deck.asked) == {PROG_ID}


def test_stop_ends_the_show_and_looks_no_more(qapp):
    deck = FakePowerPoint()
    deck.open()
    deck.begin_show(13)
    source, timer = source_for(deck)
    source.start()                      # the first look is at once
    assert source.current_slide() == 13
    seen = recording(source)
    source.stop()
    assert not timer.isActive()
    deck.go_to(21)
    timer.fire()                        # a late tick after stop tells nothing
    assert seen == [("show", "ended"), ("connection", C.STOPPED)]
    source.start()                      # started again: connected afresh
    assert source.current_slide() == 21


def test_powerpoint_not_installed_fails_with_the_reason_and_stops_looking(qapp):
    deck = FakePowerPoint(installed=False)
    source, timer = source_for(deck)
    seen = recording(source)
    source.start()
    assert seen == [("connection", C.CONNECTING), ("connection", C.FAILED),
                    ("error", "PowerPoint is not installed on this computer")]
    assert not timer.isActive()


def test_pywin32_missing_says_how_to_install_it(qapp, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_win32com(name, *args, **kwargs):
        if name.startswith("win32com"):
            raise ImportError("No module named 'win32com'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_win32com)
    source = PowerPointSource(timer=FakeTimer())
    seen = recording(source)
    source.start()
    assert source.connection() is C.FAILED
    assert ("error", 'PowerPoint needs pywin32: pip install "facilitator[powerpoint]"') in seen


def test_any_other_com_failure_while_looking_is_not_running(qapp):
    def refuses(_prog_id: str) -> object:
        raise FakeComError(-2147467259, "Unspecified error")

    source = PowerPointSource(refuses, timer=FakeTimer())
    source.start()
    assert source.connection() is C.CONNECTING


def test_com_error_codes_are_read_from_pywin32s_error():
    assert com_error_code(FakeComError(-5)) == -5
    assert com_error_code(OSError(2, "gone")) == 2
    assert com_error_code(RuntimeError("no code")) is None


@pytest.mark.parametrize("platform", ["linux", "freebsd14"])
def test_off_windows_powerpoint_through_com_is_unavailable_and_says_why(qapp, platform):
    source = slide_source("powerpoint", {}, platform=platform)
    assert isinstance(source, UnavailableSource)
    seen = recording(source)
    source.start()
    assert source.connection() is C.FAILED
    assert seen[-1] == ("error", "PowerPoint is followed through COM on Windows and through "
                                 "AppleScript on macOS, not on this system")


def test_on_windows_powerpoint_is_the_com_source(qapp):
    assert isinstance(slide_source("powerpoint", {}, platform="win32"), PowerPointSource)
