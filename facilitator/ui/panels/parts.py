"""Small widgets the main window's panels share: a label host, page stack, notes view, table."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QWidget,
)

__all__ = ["LabelHost", "SharePages", "notes_view", "readonly_table"]


def notes_view(point_size: float, lines: int | None = None) -> QPlainTextEdit:
    """Programme notes: plain text that scrolls, read-only, never taking the keyboard.

    With `lines`, the view is at most that many lines high, so long notes
    scroll instead of pushing the big timer aside.
    """
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    font = view.font()
    font.setPointSizeF(max(font.pointSizeF(), point_size))
    view.setFont(font)
    if lines is not None:
        frame = view.frameWidth() * 2 + int(view.document().documentMargin() * 2)
        view.setMaximumHeight(math.ceil(QFontMetricsF(font).lineSpacing()) * lines + frame)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return view


def readonly_table(table: QTableWidget, stretch: int) -> None:
    """A table to read, not to edit or select in; column `stretch` takes the spare width."""
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class LabelHost(QWidget):
    """Holds a label that changes every second, without a layout around it.

    QLabel.setText asks its parent's layout to recompute; in the window that
    ripples up through every layout each second. A host without a layout
    keeps the change local: the label just fills the host.
    """

    def __init__(self, label: QLabel, on_resize: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if self._on_resize is not None:
            self._on_resize()


class SharePages(QStackedWidget):
    """Pages that take their share of the window's height, never what their text asks.

    A long programme (wrapped text, a long table) must not squeeze the big
    timer: the pages' contents scroll instead. Without height-for-width, the
    window's layout gives the pages their stretch's share, not their wish.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False
