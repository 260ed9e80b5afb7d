"""A programme's series of logged meetings: per-block statistics, drift, and calibrated lengths."""

from __future__ import annotations

import csv
import dataclasses
import enum
import hashlib
import io
import json
import math
import re
import statistics
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from .agenda import (
    DEFAULT_OVERRUN_EVERY,
    DEFAULT_WARN_BEFORE,
    Agenda,
    AgendaError,
    Block,
    BlockKind,
    Diagnostic,
    SlideRange,
)
from .durations import format_clock, format_minutes
from .engine import MAX_SQUEEZE
from .events import EventType
from .journal import SessionLog
from .messages import message
from .report import SessionReport, build_report

__all__ = [
    "MIN_RUNS",
    "OVER_TOLERANCE",
    "BlockStats",
    "BlockSuggestion",
    "Calibration",
    "DriftPoint",
    "Exclusion",
    "RevisionNote",
    "Rule",
    "Series",
    "SeriesStats",
    "ShortenOption",
    "SlotWarning",
    "calibrate",
    "group_series",
    "meeting_drift",
    "programme_key",
    "render_calibration_json",
    "render_calibration_text",
    "render_series_csv",
    "render_series_json",
    "render_series_text",
    "revised_programme_yaml",
    "series_statistics",
    "was_resumed",
]

#: A block that ends less than this many minutes past its plan ran on time.
OVER_TOLERANCE = 0.5
#: A block needs this many counted runs before calibration suggests a new length.
MIN_RUNS = 3


# --------------------------------------------------------------------------- grouping


