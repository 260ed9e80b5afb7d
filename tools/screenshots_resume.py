"""Screenshots of the resume offer and of a meeting held by another copy, for docs/screenshots.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_resume.py \\
        docs/screenshots [da|en]
The app is composed as `facilitator` composes it, on a fake clock and a data
folder of its own, so the pictures are the same every time (but for the process id).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer

from facilitator.app import AppParts, begin, compose
from facilitator.cli import app_parser
from facilitator.core.clock import FakeClock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import SIZE, shoot, start_tool  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
STOP_OP = ROOT / "agendas" / "stop-op-i-klyngen.yaml"
CET = timezone(timedelta(hours=1))


def _open(home: Path, args: list[str], clock: FakeClock, language: str) -> AppParts:
    options: argparse.Namespace = app_parser().parse_args(
        [*args, "--data-dir", str(home), "--lang", language])
    parts = compose(options, sounds={}, base_clock=clock)
    assert not isinstance(parts, int)
    parts.window.resize(*SIZE)
    parts.window.move(20, 20)
    parts.window.show()
    begin(parts, options)
    return parts


def main(argv: list[str]) -> int:
    out, language, suffix, app = start_tool(argv, "en")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        clock = FakeClock(start=datetime(2026, 11, 22, 13, 0, tzinfo=CET))
        first = _open(home, [str(STOP_OP), "--start"], clock, language)
        clock.advance(5 * 60)
        first.window.bridge.next_block()
        clock.advance(3 * 60)
        first.window.bridge.refresh()

        # A second copy on the same data folder while the first still has the meeting.
        second = _open(home, [str(STOP_OP)], FakeClock(start=datetime(2026, 11, 22, 13, 9,
                                                                      tzinfo=CET)), language)
        shoot(second.window, app, out / f"resume-held{suffix}.png")
        second.window.shutdown()
        second.window.hide()
        first.window.shutdown()  # quit with the meeting unfinished: "resume later"
        first.window.hide()

        later = _open(home, [str(STOP_OP)], FakeClock(start=datetime(2026, 11, 22, 13, 20,
                                                                     tzinfo=CET)), language)
        shoot(later.window, app, out / f"resume-offer{suffix}.png")
        later.window.shutdown()
        later.window.hide()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
