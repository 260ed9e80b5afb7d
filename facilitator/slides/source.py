"""The one small interface every slide source offers, and a fake that tests drive by hand."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal


class ConnectionState(enum.Enum):
    """How far a source is from the presentation program (for the status bar)."""

    STOPPED = "stopped"        # not started, or stopped
    CONNECTING = "connecting"  # started, looking for the program
    CONNECTED = "connected"    # talking to it; a show may or may not be running
    LOST = "lost"              # it went away; the source keeps looking
    FAILED = "failed"          # the source gave up (see the error); start() tries again


class SlideSource(QObject):
    """Where the slides come from: LibreOffice Impress, a fake, later PowerPoint or Keynote.

    Signals:
        slide_changed(int): the show is on this slide now, 1-based as the audience
            counts; emitted once per change, never twice for the same slide.
        show_started(): a slide show began (slide_changed follows with its slide).
        show_ended(): the show ended or its program went away.
        error(str): something the facilitator should read (plain text, English:
            the window words it); the source may keep running after it.
        connection_changed(ConnectionState): the new connection state.
    """

    #: The source's name: the `--slides` choice, and the journal's `source` of a slide.
    name = ""

    slide_changed = Signal(int)
    show_started = Signal()
    show_ended = Signal()
    error = Signal(str)
    connection_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slide: int | None = None
        self._showing = False
        self._connection = ConnectionState.STOPPED

    def start(self) -> None:
        """Begin following the presentation program; returns at once."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop following: show_ended if a show was running, then STOPPED; nothing after."""
        raise NotImplementedError

    def current_slide(self) -> int | None:
        """The slide a running show is on (1-based), None when no show is running."""
        return self._slide if self._showing else None

    def showing(self) -> bool:
        return self._showing

    def connection(self) -> ConnectionState:
        return self._connection

    # For subclasses: keep the state and the signals in step, and never repeat one.

    def _set_connection(self, state: ConnectionState) -> None:
        if state != self._connection:
            self._connection = state
            self.connection_changed.emit(state)

    def _set_show(self, running: bool) -> None:
        if running == self._showing:
            return
        self._showing = running
        self._slide = None
        if running:
            self.show_started.emit()
        else:
            self.show_ended.emit()

    def _set_slide(self, number: int) -> None:
        if not self._showing:
            self._set_show(True)
        if number != self._slide:
            self._slide = number
            self.slide_changed.emit(number)


class FakeSlideSource(SlideSource):
    """A source the test moves by hand: `begin_show()`, `go_to(13)`, `end_show()`."""

    name = "fake"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.started = False

    def start(self) -> None:
        self.started = True
        self._set_connection(ConnectionState.CONNECTED)

    def stop(self) -> None:
        self.started = False
        self._set_show(False)
        self._set_connection(ConnectionState.STOPPED)

    def begin_show(self, slide: int = 1) -> None:
        self._set_show(True)
        self._set_slide(slide)

    def go_to(self, slide: int) -> None:
        self._set_slide(slide)

    def end_show(self) -> None:
        self._set_show(False)

    def fail(self, message: str) -> None:
        self.error.emit(message)

    def lose_connection(self) -> None:
        self._set_show(False)
        self._set_connection(ConnectionState.LOST)


class NoSlideSource(SlideSource):
    """No slideshow to follow (the default): starts, stops, and never tells anything."""

    name = "none"

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


class UnavailableSource(SlideSource):
    """A source that cannot work here (another platform's program): it says why, and fails.

    `reason` is the facilitator's sentence (already in the UI language); `start()`
    leaves the source FAILED and emits it on `error`, so the status bar says
    "not available" and the passing message says why, instead of a traceback.
    """

    def __init__(self, name: str, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.reason = reason

    def start(self) -> None:
        self._set_connection(ConnectionState.FAILED)
        self.error.emit(self.reason)

    def stop(self) -> None:
        self._set_connection(ConnectionState.STOPPED)