def _normalised(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def programme_key(agenda: Mapping[str, Any]) -> str:
    """Which series a programme belongs to: its title and its blocks' titles, in order.

    Lengths, notes, slides and the file's bytes are left out on purpose, so a
    programme stays one series when its lengths are recalibrated or a typo in
    a note is fixed (`agenda_sha256` would start a new series for either).
    Case and runs of spaces do not matter.
    """
    blocks = agenda.get("blocks")
    titles = [_normalised(b.get("title")) if isinstance(b, Mapping) else ""
              for b in (blocks if isinstance(blocks, list) else [])]
    payload = json.dumps([_normalised(agenda.get("title")), titles], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def was_resumed(log: SessionLog) -> bool:
    """The app was restarted during this meeting and continued its log."""
    return any(r["type"] == EventType.RESUMED_AFTER_CRASH.value for r in log.records)


@dataclass(frozen=True)
class Series:
    """Every logged run of one programme, newest first (`logs[i]` goes with `reports[i]`)."""

    key: str
    title: str
    logs: tuple[SessionLog, ...]
    reports: tuple[SessionReport, ...]

    @property
    def block_titles(self) -> tuple[str, ...]:
        return tuple(b.title for b in self.reports[0].blocks) if self.reports else ()


def group_series(logs: Iterable[SessionLog]) -> tuple[Series, ...]:
    """The sessions grouped by programme (see `programme_key`), newest series first.

    Sessions keep the order they are given in within a series (`list_sessions`
    gives newest first).
    """
    groups: dict[str, list[tuple[SessionLog, SessionReport]]] = {}
    for log in logs:
        groups.setdefault(programme_key(log.agenda), []).append((log, build_report(log)))
    return tuple(
        Series(key, pairs[0][1].agenda_title, tuple(p[0] for p in pairs),
               tuple(p[1] for p in pairs))
        for key, pairs in groups.items()
    )


# --------------------------------------------------------------------------- statistics


class Exclusion(str, enum.Enum):
    """Why a run is listed in a series but left out of its statistics."""

    NOT_STARTED = "not_started"
    UNFINISHED = "unfinished"  # its last block stopped mid-way; its lengths are not whole
    REHEARSAL = "rehearsal"  # run with --speed: not a real meeting


def _exclusion(report: SessionReport) -> Exclusion | None:
    if report.started is None:
        return Exclusion.NOT_STARTED
    if not report.is_finished:
        return Exclusion.UNFINISHED
    if report.speed != 1:
        return Exclusion.REHEARSAL
    return None


@dataclass(frozen=True)
class BlockStats:
    """One block across the counted runs of a series.

    `actuals` and `deltas` hold one value per counted run, oldest first, None
    where the block was skipped. Medians, mean and maximum are over the runs in
    which the block ran. A run "ran over" when the block took more than
    OVER_TOLERANCE minutes past the plan of that run; `median_overrun` and
    `max_overrun` are over those runs only.
    """

    index: int
    title: str
    kind: str
    planned_minutes: float  # as planned in the newest counted run
    actuals: tuple[float | None, ...]
    deltas: tuple[float | None, ...]
    median_actual: float | None
    mean_actual: float | None
    max_actual: float | None
    over_count: int
    under_count: int
    median_overrun: float | None
    max_overrun: float | None

    @property
    def runs(self) -> int:
        return sum(1 for a in self.actuals if a is not None)

    @property
    def skipped(self) -> int:
        return sum(1 for a in self.actuals if a is None)

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "title": self.title,
            "kind": self.kind,
            "planned_minutes": _round(self.planned_minutes),
            "runs": self.runs,
            "skipped": self.skipped,
            "actual_minutes": [_round_or_none(a) for a in self.actuals],
            "median_actual_minutes": _round_or_none(self.median_actual),
            "mean_actual_minutes": _round_or_none(self.mean_actual),
            "max_actual_minutes": _round_or_none(self.max_actual),
            "over_count": self.over_count,
            "under_count": self.under_count,
            "median_overrun_minutes": _round_or_none(self.median_overrun),
            "max_overrun_minutes": _round_or_none(self.max_overrun),
        }


@dataclass(frozen=True)
class SeriesStats:
    """A series' statistics: per block, and for the meeting as a whole.

    `runs` are the counted runs, oldest first; `excluded` the others with why.
    """

    key: str
    title: str
    runs: tuple[SessionReport, ...]
    excluded: tuple[tuple[SessionReport, Exclusion], ...]
    blocks: tuple[BlockStats, ...]
    planned_minutes: float
    median_actual_minutes: float | None
    over_count: int
    median_overrun_minutes: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.key,
            "title": self.title,
            "planned_minutes": _round(self.planned_minutes),
            "median_actual_minutes": _round_or_none(self.median_actual_minutes),
            "over_count": self.over_count,
            "median_overrun_minutes": _round_or_none(self.median_overrun_minutes),
            "runs": [_run_json(r) for r in self.runs],
            "excluded": [{**_run_json(r), "reason": why.value} for r, why in self.excluded],
            "blocks": [b.to_json() for b in self.blocks],
        }


def _run_json(report: SessionReport) -> dict[str, Any]:
    moment = report.started or report.created
    return {
        "session_id": report.session_id,
        "file": report.path.name if report.path else None,
        "started": moment.isoformat(timespec="seconds") if moment else None,
        "planned_minutes": _round(report.planned_minutes),
        "actual_minutes": _round(report.actual_minutes),
        "overrun_minutes": _round(report.overrun_minutes),
    }


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def series_statistics(series: Series) -> SeriesStats:
    """Per-block and whole-meeting figures over the finished, real-time runs of a series."""
    counted: list[SessionReport] = []
    excluded: list[tuple[SessionReport, Exclusion]] = []
    for report in reversed(series.reports):  # oldest first
        why = _exclusion(report)
        if why is None:
            counted.append(report)
        else:
            excluded.append((report, why))
    shape = counted[-1] if counted else (series.reports[0] if series.reports else None)
    blocks: list[BlockStats] = []
    for index, block in enumerate(shape.blocks if shape else ()):
        actuals: list[float | None] = []
        deltas: list[float | None] = []
        for report in counted:
            ran = report.blocks[index] if index < len(report.blocks) else None
            if ran is None or ran.skipped:
                actuals.append(None)
                deltas.append(None)
            else:
                actuals.append(ran.actual_minutes)
                deltas.append(ran.delta_minutes)
        ran_values = [a for a in actuals if a is not None]
        overruns = [d for d in deltas if d is not None and d > OVER_TOLERANCE]
        blocks.append(BlockStats(
            index=index,
            title=block.title,
            kind=block.kind,
            planned_minutes=block.planned_minutes,
            actuals=tuple(actuals),
            deltas=tuple(deltas),
            median_actual=_median(ran_values),
            mean_actual=statistics.fmean(ran_values) if ran_values else None,
            max_actual=max(ran_values) if ran_values else None,
            over_count=len(overruns),
            under_count=sum(1 for d in deltas if d is not None and d < -OVER_TOLERANCE),
            median_overrun=_median(overruns),
            max_overrun=max(overruns) if overruns else None,
        ))
    meeting_overruns = [r.overrun_minutes for r in counted if r.overrun_minutes > OVER_TOLERANCE]
    return SeriesStats(
        key=series.key,
        title=series.title,
        runs=tuple(counted),
        excluded=tuple(excluded),
        blocks=tuple(blocks),
        planned_minutes=shape.planned_minutes if shape else 0.0,
        median_actual_minutes=_median([r.actual_minutes for r in counted]),
        over_count=len(meeting_overruns),
        median_overrun_minutes=_median(meeting_overruns),
    )


