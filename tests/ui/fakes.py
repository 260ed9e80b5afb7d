"""Test doubles for the faces: canned answers instead of modal dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.ui.widgets import Asker


class CannedAsker(Asker):
    """Answers questions from a list (None = cancel) and remembers what it was asked."""

    def __init__(self, answers=()):
        super().__init__()
        self.answers = list(answers)
        self.asked: list[str] = []
        self.informed: list[str] = []

    def choose(self, parent: QWidget, title: str, text: str, options, default=0):
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else None

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.informed.append(text)
