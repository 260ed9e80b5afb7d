"""The review window: logged meetings, one meeting block by block, and a programme's series.

The window arranges and wires; its table models live in review_models, the
chart in review_chart and the writing of files in review_export. The names
callers import from here (the models, the chart, write_meeting) are re-exported.

Why this file is long: ReviewWindow is one class (about 580 lines)
whose three tabs share its state (the selected meeting, the shown series, its
calibration), and its words are translated in the context "ReviewWindow";
cutting the class in two would move half of them, with their Danish, to a new
context, for a window no easier to follow.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import AgendaError
from ..core.durations import format_clock
from ..core.journal import JournalProblem, fallback_folders, session_slug
from ..core.journal_list import list_sessions
from ..core.messages import os_reason
from ..core.report import SessionReport, build_report
from ..core.series import (
    BlockSuggestion,
    Calibration,
    RevisionNote,
    Rule,
    Series,
    SlotWarning,
    calibrate,
    group_series,
    series_statistics,
    was_resumed,
)
from ..core.series_render import render_series_csv, render_series_json, revised_programme_yaml
from ..core.slide_report import with_series_slides
from ..core.slide_times import counted_slide_times, meeting_slide_times, with_series
from ..messages_text import installed as message_text
from .fit import ScreenFit, fit_window
from .review_chart import MeetingChart, PlacedText, chart_image, paint_meeting_chart
from .review_export import (
    DELETED_FOLDER,
    export_language,
    move_to_deleted,
    write_meeting,
    write_text,
)
from .review_models import (
    OVER_COLOUR,
    BlocksModel,
    SeriesModel,
    SessionFilter,
    SessionRow,
    SessionsModel,
    note_text,
)
from .review_slides import SlidesPanel, step_titles
from .text import minutes_text, plain_tip, whole
from .widgets import Asker, MessageBoxAsker, plain_label

__all__ = [
    "BlocksModel",
    "MeetingChart",
    "PlacedText",
    "ReviewWindow",
    "SeriesModel",
    "SessionFilter",
    "SessionsModel",
    "chart_image",
    "export_language",
    "move_to_deleted",
    "open_review_window",
    "paint_meeting_chart",
    "run_review_app",
    "write_meeting",
]

SavePath = Callable[[QWidget, str, str, str], str]
#: The journal of the meeting running in the main window and its meeting clock
#: now (seconds), or None when no meeting runs there.
LiveMeeting = Callable[[], "tuple[Path, float] | None"]


def _dialog_save_path(parent: QWidget, caption: str, suggested: str, filters: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return name


class ResizingSplitter(QSplitter):
    """A splitter that says when its size changed (to choose its orientation).

    Signals:
        resized(): the splitter has a new size.
    """

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()


class ReviewWindow(QMainWindow):
    """Where the time went: the logged meetings, one meeting, and a programme's series.

    `lang` ("da" or "en") is the language of exported reports and programmes;
    None takes the interface's. `asker` confirms deletions; `save_path` picks
    where exports go (a file dialog unless a test gives its own).

    Signals:
        sessionDeleted(str): a session file was moved to `deleted/` (its new path).
        exported(str): a file was written (its path).
    """

    sessionDeleted = Signal(str)
    exported = Signal(str)

    def __init__(self, sessions_dir: Path, lang: str | None = None, asker: Asker | None = None,
                 save_path: SavePath | None = None, parent: QWidget | None = None,
                 live: LiveMeeting | None = None) -> None:
        super().__init__(parent)
        self._sessions_dir = Path(sessions_dir)
        self._live = live
        self._lang = lang if lang in ("da", "en") else export_language()
        self._asker = asker or MessageBoxAsker(self)
        self._save_path = save_path or _dialog_save_path
        self._series: dict[str, Series] = {}
        self._calibration: Calibration | None = None
        self._calibration_error: str | None = None
        self._shown_series: str | None = None
        self._live_now: tuple[Path, float] | None = None
        self.problems: list[str] = []
        self.setWindowTitle(self.tr("Review meetings — facilitator"))
        # A minimum of its own, so showing the window does not ask the
        # platform to take the layout's (which some cannot).
        self.setMinimumSize(820, 560)
        self._build()
        self.reload()
        # As large as it likes on a large screen, within the screen on a small one.
        fit_window(self, QSize(1280, 860))
        ScreenFit(self)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_sessions())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_meeting(), self.tr("Meeting"))
        self.tabs.addTab(self._build_series(), self.tr("Series and calibration"))
        self.slides_panel = SlidesPanel()
        self.slides_panel.setObjectName("slidesPanel")
        self.tabs.addTab(self.slides_panel, self.tr("Slides"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 660])
        self.setCentralWidget(splitter)

        menu = self.menuBar().addMenu(self.tr("&Review"))
        self.reload_action = QAction(self.tr("Reload"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(lambda _c=False: self.reload())
        self.export_action = QAction(self.tr("Export the meeting…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _c=False: self.choose_export())
        self.delete_action = QAction(self.tr("Delete the meeting…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(lambda _c=False: self.delete_selected())
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(lambda _c=False: self.close())
        for action in (self.reload_action, self.export_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)

    @staticmethod
    def _table(model: QAbstractTableModel | QSortFilterProxyModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(
            table.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _build_sessions(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 8, 10, 4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Programme:")))
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_combo.currentIndexChanged.connect(self._programme_chosen)
        bar.addWidget(self.programme_combo)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.choose_export)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addWidget(self.export_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

        self.sessions_model = SessionsModel(self)
        self.sessions_proxy = SessionFilter(self)
        self.sessions_proxy.setSourceModel(self.sessions_model)
        self.sessions_table = self._table(self.sessions_proxy)
        self.sessions_table.setObjectName("sessionsTable")
        self.sessions_table.setSortingEnabled(True)
        self.sessions_table.sortByColumn(SessionsModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.sessions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionsModel.PROGRAMME, QHeaderView.ResizeMode.Stretch)
        self.sessions_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current))
        self.sessions_table.doubleClicked.connect(lambda _i: self.tabs.setCurrentIndex(0))
        layout.addWidget(self.sessions_table, 1)

        self.problems_label = plain_label("")
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet(f"color: {OVER_COLOUR};")
        self.problems_label.hide()
        layout.addWidget(self.problems_label)
        return panel

    def _build_meeting(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        self.meeting_title = plain_label("", 15, bold=True)
        self.meeting_title.setObjectName("meetingTitle")
        self.meeting_facts = plain_label("", 11)
        self.meeting_facts.setObjectName("meetingFacts")
        self.meeting_facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meeting_title)
        layout.addWidget(self.meeting_facts)
        split = ResizingSplitter(Qt.Orientation.Horizontal)
        split.resized.connect(self._arrange_meeting)
        split.setChildrenCollapsible(False)
        self.blocks_model = BlocksModel(self)
        self.blocks_table = self._table(self.blocks_model)
        self.blocks_table.setObjectName("blocksTable")
        self.blocks_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.blocks_table.setWordWrap(True)
        header = self.blocks_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BlocksModel.BLOCK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BlocksModel.NOTES, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BlocksModel.NOTES, 180)
        split.addWidget(self.blocks_table)
        self.chart = MeetingChart()
        self.chart.setObjectName("meetingChart")
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 520])
        self.meeting_split = split
        layout.addWidget(split, 1)
        return page

    def _arrange_meeting(self) -> None:
        """The chart beside the blocks when both fit across, else below them."""
        table = self.blocks_table
        header = table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count())
                      if c != BlocksModel.BLOCK and not header.isSectionHidden(c))
        block = table.fontMetrics().horizontalAdvance("M" * 8)
        needed = (columns + block + table.verticalScrollBar().sizeHint().width()
                  + table.frameWidth() * 2 + self.chart.minimumWidth() + 40)
        wanted = (Qt.Orientation.Horizontal if self.meeting_split.width() >= needed
                  else Qt.Orientation.Vertical)
        if self.meeting_split.orientation() != wanted:
            self.meeting_split.setOrientation(wanted)
            across = self.meeting_split.width() if wanted == Qt.Orientation.Horizontal \
                else self.meeting_split.height()
            self.meeting_split.setSizes([across * 3 // 5, across - across * 3 // 5])
            # The wrapped block titles want other heights at the new width.
            QTimer.singleShot(0, self.blocks_table.resizeRowsToContents)

    def _build_series(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        self.series_title = plain_label("", 15, bold=True)
        self.series_title.setObjectName("seriesTitle")
        layout.addWidget(self.series_title)
        self.series_model = SeriesModel(self)
        self.series_table = self._table(self.series_model)
        self.series_table.setObjectName("seriesTable")
        self.series_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.series_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SeriesModel.BLOCK, QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.series_table, 3)
        self.calibration_view = QPlainTextEdit()
        self.calibration_view.setObjectName("calibration")
        self.calibration_view.setReadOnly(True)
        layout.addWidget(self.calibration_view, 2)
        self.slot_label = plain_label("", bold=True)
        self.slot_label.setObjectName("slotWarning")
        self.slot_label.setStyleSheet(f"color: {OVER_COLOUR};")
        layout.addWidget(self.slot_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_series_button = QPushButton(self.tr("Export series…"))
        self.export_series_button.clicked.connect(self.choose_series_export)
        self.revised_button = QPushButton(self.tr("Export revised programme…"))
        self.revised_button.clicked.connect(self.choose_revised_export)
        buttons.addWidget(self.export_series_button)
        buttons.addWidget(self.revised_button)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the sessions folder again; damaged files are listed, never fatal."""
        listing = list_sessions(self._sessions_dir,
                                also=fallback_folders(self._sessions_dir))
        series = group_series(listing.sessions)
        self._series = {s.key: s for s in series}
        self._shown_series = None  # its figures are read again, not kept from before
        rows = []
        live = self._live() if self._live is not None else None
        self._live_now = live
        for item in series:
            for log, report in zip(item.logs, item.reports, strict=True):
                if live is not None and log.path == live[0]:
                    # The meeting running in this window: its journal ends at the last
                    # record; the running block has had the time since then too.
                    report = build_report(log, now_elapsed=live[1])
                rows.append(SessionRow(log, report, item.key, was_resumed(log)))
        self.sessions_model.set_rows(rows)
        self._show_problems(listing.problems,
                            [p for log in listing.sessions for p in log.problems])
        chosen = self.programme_combo.currentData()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("All programmes"), None)
        titles = [s.title for s in series]
        for item in series:
            name = item.title or self.tr("(untitled)")
            if titles.count(item.title) > 1:
                name = self.tr("%1 (%2 blocks)").replace("%1", name).replace(
                    "%2", str(len(item.block_titles)))
            self.programme_combo.addItem(
                self.tr("%1 · %2 meetings").replace("%1", name).replace(
                    "%2", str(len(item.reports))), item.key)
        found = self.programme_combo.findData(chosen) if chosen else 0
        self.programme_combo.setCurrentIndex(max(0, found))
        self.programme_combo.blockSignals(False)
        self._programme_chosen()
        if not rows:
            self.statusBar().showMessage(
                self.tr("No meetings logged yet in %1").replace("%1", str(self._sessions_dir)))
        else:
            self.statusBar().showMessage(
                self.tr("%1 meetings in %2").replace("%1", str(len(rows))).replace(
                    "%2", str(self._sessions_dir)))

    def _show_problems(self, skipped: Sequence[JournalProblem],
                       damaged: Sequence[JournalProblem]) -> None:
        said = message_text()
        self.problems = [said.problem(p) for p in (*skipped, *damaged)]
        if not self.problems:
            self.problems_label.hide()
            return
        parts = []
        if skipped:
            parts.append(self.tr("Skipped: %1").replace(
                "%1", "; ".join(f"{p.path.name} ({said(p.message)})" for p in skipped)))
        if damaged:
            names = sorted({p.path.name for p in damaged})
            parts.append(self.tr("Damaged lines left out in: %1").replace(
                "%1", ", ".join(names)))
        self.problems_label.setText("⚠ " + " · ".join(parts))
        self.problems_label.setToolTip(plain_tip("\n".join(self.problems)) or "")
        self.problems_label.show()

    def _programme_chosen(self, _index: int = 0) -> None:
        key = self.programme_combo.currentData()
        self.sessions_proxy.set_series(key)
        if self.sessions_proxy.rowCount() and not self.sessions_table.currentIndex().isValid():
            self.sessions_table.setCurrentIndex(self.sessions_proxy.index(0, 0))
        elif not self.sessions_proxy.rowCount():
            self._show_row(QModelIndex())
        if key is not None:
            self.show_series(key)

    # ------------------------------------------------------------------ showing

    def selected_row(self) -> SessionRow | None:
        index = self.sessions_table.currentIndex()
        if not index.isValid():
            return None
        return self.sessions_model.row_at(self.sessions_proxy.mapToSource(index).row())

    def select_session(self, path: Path) -> bool:
        """Show the meeting logged in `path` if it is listed."""
        for row in range(self.sessions_proxy.rowCount()):
            source = self.sessions_proxy.mapToSource(self.sessions_proxy.index(row, 0))
            if self.sessions_model.row_at(source.row()).log.path == Path(path):
                self.sessions_table.setCurrentIndex(self.sessions_proxy.index(row, 0))
                return True
        return False

    def _show_row(self, index: QModelIndex) -> None:
        row = None
        if index.isValid():
            row = self.sessions_model.row_at(self.sessions_proxy.mapToSource(index).row())
        self.export_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.export_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        if row is None:
            self.meeting_title.setText("")
            self.meeting_facts.setText(self.tr("Choose a meeting in the list."))
            self.blocks_model.set_rows([])
            self.chart.set_report(None)
            self.slides_panel.show_meeting(None, ())
            return
        report = row.report
        live = self._live_now
        self.slides_panel.show_meeting(
            meeting_slide_times(row.log, live[1] if live and live[0] == row.log.path else None),
            tuple(b.title for b in report.blocks), step_titles(row.log))
        self.meeting_title.setText(report.agenda_title)
        self.meeting_facts.setText(self._facts(report))
        self.blocks_model.set_rows(report.blocks)
        self.blocks_table.resizeRowsToContents()
        self.chart.set_report(report)
        self._arrange_meeting()
        if self.programme_combo.currentData() is None:
            self.show_series(row.series_key)

    def _facts(self, report: SessionReport) -> str:
        def clock(moment: Any) -> str:
            return f"{moment:%H:%M}" if moment is not None else "–"

        day = report.started or report.created
        lines = []
        start = self.tr("Start: planned %1, actual %2").replace(
            "%1", clock(report.planned_start)).replace("%2", clock(report.started))
        end = self.tr("End: planned %1, actual %2").replace(
            "%1", clock(report.planned_end)).replace("%2", clock(report.ended))
        if report.planned_start is None:
            start = self.tr("Start: %1 (the programme has no clock time)").replace(
                "%1", clock(report.started))
            end = self.tr("End: %1").replace("%1", clock(report.ended))
        elif report.schedule == "from_start" and report.programme_start is not None:
            start = self.tr("Start: %1 (timed from the start instead of the planned %2)").replace(
                "%1", clock(report.started)).replace("%2", clock(report.programme_start))
        running = report.started is not None and not report.has_ended
        if running:
            # Its last record is not an end: the meeting runs on (or stopped unfinished).
            end = self.tr("End: planned %1, not yet (last logged %2)").replace(
                "%1", clock(report.planned_end)).replace("%2", clock(report.ended))
        lines.append(" · ".join([f"{day:%Y-%m-%d}" if day else "–", start, end]))
        rounded = whole(report.overrun_minutes)
        over = ("+" if rounded > 0 else "−" if rounded < 0 else "±") + minutes_text(abs(rounded))
        if running:
            length = self.tr("So far: %1 against %2 planned for it (%3); whole meeting "
                             "planned %4").replace(
                "%1", minutes_text(report.actual_minutes)).replace(
                "%2", minutes_text(report.planned_so_far_minutes)).replace(
                "%3", over).replace("%4", minutes_text(report.planned_minutes))
        else:
            length = self.tr("Length: planned %1, actual %2 (%3)").replace(
                "%1", minutes_text(report.planned_minutes)).replace(
                "%2", minutes_text(report.actual_minutes)).replace("%3", over)
        paused = self.tr("paused %1").replace("%1", minutes_text(report.paused_minutes))
        status = self.tr("finished") if report.is_finished else self.tr(
            "closed unfinished") if report.abandoned is not None else self.tr("not finished")
        lines.append(" · ".join([length, paused, status]))
        if report.notes:
            lines.append(self.tr("Meeting notes: %1").replace(
                "%1", "; ".join(note_text(n.text, n.reason) for n in report.notes)))
        return "\n".join(lines)

    def show_series(self, key: str | None) -> None:
        """Fill the series tab with the statistics and calibration of one programme."""
        if key == self._shown_series and key is not None:
            return
        self._shown_series = key
        series = self._series.get(key) if key else None
        self._calibration = None
        self._calibration_error = None
        if series is None:
            self.series_title.setText("")
            self.series_model.set_rows(None)
            self.calibration_view.setPlainText("")
            self.slot_label.hide()
            self.revised_button.setEnabled(False)
            self.export_series_button.setEnabled(False)
            self.slides_panel.show_series(None, ())
            return
        stats = series_statistics(series)
        self.slides_panel.show_series(
            counted_slide_times(series.logs, [r.session_id for r in stats.runs]),
            tuple(b.title for b in stats.runs[-1].blocks) if stats.runs else ())
        try:
            self._calibration = calibrate(series)
        except AgendaError as exc:
            self._calibration_error = message_text().diagnostics(exc.diagnostics)
        self.series_model.set_rows(stats, self._calibration)
        self.series_table.resizeColumnsToContents()
        self.series_table.setColumnWidth(
            SeriesModel.BLOCK, min(self.series_table.columnWidth(SeriesModel.BLOCK), 320))
        counted = len(stats.runs)
        title = self.tr("%1 · %2 counted meetings").replace(
            "%1", series.title).replace("%2", str(counted))
        if stats.excluded:
            title += " " + self.tr("(%1 not counted: unfinished or rehearsals)").replace(
                "%1", str(len(stats.excluded)))
        self.series_title.setText(title)
        self.calibration_view.setPlainText(self.calibration_text())
        slot = self._calibration.slot if self._calibration else None
        self.slot_label.setText(self._slot_text(slot) if slot else "")
        self.slot_label.setVisible(slot is not None)
        self.revised_button.setEnabled(self._calibration is not None)
        self.export_series_button.setEnabled(True)

    # ------------------------------------------------------------------ calibration words

    def calibration_text(self) -> str:
        """The calibration in sentences, one per block, then the totals and notes."""
        calibration = self._calibration
        if calibration is None:
            return self.tr("No calibration: the programme in the log cannot be read (%1).") \
                .replace("%1", self._calibration_error or "")
        lines = [self._suggestion_text(b) for b in calibration.blocks]
        lines.append("")
        lines.append(self.tr("Planned %1 in all; with the suggested lengths %2.").replace(
            "%1", minutes_text(calibration.agenda.total_minutes)).replace(
            "%2", minutes_text(calibration.revised.total_minutes)))
        lines += [self._revision_note(n) for n in calibration.notes]
        return "\n".join(lines)

    def _suggestion_text(self, block: BlockSuggestion) -> str:
        name = f"{block.index + 1}. {block.title}"
        if block.rule is Rule.LENGTHEN:
            return (self.tr("%1 ran over in %2 of %3 meetings by a median of %4: plan %5")
                    .replace("%1", name).replace("%2", str(block.over_count))
                    .replace("%3", str(block.runs))
                    .replace("%4", minutes_text(block.median_overrun or 0))
                    .replace("%5", minutes_text(block.suggested_minutes)))
        if block.rule is Rule.FEW_RUNS:
            return (self.tr("%1: keep %2 (only %3 meetings so far)")
                    .replace("%1", name).replace("%2", minutes_text(block.planned_minutes))
                    .replace("%3", str(block.runs)))
        return (self.tr("%1: keep %2 (ran over in %3 of %4)")
                .replace("%1", name).replace("%2", minutes_text(block.planned_minutes))
                .replace("%3", str(block.over_count)).replace("%4", str(block.runs)))

    def _revision_note(self, note: RevisionNote) -> str:
        name = f"{note.index + 1}. {note.title}"
        if note.kind == "clock_moved":
            return (self.tr("%1: its clock time moves from %2 to %3.").replace("%1", name)
                    .replace("%2", format_clock(note.before))
                    .replace("%3", format_clock(note.after)))
        if note.kind == "max_raised":
            return (self.tr("%1: its longest length (max_minutes) is raised to %2.")
                    .replace("%1", name).replace("%2", minutes_text(note.after)))
        return (self.tr("%1: the steps add up to %2, the block now has %3; adjust the steps.")
                .replace("%1", name).replace("%2", minutes_text(note.before))
                .replace("%3", minutes_text(note.after)))

    def _slot_text(self, slot: SlotWarning) -> str:
        text = (self.tr("⚠ The revised programme takes %1, %2 more than its %3 slot.")
                .replace("%1", minutes_text(slot.revised_total))
                .replace("%2", minutes_text(slot.excess))
                .replace("%3", minutes_text(slot.planned_total)))
        if not slot.options:
            return text + " " + self.tr(
                "No block ran under or is flexible: shorten by hand, or plan a longer meeting.")
        options = []
        for option in slot.options:
            template = (self.tr("%1 (ran under, %2)") if option.reason == "ran_under"
                        else self.tr("%1 (flexible, %2)"))
            options.append(template.replace("%1", f"{option.index + 1}. {option.title}")
                           .replace("%2", minutes_text(option.minutes)))
        return text + " " + self.tr("Shorten instead: %1.").replace("%1", "; ".join(options))

    # ------------------------------------------------------------------ deleting

    def delete_selected(self) -> Path | None:
        """Move the selected meeting's log to `deleted/`, after asking."""
        row = self.selected_row()
        if row is None:
            return None
        report = row.report
        moment = report.started or report.created
        text = (self.tr("Delete the meeting “%1” of %2 from the list? Its log is moved to "
                        "the folder %3 in the sessions folder, so nothing is lost.")
                .replace("%1", report.agenda_title)
                .replace("%2", f"{moment:%Y-%m-%d %H:%M}" if moment else "–")
                .replace("%3", DELETED_FOLDER))
        choice = self._asker.choose(self, self.tr("Delete the meeting"), text,
                                    [self.tr("Delete")])
        if choice != 0:
            return None
        try:
            target = move_to_deleted(row.log.path, self._sessions_dir)
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot delete the meeting"),
                               f"{row.log.path}: {message_text()(os_reason(exc))}")
            return None
        self._shown_series = None
        self.reload()
        self.statusBar().showMessage(self.tr("Moved to %1").replace("%1", str(target)), 8000)
        self.sessionDeleted.emit(str(target))
        return target

    # ------------------------------------------------------------------ exporting

    def choose_export(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name = self._save_path(
            self, self.tr("Export the meeting"), f"{row.log.path.stem}.pdf",
            self.tr("PDF (*.pdf);;HTML report (*.html);;CSV for spreadsheets (*.csv);;"
                    "JSON (*.json)"))
        if name:
            self.export_session(Path(name))

    def export_session(self, path: Path, report: SessionReport | None = None) -> bool:
        """Write the selected (or given) meeting as CSV, JSON, HTML or PDF, by the suffix."""
        if report is None:
            row = self.selected_row()
            if row is None:
                return False
            report = row.report
        row = self.selected_row()
        slides = None
        if row is not None and row.report is report:
            live = self._live_now
            slides = meeting_slide_times(
                row.log, live[1] if live and live[0] == row.log.path else None)
            series = self._series.get(row.series_key)
            if slides.has_data and series is not None:
                slides = with_series(slides, row.log, series.logs)
        try:
            path = write_meeting(report, path, self._lang, slides)
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {message_text()(os_reason(exc))}")
            return False
        self._wrote(path)
        return True

    def choose_series_export(self) -> None:
        if self._shown_series is None:
            return
        name = self._save_path(self, self.tr("Export the series"), "series.csv",
                               self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if name:
            self.export_series(Path(name))

    def export_series(self, path: Path) -> bool:
        """Write the shown series (with its calibration) as CSV or JSON, by the suffix."""
        series = self._series.get(self._shown_series or "")
        if series is None:
            return False
        stats = series_statistics(series)
        try:
            if path.suffix.lower() == ".json":
                slides = counted_slide_times(series.logs, [r.session_id for r in stats.runs])
                write_text(path, with_series_slides(
                    render_series_json(stats, self._calibration), slides))
            else:
                write_text(path, render_series_csv(stats, self._lang, self._calibration),
                            "utf-8-sig")
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {message_text()(os_reason(exc))}")
            return False
        self._wrote(path)
        return True

    def choose_revised_export(self) -> None:
        if self._calibration is None:
            return
        name = self._save_path(
            self, self.tr("Export revised programme"),
            f"{session_slug(self._calibration.agenda.title)}-revised.yaml",
            self.tr("Programmes (*.yaml *.yml)"))
        if name:
            self.export_revised(Path(name))

    def export_revised(self, path: Path) -> bool:
        """Write the programme with the suggested lengths as YAML."""
        if self._calibration is None:
            return False
        try:
            write_text(path, revised_programme_yaml(self._calibration, self._lang))
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {message_text()(os_reason(exc))}")
            return False
        self._wrote(path)
        return True

    def _wrote(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 8000)
        self.exported.emit(str(path))

    @property
    def calibration(self) -> Calibration | None:
        return self._calibration



def open_review_window(parent: QWidget | None, sessions_dir: Path,
                       lang: str | None = None, live: LiveMeeting | None = None) -> ReviewWindow:
    """Open (and return) a review window of its own, closed and freed with its parent.

    `live` tells which journal belongs to the meeting running in the parent
    window and its meeting clock now (see ReviewWindow).
    """
    window = ReviewWindow(sessions_dir, lang, parent=parent, live=live)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    window.activateWindow()
    return window


def run_review_app(sessions_dir: Path, lang: str | None = None) -> int:
    """`facilitator review`: the review window on its own, until it closes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .icon import WINDOW_ICON_LARGEST, app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("facilitator")
    app.setOrganizationName("facilitator")
    app.setWindowIcon(app_icon(WINDOW_ICON_LARGEST))
    language = install_translators(app, lang)
    window = ReviewWindow(sessions_dir, language)
    window.show()
    # Automated runs (tests, screenshots) close the window after a while.
    quit_after = os.environ.get("FACILITATOR_QUIT_AFTER_MS", "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), window.close)
    return int(app.exec())