# --------------------------------------------------------------------------- drift


@dataclass(frozen=True)
class DriftPoint:
    """Where a meeting stood against its plan at the end of a block (programme order)."""

    index: int
    title: str
    planned_end: float  # planned minutes of this block and those before it
    actual_end: float  # actual minutes of this block and those before it
    skipped: bool

    @property
    def drift(self) -> float:
        """Minutes behind plan (negative: ahead)."""
        return self.actual_end - self.planned_end


def meeting_drift(report: SessionReport) -> tuple[DriftPoint, ...]:
    """The cumulative delta block by block: how far behind plan the meeting was after each.

    Blocks are taken in programme order, each with all its visits; a skipped
    block adds nothing to the actual time, so it wins its planned minutes back.
    While a meeting has not finished, the blocks still to come are left out
    and the running block counts only the plan it has used (it is not ahead
    for being under way).
    """
    points = []
    planned = actual = 0.0
    for block in report.blocks:
        if block.to_come:
            continue
        planned += block.planned_so_far_minutes
        actual += block.actual_minutes
        points.append(DriftPoint(block.index, block.title, planned, actual, block.skipped))
    return tuple(points)


# --------------------------------------------------------------------------- calibration


class Rule(str, enum.Enum):
    """How calibration arrived at a block's suggested length."""

    LENGTHEN = "lengthen"  # ran over in most runs: the median actual, rounded up
    KEEP = "keep"  # on time in most runs: the plan stays
    FEW_RUNS = "few_runs"  # fewer than MIN_RUNS runs: too little to go on


@dataclass(frozen=True)
class BlockSuggestion:
    """Calibration's word on one block."""

    index: int
    title: str
    kind: str
    planned_minutes: float
    suggested_minutes: float
    rule: Rule
    runs: int
    over_count: int
    median_overrun: float | None
    median_actual: float | None

    @property
    def change(self) -> float:
        return self.suggested_minutes - self.planned_minutes

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "title": self.title,
            "planned_minutes": _round(self.planned_minutes),
            "suggested_minutes": _round(self.suggested_minutes),
            "rule": self.rule.value,
            "runs": self.runs,
            "over_count": self.over_count,
            "median_overrun_minutes": _round_or_none(self.median_overrun),
            "median_actual_minutes": _round_or_none(self.median_actual),
        }


@dataclass(frozen=True)
class ShortenOption:
    """A block that could give minutes back, and why: it ran under, or it is flexible."""

    index: int
    title: str
    reason: str  # "ran_under" or "flexible"
    minutes: float

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "title": self.title, "reason": self.reason,
                "minutes": _round(self.minutes)}


