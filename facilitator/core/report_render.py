"""Reports on logged meetings, rendered: text, CSV, JSON or HTML (with an SVG chart), and the
session lists of `facilitator sessions`; the words they use are in report_words."""

from __future__ import annotations

import csv
import html
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence

from .report import BlockReport, SessionReport, SessionSummary, _round
from .report_words import (
    _decimal,
    _facts,
    _length,
    _note_text,
    _signed_length,
    _status,
    _status_word,
    _words,
    block_notes_text,
)
from .slide_report import SLIDES_CSS, render_slides_html, render_slides_text
from .slide_times import MeetingSlideTimes

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "render",
    "render_csv",
    "render_html",
    "render_json",
    "render_sessions_json",
    "render_sessions_text",
    "render_text",
]

FORMATS = ("text", "csv", "json", "html")
LANGUAGES = ("da", "en")


# --------------------------------------------------------------------------- renderers


def render(report: SessionReport, fmt: str, lang: str = "da",
           slides: MeetingSlideTimes | None = None) -> str:
    """The report in `fmt` (one of FORMATS); with `slides`, text, JSON and HTML add the
    time per slide (CSV stays the one block table)."""
    if fmt == "text":
        return render_text(report, lang, slides)
    if fmt == "csv":
        return render_csv(report, lang)
    if fmt == "json":
        return render_json(report, lang, slides)
    if fmt == "html":
        return render_html(report, lang, slides)
    raise ValueError(f"unknown report format {fmt!r}; known: {', '.join(FORMATS)}")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(report: SessionReport, lang: str = "da",
                slides: MeetingSlideTimes | None = None) -> str:
    """A plain-text report for the terminal or an e-mail body (with `slides`: and the
    time per slide)."""
    w = _words(lang)
    out = [f"{w['report']}: {report.agenda_title}", ""]
    label_width = max(len(label) for label, _ in _facts(report, lang))
    out += [f"{label + ':':<{label_width + 1}} {value}" for label, value in _facts(report, lang)]
    out.append("")
    total_word = w["total"] if report.has_ended else w["total_so_far"]
    title_width = min(36, max([len(w["block"]), len(total_word)]
                              + [len(b.title) for b in report.blocks]))
    numbers = (w["planned"], w["actual"], w["delta"], w["paused"], w["adjusted"])
    widths = [max(7, len(h)) for h in numbers]
    header = f"{w['no']:>3}  {w['block']:<{title_width}}  " + "  ".join(
        f"{h:>{n}}" for h, n in zip(numbers, widths, strict=True))
    out += [header, "-" * len(header)]
    for block in report.blocks:
        title = _shorten(block.title, title_width)
        planned = _decimal(block.planned_minutes, lang) if not block.untimed else "–"
        line = f"{block.index + 1:>3}  {title:<{title_width}}  {planned:>{widths[0]}}"
        if block.skipped or block.to_come:
            line += f"  {_status_word(block, lang)}"
        else:
            changed = block.adjust_minutes + block.plan_minutes
            values = (
                _decimal(block.actual_minutes, lang),
                _decimal(block.delta_so_far_minutes, lang, signed=True)
                if block.shows_delta else "",
                _decimal(block.paused_minutes, lang),
                _decimal(changed, lang, signed=True) if changed else "",
            )
            line += "".join(f"  {v:>{n}}" for v, n in zip(values, widths[1:], strict=True))
            if block.running or block.untimed:
                line += f"  ({_status_word(block, lang)})"
        out.append(line.rstrip())
    out.append("-" * len(header))
    total = (f"{'':>3}  {total_word:<{title_width}}  "
             f"{_decimal(report.planned_so_far_minutes, lang):>{widths[0]}}  "
             f"{_decimal(report.actual_minutes, lang):>{widths[1]}}  "
             f"{_decimal(report.overrun_minutes, lang, signed=True):>{widths[2]}}  "
             f"{_decimal(report.paused_minutes, lang):>{widths[3]}}")
    out.append(total)
    noted = [(f"{b.index + 1}. {b.title}", block_notes_text(b, lang).splitlines())
             for b in report.blocks if b.notes or b.started_by]
    if report.notes:
        noted.insert(0, (w["meeting"], [_note_text(n, lang) for n in report.notes]))
    if noted:
        out += ["", w["notes"] + ":"]
        for where, lines in noted:
            for line in lines:
                out.append(f"  {where}: {line}")
    if slides is not None and slides.worth_a_section:
        out += ["", render_slides_text(slides, _titles(report), lang).rstrip("\n")]
    return "\n".join(out) + "\n"


def _titles(report: SessionReport) -> tuple[str, ...]:
    return tuple(b.title for b in report.blocks)


