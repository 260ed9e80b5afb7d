"""A slide source that looks at its program now and then, on a timer the tests can fire by hand."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from facilitator.slides.source import ConnectionState, SlideSource


class PollTimer(Protocol):
    """What a polling source needs of a timer: QTimer has it; tests pass one they fire."""

    @property
    def timeout(self) -> object: ...  # a signal: .connect(callback)

    def setInterval(self, msec: int) -> None: ...  # noqa: N802 - Qt's name

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...  # noqa: N802 - Qt's name


class PollingSource(SlideSource):
    """Calls `poll()` every `interval_ms` while started; subclasses look and set the state.

    The first look is made at once on `start()`. `timer` is a QTimer unless a test
    passes a fake it fires itself (tests never wait for time to pass).
    """

    def __init__(self, interval_ms: int, timer: PollTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer: PollTimer = timer if timer is not None else QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)  # type: ignore[attr-defined]

    def start(self) -> None:
        if self._timer.isActive():
            return
        self._set_connection(ConnectionState.CONNECTING)
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self._forget()
        self._set_show(False)
        self._set_connection(ConnectionState.STOPPED)

    def polling(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        if self._timer.isActive():
            self.poll()

    def poll(self) -> None:
        """Look at the program once and report what changed."""
        raise NotImplementedError

    def _forget(self) -> None:
        """Let go of the program (on stop); nothing by default."""

    def _give_up(self, message: str) -> None:
        """Stop looking: the show ends, FAILED, and `message` for the facilitator."""
        self._timer.stop()
        self._forget()
        self._set_show(False)
        self._set_connection(ConnectionState.FAILED)
        self.error.emit(message)
