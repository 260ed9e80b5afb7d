"""The meeting chart: planned against actual minutes per block, and the drift behind plan.

`paint_meeting_chart` draws it with any QPainter: the review window's
MeetingChart widget, and `chart_image` off screen for the PDF and for
`facilitator journal`. Every word it draws goes through one box-fitting
helper and can be collected (`PlacedText`), so tests check that none
overlaps or is cut.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.report import SessionReport
from ..core.series import meeting_drift
from .text import translate, whole

#: Chart inks: dark enough to print as distinct greys, patterned so planned,
#: actual and over-plan stay apart on a black-and-white printout.
INK = "#1d2329"
PLANNED_INK = "#5b6b7a"
ACTUAL_FILL = "#34495e"
OVER_INK = "#a8321e"
GRID = "#c9d0d6"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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

