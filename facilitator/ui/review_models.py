"""The review's table models: the logged meetings, one meeting's blocks, a programme's series.

Each is a QAbstractTableModel with column constants, reset as a whole by
`set_rows`; SessionFilter narrows the meetings to one programme. Minutes are
shown in the interface's locale, coloured (and signed) over or under plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ..core.journal import SessionLog
from ..core.report import BlockReport, BlockStatus, SessionReport
from ..core.series import BlockStats, BlockSuggestion, Calibration, Rule, SeriesStats
from ..messages_text import installed as message_text
from .text import minutes_text, plain_tip, translate, whole

#: Sorting by these, not by the text shown ("9 min" after "10 min" is wrong).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The programme (series key) a session belongs to, for the programme filter.
SERIES_ROLE = Qt.ItemDataRole.UserRole + 2

#: Text colours for a block over or under its plan. The sign (+/−) says the
#: same, so the colour is never the only signal, on screen or on paper.
OVER_COLOUR = "#a8321e"
UNDER_COLOUR = "#2b6b34"
#: The invisible root: a table's rows have no parent.
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _decimal(value: float, signed: bool = False) -> str:
    """Minutes to one decimal in the interface's locale; "−" for negative numbers."""
    value = round(value, 1) or 0.0  # no "-0.0", and no sign on nothing
    text = QLocale().toString(abs(value), "f", 1)
    if value < 0:
        return "−" + text
    return "+" + text if signed and value > 0 else text


def _tone(delta: float | None) -> QColor | None:
    if delta is None:
        return None
    if delta > 0.5:
        return QColor(OVER_COLOUR)
    if delta < -0.5:
        return QColor(UNDER_COLOUR)
    return None



@dataclass(frozen=True)
class SessionRow:
    """One logged meeting as the list shows it."""

    log: SessionLog
    report: SessionReport
    series_key: str
    resumed: bool


class _ListModel(QAbstractTableModel):
    """A table of one row per item, reset as a whole by `set_rows`.

    Subclasses give COLUMN_COUNT, `_headers()` and `data()`.
    """

    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self,  # noqa: N802 - Qt's name
                 parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self,  # noqa: N802 - Qt's name
                    parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def _headers(self) -> dict[int, str]:
        return {}

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers().get(section)


