"""The review window on damaged journals (issue 12): it opens, draws, and says what it skipped."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.ui.review import BlocksModel, ReviewWindow
from facilitator.ui.text import MAX_SHOWN, countdown, minutes_text, whole

from ..damaged_journals import damaged_meeting
from .fakes import CannedAsker

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, tzinfo=CET)
AGENDA = agenda_from_mapping({"title": "Klyngemøde", "start": "17:00", "blocks": [
    {"title": "Velkommen", "minutes": 10}, {"title": "Drøftelse", "minutes": 20}]})


def column(model, index):
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


@pytest.mark.parametrize("huge", [0, 20 * 1024 * 1024])
def test_a_damaged_journal_is_reviewed_with_a_warning(qtbot, tmp_path, huge):
    path = damaged_meeting(tmp_path, AGENDA, T0, huge_line_bytes=huge)
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    assert review.sessions_proxy.rowCount() == 1
    assert column(review.blocks_model, BlocksModel.ACTUAL) == ["12.0", "13.0"]
    assert "Length: planned 30 min, actual 25 min (−5 min)" in review.meeting_facts.text()
    assert not review.problems_label.isHidden()
    assert path.name in review.problems_label.text()
    assert any(p.startswith(f"{path}:7: warning:") for p in review.problems)
    assert not review.chart.to_image(600, 420).isNull()
    assert not review.grab().isNull()


@pytest.mark.parametrize("value", [1e308, -1e308, math.inf, -math.inf, math.nan, 10**400])
def test_the_words_for_the_screen_never_overflow_a_qt_integer(qapp, value):
    assert abs(whole(value)) <= MAX_SHOWN
    assert minutes_text(value)
    assert countdown(value)
