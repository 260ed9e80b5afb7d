"""The `review` subcommand: the review window, a series and its calibration, a meeting's PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

# The session lookup is `facilitator report`'s, so SESSION means the same in both.
from .cli_journal import (
    _find_session,
    _gui_for_printing,
    _NoSession,
    language_for,
    message_text,
    print_problems,
    slides_of,
)
from .cli_words import os_why, say
from .core.agenda import AgendaError
from .core.agenda_load import load_agenda
from .core.journal import fallback_folders
from .core.journal_list import list_sessions
from .core.private import open_export, share_file
from .core.report import build_report
from .core.series import (
    Series,
    SeriesStats,
    calibrate,
    group_series,
    programme_key,
    series_statistics,
)
from .core.series_render import (
    render_calibration_json,
    render_calibration_text,
    render_series_csv,
    render_series_json,
    render_series_text,
    revised_programme_yaml,
)
from .core.slide_report import render_series_slides_text, with_series_slides
from .core.slide_times import SeriesSlideTimes, counted_slide_times, meeting_slide_times
from .paths import resolve_paths

__all__ = ["add_review_commands", "find_series"]

SERIES_FORMATS = ("text", "csv", "json")
_SUFFIX_FORMATS = {".txt": "text", ".csv": "csv", ".json": "json"}


def add_review_commands(sub: Any,
                        add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `review` on the main parser's subparsers."""
    review = sub.add_parser(
        "review", help="where the time went: the review window, or a series as text",
        description="Without --series, opens the review window. With --series, prints a "
                    "programme's series of logged meetings (per block: each run, the median, "
                    "how often and how far it ran over) and, with --calibrate, suggested "
                    "lengths and a revised programme.")
    review.add_argument("--meeting", nargs="?", const="", metavar="SESSION",
                        help="export one meeting to -o FILE (.pdf, .html, .csv or .json): a "
                             "session file, a session id or the start of a file name; "
                             "without a value, the latest")
    review.add_argument("--series", nargs="?", const="", metavar="PROGRAMME",
                        help="a programme's title (or the start of it), its series id, or "
                             "a programme file; without a value, the latest meeting's "
                             "programme")
    review.add_argument("--format", choices=SERIES_FORMATS,
                        help="output format of --series (default: from -o's extension, else "
                             "text)")
    review.add_argument("--calibrate", action="store_true",
                        help="suggest block lengths from the series; with -o, write the "
                             "revised programme there as YAML")
    review.add_argument("-o", "--output", metavar="FILE",
                        help="with --meeting the export; with --calibrate the revised "
                             "programme (YAML); else the series statistics")
    review.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    review.add_argument("--share", action="store_true",
                        help="let others on this computer read FILE (default: only you)")
    add_common(review)
    review.set_defaults(handler=_cmd_review)


class _NoSeries(_NoSession):
    """The PROGRAMME argument names no single series: a cli_words key and its values."""


