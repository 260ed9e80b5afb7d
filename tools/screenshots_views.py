"""Screenshots of the compact view and the projector countdown, for docs/screenshots.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python tools/screenshots_views.py \\
        docs/screenshots da
The meeting runs on a fake clock, so the pictures are the same every time.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

# tools/ is on sys.path when a tool runs as a script.
from screenshots import fake_meeting, shoot, start_tool

from facilitator.settings import Settings
from facilitator.ui.compact import CompactView
from facilitator.ui.projector import ProjectorView

COMPACT_SIZE = (240, 96)


def main(argv: list[str]) -> int:
    out, _language, suffix, app = start_tool(argv, "da")
    clock, _loaded, bridge = fake_meeting()
    settings = Settings(None)

    bridge.start()
    clock.advance(4 * 60)  # "Opfølgning fra sidste møde"
    bridge.next_block()
    clock.advance(10 * 60 + 30)
    bridge.next_block()  # Blok 1: video, answers, then twelve minutes of group work
    clock.advance(13 * 60 + 4 * 60 + 18)
    bridge.refresh()

    projector = ProjectorView(bridge, settings, None, theme="dark")
    projector.choose_screen(QGuiApplication.primaryScreen())
    shoot(projector, app, out / f"projector{suffix}.png")
    projector.close()

    clock.advance(60 * 60 - (13 * 60 + 4 * 60 + 18) + 48)  # four minutes left: a warning
    bridge.refresh()
    compact = CompactView(bridge, settings, theme="light")
    compact.resize(*COMPACT_SIZE)
    compact.move(40, 40)
    compact.show()
    compact.end_flash()
    shoot(compact, app, out / f"compact{suffix}.png")
    compact.close()

    bridge.stop()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
