"""The review's Slides tab: one meeting's time per slide, a meeting without slide data, the
series' medians and long-running slides, and the exports that carry them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from facilitator.core.journal import read_session
from facilitator.core.slide_times import meeting_slide_times, series_slide_times
from facilitator.ui.review import ReviewWindow
from facilitator.ui.review_slides import FRACTION_ROLE, SeriesSlidesModel, SlideTimesModel

from ..core.test_slide_times import T0, moves_with_13_for, play


@pytest.fixture
def folder(tmp_path):
    sessions = tmp_path / "sessions"
    for day, seconds in enumerate((1500, 700, 1300)):  # 13 runs long in two of three
        play(sessions, moves_with_13_for(seconds), start=T0 + timedelta(days=day),
             session_id=f"run{day}")
    # The newest: the same programme run without a slideshow.
    play(sessions, [], start=T0 + timedelta(days=5), session_id="noshow")
    return sessions


@pytest.fixture
def window(qtbot, folder):
    review = ReviewWindow(folder, "en", save_path=lambda *args: "")
    qtbot.addWidget(review)
    return review


def texts(model, column):
    return [model.text(row, column) for row in range(model.rowCount())]


def select(window, session_id):
    [path] = [p for p in window._sessions_dir.iterdir() if session_id in p.read_text()[:400]]
    assert window.select_session(path)


def test_the_slides_tab_shows_one_meeting_s_time_per_slide(window):
    assert window.tabs.tabText(2) == "Slides"
    select(window, "run0")
    panel = window.slides_panel
    model = panel.meeting_model
    assert texts(model, SlideTimesModel.SLIDE) == ["1", "2", "6", "8", "13", "21", "22"]
    assert texts(model, SlideTimesModel.TIME) == \
        ["2:00", "2:30", "1:20", "5:00", "25:00", "10:00", "1:00"]
    assert texts(model, SlideTimesModel.BLOCK)[4] == "2. Blok 1"
    assert texts(model, SlideTimesModel.PLANNED)[4] == "12:00"
    assert texts(model, SlideTimesModel.NOTE)[4] == "ran long"
    assert model.data(model.index(4, SlideTimesModel.BAR), FRACTION_ROLE) == 1.0
    summary = panel.meeting_summary.text()
    assert "Slides were followed for 46:50 of the meeting's 46:50" in summary
    assert "Most time: slide 13 (25:00), slide 21 (10:00), slide 8 (5:00)" in summary
    assert "Ran long: slide 13 (25:00, planned 12:00)" in summary
    assert not panel.meeting_table.isHidden()


def test_a_meeting_without_slide_data_says_so_and_shows_no_table(window):
    select(window, "noshow")
    panel = window.slides_panel
    assert panel.meeting_summary.text().startswith("No slide data:")
    assert panel.meeting_table.isHidden()
    assert panel.meeting_model.rowCount() == 0


def test_the_series_gives_medians_and_the_slides_that_keep_running_long(window):
    panel = window.slides_panel
    model = panel.series_model
    row = texts(model, SeriesSlidesModel.SLIDE).index("13")
    assert model.text(row, SeriesSlidesModel.MEDIAN) == "21:40"
    assert model.text(row, SeriesSlidesModel.LONG) == "2 of 3"
    assert model.text(row, SeriesSlidesModel.NOTE) == "keeps running long"
    summary = panel.series_summary.text()
    assert "over 3 meetings with slide data" in summary
    assert "1 counted meetings without slide data are left out" in summary
    assert "Keep running long: slide 13 (median 21:40, long in 2 of 3)" in summary


def test_the_models_pass_the_model_tester(qtmodeltester, folder):
    logs = [read_session(p) for p in sorted(folder.glob("*.jsonl"))]
    times = [meeting_slide_times(log) for log in logs]
    meeting = SlideTimesModel()
    qtmodeltester.check(meeting)
    meeting.set_times(times[0], ("A", "B", "C", "D"))
    qtmodeltester.check(meeting)
    series = SeriesSlidesModel()
    series.set_times(series_slide_times(times), ("A", "B", "C", "D"))
    qtmodeltester.check(series)
    assert series.rowCount() == 7


def test_exports_from_the_window_carry_the_time_per_slide(window, tmp_path):
    select(window, "run1")
    assert window.export_session(tmp_path / "m.html")
    page = (tmp_path / "m.html").read_text()
    assert "<h2>Time per slide</h2>" in page and "11:40" in page
    # Compared with its series: slide 13 ran long in two of the three.
    assert ("In the series (3 meetings with slide data), keep running long: "
            "13 (median 21:40, long in 2 of 3)") in page
    assert window.export_session(tmp_path / "m.json")
    data = json.loads((tmp_path / "m.json").read_text())
    assert [s["number"] for s in data["slides"]["slides"]] == [1, 2, 6, 8, 13, 21, 22]
    select(window, "noshow")
    assert window.export_session(tmp_path / "n.html")
    assert "No slide data" in (tmp_path / "n.html").read_text()


def test_the_pdf_has_the_time_per_slide(qapp, folder, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from facilitator.core.report import build_report
    from facilitator.ui.review import write_meeting

    [path] = [p for p in folder.iterdir() if "run0" in p.read_text()[:400]]
    log = read_session(path)
    target = write_meeting(build_report(log), tmp_path / "m.pdf", "da", meeting_slide_times(log))
    document = QPdfDocument()
    document.load(str(target))
    text = "\n".join(document.getAllText(n).text() for n in range(document.pageCount()))
    assert "Tid pr. slide" in text
    assert "Slides blev fulgt i 46:50 af mødets 46:50" in text
    assert "25:00" in text and "for lang" in text and "2. Blok 1" in text
    assert "I serien" not in text  # no series passed: no comparison


def test_the_command_line_reports_time_per_slide(folder):
    from tests.test_cli_journal import run

    data_dir = folder.parent
    code, out, _err = run("report", "--data-dir", str(data_dir), "run0", "--lang", "en")
    assert code == 0
    assert "Time per slide:" in out and "Ran long: 13 (25:00)" in out
    assert "In the series (3 meetings with slide data), keep running long: 13" in out
    code, out, _err = run("report", "--data-dir", str(data_dir), "noshow", "--lang", "en",
                          "--format", "json")
    assert code == 0 and json.loads(out)["slides"]["has_data"] is False
    code, out, _err = run("review", "--data-dir", str(data_dir), "--series", "--lang", "en")
    assert code == 0
    assert "Time per slide across the meetings:" in out
    assert "Keep running long: 13 (21:40)" in out
    code, out, _err = run("review", "--data-dir", str(data_dir), "--series", "--format",
                          "json")
    slides = json.loads(out)["slides"]
    assert (slides["runs"], slides["runs_without_slide_data"]) == (3, 1)
    assert [s["number"] for s in slides["slides"] if s["keeps_running_long"]] == [13]


def test_the_tables_sort_by_time_not_by_text(window):
    from PySide6.QtCore import Qt

    select(window, "run0")
    table = window.slides_panel.meeting_table
    table.sortByColumn(SlideTimesModel.TIME, Qt.SortOrder.DescendingOrder)
    view = table.model()
    shown = [view.index(row, SlideTimesModel.SLIDE).data() for row in range(view.rowCount())]
    assert shown == ["13", "21", "8", "2", "1", "6", "22"]  # 25:00 before 10:00 before 5:00
    table.sortByColumn(SlideTimesModel.SLIDE, Qt.SortOrder.AscendingOrder)
    shown = [view.index(row, SlideTimesModel.SLIDE).data() for row in range(view.rowCount())]
    assert shown == ["1", "2", "6", "8", "13", "21", "22"]  # 13 after 8, not after 1


def test_the_screenshot_tool_draws_the_slides_tab(tmp_path):
    """tools/screenshots_review_slides.py (docs/screenshots/review-slides-da.png) runs, and
    its picture has the red bar of the slide that keeps running long."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtGui import QColor, QImage

    from facilitator.ui.review_slides import LONG_COLOUR

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(root / "tools" / "screenshots_review_slides.py"), str(tmp_path),
         "da"], env=env, cwd=root, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    picture = QImage(str(tmp_path / "review-slides-da.png"))
    assert picture.width() >= 700 and picture.height() >= 700  # as large as the screen lets it
    red = QColor(LONG_COLOUR).rgb()
    assert any(picture.pixel(x, y) == red
               for x in range(0, picture.width(), 7) for y in range(0, picture.height(), 3))


def test_the_series_export_carries_the_slides(window, tmp_path):
    assert window.export_series(tmp_path / "series.json")
    data = json.loads((tmp_path / "series.json").read_text(encoding="utf-8"))
    assert data["slides"]["runs"] == 3
    [thirteen] = [s for s in data["slides"]["slides"] if s["number"] == 13]
    assert thirteen["median_seconds"] == 1300 and thirteen["keeps_running_long"]
    assert "blocks" in data and "calibration" in data  # the series' own figures are kept
