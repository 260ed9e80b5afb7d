"""LibreOffice Impress as a slide source: a UNO helper under the system Python, read as JSON lines.

The application's environment cannot import LibreOffice's ``uno`` module (it
belongs to the system's Python, Debian's python3-uno, or to the Python that
ships inside LibreOffice on Windows and macOS). So this source runs
``impress_helper.py`` under that Python in a QProcess and reads its lines
without blocking or threads; the helper talks UNO to a soffice started with
``--accept=socket,host=127.0.0.1,port=N;urp;``. See docs/slides.md.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess

from facilitator.slides.source import ConnectionState, SlideSource

# Qt's translate, under the short name pyside6-lupdate also recognises.
translate = QCoreApplication.translate

#: Environment variable naming the Python that can `import uno`.
UNO_PYTHON_ENV = "FACILITATOR_UNO_PYTHON"
#: The port the facilitator asks soffice to accept UNO connections on.
DEFAULT_PORT = 2002
#: The helper's exit status when that Python has no `uno` (impress_helper.NO_UNO_STATUS).
NO_UNO_STATUS = 3
_STDERR_KEPT = 2000


def default_uno_python(platform: str = sys.platform,
                       env: Mapping[str, str] | None = None) -> str:
    """The Python to run the helper with: $FACILITATOR_UNO_PYTHON, else where LibreOffice's
    own Python usually is on this platform (Debian/Ubuntu: the system python3 with python3-uno)."""
    env = os.environ if env is None else env
    chosen = env.get(UNO_PYTHON_ENV, "").strip()
    if chosen:
        return chosen
    if platform == "win32":
        return r"C:\Program Files\LibreOffice\program\python.exe"
    if platform == "darwin":
        return "/Applications/LibreOffice.app/Contents/Resources/python"
    return "/usr/bin/python3"


def soffice_command(deck: Path | None = None, port: int = DEFAULT_PORT,
                    soffice: str = "soffice", *extra: str) -> list[str]:
    """The command line that starts LibreOffice so that this source can follow it."""
    command = [soffice, *extra, f"--accept=socket,host=127.0.0.1,port={port};urp;"]
    if deck is not None:
        command.append(str(deck))
    return command


@dataclass(frozen=True)
class HelperEvent:
    """One line of the helper, understood. Exactly one field is set."""

    connection: ConnectionState | None = None
    show: bool | None = None   # True started, False ended
    slide: int | None = None
    error: str | None = None


_CONNECTIONS = {"connecting": ConnectionState.CONNECTING,
                "connected": ConnectionState.CONNECTED,
                "lost": ConnectionState.LOST}


def parse_helper_line(line: str) -> HelperEvent:
    """What one line of the helper says; ValueError for anything else (quoted in the message)."""
    text = line.strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict):
        if data.get("connection") in _CONNECTIONS:
            return HelperEvent(connection=_CONNECTIONS[data["connection"]])
        if data.get("show") in ("started", "ended"):
            return HelperEvent(show=data["show"] == "started")
        slide = data.get("slide")
        if isinstance(slide, int) and not isinstance(slide, bool) and slide >= 1:
            return HelperEvent(slide=slide)
        if isinstance(data.get("error"), str):
            detail = data.get("detail")
            return HelperEvent(error=f"{data['error']}: {detail}" if detail else data["error"])
    raise ValueError(f"the Impress helper said something unexpected: {text[:200]!r}")


def helper_script() -> Path:
    """The helper's file (a real path: it is run by another Python)."""
    return Path(str(resources.files("facilitator.slides").joinpath("impress_helper.py")))


