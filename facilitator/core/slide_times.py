"""Time per slide: which slides took a meeting's minutes, and which keep running long in a series.

No Qt and no I/O. The journal's `slide` records say which slide the running
show was on from when; this module walks a session's records and cuts the
meeting's running time into pieces, one per slide shown, each with the block
(and step) the meeting was in. The rules, written out in docs/review.md
(*Time per slide*):

- Only running time counts: time while paused counts to no slide; a slide
  changed during a pause takes over when the meeting runs again.
- No slide on screen (before the first `slide` record, after `number` null:
  the show ended or its source went away) counts to no slide.
- After a crash the gap (up to `resumed_after_crash`) counts to no slide:
  nobody knows what was shown. The slide shown before the crash counts again
  from the resume (the window shows it again) until the next `slide` record.
  A laptop that slept (`suspend_gap`) counts to the slide, as it counts to
  the block: the meeting went on.
- The last slide runs to the `finish`, or for a meeting not finished to now
  (`now_elapsed`) or its last record.
- A slide shown again adds its times up (`shows` counts the showings); a look
  back (an earlier block's slide while a later block runs) counts to the
  slide, and is told apart (`look_back_seconds`); a slide in no block's
  slides counts to its number with no block (`home` None).
- A slide's planned share (`planned_shares`): a step's slide gets that step's
  minutes; the block's other slides share what is left of the block's minutes
  evenly. A slide "ran long" when the time it had in its own block passed
  LONG_FACTOR times that share and by at least LONG_MARGIN seconds.
- Across a series (the counted runs of `series_statistics`: finished, at
  real speed), per slide: the median seconds over the runs that showed it,
  and how often it ran long; it "keeps running long" when it ran long in
  more than half of those runs, and at least twice.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .agenda import Agenda, AgendaError
from .events import EventType
from .journal import ABANDONED, SessionLog
from .series import group_series, programme_key, series_statistics
from .slides import SlideMap

__all__ = [
    "LONG_FACTOR",
    "LONG_MARGIN",
    "MeetingSlideTimes",
    "SeriesSlide",
    "SeriesSlideTimes",
    "SlideInterval",
    "SlideTime",
    "counted_slide_times",
    "meeting_slide_times",
    "planned_shares",
    "series_slide_times",
    "with_series",
]

#: A slide ran long when its time passed this many times its planned share …
LONG_FACTOR = 1.5
#: … and by at least this many seconds (a 30-second slide taking 50 is not news).
LONG_MARGIN = 60.0


@dataclass(frozen=True)
class SlideInterval:
    """One piece of running meeting time with one slide on screen, in one block and step.

    `start` and `end` are on the meeting clock (the journal's `elapsed`);
    pieces never contain a pause. `step` is the block's step running then, as
    the journal tells it (`step_start` records), or None.
    """

    number: int
    start: float
    end: float
    block: int | None
    step: int | None

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class SlideTime:
    """One slide's time in one meeting.

    `home` is the block the slide belongs to by the programme (of the blocks
    holding it, the one it spent the most time in, else the first); None: it
    is in no block's slides. `own_seconds` is its time while `home` ran,
    `look_back_seconds` its time while a later block ran (a look back).
    `planned_seconds` is its share of `home`'s planned time (None: no share,
    an untimed block or no home).
    """

    number: int
    seconds: float
    shows: int
    home: int | None
    blocks: tuple[int, ...]  # the blocks it was shown in, first seen first
    own_seconds: float
    look_back_seconds: float
    planned_seconds: float | None
    #: The step of `home` that was running while it showed (the one it had the most
    #: time in), as the journal tells it; None: none (no steps, or not in `home`).
    step: int | None = None

    @property
    def outside(self) -> bool:
        return self.home is None

    @property
    def ran_long(self) -> bool:
        return _long(self.own_seconds, self.planned_seconds)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "seconds": _round(self.seconds),
            "shows": self.shows,
            "block": self.home,
            "blocks": list(self.blocks),
            "own_seconds": _round(self.own_seconds),
            "look_back_seconds": _round(self.look_back_seconds),
            "planned_seconds": _round_or_none(self.planned_seconds),
            "step": self.step,
            "ran_long": self.ran_long,
        }


@dataclass(frozen=True)
class MeetingSlideTimes:
    """Time per slide in one meeting.

    `has_data` is False when the journal holds no `slide` record at all (the
    review then says so instead of drawing an empty chart). `followed_seconds`
    is the running time during which a slide was on screen: the sum of the
    intervals and of the slides' seconds.
    """

    has_data: bool
    intervals: tuple[SlideInterval, ...]
    slides: tuple[SlideTime, ...]  # by slide number
    followed_seconds: float
    running_seconds: float  # the meeting's running time (pauses left out, crash gaps in)
    programme_has_slides: bool = False
    #: The meeting's series (its programme's counted runs), for the reports to compare
    #: with; None when not looked up (`with_series`).
    series: SeriesSlideTimes | None = None

    @property
    def worth_a_section(self) -> bool:
        """Whether a report gives the slides a section: when there is slide data, or the
        programme names slides (then to say there is none). A meeting of a programme
        without slides, run without a show, is left alone."""
        return self.has_data or self.programme_has_slides

    @property
    def by_time(self) -> tuple[SlideTime, ...]:
        """The slides, the most time first (by number among equals)."""
        return tuple(sorted(self.slides, key=lambda s: (-s.seconds, s.number)))

    @property
    def long(self) -> tuple[SlideTime, ...]:
        return tuple(s for s in self.by_time if s.ran_long)

    def slide(self, number: int) -> SlideTime | None:
        return next((s for s in self.slides if s.number == number), None)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "has_data": self.has_data,
            "followed_seconds": _round(self.followed_seconds),
            "running_seconds": _round(self.running_seconds),
            "slides": [s.to_json() for s in self.slides],
        }
        if self.series is not None:
            data["series"] = self.series.to_json()
        return data


def _round(value: float) -> float:
    rounded = round(value, 1)
    return 0.0 if rounded == 0 else rounded


def _round_or_none(value: float | None) -> float | None:
    return None if value is None else _round(value)


def _long(seconds: float, planned: float | None) -> bool:
    return planned is not None and seconds > planned * LONG_FACTOR \
        and seconds - planned >= LONG_MARGIN


def _number(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    number = float(value)
    return number if number == number and abs(number) != float("inf") else default


def _index(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --------------------------------------------------------------------------- planned shares


def planned_shares(agenda: Agenda) -> dict[tuple[int, int], float]:
    """Each (block, slide)'s share of the block's planned seconds.

    A step's slide gets that step's minutes (split evenly when the step names
    several slides); the block's other slides share what is left of the
    block's minutes evenly (nothing, when the steps with slides take it all).
    An untimed block gives its slides no share.
    """
    slide_map = SlideMap(agenda)
    shares: dict[tuple[int, int], float] = {}
    for b, block in enumerate(agenda.blocks):
        if not block.timed:
            continue
        slides = slide_map.slides_of(b)
        taken: dict[int, float] = {}
        for step in block.steps:
            if step.slides is None:
                continue
            own = [n for n in dict.fromkeys(step.slides.slides) if n not in taken]
            for number in own:
                taken[number] = step.minutes * 60 / len(own)
        rest = [n for n in slides if n not in taken]
        left = max(0.0, block.minutes * 60 - sum(taken.values()))
        for number in slides:
            shares[(b, number)] = taken[number] if number in taken else left / len(rest)
    return shares


# --------------------------------------------------------------------------- one meeting


class _Walk:
    """The slide, block and step on screen while walking a session's records in order."""

    def __init__(self) -> None:
        self.pieces: list[SlideInterval] = []
        self.slide: int | None = None
        self.block: int | None = None
        self.step: int | None = None
        self.steps: dict[int, int] = {}  # per block: the last step the journal started
        self.paused = False
        self.since = 0.0
        self.running = 0.0
        self.shows: dict[int, int] = {}
        self.fresh = False  # the slide came on screen and has had no time yet

    def show(self, number: int | None) -> None:
        if number != self.slide:
            self.fresh = True
        self.slide = number

    def cut(self, t: float) -> None:
        """The piece running up to t ends here (kept when a slide was on screen)."""
        if not self.paused and t > self.since:
            self.running += t - self.since
            if self.slide is not None:
                self.pieces.append(SlideInterval(self.slide, self.since, t, self.block,
                                                 self.step))
                if self.fresh:
                    self.shows[self.slide] = self.shows.get(self.slide, 0) + 1
                    self.fresh = False
        self.since = max(self.since, t)

    def lose(self, until: float) -> None:
        """A gap nobody saw (a crash): it counts as running time, to no slide."""
        if not self.paused and until > self.since:
            self.running += until - self.since
        self.since = max(self.since, until)


