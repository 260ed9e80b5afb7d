"""The pages under the timer: the programme before the start, the steps, the summary at the end.

The stack takes its share of the window's height (SharePages); which page
shows follows the meeting's state.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...core.agenda import Agenda
from ...core.durations import format_clock
from ...core.snapshot import BlockStatus, MeetingState, Snapshot
from ..programme_words import programme_words
from ..text import clock_of_day, minutes_text
from ..widgets import plain_label
from .parts import SharePages, notes_view, readonly_table
from .steps import StepsPage

__all__ = ["MeetingPages", "OverviewPage", "SummaryPage"]


class OverviewPage(QWidget):
    """Before the start: when and how long (`overview_label`), the programme's notes, its blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.overview_label = plain_label("", 14, bold=True)
        self.overview_label.setObjectName("overview")
        self.programme_notes = notes_view(12, lines=5)
        self.programme_notes.setObjectName("programmeNotes")
        self.overview_table = QTableWidget(0, 5)
        self.overview_table.setObjectName("overviewTable")
        self.overview_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Block"), self.tr("Length"), self.tr("Slides"),
             self.tr("Kind")])
        readonly_table(self.overview_table, stretch=1)
        layout.addWidget(self.overview_label)
        layout.addWidget(self.programme_notes)
        layout.addWidget(self.overview_table, 1)

    def show_agenda(self, agenda: Agenda) -> None:
        start = agenda.start
        total = minutes_text(agenda.total_minutes)
        if start is not None:
            when = f"{format_clock(start)}–{format_clock(start + agenda.total_minutes)}"
            text = self.tr("%1 · %2 · %3 blocks").replace("%1", when).replace("%2", total)
        else:
            text = self.tr("%2 · %3 blocks").replace("%2", total)
        self.overview_label.setText(text.replace("%3", str(len(agenda.blocks))))
        self.programme_notes.setPlainText(agenda.notes)
        self.programme_notes.setVisible(bool(agenda.notes))
        table = self.overview_table
        table.setRowCount(len(agenda.blocks))
        offsets = agenda.planned_offsets()
        words = programme_words(agenda)
        clocks = agenda.planned_clocks()
        first_day = agenda.blocks[0].day if agenda.blocks else 1
        for row, (block, offset) in enumerate(zip(agenda.blocks, offsets, strict=True)):
            clock = clocks[row]
            when = format_clock(clock) if clock is not None else f"+{int(offset)}"
            if block.day != first_day:
                # Each day keeps its own clock (docs/agenda-format.md, "Days").
                when = self.tr("Day %1 · %2").replace("%1", str(block.day)).replace("%2", when)
            cells = [when, block.title,
                     minutes_text(block.minutes) if block.timed else words.untimed(),
                     str(block.slides).replace("-", "–") if block.slides else "",
                     words.kind(block.kind)]
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))


class SummaryPage(QWidget):
    """After the end: when it started and ended (`summary_label`), each block planned and spent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = plain_label("", 14, bold=True)
        self.summary_label.setObjectName("summary")
        self.summary_table = QTableWidget(0, 4)
        self.summary_table.setObjectName("summaryTable")
        self.summary_table.setHorizontalHeaderLabels(
            [self.tr("Block"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference")])
        readonly_table(self.summary_table, stretch=0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_table, 1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        start = snapshot.started_at
        self.summary_label.setText(
            self.tr("Started %1, ended %2; planned %3–%4.")
            .replace("%1", clock_of_day(start) if start else "–")
            .replace("%2", clock_of_day(snapshot.projected_end))
            .replace("%3", clock_of_day(snapshot.planned_start))
            .replace("%4", clock_of_day(snapshot.planned_end)))
        table = self.summary_table
        table.setRowCount(len(snapshot.timeline))
        for row, entry in enumerate(snapshot.timeline):
            spent = entry.actual_seconds / 60
            skipped = entry.status is BlockStatus.SKIPPED
            delta = spent - entry.planned_minutes
            whole = int(round(delta))
            shown = f"+{whole}" if whole > 0 else (f"−{-whole}" if whole < 0 else "0")
            cells = [entry.title, minutes_text(entry.planned_minutes),
                     self.tr("skipped") if skipped else minutes_text(spent),
                     "" if skipped else shown]
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))


class MeetingPages(SharePages):
    """The `overview`, the `steps` and the `summary`, one at a time as the meeting goes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = OverviewPage()
        self.steps = StepsPage()
        self.summary = SummaryPage()
        self.addWidget(self.overview)
        self.addWidget(self.steps)
        self.addWidget(self.summary)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.state is MeetingState.FINISHED:
            self.setCurrentIndex(2)
            self.summary.show_snapshot(snapshot)
            return
        self.setCurrentIndex(0 if snapshot.state is MeetingState.NOT_STARTED else 1)
        self.steps.show_snapshot(snapshot)
