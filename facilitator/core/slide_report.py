"""Time per slide in words: rows, a text section and an HTML section, in Danish or English.

The figures are core/slide_times.py's; this module only writes them out, for
the text and HTML reports (core/report_render.py), the command line and the
PDF (ui/meeting_pdf.py), so all of them say the same.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .slide_times import MeetingSlideTimes, SeriesSlideTimes

__all__ = [
    "SLIDES_CSS",
    "SlideRow",
    "duration",
    "render_series_slides_text",
    "render_slides_html",
    "render_slides_text",
    "series_line",
    "series_slide_rows",
    "with_series_slides",
    "slide_rows",
    "slide_words",
]

_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Time per slide",
        "series_title": "Time per slide across the meetings",
        "no_data": "No slide data: this meeting was not run with a slideshow followed "
                   "(no slide changes in its log).",
        "series_no_data": "No slide data: none of the counted meetings followed a slideshow.",
        "followed": "Slides were followed for {followed} of the meeting's {running} "
                    "(pauses left out).",
        "series_runs": "Meetings with slide data: {runs}",
        "series_without": "{count} without",
        "slide": "Slide",
        "block": "Block",
        "time": "Time",
        "share": "Share",
        "planned": "Planned",
        "shown": "Shown",
        "note": "Note",
        "median": "Median",
        "long_in": "Long in",
        "meetings": "Meetings",
        "long": "long",
        "keeps_long": "keeps running long",
        "look_back": "{time} looking back",
        "no_block": "in no block",
        "most_time": "Most time",
        "long_slides": "Ran long",
        "keep_long": "Keep running long",
        "none": "none",
        "of": "{long} of {shown}",
        "in_series": "In the series ({runs} meetings with slide data), keep running long: {slides}",
        "series_slide": "{number} (median {median}, long in {long} of {shown})",
    },
    "da": {
        "title": "Tid pr. slide",
        "series_title": "Tid pr. slide over møderne",
        "no_data": "Ingen slide-data: mødet blev ikke kørt efter et slideshow "
                   "(ingen slideskift i loggen).",
        "series_no_data": "Ingen slide-data: ingen af de talte møder fulgte et slideshow.",
        "followed": "Slides blev fulgt i {followed} af mødets {running} "
                    "(pauser regnes ikke med).",
        "series_runs": "Møder med slide-data: {runs}",
        "series_without": "{count} uden",
        "slide": "Slide",
        "block": "Blok",
        "time": "Tid",
        "share": "Andel",
        "planned": "Planlagt",
        "shown": "Vist",
        "note": "Bemærkning",
        "median": "Median",
        "long_in": "Lang i",
        "meetings": "Møder",
        "long": "for lang",
        "keeps_long": "tager tit for lang tid",
        "look_back": "{time} som tilbageblik",
        "no_block": "i ingen blok",
        "most_time": "Mest tid",
        "long_slides": "Tog for lang tid",
        "keep_long": "Tager tit for lang tid",
        "none": "ingen",
        "of": "{long} af {shown}",
        "in_series": "I serien ({runs} møder med slide-data) tager tit for lang tid: {slides}",
        "series_slide": "{number} (median {median}, for lang i {long} af {shown})",
    },
}


def slide_words(lang: str) -> Mapping[str, str]:
    """The fixed words of the slide sections in `lang` (Danish or English)."""
    return _WORDS.get(lang, _WORDS["en"])


def duration(seconds: float) -> str:
    """A slide's time as "m:ss", or "h:mm:ss" from an hour."""
    whole = max(0, int(round(seconds)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _block_label(index: int | None, titles: Sequence[str], lang: str) -> str:
    if index is None:
        return slide_words(lang)["no_block"]
    title = titles[index] if 0 <= index < len(titles) else f"#{index + 1}"
    return f"{index + 1}. {title}"


@dataclass(frozen=True)
class SlideRow:
    """One slide as the reports write it: the cells, and what to mark it with.

    `fraction` is its part of the largest time in the table (0..1), for a bar.
    """

    number: int
    block: str
    time: str
    share: str  # of the followed time (one meeting) or the number of meetings shown (series)
    planned: str
    shown: str
    note: str
    long: bool
    fraction: float
    seconds: float


def _percent(part: float, whole: float, lang: str) -> str:
    value = round(100 * part / whole) if whole > 0 else 0
    return f"{value} %" if lang == "da" else f"{value}%"


def slide_rows(times: MeetingSlideTimes, titles: Sequence[str], lang: str,
               by_time: bool = False) -> list[SlideRow]:
    """One meeting's slides as rows, by number (or the most time first)."""
    w = slide_words(lang)
    slides = times.by_time if by_time else times.slides
    longest = max((s.seconds for s in slides), default=0.0)
    rows = []
    for s in slides:
        notes = []
        if s.ran_long:
            notes.append(w["long"])
        if s.look_back_seconds > 0:
            notes.append(w["look_back"].format(time=duration(s.look_back_seconds)))
        rows.append(SlideRow(
            number=s.number,
            block=_block_label(s.home, titles, lang),
            time=duration(s.seconds),
            share=_percent(s.seconds, times.followed_seconds, lang),
            planned=duration(s.planned_seconds) if s.planned_seconds is not None else "–",
            shown=f"{s.shows}×",
            note=", ".join(notes),
            long=s.ran_long,
            fraction=s.seconds / longest if longest > 0 else 0.0,
            seconds=s.seconds,
        ))
    return rows


def series_slide_rows(times: SeriesSlideTimes, titles: Sequence[str],
                      lang: str) -> list[SlideRow]:
    """A series' slides as rows, by number: `time` is the median, `shown` in how many
    meetings it was shown, `share` in how many of them it ran long."""
    w = slide_words(lang)
    longest = max((s.median_seconds or 0.0 for s in times.slides), default=0.0)
    rows = []
    for s in times.slides:
        median = s.median_seconds or 0.0
        rows.append(SlideRow(
            number=s.number,
            block=_block_label(s.home, titles, lang),
            time=duration(median),
            share=w["of"].format(long=s.long_count, shown=s.shown),
            planned=duration(s.planned_seconds) if s.planned_seconds is not None else "–",
            shown=f"{s.shown}",
            note=w["keeps_long"] if s.keeps_running_long else "",
            long=s.keeps_running_long,
            fraction=median / longest if longest > 0 else 0.0,
            seconds=median,
        ))
    return rows


def _bar(fraction: float, width: int = 20) -> str:
    return "█" * int(round(fraction * width))


def render_slides_text(times: MeetingSlideTimes, titles: Sequence[str], lang: str) -> str:
    """The text report's section: a line per slide with a bar, or that there is no data."""
    w = slide_words(lang)
    out = [w["title"] + ":"]
    if not times.has_data:
        return "\n".join(out + ["  " + w["no_data"]]) + "\n"
    out.append("  " + w["followed"].format(followed=duration(times.followed_seconds),
                                          running=duration(times.running_seconds)))
    rows = slide_rows(times, titles, lang)
    block_width = min(36, max([len(w["block"])] + [len(r.block) for r in rows]))
    header = (f"  {w['slide']:>5}  {w['block']:<{block_width}}  {w['time']:>7}  "
              f"{w['share']:>5}  {w['planned']:>8}  {w['shown']:>5}")
    out += [header, "  " + "-" * (len(header) - 2)]
    for r in rows:
        block = r.block if len(r.block) <= block_width else r.block[:block_width - 1] + "…"
        line = (f"  {r.number:>5}  {block:<{block_width}}  {r.time:>7}  {r.share:>5}  "
                f"{r.planned:>8}  {r.shown:>5}  {_bar(r.fraction)}")
        if r.note:
            line += f"  ({r.note})"
        out.append(line.rstrip())
    long = times.long
    out.append("  " + w["long_slides"] + ": "
               + (", ".join(f"{s.number} ({duration(s.seconds)})" for s in long)
                  if long else w["none"]))
    compared = series_line(times, lang)
    if compared:
        out.append("  " + compared)
    return "\n".join(out) + "\n"


def series_line(times: MeetingSlideTimes, lang: str) -> str | None:
    """One line comparing with the meeting's series: the slides that keep running long
    there; None when the series was not looked up or has no slide data."""
    series = times.series
    if series is None or not series.has_data:
        return None
    w = slide_words(lang)
    slides = ", ".join(
        w["series_slide"].format(number=s.number, median=duration(s.median_seconds or 0),
                                 long=s.long_count, shown=s.shown) for s in series.long)
    return w["in_series"].format(runs=series.runs, slides=slides or w["none"])


def render_series_slides_text(times: SeriesSlideTimes, titles: Sequence[str],
                              lang: str) -> str:
    """`review --series`'s section: median per slide and the slides that keep running long."""
    w = slide_words(lang)
    out = [w["series_title"] + ":"]
    if not times.has_data:
        return "\n".join(out + ["  " + w["series_no_data"]]) + "\n"
    runs = w["series_runs"].format(runs=times.runs)
    if times.without_data:
        runs += f" ({w['series_without'].format(count=times.without_data)})"
    out.append("  " + runs)
    rows = series_slide_rows(times, titles, lang)
    block_width = min(36, max([len(w["block"])] + [len(r.block) for r in rows]))
    header = (f"  {w['slide']:>5}  {w['block']:<{block_width}}  {w['median']:>7}  "
              f"{w['planned']:>8}  {w['meetings']:>7}  {w['long_in']:>8}")
    out += [header, "  " + "-" * (len(header) - 2)]
    for r in rows:
        block = r.block if len(r.block) <= block_width else r.block[:block_width - 1] + "…"
        line = (f"  {r.number:>5}  {block:<{block_width}}  {r.time:>7}  {r.planned:>8}  "
                f"{r.shown:>7}  {r.share:>8}  {_bar(r.fraction)}")
        if r.note:
            line += f"  ({r.note})"
        out.append(line.rstrip())
    long = times.long
    out.append("  " + w["keep_long"] + ": "
               + (", ".join(f"{s.number} ({duration(s.median_seconds or 0)})" for s in long)
                  if long else w["none"]))
    return "\n".join(out) + "\n"


SLIDES_CSS = (
    ".slides{margin-top:1.5rem}.slides h2{font-size:1.2rem;margin:0 0 .4rem}"
    ".slides td.bar{width:30%}.slides .fill{display:block;height:.8em;background:#3f8f4d;"
    "min-width:1px}.slides tr.long .fill{background:#c4512f}"
    ".slides tr.long td.note{color:#a8321e}"
)


def render_slides_html(times: MeetingSlideTimes, titles: Sequence[str], lang: str) -> str:
    """The HTML report's section (a heading and a table with bars), or that there is no data."""
    w = slide_words(lang)
    esc = html.escape
    head = f'<section class="slides">\n<h2>{esc(w["title"])}</h2>\n'
    if not times.has_data:
        return head + f'<p class="no-slides">{esc(w["no_data"])}</p>\n</section>\n'
    followed = w["followed"].format(followed=duration(times.followed_seconds),
                                    running=duration(times.running_seconds))
    cells = "".join(
        f'<th class="n">{esc(h)}</th>' if numeric else f"<th>{esc(h)}</th>"
        for h, numeric in ((w["slide"], True), (w["block"], False), (w["time"], True),
                           (w["share"], True), (w["planned"], True), (w["shown"], True),
                           ("", False), (w["note"], False)))
    rows = []
    for r in slide_rows(times, titles, lang):
        width = f"{r.fraction * 100:.1f}%"
        rows.append(
            f'<tr{" class=" + chr(34) + "long" + chr(34) if r.long else ""}>'
            f'<td class="n">{r.number}</td><td>{esc(r.block)}</td>'
            f'<td class="n">{esc(r.time)}</td><td class="n">{esc(r.share)}</td>'
            f'<td class="n">{esc(r.planned)}</td><td class="n">{esc(r.shown)}</td>'
            f'<td class="bar"><span class="fill" style="width:{width}"></span></td>'
            f'<td class="note">{esc(r.note)}</td></tr>')
    compared = series_line(times, lang)
    after = f'<p class="series">{esc(compared)}</p>\n' if compared else ""
    return (head + f"<p>{esc(followed)}</p>\n<table>\n<thead><tr>{cells}</tr></thead>\n"
            f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n" + after
            + "</section>\n")


def with_series_slides(series_json: str, slides: SeriesSlideTimes) -> str:
    """A series' JSON (series_render.render_series_json) with the time per slide under
    "slides"."""
    data = json.loads(series_json)
    data["slides"] = slides.to_json()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