class ImpressSource(SlideSource):
    """Follows a LibreOffice Impress show through the UNO helper (see SlideSource's signals).

    With `launch` (from `soffice_command`) it also starts LibreOffice itself, once,
    detached; without, it follows a LibreOffice that someone started with the
    `--accept` option. A garbled
    line is reported as an error once per start and skipped; a helper that dies ends the
    show and leaves the source FAILED with the reason.
    """

    name = "impress"

    def __init__(self, python: str, port: int = DEFAULT_PORT, *, host: str = "127.0.0.1",
                 poll: float = 0.2, helper: Path | None = None,
                 launch: Sequence[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._python = python
        self._arguments = [str(helper or helper_script()), "--host", host,
                           "--port", str(port), "--poll", str(poll)]
        self._launch = list(launch) if launch else None
        self._helper: QProcess | None = None
        self._launched = False
        self._stderr = ""
        self._garbled = False

    def helper_command(self) -> list[str]:
        """The helper's command line: the Python, the script, its options."""
        return [self._python, *self._arguments]

    def start(self) -> None:
        if self._helper is not None:
            return
        self._stderr = ""
        self._garbled = False
        if self._launch is not None and not self._launched:
            # Detached: LibreOffice is the presenter's, with their deck in it; it must
            # outlive the facilitator (a QProcess child would be killed with it).
            started, _pid = QProcess.startDetached(self._launch[0], self._launch[1:])
            if started:
                self._launched = True
            else:
                self.error.emit(translate(
                    "SlideSources", "cannot start LibreOffice (%1): not found or not runnable")
                    .replace("%1", self._launch[0]))
        helper = QProcess(self)
        helper.readyReadStandardOutput.connect(self._read_lines)
        helper.readyReadStandardError.connect(self._read_stderr)
        helper.errorOccurred.connect(self._helper_error)
        helper.finished.connect(self._helper_finished)
        self._helper = helper
        self._set_connection(ConnectionState.CONNECTING)
        helper.start(self._python, self._arguments)

    def stop(self) -> None:
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.blockSignals(True)
            helper.kill()
            helper.waitForFinished(5000)
            helper.deleteLater()
        # A LibreOffice that this source started stays open: it may hold a deck with
        # unsaved changes, and quitting it is the presenter's to do.
        self._set_show(False)
        self._set_connection(ConnectionState.STOPPED)

    def _read_lines(self) -> None:
        helper = self._helper
        if helper is None:
            return
        while helper.canReadLine():
            raw = bytes(helper.readLine().data()).decode("utf-8", "replace")
            if not raw.strip():
                continue
            try:
                event = parse_helper_line(raw)
            except ValueError as problem:
                if not self._garbled:
                    self._garbled = True
                    self.error.emit(str(problem))
                continue
            self._apply(event)

    def _apply(self, event: HelperEvent) -> None:
        if event.connection is not None:
            if event.connection is not ConnectionState.CONNECTED:
                self._set_show(False)
            self._set_connection(event.connection)
        elif event.show is not None:
            self._set_show(event.show)
        elif event.slide is not None:
            self._set_slide(event.slide)
        elif event.error is not None:
            self.error.emit(f"LibreOffice Impress: {event.error}")

    def _read_stderr(self) -> None:
        if self._helper is not None:
            text = bytes(self._helper.readAllStandardError().data()).decode("utf-8", "replace")
            self._stderr = (self._stderr + text)[-_STDERR_KEPT:]

    def _give_up(self, message: str) -> None:
        helper, self._helper = self._helper, None
        if helper is not None:
            helper.deleteLater()
        self._set_show(False)
        self._set_connection(ConnectionState.FAILED)
        self.error.emit(message)

    def _helper_error(self, problem: QProcess.ProcessError) -> None:
        if problem == QProcess.ProcessError.FailedToStart and self._helper is not None:
            self._give_up(translate(
                "SlideSources", "cannot run %1 for LibreOffice Impress (%2); set %3 to a "
                "Python that can import uno")
                .replace("%1", self._python).replace("%2", self._helper.errorString())
                .replace("%3", UNO_PYTHON_ENV))

    def _helper_finished(self, status: int, _exit: QProcess.ExitStatus) -> None:
        if self._helper is None:
            return
        self._read_lines()
        self._read_stderr()
        if status == NO_UNO_STATUS:
            message = (translate("SlideSources", "%1 cannot import uno (Debian/Ubuntu: "
                                 "install python3-uno; or set %2)")
                       .replace("%1", self._python).replace("%2", UNO_PYTHON_ENV))
        else:
            message = (translate("SlideSources",
                                 "the LibreOffice Impress helper stopped (exit status %1)")
                       .replace("%1", str(status)))
        tail = self._stderr.strip().splitlines()[-3:]
        if tail:
            message += ": " + " / ".join(tail)
        self._give_up(message)
