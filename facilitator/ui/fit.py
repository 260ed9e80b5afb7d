"""Windows that fit their screen: sized and placed inside its available area, and kept there."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

__all__ = ["ScreenFit", "fit_window", "fitted_rect", "frame_margins", "keep_within_screen",
           "kept_rect", "screen_area"]

#: Room for a title bar and borders before the window manager has told their size.
GUESSED_FRAME = QMargins(4, 32, 4, 4)


def fitted_rect(preferred: QSize, area: QRect, frame: QMargins | None = None) -> QRect:
    """Where a window of `preferred` size goes: shrunk to fit `area` with its frame, centred.

    The rectangle is the window's own (without the frame), as `setGeometry` takes it.
    """
    room = area.marginsRemoved(frame or QMargins())
    width = max(1, min(preferred.width(), room.width()))
    height = max(1, min(preferred.height(), room.height()))
    left = room.left() + (room.width() - width) // 2
    top = room.top() + (room.height() - height) // 2
    return QRect(left, top, width, height)


def kept_rect(current: QRect, area: QRect, frame: QMargins | None = None) -> QRect:
    """`current` moved (and shrunk if need be) the least to lie inside `area` with its frame."""
    room = area.marginsRemoved(frame or QMargins())
    width = max(1, min(current.width(), room.width()))
    height = max(1, min(current.height(), room.height()))
    left = min(max(current.left(), room.left()), room.left() + room.width() - width)
    top = min(max(current.top(), room.top()), room.top() + room.height() - height)
    return QRect(left, top, width, height)


def screen_area(window: QWidget, screen: QScreen | None = None) -> QRect:
    """The part of the window's screen that windows may use (without panels and docks)."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)


def frame_margins(window: QWidget) -> QMargins:
    """The window manager's frame around `window`: measured once shown, guessed before."""
    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QMargins()
    handle = window.windowHandle()
    if window.isVisible() and handle is not None:
        return handle.frameMargins()
    return QMargins(GUESSED_FRAME)


def _lower_minimum(window: QWidget, room: QSize) -> None:
    """A minimum size larger than the screen would push the window off it."""
    minimum = window.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        window.setMinimumSize(min(minimum.width(), room.width()),
                              min(minimum.height(), room.height()))


def fit_window(window: QWidget, preferred: QSize | None = None,
               screen: QScreen | None = None) -> None:
    """Size `window` to `preferred` (its present size if None) within its screen, centred."""
    area = screen_area(window, screen)
    frame = frame_margins(window)
    _lower_minimum(window, area.marginsRemoved(frame).size())
    window.setGeometry(fitted_rect(preferred or window.size(), area, frame))


def keep_within_screen(window: QWidget, screen: QScreen | None = None) -> None:
    """Move and shrink `window` the least so that it, frame and all, lies on its screen.

    A window that fills the screen (maximised, full screen) is the platform's business.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    area = screen_area(window, screen)
    frame = frame_margins(window)
    _lower_minimum(window, area.marginsRemoved(frame).size())
    current = window.geometry()
    kept = kept_rect(current, area, frame)
    if kept != current:
        # setGeometry places the window's inside; the frame goes around it.
        window.setGeometry(kept)


class ScreenFit(QObject):
    """Keeps a window inside its screen when it is shown, moves screen, or the screen shrinks.

    `ScreenFit(window)` watches the window as an event filter, so the
    window's own code does not change. It belongs to the window's Python
    object, not to its Qt children: while Qt tears the window down it must
    not call back into a half-destroyed filter.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        # A weak reference: the window holds this filter, not the other way round,
        # so the window is freed as soon as it is dropped, not by a later GC pass.
        self._window = weakref.ref(window)
        self._watched: QScreen | None = None
        window._screen_fit = self  # type: ignore[attr-defined]  # lives as long as the window
        window.installEventFilter(self)

    def _alive(self) -> QWidget | None:
        window = self._window()
        return window if window is not None and shiboken6.isValid(window) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            window = self._alive()
            if window is not None and watched is window:
                self._connect(window)
                keep_within_screen(window)
        return False

    def _connect(self, window: QWidget) -> None:
        handle = window.windowHandle()
        if handle is not None and not handle.property("facilitatorScreenFit"):
            handle.setProperty("facilitatorScreenFit", True)
            handle.screenChanged.connect(self._screen_changed)
            self._screen_changed(handle.screen())

    def _screen_changed(self, screen: QScreen | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.availableGeometryChanged.disconnect(self._area_changed)
        self._watched = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._area_changed)
            self._area_changed(screen.availableGeometry())

    def _area_changed(self, _area: QRect) -> None:
        window = self._alive()
        if window is not None and window.isVisible():
            keep_within_screen(window, self._watched)
