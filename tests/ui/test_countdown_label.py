"""The big countdown draws from pixmaps of each character's ink: the same picture, less memory."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPixmap

from facilitator.ui.widgets import CountdownLabel

SIZE = (900, 320)
GOLD, RED, WHITE = QColor("#e8c547"), QColor("#c0392b"), QColor("#ffffff")


def big_font() -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setPixelSize(226)  # the timer's size in a 1100×760 window
    font.setBold(True)
    return font


def label_showing(qtbot, text: str, colour: QColor = GOLD) -> CountdownLabel:
    label = CountdownLabel()
    qtbot.addWidget(label)
    label.setFont(big_font())
    label.resize(*SIZE)
    set_colour(label, colour)
    label.setText(text)
    return label


def set_colour(label: CountdownLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)


def whole_cells(text: str, colour: QColor) -> QImage:
    """How the label drew before: each character's whole cell (advance × line height)."""
    font = big_font()
    metrics = QFontMetricsF(font)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#202020"))
    advances = [metrics.horizontalAdvance(ch) for ch in text]
    x = (SIZE[0] - sum(advances)) / 2
    y = (SIZE[1] - metrics.height()) / 2
    painter = QPainter(image)
    for char, advance in zip(text, advances, strict=True):
        cell = QPixmap(int(advance) + 2, int(metrics.height()) + 2)
        cell.fill(Qt.GlobalColor.transparent)
        glyph = QPainter(cell)
        glyph.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        glyph.setFont(font)
        glyph.setPen(colour)
        glyph.drawText(QPointF(0, metrics.ascent()), char)
        glyph.end()
        painter.drawPixmap(QPointF(x, y), cell)
        x += advance
    painter.end()
    return image


def drawn(label: CountdownLabel) -> QImage:
    return label.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def same_picture(a: QImage, b: QImage) -> bool:
    """Equal, but for a rounding difference of a level or two in a few edge pixels.

    The rasteriser's coverage at a glyph's edge can round one level apart when
    the glyph sits elsewhere in its pixmap (seen on '9': 6 pixels, one level).
    """
    assert a.size() == b.size()
    first, second = bytes(a.constBits()), bytes(b.constBits())
    apart = [abs(x - y) for x, y in zip(first, second, strict=True) if x != y]
    return max(apart, default=0) <= 2 and len(apart) <= 64


def test_the_countdown_looks_as_it_did_with_whole_cells(qtbot) -> None:
    for text in ("12:34", "56:07", "08:09", "-0:00", "+1:45"):
        label = label_showing(qtbot, text)
        assert same_picture(drawn(label), whole_cells(text, GOLD)), text
    label = label_showing(qtbot, "12:34")
    assert drawn(label) == whole_cells("12:34", GOLD)  # most characters: not a pixel apart


def test_each_pixmap_holds_about_half_a_cell(qtbot) -> None:
    label = label_showing(qtbot, "0123456789:")
    drawn(label)
    (glyphs,) = label._glyphs.values()
    metrics = QFontMetricsF(big_font())
    cells = sum((int(metrics.horizontalAdvance(ch)) + 2) * (int(metrics.height()) + 2)
                for ch in glyphs)
    kept = sum(pixmap.width() * pixmap.height() for pixmap, _offset in glyphs.values())
    assert len(glyphs) == 11
    assert kept < 0.6 * cells


def test_only_the_latest_two_colours_are_kept(qtbot) -> None:
    label = label_showing(qtbot, "12:34", GOLD)
    for colour in (RED, WHITE, RED, GOLD):  # phases change, the flash swaps colours
        set_colour(label, colour)
        image = drawn(label)
        assert same_picture(image, whole_cells("12:34", colour))
        assert len(label._glyphs) <= 2
    assert [style[1] for style in label._glyphs] == [RED.rgba(), GOLD.rgba()]
