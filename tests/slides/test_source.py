"""The slide-source interface through its fake: each change is told once, in order."""

from __future__ import annotations

from facilitator.slides.source import ConnectionState, FakeSlideSource


def test_the_fake_tells_each_change_once(qtbot):
    source = FakeSlideSource()
    seen: list[tuple[str, object]] = []
    source.show_started.connect(lambda: seen.append(("show", "started")))
    source.show_ended.connect(lambda: seen.append(("show", "ended")))
    source.slide_changed.connect(lambda n: seen.append(("slide", n)))
    source.connection_changed.connect(lambda state: seen.append(("connection", state)))
    assert source.connection() is ConnectionState.STOPPED
    source.start()
    source.begin_show()
    source.go_to(6)
    source.go_to(6)
    source.go_to(13)
    assert source.current_slide() == 13
    source.end_show()
    source.end_show()
    assert source.current_slide() is None
    source.go_to(21)  # a slide with no show started: the show has started
    source.lose_connection()
    source.stop()
    assert seen == [
        ("connection", ConnectionState.CONNECTED), ("show", "started"), ("slide", 1),
        ("slide", 6), ("slide", 13), ("show", "ended"), ("show", "started"), ("slide", 21),
        ("show", "ended"), ("connection", ConnectionState.LOST),
        ("connection", ConnectionState.STOPPED)]


def test_errors_pass_through(qtbot):
    source = FakeSlideSource()
    with qtbot.waitSignal(source.error) as blocker:
        source.fail("LibreOffice Impress: no-uno")
    assert blocker.args == ["LibreOffice Impress: no-uno"]
