"""A programme's series, rendered: the statistics and the calibration as text, CSV or JSON,
and the revised programme as YAML headed by comments saying what changed and why."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from .agenda import DEFAULT_OVERRUN_EVERY, DEFAULT_WARN_BEFORE, Agenda, SlideRange
from .durations import format_clock, format_minutes
from .report import SessionReport
from .series import (
    BlockSuggestion,
    Calibration,
    RevisionNote,
    SeriesStats,
    SlotWarning,
    _round,
)

__all__ = [
    "render_calibration_json",
    "render_calibration_text",
    "render_series_csv",
    "render_series_json",
    "render_series_text",
    "revised_programme_yaml",
]


# --------------------------------------------------------------------------- the revised YAML


class _FlowMapping(dict):  # type: ignore[type-arg]
    """A mapping written on one line, like the steps in the bundled programmes."""


class _ProgrammeDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write programmes by hand.
        super().increase_indent(flow, False)


def _represent_flow(dumper: yaml.SafeDumper, data: _FlowMapping) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_ProgrammeDumper.add_representer(_FlowMapping, _represent_flow)
_ProgrammeDumper.add_representer(str, _represent_text)


def _slides_value(slides: SlideRange) -> Any:
    """Slides as a programme writes them: 21, "6-20" or [10, 12]."""
    if len(slides.slides) == 1:
        return slides.first
    return str(slides) if slides.is_contiguous else list(slides.slides)


def _programme_mapping(agenda: Agenda) -> dict[str, Any]:
    data: dict[str, Any] = {"title": agenda.title}
    if agenda.start is not None:
        data["start"] = format_clock(agenda.start)
    if agenda.language is not None:
        data["language"] = agenda.language
    if agenda.notes:
        data["notes"] = agenda.notes
    alerts: dict[str, Any] = {}
    if agenda.alerts.warn_before != DEFAULT_WARN_BEFORE:
        alerts["warn_before"] = [format_minutes(m) for m in agenda.alerts.warn_before]
    if agenda.alerts.overrun_every != DEFAULT_OVERRUN_EVERY:
        alerts["overrun_every"] = format_minutes(agenda.alerts.overrun_every)
    if alerts:
        data["alerts"] = alerts
    if agenda.slides_follow is not None:
        data["slides_follow"] = agenda.slides_follow.value
    blocks = []
    for block in agenda.blocks:
        item: dict[str, Any] = {"title": block.title}
        if block.timed:
            item["minutes"] = format_minutes(block.minutes)
        if block.at is not None:
            item["at"] = format_clock(block.at)
        if block.slides is not None:
            item["slides"] = _slides_value(block.slides)
        item["kind"] = block.kind.value
        for key in ("cue", "notes"):
            if getattr(block, key):
                item[key] = getattr(block, key)
        if block.steps:
            item["steps"] = [_FlowMapping(title=s.title, minutes=format_minutes(s.minutes),
                                          **({"slides": _slides_value(s.slides)}
                                             if s.slides is not None else {}))
                             for s in block.steps]
        if block.warn_before is not None:
            item["warn_before"] = [format_minutes(m) for m in block.warn_before]
        for key in ("min_minutes", "max_minutes"):
            if getattr(block, key) is not None:
                item[key] = format_minutes(getattr(block, key))
        if block.flexible:
            item["flexible"] = True
        blocks.append(item)
    data["blocks"] = blocks
    return data


def _comment(text: str) -> str:
    lines = []
    for line in text.splitlines():
        lines += textwrap.wrap(" ".join(line.split()), 86, subsequent_indent="  ") or [""]
    return "".join(f"# {line}".rstrip() + "\n" for line in lines)


def revised_programme_yaml(calibration: Calibration, lang: str = "da") -> str:
    """The revised programme as YAML, headed by comments saying what changed and why.

    The date is left out (the revision is for meetings to come); everything
    else is the programme as the newest counted run had it.
    """
    w = _words(lang)
    stats = calibration.stats
    lines = [w["yaml_head"].format(runs=len(stats.runs), title=stats.title,
                                   span=_span(stats.runs) or "–")]
    for block in calibration.changed:
        lines.append(f"{block.index + 1}. {block.title}: "
                     f"{_minutes(block.planned_minutes, lang)} → "
                     f"{_minutes(block.suggested_minutes, lang)} {w['min']} ("
                     + _suggestion_reason(block, len(stats.runs), lang) + ")")
    if not calibration.changed:
        lines.append(w["no_changes"])
    lines += [_note_text(n, lang) for n in calibration.notes]
    if calibration.slot is not None:
        lines.append(_slot_text(calibration.slot, lang))
    lines.append(w["yaml_date"])
    body = yaml.dump(_programme_mapping(calibration.revised), Dumper=_ProgrammeDumper,
                     allow_unicode=True, sort_keys=False, width=88, default_flow_style=False)
    body = re.sub(r"\n(  - title: )", r"\n\n\1", body).replace("\nblocks:\n\n", "\nblocks:\n")
    return _comment("\n".join(lines)) + body


# --------------------------------------------------------------------------- words

_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "series": "Series",
        "meetings": "meetings",
        "no": "No.",
        "block": "Block",
        "planned": "Planned",
        "runs": "Runs",
        "median": "Median",
        "mean": "Mean",
        "max": "Max",
        "over": "Over",
        "median_over": "Median over",
        "suggested": "Suggested",
        "total": "Meeting",
        "min": "min",
        "of": "of",
        "not_counted": "Not counted",
        "not_started": "never started",
        "unfinished": "not finished",
        "rehearsal": "rehearsal (faster clock)",
        "calibration": "Calibration",
        "lengthen": "{title} ran over in {over} of {runs} meetings by a median of {median} "
                    "min: plan {suggested} min",
        "reason": "ran over in {over} of {runs} meetings by a median of {median} min",
        "keep": "{title}: keep {planned} min (ran over in {over} of {runs})",
        "few_runs": "{title}: keep {planned} min (only {runs} runs)",
        "no_changes": "No block ran over in most meetings; the lengths stay.",
        "totals": "Planned {planned} min, revised {revised} min.",
        "slot": "Warning: the revised programme takes {revised} min, {excess} min more than "
                "its {planned} min slot.",
        "shorten": "Shorten instead: {options}.",
        "nothing_to_shorten": "No block ran under or is flexible: shorten by hand, or plan a "
                              "longer meeting.",
        "ran_under": "ran under, {minutes} min",
        "flexible": "flexible, {minutes} min",
        "steps_unchanged": "{title}: the steps add up to {before} min, the block now has "
                           "{after} min; adjust the steps.",
        "clock_moved": "{title}: its clock time moved from {before} to {after}.",
        "max_raised": "{title}: max_minutes raised from {before} to {after}.",
        "yaml_head": "Revised by facilitator review from {runs} logged meetings of "
                     "\"{title}\" ({span}).",
        "yaml_date": "The date is left out: add the next meeting's date.",
    },
    "da": {
        "series": "Serie",
        "meetings": "møder",
        "no": "Nr.",
        "block": "Punkt",
        "planned": "Planlagt",
        "runs": "Gange",
        "median": "Median",
        "mean": "Gennemsnit",
        "max": "Maks.",
        "over": "Over",
        "median_over": "Median over",
        "suggested": "Forslag",
        "total": "Mødet",
        "min": "min",
        "of": "af",
        "not_counted": "Ikke talt med",
        "not_started": "aldrig startet",
        "unfinished": "ikke afsluttet",
        "rehearsal": "prøvekørsel (hurtigere ur)",
        "calibration": "Kalibrering",
        "lengthen": "{title} løb over i {over} af {runs} møder med en median på {median} "
                    "min: planlæg {suggested} min",
        "reason": "løb over i {over} af {runs} møder med en median på {median} min",
        "keep": "{title}: behold {planned} min (løb over i {over} af {runs})",
        "few_runs": "{title}: behold {planned} min (kun {runs} gange)",
        "no_changes": "Intet punkt løb over i de fleste møder; længderne bliver.",
        "totals": "Planlagt {planned} min, revideret {revised} min.",
        "slot": "Advarsel: det reviderede program tager {revised} min, {excess} min mere end "
                "tiden på {planned} min.",
        "shorten": "Forkort i stedet: {options}.",
        "nothing_to_shorten": "Intet punkt løb under eller er fleksibelt: forkort selv, eller "
                              "planlæg et længere møde.",
        "ran_under": "løb under, {minutes} min",
        "flexible": "fleksibelt, {minutes} min",
        "steps_unchanged": "{title}: trinene giver {before} min, punktet har nu {after} min; "
                           "ret trinene til.",
        "clock_moved": "{title}: klokkeslættet er flyttet fra {before} til {after}.",
        "max_raised": "{title}: max_minutes er hævet fra {before} til {after}.",
        "yaml_head": "Revideret af facilitator review ud fra {runs} loggede møder af "
                     "\"{title}\" ({span}).",
        "yaml_date": "Datoen er udeladt: skriv det næste mødes dato.",
    },
}


def _words(lang: str) -> Mapping[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def _minutes(value: float | None, lang: str) -> str:
    """Minutes to one decimal, and whole minutes without one: "72", "7.5" ("7,5")."""
    if value is None:
        return "–"
    rounded = round(value, 1) or 0.0
    text = f"{rounded:g}" if rounded == int(rounded) else f"{rounded:.1f}"
    return text.replace(".", ",") if lang == "da" else text


def _span(runs: Sequence[SessionReport]) -> str:
    days = sorted(f"{m:%Y-%m-%d}" for r in runs if (m := r.started or r.created) is not None)
    if not days:
        return ""
    return days[0] if days[0] == days[-1] else f"{days[0]} – {days[-1]}"


def _suggestion_reason(block: BlockSuggestion, runs: int, lang: str) -> str:
    return _words(lang)["reason"].format(over=block.over_count, runs=block.runs,
                                         median=_minutes(block.median_overrun, lang))


def _suggestion_text(block: BlockSuggestion, lang: str) -> str:
    w = _words(lang)
    values = {"title": f"{block.index + 1}. {block.title}", "over": block.over_count,
              "runs": block.runs, "median": _minutes(block.median_overrun, lang),
              "planned": _minutes(block.planned_minutes, lang),
              "suggested": _minutes(block.suggested_minutes, lang)}
    return w[block.rule.value].format(**values)


def _note_text(note: RevisionNote, lang: str) -> str:
    w = _words(lang)
    if note.kind == "clock_moved":
        before, after = format_clock(note.before), format_clock(note.after)
    else:
        before, after = _minutes(note.before, lang), _minutes(note.after, lang)
    return w[note.kind].format(title=f"{note.index + 1}. {note.title}", before=before,
                               after=after)


def _slot_text(slot: SlotWarning, lang: str) -> str:
    w = _words(lang)
    text = w["slot"].format(revised=_minutes(slot.revised_total, lang),
                            excess=_minutes(slot.excess, lang),
                            planned=_minutes(slot.planned_total, lang))
    if not slot.options:
        return f"{text} {w['nothing_to_shorten']}"
    options = "; ".join(
        f"{o.index + 1}. {o.title} ({w[o.reason].format(minutes=_minutes(o.minutes, lang))})"
        for o in slot.options)
    return f"{text} {w['shorten'].format(options=options)}"


# --------------------------------------------------------------------------- renderers


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_series_text(stats: SeriesStats, lang: str = "da") -> str:
    """The series as a table for the terminal: per block, each run and the statistics."""
    w = _words(lang)
    out = [f"{w['series']}: {stats.title} ({len(stats.runs)} {w['meetings']}"
           + (f", {_span(stats.runs)}" if stats.runs else "") + ")", ""]
    runs = [f"{m:%m-%d}" if (m := r.started or r.created) else "?" for r in stats.runs]
    heads = [w["planned"], *runs, w["median"], w["mean"], w["max"], w["over"],
             w["median_over"]]
    widths = [max(6, len(h)) for h in heads]
    title_width = min(36, max([len(w["block"])] + [len(b.title) for b in stats.blocks]))
    header = f"{w['no']:>3}  {w['block']:<{title_width}}  " + "  ".join(
        f"{h:>{n}}" for h, n in zip(heads, widths, strict=True))
    out += [header, "-" * len(header)]
    for block in stats.blocks:
        cells = [_minutes(block.planned_minutes, lang),
                 *[_minutes(a, lang) if a is not None else "–" for a in block.actuals],
                 _minutes(block.median_actual, lang), _minutes(block.mean_actual, lang),
                 _minutes(block.max_actual, lang), f"{block.over_count}/{block.runs}",
                 _signed(block.median_overrun, lang)]
        out.append((f"{block.index + 1:>3}  {_shorten(block.title, title_width):<{title_width}}"
                     "  " + "  ".join(f"{c:>{n}}" for c, n in zip(cells, widths, strict=True))
                     ).rstrip())
    out.append("-" * len(header))
    totals = [_minutes(stats.planned_minutes, lang),
              *[_minutes(r.actual_minutes, lang) for r in stats.runs],
              _minutes(stats.median_actual_minutes, lang), "", "",
              f"{stats.over_count}/{len(stats.runs)}", _signed(stats.median_overrun_minutes, lang)]
    out.append((f"{'':>3}  {w['total']:<{title_width}}  " + "  ".join(
        f"{c:>{n}}" for c, n in zip(totals, widths, strict=True))).rstrip())
    if stats.excluded:
        out += ["", w["not_counted"] + ":"]
        for report, why in stats.excluded:
            name = report.path.name if report.path else report.session_id
            out.append(f"  {name}: {w[why.value]}")
    return "\n".join(out) + "\n"


def _signed(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = _minutes(value, lang)
    return text if text.startswith("-") or text == "0" else "+" + text


def render_calibration_text(calibration: Calibration, lang: str = "da") -> str:
    """Suggested lengths in sentences, the totals, and the slot warning."""
    w = _words(lang)
    out = [f"{w['calibration']}: {calibration.stats.title}", ""]
    out += [_suggestion_text(b, lang) for b in calibration.blocks]
    out.append("")
    out.append(w["totals"].format(planned=_minutes(calibration.agenda.total_minutes, lang),
                                  revised=_minutes(calibration.revised.total_minutes, lang)))
    out += [_note_text(n, lang) for n in calibration.notes]
    if calibration.slot is not None:
        out.append(_slot_text(calibration.slot, lang))
    return "\n".join(out) + "\n"


def render_series_csv(stats: SeriesStats, lang: str = "da",
                      calibration: Calibration | None = None) -> str:
    """One row per block (each run's actual minutes, then the statistics) and a meeting row.

    Danish uses `;` and a decimal comma, as `render_csv` of a single report does.
    """
    w = _words(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "da" else ",", lineterminator="\n")
    runs = [f"{m:%Y-%m-%d %H:%M}" if (m := r.started or r.created) else r.session_id
            for r in stats.runs]
    suggested = {b.index: b.suggested_minutes for b in calibration.blocks} if calibration \
        else {}
    writer.writerow([w["no"], w["block"], w["planned"], *runs, w["runs"], w["median"],
                     w["mean"], w["max"], w["over"], w["median_over"]]
                    + ([w["suggested"]] if calibration else []))

    def number(value: float | None) -> str:
        if value is None:
            return ""
        text = f"{_round(value):g}"
        return text.replace(".", ",") if lang == "da" else text

    for block in stats.blocks:
        writer.writerow([
            block.index + 1, block.title, number(block.planned_minutes),
            *[number(a) for a in block.actuals], block.runs, number(block.median_actual),
            number(block.mean_actual), number(block.max_actual), block.over_count,
            number(block.median_overrun),
        ] + ([number(suggested.get(block.index))] if calibration else []))
    writer.writerow([
        "", w["total"], number(stats.planned_minutes),
        *[number(r.actual_minutes) for r in stats.runs], len(stats.runs),
        number(stats.median_actual_minutes), "", "", stats.over_count,
        number(stats.median_overrun_minutes),
    ] + ([number(calibration.revised.total_minutes)] if calibration else []))
    return buffer.getvalue()


def render_series_json(stats: SeriesStats, calibration: Calibration | None = None) -> str:
    """The series' statistics (and, if given, the calibration) as JSON."""
    data = stats.to_json()
    if calibration is not None:
        data["calibration"] = calibration.to_json()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_calibration_json(calibration: Calibration) -> str:
    return json.dumps(calibration.to_json(), ensure_ascii=False, indent=2) + "\n"
