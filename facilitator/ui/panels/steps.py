"""The steps page: the current step and its time, the block's steps, the block's notes.

Shown under the timer while the meeting runs. The list is rebuilt only when
the block changes or a step's length does, and its bold row moves only when
the step changes: touching the list's items repaints it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from ...core.snapshot import Snapshot
from ..text import countdown, minutes_text
from ..widgets import plain_label
from .parts import LabelHost, notes_view

__all__ = ["StepsPage"]


class StepsPage(QSplitter):
    """The step now (`step_label`, `step_time_label`) over the `steps_list`; `notes_view` beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._last_block_shown: int | None = None
        self._last_step_shown: int | None = -1
        self._last_step_lengths: tuple[float, ...] = ()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.step_label = plain_label("", 15, bold=True)
        self.step_label.setObjectName("step")
        self.step_time_label = plain_label("", 15, bold=True, wrap=False)
        self.step_time_label.setObjectName("stepTime")
        self.step_time_label.setAutoFillBackground(True)  # opaque: repaints only itself
        step_time_host = LabelHost(self.step_time_label)
        step_time_host.setFixedHeight(self.step_time_label.sizeHint().height() + 4)
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps")
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_list.setWordWrap(True)
        list_font = self.steps_list.font()
        list_font.setPointSizeF(max(list_font.pointSizeF(), 12))
        self.steps_list.setFont(list_font)
        left_layout.addWidget(self.step_label)
        left_layout.addWidget(step_time_host)
        left_layout.addWidget(self.steps_list, 1)
        self.notes_view = notes_view(12)
        self.notes_view.setObjectName("notes")
        self.addWidget(left)
        self.addWidget(self.notes_view)
        self.setSizes([420, 520])

    def forget_block(self) -> None:
        """A new programme: the next snapshot fills the list and the notes afresh."""
        self._last_block_shown = None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        block = snapshot.block
        lengths = snapshot.step_lengths or tuple(s.minutes * 60 for s in block.steps)
        if snapshot.index != self._last_block_shown or lengths != self._last_step_lengths:
            # A new block, or a minute added to a step: its length in the list follows.
            if snapshot.index != self._last_block_shown:
                self.notes_view.setPlainText(block.notes)
            self._last_block_shown = snapshot.index
            self._last_step_lengths = lengths
            self._last_step_shown = -1
            self.steps_list.clear()
            for number, (step, length) in enumerate(zip(block.steps, lengths, strict=True),
                                                    start=1):
                item = QListWidgetItem(f"{number}. {step.title} · {minutes_text(length / 60)}")
                self.steps_list.addItem(item)
            self.steps_list.setVisible(bool(block.steps))
        # Touching the list's items repaints it; do it only when the step changes.
        if snapshot.step_index != self._last_step_shown:
            self._last_step_shown = snapshot.step_index
            for row in range(self.steps_list.count()):
                item = self.steps_list.item(row)
                font = item.font()
                font.setBold(row == snapshot.step_index)
                item.setFont(font)
            if snapshot.step_index is not None:
                self.steps_list.setCurrentRow(snapshot.step_index)
        if snapshot.step is not None and snapshot.step_remaining is not None:
            assert snapshot.step_index is not None
            self.step_label.setText(
                self.tr("Step %1/%2: %3").replace("%1", str(snapshot.step_index + 1))
                .replace("%2", str(len(block.steps))).replace("%3", snapshot.step.title))
            remaining = snapshot.step_remaining
            if snapshot.figure_is_step:
                # The big timer counts the step; this line keeps the block in sight.
                self.step_time_label.setText(
                    self.tr("%1 left of the block").replace("%1", countdown(snapshot.remaining))
                    if block.timed else "")
                return
            self.step_time_label.setText(
                self.tr("%1 left of this step").replace("%1", countdown(remaining))
                if remaining >= 0 else
                self.tr("%1 over this step").replace("%1", countdown(remaining)))
        else:
            self.step_label.setText(self.tr("No steps in this block"))
            self.step_time_label.setText("")
