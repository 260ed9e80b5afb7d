"""The row of buttons under the schedule: the meeting's everyday controls.

Buttons never take the keyboard (Space belongs to start/pause); the row
wraps onto a second line rather than clipping on a narrow screen. The
window connects each button to what it does; this panel only labels and
enables them for the moment shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton

from ...core.snapshot import MeetingState, Snapshot
from ..flow import FlowLayout

__all__ = ["ControlsRow"]


class ControlsRow(QObject):
    """`layout` (a FlowLayout for the window's column) holds the buttons, left to right:
    `previous_button`, `start_button`, `next_button`, `minus_button`, `plus_button`,
    `plan_button`, `undo_button`, `note_button`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = FlowLayout()
        self.previous_button = self._button(self.tr("◀ Previous"))
        self.start_button = self._button(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.next_button = self._button(self.tr("Next ▶"))
        self.minus_button = self._button(self.tr("−1 min"))
        self.plus_button = self._button(self.tr("+1 min"))
        self.plan_button = self._button(self.tr("Catch up…"))
        self.undo_button = self._button(self.tr("Undo plan"))
        self.note_button = self._button(self.tr("Note…"))
        for button in (self.previous_button, self.start_button, self.next_button,
                       self.minus_button, self.plus_button, self.plan_button,
                       self.undo_button, self.note_button):
            self.layout.addWidget(button)

    @staticmethod
    def _button(text: str) -> QPushButton:
        button = QPushButton(text)
        # Buttons must not take the keyboard: Space belongs to start/pause.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(34)
        return button

    def show_snapshot(self, snapshot: Snapshot, plan_available: bool) -> None:
        """Name the start button by what it does now; enable what can be done now."""
        state = snapshot.state
        live = state in (MeetingState.RUNNING, MeetingState.PAUSED)
        self.start_button.setText({
            MeetingState.NOT_STARTED: self.tr("Start"),
            # Named by what it does to the clock: a break block is called "Pause" too.
            MeetingState.RUNNING: self.tr("Pause timer"),
            MeetingState.PAUSED: self.tr("Resume timer"),
            MeetingState.FINISHED: self.tr("Finished"),
        }[state])
        self.start_button.setEnabled(state is not MeetingState.FINISHED)
        for widget in (self.previous_button, self.minus_button, self.plus_button,
                       self.note_button):
            widget.setEnabled(live)
        self.next_button.setEnabled(state is not MeetingState.FINISHED)
        self.plan_button.setEnabled(plan_available)
        self.undo_button.setEnabled(live and snapshot.can_undo_plan)