def meeting_slide_times(log: SessionLog, now_elapsed: float | None = None) -> MeetingSlideTimes:
    """Time per slide for a session, from its records (see the module's rules).

    `now_elapsed` is the meeting clock now for a meeting still running in this
    process, as for `report.build_report`: the slide on screen counts up to now.
    """
    count = len(log.agenda.get("blocks") or [])
    walk = _Walk()
    has_data = False
    started = False
    ended = False
    last_t = 0.0
    for record in log.records:
        kind = record.get("type")
        if kind == ABANDONED:
            continue  # written when it was discarded, not when the meeting stopped
        t = max(last_t, _number(record.get("elapsed"), last_t))
        if ended:
            continue
        block = _index(record.get("block"))
        if kind == EventType.START.value:
            if not started:
                walk.since = t
                walk.block = 0 if count else None
            started = True
        elif not started:
            pass
        elif kind == EventType.RESUMED_AFTER_CRASH.value:
            walk.cut(last_t)
            walk.lose(t)
        elif kind == EventType.SLIDE.value:
            walk.cut(t)
            has_data = True
            number = _index(record.get("number"))
            walk.show(number if number is not None and number >= 1 else None)
        elif kind == EventType.BLOCK_START.value and block is not None and 0 <= block < count:
            walk.cut(t)
            if record.get("reason") == "restart":
                walk.steps.pop(block, None)
            walk.block = block
            walk.step = walk.steps.get(block)
        elif kind == EventType.STEP_START.value and block == walk.block and block is not None:
            step = _index(record.get("step"))
            if step is not None and step >= 0:
                walk.cut(t)
                walk.step = walk.steps[block] = step
        elif kind == EventType.PAUSE.value:
            walk.cut(t)
            walk.paused = True
        elif kind == EventType.RESUME.value:
            walk.cut(t)
            walk.paused = False
        elif kind == EventType.FINISH.value:
            walk.cut(t)
            ended = True
        last_t = t
    if started and not ended:
        now = _number(now_elapsed, last_t)
        walk.cut(now if now > last_t and log.abandoned is None else last_t)
    agenda = _agenda_of(log)
    return MeetingSlideTimes(
        has_data=has_data,
        intervals=tuple(walk.pieces),
        slides=_per_slide(walk.pieces, walk.shows, agenda),
        followed_seconds=sum(p.seconds for p in walk.pieces),
        running_seconds=walk.running,
        programme_has_slides=agenda is not None and SlideMap(agenda).has_slides,
    )


