"""The review window: logged meetings, one meeting block by block, and a programme's series."""

from __future__ import annotations

import math
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
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
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import AgendaError
from ..core.durations import format_clock
from ..core.journal import (
    JournalProblem,
    SessionLog,
    fallback_folders,
    list_sessions,
    session_slug,
)
from ..core.private import open_export
from ..core.report import (
    BlockReport,
    BlockStatus,
    SessionReport,
    build_report,
    render_csv,
    render_html,
    render_json,
)
from ..core.series import (
    BlockStats,
    BlockSuggestion,
    Calibration,
    RevisionNote,
    Rule,
    Series,
    SeriesStats,
    SlotWarning,
    calibrate,
    group_series,
    meeting_drift,
    render_series_csv,
    render_series_json,
    revised_programme_yaml,
    series_statistics,
    was_resumed,
)
from ..messages_text import installed as message_text
from .fit import ScreenFit, fit_window
from .text import minutes_text, plain_tip, translate, whole
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

#: Sorting by these, not by the text shown ("9 min" after "10 min" is wrong).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The programme (series key) a session belongs to, for the programme filter.
SERIES_ROLE = Qt.ItemDataRole.UserRole + 2

#: Text colours for a block over or under its plan. The sign (+/−) says the
#: same, so the colour is never the only signal, on screen or on paper.
OVER_COLOUR = "#a8321e"
UNDER_COLOUR = "#2b6b34"
#: Chart inks: dark enough to print as distinct greys, patterned so planned,
#: actual and over-plan stay apart on a black-and-white printout.
INK = "#1d2329"
PLANNED_INK = "#5b6b7a"
ACTUAL_FILL = "#34495e"
OVER_INK = "#a8321e"
GRID = "#c9d0d6"

DELETED_FOLDER = "deleted"
EXPORT_SUFFIXES = (".csv", ".json", ".html", ".pdf")
#: The invisible root: a table's rows have no parent.
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def export_language(locale: QLocale | None = None) -> str:
    """The language for exported reports: the interface's (Danish, else English)."""
    language = (locale or QLocale()).language()
    return "da" if language == QLocale.Language.Danish else "en"


def move_to_deleted(path: Path, sessions_dir: Path) -> Path:
    """Move a session file into `deleted/` of the sessions folder; nothing is lost.

    The folder is skipped when sessions are listed, so the meeting leaves the
    list; moving the file back brings it back. A name already taken there
    gets -2, -3, … before its suffix.
    """
    folder = sessions_dir / DELETED_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / path.name
    number = 2
    while target.exists():
        target = folder / f"{path.stem}-{number}{path.suffix}"
        number += 1
    shutil.move(str(path), str(target))
    return target


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


# --------------------------------------------------------------------------- models


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
            return "; ".join(_note_text(n.text, n.reason) for n in block.notes)
        return None


def _note_text(text: str, reason: str | None) -> str:
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


# --------------------------------------------------------------------------- the chart


@dataclass(frozen=True)
class ChartLabels:
    """The chart's words, translated by whoever draws it."""

    planned: str
    actual: str
    over: str
    drift: str
    drift_unit: str
    minutes: str
    skipped: str


@dataclass(frozen=True)
class PlacedText:
    """A word the chart drew and the box it was given, kept to check that it fits.

    `kind` is "legend", "axis", "unit", "number" (a block's number under its
    bars) or "drift" (the drift at a block's end).
    """

    rect: QRectF
    text: str
    kind: str
    align: Qt.AlignmentFlag
    font: QFont


class _ChartText:
    """Draws the chart's words inside their boxes, cut with "…" only if a box is too small."""

    def __init__(self, painter: QPainter, metrics: QFontMetricsF,
                 placed: list[PlacedText] | None) -> None:
        self._painter = painter
        self._metrics = metrics
        self._placed = placed

    def width(self, text: str) -> float:
        # One pixel more than the advance: the text's own box, never clipped by rounding.
        return self._metrics.horizontalAdvance(text) + 1

    def draw(self, rect: QRectF, align: Qt.AlignmentFlag, text: str, kind: str) -> None:
        if self.width(text) > rect.width():
            text = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            max(0.0, rect.width() - 1))
        if not text:
            return
        self._painter.drawText(rect, align, text)
        if self._placed is not None:
            self._placed.append(PlacedText(QRectF(rect), text, kind, align,
                                           QFont(self._painter.font())))


