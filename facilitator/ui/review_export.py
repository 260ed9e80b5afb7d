"""The review's files: one meeting written as CSV, JSON, HTML or PDF, a log moved to deleted/.

The text formats are the core report's; the PDF adds the chart (review_chart)
through meeting_pdf.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QLocale

from ..core.private import open_export
from ..core.report import SessionReport
from ..core.report_render import render_csv, render_html, render_json
from ..core.slide_times import MeetingSlideTimes
from .review_chart import chart_image

DELETED_FOLDER = "deleted"
EXPORT_SUFFIXES = (".csv", ".json", ".html", ".pdf")


def export_language(locale: QLocale | None = None) -> str:
    """The language for exported reports: the interface's (Danish, else English)."""
    language = (locale or QLocale()).language()
    return "da" if language == QLocale.Language.Danish else "en"


def move_to_deleted(path: Path, sessions_dir: Path) -> Path:
    """Move a session file into `deleted/` of the sessions folder; nothing is lost.

    The folder is skipped when sessions are listed, so the meeting leaves the
    list; moving the file back brings it back. A name already taken there
    gets -2, -3, … before its suffix.
    """
    folder = sessions_dir / DELETED_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / path.name
    number = 2
    while target.exists():
        target = folder / f"{path.stem}-{number}{path.suffix}"
        number += 1
    shutil.move(str(path), str(target))
    return target


def write_meeting(report: SessionReport, path: Path, lang: str,
                  slides: MeetingSlideTimes | None = None) -> Path:
    """Write one meeting as CSV, JSON, HTML or PDF by the suffix; PDF if it names none.

    With `slides` the PDF, HTML and JSON add the time per slide. Returns the
    path written. PDF needs a QGuiApplication (fonts); the rest is the core
    report's text. Raises OSError when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        path, suffix = path.with_suffix(".pdf"), ".pdf"
    if suffix == ".pdf":
        _write_pdf(report, path, lang, slides)
    elif suffix == ".html":
        write_text(path, render_html(report, lang, slides))
    elif suffix == ".json":
        write_text(path, render_json(report, lang, slides))
    else:
        # A byte-order mark is what makes spreadsheets read æøå as UTF-8.
        write_text(path, render_csv(report, lang), "utf-8-sig")
    return path


def _write_pdf(report: SessionReport, path: Path, lang: str,
               slides: MeetingSlideTimes | None) -> None:
    from .meeting_pdf import write_meeting_pdf

    # Three pixels a point: sharp on paper at about 300 dpi.
    write_meeting_pdf(report, path, lang, chart_image(report, 620, 400, scale=3), slides)


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write an export (private to its owner, see core.private); OSError when it cannot."""
    with open_export(path, encoding) as handle:
        handle.write(text)
