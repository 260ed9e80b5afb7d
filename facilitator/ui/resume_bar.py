"""The strip above the window's content that offers an unfinished meeting back, never asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["ResumeBar"]


class ResumeBar(QFrame):
    """An unfinished meeting of the programme on screen, with Resume and Discard.

    Not a dialog: the window stays usable and nothing is chosen by a key.
    The buttons take no keyboard focus and none is a default button, so a
    Space or Enter meant for the meeting never resumes or discards. The same
    strip also tells, with only a Close button, that a meeting is held by
    another copy of the app.

    Signals:
        resumeClicked(): the facilitator chose to resume the offered meeting.
        discardClicked(): the facilitator chose to close it for good.
    """

    resumeClicked = Signal()
    discardClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("#resumeBar { background: #fff4ce; border: 1px solid #c8a600; "
                           "border-radius: 6px; } #resumeBar QLabel { color: #1f1600; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.message = QLabel()
        self.message.setObjectName("resumeBarText")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the title is programme text
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.resume_button = self._button(self.tr("Resume"), "resumeButton")
        self.discard_button = self._button(self.tr("Discard"), "discardButton")
        self.close_button = self._button(self.tr("Close"), "resumeBarClose")
        for button in (self.resume_button, self.discard_button, self.close_button):
            layout.addWidget(button)
        self.resume_button.clicked.connect(self.resumeClicked)
        self.discard_button.clicked.connect(self.discardClicked)
        self.close_button.clicked.connect(self.withdraw)
        self._offering = False
        self.hide()

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setDefault(False)
        return button

    def offer(self, title: str, stopped_at: str) -> None:
        """Offer the unfinished meeting `title`, last written at `stopped_at` (a clock time)."""
        self.message.setText(
            self.tr("“%1” was not finished (last activity %2). Resume it? The time since "
                    "then counts as meeting time.").replace("%1", title).replace("%2", stopped_at))
        self._show_buttons(offering=True)

    def tell(self, text: str) -> None:
        """A lasting notice with only a Close button (a meeting held by another copy)."""
        self.message.setText(text)
        self._show_buttons(offering=False)

    def _show_buttons(self, offering: bool) -> None:
        self._offering = offering
        self.resume_button.setVisible(offering)
        self.discard_button.setVisible(offering)
        self.close_button.setVisible(not offering)
        self.show()

    def withdraw(self) -> None:
        """Take the bar away (the offer is answered, or no longer stands)."""
        self._offering = False
        self.hide()

    @property
    def offering(self) -> bool:
        """Whether the bar is up with Resume and Discard."""
        return self._offering and not self.isHidden()
