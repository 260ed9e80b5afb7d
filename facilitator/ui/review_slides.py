"""The review's Slides tab: time per slide in one meeting, and across its programme's series.

The figures are core/slide_times.py's; this module shows them: a line of
totals, a table with a bar per slide (red, and "ran long" in words, when a
slide took well over its share of its block), and the same for the series
(median per slide, in how many meetings it ran long). A meeting without slide
data says so in words, with no empty table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.journal import SessionLog
from ..core.slide_report import duration
from ..core.slide_times import MeetingSlideTimes, SeriesSlide, SeriesSlideTimes, SlideTime
from .text import plain_tip
from .widgets import plain_label

__all__ = ["SeriesSlidesModel", "SlideBarDelegate", "SlideTimesModel", "SlidesPanel",
           "step_titles"]

# The bar's share of the longest time in its table (0..1), and whether it ran long.
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 11
LONG_ROLE = Qt.ItemDataRole.UserRole + 12
# Sorting by these, not by the text shown ("9:00" after "10:00" is wrong).
SORT_ROLE = Qt.ItemDataRole.UserRole + 13
BAR_COLOUR = "#3f8f4d"
LONG_COLOUR = "#c4512f"
LONG_TEXT = "#a8321e"
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def step_titles(log: SessionLog) -> tuple[tuple[str, ...], ...]:
    """Each block's step titles, from the programme in the log's header."""
    blocks = log.agenda.get("blocks")
    out = []
    for block in blocks if isinstance(blocks, list) else []:
        steps = block.get("steps") if isinstance(block, Mapping) else None
        out.append(tuple(str(s.get("title") or "") if isinstance(s, Mapping) else ""
                         for s in (steps if isinstance(steps, list) else [])))
    return tuple(out)


def _block(index: int | None, titles: Sequence[str], nowhere: str) -> str:
    if index is None:
        return nowhere
    title = titles[index] if 0 <= index < len(titles) else f"#{index + 1}"
    return f"{index + 1}. {title}"


def _percent(part: float, whole: float) -> str:
    value = round(100 * part / whole) if whole > 0 else 0
    return QLocale().toString(value) + (" %" if QLocale().language() in (
        QLocale.Language.Danish, QLocale.Language.German) else "%")


class _Table(QAbstractTableModel):
    """Rows reset as a whole by `set_rows`; subclasses give the columns."""

    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._titles: tuple[str, ...] = ()
        self._longest = 0.0

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

    def text(self, row: int, column: int) -> str:
        """What a cell shows (for tests and the screenshot's reader)."""
        value = self.data(self.index(row, column))
        return value if isinstance(value, str) else ""


class SlideTimesModel(_Table):
    """One meeting's slides: number, block, time, share of the followed time, planned,
    times shown, a bar, and a note (ran long, time looking back)."""

    SLIDE, BLOCK, STEP, TIME, SHARE, PLANNED, SHOWN, BAR, NOTE = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._followed = 0.0
        self._steps: tuple[tuple[str, ...], ...] = ()

    def set_times(self, times: MeetingSlideTimes | None, titles: Sequence[str],
                  steps: Sequence[Sequence[str]] = ()) -> None:
        """`titles` are the blocks' titles, `steps` each block's step titles."""
        self.beginResetModel()
        self._rows = list(times.slides) if times is not None else []
        self._titles = tuple(titles)
        self._steps = tuple(tuple(s) for s in steps)
        self._followed = times.followed_seconds if times is not None else 0.0
        self._longest = max((s.seconds for s in self._rows), default=0.0)
        self.endResetModel()

    def _headers(self) -> dict[int, str]:
        return {
            self.SLIDE: self.tr("Slide"),
            self.BLOCK: self.tr("Block"),
            self.STEP: self.tr("Step"),
            self.TIME: self.tr("Time"),
            self.SHARE: self.tr("Share"),
            self.PLANNED: self.tr("Planned"),
            self.SHOWN: self.tr("Shown"),
            self.BAR: "",
            self.NOTE: self.tr("Note"),
        }

    def step_title(self, slide: SlideTime) -> str:
        if slide.home is None or slide.step is None or slide.home >= len(self._steps):
            return ""
        steps = self._steps[slide.home]
        return f"{slide.step + 1}. {steps[slide.step]}" if slide.step < len(steps) else ""

    def note(self, slide: SlideTime) -> str:
        notes = []
        if slide.ran_long:
            notes.append(self.tr("ran long"))
        if slide.look_back_seconds > 0:
            notes.append(self.tr("%1 looking back").replace(
                "%1", duration(slide.look_back_seconds)))
        return ", ".join(notes)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        slide: SlideTime = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.SLIDE: str(slide.number),
                self.BLOCK: _block(slide.home, self._titles, self.tr("in no block")),
                self.STEP: self.step_title(slide),
                self.TIME: duration(slide.seconds),
                self.SHARE: _percent(slide.seconds, self._followed),
                self.PLANNED: duration(slide.planned_seconds)
                if slide.planned_seconds is not None else "–",
                self.SHOWN: self.tr("%1×").replace("%1", str(slide.shows)),
                self.BAR: "",
                self.NOTE: self.note(slide),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (self.BLOCK, self.STEP, self.NOTE) else _RIGHT
        if role == SORT_ROLE:
            return {
                self.SLIDE: slide.number,
                self.BLOCK: (slide.home if slide.home is not None else 1 << 20, slide.number),
                self.STEP: (slide.home if slide.home is not None else 1 << 20,
                            slide.step if slide.step is not None else -1, slide.number),
                self.TIME: slide.seconds, self.SHARE: slide.seconds, self.BAR: slide.seconds,
                self.PLANNED: slide.planned_seconds if slide.planned_seconds is not None
                else -1.0,
                self.SHOWN: slide.shows,
                self.NOTE: (slide.ran_long, slide.look_back_seconds),
            }.get(column)
        if role == FRACTION_ROLE:
            return slide.seconds / self._longest if self._longest > 0 else 0.0
        if role == LONG_ROLE:
            return slide.ran_long
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NOTE and slide.ran_long:
            return QColor(LONG_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.BLOCK, self.STEP):
            return plain_tip(self.data(index)) or None
        return None


class SeriesSlidesModel(_Table):
    """A series' slides: number, block, median time, planned, in how many meetings it
    was shown and ran long, a bar, and whether it keeps running long."""

    SLIDE, BLOCK, MEDIAN, PLANNED, MEETINGS, LONG, BAR, NOTE = range(8)
    COLUMN_COUNT = 8

    def set_times(self, times: SeriesSlideTimes | None, titles: Sequence[str]) -> None:
        self.beginResetModel()
        self._rows = list(times.slides) if times is not None else []
        self._titles = tuple(titles)
        self._longest = max((s.median_seconds or 0.0 for s in self._rows), default=0.0)
        self.endResetModel()

    def _headers(self) -> dict[int, str]:
        return {
            self.SLIDE: self.tr("Slide"),
            self.BLOCK: self.tr("Block"),
            self.MEDIAN: self.tr("Median"),
            self.PLANNED: self.tr("Planned"),
            self.MEETINGS: self.tr("Meetings"),
            self.LONG: self.tr("Ran long"),
            self.BAR: "",
            self.NOTE: self.tr("Note"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        slide: SeriesSlide = self._rows[index.row()]
        column = index.column()
        median = slide.median_seconds or 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.SLIDE: str(slide.number),
                self.BLOCK: _block(slide.home, self._titles, self.tr("in no block")),
                self.MEDIAN: duration(median),
                self.PLANNED: duration(slide.planned_seconds)
                if slide.planned_seconds is not None else "–",
                self.MEETINGS: str(slide.shown),
                self.LONG: self.tr("%1 of %2").replace("%1", str(slide.long_count)).replace(
                    "%2", str(slide.shown)),
                self.BAR: "",
                self.NOTE: self.tr("keeps running long") if slide.keeps_running_long else "",
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (self.BLOCK, self.NOTE) else _RIGHT
        if role == SORT_ROLE:
            return {
                self.SLIDE: slide.number,
                self.BLOCK: (slide.home if slide.home is not None else 1 << 20, slide.number),
                self.MEDIAN: median, self.BAR: median,
                self.PLANNED: slide.planned_seconds if slide.planned_seconds is not None
                else -1.0,
                self.MEETINGS: slide.shown,
                self.LONG: slide.long_count,
                self.NOTE: slide.keeps_running_long,
            }.get(column)
        if role == FRACTION_ROLE:
            return median / self._longest if self._longest > 0 else 0.0
        if role == LONG_ROLE:
            return slide.keeps_running_long
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NOTE \
                and slide.keeps_running_long:
            return QColor(LONG_TEXT)
        return None


class SlideBarDelegate(QStyledItemDelegate):
    """Draws the bar column: a bar as long as the slide's part of the longest time, red
    when it ran long (the note column says so in words too)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        fraction = index.data(FRACTION_ROLE)
        if not isinstance(fraction, float) or fraction <= 0:
            return
        rect = QRectF(option.rect).adjusted(4, 0, -4, 0)  # type: ignore[attr-defined]
        height = min(rect.height() * 0.55, 14.0)
        bar = QRectF(rect.left(), rect.center().y() - height / 2,
                     max(1.0, rect.width() * fraction), height)
        painter.save()
        painter.fillRect(bar, QColor(LONG_COLOUR if index.data(LONG_ROLE) else BAR_COLOUR))
        painter.restore()


class _SlideSort(QSortFilterProxyModel):
    """Sorts a slide table by its numbers (SORT_ROLE), not by the text shown."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt's name
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return False
        return bool(a < b)


def _table(model: QAbstractTableModel, bar_column: int, *interactive: int) -> QTableView:
    table = QTableView()
    proxy = _SlideSort(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setItemDelegateForColumn(bar_column, SlideBarDelegate(table))
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in interactive:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(bar_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    return table


class SlidesPanel(QWidget):
    """The Slides tab: the chosen meeting's time per slide above its series'.

    The window calls `show_meeting` when a meeting is chosen and `show_series`
    when a programme's series is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)

        meeting = QWidget()
        top = QVBoxLayout(meeting)
        top.setContentsMargins(0, 0, 0, 0)
        self.meeting_heading = plain_label(self.tr("Time per slide in this meeting"), 13,
                                           bold=True)
        self.meeting_summary = plain_label("", 11)
        self.meeting_summary.setObjectName("slideSummary")
        self.meeting_summary.setWordWrap(True)
        self.meeting_model = SlideTimesModel(self)
        self.meeting_table = _table(self.meeting_model, SlideTimesModel.BAR,
                                    SlideTimesModel.BLOCK, SlideTimesModel.STEP)
        self.meeting_table.setObjectName("slideTable")
        top.addWidget(self.meeting_heading)
        top.addWidget(self.meeting_summary)
        top.addWidget(self.meeting_table, 1)
        split.addWidget(meeting)

        series = QWidget()
        bottom = QVBoxLayout(series)
        bottom.setContentsMargins(0, 6, 0, 0)
        self.series_heading = plain_label(self.tr("Across the series"), 13, bold=True)
        self.series_summary = plain_label("", 11)
        self.series_summary.setObjectName("seriesSlideSummary")
        self.series_summary.setWordWrap(True)
        self.series_model = SeriesSlidesModel(self)
        self.series_table = _table(self.series_model, SeriesSlidesModel.BAR,
                                   SeriesSlidesModel.BLOCK)
        self.series_table.setObjectName("seriesSlideTable")
        bottom.addWidget(self.series_heading)
        bottom.addWidget(self.series_summary)
        bottom.addWidget(self.series_table, 1)
        split.addWidget(series)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.show_meeting(None, ())
        self.show_series(None, ())

    def _fit(self, table: QTableView, *columns: int) -> None:
        table.resizeColumnsToContents()
        for column in columns:
            table.setColumnWidth(column, min(table.columnWidth(column), 280))

    def show_meeting(self, times: MeetingSlideTimes | None, titles: Sequence[str],
                     steps: Sequence[Sequence[str]] = ()) -> None:
        """One meeting's slides (`titles` its blocks', `steps` each block's step titles);
        None: no meeting chosen."""
        has_data = times is not None and times.has_data
        self.meeting_model.set_times(times if has_data else None, titles, steps)
        self.meeting_table.setVisible(has_data)
        if times is None:
            self.meeting_summary.setText(self.tr("Choose a meeting in the list."))
            return
        if not times.has_data:
            self.meeting_summary.setText(self.tr(
                "No slide data: this meeting was not run following a slideshow "
                "(its log has no slide changes)."))
            return
        self._fit(self.meeting_table, SlideTimesModel.BLOCK, SlideTimesModel.STEP)
        text = self.tr("Slides were followed for %1 of the meeting's %2 (pauses left out).") \
            .replace("%1", duration(times.followed_seconds)) \
            .replace("%2", duration(times.running_seconds))
        most = times.by_time[:3]
        if most:
            text += "\n" + self.tr("Most time: %1").replace("%1", ", ".join(
                self.tr("slide %1 (%2)").replace("%1", str(s.number)).replace(
                    "%2", duration(s.seconds)) for s in most))
        long = times.long
        text += "\n" + (self.tr("Ran long: %1").replace("%1", ", ".join(
            self.tr("slide %1 (%2, planned %3)").replace("%1", str(s.number)).replace(
                "%2", duration(s.seconds)).replace("%3", duration(s.planned_seconds or 0))
            for s in long)) if long else self.tr("No slide ran long."))
        self.meeting_summary.setText(text)

    def show_series(self, times: SeriesSlideTimes | None, titles: Sequence[str]) -> None:
        """The series' slides; None: no series shown."""
        has_data = times is not None and times.has_data
        self.series_model.set_times(times if has_data else None, titles)
        self.series_table.setVisible(has_data)
        if times is None:
            self.series_summary.setText("")
            return
        if not times.has_data:
            self.series_summary.setText(self.tr(
                "No slide data: none of the series' counted meetings followed a slideshow.")
                if times.without_data else self.tr(
                "No finished meeting of this programme to count yet."))
            return
        self._fit(self.series_table, SeriesSlidesModel.BLOCK)
        text = self.tr("Median time per slide over %1 meetings with slide data.").replace(
            "%1", str(times.runs))
        if times.without_data:
            text += " " + self.tr("%1 counted meetings without slide data are left out.") \
                .replace("%1", str(times.without_data))
        long = times.long
        text += "\n" + (self.tr("Keep running long: %1").replace("%1", ", ".join(
            self.tr("slide %1 (median %2, long in %3 of %4)").replace(
                "%1", str(s.number)).replace("%2", duration(s.median_seconds or 0)).replace(
                "%3", str(s.long_count)).replace("%4", str(s.shown))
            for s in long)) if long else self.tr("No slide keeps running long."))
        self.series_summary.setText(text)
