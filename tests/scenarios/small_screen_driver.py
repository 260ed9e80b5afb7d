"""Plays a meeting through the real window on whatever screen it is given; reports clipping.

Run in a subprocess on an Xvfb screen of the size under test (the offscreen
platform has one screen of a fixed size):

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.scenarios.small_screen_driver OUT [SCALE]

It composes the app as `facilitator` does (fake clock, Danish, "Stop op i
klyngen" with its long notes), clicks the window's buttons through a
meeting, and at each moment checks every window with `clipping_problems`,
measures the big timer's share of the window, and saves a screenshot.
OUT/result.json holds, per moment: the problems, the window's and the
screen's geometry and the timer's share.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.app import begin, compose
from facilitator.cli import app_parser
from facilitator.core.clock import FakeClock
from facilitator.ui.import_dialog import ImportDialog
from facilitator.ui.preferences import PreferencesDialog
from facilitator.ui.review import chart_image, open_review_window
from tests.ui.clipping import clipping_problems
from tests.ui.fake_audio import FakeAudio
from tests.ui.fakes import CannedAsker

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = ROOT / "agendas" / "stop-op-i-klyngen.yaml"
CET = timezone(timedelta(hours=1))
#: Tables whose columns may scroll sideways by design (one column per meeting).
SCROLLING_TABLES = ("seriesTable",)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def chart_problems(chart: Any) -> list[str]:
    """Words of the review's chart cut short ("…") at the size it is shown."""
    placed: list[Any] = []
    chart_image(chart.report, chart.width(), chart.height(), placed=placed)
    return [f"the chart's {p.kind} text {p.text!r} is cut short" for p in placed
            if p.text.endswith("…")]


