"""The review of a meeting still running, and a chart whose words all fit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.report import build_report
from facilitator.core.report_render import render_html, text_width
from facilitator.ui.review import BlocksModel, ReviewWindow, SessionsModel, chart_image

from ..core.test_series import FIRST, make_agenda
from .fakes import CannedAsker


def write_log(folder, agenda, steps, finished=False, when=FIRST):
    """A journal: `steps` are (minutes into the meeting, block started); the last
    entry without a block is a note, so the running block has had its time."""
    journal = SessionJournal.create(folder, agenda, now=when)

    def add(minutes, kind, block, **data):
        t = minutes * 60.0
        journal.append({"t": (when + timedelta(seconds=t)).isoformat(timespec="milliseconds"),
                        "elapsed": t, "type": kind, "block": block, **data})

    add(0, "start", 0)
    for minutes, block in steps:
        if block is None:
            add(minutes, "note", None, text="still going")
        else:
            add(minutes, "block_start", block, reason="next")
    if finished:
        add(steps[-1][0], "finish", 0)
    journal.close()
    return journal.path


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def column(model, number):
    return [cell(model, row, number) for row in range(model.rowCount())]


@pytest.fixture
def half_run(tmp_path):
    # Opfølgning (untimed) 4 min, Introduktion 12 of 10, Blok 1 running for 30 of
    # its 65; Pause, Blok 2 and Blok 3 still to come (75 minutes of plan).
    return write_log(tmp_path, make_agenda(), [(0, 0), (4, 1), (16, 2), (46, None)])


def test_the_blocks_to_come_are_to_come_and_the_untimed_one_neutral(qtbot, tmp_path, half_run):
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert review.select_session(half_run)
    model = review.blocks_model
    assert column(model, BlocksModel.ACTUAL) == [
        "4.0", "12.0", "30.0 so far", "to come", "to come", "to come"]
    assert column(model, BlocksModel.DELTA) == ["", "+2.0", "", "", "", ""]
    assert column(model, BlocksModel.PLANNED)[0] == "–"
    for row in range(model.rowCount()):
        assert cell(model, row, BlocksModel.DELTA, Qt.ItemDataRole.ForegroundRole) is None \
            or row == 1
    assert "skipped" not in " ".join(column(model, BlocksModel.ACTUAL))
    assert "to come" in cell(model, 4, BlocksModel.BLOCK, Qt.ItemDataRole.ToolTipRole)
    assert "untimed" in cell(model, 0, BlocksModel.BLOCK, Qt.ItemDataRole.ToolTipRole)
    facts = review.meeting_facts.text()
    # 46 minutes against the 0 + 10 + 30 of plan they had: the untimed 4 minutes
    # and Introduktion's 2 over make +6; not the −104 of the whole 150 minutes.
    assert "So far: 46 min against 40 min planned for it (+6 min)" in facts
    assert "not yet (last logged 17:48)" in facts
    sessions = review.sessions_model
    assert cell(sessions, 0, SessionsModel.OVERRUN) == "+6 min"
    assert "so far" in cell(sessions, 0, SessionsModel.OVERRUN, Qt.ItemDataRole.ToolTipRole)


def test_a_finished_meeting_still_says_skipped(qtbot, tmp_path):
    path = write_log(tmp_path, make_agenda(), [(0, 0), (4, 1), (14, 4), (40, 5), (75, None)],
                     finished=True)
    report = build_report(read_session(path))
    model = BlocksModel()
    model.set_rows(report.blocks)
    assert column(model, BlocksModel.ACTUAL) == [
        "4.0", "10.0", "skipped", "skipped", "26.0", "35.0"]


# --------------------------------------------------------------------------- labels that fit


def crowded_agenda(count=40):
    return agenda_from_mapping({"title": "Kursusdag", "blocks": [
        {"title": f"Punkt {n} med en lang titel om økonomi og budget", "minutes": 5 + n % 7}
        for n in range(count)]})


def crowded_log(folder, count=40, finished=True):
    steps = [(i * 9, i) for i in range(count)]
    # Big swings: early blocks run long, so the drift numbers are three digits wide.
    steps = [(minutes + (i * 7 if i < count // 2 else count * 7 // 2), block)
             for i, (minutes, block) in enumerate(steps)]
    return write_log(folder, crowded_agenda(count), steps + [(steps[-1][0] + 30, None)],
                     finished=finished)


@pytest.mark.parametrize("size", [(320, 260), (560, 420), (620, 400), (1100, 700)])
@pytest.mark.parametrize("count", [3, 12, 40])
def test_every_word_of_the_chart_fits_its_box_and_none_overlap(qapp, tmp_path, size, count):
    report = build_report(read_session(crowded_log(tmp_path, count)))
    placed = []
    image = chart_image(report, *size, placed=placed)
    chart = QRectF(0, 0, *size)
    assert {p.kind for p in placed} >= {"legend", "axis", "unit", "number", "drift"}
    for item in placed:
        metrics = QFontMetricsF(item.font, image)
        assert metrics.horizontalAdvance(item.text) <= item.rect.width() + 0.01, item.text
        assert chart.contains(item.rect), (item.text, item.rect)
        assert not item.text.endswith("…"), item.text  # nothing cut short at these sizes
    for kind in ("number", "drift", "legend"):
        boxes = [p.rect for p in placed if p.kind == kind]
        for i, first in enumerate(boxes):
            for second in boxes[i + 1:]:
                assert not first.intersects(second), (kind, first, second)
    # The block numbers stay readable: at least the first and every n-th.
    numbers = [int(p.text) for p in placed if p.kind == "number"]
    assert numbers[0] == 1 and len(numbers) >= min(count, 5)


def test_the_html_chart_s_widths_hold_for_the_fonts_here(qapp, tmp_path):
    """The SVG is laid out with a width table; the fonts a browser may use are no wider."""
    report = build_report(read_session(crowded_log(tmp_path, 12, finished=False)))
    page = render_html(report, "da")
    import re

    texts = re.findall(r"<text [^>]*>([^<]*)</text>", page)
    assert texts
    for family in ("DejaVu Sans", "sans-serif", QFont().family()):
        font = QFont(family)
        font.setPixelSize(12)
        metrics = QFontMetricsF(font)
        for text in texts:
            shown = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            assert metrics.horizontalAdvance(shown) <= text_width(shown, 12), (family, shown)
