"""Screenshots of a meeting timed from its start (the bundled klyngemøde at 02:19), for the docs.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_schedule.py \
        docs/screenshots da
The meeting runs on a fake clock, so the pictures are the same every time.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QTimer

# The tools folder is the script's own, so its sibling is importable as it is run.
from screenshots import SIZE, shoot, start_tool

from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.programme_file import load_programme
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge
from facilitator.ui.main_window import MainWindow, MeetingSession


def main(argv: list[str]) -> int:
    out, _language, suffix, app = start_tool(argv, "da")
    clock = FakeClock(start=datetime(2026, 11, 23, 2, 19, tzinfo=timezone(timedelta(hours=1))))
    loaded = load_programme(None)
    bridge = MeetingBridge(MeetingEngine(loaded.agenda, clock))
    session = MeetingSession(loaded.agenda, bridge, loaded.source, lambda: "", lambda: None)
    window = MainWindow(session, Settings(None), lambda path: session)
    window.resize(*SIZE)
    window.move(20, 20)
    window.show()
    bridge.start()
    bridge.next_block()  # the introduction, 10 minutes
    clock.advance(19 * 60)  # 9 minutes over
    bridge.refresh()
    window._end_flash()
    shoot(window, app, out / f"timed-from-start{suffix}.png")
    bridge.stop()
    # The meeting is left running: close the window without its "quit while the meeting
    # runs?" question, which would wait for an answer nobody gives.
    window.shutdown()
    window.hide()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
