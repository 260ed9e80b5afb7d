"""A row of buttons that wraps onto further lines when the window is too narrow for it."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

__all__ = ["FlowLayout"]


class FlowLayout(QLayout):
    """Lays its widgets left to right at their preferred width, wrapping when a line is full.

    Each line is stretched to the full width, so a row that fits looks like
    an ordinary row of equal-height buttons; a window too narrow for it gets
    two lines instead of clipped or squeezed buttons.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._lay_out(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._lay_out(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # One line, everything at its preferred size.
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        # As narrow as the widest button; the height follows from heightForWidth.
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(
                QSize(item.sizeHint().width(), item.minimumSize().height()))
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _spacing(self) -> int:
        return self._gap

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines[-1] and used + self._spacing() + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing() if lines[-1] else 0) + wanted
            lines[-1].append(item)
        return [line for line in lines if line]

    def _lay_out(self, rect: QRect, apply: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing()
        top = area.top()
        for line in self._lines(area.width()):
            height = max(i.sizeHint().height() for i in line)
            if apply:
                wanted = [i.sizeHint().width() for i in line]
                spare = max(0, area.width() - sum(wanted) - gap * (len(line) - 1))
                growing = [n for n, i in enumerate(line) if _grows(i)]
                x = area.left()
                for n, item in enumerate(line):
                    extra = 0
                    if growing and n in growing:
                        share = spare // len(growing)
                        extra = share + (1 if growing.index(n) < spare % len(growing) else 0)
                    width = min(wanted[n] + extra, area.width())
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, height)))
                    x += width + gap
            top += height + gap
        return top - gap - rect.top() + margins.bottom() if top > area.top() else \
            margins.top() + margins.bottom()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is None or widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Fixed