def render_csv(report: SessionReport, lang: str = "da") -> str:
    """One row per block and a total row, for a spreadsheet.

    Danish output uses `;` between fields and a decimal comma, as a
    spreadsheet in a Danish locale expects; English uses `,` and a point.
    """
    w = _words(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "da" else ",", lineterminator="\n")
    writer.writerow([w["no"], w["block"], w["planned"], w["actual"], w["delta"], w["paused"],
                     w["adjusted"], w["plan"], w["skipped"], w["notes"], w["status"]])

    def number(value: float) -> str:
        return _decimal_plain(value, lang)

    for block in report.blocks:
        # A skipped block keeps its −planned (time won back); a block to come,
        # an untimed one or a running one within its plan has no difference.
        delta = number(block.delta_so_far_minutes) if block.shows_delta or block.skipped \
            else ""
        writer.writerow([
            block.index + 1, block.title, number(block.planned_minutes),
            "" if block.to_come else number(block.actual_minutes), delta,
            number(block.paused_minutes), number(block.adjust_minutes),
            number(block.plan_minutes), w["yes"] if block.skipped else "",
            " | ".join(_note_text(n, lang) for n in block.notes),
            _status_word(block, lang),
        ])
    writer.writerow([
        "", w["total"] if report.has_ended else w["total_so_far"],
        number(report.planned_so_far_minutes), number(report.actual_minutes),
        number(report.overrun_minutes), number(report.paused_minutes),
        number(sum(b.adjust_minutes for b in report.blocks)),
        number(sum(b.plan_minutes for b in report.blocks)), "",
        " | ".join(_note_text(n, lang) for n in report.notes),
        _status(report.is_finished, report.abandoned, w),
    ])
    return buffer.getvalue()


def _decimal_plain(value: float, lang: str) -> str:
    text = f"{_round(value):g}" if abs(value) < 1e15 else str(value)
    return text.replace(".", ",") if lang == "da" else text


def render_json(report: SessionReport, lang: str = "da",
                slides: MeetingSlideTimes | None = None) -> str:
    """The report as JSON; `lang` is accepted for symmetry and does not change it. With
    `slides`, the time per slide under "slides"."""
    data = report.to_json()
    if slides is not None:
        data["slides"] = slides.to_json()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;