@dataclass(frozen=True)
class SlotWarning:
    """The revised programme no longer fits the meeting's slot (the original total)."""

    planned_total: float
    revised_total: float
    options: tuple[ShortenOption, ...]

    @property
    def excess(self) -> float:
        return self.revised_total - self.planned_total

    @property
    def covered(self) -> bool:
        """The options together could win back the whole excess."""
        return sum(o.minutes for o in self.options) >= self.excess - 1e-9

    def to_json(self) -> dict[str, Any]:
        return {"planned_total_minutes": _round(self.planned_total),
                "revised_total_minutes": _round(self.revised_total),
                "excess_minutes": _round(self.excess), "covered": self.covered,
                "shorten_instead": [o.to_json() for o in self.options]}


@dataclass(frozen=True)
class RevisionNote:
    """Something the revised programme changed besides lengths, or left for a person.

    `kind` is "steps_unchanged" (the steps no longer add up to the new length;
    `before`/`after` are their sum and the block's new length), "clock_moved"
    (a block's `at` moved later because the blocks before it grew; clock
    minutes after midnight) or "max_raised" (`max_minutes` raised to the new
    length).
    """

    index: int
    title: str
    kind: str
    before: float
    after: float

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "title": self.title, "kind": self.kind,
                "before": format_minutes(self.before), "after": format_minutes(self.after)}


@dataclass(frozen=True)
class Calibration:
    """Suggested lengths for a series' programme, and the revised programme they make.

    `agenda` is the programme as the newest counted run had it (the header's
    copy); `revised` the same with the suggested lengths.
    """

    stats: SeriesStats
    agenda: Agenda
    revised: Agenda
    blocks: tuple[BlockSuggestion, ...]
    notes: tuple[RevisionNote, ...]
    slot: SlotWarning | None

    @property
    def changed(self) -> tuple[BlockSuggestion, ...]:
        return tuple(b for b in self.blocks if b.rule is Rule.LENGTHEN)

    def to_json(self) -> dict[str, Any]:
        return {
            "series": self.stats.key,
            "title": self.stats.title,
            "runs": len(self.stats.runs),
            "planned_total_minutes": _round(self.agenda.total_minutes),
            "revised_total_minutes": _round(self.revised.total_minutes),
            "blocks": [b.to_json() for b in self.blocks],
            "notes": [n.to_json() for n in self.notes],
            "slot_warning": self.slot.to_json() if self.slot else None,
        }


def _suggest(stats: BlockStats, min_runs: int) -> tuple[float, Rule]:
    planned = stats.planned_minutes
    if stats.runs < min_runs or stats.median_actual is None:
        return planned, Rule.FEW_RUNS
    if stats.over_count * 2 > stats.runs:
        # Whole minutes, rounded up: half the meetings fit, and a plan of 71.3
        # minutes is no plan. The runs' own plans decide "over"; a plan already
        # raised past the median is never lowered here.
        suggested = float(math.ceil(stats.median_actual - 1e-9))
        if suggested > planned:
            return suggested, Rule.LENGTHEN
    return planned, Rule.KEEP


def _base_log(series: Series, stats: SeriesStats) -> SessionLog:
    newest = stats.runs[-1] if stats.runs else series.reports[0]
    return series.logs[series.reports.index(newest)]


def calibrate(series: Series, min_runs: int = MIN_RUNS) -> Calibration:
    """Suggested lengths per block from a series, and the programme revised with them.

    The rule: a block that ran over (by more than OVER_TOLERANCE) in more than
    half of the runs in which it ran is lengthened to its median actual length
    rounded up to whole minutes; any other block keeps its plan; a block with
    fewer than `min_runs` runs is left alone. Blocks are never shortened
    automatically (a block that ran under was often cut to catch up): those
    and flexible blocks are named instead when the revised programme outgrows
    its slot. Raises AgendaError when the header's programme copy is unusable.
    """
    stats = series_statistics(series)
    log = _base_log(series, stats)
    try:
        agenda = log.to_agenda()
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise AgendaError([Diagnostic(message("log_programme_damaged", why=repr(exc)),
                                      str(log.path))]) from None
    suggestions = []
    for block_stats, block in zip(stats.blocks, agenda.blocks, strict=False):
        suggested, rule = _suggest(dataclasses.replace(block_stats,
                                                       planned_minutes=block.minutes), min_runs)
        suggestions.append(BlockSuggestion(
            index=block_stats.index, title=block.title, kind=block.kind.value,
            planned_minutes=block.minutes, suggested_minutes=suggested, rule=rule,
            runs=block_stats.runs, over_count=block_stats.over_count,
            median_overrun=block_stats.median_overrun, median_actual=block_stats.median_actual))
    revised, notes = _revise(agenda, {s.index: s.suggested_minutes for s in suggestions
                                      if s.rule is Rule.LENGTHEN})
    slot = None
    if revised.total_minutes > agenda.total_minutes + 1e-9:
        slot = SlotWarning(agenda.total_minutes, revised.total_minutes,
                           _shorten_options(agenda, stats, suggestions, min_runs))
    return Calibration(stats, agenda, revised, tuple(suggestions), tuple(notes), slot)


