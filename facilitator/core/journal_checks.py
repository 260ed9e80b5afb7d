"""What a journal's values may be, checked as it is read, and a bounded line reader.

Field checks per record type, a programme check for the header, and a line
reader that never holds an oversized line in memory. The reader
(`journal.read_session`) passes every record through `check_record` and the
header through `check_header` and `check_programme`, so reports, the review
window, replay and resume only ever see finite numbers within bounds that no
Qt integer overflows on. The checks are data: `COMMON_FIELDS` for every record,
`TYPE_FIELDS` per record type. To check a new field, add a line there; fields
and record types that are in neither table are kept as they are (except
NaN and Infinity, which no writer means).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .agenda import Agenda, AgendaError
from .agenda_check import agenda_from_json
from .durations import format_minutes
from .events import parse_timestamp
from .messages import message, reason

__all__ = [
    "COMMON_FIELDS",
    "HEADER_FIELDS",
    "MAX_ELAPSED",
    "MAX_HEADER_LINE",
    "MAX_LINE",
    "ProgrammeVerdict",
    "TYPE_FIELDS",
    "BadValue",
    "CheckContext",
    "FieldCheck",
    "IfBad",
    "Line",
    "bounded_lines",
    "check_header",
    "check_programme",
    "check_record",
]

# A meeting lasts hours, a rehearsal at --speed runs its clock faster; a year of meeting
# clock is absurd either way, and a year in minutes (527,040) is a count any Qt call takes.
MAX_ELAPSED = 366 * 24 * 3600.0
#: One block's length, one adjustment or one catch-up change, in minutes.
MAX_MINUTES = 24 * 60.0
#: A gap (suspend, clock jump, restart), in seconds.
MAX_GAP = 366 * 24 * 3600.0
MAX_SPEED = 1e6  # as the engine accepts for a rehearsal clock
#: Seconds since the computer booted (boot_seconds): ten years of uptime.
MAX_UPTIME = 10 * 366 * 24 * 3600.0
MAX_SEQ = 2**53  # beyond this a JSON number is no longer an exact integer
MAX_INDEX = 100_000
MAX_SLIDE = 100_000  # a slide number; decks have hundreds at most
MAX_WORD = 200  # reasons, ids, versions: short words
#: A record is a few hundred bytes; a line longer than this is skipped unread.
MAX_LINE = 256 * 1024
#: The header carries the whole programme, notes included.
MAX_HEADER_LINE = 4 * 1024 * 1024
READ_CHUNK = 64 * 1024


class BadValue(Exception):
    """A value a check refuses; the message says what it is."""


class IfBad(enum.Enum):
    """What the reader does with a record whose field fails its check."""

    DROP_FIELD = "drop_field"  # the record stays, without the field
    SKIP_RECORD = "skip_record"  # the whole record is skipped (its meaning is gone)
    PREVIOUS = "previous"  # the field takes the previous record's value (elapsed)


@dataclass
class CheckContext:
    """What the checks need to know: the programme's length in blocks."""

    block_count: int
    notes: list[str] = field(default_factory=list)  # partial repairs made by a check


Check = Callable[[Any, CheckContext], Any]


@dataclass(frozen=True)
class FieldCheck:
    check: Check
    if_bad: IfBad = IfBad.DROP_FIELD
    required: bool = False


# --------------------------------------------------------------------------- value checks


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def number(low: float, high: float) -> Check:
    """A finite int or float within [low, high], returned as it is."""

    def check(value: Any, context: CheckContext) -> Any:
        if not _is_number(value):
            raise BadValue(message("value_not_number", value=_shown(value)))
        if isinstance(value, float) and not math.isfinite(value):
            raise BadValue(message("value_not_finite", value=_shown(value)))
        if not low <= value <= high:
            raise BadValue(message("value_out_of_range", value=_shown(value),
                                   low=format_minutes(low), high=format_minutes(high)))
        return value

    return check


def positive(high: float) -> Check:
    inner = number(0, high)

    def check(value: Any, context: CheckContext) -> Any:
        value = inner(value, context)
        if value <= 0:
            raise BadValue(message("value_not_positive", value=_shown(value)))
        return value

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any, context: CheckContext) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadValue(message("value_not_whole", value=_shown(value)))
        if not low <= value <= high:
            raise BadValue(message("value_out_of_range", value=_shown(value), low=low,
                                   high=high))
        return value

    return check


