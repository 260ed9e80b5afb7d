"""Keynote and PowerPoint on macOS as slide sources: a short AppleScript run by osascript.

Every half second the source runs one script (the scripts are all here, in
SCRIPTS) that answers with one line: ``not running``, ``no show`` or
``slide N``; osascript's own errors come on stderr with a non-zero exit.

osascript takes about a tenth of a second to start, so it runs in a QProcess
(`OsascriptRunner`): the window's thread starts it and goes on, and its answer
arrives as a signal in Qt's event loop, as the Impress helper's lines do. A
thread would need locking around the source's state and a way to stop a
blocked `subprocess.run`; the QProcess needs neither. While one look is still
running (osascript waiting for the Automation permission prompt, say) the
next ones are skipped, never piled up.

The runner is injected: tests pass one that answers with given outputs. The
project's CI has never run these scripts on macOS (docs/slides.md).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QProcess

from facilitator.slides.polling import PollingSource, PollTimer
from facilitator.slides.source import ConnectionState

translate = QCoreApplication.translate

#: How often the program is looked at.
POLL_MS = 500
#: The same error this many looks in a row: the source gives up (FAILED).
GIVE_UP_AFTER = 3

# Each script asks whether the program runs before talking to it, so that a look
# never starts Keynote or PowerPoint; `application id` finds the program under any name.
SCRIPTS = {
    "keynote": (
        'if application id "com.apple.iWork.Keynote" is not running then return "not running"',
        'tell application id "com.apple.iWork.Keynote"',
        '  if not playing then return "no show"',
        '  return "slide " & (slide number of current slide of front document)',
        'end tell',
    ),
    "powerpoint": (
        'if application id "com.microsoft.Powerpoint" is not running then return "not running"',
        'tell application id "com.microsoft.Powerpoint"',
        '  if (count of slide show windows) is 0 then return "no show"',
        '  return "slide " & (slide index of slide of slide show view of slide show window 1)',
        'end tell',
    ),
}

#: AppleScript error numbers the sources understand (they end osascript's message).
NOT_AUTHORISED = -1743          # the user has not allowed controlling the program
APP_NOT_RUNNING = (-600, -609)  # it quit between the check and the question

Done = Callable[[int, str, str], None]


class ScriptRunner(Protocol):
    """Runs an AppleScript and calls `done(exit_status, stdout, stderr)` later, once."""

    def run(self, lines: tuple[str, ...], done: Done) -> None: ...

    def busy(self) -> bool: ...

    def cancel(self) -> None: ...


class OsascriptRunner(QObject):
    """The real runner: `osascript -e LINE ...` in a QProcess; never blocks the caller.

    A program that cannot be started (no osascript) answers with exit status -1
    and Qt's reason on stderr.
    """

    def __init__(self, program: str = "osascript", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self._process: QProcess | None = None
        self._done: Done | None = None

    def busy(self) -> bool:
        return self._process is not None

    def run(self, lines: tuple[str, ...], done: Done) -> None:
        if self._process is not None:
            raise RuntimeError("one script at a time")
        process = QProcess(self)
        self._process, self._done = process, done
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed)
        arguments: list[str] = []
        for line in lines:
            arguments += ["-e", line]
        process.start(self.program, arguments)

    def cancel(self) -> None:
        process, self._process, self._done = self._process, None, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(2000)
            process.deleteLater()

    def _answer(self, status: int, out: str, err: str) -> None:
        process, done = self._process, self._done
        self._process, self._done = None, None
        if process is not None:
            process.deleteLater()
        if done is not None:
            done(status, out, err)

    def _finished(self, status: int, _exit: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        self._answer(status, out, err)

    def _failed(self, problem: QProcess.ProcessError) -> None:
        process = self._process
        if problem == QProcess.ProcessError.FailedToStart and process is not None:
            self._answer(-1, "", f"cannot run {self.program}: {process.errorString()}")


_SLIDE = re.compile(r"slide (\d+)")
_ERROR_NUMBER = re.compile(r"\((-?\d+)\)\s*$")


def error_number(stderr: str) -> int | None:
    """The AppleScript error number osascript puts at the end of its message, if any."""
    found = _ERROR_NUMBER.search(stderr.strip())
    return int(found.group(1)) if found else None


class AppleScriptSource(PollingSource):
    """Follows a macOS presentation program by running its script (see SlideSource's signals).

    ``not running``: CONNECTING (LOST once it had been found), and it keeps
    looking; ``no show``: CONNECTED, no show; ``slide N``: CONNECTED, slide N.
    Not allowed to control the program (error -1743): FAILED with where to allow
    it. Any other error: the show ends, LOST, the error is said once; the same
    error GIVE_UP_AFTER looks in a row (a program that is not installed, a
    script the program does not understand): FAILED.
    """

    #: The program's name for the facilitator's sentences.
    program = ""

    def __init__(self, runner: ScriptRunner | None = None, *, interval_ms: int = POLL_MS,
                 timer: PollTimer | None = None, parent: QObject | None = None) -> None:
        super().__init__(interval_ms, timer, parent)
        self._runner: ScriptRunner = runner if runner is not None else OsascriptRunner(
            parent=self)
        self._found = False
        self._last_error = ""
        self._repeats = 0

    def script(self) -> tuple[str, ...]:
        return SCRIPTS[self.name]

    def start(self) -> None:
        self._found = False
        self._last_error = ""
        self._repeats = 0
        super().start()

    def poll(self) -> None:
        if not self._runner.busy():
            self._runner.run(self.script(), self._answered)

    def _forget(self) -> None:
        self._runner.cancel()

    def _answered(self, status: int, out: str, err: str) -> None:
        if not self.polling():
            return  # an answer that was on its way when the source stopped
        reply = out.strip()
        if status == 0 and reply == "not running":
            self._ok()
            self._set_show(False)
            self._set_connection(ConnectionState.LOST if self._found
                                 else ConnectionState.CONNECTING)
            return
        if status == 0 and reply == "no show":
            self._connected()
            self._set_show(False)
            return
        slide = _SLIDE.fullmatch(reply) if status == 0 else None
        if slide is not None and int(slide.group(1)) >= 1:
            self._connected()
            self._set_slide(int(slide.group(1)))
            return
        self._failed(status, reply, err.strip())

    def _ok(self) -> None:
        self._last_error = ""
        self._repeats = 0

    def _connected(self) -> None:
        self._ok()
        self._found = True
        self._set_connection(ConnectionState.CONNECTED)

    def _failed(self, status: int, reply: str, err: str) -> None:
        number = error_number(err)
        if number in APP_NOT_RUNNING:
            self._answered(0, "not running", "")
            return
        if number == NOT_AUTHORISED:
            self._give_up(translate(
                "SlideSources", "facilitator may not control %1: allow it in System Settings ▸ "
                "Privacy & Security ▸ Automation").replace("%1", self.program))
            return
        detail = err or reply or f"exit status {status}"
        text = f"{self.program}: {detail}"
        self._repeats = self._repeats + 1 if text == self._last_error else 1
        self._set_show(False)
        if self._repeats >= GIVE_UP_AFTER:
            self._give_up(text)
            return
        if self._repeats == 1:
            self._set_connection(ConnectionState.LOST)
            self.error.emit(text)
        self._last_error = text


class KeynoteSource(AppleScriptSource):
    """Keynote's show on macOS."""

    name = "keynote"
    program = "Keynote"


class PowerPointMacSource(AppleScriptSource):
    """PowerPoint's show on macOS; journals as `powerpoint`, as on Windows."""

    name = "powerpoint"
    program = "PowerPoint"


def macos_only(program: str, platform: str = sys.platform) -> str:
    """Why `program` cannot be followed here ("" on macOS)."""
    if platform == "darwin":
        return ""
    return translate("SlideSources", "%1 is followed through AppleScript on macOS only, "
                     "not on this system").replace("%1", program)
