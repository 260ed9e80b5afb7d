"""The schedule strip under the pages: what comes next, the timeline, the schedule line."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.snapshot import MeetingState, Snapshot
from ..text import minutes_text, schedule_text, slides_text
from ..timeline import TimelineStrip
from ..widgets import plain_label

__all__ = ["ScheduleStrip"]


class ScheduleStrip(QObject):
    """Its widgets, top to bottom, for the window's column: `next_label`, `timeline`,
    `schedule_label` (ahead or behind, and the projected end: text.schedule_text).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.next_label = plain_label("", 14)
        self.next_label.setObjectName("next")
        self.timeline = TimelineStrip()
        self.schedule_label = plain_label("", 15, bold=True)
        self.schedule_label.setObjectName("schedule")

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.state is MeetingState.FINISHED:
            self.next_label.setText("")
        else:
            self._show_next(snapshot)
        self.schedule_label.setText(schedule_text(snapshot))
        self.timeline.set_snapshot(snapshot)

    def _show_next(self, snapshot: Snapshot) -> None:
        if snapshot.next_block is None or snapshot.next_length is None:
            self.next_label.setText(self.tr("Next: the end of the meeting"))
            return
        nxt = snapshot.next_block
        parts = [nxt.title]
        if nxt.timed:
            parts.append(minutes_text(snapshot.next_length / 60))
        if nxt.slides is not None:
            parts.append(slides_text(nxt.slides))
        self.next_label.setText(self.tr("Next: %1").replace("%1", " · ".join(parts)))
