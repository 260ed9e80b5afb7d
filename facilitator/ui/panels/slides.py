"""What the slide show means for the meeting, as the window shows it.

Three quiet places, none of them a dialog: the slide bar above the content
(a later block's slide to take with →, a look back, a slide in no block),
the pace line under the block's facts ("slide 12 of 6–20 · 8 slides left ·
14 min left") and the source's connection in the status bar. The engine
decides what a slide means (core/slides.py); this panel only words it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.engine import MeetingEngine
from ...core.slides import SlideAction, SlideDecision, SlidePace
from ...slides.source import ConnectionState
from ..text import minutes_text, translate
from ..widgets import plain_label

__all__ = ["SlideBar", "SlidesPanel", "pace_text"]


def pace_text(pace: SlidePace | None) -> str:
    """"slide 12 of 6–20 · 8 slides left · 14 min left" (and the quiet warning), or ""; the
    main window's line under the block and the compact view's last line say the same."""
    if pace is None:
        return ""
    if pace.first == pace.last:
        where = translate("SlidesPanel", "slide %1").replace("%1", str(pace.slide))
    else:
        where = translate("SlidesPanel", "slide %1 of %2–%3").replace(
            "%1", str(pace.slide)).replace("%2", str(pace.first)).replace("%3", str(pace.last))
    left = (translate("SlidesPanel", "1 slide left") if pace.slides_left == 1
            else translate("SlidesPanel", "%1 slides left").replace("%1", str(pace.slides_left)))
    minutes = translate("SlidesPanel", "%1 left").replace(
        "%1", minutes_text(max(0.0, pace.seconds_left) / 60))
    parts = [where, left, minutes]
    if pace.short:
        parts.append(translate("SlidesPanel",
                               "the slides left will not fit at this meeting's pace"))
    return " · ".join(parts)


class SlideBar(QFrame):
    """A strip above the content telling what the slide on screen means; never asks.

    Its only button closes it; it takes no keyboard focus, so → and Space stay
    the meeting's.

    Signals:
        closed(): the facilitator closed the bar.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("#slideBar { background: #e4effa; border: 1px solid #5b8cc0; "
                           "border-radius: 6px; } #slideBar QLabel { color: #0d1d2e; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.message = plain_label()  # block titles are programme text
        self.message.setObjectName("slideBarText")
        layout.addWidget(self.message, 1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("slideBarClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAutoDefault(False)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self._close)
        self.hide()

    def say(self, text: str) -> None:
        """Show `text` (plain); an empty text takes the bar away."""
        self.message.setText(text)
        self.setVisible(bool(text))

    def _close(self) -> None:
        self.hide()
        self.closed.emit()


class SlidesPanel(QObject):
    """The slide bar, the pace line and the connection label, worded from the engine.

    `bar` goes above the window's content (MainWindow.add_bar), `pace_label`
    under the block's facts, `connection_label` in the status bar.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = SlideBar()
        self.bar.closed.connect(self._dismiss)
        self.pace_label = plain_label("", 13)
        self.pace_label.setObjectName("slidePace")
        self.pace_label.hide()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("slideConnection")
        self.connection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.connection_label.hide()
        self._dismissed: SlideDecision | None = None
        self._shown: SlideDecision | None = None

    # ------------------------------------------------------------------ the bar

    def show_engine(self, engine: MeetingEngine) -> None:
        """The bar and the pace line for the meeting as it is now."""
        decision = engine.last_slide_decision
        self._shown = decision
        text = self.bar_text(engine, decision)
        if decision is not None and decision is self._dismissed:
            text = ""
        self.bar.say(text)
        self.show_pace(engine.slide_pace())

    def _dismiss(self) -> None:
        # Closed for this slide; the next slide change may bring it back.
        self._dismissed = self._shown

    def bar_text(self, engine: MeetingEngine, decision: SlideDecision | None) -> str:
        """What the bar says about the last slide change ("" for nothing worth a bar)."""
        if decision is None or decision.number is None:
            return ""
        blocks = engine.agenda.blocks
        number = str(decision.number)
        suggestion = engine.slide_suggestion
        if suggestion is not None and suggestion.block is not None:
            return self.tr("Slide %1 belongs to %2 · press → to go on").replace(
                "%1", number).replace("%2", blocks[suggestion.block].title)
        if decision.action is SlideAction.LOOK_BACK and decision.block is not None:
            return self.tr("Slide %1 belongs to an earlier block, %2: the meeting stays "
                           "where it is (← goes back)").replace(
                "%1", number).replace("%2", blocks[decision.block].title)
        if decision.action is SlideAction.OUTSIDE:
            return self.tr("Slide %1 belongs to no block of the programme: nothing "
                           "changes").replace("%1", number)
        return ""

    def status_text(self, engine: MeetingEngine) -> str:
        """A passing note after a slide change: what it did, or why it does nothing."""
        decision = engine.last_slide_decision
        if decision is None:
            return ""
        if decision.action is SlideAction.NO_SHOW:
            return self.tr("The slide show ended; the meeting goes on as it is.")
        number = str(decision.number)
        if decision.action is SlideAction.NO_SLIDES:
            return self.tr("Slide %1: the programme names no slides, so the timer does not "
                           "follow them.").replace("%1", number)
        if decision.action is SlideAction.START_BLOCK and decision.block is not None:
            return self.tr("Slide %1 started “%2”.").replace("%1", number).replace(
                "%2", engine.agenda.blocks[decision.block].title)
        if decision.action is SlideAction.MARK_STEP and decision.block is not None \
                and decision.step is not None:
            step = engine.agenda.blocks[decision.block].steps[decision.step]
            return self.tr("Slide %1 started the step “%2”.").replace("%1", number).replace(
                "%2", step.title)
        return self.bar_text(engine, decision)

    # ------------------------------------------------------------------ pace

    def pace_text(self, pace: SlidePace | None) -> str:
        return pace_text(pace)

    def show_pace(self, pace: SlidePace | None) -> None:
        text = self.pace_text(pace)
        self.pace_label.setText(text)
        self.pace_label.setVisible(bool(text))

    # ------------------------------------------------------------------ connection

    def show_connection(self, title: str, state: ConnectionState,
                        slide: int | None = None) -> None:
        """"Slides: LibreOffice Impress · connected" in the status bar; nothing for no source."""
        words = {
            ConnectionState.STOPPED: self.tr("stopped"),
            ConnectionState.CONNECTING: self.tr("looking for the show…"),
            ConnectionState.CONNECTED: self.tr("connected"),
            ConnectionState.LOST: self.tr("connection lost"),
            ConnectionState.FAILED: self.tr("not available"),
        }
        text = self.tr("Slides: %1 · %2").replace("%1", title).replace("%2", words[state])
        if state is ConnectionState.CONNECTED and slide is not None:
            text += " · " + self.tr("slide %1").replace("%1", str(slide))
        self.connection_label.setText(text)
        self.connection_label.show()
