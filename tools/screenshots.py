"""Screenshots of the real window at moments of a meeting, for docs/screenshots and the tests.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py docs/screenshots
The meeting runs on a fake clock, so the pictures are the same every time.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.programme_file import LoadedProgramme, load_programme
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge
from facilitator.ui.i18n import install_translators
from facilitator.ui.main_window import MainWindow, MeetingSession

SIZE = (1100, 760)


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(window: QWidget, app: QApplication, path: Path) -> None:
    """Save what the display shows of `window` (the widget's own grab if that fails)."""
    settle(app)
    window.repaint()
    settle(app)
    screen = window.screen() or QGuiApplication.primaryScreen()
    # Grab from the screen, not the widget: this is what the display really shows.
    frame = window.frameGeometry()
    picture = screen.grabWindow(0, frame.x() - screen.geometry().x(),
                                frame.y() - screen.geometry().y(), frame.width(), frame.height())
    if picture.isNull() or picture.width() < 100:
        picture = window.grab()
    picture.save(str(path))


def start_tool(argv: list[str], default_language: str) -> tuple[Path, str, str, QApplication]:
    """The output folder, language, file-name suffix and application of a screenshot tool."""
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    language = argv[2] if len(argv) > 2 else default_language
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"
    return out, language, suffix, app


def fake_meeting() -> tuple[FakeClock, LoadedProgramme, MeetingBridge]:
    """The bundled klyngemøde on a fake clock, starting three minutes late."""
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 3, tzinfo=timezone(timedelta(hours=1))))
    loaded = load_programme(None)
    return clock, loaded, MeetingBridge(MeetingEngine(loaded.agenda, clock))


def main(argv: list[str]) -> int:
    out, _language, suffix, app = start_tool(argv, "en")
    clock, loaded, bridge = fake_meeting()
    session = MeetingSession(loaded.agenda, bridge, loaded.source,
                             lambda: "Log: ~/.local/share/facilitator/sessions/"
                                     "2026-11-22T17-03-00_samarbejde-og-faellesskab.jsonl",
                             lambda: None)
    window = MainWindow(session, Settings(None), lambda path: session)
    window.resize(*SIZE)
    window.move(20, 20)
    window.show()
    shoot(window, app, out / f"before-start{suffix}.png")

    bridge.start()
    clock.advance(4 * 60)  # "Opfølgning fra sidste møde" takes four minutes
    bridge.next_block()
    clock.advance(10 * 60 + 30)
    bridge.next_block()  # Blok 1
    clock.advance(21 * 60 + 14)
    bridge.refresh()
    window._end_flash()
    shoot(window, app, out / f"mid-block{suffix}.png")

    clock.advance(41 * 60)
    bridge.refresh()
    window._end_flash()
    shoot(window, app, out / f"warning{suffix}.png")

    clock.advance(6 * 60 + 12)
    bridge.refresh()
    window._end_flash()
    shoot(window, app, out / f"overrun{suffix}.png")

    window.toggle_help()
    shoot(window, app, out / f"shortcuts{suffix}.png")
    window.toggle_help()

    for _ in range(4):
        clock.advance(20 * 60)
        bridge.next_block()
    bridge.next_block()
    window._end_flash()
    shoot(window, app, out / f"finished{suffix}.png")
    bridge.stop()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