def _agenda_of(log: SessionLog) -> Agenda | None:
    try:
        return log.to_agenda()
    except AgendaError:
        return None  # a damaged header: slides get their times, no blocks or shares


def _per_slide(pieces: Sequence[SlideInterval], shows: Mapping[int, int],
               agenda: Agenda | None) -> tuple[SlideTime, ...]:
    slide_map = SlideMap(agenda) if agenda is not None else None
    shares = planned_shares(agenda) if agenda is not None else {}
    by_number: dict[int, list[SlideInterval]] = {}
    for piece in pieces:
        by_number.setdefault(piece.number, []).append(piece)
    out: list[SlideTime] = []
    for number in sorted(by_number):
        mine = by_number[number]
        per_block: dict[int, float] = {}
        for piece in mine:
            if piece.block is not None:
                per_block[piece.block] = per_block.get(piece.block, 0.0) + piece.seconds
        holding = slide_map.blocks_holding(number) if slide_map is not None else ()
        shown_in_own = [b for b in per_block if b in holding]
        home = max(shown_in_own, key=lambda b: (per_block[b], -b)) if shown_in_own \
            else (holding[0] if holding else None)
        look_back = sum(s for b, s in per_block.items()
                        if holding and b not in holding and b > max(holding))
        per_step: dict[int, float] = {}
        for piece in mine:
            if piece.block == home and home is not None and piece.step is not None:
                per_step[piece.step] = per_step.get(piece.step, 0.0) + piece.seconds
        out.append(SlideTime(
            number=number,
            seconds=sum(p.seconds for p in mine),
            shows=shows.get(number, 1),
            home=home,
            blocks=tuple(dict.fromkeys(p.block for p in mine if p.block is not None)),
            own_seconds=per_block.get(home, 0.0) if home is not None else 0.0,
            look_back_seconds=look_back,
            planned_seconds=shares.get((home, number)) if home is not None else None,
            step=max(per_step, key=lambda k: (per_step[k], -k)) if per_step else None,
        ))
    return tuple(out)


