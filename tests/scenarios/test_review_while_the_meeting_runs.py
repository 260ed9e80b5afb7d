"""Half way through a meeting the facilitator opens the review to see where the time went."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.ui.review import BlocksModel, ReviewWindow, SessionsModel
from tests.ui.test_plain_text_everywhere import shows_as_typed

from .harness import App

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")

OPENING = "Opfølgning <b>fra</b> sidste møde"
INTRO = '<a href="http://example.org">Introduktion</a>'
BLOCK_1 = '<img src="/nonexistent/logo.png"> Blok 1'
PROGRAMME = f"""
title: "Klyngemøde <i>efterår</i>"
start: "17:00"
blocks:
  - title: '{OPENING}'
  - title: '{INTRO}'
    minutes: 10
  - title: '{BLOCK_1}'
    minutes: 65
  - title: Pause
    minutes: 15
    kind: break
  - title: Blok 2
    minutes: 25
  - title: Blok 3
    minutes: 35
"""



def column(model, number):
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def test_the_review_mid_meeting_shows_what_is_to_come_and_the_time_so_far(
        qtbot, home, tmp_path, danish):
    """A klyngemøde at 17:00: the untimed follow-up takes 4 minutes, the introduction 12 of
    its 10, and Blok 1 has run 30 of its 65 when the facilitator presses Ctrl+L.

    What they see in the review: the three blocks not reached are "kommer" (not "sprunget
    over" with −15, −25 and −35), the untimed follow-up has no red overrun, Blok 1 shows
    "30,0 indtil nu" and no difference yet, and the totals are so far: 46 minutes against
    the 40 planned for that time, +6 (not −104 against the whole 150). Titles typed with
    markup show as typed, in the table and in its tooltips. The meeting runs on.
    """
    programme = tmp_path / "klyngemoede.yaml"
    programme.write_text(PROGRAMME, encoding="utf-8")
    app = App(qtbot, home, [str(programme), "--lang", "da"])
    app.press(Qt.Key.Key_Space)
    app.minutes(4)
    app.press(Qt.Key.Key_Right)
    app.minutes(12)
    app.press(Qt.Key.Key_Right)
    app.minutes(30)

    app.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [review] = app.window.findChildren(ReviewWindow)
    assert review.isVisible()
    blocks = review.blocks_model
    assert column(blocks, BlocksModel.BLOCK) == [
        OPENING, INTRO, BLOCK_1, "Pause", "Blok 2", "Blok 3"]
    assert column(blocks, BlocksModel.PLANNED) == ["–", "10,0", "65,0", "15,0", "25,0", "35,0"]
    assert column(blocks, BlocksModel.ACTUAL) == [
        "4,0", "12,0", "30,0 indtil nu", "kommer", "kommer", "kommer"]
    assert column(blocks, BlocksModel.DELTA) == ["", "+2,0", "", "", "", ""]
    colours = [blocks.data(blocks.index(row, BlocksModel.DELTA), Qt.ItemDataRole.ForegroundRole)
               for row in range(blocks.rowCount())]
    assert colours[0] is None and colours[2:] == [None] * 4  # nothing red but the +2
    tips = [shows_as_typed(blocks.data(blocks.index(row, BlocksModel.BLOCK),
                                       Qt.ItemDataRole.ToolTipRole))
            for row in range(blocks.rowCount())]
    assert tips[0] == f"{OPENING}\nafviklet, uden fast tid"
    assert tips[1] == f"{INTRO}\nafviklet"
    assert tips[2] == f"{BLOCK_1}\ni gang"
    assert tips[3] == "Pause\nkommer"

    facts = review.meeting_facts.text()
    assert "Indtil nu: 46 min. mod 40 min. planlagt for den tid (+6 min.)" in facts, facts
    assert "ikke endnu (sidst logget 17:46)" in facts
    assert review.meeting_title.text() == "Klyngemøde <i>efterår</i>"
    sessions = review.sessions_model
    assert sessions.data(sessions.index(0, SessionsModel.OVERRUN)) == "+6 min."
    assert sessions.data(sessions.index(0, SessionsModel.STATUS)) == "ikke afsluttet"
    assert [b.status.value for b in review.chart.report.blocks] == [
        "done", "done", "running", "to_come", "to_come", "to_come"]

    # The meeting was not disturbed: Blok 1 runs on with 35 minutes left.
    review.close()
    assert app.text("blockTitle") == BLOCK_1
    assert app.engine.snapshot().remaining == pytest.approx(35 * 60)
    app.close()
