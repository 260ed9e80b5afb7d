"""One meeting's report as a PDF: laid out and paginated here, so the table keeps together."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..core.private import open_private
from ..core.report import SessionReport
from ..core.report_words import ReportRow, report_facts, report_table, report_words
from ..core.slide_report import duration, series_line, slide_rows, slide_words
from ..core.slide_times import MeetingSlideTimes

__all__ = ["PdfPage", "lay_out_pdf", "write_meeting_pdf"]

#: A4 portrait in points (1/72 inch): the writer runs at 72 dpi, so a point is a unit.
PAGE = QPageSize(QPageSize.PageSizeId.A4)
MARGIN = 42.0  # about 15 mm
INK = "#1d2329"
MUTED = "#6b7680"
OVER = "#a8321e"
UNDER = "#2b6b34"
HEAD_FILL = "#eef1f4"
RULE = "#c9d0d6"
#: The chart's shape, as it is drawn on screen and in the HTML page.
CHART_RATIO = 400 / 620
CELL_PAD = 3.0

_NUMERIC = (0, 2, 3, 4, 5, 6)  # right-aligned columns, never wrapped
_BLOCK, _NOTES = 1, 7


@dataclass
class PdfPage:
    """What goes on one page: draw steps, and the table rows on it (kinds, in order)."""

    steps: list[Callable[[QPainter], None]] = field(default_factory=list)
    rows: list[ReportRow] = field(default_factory=list)


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _Layout:
    """Lays the report out page by page, measuring every text on the PDF device."""

    def __init__(self, device: QPaintDevice, width: float, height: float) -> None:
        self.device = device
        self.left = MARGIN
        self.right = width - MARGIN
        self.top = MARGIN
        # Room at the foot of every page for its footer line.
        self.bottom = height - MARGIN - 14
        self.footer_y = height - MARGIN - 9
        self.pages: list[PdfPage] = [PdfPage()]
        self.y = self.top

    @property
    def page(self) -> PdfPage:
        return self.pages[-1]

    @property
    def width(self) -> float:
        return self.right - self.left

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def height_of(self, text: str, font: QFont, width: float, wrap: bool = True) -> float:
        flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
        box = self.metrics(font).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), flags, text)
        return max(box.height(), self.metrics(font).height())

    def new_page(self) -> None:
        self.pages.append(PdfPage())
        self.y = self.top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom or self.y == self.top

    def text(self, text: str, font: QFont, colour: str = INK, gap: float = 4.0) -> None:
        height = self.height_of(text, font, self.width)
        if not self.fits(height):
            self.new_page()
        rect = QRectF(self.left, self.y, self.width, height + 1)
        self.page.steps.append(_draw_text(rect, text, font, colour, wrap=True))
        self.y += height + gap


def _draw_text(rect: QRectF, text: str, font: QFont, colour: str, wrap: bool = False,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> Callable[[QPainter], None]:
    flags = int(align | Qt.AlignmentFlag.AlignTop)
    if wrap:
        flags |= int(Qt.TextFlag.TextWordWrap)

    def draw(painter: QPainter) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, flags, text)

    return draw


def _column_widths(layout: _Layout, headers: tuple[str, ...], rows: list[ReportRow],
                   font: QFont, bold: QFont) -> list[float]:
    """Numbers as wide as their widest cell; the block titles and notes share the rest."""
    widths = [0.0] * len(headers)
    for column in _NUMERIC:
        cells = [layout.metrics(bold).horizontalAdvance(headers[column])]
        for row in rows:
            # A skipped block's status sits in the actual column; it may wrap there.
            if not (column == 3 and row.kind in ("skipped", "to_come")):
                cells.append(layout.metrics(bold if row.kind == "total" else font)
                             .horizontalAdvance(row.cells[column]))
        widths[column] = max(cells) + 2 * CELL_PAD + 1
    rest = max(80.0, layout.width - sum(widths))
    widths[_BLOCK] = rest * 0.56
    widths[_NOTES] = rest - widths[_BLOCK]
    return widths


def _row_height(layout: _Layout, cells: tuple[str, ...], widths: list[float],
                font: QFont) -> float:
    return max(layout.height_of(cell, font, width - 2 * CELL_PAD, wrap=i not in _NUMERIC)
               for i, (cell, width) in enumerate(zip(cells, widths, strict=True))) \
        + 2 * CELL_PAD


def _row_steps(top: float, left: float, cells: tuple[str, ...], widths: list[float],
               height: float, font: QFont, colours: list[str], fill: str | None,
               rule: float) -> Callable[[QPainter], None]:
    def draw(painter: QPainter) -> None:
        width = sum(widths)
        if fill:
            painter.fillRect(QRectF(left, top, width, height), QColor(fill))
        painter.setPen(QPen(QColor(RULE), rule))
        painter.drawLine(QPointF(left, top + height), QPointF(left + width, top + height))
        if rule > 0.6:
            painter.drawLine(QPointF(left, top), QPointF(left + width, top))
        x = left
        for i, (cell, column_width) in enumerate(zip(cells, widths, strict=True)):
            box = QRectF(x + CELL_PAD, top + CELL_PAD, column_width - 2 * CELL_PAD,
                         height - 2 * CELL_PAD + 1)
            align = Qt.AlignmentFlag.AlignRight if i in _NUMERIC else Qt.AlignmentFlag.AlignLeft
            _draw_text(box, cell, font, colours[i], wrap=i not in _NUMERIC, align=align)(painter)
            x += column_width

    return draw


def lay_out_pdf(report: SessionReport, lang: str, device: QPaintDevice,
                chart: QImage | None = None,
                slides: MeetingSlideTimes | None = None) -> list[PdfPage]:
    """The report's pages on `device` (an A4 page at 72 dpi): heading, facts, chart, table,
    and with `slides` (when worth a section) the time per slide.

    The table is paginated row by row: a row never splits, the header row
    is repeated at the top of every page it continues on and never left at
    the foot of a page without a row under it, and the total row always
    shares its page with the last block's row.
    """
    size = PAGE.sizePoints()
    layout = _Layout(device, size.width(), size.height())
    w = report_words(lang)
    layout.text(w["report"], _font(18, bold=True), gap=2)
    layout.text(report.agenda_title, _font(13), colour="#3b4650", gap=10)
    body = _font(9.5)
    label_font = _font(9.5, bold=True)
    facts = report_facts(report, lang)
    label_width = max(layout.metrics(label_font).horizontalAdvance(label)
                      for label, _ in facts) + 12
    for label, value in facts:
        height = layout.height_of(value, body, layout.width - label_width)
        if not layout.fits(height):
            layout.new_page()
        layout.page.steps.append(_draw_text(QRectF(layout.left, layout.y, label_width, height),
                                            label, label_font, INK))
        layout.page.steps.append(_draw_text(
            QRectF(layout.left + label_width, layout.y, layout.width - label_width, height + 1),
            value, body, INK, wrap=True))
        layout.y += height + 2
    layout.y += 8
    if chart is not None:
        chart_height = layout.width * CHART_RATIO
        if not layout.fits(chart_height):
            layout.new_page()
        target = QRectF(layout.left, layout.y, layout.width, chart_height)
        layout.page.steps.append(lambda painter: painter.drawImage(target, chart))
        layout.y += chart_height + 10

    headers, rows = report_table(report, lang)
    cell_font = _font(8.5)
    head_font = _font(8.5, bold=True)
    total_font = _font(8.5, bold=True)
    grey_font = _font(8.5, italic=True)
    widths = _column_widths(layout, headers, rows, cell_font, head_font)
    head_height = _row_height(layout, headers, widths, head_font)

    def header() -> None:
        layout.page.steps.append(_row_steps(layout.y, layout.left, headers, widths, head_height,
                                            head_font, [INK] * len(headers), HEAD_FILL, 0.5))
        layout.y += head_height

    def font_of(row: ReportRow) -> QFont:
        if row.kind == "total":
            return total_font
        return grey_font if row.kind in ("skipped", "to_come") else cell_font

    heights = [_row_height(layout, row.cells, widths, font_of(row)) for row in rows]
    first = True
    for number, (row, height) in enumerate(zip(rows, heights, strict=True)):
        need = height
        if number == len(rows) - 2:
            need += heights[-1]  # the last block keeps the total company
        if first:
            need += head_height
        if row.kind != "total" and not layout.fits(need):
            layout.new_page()
            first = True
        if first:
            header()
            first = False
        colours = [MUTED if row.kind in ("skipped", "to_come") else INK] * len(row.cells)
        if row.tone:
            colours[4] = OVER if row.tone == "over" else UNDER
        layout.page.steps.append(_row_steps(layout.y, layout.left, row.cells, widths, height,
                                            font_of(row), colours, None,
                                            1.2 if row.kind == "total" else 0.5))
        layout.page.rows.append(row)
        layout.y += height

    if slides is not None and slides.worth_a_section:
        _lay_out_slides(layout, slides, tuple(b.title for b in report.blocks), lang)

    footer_font = _font(7.5)
    source = f" · {w['file']}: {report.path.name}" if report.path else ""
    count = len(layout.pages)
    for number, page in enumerate(layout.pages, start=1):
        line = QRectF(layout.left, layout.footer_y, layout.width, 12)
        page.steps.append(_draw_text(line, w["generated"] + source, footer_font, MUTED))
        page.steps.append(_draw_text(line, w["page"].format(page=number, pages=count),
                                     footer_font, MUTED, align=Qt.AlignmentFlag.AlignRight))
    return layout.pages


BAR_WIDTH = 90.0
BAR_FILL = "#3f8f4d"
BAR_LONG = "#c4512f"


def _fill(rect: QRectF, colour: str) -> Callable[[QPainter], None]:
    def draw(painter: QPainter) -> None:
        painter.fillRect(rect, QColor(colour))

    return draw


def _lay_out_slides(layout: _Layout, slides: MeetingSlideTimes, titles: tuple[str, ...],
                    lang: str) -> None:
    """The time per slide after the block table: a heading, the followed time, and a row
    per slide with a bar (red when it ran long); rows never split, the header repeats."""
    w = slide_words(lang)
    heading = _font(12, bold=True)
    body = _font(9.5)
    layout.y += 14
    if not layout.fits(layout.height_of(w["title"], heading, layout.width) + 60):
        layout.new_page()
    layout.text(w["title"], heading, gap=4)
    if not slides.has_data:
        layout.text(w["no_data"], body, colour=MUTED)
        return
    layout.text(w["followed"].format(followed=duration(slides.followed_seconds),
                                     running=duration(slides.running_seconds)), body, gap=6)
    rows = slide_rows(slides, titles, lang)
    headers = (w["slide"], w["block"], w["time"], w["share"], w["planned"], w["shown"], "",
               w["note"])
    cells = [(str(r.number), r.block, r.time, r.share, r.planned, r.shown, "", r.note)
             for r in rows]
    font = _font(8.5)
    head_font = _font(8.5, bold=True)
    widths = [0.0] * len(headers)
    for column in _NUMERIC:
        widths[column] = max([layout.metrics(head_font).horizontalAdvance(headers[column])]
                             + [layout.metrics(font).horizontalAdvance(c[column])
                                for c in cells]) + 2 * CELL_PAD + 1
    widths[6] = BAR_WIDTH + 2 * CELL_PAD
    rest = max(80.0, layout.width - sum(widths))
    widths[_BLOCK] = rest * 0.5
    widths[_NOTES] = rest - widths[_BLOCK]
    head_height = _row_height(layout, headers, widths, head_font)
    first = True
    for row, row_cells in zip(rows, cells, strict=True):
        height = _row_height(layout, row_cells, widths, font)
        if not layout.fits(height + (head_height if first else 0)):
            layout.new_page()
            first = True
        if first:
            layout.page.steps.append(_row_steps(layout.y, layout.left, headers, widths,
                                                head_height, head_font, [INK] * len(headers),
                                                HEAD_FILL, 0.5))
            layout.y += head_height
            first = False
        colours = [INK] * len(headers)
        if row.long:
            colours[_NOTES] = OVER
        layout.page.steps.append(_row_steps(layout.y, layout.left, row_cells, widths, height,
                                            font, colours, None, 0.5))
        bar = QRectF(layout.left + sum(widths[:6]) + CELL_PAD, layout.y + height / 2 - 3.5,
                     max(0.5, BAR_WIDTH * row.fraction), 7)
        layout.page.steps.append(_fill(bar, BAR_LONG if row.long else BAR_FILL))
        layout.y += height
    compared = series_line(slides, lang)
    if compared:
        layout.y += 6
        layout.text(compared, body)


def write_meeting_pdf(report: SessionReport, path: Path, lang: str,
                      chart: QImage | None = None,
                      slides: MeetingSlideTimes | None = None) -> None:
    """Write the report as an A4 PDF (needs a QGuiApplication for fonts).

    Raises OSError when the file cannot be written.
    """
    # QPdfWriter opens the file only when the first page is drawn; a folder
    # that is not there must fail loudly, not leave no file and no word.
    os.close(open_private(path))  # only the user reads it; QPdfWriter keeps the mode
    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # a point is a unit; text and lines stay vectors
    writer.setPageSize(PAGE)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setTitle(report.agenda_title)
    writer.setCreator("facilitator")
    pages = lay_out_pdf(report, lang, writer, chart, slides)
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for number, page in enumerate(pages):
        if number:
            writer.newPage()
        for step in page.steps:
            step(painter)
    painter.end()
    del writer  # closes the file
    with open(path, "rb") as handle:
        if handle.read(4) != b"%PDF":
            raise OSError(f"the PDF could not be written to {path}")
