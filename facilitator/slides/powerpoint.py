"""PowerPoint on Windows as a slide source: its COM object, looked at every quarter second.

PowerPoint is reached through pywin32 (`pip install facilitator[powerpoint]`,
Windows only): `GetActiveObject("PowerPoint.Application")` finds a running
PowerPoint without starting one, and each look asks
`SlideShowWindows.Count` and `SlideShowWindows(1).View.Slide.SlideIndex`.

Polling rather than PowerPoint's `SlideShowBegin`/`SlideShowNextSlide`/
`SlideShowEnd` events: an event sink needs a COM class registered with
pywin32's `DispatchWithEvents` and a PowerPoint that is already running when
it is made, while a look on a timer also finds a show started before the
facilitator, or a PowerPoint opened after it, and runs in Qt's own event loop
on the window's thread (COM calls are a few milliseconds). The COM side is
injected (`get_active`), so the tests drive a fake PowerPoint on any platform;
the project's CI has never run this against a real PowerPoint (docs/slides.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from facilitator.slides.polling import PollingSource, PollTimer
from facilitator.slides.source import ConnectionState

#: PowerPoint's COM name.
PROG_ID = "PowerPoint.Application"
#: How often PowerPoint is looked at.
POLL_MS = 250

# COM error codes (HRESULTs as pywin32 gives them, signed 32-bit).
MK_E_UNAVAILABLE = -2147221021   # no running object: PowerPoint is not running
CO_E_CLASSSTRING = -2147221005   # no such class: PowerPoint is not installed
REGDB_E_CLASSNOTREG = -2147221164

translate = QCoreApplication.translate


def com_error_code(problem: BaseException) -> int | None:
    """The HRESULT of a pywin32 com_error (its first argument), None for anything else."""
    code = getattr(problem, "hresult", None)
    if isinstance(code, int):
        return code
    if problem.args and isinstance(problem.args[0], int):
        return problem.args[0]
    return None


def pywin32_get_active() -> Callable[[str], Any]:
    """win32com's GetActiveObject; ImportError where pywin32 is not installed."""
    import win32com.client  # type: ignore[import-not-found,import-untyped,unused-ignore]

    return win32com.client.GetActiveObject  # type: ignore[no-any-return,unused-ignore]


class PowerPointSource(PollingSource):
    """Follows the first PowerPoint slide show window (see SlideSource's signals).

    Not running yet: CONNECTING, and it keeps looking. Running: CONNECTED; a show
    window reports its slide (the deck's slide number, `SlideIndex`, which is what
    a programme's `slides` count, hidden slides included). PowerPoint closing
    mid-show ends the show, LOST, and it keeps looking. PowerPoint not installed,
    or pywin32 missing: FAILED with the reason.
    """

    name = "powerpoint"

    def __init__(self, get_active: Callable[[str], Any] | None = None, *,
                 interval_ms: int = POLL_MS, timer: PollTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(interval_ms, timer, parent)
        self._get_active = get_active
        self._app: Any = None

    def _forget(self) -> None:
        self._app = None

    def poll(self) -> None:
        if self._app is None and not self._connect():
            return
        try:
            windows = self._app.SlideShowWindows
            count = int(windows.Count)
        except Exception:  # noqa: BLE001 - any COM failure here: PowerPoint went away
            self._app = None
            self._set_show(False)
            self._set_connection(ConnectionState.LOST)
            return
        if count < 1:
            self._set_show(False)
            return
        try:
            number = int(windows(1).View.Slide.SlideIndex)
        except Exception:  # noqa: BLE001
            # The black slide after the last one has no Slide, and a window that is
            # closing answers nothing: the show stays where it was until the next look.
            return
        if number >= 1:
            self._set_slide(number)

    def _connect(self) -> bool:
        get_active = self._get_active
        if get_active is None:
            try:
                get_active = self._get_active = pywin32_get_active()
            except ImportError:
                self._give_up(translate("SlideSources", "PowerPoint needs pywin32: "
                                        "pip install \"facilitator[powerpoint]\""))
                return False
        try:
            self._app = get_active(PROG_ID)
        except Exception as problem:  # noqa: BLE001 - pywin32's com_error, or the fake's
            code = com_error_code(problem)
            if code in (CO_E_CLASSSTRING, REGDB_E_CLASSNOTREG):
                self._give_up(translate("SlideSources",
                                        "PowerPoint is not installed on this computer"))
            elif self.connection() is not ConnectionState.LOST:
                self._set_connection(ConnectionState.CONNECTING)
            return False
        self._set_connection(ConnectionState.CONNECTED)
        return True


def powerpoint_available(platform: str = sys.platform) -> str:
    """Why PowerPoint through COM cannot work here ("" when it can)."""
    if platform != "win32":
        return translate("SlideSources", "PowerPoint is followed through COM on Windows "
                         "and through AppleScript on macOS, not on this system")
    return ""
