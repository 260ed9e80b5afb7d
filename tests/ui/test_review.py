"""The review window on synthetic journals: models, filter, series, delete, export."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda_text
from facilitator.core.journal_list import list_sessions
from facilitator.core.report import build_report
from facilitator.core.series import calibrate, group_series, series_statistics
from facilitator.ui.review import (
    OVER_COLOUR,
    BlocksModel,
    MeetingChart,
    ReviewWindow,
    SeriesModel,
    SessionFilter,
    SessionRow,
    SessionsModel,
    export_language,
    move_to_deleted,
)
from facilitator.ui.review_models import SERIES_ROLE, UNDER_COLOUR

from ..core.test_series import FIRST, RUNS, damaged_programme_log, write_run, write_series
from .fakes import CannedAsker

OTHER = agenda_from_mapping({"title": "Årsmøde", "blocks": [
    {"title": "Beretning", "minutes": 30}, {"title": "Valg", "minutes": 15}]})


@pytest.fixture
def folder(tmp_path):
    sessions = tmp_path / "sessions"
    write_series(sessions)
    write_run(sessions, [32, 14], FIRST + timedelta(days=10), agenda=OTHER)
    return sessions


@pytest.fixture
def window(qtbot, folder):
    asker = CannedAsker()
    saved = []
    review = ReviewWindow(folder, "en", asker=asker,
                          save_path=lambda *args: saved.pop(0) if saved else "")
    review.saved = saved
    review.asker = asker
    qtbot.addWidget(review)
    return review


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def column_texts(model, column):
    return [cell(model, row, column) for row in range(model.rowCount())]


def choose_programme(window, title):
    combo = window.programme_combo
    found = [i for i in range(combo.count()) if combo.itemText(i).startswith(title)]
    combo.setCurrentIndex(found[0])


# --------------------------------------------------------------------------- models


def session_rows(folder):
    rows = []
    for series in group_series(list_sessions(folder).sessions):
        for log, report in zip(series.logs, series.reports, strict=True):
            rows.append(SessionRow(log, report, series.key, False))
    return rows


def test_the_sessions_model_passes_the_model_tester(qtmodeltester, folder):
    model = SessionsModel()
    qtmodeltester.check(model)
    model.set_rows(session_rows(folder))
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.columnCount() == SessionsModel.COLUMN_COUNT


def test_the_session_filter_passes_the_model_tester(qtmodeltester, folder):
    model = SessionsModel()
    model.set_rows(session_rows(folder))
    proxy = SessionFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    key = cell(model, 0, SessionsModel.PROGRAMME, SERIES_ROLE)
    proxy.set_series(key)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() in (1, 5)
    proxy.set_series(None)
    assert proxy.rowCount() == 6


def test_the_blocks_model_passes_the_model_tester(qtmodeltester, folder):
    report = build_report(list_sessions(folder).sessions[-1])
    model = BlocksModel()
    qtmodeltester.check(model)
    model.set_rows(report.blocks)
    qtmodeltester.check(model)
    assert model.rowCount() == 6


def test_the_series_model_passes_the_model_tester(qtmodeltester, folder):
    klynge = [s for s in group_series(list_sessions(folder).sessions) if len(s.reports) == 5]
    model = SeriesModel()
    qtmodeltester.check(model)
    model.set_rows(series_statistics(klynge[0]), calibrate(klynge[0]))
    qtmodeltester.check(model)
    assert model.rowCount() == 7  # six blocks and the whole meeting
    assert model.columnCount() == 3 + 5 + SeriesModel.STATS_COUNT
    model.set_rows(None)
    qtmodeltester.check(model)


# --------------------------------------------------------------------------- the list


def test_the_window_lists_the_meetings_newest_first(window):
    proxy = window.sessions_proxy
    assert proxy.rowCount() == 6
    dates = column_texts(proxy, SessionsModel.DATE)
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2026-12-22 17:02"
    newest = [cell(proxy, 0, c) for c in range(SessionsModel.COLUMN_COUNT)]
    assert newest == ["2026-12-22 17:02", "Klyngemøde", "150 min", "160 min", "+10 min",
                      "finished"]
    assert cell(proxy, 0, SessionsModel.OVERRUN, Qt.ItemDataRole.ForegroundRole) \
        == QColor(OVER_COLOUR)
    assert window.problems_label.isHidden()
    assert window.problems == []


def test_the_programme_filter(window):
    combo = window.programme_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All programmes", "Klyngemøde · 5 meetings", "Årsmøde · 1 meetings"]
    choose_programme(window, "Årsmøde")
    assert column_texts(window.sessions_proxy, SessionsModel.PROGRAMME) == ["Årsmøde"]
    assert window.meeting_title.text() == "Årsmøde"
    choose_programme(window, "Klyngemøde")
    assert column_texts(window.sessions_proxy, SessionsModel.PROGRAMME) == ["Klyngemøde"] * 5
    assert window.series_title.text().startswith("Klyngemøde · 5 counted meetings")
    combo.setCurrentIndex(0)
    assert window.sessions_proxy.rowCount() == 6


def test_sorting_by_overrun_uses_the_numbers(window):
    window.sessions_table.sortByColumn(SessionsModel.OVERRUN, Qt.SortOrder.AscendingOrder)
    assert column_texts(window.sessions_proxy, SessionsModel.OVERRUN)[:3] == [
        "−3 min", "+1 min", "+8 min"]  # Årsmøde ran 46 of 45 minutes


def test_status_says_unfinished_resumed_and_rehearsal(qtbot, tmp_path):
    write_run(tmp_path, RUNS[0], FIRST, finished=False)
    write_run(tmp_path, RUNS[1], FIRST + timedelta(days=1), resumed=True)
    write_run(tmp_path, RUNS[2], FIRST + timedelta(days=2), speed=10)
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert column_texts(review.sessions_proxy, SessionsModel.STATUS) == [
        "finished, rehearsal ×10", "finished, resumed", "not finished"]
    assert "(2 not counted: unfinished or rehearsals)" in review.series_title.text()


# --------------------------------------------------------------------------- one meeting


def test_one_meeting_block_by_block(window):
    assert window.select_session(list_sessions(window._sessions_dir).sessions[-1].path)
    model = window.blocks_model
    assert column_texts(model, BlocksModel.BLOCK) == [
        "Opfølgning", "Introduktion", "Blok 1", "Pause", "Blok 2", "Blok 3"]
    # The untimed follow-up has no plan to run over: no figure, no colour.
    assert column_texts(model, BlocksModel.PLANNED) == [
        "–", "10.0", "65.0", "15.0", "25.0", "35.0"]
    assert column_texts(model, BlocksModel.ACTUAL) == [
        "4.0", "10.0", "70.0", "15.0", "25.0", "34.0"]
    assert column_texts(model, BlocksModel.DELTA) == [
        "", "0.0", "+5.0", "0.0", "0.0", "−1.0"]
    assert cell(model, 0, BlocksModel.DELTA, Qt.ItemDataRole.ForegroundRole) is None
    assert "untimed" in cell(model, 0, BlocksModel.BLOCK, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 2, BlocksModel.DELTA, Qt.ItemDataRole.ForegroundRole) \
        == QColor(OVER_COLOUR)
    assert cell(model, 5, BlocksModel.DELTA, Qt.ItemDataRole.ForegroundRole) \
        == QColor(UNDER_COLOUR)
    assert cell(model, 1, BlocksModel.DELTA, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(model, 2, BlocksModel.NOTES) == "discussion ran long: Livlig drøftelse"
    assert window.meeting_title.text() == "Klyngemøde"
    facts = window.meeting_facts.text()
    assert "2026-09-01 · Start: planned 17:00, actual 17:02 · End: planned 19:30, actual " \
           "19:40" in facts
    assert "Length: planned 150 min, actual 158 min (+8 min)" in facts
    assert window.chart.report is not None and window.chart.report.actual_minutes == 158


def test_skipped_blocks_pauses_and_adjustments(qtbot, tmp_path):
    write_run(tmp_path, [4, 10, 70, None, 25, 35], FIRST)
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    model = review.blocks_model
    assert cell(model, 3, BlocksModel.ACTUAL) == "skipped"
    assert cell(model, 3, BlocksModel.DELTA) == ""
    assert cell(model, 3, BlocksModel.ACTUAL, Qt.ItemDataRole.FontRole).italic()


def test_the_chart_draws_bars_and_drift(qtbot, window):
    chart = window.chart
    chart.resize(600, 420)
    image = chart.to_image(600, 420)
    assert not image.isNull()
    # A grey printout keeps planned (hatched), actual (solid) and over (cross-hatched)
    # apart: the picture holds light, middle and dark greys.
    greys = {QColor(image.pixel(x, y)).lightness() // 64
             for x in range(0, 600, 3) for y in range(0, 420, 3)}
    assert {0, 1, 3} <= greys
    blank = MeetingChart()
    qtbot.addWidget(blank)
    assert not blank.to_image(200, 100).isNull()


# --------------------------------------------------------------------------- the series


def test_the_series_table_and_calibration(window):
    choose_programme(window, "Klyngemøde")
    model = window.series_model
    blok1 = [cell(model, 2, c) for c in range(model.columnCount())]
    assert blok1 == ["3", "Blok 1", "65.0", "70.0", "72.0", "64.0", "74.0", "72.0",
                     "72.0", "70.4", "74.0", "4 of 5", "+7.0", "72.0"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 8)] == [
        "2026-09-01", "2026-09-29", "2026-10-27", "2026-11-24", "2026-12-22"]
    whole = [cell(model, 6, c) for c in range(model.columnCount())]
    assert whole[1:8] == ["Whole meeting", "150.0", "158.0", "159.0", "147.0", "160.0", "160.0"]
    assert whole[-3:] == ["4 of 5", "+9.5", "161.0"]
    text = window.calibration_view.toPlainText()
    assert "3. Blok 1 ran over in 4 of 5 meetings by a median of 7 min: plan 72 min" in text
    assert "1. Opfølgning ran over in 5 of 5 meetings by a median of 4 min: plan 4 min" in text
    assert "2. Introduktion: keep 10 min (ran over in 2 of 5)" in text
    assert "Planned 150 min in all; with the suggested lengths 161 min." in text
    assert window.slot_label.text() == (
        "⚠ The revised programme takes 161 min, 11 min more than its 150 min slot. "
        "Shorten instead: 5. Blok 2 (ran under, 3 min); 6. Blok 3 (flexible, 11 min).")
    assert window.calibration.blocks[2].suggested_minutes == 72


def test_export_the_revised_programme(window, tmp_path):
    choose_programme(window, "Klyngemøde")
    target = tmp_path / "revised.yaml"
    window.saved.append(str(target))
    window.choose_revised_export()
    agenda = load_agenda_text(target.read_text(encoding="utf-8"))
    assert [b.minutes for b in agenda.blocks] == [4, 10, 72, 15, 25, 35]


def test_export_the_series(window, tmp_path):
    choose_programme(window, "Klyngemøde")
    assert window.export_series(tmp_path / "series.json")
    data = json.loads((tmp_path / "series.json").read_text(encoding="utf-8"))
    assert data["blocks"][2]["median_actual_minutes"] == 72
    assert data["calibration"]["revised_total_minutes"] == 161
    assert window.export_series(tmp_path / "series.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "series.csv").read_text("utf-8-sig"))))
    assert rows[3][:3] == ["3", "Blok 1", "65"]


# --------------------------------------------------------------------------- delete


def test_delete_moves_the_file_to_the_deleted_folder(qtbot, window, folder):
    path = window.selected_row().log.path
    window.asker.answers.append(0)
    with qtbot.waitSignal(window.sessionDeleted) as signal:
        target = window.delete_selected()
    assert target == folder / "deleted" / path.name
    assert signal.args == [str(target)]
    assert not path.exists() and target.exists()
    assert "Its log is moved to the folder deleted" in window.asker.asked[0]
    assert window.sessions_proxy.rowCount() == 5
    assert window.programme_combo.itemText(1) == "Klyngemøde · 4 meetings"


def test_delete_asks_first(window, folder):
    path = window.selected_row().log.path
    window.asker.answers.append(None)
    assert window.delete_selected() is None
    assert path.exists()
    assert window.sessions_proxy.rowCount() == 6


def test_a_name_taken_in_deleted_gets_a_number(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text("x")
    assert move_to_deleted(first, tmp_path) == tmp_path / "deleted" / "a.jsonl"
    first.write_text("y")
    assert move_to_deleted(first, tmp_path) == tmp_path / "deleted" / "a-2.jsonl"


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("suffix", [".csv", ".json", ".html", ".pdf"])
def test_export_one_meeting(qtbot, window, tmp_path, suffix):
    target = tmp_path / f"meeting{suffix}"
    window.saved.append(str(target))
    with qtbot.waitSignal(window.exported) as signal:
        window.choose_export()
    assert signal.args == [str(target)]
    data = target.read_bytes()
    if suffix == ".pdf":
        assert data.startswith(b"%PDF")
        assert len(data) > 5000  # the table and the chart, not an empty page
    elif suffix == ".csv":
        assert data.startswith(b"\xef\xbb\xbf")
        assert "Block,Planned,Actual" in data.decode("utf-8-sig")
    elif suffix == ".json":
        assert json.loads(data)["actual_minutes"] == 160
    else:
        text = data.decode("utf-8")
        assert text.startswith("<!DOCTYPE html>") and "<svg" in text and 'lang="en"' in text


def test_exports_speak_danish(qtbot, folder, tmp_path):
    review = ReviewWindow(folder, "da", asker=CannedAsker())
    qtbot.addWidget(review)
    review.export_session(tmp_path / "m.csv")
    assert (tmp_path / "m.csv").read_text("utf-8-sig").startswith("Nr.;Punkt;Planlagt")


def test_a_cancelled_save_dialog_writes_nothing(window, tmp_path):
    window.choose_export()
    window.choose_revised_export()
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_export_is_reported(window, tmp_path):
    assert not window.export_session(tmp_path / "missing" / "m.csv")
    assert "missing" in window.asker.informed[0]


# --------------------------------------------------------------------------- damage


def test_damaged_files_are_listed_not_fatal(qtbot, folder):
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    (folder / "foreign.jsonl").write_text('{"hello": 1}\n', encoding="utf-8")
    torn = write_run(folder, RUNS[0], FIRST + timedelta(days=300))
    with open(torn, "ab") as handle:
        handle.write(b'{"seq": 99, "ty')
    review = ReviewWindow(folder, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert review.sessions_proxy.rowCount() == 7
    assert not review.problems_label.isHidden()
    text = review.problems_label.text()
    assert "foreign.jsonl" in text and "notes.txt" in text
    assert f"Damaged lines left out in: {torn.name}" in text
    assert len(review.problems) == 3


def test_a_damaged_programme_copy_shows_no_calibration(qtbot, tmp_path):
    damaged_programme_log(tmp_path)
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert cell(review.series_model, 0, SeriesModel.PLANNED) == "0.0"
    assert review.calibration_view.toPlainText().startswith(
        "No calibration: the programme in the log cannot be read")
    assert not review.revised_button.isEnabled()
    assert review.export_session(tmp_path / "m.pdf")


def test_an_empty_folder(qtbot, tmp_path):
    review = ReviewWindow(tmp_path / "nothing", "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert review.sessions_proxy.rowCount() == 0
    assert review.statusBar().currentMessage().startswith("No meetings logged yet")
    assert not review.export_button.isEnabled() and not review.delete_button.isEnabled()
    assert review.delete_selected() is None
    assert not review.export_session(tmp_path / "x.pdf")


def test_the_export_language_follows_the_interface():
    from PySide6.QtCore import QLocale

    assert export_language(QLocale(QLocale.Language.Danish)) == "da"
    assert export_language(QLocale(QLocale.Language.English)) == "en"
    assert export_language(QLocale(QLocale.Language.German)) == "en"


def test_model_indexes_outside_are_empty(window):
    assert window.sessions_model.data(QModelIndex()) is None
    assert window.blocks_model.data(window.blocks_model.index(99, 0)) is None


def test_opened_from_another_window_it_is_a_window_of_its_own(qtbot, folder):
    from PySide6.QtWidgets import QMainWindow

    from facilitator.ui.review import open_review_window

    main = QMainWindow()
    qtbot.addWidget(main)
    review = open_review_window(main, folder, "en")
    assert review.isWindow() and review.isVisible()
    assert review.parent() is main
    assert review.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(review.destroyed):
        review.close()


def test_a_discarded_meeting_is_shown_as_closed_unfinished(qtbot, tmp_path):
    from facilitator.core.journal import read_session
    from facilitator.core.resumption import abandon_session

    left = write_run(tmp_path, RUNS[0], FIRST, finished=False)
    write_run(tmp_path, RUNS[1], FIRST + timedelta(days=1), finished=False)
    assert abandon_session(read_session(left), "discarded", FIRST + timedelta(hours=5),
                           lock_folders=[tmp_path])
    review = ReviewWindow(tmp_path, "en", asker=CannedAsker())
    qtbot.addWidget(review)
    assert column_texts(review.sessions_proxy, SessionsModel.STATUS) == [
        "not finished", "closed unfinished"]
