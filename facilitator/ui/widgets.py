"""What several windows share: phase colours and shapes, plain-text labels, the big
countdown and its glyph cache, the fitted time font, and the asker.

The main window, the compact view, the projector view and the review window
all import this module; it imports no window, so none of them imports
another to borrow a helper (tests/test_import_graph.py keeps it so).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..core.snapshot import MeetingState, Phase, Snapshot
from .text import plain_title

__all__ = ["PHASE_COLOURS", "PHASE_MARKS", "FLASH_MS", "LINE_SPACING", "shown_phase",
           "time_font", "fit_pixel_size", "digit_template", "plain_label", "CountdownLabel",
           "Asker", "MessageBoxAsker"]

#: Timer colours per phase, (background, text), for light and dark themes. The
#: phase label adds words and a shape (▲ ■ ●) so colour is never the only signal.
PHASE_COLOURS: dict[str, dict[Phase, tuple[str, str]]] = {
    "light": {
        Phase.UNTIMED: ("#e8eaed", "#202124"),
        Phase.NORMAL: ("#e6f4ea", "#0d3318"),
        Phase.WARNING: ("#ffd54f", "#1f1600"),
        Phase.TIME_UP: ("#c62828", "#ffffff"),
        Phase.OVERRUN: ("#6d0f0f", "#ffffff"),
    },
    "dark": {
        Phase.UNTIMED: ("#303134", "#e8eaed"),
        Phase.NORMAL: ("#16321f", "#d7f5df"),
        Phase.WARNING: ("#b38600", "#000000"),
        Phase.TIME_UP: ("#d32f2f", "#ffffff"),
        Phase.OVERRUN: ("#ff8a80", "#300000"),
    },
}

#: How long an alert's flash lasts.
FLASH_MS = 900
#: The shape beside an alerting phase's time, so colour is never the only signal.
PHASE_MARKS = {Phase.WARNING: "▲", Phase.TIME_UP: "■", Phase.OVERRUN: "●"}
#: Line height over font pixel size for the fonts the views use (DejaVu: 1.16).
LINE_SPACING = 1.2


def shown_phase(snapshot: Snapshot) -> Phase:
    """The phase a face colours by: only a timed block of a live meeting has its own."""
    if snapshot.state is MeetingState.FINISHED or not snapshot.block.timed:
        return Phase.UNTIMED
    if snapshot.state is MeetingState.NOT_STARTED:
        return Phase.NORMAL
    return snapshot.phase


def time_font(base: QFont) -> QFont:
    """Bold monospace digits, so the countdown does not wobble as it changes."""
    font = QFont(base)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
    return font


def fit_pixel_size(font: QFont, text: str, width: float, height: float,
                   smallest: int = 8) -> int:
    """The largest pixel size at which `text` fits `width` and one line fits `height`."""
    probe = QFont(font)
    probe.setPixelSize(100)
    advance = QFontMetricsF(probe).horizontalAdvance(text) if text else 0.0
    size = height / LINE_SPACING
    if advance > 0:
        size = min(size, 100 * width / advance)
    return max(smallest, int(size))


def digit_template(text: str) -> str:
    # Every digit is as wide as "0" in the fonts used, so this is the text's width class.
    return re.sub(r"\d", "0", text)


class Asker(QObject):
    """Asks the user a question; tests replace it with canned answers."""

    def choose(self, parent: QWidget, title: str, text: str, options: list[str],
               default: int = 0) -> int | None:
        raise NotImplementedError

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        raise NotImplementedError


class MessageBoxAsker(Asker):
    """Questions as real message boxes."""

    def choose(self, parent: QWidget, title: str, text: str, options: list[str],
               default: int = 0) -> int | None:
        box = QMessageBox(parent)
        box.setWindowTitle(plain_title(title))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole)
                   for option in options]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[default])
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None  # type: ignore[arg-type]

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, plain_title(title), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def plain_label(text: str = "", point_size: float | None = None, bold: bool = False,
                wrap: bool = True) -> QLabel:
    """A label that shows programme text exactly as typed, never as markup or links."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setWordWrap(wrap)
    label.setText(text)
    if point_size or bold:
        font = label.font()
        if point_size:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        label.setFont(font)
    return label