def find_series(name: str, series: Sequence[Series]) -> Series:
    """The series `name` means: a series id, a programme file, an exact or unique title start."""
    if not series:
        raise _NoSeries("no_meetings_logged")
    if not name:
        return series[0]
    by_key = [s for s in series if s.key.startswith(name.lower())] if len(name) >= 4 else []
    if len(by_key) == 1:
        return by_key[0]
    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") and path.is_file():
        try:
            key = programme_key(load_agenda(path).to_json())
        except AgendaError as exc:
            raise _NoSeries("as_is", text=exc.diagnostics[0].message) from None
        found = [s for s in series if s.key == key]
        if not found:
            raise _NoSeries("no_series_of_programme", path=path)
        return found[0]
    wanted = " ".join(name.split()).casefold()
    exact = [s for s in series if " ".join(s.title.split()).casefold() == wanted]
    matches = exact or [s for s in series if s.title.casefold().startswith(wanted)] \
        or [s for s in series if wanted in s.title.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        shown = ", ".join(f"{s.title} ({s.key})" for s in matches[:5])
        raise _NoSeries("series_ambiguous", name=repr(name), count=len(matches), shown=shown)
    known = ", ".join(f"{s.title} ({s.key})" for s in series[:8])
    raise _NoSeries("no_series", name=repr(name), known=known)


def _cmd_review(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    folder = resolve_paths(args.data_dir).sessions_dir
    lang = language_for(args.lang)
    if args.meeting is not None:
        if args.series is not None or args.calibrate or args.format:
            print(say("meeting_only_output", lang), file=err)
            return 2
        return _export_meeting(args, folder, err)
    if args.series is None:
        if args.calibrate or args.format or args.output:
            print(say("series_options", lang), file=err)
            return 2
        from .preflight import can_open_window

        if not can_open_window([], lang, err):
            return 1
        from .ui.review import run_review_app

        return run_review_app(folder, args.lang)
    listing = list_sessions(folder, also=fallback_folders(folder))
    print_problems(listing, err, language_for(args.lang))
    try:
        series = find_series(args.series, group_series(listing.sessions))
    except _NoSeries as exc:
        print(say("error_in_folder", lang, text=exc.said(lang), folder=folder), file=err)
        return 1
    fmt = args.format
    if fmt is None and args.output and not args.calibrate:
        fmt = _SUFFIX_FORMATS.get(Path(args.output).suffix.lower())
    fmt = fmt or "text"
    stats = series_statistics(series)
    if not stats.runs:
        print(say("nothing_to_count", lang, title=series.title), file=err)
    slides = counted_slide_times(series.logs, [r.session_id for r in stats.runs])
    if not args.calibrate:
        text = {"text": lambda: render_series_text(stats, lang)
                + _series_slides_text(series, stats, slides, lang),
                "csv": lambda: render_series_csv(stats, lang),
                "json": lambda: with_series_slides(render_series_json(stats), slides)}[fmt]()
        if args.output:
            return _write(Path(args.output), text, args.force, err,
                          "utf-8-sig" if fmt == "csv" else "utf-8",
                          say("the_series", lang, title=series.title), lang, args.share)
        out.write(text)
        return 0
    try:
        calibration = calibrate(series)
    except AgendaError as exc:
        print(say("calibration_unreadable", lang,
                  why=message_text(lang)(exc.diagnostics[0].message)), file=err)
        return 1
    if fmt == "json":
        out.write(render_calibration_json(calibration))
    elif fmt == "csv":
        out.write(render_series_csv(stats, lang, calibration))
    else:
        out.write(render_series_text(stats, lang))
        out.write(_series_slides_text(series, stats, slides, lang))
        out.write("\n")
        out.write(render_calibration_text(calibration, lang))
    if args.output:
        return _write(Path(args.output), revised_programme_yaml(calibration, lang), args.force,
                      err, "utf-8", say("the_revised", lang, title=series.title,
                                        minutes=f"{calibration.revised.total_minutes:g}"),
                      lang, args.share)
    return 0


def _series_slides_text(series: Series, stats: SeriesStats, slides: SeriesSlideTimes,
                        lang: str) -> str:
    """The time per slide after the series' table, when there is slide data or the
    programme names slides (then to say there is none)."""
    if not slides.has_data and not any(meeting_slide_times(log).programme_has_slides
                                       for log in series.logs[:1]):
        return ""
    titles = tuple(b.title for b in stats.runs[-1].blocks) if stats.runs else ()
    return "\n" + render_series_slides_text(slides, titles, lang)


def _export_meeting(args: argparse.Namespace, folder: Path, err: TextIO) -> int:
    lang = language_for(args.lang)
    if not args.output:
        print(say("meeting_needs_output", lang), file=err)
        return 2
    target = Path(args.output)
    if target.suffix.lower() not in (".pdf", ".html", ".csv", ".json"):
        print(say("meeting_suffix", lang, name=target), file=err)
        return 2
    if target.exists() and not args.force:
        print(say("exists", lang, name=target), file=err)
        return 1
    try:
        log = _find_session(args.meeting or None, folder)
    except _NoSession as exc:
        print(say("error_line", lang, text=exc.said(lang)), file=err)
        return 1
    for problem in log.problems:
        print(message_text(lang).problem(problem), file=err)
    if target.suffix.lower() == ".pdf":
        _gui_for_printing(lang)
    from .ui.review import write_meeting

    try:
        write_meeting(build_report(log), target, lang, slides_of(log, folder))
        if args.share:
            share_file(target)
    except OSError as exc:
        print(say("cannot_write", lang, name=target, why=os_why(exc, lang)), file=err)
        return 1
    print(say("wrote_meeting_report", lang, name=target, session=log.path.name), file=err)
    return 0


def _write(target: Path, text: str, force: bool, err: TextIO, encoding: str,
           what: str, lang: str, share: bool = False) -> int:
    if target.exists() and not force:
        print(say("exists", lang, name=target), file=err)
        return 1
    try:
        # A byte-order mark (utf-8-sig) is what makes spreadsheets read æøå as UTF-8.
        with open_export(target, encoding, shared=share) as handle:
            handle.write(text)
    except OSError as exc:
        print(say("cannot_write", lang, name=target, why=os_why(exc, lang)), file=err)
        return 1
    print(say("wrote_what", lang, name=target, what=what), file=err)
    return 0
