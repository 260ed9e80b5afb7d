"""Scheduling from clocks: end-of-day markers, twelve-hour clocks, days begun by times
that go back, lengths from the gaps between clock times, and the programme's start.
"""

from __future__ import annotations

from ..durations import format_clock, format_minutes
from ..messages import message
from .lines import _reshaped
from .pieces import _good_minutes
from .plan import _Draft, _Plan
from .words import _END_MARKER


def _schedule(plan: _Plan) -> int | None:
    """Turn clock times into lengths, day by day; return the programme's start."""
    blocks = plan.blocks
    _drop_end_markers(plan)
    twelve_hour = all(b.at is None or b.at < 13 * 60 for b in blocks) and all(
        b.until is None or b.until < 13 * 60 for b in blocks)
    if twelve_hour:
        # "1:00 to 1:10" in a programme written on a twelve-hour clock is after noon.
        for block in blocks:
            if block.at is not None and not block.entry.explicit_clock and 60 <= block.at < 7 * 60:
                block.at += 12 * 60
                if block.until is not None and block.until < 12 * 60:
                    block.until += 12 * 60
    last_clock: int | None = None
    current_day = 0
    shift = 0  # days begun by clock times that go back, with no day headings
    for block in blocks:
        block.day += shift
        if block.day != current_day:
            current_day, last_clock = block.day, None
        if block.at is None:
            continue
        if last_clock is not None and block.at < last_clock:
            if twelve_hour and not block.entry.explicit_clock and block.at < 12 * 60 \
                    and block.at + 12 * 60 >= last_clock:
                block.at += 12 * 60
                if block.until is not None and block.until < 12 * 60:
                    block.until += 12 * 60
            elif not plan.days:
                plan.warn(block.entry.line,
                    message("import_another_day", at=format_clock(block.at)))
                shift += 1
                block.day += 1
                current_day = block.day
        if block.until is not None and block.until <= block.at:
            if twelve_hour and not block.entry.explicit_clock and block.until + 720 > block.at \
                    and block.until < 720:
                block.until += 12 * 60
            else:
                plan.warn(block.entry.line,
                    message("import_end_ignored", title=block.title,
                            until=format_clock(block.until), at=format_clock(block.at)))
                block.until = None
        last_clock = block.until if block.until is not None else block.at
    _lengths_from_clocks(plan)
    return _anchor(plan)


def _drop_end_markers(plan: _Plan) -> None:
    blocks = plan.blocks
    kept: list[_Draft] = []
    for index, block in enumerate(blocks):
        last_of_day = index == len(blocks) - 1 or blocks[index + 1].day != block.day
        previous = kept[-1] if kept else None
        if not (last_of_day and previous is not None and previous.day == block.day
                and block.at is not None and block.minutes is None and block.until is None
                and not block.steps and _END_MARKER.match(block.title)):
            kept.append(block)
            continue
        previous.notes.extend(block.notes)
        if previous.at is not None and previous.minutes is None and previous.until is None \
                and previous.at < block.at:
            previous.until = block.at
        plan.recognised.append((block.entry.line,
                                message("trace_end_of_day", clock=format_clock(block.at),
                                        title=block.title)))
    plan.blocks[:] = kept


def _span_end(plan: _Plan, block: _Draft) -> int | None:
    ends = [s.until for s in plan.sections if s.until is not None and s.start <= block.index
            < s.end]
    return ends[-1] if ends else None


def _lengths_from_clocks(plan: _Plan) -> None:
    blocks = plan.blocks
    for position, block in enumerate(blocks):
        if block.at is None:
            continue
        stated = block.minutes
        if block.until is not None:
            clock_minutes = float(block.until - block.at)
            if stated is not None and abs(stated - clock_minutes) > 0.01:
                plan.warn(block.entry.line,
                    message("import_clock_times_used", title=block.title,
                            stated=format_minutes(stated), clock=format_minutes(clock_minutes)))
            block.minutes = clock_minutes
            continue
        between = 0.0
        next_at = None
        for later in blocks[position + 1:]:
            if later.day != block.day:
                break
            if later.at is not None:
                next_at = later.at
                break
            between += later.minutes or 0.0
        if next_at is not None:
            gap = next_at - block.at - between
            if stated is None and gap > 0:
                block.minutes = float(gap)
                block.entry.shape = _reshaped(
                    block.entry.shape, "shape_start_time",
                    lambda shape: message("shape_length_to_next", shape=shape))
            elif stated is not None and stated - gap > 0.01 and gap > 0:
                plan.warn(block.entry.line,
                    message("import_shortened", title=block.title,
                            stated=format_minutes(stated), next=format_clock(next_at),
                            gap=format_minutes(gap)))
                block.minutes = float(gap)
        elif stated is None:
            end = _span_end(plan, block)
            if end is not None and end > block.at:
                block.minutes = float(end - block.at)
                block.until = end
                block.entry.shape = _reshaped(
                    block.entry.shape, "shape_start_time",
                    lambda shape: message("shape_length_to_end_of_day", shape=shape))
    for block in blocks:
        if block.minutes is None and block.steps:
            block.minutes = sum(minutes for _title, minutes, _line in block.steps)
            plan.recognised.append((block.entry.line,
                                    message("trace_length_from_steps", title=block.title)))
        if block.minutes is not None and not _good_minutes(block.minutes):
            block.minutes = None


def _anchor(plan: _Plan) -> int | None:
    """Keep clock times where they fit, day by day (a later day's first clock time begins
    that day's clock); a time that overlaps the block before it, or has no length, is kept
    in the notes. Returns the first day's start."""
    blocks = plan.blocks
    start: int | None = None
    cursor: float | None = None
    first_day = blocks[0].day if blocks else 0
    day = first_day
    for position, block in enumerate(blocks):
        if block.day != day:
            day, cursor = block.day, None
        if block.at is not None and block.minutes is None:
            block.clock_note = format_clock(block.at)
            block.at = None
            block.until = None
        if block.at is not None:
            if cursor is None:
                if block.day == first_day:
                    before = sum(b.minutes or 0 for b in blocks[:position])
                    start = block.at - int(round(before)) if block.at >= before else None
                cursor = float(block.at)
            elif block.at < cursor - 0.01:
                plan.warn(block.entry.line,
                    message("import_overlap_kept", title=block.title,
                            at=format_clock(block.at)))
                block.clock_note = format_clock(block.at)
                block.at = None
                block.until = None
            else:
                cursor = float(block.at)
        if cursor is not None:
            cursor += block.minutes or 0
    return start
