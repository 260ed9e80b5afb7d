"""The `sessions` and `report` subcommands: list logged meetings and report on one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .cli_words import language_for, os_why, say
from .core.journal import JournalError, SessionLog, fallback_folders, read_session
from .core.journal_list import SessionListing, list_sessions
from .core.private import open_export
from .core.report import build_report, summarise
from .core.report_render import FORMATS, render, render_sessions_json, render_sessions_text
from .core.slide_times import MeetingSlideTimes, meeting_slide_times, with_series
from .paths import resolve_paths

if TYPE_CHECKING:
    from .messages_text import MessageText

__all__ = ["add_journal_commands", "language_for"]

_SUFFIX_FORMATS = {".txt": "text", ".csv": "csv", ".json": "json", ".html": "html",
                   ".htm": "html", ".pdf": "pdf"}
#: The core's text formats, and a PDF drawn with Qt (fonts, no display needed).
REPORT_FORMATS = (*FORMATS, "pdf")


def add_journal_commands(sub: Any,
                         add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `sessions` and `report` on the main parser's subparsers."""
    sessions = sub.add_parser("sessions", help="list the logged meetings, newest first")
    sessions.add_argument("--json", action="store_true", help="print the list as JSON")
    add_common(sessions)
    sessions.set_defaults(handler=_cmd_sessions)

    report = sub.add_parser("report", help="planned against actual time for a logged meeting")
    which = report.add_mutually_exclusive_group()
    which.add_argument("session", nargs="?", metavar="SESSION",
                       help="a session file, a session id, or the start of a file name in "
                            "the sessions folder (default: the latest session)")
    which.add_argument("--last", action="store_true", help="the latest session")
    report.add_argument("--format", choices=REPORT_FORMATS,
                        help="output format (default: from -o's extension, else text); "
                             "pdf needs -o FILE")
    report.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    report.add_argument("--share", action="store_true",
                        help="let others on this computer read FILE (default: only you)")
    add_common(report)
    report.set_defaults(handler=_cmd_report)


def print_problems(listing: SessionListing, err: TextIO, lang: str = "en") -> None:
    """Damaged files and skipped lines, said where they are; none stops a listing."""
    problems = [*listing.problems, *(p for log in listing.sessions for p in log.problems)]
    if problems:
        text = message_text(lang)
        for problem in problems:
            print(text.problem(problem), file=err)


def _cmd_sessions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    folder = resolve_paths(args.data_dir).sessions_dir
    listing = list_sessions(folder, also=fallback_folders(folder))
    print_problems(listing, err, language_for(args.lang))
    if not listing.sessions:
        print(say("no_sessions", language_for(args.lang), folder=folder), file=err)
        if args.json:
            out.write("[]\n")
        return 1
    summaries = [summarise(log) for log in listing.sessions]
    if args.json:
        out.write(render_sessions_json(summaries))
    else:
        out.write(render_sessions_text(summaries, language_for(args.lang)))
    return 0


class _NoSession(Exception):
    """The SESSION argument names no single session: a cli_words key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.said("en"))

    def said(self, lang: str) -> str:
        """The reason in `lang`; a value that is a core Message is rendered in it too."""
        values = dict(self.values)
        if "more" in values:  # how many more matches there are than shown
            more = int(values["more"])  # type: ignore[call-overload]
            values["more"] = say("and_more", lang, n=more) if more else ""
        if lang != "en":
            text = message_text(lang)
            values = {key: text(value) for key, value in values.items()}
        return say(self.key, lang, **values)


def message_text(lang: str) -> MessageText:
    """Core's messages in `lang` (loads Qt's catalogue only when asked)."""
    from .messages_text import for_language

    return for_language(lang)


def _find_session(name: str | None, folder: Path) -> SessionLog:
    if name is not None and Path(name).is_file():
        try:
            return read_session(name)
        except JournalError as exc:
            raise _NoSession("path_error", path=exc.path, text=exc.message) from None
    listing = list_sessions(folder, also=fallback_folders(folder))
    if not listing.sessions:
        raise _NoSession("no_sessions", folder=folder)
    if name is None:
        return listing.sessions[0]
    exact = [log for log in listing.sessions
             if name in (log.session_id, log.path.name, log.path.stem)]
    if exact:
        return exact[0]
    matches = [log for log in listing.sessions
               if log.path.name.startswith(name) or log.session_id.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        shown = ", ".join(log.path.stem for log in matches[:5])
        raise _NoSession("sessions_ambiguous", name=repr(name), count=len(matches),
                         folder=folder, shown=shown, more=max(0, len(matches) - 5))
    raise _NoSession("no_session", name=repr(name), folder=folder)


def _cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    folder = resolve_paths(args.data_dir).sessions_dir
    try:
        log = _find_session(args.session, folder)
    except _NoSession as exc:
        print(say("error_line", language_for(args.lang), text=exc.said(language_for(args.lang))),
              file=err)
        return 1
    for problem in log.problems:
        print(message_text(language_for(args.lang)).problem(problem), file=err)
    fmt = args.format
    if fmt is None and args.output:
        fmt = _SUFFIX_FORMATS.get(Path(args.output).suffix.lower())
    fmt = fmt or "text"
    if fmt == "pdf":
        return _report_pdf(log, args, err)
    text = render(build_report(log), fmt, language_for(args.lang), slides_of(log, folder))
    if not args.output:
        out.write(text)
        return 0
    target = Path(args.output)
    # A byte-order mark is what makes spreadsheets read a CSV file's æøå as UTF-8.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with open_export(target, encoding, shared=args.share) as handle:
            handle.write(text)
    except OSError as exc:
        print(say("cannot_write", language_for(args.lang), name=target,
                  why=os_why(exc, language_for(args.lang))), file=err)
        return 1
    print(say("wrote_report", language_for(args.lang), name=target, fmt=fmt,
              session=log.path.name), file=err)
    return 0


def slides_of(log: SessionLog, folder: Path) -> MeetingSlideTimes:
    """The meeting's time per slide, with its series' (the sessions in `folder`) for the
    report to compare with when the meeting has slide data."""
    times = meeting_slide_times(log)
    if not times.has_data:
        return times
    return with_series(times, log, list_sessions(folder, also=fallback_folders(folder)).sessions)


def _report_pdf(log: SessionLog, args: argparse.Namespace, err: TextIO) -> int:
    """The report as an A4 PDF in -o FILE: the review window's export, without a window."""
    lang = language_for(args.lang)
    if not args.output:
        print(say("pdf_needs_output", lang), file=err)
        return 2
    target = Path(args.output)
    _gui_for_printing(lang)
    from .core.private import share_file
    from .ui.meeting_pdf import write_meeting_pdf
    from .ui.review_chart import chart_image

    report = build_report(log)
    try:
        write_meeting_pdf(report, target, lang, chart_image(report, 620, 400, scale=3),
                          slides_of(log, resolve_paths(args.data_dir).sessions_dir))
        if args.share:
            share_file(target)
    except OSError as exc:
        print(say("cannot_write", lang, name=target, why=os_why(exc, lang)), file=err)
        return 1
    print(say("wrote_report", lang, name=target, fmt="pdf", session=log.path.name), file=err)
    return 0


def _gui_for_printing(lang: str) -> None:
    """Qt's fonts and painting for a PDF, without a window (and without a display)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .ui.i18n import install_translators

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(app, lang)
