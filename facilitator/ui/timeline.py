"""The meeting's timeline strip: blocks proportional to their length, planned against actual."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.agenda import BlockKind
from ..core.snapshot import BlockStatus, Snapshot, TimelineEntry

__all__ = ["TimelineStrip"]


class TimelineStrip(QWidget):
    """Two rows: the plan (top) and what actually happened (bottom).

    Done blocks are filled, the current one outlined thick, coming ones light,
    skipped ones hatched; a break is drawn with a dotted pattern so the strip
    reads in black and white too. A marker shows where the meeting is now.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: Snapshot | None = None
        self._painted_key: tuple[object, ...] | None = None
        self.setMinimumHeight(38)
        # It fills all of itself, so the window behind need not repaint with it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Top: the plan. Bottom: what happened so far."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 44)

    def set_snapshot(self, snapshot: Snapshot) -> None:
        # Repaint only when a pixel would change: the "now" marker moves a
        # pixel every few seconds, and painting costs more than comparing.
        self._snapshot = snapshot
        key = self._paint_key(snapshot)
        if key != self._painted_key:
            self._painted_key = key
            self.update()

    def _paint_key(self, snapshot: Snapshot) -> tuple[object, ...]:
        span = self._span_minutes(snapshot)
        scale = max(1, self.width() - 2) / span
        return (
            self.width(), self.height(), round(span * scale),
            int(snapshot.elapsed / 60 * scale),
            tuple((e.status, round(self._drawn_minutes(e, snapshot) * scale))
                  for e in snapshot.timeline),
        )

    @staticmethod
    def _drawn_minutes(entry: TimelineEntry, snapshot: Snapshot) -> float:
        """How long the block's bar on the actual row is, in minutes."""
        spent = entry.actual_seconds / 60
        if entry.status is BlockStatus.CURRENT:
            return max(spent, spent + max(0.0, snapshot.remaining) / 60)
        if entry.status is BlockStatus.UPCOMING:
            return entry.adjusted_minutes
        return spent

    def _span_minutes(self, snapshot: Snapshot) -> float:
        planned = max((e.planned_offset + e.planned_minutes for e in snapshot.timeline),
                      default=1.0)
        actual = snapshot.elapsed / 60 + max(0.0, snapshot.remaining) / 60 + sum(
            e.adjusted_minutes for e in snapshot.timeline if e.status is BlockStatus.UPCOMING)
        return max(planned, actual, 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        snapshot = self._snapshot
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        base = palette.base().color()
        accent = palette.highlight().color()
        painter.fillRect(self.rect(), palette.window())
        if snapshot is None or not snapshot.timeline:
            return
        span = self._span_minutes(snapshot)
        width = self.width() - 2
        row = (self.height() - 6) / 2
        scale = width / span

        def box(x_minutes: float, w_minutes: float, y: float) -> QRectF:
            return QRectF(1 + x_minutes * scale, y, max(1.0, w_minutes * scale), row)

        # Planned row.
        for entry in snapshot.timeline:
            rect = box(entry.planned_offset, entry.planned_minutes, 1)
            self._draw_block(painter, rect, entry, text, base, accent, planned=True)
        # Actual row: blocks in the order they happened is not kept here; draw
        # their spent time one after another, then the projected rest.
        cursor = 0.0
        for entry in snapshot.timeline:
            length = self._drawn_minutes(entry, snapshot)
            if length <= 0:
                continue
            rect = box(cursor, length, row + 5)
            self._draw_block(painter, rect, entry, text, base, accent, planned=False)
            cursor += length
        # "Now" marker.
        x = 1 + snapshot.elapsed / 60 * scale
        painter.setPen(QPen(text, 2))
        painter.drawLine(int(x), 0, int(x), self.height())

    @staticmethod
    def _draw_block(painter: QPainter, rect: QRectF, entry: TimelineEntry, text: QColor,
                    base: QColor, accent: QColor, planned: bool) -> None:
        fill = QColor(accent)
        if planned:
            fill.setAlpha(70)
        elif entry.status is BlockStatus.DONE:
            fill.setAlpha(200)
        elif entry.status is BlockStatus.CURRENT:
            fill.setAlpha(150)
        else:
            fill = QColor(base)
        painter.setPen(QPen(text, 2 if entry.status is BlockStatus.CURRENT else 1))
        painter.setBrush(fill)
        painter.drawRect(rect)
        if entry.kind is BlockKind.BREAK:
            painter.setBrush(Qt.BrushStyle.Dense6Pattern)
            painter.drawRect(rect)
        if entry.status is BlockStatus.SKIPPED:
            painter.setBrush(Qt.BrushStyle.BDiagPattern)
            painter.drawRect(rect)
