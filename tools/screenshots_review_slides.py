"""A screenshot of the review's Slides tab on five klyngemøder run from their slides.

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1400x960x24" .venv/bin/python tools/screenshots_review_slides.py \\
        docs/screenshots da
It writes review-slides-da.png (or review-slides.png in English): the newest
meeting's time per slide and the series' medians, the most time first. The
meetings are played on the real engine on a fake clock, following a show as the
window would, from a fixed plan, so the picture is the same every time.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

# tools/ is on sys.path when a tool runs as a script.
from screenshots import shoot, start_tool

from facilitator.app import load_programme
from facilitator.core.agenda import Agenda
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.journal import SessionJournal
from facilitator.ui.review import ReviewWindow
from facilitator.ui.review_slides import SeriesSlidesModel, SlideTimesModel

SIZE = (1360, 920)
CET = timezone(timedelta(hours=1))

#: Minutes on each slide of the bundled klyngemøde (Introduktion 1-5, Blok 1 6-20,
#: Pause 21, Blok 2 22-28, Blok 3 29-37), the same in every meeting …
BASE: dict[int, float] = {
    1: 2, 2: 2, 3: 1.5, 4: 2, 5: 2, 6: 2, 7: 1.5, 8: 6, 9: 2, 10: 2, 11: 1.5, 12: 2,
    13: 12, 14: 1.5, 15: 5, 16: 2, 17: 2, 18: 1.5, 19: 20, 20: 3, 21: 15, 22: 2, 23: 4,
    24: 2, 25: 2, 26: 2, 27: 1.5, 28: 10, 29: 2, 30: 10, 31: 2, 32: 3, 33: 2, 34: 2,
    35: 3, 36: 4, 37: 3,
}
#: … and what each of five meetings added: the group work on slide 13 keeps running
#: long, the question slide 12 did once.
EXTRA: list[dict[int, float]] = [
    {13: 9, 19: 4, 28: 3},
    {13: 7, 12: 5, 30: 2},
    {13: 2, 19: -3},
    {13: 8, 19: 6, 36: 2},
    {13: 10, 19: 2, 28: 4, 9: 1},
]
STARTS = [datetime(2026, month, 10, 17, 2, tzinfo=CET) for month in (1, 3, 5, 9, 11)]


def play(folder: Path, agenda: Agenda, start: datetime, extra: dict[int, float]) -> None:
    """One meeting on the real engine under follow: the presenter moves slide by slide."""
    clock = FakeClock(start=start)
    engine = MeetingEngine(agenda, clock)
    engine.slide_preference = "follow"
    journal = SessionJournal.create(folder, agenda, now=start, app_version="0.1.0",
                                    agenda_source="<bundled>/klyngemoede.yaml")
    engine.add_listener(journal.append)
    engine.start()
    clock.advance(4 * 60)  # the untimed follow-up, before the show
    engine.tick()
    for number in sorted(BASE):
        engine.slide(number, "impress")
        clock.advance((BASE[number] + extra.get(number, 0)) * 60)
        engine.tick()
    engine.finish()
    journal.close()


def main(argv: list[str]) -> int:
    out, language, suffix, app = start_tool(argv, "da")
    agenda = load_programme(None).agenda
    with tempfile.TemporaryDirectory() as folder:
        sessions = Path(folder) / "sessions"
        for start, extra in zip(STARTS, EXTRA, strict=True):
            play(sessions, agenda, start, extra)
        window = ReviewWindow(sessions, language)
        window.resize(*SIZE)
        window.move(10, 10)
        window.show()
        window.programme_combo.setCurrentIndex(1)
        window.sessions_table.selectRow(0)
        window.tabs.setCurrentWidget(window.slides_panel)
        # The slides that took the most time first, as a facilitator sorts them.
        window.slides_panel.meeting_table.sortByColumn(SlideTimesModel.TIME,
                                                       Qt.SortOrder.DescendingOrder)
        window.slides_panel.series_table.sortByColumn(SeriesSlidesModel.MEDIAN,
                                                      Qt.SortOrder.DescendingOrder)
        # The temporary folder's name would only distract in the docs.
        window.statusBar().showMessage("")
        shoot(window, app, out / f"review-slides{suffix}.png")
        window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