def _every(widest: float, room: float) -> int:
    """Label every n-th of a row of slots `room` wide with labels up to `widest` wide."""
    if room <= 0:
        return 1 << 30
    return max(1, math.ceil(widest / room))


def _tick_step(longest: float, ticks: int = 6) -> float:
    return next(s for s in (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 600, 10**9)
                if longest / s <= ticks)


def _ticks(low: float, high: float, step: float) -> list[float]:
    count = int(round((high - low) / step))
    return [low + i * step for i in range(count + 1)]


def paint_meeting_chart(painter: QPainter, rect: QRectF, report: SessionReport,
                        labels: ChartLabels, placed: list[PlacedText] | None = None) -> None:
    """Planned against actual per block as grouped bars, and the drift behind plan below.

    Patterns, not only colours, tell the bars apart: planned is hatched,
    actual solid, the part of a block past its plan cross-hatched; the drift
    is a black line with square markers. All of it survives a grey printout.

    Every word is measured with the font's metrics on the device painted on:
    the legend wraps, the axis is as wide as its widest number, and when the
    blocks are too narrow for their numbers only every n-th is labelled, so
    nothing is clipped or drawn over. `placed` collects what was drawn where.

    While the meeting has not finished, blocks to come have only their
    planned bar; the running block is over its plan only once past it; an
    untimed block has no plan to be over.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("#ffffff"))
    blocks = report.blocks
    font = QFont(painter.font())
    font.setPointSizeF(max(7.0, min(10.0, rect.height() / 45)))
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    words = _ChartText(painter, metrics, placed)
    line = metrics.height()
    pad = line * 0.6

    # Legend: as many rows as the width needs, every entry measured.
    legend_y = rect.top() + pad
    key = line * 0.9
    entries = [(labels.planned, key * 1.4), (labels.actual, key * 1.4), (labels.over, key * 1.4),
               (labels.drift, key * 1.6)]
    places = legend_places(metrics, entries, QRectF(rect.left() + pad, legend_y,
                                                    rect.width() - 2 * pad, line))
    for (name, swatch), place, draw in zip(entries, places, (_planned_bar, _actual_bar,
                                                               _over_bar, None), strict=True):
        middle = place.top() + line / 2
        if draw is not None:
            draw(painter, QRectF(place.left(), middle - key / 2, swatch, key))
        else:
            painter.setPen(QPen(QColor(INK), 2))
            painter.drawLine(QPointF(place.left(), middle), QPointF(place.left() + swatch, middle))
            _marker(painter, QPointF(place.left() + swatch / 2, middle), key * 0.45)
        painter.setPen(QColor(INK))
        # legend_places measured the bare advance; the box gets the pixel words.draw keeps.
        words.draw(QRectF(place.left() + swatch + 4, place.top(),
                          max(0.0, place.width() - swatch - 4) + 1, line), _LEFT, name,
                   "legend")
    legend_bottom = max(p.bottom() for p in places)

    if not blocks:
        painter.restore()
        return

    # The scales first: the axis is as wide as the widest of their numbers.
    longest = max([1.0] + [max(b.planned_minutes, b.actual_minutes) for b in blocks])
    step = _tick_step(longest)
    ceiling = math.ceil(longest / step) * step
    bar_ticks = _ticks(0.0, ceiling, step)
    points = meeting_drift(report)
    drift = [p.drift for p in points]
    low = min([0.0, *drift])
    high = max([0.0, *drift])
    d_step = _tick_step(max(high - low, 1.0), 4)
    low = math.floor(low / d_step) * d_step
    high = math.ceil(high / d_step) * d_step
    if high == low:
        high = low + d_step
    drift_ticks = _ticks(low, high, d_step)
    widest_tick = max(words.width(t) for t in
                      [f"{t:g}" for t in bar_ticks] + [_signed_whole(t) for t in drift_ticks])
    axis_left = rect.left() + pad / 2
    left = axis_left + widest_tick + pad
    right = rect.right() - pad
    axis_box = left - pad / 2 - axis_left
    top = legend_bottom + line * 2
    bottom = rect.bottom() - pad
    usable = max(line * 8, bottom - top)
    bars = QRectF(left, top, right - left, max(line, usable * 0.6 - line))
    # Under the bars: the block numbers, then the drift axis' unit, then the drift.
    drift_top = bars.bottom() + line * 3.2
    drift_area = QRectF(left, drift_top, right - left, max(line * 3, bottom - drift_top))
    group = bars.width() / len(blocks)

    # Bars, on one minute scale.
    scale = bars.height() / ceiling
    for tick in bar_ticks:
        y = bars.bottom() - tick * scale
        painter.setPen(QPen(QColor(GRID), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(bars.left(), y), QPointF(bars.right(), y))
        painter.setPen(QColor(INK))
        words.draw(QRectF(axis_left, y - line / 2, axis_box, line), _RIGHT, f"{tick:g}", "axis")
    words.draw(QRectF(axis_left, bars.top() - line * 1.6, right - axis_left, line), _LEFT,
               labels.minutes, "unit")
    width = min(group * 0.36, line * 3)
    numbers_every = _every(max(words.width(str(b.index + 1)) for b in blocks), group)
    for position, block in enumerate(blocks):
        centre = bars.left() + group * (position + 0.5)
        planned_h = block.planned_minutes * scale
        _planned_bar(painter, QRectF(centre - width - 1, bars.bottom() - planned_h, width,
                                     planned_h))
        if block.skipped:
            cross = words.width("×")
            if cross <= group / 2:
                painter.setPen(QColor(INK))
                words.draw(QRectF(centre + 1, bars.bottom() - line * 1.2, max(width, cross),
                                  line), Qt.AlignmentFlag.AlignCenter, "×", "mark")
        elif not block.to_come:
            actual_h = block.actual_minutes * scale
            # Past the plan only for a timed block; an untimed one has none to pass.
            within = actual_h if block.untimed \
                else min(block.actual_minutes, block.planned_minutes) * scale
            _actual_bar(painter, QRectF(centre + 1, bars.bottom() - within, width, within))
            if actual_h > within + 0.5:
                _over_bar(painter, QRectF(centre + 1, bars.bottom() - actual_h, width,
                                          actual_h - within))
        if position % numbers_every == 0:
            painter.setPen(QColor(INK))
            words.draw(_centred(centre, bars.bottom() + 2, words.width(str(block.index + 1)),
                                line, rect), Qt.AlignmentFlag.AlignCenter,
                       str(block.index + 1), "number")
    painter.setPen(QPen(QColor(INK), 1))
    painter.drawLine(QPointF(bars.left(), bars.bottom()), QPointF(bars.right(), bars.bottom()))

    # Drift: minutes behind plan at the end of each block; up is behind. A
    # line of room above the highest point and below the lowest for its number.
    d_scale = (drift_area.height() - line * 2.8) / (high - low)

    def y_of(value: float) -> float:
        return drift_area.bottom() - line * 1.4 - (value - low) * d_scale

    painter.setPen(QColor(INK))
    words.draw(QRectF(axis_left, bars.bottom() + line * 1.9, right - axis_left, line), _LEFT,
               labels.drift_unit, "unit")
    for tick in drift_ticks:
        y = y_of(tick)
        painter.setPen(QPen(QColor(GRID), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(drift_area.left(), y), QPointF(drift_area.right(), y))
        painter.setPen(QColor(INK))
        words.draw(QRectF(axis_left, y - line / 2, axis_box, line), _RIGHT,
                   _signed_whole(tick), "axis")
    painter.setPen(QPen(QColor(INK), 1))
    painter.drawLine(QPointF(drift_area.left(), y_of(0)), QPointF(drift_area.right(), y_of(0)))
    if not points:
        painter.restore()
        return
    positions = {b.index: i for i, b in enumerate(blocks)}
    spots = [QPointF(drift_area.left(), y_of(0))] + [
        QPointF(drift_area.left() + group * (positions[p.index] + 0.5), y_of(p.drift))
        for p in points]
    path = QPainterPath(spots[0])
    for spot in spots[1:]:
        path.lineTo(spot)
    painter.setPen(QPen(QColor(INK), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    shown: list[QRectF] = []
    for number, (spot, value) in enumerate(zip(spots[1:], drift, strict=True)):
        _marker(painter, spot, line * 0.3)
        before = drift[number - 1] if number else 0.0
        after = drift[number + 1] if number + 1 < len(drift) else value
        text = _signed_whole(value)
        box = drift_label_rect(spot, before, value, after, words.width(text) + 4, line)
        # Keep the number on the chart, and off a number already written.
        box.moveLeft(min(max(box.left(), drift_area.left()), drift_area.right() - box.width()))
        box.moveTop(min(max(box.top(), rect.top()), rect.bottom() - box.height()))
        if any(box.intersects(other) for other in shown):
            continue
        shown.append(box)
        painter.setPen(QColor(INK))
        words.draw(box, Qt.AlignmentFlag.AlignCenter, text, "drift")
    painter.restore()


def _centred(x: float, top: float, width: float, height: float, inside: QRectF) -> QRectF:
    """A box `width` wide centred on `x`, moved in where it would stick out of `inside`."""
    left = min(max(x - width / 2, inside.left()), inside.right() - width)
    return QRectF(left, top, width, height)


def legend_places(metrics: QFontMetricsF, entries: list[tuple[str, float]],
                  row: QRectF) -> list[QRectF]:
    """Where each legend entry (name, swatch width) goes: in rows within `row`'s width.

    The first row is `row`; an entry that would cross its right edge starts
    the next row, so no name is cut off at the chart's edge.
    """
    places = []
    x, y = row.left(), row.top()
    gap = metrics.height()
    for name, swatch in entries:
        # One pixel more than the advance, as the chart measures its words.
        width = swatch + 4 + metrics.horizontalAdvance(name) + 1
        if x > row.left() and x + width > row.right():
            x, y = row.left(), y + row.height() * 1.2
        places.append(QRectF(x, y, min(width, row.width()), row.height()))
        x += width + gap
    return places


def drift_label_rect(point: QPointF, before: float, value: float, after: float,
                     width: float, height: float) -> QRectF:
    """Where a drift point's number goes: on the side its two line segments leave free.

    Up is behind. At a peak the number goes above, in a valley below; on a
    falling line above and to the right, on a rising line above and to the left.
    """
    half = width / 2
    if before <= value and after <= value:
        return QRectF(point.x() - half, point.y() - height * 1.3, width, height)
    if before >= value and after >= value:
        return QRectF(point.x() - half, point.y() + height * 0.3, width, height)
    shift = half + height * 0.3
    if before > value:  # falling
        return QRectF(point.x() - half + shift, point.y() - height * 1.2, width, height)
    return QRectF(point.x() - half - shift, point.y() - height * 1.2, width, height)


def _signed_whole(value: float) -> str:
    rounded = whole(value)
    return f"+{rounded}" if rounded > 0 else f"−{-rounded}" if rounded < 0 else "0"


def _planned_bar(painter: QPainter, rect: QRectF) -> None:
    if rect.height() <= 0:
        return
    painter.fillRect(rect, QColor("#ffffff"))
    painter.fillRect(rect, QBrush(QColor(PLANNED_INK), Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(QColor(PLANNED_INK), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _actual_bar(painter: QPainter, rect: QRectF) -> None:
    if rect.height() <= 0:
        return
    painter.fillRect(rect, QColor(ACTUAL_FILL))
    painter.setPen(QPen(QColor(INK), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _over_bar(painter: QPainter, rect: QRectF) -> None:
    if rect.height() <= 0:
        return
    painter.fillRect(rect, QColor("#ffffff"))
    painter.fillRect(rect, QBrush(QColor(OVER_INK), Qt.BrushStyle.DiagCrossPattern))
    painter.setPen(QPen(QColor(OVER_INK), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _marker(painter: QPainter, centre: QPointF, half: float) -> None:
    painter.setPen(QPen(QColor(INK), 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRectF(centre.x() - half, centre.y() - half, half * 2, half * 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)


class MeetingChart(QWidget):
    """One meeting, planned against actual per block, and its drift behind plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: SessionReport | None = None
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def report(self) -> SessionReport | None:
        return self._report

    def set_report(self, report: SessionReport | None) -> None:
        self._report = report
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(560, 420)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        if self._report is None:
            painter.fillRect(self.rect(), QColor("#ffffff"))
        else:
            paint_meeting_chart(painter, QRectF(self.rect()), self._report, chart_labels())
        painter.end()

    def to_image(self, width: int = 640, height: int = 400, scale: float = 1.0) -> QImage:
        """The chart drawn off screen, `width` × `height` points at `scale` pixels each."""
        if self._report is None:
            image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
            image.fill(QColor("#ffffff"))
            return image
        return chart_image(self._report, width, height, scale)