def text(max_length: int | None = None) -> Check:
    def check(value: Any, context: CheckContext) -> Any:
        if not isinstance(value, str):
            raise BadValue(message("value_not_text", value=_shown(value)))
        if max_length is not None and len(value) > max_length:
            raise BadValue(message("value_too_long", length=len(value), max=max_length))
        return value

    return check


def flag(value: Any, context: CheckContext) -> Any:
    if not isinstance(value, bool):
        raise BadValue(message("value_not_flag", value=_shown(value)))
    return value


def optional(inner: Check) -> Check:
    """`inner`, or null."""

    def check(value: Any, context: CheckContext) -> Any:
        return None if value is None else inner(value, context)

    return check


def timestamp(value: Any, context: CheckContext) -> Any:
    if not isinstance(value, str) or len(value) > 64 or parse_timestamp(value) is None:
        raise BadValue(message("value_not_time", value=_shown(value)))
    return value


def block_index(value: Any, context: CheckContext) -> Any:
    """An index into the header's blocks, or null (a meeting-wide event)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadValue(message("value_not_block", value=_shown(value)))
    if not 0 <= value < context.block_count:
        raise BadValue(message("value_not_programme_block", value=_shown(value),
                               n=context.block_count))
    return value


_change_minutes = number(-MAX_MINUTES, MAX_MINUTES)


def plan_changes(value: Any, context: CheckContext) -> Any:
    """`[{"block", "minutes"}]`; a damaged change is left out, the others kept."""
    if not isinstance(value, list):
        raise BadValue(message("value_not_changes", value=_shown(value)))
    kept = []
    for number_, change in enumerate(value, start=1):
        if not isinstance(change, dict):
            context.notes.append(message("change_not_a_change", number=number_,
                                         value=_shown(change)))
            continue
        try:
            block = block_index(change.get("block"), context)
            if block is None:
                raise BadValue(message("change_has_no_block"))
            _change_minutes(change.get("minutes"), context)
        except BadValue as exc:
            context.notes.append(message("change_left_out", number=number_, reason=reason(exc)))
            continue
        kept.append(change)
    return kept


# --------------------------------------------------------------------------- the tables

_ELAPSED = number(0, MAX_ELAPSED)
_MINUTES = number(-MAX_MINUTES, MAX_MINUTES)
_GAP = number(-MAX_GAP, MAX_GAP)
_WORD = text(MAX_WORD)

#: Fields any record may carry, checked where present. (`seq` and `type` are the
#: reader's own: a record without them is a damaged line.)
COMMON_FIELDS: dict[str, FieldCheck] = {
    "t": FieldCheck(timestamp),
    "elapsed": FieldCheck(_ELAPSED, IfBad.PREVIOUS),
    "block": FieldCheck(block_index),
    "speed": FieldCheck(positive(MAX_SPEED)),
    "boot_id": FieldCheck(_WORD),
    "boot_seconds": FieldCheck(number(0, MAX_UPTIME)),
    # Who asked for an action (`remote`: a phone); the slide record has its own `source`.
    "source": FieldCheck(_WORD),
}

#: Per record type: its own fields (these win over COMMON_FIELDS).
TYPE_FIELDS: dict[str, dict[str, FieldCheck]] = {
    "block_start": {"reason": FieldCheck(_WORD)},
    "step_start": {"step": FieldCheck(integer(0, MAX_INDEX)),
                   "reason": FieldCheck(optional(_WORD))},
    # A slide record informs (replay takes the blocks and steps from the records it
    # caused); one whose slide number is damaged says nothing and is skipped.
    "slide": {"number": FieldCheck(optional(integer(1, MAX_SLIDE)), IfBad.SKIP_RECORD,
                                   required=True),
              "source": FieldCheck(_WORD),
              "mode": FieldCheck(_WORD),
              "decision": FieldCheck(_WORD),
              "to_block": FieldCheck(block_index),
              "to_step": FieldCheck(optional(integer(0, MAX_INDEX)))},
    # An adjustment of unknown size cannot be guessed: it is skipped.
    "adjust": {"minutes": FieldCheck(_MINUTES, IfBad.SKIP_RECORD, required=True),
               "step": FieldCheck(optional(integer(0, MAX_INDEX)))},
    "plan_applied": {"changes": FieldCheck(plan_changes, IfBad.SKIP_RECORD, required=True),
                     "delay_minutes": FieldCheck(number(-MAX_ELAPSED / 60, MAX_ELAPSED / 60))},
    "plan_undone": {"changes": FieldCheck(plan_changes, IfBad.SKIP_RECORD, required=True)},
    "warning": {"minutes_left": FieldCheck(number(0, MAX_MINUTES))},
    "overrun": {"minutes_over": FieldCheck(number(0, MAX_ELAPSED / 60))},
    "note": {"text": FieldCheck(text()), "reason": FieldCheck(optional(_WORD))},
    "suspend_gap": {"seconds": FieldCheck(_GAP)},
    "clock_jump": {"seconds": FieldCheck(_GAP)},
    "resumed_after_crash": {"gap_seconds": FieldCheck(number(0, MAX_GAP)),
                            "gap_real_seconds": FieldCheck(number(0, MAX_GAP)),
                            "gap_from": FieldCheck(_WORD),
                            "gap_uncertain": FieldCheck(flag)},
    "abandoned": {"reason": FieldCheck(optional(_WORD))},
}

_NO_FIELDS: dict[str, FieldCheck] = {}

#: The header's own fields (its programme is checked by `check_programme`).
HEADER_FIELDS: dict[str, FieldCheck] = {
    "session_id": FieldCheck(_WORD),
    "app_version": FieldCheck(_WORD),
    "created": FieldCheck(timestamp),
    "agenda_source": FieldCheck(optional(text(4096))),
    "agenda_sha256": FieldCheck(optional(_WORD)),
    "speed": FieldCheck(positive(MAX_SPEED)),
}


# --------------------------------------------------------------------------- applying them


@dataclass(frozen=True)
class RecordVerdict:
    """A checked record (None when skipped) and what was wrong with it."""

    record: dict[str, Any] | None
    messages: tuple[str, ...]
    elapsed: float | None  # the record's (checked) meeting time, for the next record


def check_record(record: dict[str, Any], context: CheckContext,
                 previous_elapsed: float | None) -> RecordVerdict:
    """Check every field `record` has against the tables; never raises."""
    kind = record.get("type")
    own = TYPE_FIELDS.get(kind, _NO_FIELDS) if isinstance(kind, str) else _NO_FIELDS
    for name, needed in own.items():
        if needed.required and name not in record:
            return RecordVerdict(None, (message("record_without_field", kind=kind, name=name),),
                                 previous_elapsed)
    cleaned = dict(record)
    messages: list[str] = []
    for name, value in record.items():
        rule: FieldCheck | None = own.get(name) or COMMON_FIELDS.get(name)
        if rule is None:
            # A field no table knows is kept, unless it is NaN or Infinity.
            if isinstance(value, float) and not math.isfinite(value):
                del cleaned[name]
                messages.append(message("field_not_finite", name=name, value=repr(value)))
            continue
        if context.notes:
            context.notes = []
        try:
            cleaned[name] = rule.check(value, context)
        except BadValue as exc:
            if rule.if_bad is IfBad.SKIP_RECORD:
                return RecordVerdict(None, (message("record_field_skipped", kind=kind,
                                                    name=name, reason=reason(exc)),),
                                     previous_elapsed)
            if rule.if_bad is IfBad.PREVIOUS and previous_elapsed is not None:
                cleaned[name] = previous_elapsed
                messages.append(message("field_taken_as_previous", name=name,
                                        reason=reason(exc),
                                        previous=format_minutes(previous_elapsed)))
            else:
                del cleaned[name]
                messages.append(message("field_ignored", name=name, reason=reason(exc)))
        if context.notes:
            messages += [message("field_note", name=name, note=note) for note in context.notes]
    elapsed = cleaned.get("elapsed", previous_elapsed)
    return RecordVerdict(cleaned, tuple(messages),
                         float(elapsed) if isinstance(elapsed, (int, float)) else previous_elapsed)


def check_header(header: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The header with bad values of its own fields left out, and what was wrong."""
    cleaned = dict(header)
    messages: list[str] = []
    context = CheckContext(0)
    for name, rule in HEADER_FIELDS.items():
        if name not in cleaned:
            continue
        try:
            cleaned[name] = rule.check(cleaned[name], context)
        except BadValue as exc:
            del cleaned[name]
            messages.append(message("header_field_ignored", name=name, reason=reason(exc)))
    return cleaned, messages


