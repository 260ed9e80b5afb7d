"""The current block: its title and facts, the clock of day, the big timer, the cue.

The timer sits in a frame painted in the phase's colours (PHASE_COLOURS in
ui/widgets.py), with a thicker border once time is up; a flash swaps the
two colours for a moment. The big digits are refitted to the frame's size
whenever it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout

from ...core.agenda import Agenda
from ...core.snapshot import MeetingState, Phase, Snapshot
from ..programme_words import ProgrammeWords
from ..text import (
    countdown,
    figure_caption,
    figure_text,
    minutes_text,
    phase_label,
    slides_text,
)
from ..widgets import PHASE_COLOURS, CountdownLabel, plain_label
from .parts import LabelHost

__all__ = ["CurrentBlockPanel"]


class CurrentBlockPanel(QObject):
    """The block now, at the top of the window.

    Its widgets, top to bottom, for the window's column: `header` (a layout:
    `title_label` and `meta_label` on the left, `clock_label` on the right),
    `timer_frame` (`phase_label` over the big `timer_label`) and `cue_label`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_phase: Phase | None = None
        self.header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = plain_label("", 22, bold=True)
        self.title_label.setObjectName("blockTitle")
        self.meta_label = plain_label("", 14)
        self.meta_label.setObjectName("blockMeta")
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        self.header.addLayout(titles, 1)
        self.clock_label = plain_label("", 22, bold=True, wrap=False)
        self.clock_label.setObjectName("clock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.header.addWidget(self.clock_label)

        self.timer_frame = QFrame()
        self.timer_frame.setObjectName("timerFrame")
        timer_layout = QVBoxLayout(self.timer_frame)
        timer_layout.setContentsMargins(10, 4, 10, 6)
        timer_layout.setSpacing(0)
        self.phase_label = plain_label("", 16, bold=True, wrap=False)
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label = CountdownLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_font = QFont(self.timer_label.font())
        timer_font.setBold(True)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        timer_font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.timer_label.setFont(timer_font)
        timer_host = LabelHost(self.timer_label, on_resize=self._fit_timer_font)
        timer_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        timer_host.setMinimumHeight(90)
        timer_layout.addWidget(self.phase_label)
        timer_layout.addWidget(timer_host, 1)

        self.cue_label = plain_label("", 16, bold=True)
        self.cue_label.setObjectName("cue")
        self.cue_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.cue_label.setMargin(6)

    def show_snapshot(self, snapshot: Snapshot, words: ProgrammeWords) -> None:
        """The running (or not yet started) block: title, facts, figure, phase, cue.

        `words` are the programme's (its block's kind in the programme's language).
        """
        block = snapshot.block
        state = snapshot.state
        self.title_label.setText(block.title)
        meta = [words.kind(block.kind), slides_text(block.slides),
                self.tr("Block %1 of %2").replace("%1", str(snapshot.index + 1))
                .replace("%2", str(len(snapshot.timeline)))]
        if block.timed:
            meta.insert(2, minutes_text(snapshot.length / 60))
        self.meta_label.setText(" · ".join(meta))
        # The same figure as the compact view's and the room's (text.figure_text).
        self.timer_label.setText(figure_text(snapshot))
        label = phase_label(snapshot)
        caption = figure_caption(snapshot)
        if caption:
            label = f"{caption} · {label}"
        if state is MeetingState.NOT_STARTED:
            label = self.tr("Ready · press Space to start")
        elif state is MeetingState.PAUSED:
            label = self.tr("❚❚ Paused %1 · %2").replace(
                "%1", countdown(snapshot.paused_for)).replace("%2", label)
        self.phase_label.setText(label)
        self.cue_label.setText(block.cue)
        self.cue_label.setVisible(bool(block.cue) and state is not MeetingState.NOT_STARTED)

    def show_finished(self, snapshot: Snapshot, agenda: Agenda) -> None:
        """The meeting is over: its title, and how long it took against the plan."""
        self.title_label.setText(agenda.title)
        self.meta_label.setText(self.tr("The meeting is finished"))
        self.timer_label.setText(figure_text(snapshot))
        planned = agenda.total_minutes
        actual = snapshot.elapsed / 60
        self.phase_label.setText(self.tr("Finished · took %1 of %2 planned")
                                 .replace("%1", minutes_text(actual))
                                 .replace("%2", minutes_text(planned)))
        self.cue_label.hide()

    def apply_phase_style(self, snapshot: Snapshot, theme: str, flashing: bool) -> None:
        """Paint the timer in the phase's colours (`theme`: light or dark), swapped if flashing."""
        phase = snapshot.phase if snapshot.state in (MeetingState.RUNNING,
                                                      MeetingState.PAUSED) else Phase.NORMAL
        if snapshot.state is MeetingState.FINISHED or not snapshot.block.timed:
            phase = Phase.UNTIMED
        background, foreground = PHASE_COLOURS[theme][phase]
        if flashing:
            background, foreground = foreground, background
        border = "6px solid" if phase in (Phase.TIME_UP, Phase.OVERRUN) else "2px solid"
        style = (f"#timerFrame {{ background: {background}; border: {border} {foreground};"
                 f" border-radius: 10px; }}"
                 f" #timerFrame QLabel {{ color: {foreground}; background: transparent; }}"
                 f" #timerFrame QLabel#timer {{ background: {background}; }}")
        if style != self.timer_frame.styleSheet():
            self.timer_frame.setStyleSheet(style)
            # The big number repaints every second: an opaque label spares the
            # styled frame and the window behind it from repainting too.
            palette = self.timer_label.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            self.timer_label.setPalette(palette)
            self.timer_label.setAutoFillBackground(True)
        if self.timer_frame.property("phase") != phase.value:
            self.timer_frame.setProperty("phase", phase.value)
        self._last_phase = phase

    def _fit_timer_font(self) -> None:
        label = self.timer_label
        height = max(40, label.height())
        width = max(100, label.width())
        font = label.font()
        # Monospace digits are about 0.6 em wide; "+1:05:00" is the longest text.
        size = max(24, int(min(height * 0.92, width / (7 * 0.62))))
        if font.pixelSize() != size:
            font.setPixelSize(size)
            label.setFont(font)