def chart_labels() -> ChartLabels:
    return ChartLabels(
        planned=translate("facilitator", "Planned"),
        actual=translate("facilitator", "Actual"),
        over=translate("facilitator", "Past the plan"),
        drift=translate("facilitator", "Behind plan after each block"),
        drift_unit=translate("facilitator", "min behind plan (+) or ahead (−)"),
        minutes=translate("facilitator", "min"),
        skipped=translate("facilitator", "skipped"),
    )


def chart_image(report: SessionReport, width: int = 640, height: int = 400,
                scale: float = 1.0, placed: list[PlacedText] | None = None) -> QImage:
    """The meeting chart as an image, `width` × `height` points at `scale` pixels each."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_meeting_chart(painter, QRectF(0, 0, width, height), report, chart_labels(), placed)
    painter.end()
    return image


def write_meeting(report: SessionReport, path: Path, lang: str) -> Path:
    """Write one meeting as CSV, JSON, HTML or PDF by the suffix; PDF if it names none.

    Returns the path written. PDF needs a QGuiApplication (fonts); the rest
    is the core report's text. Raises OSError when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        path, suffix = path.with_suffix(".pdf"), ".pdf"
    if suffix == ".pdf":
        _write_pdf(report, path, lang)
    elif suffix == ".html":
        _write_text(path, render_html(report, lang))
    elif suffix == ".json":
        _write_text(path, render_json(report, lang))
    else:
        # A byte-order mark is what makes spreadsheets read æøå as UTF-8.
        _write_text(path, render_csv(report, lang), "utf-8-sig")
    return path