class SessionsModel(_ListModel):
    """The logged meetings: date, programme, planned, actual, overrun and status."""

    DATE, PROGRAMME, PLANNED, ACTUAL, OVERRUN, STATUS = range(6)
    COLUMN_COUNT = 6

    def row_at(self, row: int) -> SessionRow:
        return self._rows[row]

    def _headers(self) -> dict[int, str]:
        return {
            self.DATE: self.tr("Date"),
            self.PROGRAMME: self.tr("Programme"),
            self.PLANNED: self.tr("Planned"),
            self.ACTUAL: self.tr("Actual"),
            self.OVERRUN: self.tr("Overrun"),
            self.STATUS: self.tr("Status"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        report = row.report
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            moment = report.started or report.created
            return {
                self.DATE: moment.timestamp() if moment else 0.0,
                self.PROGRAMME: report.agenda_title.casefold(),
                self.PLANNED: report.planned_minutes,
                self.ACTUAL: report.actual_minutes,
                self.OVERRUN: report.overrun_minutes,
                self.STATUS: (report.is_finished, row.resumed),
            }.get(column)
        if role == SERIES_ROLE:
            return row.series_key
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (self.PLANNED, self.ACTUAL, self.OVERRUN) else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERRUN:
            return _tone(report.overrun_minutes)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = str(row.log.path)
            if column == self.PROGRAMME:
                tip = report.agenda_title + "\n" + tip
            if column == self.OVERRUN and report.started and not report.has_ended:
                tip = self.tr("Against the plan so far: the meeting has not finished.")
            if row.log.problems:
                said = message_text()
                tip += "\n" + "\n".join(said.problem(p) for p in row.log.problems)
            return plain_tip(tip)
        return None

    def _text(self, row: SessionRow, column: int) -> str | None:
        report = row.report
        if column == self.DATE:
            moment = report.started or report.created
            return f"{moment:%Y-%m-%d %H:%M}" if moment else "–"
        if column == self.PROGRAMME:
            return report.agenda_title
        if column == self.PLANNED:
            return minutes_text(report.planned_minutes)
        if column == self.ACTUAL:
            return minutes_text(report.actual_minutes) if report.started else "–"
        if column == self.OVERRUN:
            if not report.started:
                return "–"
            over = whole(report.overrun_minutes)
            sign = "+" if over > 0 else "−" if over < 0 else "±"
            return sign + minutes_text(abs(over))
        if column == self.STATUS:
            if not report.started:
                status = self.tr("not started")
            elif report.is_finished:
                status = self.tr("finished")
            elif report.abandoned is not None:
                status = self.tr("closed unfinished")  # discarded or started afresh
            else:
                status = self.tr("not finished")
            if row.resumed:
                status = self.tr("%1, resumed").replace("%1", status)
            if report.speed != 1:
                status = self.tr("%1, rehearsal ×%2").replace("%1", status).replace(
                    "%2", f"{report.speed:g}")
            return status
        return None


class SessionFilter(QSortFilterProxyModel):
    """The sessions of one programme (a series key), or all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._series: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_series(self, key: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._series = key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._series = key
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt's name
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._series is None:
            return True
        model = self.sourceModel()
        index = model.index(source_row, SessionsModel.PROGRAMME, source_parent)
        return bool(model.data(index, SERIES_ROLE) == self._series)


class BlocksModel(_ListModel):
    """One meeting's blocks: planned, actual, delta, paused, adjusted, notes."""

    NO, BLOCK, PLANNED, ACTUAL, DELTA, PAUSED, ADJUSTED, NOTES = range(8)
    COLUMN_COUNT = 8

    def _headers(self) -> dict[int, str]:
        return {
            self.NO: self.tr("No."),
            self.BLOCK: self.tr("Block"),
            self.PLANNED: self.tr("Planned"),
            self.ACTUAL: self.tr("Actual"),
            self.DELTA: self.tr("Difference"),
            self.PAUSED: self.tr("Paused"),
            self.ADJUSTED: self.tr("Adjusted"),
            self.NOTES: self.tr("Notes and reasons"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        block = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(block, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (self.BLOCK, self.NOTES) else _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if (block.skipped or block.to_come) and column in (self.ACTUAL, self.BLOCK):
                return QColor("#6b7680")
            if column == self.DELTA and block.shows_delta:
                return _tone(block.delta_so_far_minutes)
        if role == Qt.ItemDataRole.FontRole and column == self.ACTUAL and (
                block.skipped or block.to_come or block.running):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tip(block, column))
        return None

    def status_text(self, block: BlockReport) -> str:
        """What became of the block: done, running, skipped or to come; and if untimed."""
        text = {
            BlockStatus.DONE: self.tr("done"),
            BlockStatus.RUNNING: self.tr("running"),
            BlockStatus.SKIPPED: self.tr("skipped"),
            BlockStatus.TO_COME: self.tr("to come"),
        }[block.status]
        if block.untimed:
            text = self.tr("%1, untimed").replace("%1", text)
        return text

    def _tip(self, block: BlockReport, column: int) -> str | None:
        if column == self.BLOCK:
            return f"{block.title}\n{self.status_text(block)}"
        if column == self.NOTES:
            return self._text(block, column) or None
        if column == self.ACTUAL and block.running:
            return self.tr("Running: the time so far")
        if column == self.DELTA and block.untimed and not block.to_come:
            return self.tr("Untimed: no planned length to be over or under")
        if column == self.DELTA and block.running and not block.shows_delta:
            return self.tr("Running, within its plan so far")
        return None

    def _text(self, block: BlockReport, column: int) -> str | None:
        changed = block.adjust_minutes + block.plan_minutes
        if column == self.NO:
            return str(block.index + 1)
        if column == self.BLOCK:
            return block.title
        if column == self.PLANNED:
            return "–" if block.untimed else _decimal(block.planned_minutes)
        if column == self.ACTUAL:
            if block.skipped or block.to_come:
                return self.status_text(block)
            if block.running:
                return self.tr("%1 so far").replace("%1", _decimal(block.actual_minutes))
            return _decimal(block.actual_minutes)
        if column == self.DELTA:
            return _decimal(block.delta_so_far_minutes, signed=True) if block.shows_delta \
                else ""
        if column == self.PAUSED:
            return _decimal(block.paused_minutes) if block.paused_minutes >= 0.05 else ""
        if column == self.ADJUSTED:
            return _decimal(changed, signed=True) if abs(changed) >= 0.05 else ""
        if column == self.NOTES:
            started = {"remote": self.tr("started from a phone"),
                       "slide": self.tr("started by the slides")}.get(block.started_by or "")
            return "; ".join(([started] if started else [])
                             + [note_text(n.text, n.reason) for n in block.notes])
        return None


def note_text(text: str, reason: str | None) -> str:
    reasons = {
        "discussion": translate("facilitator", "discussion ran long"),
        "technical": translate("facilitator", "technical trouble"),
        "late start": translate("facilitator", "late start"),
        "questions": translate("facilitator", "questions from the room"),
        "other": translate("facilitator", "other"),
    }
    if not reason:
        return text
    named = reasons.get(reason, reason)
    return f"{named}: {text}" if text else named


class SeriesModel(QAbstractTableModel):
    """A programme's series side by side: per block each run's actual minutes, then figures.

    The run columns sit between the fixed leading columns (NO, BLOCK, PLANNED)
    and the statistics, whose positions are `stats_column(MEDIAN)` and so on.
    The last row is the whole meeting.
    """

    NO, BLOCK, PLANNED = range(3)
    RUNS_START = 3
    MEDIAN, MEAN, MAX, OVER, MEDIAN_OVER, SUGGESTED = range(6)
    STATS_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stats: SeriesStats | None = None
        self._suggested: dict[int, BlockSuggestion] = {}
        self._revised_total: float | None = None

    def set_rows(self, stats: SeriesStats | None, calibration: Calibration | None = None) -> None:
        self.beginResetModel()
        self._stats = stats
        self._suggested = {b.index: b for b in calibration.blocks} if calibration else {}
        self._revised_total = calibration.revised.total_minutes if calibration else None
        self.endResetModel()

    def stats_column(self, which: int) -> int:
        runs = len(self._stats.runs) if self._stats else 0
        return self.RUNS_START + runs + which

    def rowCount(self,  # noqa: N802 - Qt's name
                 parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self._stats is None or not self._stats.blocks:
            return 0
        return len(self._stats.blocks) + 1

    def columnCount(self,  # noqa: N802 - Qt's name
                    parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.stats_column(self.STATS_COUNT)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        runs = self._stats.runs if self._stats else ()
        run = section - self.RUNS_START
        if 0 <= run < len(runs):
            moment = runs[run].started or runs[run].created
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{moment:%Y-%m-%d}" if moment else "?"
            if role == Qt.ItemDataRole.ToolTipRole:
                path = runs[run].path
                return plain_tip(f"{moment:%Y-%m-%d %H:%M}" + (f"\n{path.name}" if path else "")
                                 if moment else None)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            self.NO: self.tr("No."),
            self.BLOCK: self.tr("Block"),
            self.PLANNED: self.tr("Planned"),
            self.stats_column(self.MEDIAN): self.tr("Median"),
            self.stats_column(self.MEAN): self.tr("Mean"),
            self.stats_column(self.MAX): self.tr("Max"),
            self.stats_column(self.OVER): self.tr("Ran over"),
            self.stats_column(self.MEDIAN_OVER): self.tr("Median overrun"),
            self.stats_column(self.SUGGESTED): self.tr("Suggested"),
        }
        return names.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stats = self._stats
        if stats is None or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        total = index.row() == len(stats.blocks)
        block = None if total else stats.blocks[index.row()]
        run = column - self.RUNS_START
        is_run = 0 <= run < len(stats.runs)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(stats, column) if block is None \
                else self._block_text(block, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == self.BLOCK else _RIGHT
        if role == Qt.ItemDataRole.FontRole:
            suggestion = self._suggested.get(block.index) if block else None
            bold = total or (column == self.stats_column(self.SUGGESTED) and suggestion
                             is not None and suggestion.rule is Rule.LENGTHEN)
            if bold:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_run:
                delta = (stats.runs[run].overrun_minutes if block is None
                         else block.deltas[run])
                return _tone(delta)
            if column == self.stats_column(self.MEDIAN_OVER):
                return QColor(OVER_COLOUR) if self._data_present(block, stats) else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole and block is not None:
            if column == self.BLOCK:
                return plain_tip(block.title)
            if is_run and block.deltas[run] is not None:
                return self.tr("planned %1, actual %2 (%3)").replace(
                    "%1", _decimal(stats.runs[run].blocks[block.index].planned_minutes)
                ).replace("%2", _decimal(block.actuals[run] or 0.0)).replace(
                    "%3", _decimal(block.deltas[run] or 0.0, signed=True))
        return None

    @staticmethod
    def _data_present(block: BlockStats | None, stats: SeriesStats) -> bool:
        value = stats.median_overrun_minutes if block is None else block.median_overrun
        return value is not None

    def _block_text(self, block: BlockStats, column: int) -> str | None:
        run = column - self.RUNS_START
        if column == self.NO:
            return str(block.index + 1)
        if column == self.BLOCK:
            return block.title
        if column == self.PLANNED:
            return _decimal(block.planned_minutes)
        if 0 <= run < len(block.actuals):
            actual = block.actuals[run]
            return "–" if actual is None else _decimal(actual)
        which = column - self.stats_column(0)
        if which == self.MEDIAN:
            return _maybe(block.median_actual)
        if which == self.MEAN:
            return _maybe(block.mean_actual)
        if which == self.MAX:
            return _maybe(block.max_actual)
        if which == self.OVER:
            return self.tr("%1 of %2").replace("%1", str(block.over_count)).replace(
                "%2", str(block.runs))
        if which == self.MEDIAN_OVER:
            return _maybe(block.median_overrun, signed=True)
        if which == self.SUGGESTED:
            suggestion = self._suggested.get(block.index)
            return _decimal(suggestion.suggested_minutes) if suggestion else ""
        return None

    def _total_text(self, stats: SeriesStats, column: int) -> str | None:
        run = column - self.RUNS_START
        if column == self.BLOCK:
            return self.tr("Whole meeting")
        if column == self.PLANNED:
            return _decimal(stats.planned_minutes)
        if 0 <= run < len(stats.runs):
            return _decimal(stats.runs[run].actual_minutes)
        which = column - self.stats_column(0)
        if which == self.MEDIAN:
            return _maybe(stats.median_actual_minutes)
        if which == self.OVER:
            return self.tr("%1 of %2").replace("%1", str(stats.over_count)).replace(
                "%2", str(len(stats.runs)))
        if which == self.MEDIAN_OVER:
            return _maybe(stats.median_overrun_minutes, signed=True)
        if which == self.SUGGESTED and self._revised_total is not None:
            return _decimal(self._revised_total)
        return ""


def _maybe(value: float | None, signed: bool = False) -> str:
    return "–" if value is None else _decimal(value, signed)

