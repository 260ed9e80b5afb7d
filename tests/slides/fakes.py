"""Fakes for the polling slide sources: a timer the test fires, and a PowerPoint behind COM."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class FakeTimer(QObject):
    """A QTimer stand-in: `fire()` is one interval passing; nothing runs by itself.

    Signals:
        timeout(): fired by the test.
    """

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.interval = 0
        self._active = False

    def setInterval(self, msec: int) -> None:  # noqa: N802 - Qt's name
        self.interval = msec

    def start(self) -> None:
        self._active = True

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:  # noqa: N802 - Qt's name
        return self._active

    def fire(self, times: int = 1) -> None:
        for _ in range(times):
            self.timeout.emit()


class FakeComError(Exception):
    """pywin32's com_error as the source sees it: the HRESULT first."""

    def __init__(self, hresult: int, text: str = "") -> None:
        super().__init__(hresult, text, None, None)
        self.hresult = hresult


MK_E_UNAVAILABLE = -2147221021
CO_E_CLASSSTRING = -2147221005
RPC_S_SERVER_UNAVAILABLE = -2147023174


class _Slide:
    def __init__(self, deck: FakePowerPoint) -> None:
        self._deck = deck

    @property
    def SlideIndex(self) -> int:  # noqa: N802 - COM's name
        if self._deck.slide is None:  # the black slide after the last
            raise FakeComError(-2147188160, "SlideShowView.Slide : Invalid request.")
        self._deck.check_alive()
        return self._deck.slide


class _View:
    def __init__(self, deck: FakePowerPoint) -> None:
        self.Slide = _Slide(deck)


class _ShowWindow:
    def __init__(self, deck: FakePowerPoint) -> None:
        self.View = _View(deck)


class _ShowWindows:
    def __init__(self, deck: FakePowerPoint) -> None:
        self._deck = deck

    @property
    def Count(self) -> int:  # noqa: N802 - COM's name
        self._deck.check_alive()
        return 1 if self._deck.showing else 0

    def __call__(self, index: int) -> _ShowWindow:
        self._deck.check_alive()
        if not self._deck.showing or index != 1:
            raise FakeComError(-2147188160, "SlideShowWindows : Integer out of range.")
        return _ShowWindow(self._deck)


class FakePowerPoint:
    """A PowerPoint the test runs: `open()`, `begin_show()`, `go_to(13)`, `end_show()`, `quit()`.

    `get_active` is the stand-in for win32com.client.GetActiveObject; `installed=False`
    answers as Windows does for a class that is not registered.
    """

    def __init__(self, installed: bool = True) -> None:
        self.installed = installed
        self.running = False
        self.showing = False
        self.slide: int | None = None
        self.asked: list[str] = []

    def get_active(self, prog_id: str) -> _Application:
        self.asked.append(prog_id)
        if not self.installed:
            raise FakeComError(CO_E_CLASSSTRING, "Invalid class string")
        if not self.running:
            raise FakeComError(MK_E_UNAVAILABLE, "Operation unavailable")
        return _Application(self)

    def check_alive(self) -> None:
        if not self.running:
            raise FakeComError(RPC_S_SERVER_UNAVAILABLE, "The RPC server is unavailable.")

    def open(self) -> None:
        self.running = True

    def begin_show(self, slide: int = 1) -> None:
        self.showing = True
        self.slide = slide

    def go_to(self, slide: int | None) -> None:
        self.slide = slide

    def end_show(self) -> None:
        self.showing = False
        self.slide = None

    def quit(self) -> None:
        self.running = False
        self.showing = False


class _Application:
    def __init__(self, deck: FakePowerPoint) -> None:
        self.SlideShowWindows = _ShowWindows(deck)


def recording(source: object) -> list[tuple[str, object]]:
    """Everything `source` tells, in order: ("slide", 6), ("show", "ended"), ..."""
    seen: list[tuple[str, object]] = []
    source.show_started.connect(lambda: seen.append(("show", "started")))  # type: ignore[attr-defined]
    source.show_ended.connect(lambda: seen.append(("show", "ended")))  # type: ignore[attr-defined]
    source.slide_changed.connect(lambda n: seen.append(("slide", n)))  # type: ignore[attr-defined]
    source.error.connect(lambda text: seen.append(("error", text)))  # type: ignore[attr-defined]
    source.connection_changed.connect(  # type: ignore[attr-defined]
        lambda state: seen.append(("connection", state)))
    return seen


class FakeRunner:
    """An osascript stand-in: `run` keeps the script; the test answers with `reply(...)`."""

    def __init__(self) -> None:
        self.scripts: list[tuple[str, ...]] = []
        self._done: object = None
        self.cancelled = 0

    def busy(self) -> bool:
        return self._done is not None

    def run(self, lines: tuple[str, ...], done: object) -> None:
        assert self._done is None, "a second script while one runs"
        self.scripts.append(lines)
        self._done = done

    def cancel(self) -> None:
        if self._done is not None:
            self.cancelled += 1
        self._done = None

    def reply(self, out: str = "", status: int = 0, err: str = "") -> None:
        done, self._done = self._done, None
        assert done is not None, "no script is running"
        done(status, out + "\n" if out else "", err)  # type: ignore[operator]
