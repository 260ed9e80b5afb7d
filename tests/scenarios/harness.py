"""The app as a facilitator meets it: composed by `facilitator.app`, on a fake clock.

A scenario builds the real window through the composition root (the same
`compose` that `facilitator` runs), with a fake clock, canned answers to
questions and a data folder of its own, then plays the meeting by keys and
clock, and reads what the facilitator sees: label texts, enabled actions,
the journal on disk.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from facilitator.app import AppParts, begin, compose
from facilitator.cli import app_parser
from facilitator.core.clock import FakeClock
from tests.ui.fakes import CannedAsker

ROOT = Path(__file__).resolve().parents[2]
AGENDAS = ROOT / "agendas"
KLYNGEMOEDE = AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml"
CET = timezone(timedelta(hours=1))
T = TypeVar("T")


def at(day: str, clock: str, tz: timezone = CET) -> datetime:
    """`at("2026-11-22", "17:00")`: an aware wall time, Danish winter time by default."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)


class App:
    """One copy of the app: its window, its clock, its answers to questions.

    `args` are the command-line arguments the facilitator typed (without
    `--data-dir`, which `home` gives). `answers` are the choices given to
    questions in order (None = cancel); `asker.asked` keeps what was asked.
    `sound_backend` is the sound output (tests/ui/fake_audio.py's FakeAudio);
    without one the alerts are silent, as before the real output loads.
    `slide_source` is the slide show followed (facilitator/slides/source.py's
    FakeSlideSource); without one, what `--slides` names (none by default).
    `remote_server` makes the phone remote's server (tests/remote/fake_server.py's
    FakeRemoteServer); without one, the real one on QtNetwork when it is started.
    """

    def __init__(self, qtbot: Any, home: Path, args: list[str] | tuple[str, ...] = (),
                 clock: FakeClock | None = None, answers: list[int | None] | tuple = (),
                 show: bool = True, sound_backend: Any = None,
                 slide_source: Any = None, remote_server: Any = None) -> None:
        self.qtbot = qtbot
        self.home = home
        self.clock = clock or FakeClock(start=at("2026-11-22", "17:00"))
        self.asker = CannedAsker(answers)
        self.options = app_parser().parse_args([*args, "--data-dir", str(home)])
        parts = compose(self.options, sounds={}, base_clock=self.clock, asker=self.asker,
                        sound_backend=sound_backend, slide_source=slide_source,
                        remote_server=remote_server)
        assert not isinstance(parts, int), f"the app refused to open: exit {parts}"
        self.parts: AppParts = parts
        self.window = parts.window
        qtbot.addWidget(self.window)
        if show:
            self.window.show()
            qtbot.waitExposed(self.window)
            # Shortcuts reach only the active window.
            self.window.activateWindow()
            qtbot.waitUntil(self.window.isActiveWindow)
        begin(parts, self.options)

    # ---------------------------------------------------------------- playing

    @property
    def bridge(self) -> Any:
        return self.window.bridge

    @property
    def engine(self) -> Any:
        return self.bridge.engine

    def advance(self, seconds: float) -> None:
        """Time passes in the room; the window catches up as its timer would."""
        self.clock.advance(seconds)
        self.bridge.refresh()

    def minutes(self, minutes: float) -> None:
        self.advance(minutes * 60)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        """A key pressed on the main window, as the facilitator would."""
        self.activate()
        self.qtbot.keyClick(self.window, key, modifiers)

    def activate(self) -> None:
        """Bring this copy's window to the front (shortcuts reach only the active window)."""
        if self.window.isVisible() and not self.window.isActiveWindow():
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)

    def open(self, path: Path | str) -> bool:
        """A programme opened from the window (Ctrl+O, a drop, a recent file all end here)."""
        return bool(self.window.open_programme(Path(path)))

    def click(self, name: str) -> None:
        """A click on the button named `name` (objectName), which must be visible and enabled."""
        button = self.window.findChild(QAbstractButton, name)
        assert button is not None, f"no button named {name!r}"
        assert button.isVisible(), f"{name!r} is not shown"
        assert button.isEnabled(), f"{name!r} is not enabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def press_on(self, widget: QWidget, key: Qt.Key,
                 modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key pressed on another window of the app (the projector countdown, say)."""
        self.qtbot.keyClick(widget, key, modifiers)

    def close(self) -> None:
        """Closed without questions, as at the end of the day (or a kill, for the journal)."""
        self.window.shutdown()
        self.window.hide()

    def kill(self) -> None:
        """The process dies mid-meeting (kill -9, a crash): nothing more is written or saved.

        The window is dropped without finishing the meeting or saving settings;
        the journal keeps exactly what was written, and its file is let go as
        the system would let go of a dead process's files.
        """
        self.bridge.stop()
        self.window.session.close()
        self.window.hide()

    # ---------------------------------------------------------------- reading

    def text(self, name: str) -> str:
        """The text of the widget named `name` (objectName) in the main window."""
        widget = self.window.findChild(QWidget, name)
        assert widget is not None, f"no widget named {name!r}"
        if isinstance(widget, QLabel):
            return widget.text()
        text = getattr(widget, "text", None) or getattr(widget, "toPlainText", None)
        assert text is not None, f"{name!r} shows no text"
        return str(text())

    def shown(self, name: str) -> bool:
        """Whether the widget named `name` is there and visible in the main window."""
        widget = self.window.findChild(QWidget, name)
        return widget is not None and widget.isVisible()

    def status(self) -> str:
        """The status bar's message now."""
        return str(self.window.statusBar().currentMessage())

    def visible_texts(self) -> list[str]:
        """Every label the facilitator can see in the main window, top to bottom."""
        labels = [w for w in self.window.findChildren(QLabel) if w.isVisible() and w.text()]
        labels.sort(key=lambda w: (w.mapTo(self.window, w.rect().topLeft()).y(),
                                   w.mapTo(self.window, w.rect().topLeft()).x()))
        return [w.text() for w in labels]

    @property
    def projector(self) -> Any:
        """The projector countdown (built on first use, shown or not)."""
        return self.window.projector_view()

    @property
    def compact(self) -> Any:
        """The compact view (built on first use, shown or not)."""
        return self.window.compact_view()

    def figures(self) -> dict[str, str]:
        """The running figure on each face: the main window, the compact view, the projector.

        The views are built if they were not, and follow the meeting whether
        shown or not; the projector shows "" in an untimed block.
        """
        compact, projector = self.compact, self.projector
        self.bridge.refresh()  # a face built just now draws the moment too
        return {"main": self.window.timer_label.text(),
                "compact": compact.time_label.text(),
                "projector": projector.countdown_label.text()}

    def figure(self) -> str:
        """The one figure all three faces show; fails when they disagree."""
        shown = self.figures()
        assert len(set(shown.values())) == 1, f"the faces disagree: {shown}"
        return shown["main"]

    def active_window(self) -> QWidget | None:
        return QApplication.activeWindow()

    def read_preferences(self, read: Callable[[QDialog], T]) -> T:
        """Open Preferences from the menu, `read` what it shows, and cancel it.

        Offscreen, showing the dialog makes Qt warn "This plugin does not support
        propagateSizeHints()": a scenario that uses this ignores that message.
        """
        seen: list[T] = []

        def read_and_cancel() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog), "Preferences did not open"
            try:
                seen.append(read(dialog))
            finally:
                dialog.reject()

        QTimer.singleShot(0, read_and_cancel)
        self.window.preferences_action.trigger()
        assert seen, "Preferences could not be read"
        # Back to the main window, as when the dialog closes on a real desktop.
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        return seen[0]

    def change_preferences(self, change: Callable[[QDialog], None]) -> None:
        """Open Preferences from the menu, `change` what it shows, and press OK.

        The same offscreen warning as `read_preferences` comes with it.
        """
        done: list[bool] = []

        def change_and_accept() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog), "Preferences did not open"
            try:
                change(dialog)
            except BaseException:
                dialog.reject()
                raise
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            done.append(True)

        QTimer.singleShot(0, change_and_accept)
        self.window.preferences_action.trigger()
        assert done, "Preferences could not be changed"
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)

    def sessions(self) -> list[Path]:
        """The journals on disk, oldest first."""
        return sorted((self.home / "sessions").glob("*.jsonl"))

    def records(self, journal: Path | None = None) -> list[dict[str, Any]]:
        """The journal's records (the last session's unless one is named)."""
        path = journal or self.sessions()[-1]
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
        return out


def top_level_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