background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .2rem}
.programme{font-size:1.15rem;margin:0 0 1rem;color:#3b4650}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1.2rem}
dt{font-weight:600}dd{margin:0}
figure{margin:0 0 1.2rem}figcaption{font-size:.85rem;color:#56616b}
.key{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:-.05em}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .5rem;border-bottom:1px solid #dde2e6;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.n,th.n{text-align:right;white-space:nowrap}
tr.total td{font-weight:600;border-top:2px solid #9aa5ae}
tr.skipped td,tr.to-come td{color:#7a858f;font-style:italic}
.status{color:#56616b;font-size:.9em}
figure svg{max-width:100%;height:auto}
.over{color:#a8321e}.under{color:#2b6b34}
.notes{font-size:.9rem}
footer{margin-top:1.5rem;font-size:.8rem;color:#7a858f}
@media print{main{padding:0}}
""".strip()

_PLANNED_FILL = "#b8c2ca"
_ON_TIME_FILL = "#3f8f4d"
_OVER_FILL = "#c4512f"


#: Advance widths in thousandths of an em, rounded up, of DejaVu Sans: among
#: the widest sans-serif faces a browser picks for "system-ui,sans-serif"
#: (Segoe UI, San Francisco, Roboto, Cantarell and Noto Sans are narrower).
#: Characters not listed count as a full em; 5 % more is added on top.
_ADVANCES: Mapping[str, int] = {
    char: width for width, chars in (
        (0, "\xad"),
        (300, "'IJijlÌÍÎÏìíîï"),
        (350, " ,./:;\\|¦·’‘"),
        (400, "()-[]ft"),
        (450, "!r¡²³¹"),
        (500, '"*_`§¨ª¯°´¸º–'),
        (550, "?csz¿ç“”"),
        (600, "FLkvxyýÿ•"),
        (650, "$0123456789EPSTYabdeghnopqu{}¢£¤¥«µ¶»ÈÉÊËÝÞßàáâãäåèéêëðñòóôõöøùúûüþ€"),
        (700, "ABCKRVXZÀÁÂÃÄÅÇ"),
        (750, "NUÑÙÚÛÜ"),
        (800, "&DGHOQÐÒÓÔÕÖØ▲"),
        (850, "#+<=>^w~¬±×÷−❚"),
        (900, "M●"),
        (950, "■"),
        (1000, "%@Wm©®¼½¾Ææ…—"),
    ) for char in chars
}


def text_width(text: str, size: float) -> float:
    """How wide `text` may be drawn at `size` pixels in a sans-serif face, at most."""
    return sum(_ADVANCES.get(char, 1000) for char in text) * size / 1000 * 1.05


def _fit(text: str, width: float, size: float) -> str:
    """`text`, cut with "…" where it would be wider than `width` pixels."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


_CHART_FONT = 12


def _chart_value(block: BlockReport, lang: str) -> str:
    """The words beside a block's bars: its actual minutes, or why it has none."""
    if block.to_come or block.skipped:
        return _status_word(block, lang)
    actual = _decimal(block.actual_minutes, lang)
    if block.running:
        return f"{actual} ({_words(lang)['running']})"
    return actual


def _svg_chart(report: SessionReport, lang: str) -> str:
    """Two bars per block, planned above actual, on one minute scale.

    Every label is measured (`text_width`) so that none runs past the
    drawing: the title column is as wide as the longest title up to a limit
    (longer titles are cut with "…"), and the drawing is as wide as the
    longest figure beside a bar.
    """
    w = _words(lang)
    size = _CHART_FONT
    blocks = report.blocks
    labels = [f"{b.index + 1}. {b.title}" for b in blocks]
    label_width = math.ceil(min(220.0, max([40.0] + [text_width(t, size) for t in labels]))) + 8
    bar_width, row = 460, 36
    values = [_chart_value(b, lang) for b in blocks]
    longest = max([1.0] + [max(b.planned_minutes, b.actual_minutes) for b in blocks])
    step = _tick_step(longest)
    top = math.ceil(longest / step) * step
    ticks = list(range(0, int(top) + 1, step))
    right = max([text_width(str(ticks[-1]), size) / 2]
                + [6 + text_width(v, size) for v in values]) + 4
    height = row * len(blocks) + 30
    width = math.ceil(label_width + bar_width + right)
    scale = bar_width / top
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(w["chart"])}" '
        f'font-family="system-ui,sans-serif" font-size="{size}">',
        f"<title>{html.escape(w['chart'])}</title>",
    ]
    for position, (block, label, value) in enumerate(zip(blocks, labels, values,
                                                         strict=True)):
        y = position * row + 4
        over = block.shows_delta and block.delta_so_far_minutes > 0.5
        fill = _OVER_FILL if over else _ON_TIME_FILL
        planned = block.planned_minutes * scale
        actual = 0.0 if block.to_come else block.actual_minutes * scale
        shown = html.escape(_fit(label, label_width - 8, size))
        parts.append(
            f'<g><title>{html.escape(block.title)}: {w["planned_lc"]} '
            f'{_decimal(block.planned_minutes, lang)} {w["min"]}, {w["actual_lc"]} '
            f'{html.escape(value)}'
            f'{"" if block.to_come or block.skipped else " " + w["min"]}</title>'
            f'<text x="{label_width - 8}" y="{y + 19}" text-anchor="end" fill="#1d2329">'
            f"{shown}</text>"
            f'<rect x="{label_width}" y="{y + 2}" width="{planned:.1f}" height="11" '
            f'fill="{_PLANNED_FILL}"/>'
            f'<rect x="{label_width}" y="{y + 15}" width="{actual:.1f}" height="13" '
            f'fill="{fill}"/>'
            f'<text x="{label_width + max(planned, actual) + 6:.1f}" y="{y + 26}" '
            f'fill="#56616b">{html.escape(value)}</text></g>')
    axis_y = row * len(blocks) + 8
    parts.append(f'<line x1="{label_width}" y1="{axis_y}" x2="{label_width + bar_width}" '
                 f'y2="{axis_y}" stroke="#9aa5ae"/>')
    for tick in ticks:
        x = label_width + tick * scale
        parts.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" '
                     f'stroke="#9aa5ae"/><text x="{x:.1f}" y="{axis_y + 17}" '
                     f'text-anchor="middle" fill="#56616b">{tick}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _tick_step(longest: float) -> int:
    return next(s for s in (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 600, 10**9)
                if longest / s <= 8)


def render_html(report: SessionReport, lang: str = "da",
                slides: MeetingSlideTimes | None = None) -> str:
    """One self-contained page (inline CSS and SVG) to send to the board (with `slides`:
    and a section on the time per slide)."""
    w = _words(lang)
    with_slides = slides is not None and slides.worth_a_section
    esc = html.escape
    facts = "".join(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>"
                    for label, value in _facts(report, lang))
    rows = []
    for block in report.blocks:
        notes = "<br>".join(esc(line) for line in block_notes_text(block, lang).splitlines())
        changed = block.adjust_minutes + block.plan_minutes
        planned = _decimal(block.planned_minutes, lang) if not block.untimed else "–"
        if block.skipped or block.to_come:
            kind = "skipped" if block.skipped else "to-come"
            rows.append(
                f'<tr class="{kind}"><td class="n">{block.index + 1}</td>'
                f"<td>{esc(block.title)}</td>"
                f'<td class="n">{planned}</td>'
                f'<td colspan="4">{esc(_status_word(block, lang))}</td>'
                f'<td class="notes">{notes}</td></tr>')
            continue
        delta = block.delta_so_far_minutes
        tone = "" if not block.shows_delta else "over" if delta > 0.5 else "under" \
            if delta < -0.5 else ""
        status = (f' <span class="status">({esc(_status_word(block, lang))})</span>'
                  if block.running or block.untimed else "")
        rows.append(
            f'<tr{" class=" + chr(34) + "running" + chr(34) if block.running else ""}>'
            f'<td class="n">{block.index + 1}</td><td>{esc(block.title)}{status}</td>'
            f'<td class="n">{planned}</td>'
            f'<td class="n">{_decimal(block.actual_minutes, lang)}</td>'
            f'<td class="n {tone}">'
            f'{_decimal(delta, lang, signed=True) if block.shows_delta else ""}</td>'
            f'<td class="n">{_decimal(block.paused_minutes, lang)}</td>'
            f'<td class="n">{_decimal(changed, lang, signed=True) if changed else ""}</td>'
            f'<td class="notes">{notes}</td></tr>')
    tone = "over" if report.overrun_minutes > 0.5 else "under" \
        if report.overrun_minutes < -0.5 else ""
    meeting_notes = "<br>".join(esc(_note_text(n, lang)) for n in report.notes)
    total_word = w["total"] if report.has_ended else w["total_so_far"]
    rows.append(
        f'<tr class="total"><td></td><td>{esc(total_word)}</td>'
        f'<td class="n">{_decimal(report.planned_so_far_minutes, lang)}</td>'
        f'<td class="n">{_decimal(report.actual_minutes, lang)}</td>'
        f'<td class="n {tone}">{_decimal(report.overrun_minutes, lang, signed=True)}</td>'
        f'<td class="n">{_decimal(report.paused_minutes, lang)}</td><td></td>'
        f'<td class="notes">{meeting_notes}</td></tr>')
    head = "".join(
        f'<th class="n">{esc(h)}</th>' if numeric else f"<th>{esc(h)}</th>"
        for h, numeric in ((w["no"], True), (w["block"], False), (w["planned"], True),
                           (w["actual"], True), (w["delta"], True), (w["paused"], True),
                           (w["adjusted"], True), (w["notes"], False)))
    legend = (f'<span class="key" style="background:{_PLANNED_FILL}"></span>'
              f'{esc(w["planned"])}'
              f'<span class="key" style="background:{_ON_TIME_FILL}"></span>'
              f'{esc(w["actual"])}'
              f'<span class="key" style="background:{_OVER_FILL}"></span>'
              f'{esc(w["over_plan"])}')
    source = f" · {esc(w['file'])}: {esc(report.path.name)}" if report.path else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(w['report'])}: {esc(report.agenda_title)}</title>\n"
        f"<style>\n{_CSS}\n{SLIDES_CSS if with_slides else ''}\n</style>\n"
        "</head>\n<body>\n<main>\n"
        f"<h1>{esc(w['report'])}</h1>\n"
        f'<p class="programme">{esc(report.agenda_title)}</p>\n'
        f"<dl>{facts}</dl>\n"
        f"<figure>{_svg_chart(report, lang)}<figcaption>{legend}</figcaption></figure>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
        + "\n</tbody>\n</table>\n"
        + (render_slides_html(slides, _titles(report), lang)
           if slides is not None and slides.worth_a_section else "")
        + f"<footer>{esc(w['generated'])}{source}</footer>\n</main>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- session lists


def render_sessions_text(summaries: Sequence[SessionSummary], lang: str = "da") -> str:
    """One line per session, newest first as given."""
    w = _words(lang)
    header = (w["date"], w["programme"], w["planned"], w["actual"], w["overrun"], w["status"],
              w["session"])
    rows = [
        (
            f"{s.started:%Y-%m-%d %H:%M}" if s.started else "–",
            _shorten(s.title, 40),
            _length(s.planned_minutes, lang),
            _length(s.actual_minutes, lang),
            _signed_length(s.overrun_minutes, lang),
            _status(s.finished, s.abandoned, w),
            s.path.stem if s.path else s.session_id,
        )
        for s in summaries
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = {2, 3, 4}

    def line(cells: Iterable[str]) -> str:
        return "  ".join(c.rjust(n) if i in numeric else c.ljust(n)
                         for i, (c, n) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows)]) + "\n"


def render_sessions_json(summaries: Sequence[SessionSummary]) -> str:
    return json.dumps([s.to_json() for s in summaries], ensure_ascii=False, indent=2) + "\n"
