"""What a window cuts off: widgets outside it, text that does not fit, a window off its screen.

`clipping_problems(window)` walks the visible widgets of a window and
returns one sentence per problem (an empty list when nothing is clipped):

- the window, frame and all, lies within its screen's available area
  (the whole screen for a full-screen window);
- every visible widget lies within its parent and within the window;
- a label's text fits (its size hint, or for wrapped text its height for
  its width); a button's text fits its width and height; line edits, spin
  boxes and combo boxes are not squeezed below their minimum size;
- a table's columns fit its width (no sideways scrolling) and each header's
  title fits its column.

Content inside a scroll area's viewport is the scroll area's business: it
scrolls, it is not clipped. Tables that may scroll sideways by design are
named in `scrolling_tables`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QWidget,
)

__all__ = ["clipping_problems", "describe"]

#: Pixels a text may overhang by rounding before it counts as cut off.
SLACK = 1


def describe(widget: QWidget) -> str:
    """A name a failing test can be read by: class, objectName, the start of its text."""
    name = widget.objectName()
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    parts = [type(widget).__name__]
    if name:
        parts.append(f"#{name}")
    if text:
        short = text.replace("\n", " ")
        parts.append(repr(short[:40] + ("…" if len(short) > 40 else "")))
    return " ".join(parts)


def _in_viewport(widget: QWidget, window: QWidget) -> bool:
    """Inside some scroll area's viewport (so it scrolls instead of being clipped)."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return True
        child, parent = parent, parent.parentWidget()
    return False


def _inside_control(widget: QWidget) -> bool:
    """Part of a spin box or combo box (its line edit): checked as the whole control."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def _visible_widgets(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible():
            continue
        if _in_viewport(widget, window) or _inside_control(widget):
            continue
        found.append(widget)
    return found


def _window_problems(window: QWidget) -> list[str]:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return []
    area = screen.geometry() if window.isFullScreen() else screen.availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        return [f"the window {describe(window)} at {_rect(frame)} is not within the "
                f"screen's available area {_rect(area)}"]
    return []


def _rect(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"


def _placement_problems(widget: QWidget, window: QWidget) -> list[str]:
    problems = []
    parent = widget.parentWidget()
    if parent is not None and not parent.rect().contains(widget.geometry()):
        problems.append(f"{describe(widget)} at {_rect(widget.geometry())} sticks out of "
                        f"{describe(parent)} ({parent.width()}×{parent.height()})")
    corner = widget.mapTo(window, QPoint(0, 0))
    inside = QRect(corner, widget.size())
    if not window.rect().contains(inside):
        problems.append(f"{describe(widget)} at {_rect(inside)} lies outside the window "
                        f"({window.width()}×{window.height()})")
    if widget.width() <= 0 or widget.height() <= 0:
        problems.append(f"{describe(widget)} is squeezed to nothing")
    return problems


def _label_problems(label: QLabel) -> list[str]:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    if type(label).paintEvent is not QLabel.paintEvent:
        # A label that draws its own text (the big countdown): the ink must fit.
        ink = QFontMetricsF(label.font()).tightBoundingRect(label.text())
        if ink.width() > label.width() + SLACK or ink.height() > label.height() + SLACK:
            return [f"{describe(label)} draws {ink.width():.0f}×{ink.height():.0f}, "
                    f"has {label.width()}×{label.height()}"]
        return []
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            return [f"{describe(label)} needs {needed_height} px of height for its wrapped "
                    f"text, has {label.height()}"]
        return []
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK:
        return [f"{describe(label)} needs {hint.width()}×{hint.height()} for its text, "
                f"has {label.width()}×{label.height()}"]
    return []


def _button_problems(button: QAbstractButton) -> list[str]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return []
    if isinstance(button, (QCheckBox, QRadioButton)):
        hint = button.sizeHint()
        if hint.width() > button.width() + SLACK:
            return [f"{describe(button)} needs {hint.width()} px for its text, has "
                    f"{button.width()}"]
        return []
    metrics = QFontMetrics(button.font())
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    needed_width = width + icon + margin + 2 * frame
    needed_height = metrics.height() * (text.count("\n") + 1)
    if needed_width > button.width() + SLACK or needed_height > button.height() + SLACK:
        return [f"{describe(button)} needs {needed_width}×{needed_height} for its text, has "
                f"{button.width()}×{button.height()}"]
    return []


def _control_problems(widget: QWidget) -> list[str]:
    minimum = widget.minimumSizeHint()
    if minimum.width() > widget.width() + SLACK or minimum.height() > widget.height() + SLACK:
        return [f"{describe(widget)} is squeezed to {widget.width()}×{widget.height()}, "
                f"below its minimum {minimum.width()}×{minimum.height()}"]
    return []


def _table_problems(table: QTableView, may_scroll: bool) -> list[str]:
    problems = []
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return []
    if not may_scroll and table.horizontalScrollBar().maximum() > 0:
        problems.append(f"{describe(table)}: the columns need {header.length()} px, the table "
                        f"shows {table.viewport().width()}")
    if not header.isVisible():
        return problems
    metrics = QFontMetrics(header.font())
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + 8
        if title and header.sectionSize(column) < needed - SLACK:
            problems.append(f"{describe(table)}: the column {title!r} is "
                            f"{header.sectionSize(column)} px wide, its title needs {needed}")
    return problems


def clipping_problems(window: QWidget, scrolling_tables: Iterable[str] = ()) -> list[str]:
    """Everything clipped in `window` as it is shown now; empty when nothing is."""
    allowed = set(scrolling_tables)
    problems = _window_problems(window)
    for widget in _visible_widgets(window):
        problems.extend(_placement_problems(widget, window))
        if isinstance(widget, QLabel):
            problems.extend(_label_problems(widget))
        elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None \
                and not isinstance(widget.parentWidget(), QAbstractScrollArea):
            problems.extend(_button_problems(widget))
        elif isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox)):
            problems.extend(_control_problems(widget))
        if isinstance(widget, QTableView):
            problems.extend(_table_problems(widget, widget.objectName() in allowed))
    return problems