class CountdownLabel(QLabel):
    """The big countdown, drawn from a cache of pre-rendered characters.

    Qt's glyph cache does not keep glyphs this large, so a plain QLabel
    rasterises every digit again each second. A dozen characters cached as
    pixmaps for the current font and colour make the second's repaint a few
    blits. Each pixmap holds only the character's ink (with a margin for
    antialiasing), not its whole cell of advance by line height: about half
    the pixels, the same picture. Only the two latest styles (font, colour,
    scale) are kept: the phase's colour and its flash; a meeting going
    through its phases does not pile up pixmaps of colours long gone.
    """

    #: Styles whose glyphs are kept: the timer's colour and the flash's.
    STYLES_KEPT = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # style (font key, colour, scale) -> character -> (pixmap, offset); latest style last
        self._glyphs: dict[tuple[str, int, float], dict[str, tuple[QPixmap, QPointF]]] = {}

    def _glyph(self, char: str, colour: QColor, ratio: float) -> tuple[QPixmap, QPointF]:
        """The character's pixmap and where it goes from the cell's top left corner."""
        font = self.font()
        style = (font.key(), colour.rgba(), ratio)
        glyphs = self._glyphs.get(style)
        if glyphs is None:
            while len(self._glyphs) >= self.STYLES_KEPT:
                del self._glyphs[next(iter(self._glyphs))]
            glyphs = self._glyphs[style] = {}
        elif style != next(reversed(self._glyphs)):
            self._glyphs[style] = self._glyphs.pop(style)  # the latest again
        glyph = glyphs.get(char)
        if glyph is None:
            metrics = QFontMetricsF(font)
            width = max(1.0, metrics.horizontalAdvance(char))
            area = _ink_area(metrics, char, ratio,
                             QRect(0, 0, int(width * ratio) + 2, int(metrics.height() * ratio) + 2))
            pixmap = QPixmap(area.size())
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            offset = QPointF(area.x() / ratio, area.y() / ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(0, metrics.ascent()) - offset, char)
            painter.end()
            glyph = glyphs[char] = (pixmap, offset)
        return glyph

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        text = self.text()
        if not text:
            return
        metrics = QFontMetricsF(self.font())
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        ratio = self.devicePixelRatioF()
        advances = [metrics.horizontalAdvance(ch) for ch in text]
        x = (self.width() - sum(advances)) / 2
        y = (self.height() - metrics.height()) / 2
        painter = QPainter(self)
        for char, advance in zip(text, advances, strict=True):
            pixmap, offset = self._glyph(char, colour, ratio)
            painter.drawPixmap(QPointF(x, y) + offset, pixmap)
            x += advance
        painter.end()


#: Device pixels kept around a character's ink for its antialiased edge.
INK_MARGIN = 4


def _ink_area(metrics: QFontMetricsF, char: str, ratio: float, cell: QRect) -> QRect:
    """The part of a character's cell (device pixels, baseline at the ascent) its ink covers.

    The whole cell at a fractional scale (125 %, 150 %): a pixmap that starts
    part of the way into a logical pixel would be drawn resampled, not the same.
    """
    if ratio != int(ratio):
        return cell
    ink = metrics.tightBoundingRect(char).translated(0, metrics.ascent())
    area = QRectF(ink.x() * ratio, ink.y() * ratio, ink.width() * ratio, ink.height() * ratio)
    cropped = area.toAlignedRect().adjusted(-INK_MARGIN, -INK_MARGIN, INK_MARGIN, INK_MARGIN)
    cropped = cropped.intersected(cell)
    return cropped if not cropped.isEmpty() else QRect(0, 0, 1, 1)