_BLOCK_MINUTES = number(0, MAX_MINUTES)  # 0: an untimed block
_TOTAL_MINUTES = number(0, MAX_ELAPSED / 60)


@dataclass(frozen=True)
class ProgrammeVerdict:
    """The header's programme as checked (None when it fails), why it failed, what was repaired."""

    programme: Agenda | None
    failure: str | None
    messages: tuple[str, ...]


def check_programme(header: dict[str, Any], source: str) -> ProgrammeVerdict:
    """Run the header's programme through the programme file's own checks.

    The header's `agenda` is repaired in place so that what reports read from
    it is safe: a block length that is not a sane number is taken out (a
    report shows 0 planned minutes for it, with this warning) and the total is
    the one the checked programme gives.
    """
    agenda = header["agenda"]
    timing = header.get("timing")
    messages: list[str] = []
    programme: Agenda | None = None
    failure: str | None = None
    try:
        programme = _checked_programme(agenda, timing if isinstance(timing, Mapping) else None,
                                       source)
    except AgendaError as exc:
        problems = exc.diagnostics[0].message
        for diagnostic in exc.diagnostics[1:3]:
            problems = message("then", first=problems, second=diagnostic.message)
        more = len(exc.diagnostics) - 3
        if more > 0:
            problems = message("and_more", first=problems, n=more)
        failure = message("header_fails_checks", problems=problems)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        failure = message("header_damaged", kind=type(exc).__name__, value=_shown(exc))
    context = CheckContext(0)
    blocks = agenda["blocks"]
    repaired_blocks = []
    for number_, block in enumerate(blocks, start=1):
        if not isinstance(block, dict):
            repaired_blocks.append(block)
            continue
        block = dict(block)
        for key in ("minutes",):
            if key in block and block[key] is not None:
                try:
                    _BLOCK_MINUTES(block[key], context)
                except BadValue as exc:
                    del block[key]
                    messages.append(message("header_block_minutes", number=number_, key=key,
                                            reason=reason(exc)))
        steps = block.get("steps")
        if isinstance(steps, list):
            block["steps"] = [
                {k: v for k, v in step.items()
                 if k != "minutes" or _fine(_BLOCK_MINUTES, v, context)}
                if isinstance(step, dict) else step
                for step in steps
            ]
        repaired_blocks.append(block)
    repaired = {**agenda, "blocks": repaired_blocks}
    if programme is not None:
        repaired["total_minutes"] = format_minutes(programme.total_minutes)
    elif "total_minutes" in repaired and not _fine(_TOTAL_MINUTES, repaired["total_minutes"],
                                                   context):
        messages.append(message("header_total_not_sane",
                                value=_shown(repaired["total_minutes"])))
        del repaired["total_minutes"]
    header["agenda"] = repaired
    return ProgrammeVerdict(programme, failure,
                            tuple(([failure] if failure else []) + messages))