# --------------------------------------------------------------------------- a series


@dataclass(frozen=True)
class SeriesSlide:
    """One slide across the runs of a series that have slide data.

    `seconds` holds one value per such run, oldest first, None where the slide
    was not shown. `home` and `planned_seconds` are from the newest of them.
    """

    number: int
    home: int | None
    planned_seconds: float | None
    seconds: tuple[float | None, ...]
    long: tuple[bool, ...]  # per run: it ran long there

    @property
    def shown(self) -> int:
        return sum(1 for s in self.seconds if s is not None)

    @property
    def long_count(self) -> int:
        return sum(self.long)

    @property
    def median_seconds(self) -> float | None:
        values = [s for s in self.seconds if s is not None]
        return statistics.median(values) if values else None

    @property
    def keeps_running_long(self) -> bool:
        return self.long_count >= 2 and self.long_count * 2 > self.shown

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "block": self.home,
            "planned_seconds": _round_or_none(self.planned_seconds),
            "seconds": [_round_or_none(s) for s in self.seconds],
            "median_seconds": _round_or_none(self.median_seconds),
            "shown": self.shown,
            "long_count": self.long_count,
            "keeps_running_long": self.keeps_running_long,
        }


@dataclass(frozen=True)
class SeriesSlideTimes:
    """Time per slide across a series' counted runs.

    `runs` is how many counted runs have slide data (the slides' `seconds`
    have one value each); `without_data` how many counted runs have none.
    """

    runs: int
    without_data: int
    slides: tuple[SeriesSlide, ...]  # by slide number

    @property
    def has_data(self) -> bool:
        return self.runs > 0

    @property
    def long(self) -> tuple[SeriesSlide, ...]:
        """The slides that keep running long, the most often first, then the longest."""
        return tuple(sorted((s for s in self.slides if s.keeps_running_long),
                            key=lambda s: (-s.long_count, -(s.median_seconds or 0), s.number)))

    def to_json(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "runs_without_slide_data": self.without_data,
            "slides": [s.to_json() for s in self.slides],
        }


def series_slide_times(meetings: Sequence[MeetingSlideTimes]) -> SeriesSlideTimes:
    """Per slide across meetings (oldest first): the median and how often it ran long.

    Pass the counted runs of a series (`series_statistics(...).runs`, their
    logs through `meeting_slide_times`); meetings without slide data are
    counted in `without_data` and otherwise left out.
    """
    with_data = [m for m in meetings if m.has_data]
    lookup = [{s.number: s for s in m.slides} for m in with_data]
    numbers = sorted({n for found in lookup for n in found})
    slides: list[SeriesSlide] = []
    for number in numbers:
        times = [found.get(number) for found in lookup]
        newest = next((t for t in reversed(times) if t is not None), None)
        slides.append(SeriesSlide(
            number=number,
            home=newest.home if newest else None,
            planned_seconds=newest.planned_seconds if newest else None,
            seconds=tuple(t.seconds if t is not None else None for t in times),
            long=tuple(t is not None and t.ran_long for t in times),
        ))
    return SeriesSlideTimes(len(with_data), len(meetings) - len(with_data), tuple(slides))


def counted_slide_times(logs: Sequence[SessionLog], counted: Sequence[str]) -> SeriesSlideTimes:
    """Time per slide over a series' counted runs: `logs` the series' sessions, `counted`
    the session ids of its counted runs, oldest first (`series_statistics(...).runs`)."""
    by_id = {log.session_id: log for log in logs}
    return series_slide_times([meeting_slide_times(by_id[i]) for i in counted if i in by_id])


def with_series(times: MeetingSlideTimes, log: SessionLog,
                logs: Iterable[SessionLog]) -> MeetingSlideTimes:
    """The meeting's time per slide with its series' (`log`'s programme among `logs`, its
    counted runs) for the reports to compare with."""
    key = programme_key(log.agenda)
    for series in group_series(logs):
        if series.key == key:
            stats = series_statistics(series)
            found = counted_slide_times(series.logs, [r.session_id for r in stats.runs])
            return dataclasses.replace(times, series=found)
    return dataclasses.replace(times, series=series_slide_times([]))
