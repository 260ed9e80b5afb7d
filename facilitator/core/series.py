"""A programme's series of logged meetings: per-block statistics, drift, and calibrated lengths."""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .agenda import Agenda, AgendaError, Block, BlockKind, Diagnostic
from .digest import sha256_hex
from .durations import format_minutes
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
    return sha256_hex(payload.encode("utf-8"))[:12]


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
    day = agenda.blocks[0].day if agenda.blocks else 1
    for index, block in enumerate(agenda.blocks):
        minutes = lengths.get(index, block.minutes)
        if block.day != day:
            # A later day's clock begins afresh at its first clock time.
            day = block.day
            cursor = float(block.at) if block.at is not None else None
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
        elif new.at is not None and block.day != agenda.blocks[0].day:
            cursor = float(new.at) + minutes
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


# --------------------------------------------------------------------------- numbers


def _round(value: float) -> float:
    rounded = round(value, 2)
    return 0.0 if rounded == 0 else rounded  # no "-0.0" in the output


def _round_or_none(value: float | None) -> float | None:
    return None if value is None else _round(value)
