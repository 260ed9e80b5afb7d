"""Screenshots of the review window on five logged klyngemøder, for docs/screenshots.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1400x960x24" .venv/bin/python tools/screenshots_review.py \\
        docs/screenshots en
It writes review.png (one meeting) and review-series.png (the series and its
calibration) from journals it makes itself, so the pictures are the same every time,
and review-running.png: a sixth meeting still running, 46 minutes in.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

# tools/ is on sys.path when a tool runs as a script.
from screenshots import shoot, start_tool

from facilitator.core.agenda import Agenda
from facilitator.core.journal import SessionJournal
from facilitator.programme_file import load_programme
from facilitator.ui.review import ReviewWindow

SIZE = (1360, 920)
CET = timezone(timedelta(hours=1))

#: Five klyngemøder of the bundled programme: when they started, and the
#: minutes each block took (Opfølgning, Introduktion, Blok 1, Pause, Blok 2,
#: Blok 3). Blok 1 ran over in four of them by a median of 7 minutes.
RUNS: list[tuple[datetime, list[float]]] = [
    (datetime(2026, 1, 20, 17, 2, tzinfo=CET), [4, 11, 71, 15, 24, 33]),
    (datetime(2026, 3, 17, 17, 5, tzinfo=CET), [6, 10, 74, 16, 25, 31]),
    (datetime(2026, 5, 12, 17, 0, tzinfo=timezone(timedelta(hours=2))), [3, 10, 63, 15, 27, 34]),
    (datetime(2026, 9, 8, 17, 3, tzinfo=timezone(timedelta(hours=2))), [5, 12, 72, 14, 23, 35]),
    (datetime(2026, 11, 3, 17, 4, tzinfo=CET), [4, 10, 72, 16, 22, 33]),
]


def write_meeting(folder: Path, agenda: Agenda, start: datetime, minutes: list[float],
                  number: int) -> None:
    journal = SessionJournal.create(folder, agenda, now=start, app_version="0.1.0",
                                    agenda_source="<bundled>/klyngemoede.yaml")
    t = 0.0

    def add(kind: str, block: int | None, **data: Any) -> None:
        journal.append({"t": (start + timedelta(seconds=t)).isoformat(timespec="milliseconds"),
                        "elapsed": t, "type": kind, "block": block, **data})

    add("start", 0)
    for index, length in enumerate(minutes):
        add("block_start", index, reason="start" if index == 0 else "next")
        if index == 1 and number == 2:
            add("resumed_after_crash", 1, gap_seconds=40)
        if index == 2:
            t += 34 * 60
            if length - agenda.blocks[2].minutes > 5:
                add("note", 2, text="Mange erfaringer at dele", reason="discussion")
            if number == 4:
                add("pause", 2)
                t += 2 * 60
                add("resume", 2)
                add("adjust", 2, minutes=5)
                t += (length - 36) * 60
                add("note", 2, text="Video ville ikke starte", reason="technical")
                continue
            t += (length - 34) * 60
            continue
        if index == 4 and number == 4:
            add("plan_applied", 4, changes=[{"block": 4, "minutes": -3},
                                            {"block": 5, "minutes": -2}], delay_minutes=11)
        t += length * 60
    add("finish", len(minutes) - 1)
    journal.close()


def write_running(folder: Path, agenda: Agenda) -> None:
    """A klyngemøde still running: the follow-up took 4 minutes, the introduction 12,
    and Blok 1 has run 30 when the review is opened; three blocks are to come."""
    start = datetime(2026, 11, 24, 17, 1, tzinfo=CET)
    journal = SessionJournal.create(folder, agenda, now=start, app_version="0.1.0",
                                    agenda_source="<bundled>/klyngemoede.yaml")
    for minutes, kind, block in ((0, "start", 0), (0, "block_start", 0), (4, "block_start", 1),
                                 (16, "block_start", 2), (46, "note", 2)):
        extra = {"text": "Gode spørgsmål"} if kind == "note" else {}
        journal.append({"t": (start + timedelta(minutes=minutes)).isoformat(
            timespec="milliseconds"), "elapsed": minutes * 60.0, "type": kind,
            "block": block, **extra})
    journal.close()


def main(argv: list[str]) -> int:
    out, language, suffix, app = start_tool(argv, "en")
    agenda = load_programme(None).agenda
    with tempfile.TemporaryDirectory() as folder:
        sessions = Path(folder) / "sessions"
        for number, (start, minutes) in enumerate(RUNS):
            write_meeting(sessions, agenda, start, minutes, number)
        window = ReviewWindow(sessions, language)
        window.resize(*SIZE)
        window.move(10, 10)
        window.show()
        window.programme_combo.setCurrentIndex(1)
        # The temporary folder's name would only distract in the docs.
        window.statusBar().showMessage(
            f"{len(RUNS)} meetings in ~/.local/share/facilitator/sessions")
        shoot(window, app, out / f"review{suffix}.png")
        window.tabs.setCurrentIndex(1)
        shoot(window, app, out / f"review-series{suffix}.png")
        write_running(sessions, agenda)
        window.reload()
        window.programme_combo.setCurrentIndex(0)
        window.sessions_table.selectRow(0)
        window.tabs.setCurrentIndex(0)
        window.statusBar().showMessage(
            f"{len(RUNS) + 1} meetings in ~/.local/share/facilitator/sessions")
        shoot(window, app, out / f"review-running{suffix}.png")
        window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