def _revise(agenda: Agenda, lengths: Mapping[int, float]) -> tuple[Agenda, list[RevisionNote]]:
    notes: list[RevisionNote] = []
    blocks: list[Block] = []
    cursor = float(agenda.start) if agenda.start is not None else None
    for index, block in enumerate(agenda.blocks):
        minutes = lengths.get(index, block.minutes)
        changes: dict[str, Any] = {"minutes": minutes}
        if block.at is not None and cursor is not None and block.at < cursor - 1e-9:
            # The blocks before it grew past its clock time; a programme whose
            # clock times overlap would not load, so the time moves with them.
            moved = int(math.ceil(cursor - 1e-9))
            notes.append(RevisionNote(index, block.title, "clock_moved", block.at, moved))
            changes["at"] = moved
        if minutes != block.minutes:
            if block.steps:
                # A video does not get longer because the discussion after it
                # did: the steps are the facilitator's to rearrange.
                notes.append(RevisionNote(index, block.title, "steps_unchanged",
                                          sum(s.minutes for s in block.steps), minutes))
            if block.max_minutes is not None and block.max_minutes < minutes:
                notes.append(RevisionNote(index, block.title, "max_raised",
                                          block.max_minutes, minutes))
                changes["max_minutes"] = minutes
        new = dataclasses.replace(block, **changes)
        blocks.append(new)
        if cursor is not None:
            start = float(new.at) if new.at is not None else cursor
            cursor = max(cursor, start) + minutes
    return dataclasses.replace(agenda, blocks=tuple(blocks), warnings=()), notes


def _shorten_options(agenda: Agenda, stats: SeriesStats,
                     suggestions: Sequence[BlockSuggestion],
                     min_runs: int) -> tuple[ShortenOption, ...]:
    """Blocks to shorten instead: those that ran under, then flexible ones; never breaks."""
    under: list[ShortenOption] = []
    flexible: list[ShortenOption] = []
    for block, block_stats, suggestion in zip(agenda.blocks, stats.blocks, suggestions,
                                              strict=False):
        if suggestion.rule is Rule.LENGTHEN or block.kind is BlockKind.BREAK or not block.timed:
            continue
        ran_under = (block_stats.runs >= min_runs and block_stats.median_actual is not None
                     and block_stats.under_count * 2 > block_stats.runs)
        if ran_under:
            assert block_stats.median_actual is not None
            spare = block.minutes - math.ceil(block_stats.median_actual - 1e-9)
            if block.min_minutes is not None:
                spare = min(spare, block.minutes - block.min_minutes)
            if spare >= 1:
                under.append(ShortenOption(suggestion.index, block.title, "ran_under",
                                           float(spare)))
                continue
        if block.flexible:
            floor = (block.min_minutes if block.min_minutes is not None
                     else block.minutes * (1 - MAX_SQUEEZE))
            spare = math.floor(block.minutes - floor + 1e-9)
            if spare >= 1:
                flexible.append(ShortenOption(suggestion.index, block.title, "flexible",
                                              float(spare)))
    under.sort(key=lambda o: (-o.minutes, o.index))
    flexible.sort(key=lambda o: (-o.minutes, o.index))
    return tuple(under + flexible)


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


def _round(value: float) -> float:
    rounded = round(value, 2)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in the output


def _round_or_none(value: float | None) -> float | None:
    return None if value is None else _round(value)


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
