"""Programmes run on a day or at an hour that is not theirs: timed from the start, and said so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.clock import FakeClock
from facilitator.core.journal import read_session
from facilitator.core.report import build_report
from facilitator.core.report_render import render
from facilitator.ui.review import ReviewWindow
from tests.ui.fakes import CannedAsker

from .harness import App, at
from .status import status_of


def test_the_bundled_meeting_started_at_02_19_is_timed_from_its_start(qtbot, home):
    """A rehearsal in the night: the bundled klyngemøde (planned 17:00) started at 02:19.

    What the facilitator sees: before the start, "Planned 17:00 · timed from
    the start"; a minute into the introduction "On time", with "planned 17:00
    · timed from start 02:19", and C says no plan is needed; 9 minutes over
    the 10-minute block it says "9 minutes behind" (not "864 minutes ahead")
    and C offers a plan. `facilitator status` and the report say the same.
    """
    app = App(qtbot, home, clock=FakeClock(start=at("2026-11-23", "02:19")))
    assert app.text("schedule") == "Planned 17:00 · timed from the start · starting now ends 04:49"
    assert app.window.from_start_action.isChecked()
    assert app.window.from_start_action.isEnabled()
    app.press(Qt.Key.Key_Space)
    assert not app.window.from_start_action.isEnabled()  # fixed once the meeting runs
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Introduktion"
    app.minutes(1)
    assert app.text("schedule") == "On time · ends 04:49 · planned 17:00 · timed from start 02:19"
    app.press(Qt.Key.Key_C)
    assert app.asker.asked == []
    assert app.window.statusBar().currentMessage() == "On time: no catch-up plan needed."

    app.minutes(18)  # 19 minutes into the 10-minute introduction
    assert app.text("timer") == "+09:00"
    assert app.text("schedule") == \
        "9 minutes behind · ends 04:58 (planned 04:49) · planned 17:00 · timed from start 02:19"
    app.press(Qt.Key.Key_C)  # now the plan is offered (and declined)
    assert len(app.asker.asked) == 1 and "on time" in app.asker.asked[0]
    start = [r for r in app.records() if r.get("type") == "start"][0]
    assert start["schedule"] == "from_start"

    status = status_of(app, "--json")
    assert status["code"] == 0
    state = status["json"]
    assert state["schedule"] == "from_start"
    assert state["programme_start"].startswith("2026-11-22T17:00")
    assert state["planned_start"].startswith("2026-11-23T02:19")
    assert round(state["delay_minutes"]) == 9 and state["ahead_behind"] == "behind"
    assert state["block"]["title"] == "Introduktion"
    assert state["block"]["remaining_seconds"] == -540.0
    text = status_of(app, "--lang", "da")
    assert text["code"] == 0
    assert "Punkt 2 af 6: Introduktion" in text["out"]
    assert "Over tiden: +09:00 (planlagt 10 min.)" in text["out"]
    assert "Tidsplan: 9 minutter bagud, slutter 04:58 (planlagt 04:49)" in text["out"]
    assert "Timet fra starten kl. 02:19 (programmet planlagde 17:00)" in text["out"]
    app.close()

    report = build_report(read_session(app.sessions()[-1]))
    assert report.schedule == "from_start"
    assert report.start_delay_minutes == 0
    assert "timet fra starten i stedet for kl. 17:00 som planlagt" in render(report, "text", "da")
    review = ReviewWindow(home / "sessions", "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert review.select_session(app.sessions()[-1])
    facts = review.meeting_facts.text()
    assert "Start: 02:19 (timed from the start instead of the planned 17:00)" in facts
    # Not finished: the last record is no end time.
    assert "End: planned 04:49, not yet (last logged 02:38)" in facts


def test_last_years_course_day_is_timed_from_its_start(qtbot, home, tmp_path):
    """A course day written for 4 March 2025 at 09:00, run again on 22 November 2026 at 10:12.

    What the facilitator sees: one minute in, "On time" and "planned 09:00 ·
    timed from start 10:12" (not "988889 minutes behind"), and C says no plan
    is needed.
    """
    programme = tmp_path / "kursusdag.yaml"
    programme.write_text(
        'title: "Kursusdag"\ndate: "2025-03-04"\nstart: "09:00"\nblocks:\n'
        '  - {title: "Velkomst", minutes: 60, kind: talk}\n'
        '  - {title: "Gruppearbejde", minutes: 60, kind: group}\n'
        '  - {title: "Opsamling", minutes: 75, kind: plenary}\n', encoding="utf-8")
    app = App(qtbot, home, args=[str(programme)],
              clock=FakeClock(start=at("2026-11-22", "10:12")))
    app.press(Qt.Key.Key_Space)
    app.minutes(1)
    assert app.text("schedule") == "On time · ends 13:27 · planned 09:00 · timed from start 10:12"
    app.press(Qt.Key.Key_C)
    assert app.asker.asked == []
    app.close()