def _checked_programme(agenda: Mapping[str, Any], timing: Mapping[str, Any] | None,
                       source: str) -> Agenda:
    """`Agenda.from_json`, once per distinct programme: a folder of 1,000 runs of the same
    programme checks it once (listing is the hot path)."""
    try:
        key = json.dumps([agenda, timing], sort_keys=True, allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        return agenda_from_json(agenda, timing, source=source)
    checked = _programme_from_json(key)
    return dataclasses.replace(
        checked, source=source,
        warnings=tuple(dataclasses.replace(w, source=source) for w in checked.warnings))


@functools.lru_cache(maxsize=64)
def _programme_from_json(key: str) -> Agenda:
    agenda, timing = json.loads(key)
    return agenda_from_json(agenda, timing, source="<journal>")


def _fine(check: Check, value: Any, context: CheckContext) -> bool:
    try:
        check(value, context)
    except BadValue:
        return False
    return True


# --------------------------------------------------------------------------- reading lines


@dataclass(frozen=True)
class Line:
    """One line of a journal: its number, its bytes (None when too long), and its size."""

    number: int
    data: bytes | None
    size: int
    ended: bool  # False for text after the last newline (a line the writer did not finish)


def bounded_lines(stream: BinaryIO, limit: int = MAX_LINE,
                  first_limit: int = MAX_HEADER_LINE) -> Iterator[Line]:
    """The lines of `stream`, read in chunks; a line longer than its limit is counted
    and discarded as it streams by, never held in memory."""
    buffer = bytearray()
    number = 1
    skipping = False
    size = 0
    while True:
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            break
        start = 0
        while True:
            newline = chunk.find(b"\n", start)
            end = newline if newline >= 0 else len(chunk)
            size += end - start
            if not skipping:
                if size > (first_limit if number == 1 else limit):
                    skipping = True
                    buffer = bytearray()
                else:
                    buffer += chunk[start:end]
            if newline < 0:
                break
            yield Line(number, None if skipping else bytes(buffer), size, True)
            number += 1
            buffer = bytearray()
            skipping = False
            size = 0
            start = newline + 1
    if size or skipping:
        yield Line(number, None if skipping else bytes(buffer), size, False)