def _write_pdf(report: SessionReport, path: Path, lang: str) -> None:
    from .meeting_pdf import write_meeting_pdf

    # Three pixels a point: sharp on paper at about 300 dpi.
    write_meeting_pdf(report, path, lang, chart_image(report, 620, 400, scale=3))


# --------------------------------------------------------------------------- the window


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
        rows = []
        live = self._live() if self._live is not None else None
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
            return
        report = row.report
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
                "%1", "; ".join(_note_text(n.text, n.reason) for n in report.notes)))
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
            return
        stats = series_statistics(series)
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
                               f"{row.log.path}: {exc.strerror or exc}")
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
        try:
            path = write_meeting(report, path, self._lang)
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {exc.strerror or exc}")
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
                _write_text(path, render_series_json(stats, self._calibration))
            else:
                _write_text(path, render_series_csv(stats, self._lang, self._calibration),
                            "utf-8-sig")
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {exc.strerror or exc}")
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
            _write_text(path, revised_programme_yaml(self._calibration, self._lang))
        except OSError as exc:
            self._asker.inform(self, self.tr("Cannot export"),
                               f"{path}: {exc.strerror or exc}")
            return False
        self._wrote(path)
        return True

    def _wrote(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 8000)
        self.exported.emit(str(path))

    @property
    def calibration(self) -> Calibration | None:
        return self._calibration


def _write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with open_export(path, encoding) as handle:
        handle.write(text)


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

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("facilitator")
    app.setOrganizationName("facilitator")
    language = install_translators(app, lang)
    window = ReviewWindow(sessions_dir, language)
    window.show()
    # Automated runs (tests, screenshots) close the window after a while.
    quit_after = os.environ.get("FACILITATOR_QUIT_AFTER_MS", "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), window.close)
    return int(app.exec())