class Driver:
    """The app on this display, and what was seen at each moment."""

    def __init__(self, out: Path, scale: float) -> None:
        self.out = out
        self.results: dict[str, Any] = {}
        home = out / "home"
        # Private from the start, as the app would make them (no "was open to others").
        for folder in (home, home / "config", home / "sessions"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
        (home / "config" / "settings.json").write_text(json.dumps(
            {"version": 1, "values": {"font_scale": scale, "sounds": False, "theme": "light"}}),
            encoding="utf-8")
        self.home = home
        self.clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
        # The app scales the font it finds; each copy opened here must find the
        # system's, as a fresh process would.
        made = QApplication.instance() or QApplication(sys.argv[:1])
        self.system_font = QFont(made.font())
        parts = self.compose()
        self.parts = parts
        self.app: QApplication = parts.app
        self.window = parts.window
        self.sessions_dir = parts.paths.sessions_dir

    def compose(self) -> Any:
        """The app as `facilitator stop-op-i-klyngen.yaml --lang da` opens it, on a laptop
        without a sound output (its lasting notice sits in the status bar)."""
        options = app_parser().parse_args([str(PROGRAMME), "--lang", "da",
                                           "--data-dir", str(self.home)])
        self.asker = CannedAsker()
        QApplication.setFont(self.system_font)
        parts = compose(options, sounds={}, base_clock=self.clock, asker=self.asker,
                        sound_backend=FakeAudio(device=None))
        assert not isinstance(parts, int), parts
        begin(parts, options)
        return parts

    def settle(self, rounds: int = 30) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def show(self, window: QWidget) -> None:
        window.show()
        for _ in range(200):
            self.settle(2)
            handle = window.windowHandle()
            if handle is not None and handle.isExposed():
                break
            QTest.qWait(5)  # a real display: the server answers in its own time
        self.settle()

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.window.bridge.refresh()
        self.settle()

    def click(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def look(self, name: str, window: QWidget) -> None:
        """Check `window` as shown now and keep a screenshot of it."""
        self.settle()
        screen = window.screen() or QGuiApplication.primaryScreen()
        seen: dict[str, Any] = {
            "problems": clipping_problems(window, SCROLLING_TABLES),
            "frame": _rect(window.frameGeometry()),
            "available": _rect(screen.availableGeometry()),
            "screen": _rect(screen.geometry()),
        }
        if window is self.window:
            seen["sound_notice"] = self._inside(self.window.sound_notice)
            bar = self.window.findChild(QWidget, "resumeBar")
            seen["resume_bar"] = bar is not None and self._inside(bar)
            timer = self.window.timer_frame
            central = self.window.centralWidget()
            seen["timer_share"] = timer.height() / max(1, central.height())
            seen["timer_pixel_size"] = self.window.timer_label.font().pixelSize()
            seen["page"] = self.window.pages.currentIndex()
            seen["timer_text"] = self.window.timer_label.text()
            # What the issue saw cut off at 1024×768: the clock, the Kind column, Note….
            seen["clock"] = self._inside(self.window.clock_label)
            seen["note_button"] = self._inside(self.window.note_button)
            table = self.window.overview_table
            kind = table.horizontalHeader()
            seen["kind_column"] = (kind.sectionViewportPosition(4) + kind.sectionSize(4)
                                   <= table.viewport().width())
        chart = getattr(window, "chart", None)
        if chart is not None and chart.isVisible() and chart.report is not None:
            seen["problems"].extend(chart_problems(chart))
        self.results[name] = seen
        frame = window.frameGeometry()
        corner = frame.topLeft() - screen.geometry().topLeft()
        picture = screen.grabWindow(0, corner.x(), corner.y(), frame.width(), frame.height())
        if picture.isNull() or picture.width() < 50:
            picture = window.grab()
        picture.save(str(self.out / f"{name}.png"))

    def _inside(self, widget: QWidget) -> bool:
        corner = widget.mapTo(self.window, QPoint(0, 0))
        return widget.isVisible() and self.window.rect().contains(QRect(corner, widget.size()))

    def play(self) -> None:
        w = self.window
        self.show(w)
        w.activateWindow()
        self.look("before-start", w)

        self.click(w.start_button)
        self.advance(3 * 60)
        self.look("first-block", w)

        self.click(w.next_button)
        self.click(w.next_button)
        self.advance(42 * 60)  # the block of three steps, into its last step and warning
        self.look("steps-warning", w)
        self.advance(12 * 60)
        self.look("overrun", w)

        w.toggle_compact()
        compact = w.compact_view()
        self.show(compact)
        self.look("compact", compact)
        w.toggle_compact()

        # One screen: F5 offers the countdown full screen here; accepted.
        self.asker.answers.append(0)
        w.toggle_projector()
        projector = w.projector_view()
        assert projector.filling_control_screen, "F5 did not offer the full-screen countdown"
        self.show(projector)
        self.look("projector", projector)
        projector.close()
        self.settle()

        screens = [s.name() for s in QGuiApplication.screens()]
        preferences = PreferencesDialog(self.parts.settings, screens, w)
        self.show(preferences)
        self.look("preferences", preferences)
        preferences.reject()

        importer = ImportDialog(w, PROGRAMME.read_text(encoding="utf-8").split("blocks:")[0])
        self.show(importer)
        importer.refresh()
        self.look("import", importer)
        importer.reject()

        self.click(w.next_button)
        self.advance(20 * 60)
        self.click(w.next_button)
        self.click(w.next_button)
        self.look("finished", w)

        review = open_review_window(w, self.sessions_dir)
        self.show(review)
        review.sessions_table.selectRow(0)
        self.look("review-meeting", review)
        review.tabs.setCurrentIndex(1)
        self.look("review-series", review)
        review.close()

        # A window saved on a larger screen comes back inside this one.
        w.setGeometry(QRect(QPoint(200, 150), w.size().grownBy(w.contentsMargins()) * 2))
        w.hide()
        self.show(w)
        self.look("restored-large", w)
        w.shutdown()
        w.hide()

        # Another meeting, left running when the app is quit ("resume later"),
        # then the app opened again: the resume bar above the timer.
        second = self.compose()
        self.window = second.window
        self.show(second.window)
        self.click(second.window.start_button)
        self.advance(4 * 60)
        second.window.shutdown()
        second.window.hide()
        third = self.compose()
        self.window = third.window
        self.show(third.window)
        self.look("resume-offer", third.window)
        third.window.shutdown()
        third.window.hide()


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    scale = float(argv[2]) if len(argv) > 2 else 1.0
    out.mkdir(parents=True, exist_ok=True)
    driver = Driver(out, scale)
    driver.play()
    (out / "result.json").write_text(json.dumps(driver.results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
