"""Checking a programme: every key of its mapping read into the model with a located message
for each mistake, and the programme rebuilt from a journal's copy of it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .agenda import (
    Agenda,
    AgendaError,
    AlertDefaults,
    Block,
    BlockKind,
    Diagnostic,
    SlideMode,
    SlideRange,
    Step,
)
from .durations import DurationError, format_clock, format_minutes, parse_clock, parse_duration
from .messages import message, reason

__all__ = ["agenda_from_json", "agenda_from_mapping"]


# --------------------------------------------------------------------------- validation

_TOP_KEYS = ("title", "date", "start", "language", "notes", "alerts", "slides_follow", "blocks")
_BLOCK_KEYS = ("title", "minutes", "duration", "at", "until", "slides", "kind", "notes", "cue",
               "steps", "warn_before", "min_minutes", "max_minutes", "flexible", "day")
#: A programme of more days than this is no meeting (a day number is checked against it).
_MAX_DAYS = 31
_STEP_KEYS = ("title", "minutes", "duration", "slides")
_ALERT_KEYS = ("warn_before", "overrun_every")
_LANGUAGES = ("da", "en")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_SLIDES = 10000
_SLIDE_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-–—]|to|til)\s*(\d+)\s*$")


class _Checker:
    """Walks the YAML data, collecting located errors and warnings."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = []

    def _at(self, mark: Any, message: str, severity: str) -> Diagnostic:
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        return Diagnostic(message, self.source, line, column, severity)

    def error(self, mark: Any, message: str) -> None:
        self.errors.append(self._at(mark, message, "error"))

    def warn(self, mark: Any, message: str) -> None:
        self.warnings.append(self._at(mark, message, "warning"))

    @staticmethod
    def value_mark(mapping: Mapping[str, Any], key: str) -> Any:
        marks = getattr(mapping, "value_marks", {})
        return marks.get(key, getattr(mapping, "mark", None))

    @staticmethod
    def key_mark(mapping: Mapping[str, Any], key: str) -> Any:
        marks = getattr(mapping, "key_marks", {})
        return marks.get(key, getattr(mapping, "mark", None))

    def unknown_keys(self, mapping: Mapping[Any, Any], allowed: Iterable[str], what: str) -> None:
        allowed = tuple(allowed)
        for key in mapping:
            if key in allowed:
                continue
            hint = _close_match(str(key), allowed, cutoff=0.6)
            allowed_list = ", ".join(allowed)
            self.error(self.key_mark(mapping, key),
                       message("unknown_key_hint", what=what, key=key, hint=hint[0],
                               known=allowed_list) if hint else
                       message("unknown_key", what=what, key=key, known=allowed_list))

    def text(self, mapping: Mapping[str, Any], key: str, what: str, required: bool = False) -> str:
        if key not in mapping or mapping[key] is None:
            if required:
                self.error(getattr(mapping, "mark", None),
                           message("missing_key", what=what, key=key))
            return ""
        value = mapping[key]
        if isinstance(value, bool) or isinstance(value, (dict, list)):
            self.error(self.value_mark(mapping, key),
                       message("must_be_text", what=what, key=key, got=_describe(value)))
            return ""
        text = str(value).strip()
        if required and not text:
            self.error(self.value_mark(mapping, key),
                       message("must_not_be_empty", what=what, key=key))
        return text

    def length(self, mapping: Mapping[str, Any], key: str, what: str) -> float | None:
        raw = mapping[key]
        mark = self.value_mark(mapping, key)
        if isinstance(raw, bool) or isinstance(raw, (dict, list)) or raw is None:
            self.error(mark, message("positive_number", what=what, key=key, got=_describe(raw)))
            return None
        try:
            minutes = parse_duration(raw)
        except DurationError as exc:
            if isinstance(raw, (int, float)) and raw > 24 * 60:  # too large for a float, or inf
                self.error(mark, message("longer_than_day", what=what, key=key, got=_describe(raw)))
            elif isinstance(raw, str) and re.fullmatch(r"\s*[-+]?\d+(?:[.,]\d+)?\s*", raw) is None:
                self.error(mark, message("key_problem", what=what, key=key, problem=reason(exc)))
            else:
                self.error(mark, message("positive_number", what=what, key=key,
                                         got=_describe(raw)))
            return None
        if minutes <= 0:
            shown = format_minutes(minutes) if isinstance(raw, (int, float)) else repr(raw)
            self.error(mark, message("positive_number", what=what, key=key, got=shown))
            return None
        if minutes > 24 * 60:
            self.error(mark, message("longer_than_day", what=what, key=key,
                                     got=format_minutes(minutes)))
            return None
        # Lengths are kept to the hundredth of a minute that to_json prints, so
        # a programme rebuilt from its JSON is the same programme.
        if round(minutes, 2) <= 0:
            self.error(mark, message("shorter_than_hundredth", what=what, key=key, got=repr(raw)))
            return None
        return round(minutes, 2)

    def clock(self, mapping: Mapping[str, Any], key: str, what: str) -> int | None:
        raw = mapping[key]
        try:
            return parse_clock(raw)
        except DurationError as exc:
            # An unquoted 9.15 reaches us as the number 9.15 (and 9.50 as 9.5).
            number = isinstance(raw, (int, float)) and not isinstance(raw, bool)
            self.error(self.value_mark(mapping, key),
                       message("clock_quote_hint" if number else "key_problem",
                               what=what, key=key, problem=reason(exc)))
            return None

    def minute_list(self, mapping: Mapping[str, Any], key: str, what: str) -> tuple[float, ...]:
        raw = mapping[key]
        items = raw if isinstance(raw, list) else [raw]
        result: list[float] = []
        for item in items:
            if isinstance(item, bool) or not isinstance(item, (int, float)) or item <= 0 \
                    or item != item or item == float("inf"):
                self.error(self.value_mark(mapping, key),
                           message("positive_minutes_list", what=what, key=key,
                                   got=_describe(item)))
                return ()
            if item > 24 * 60:  # also keeps float() from overflowing on a huge int
                self.error(self.value_mark(mapping, key),
                           message("longer_than_day", what=what, key=key,
                                   got=_describe(item)))
                return ()
            if round(item, 2) <= 0:
                self.error(self.value_mark(mapping, key),
                           message("at_least_hundredth", what=what, key=key, got=repr(item)))
                return ()
            result.append(round(float(item), 2))
        return tuple(sorted(set(result), reverse=True))


def _describe(value: Any) -> str:
    if value is None:
        return message("nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return message("a_mapping")
    if isinstance(value, list):
        return message("a_list")
    if isinstance(value, int) and abs(value) > 10**15:
        return message("a_very_large_number")  # str() refuses ints over 4300 digits
    if isinstance(value, (int, float)):
        return str(format_minutes(value))
    return repr(value)


def _parse_slides(raw: Any) -> SlideRange:
    if isinstance(raw, bool):
        raise ValueError(message("slides_expected", got=_describe(raw)))
    if isinstance(raw, int):
        if raw < 1:
            raise ValueError(message("slides_start_at_one", got=raw))
        return SlideRange((raw,))
    if isinstance(raw, list):
        numbers: list[int] = []
        for item in raw:
            if isinstance(item, list):
                raise ValueError(message("slides_nested"))
            numbers.extend(_parse_slides(item).slides)
            # A list of long ranges (or YAML aliases repeating one) would
            # otherwise build millions of slide numbers.
            if len(numbers) > _MAX_SLIDES:
                raise ValueError(message("slides_too_many", max=_MAX_SLIDES))
        if not numbers:
            raise ValueError(message("slides_empty"))
        return SlideRange(tuple(numbers))
    if isinstance(raw, str):
        text = raw.strip()
        text = re.sub(r"^(?:slides?|dias)\s*", "", text, flags=re.IGNORECASE)
        if re.fullmatch(r"\d+", text):
            return _parse_slides(int(text))
        match = _SLIDE_RANGE.match(text)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            if first < 1:
                raise ValueError(message("slides_start_at_one", got=first))
            if last < first:
                raise ValueError(message("slides_backwards", range=repr(raw)))
            if last - first >= _MAX_SLIDES:
                raise ValueError(message("slides_too_long", range=repr(raw)))
            return SlideRange(tuple(range(first, last + 1)))
        if "," in text:
            return _parse_slides([p.strip() for p in text.split(",") if p.strip()])
    raise ValueError(message("slides_expected", got=_describe(raw)))


def agenda_from_mapping(data: Any, source: str = "<text>") -> Agenda:
    """Validate already-parsed programme data (from YAML or the importer)."""
    check = _Checker(source)
    if not isinstance(data, dict):
        check.error(getattr(data, "mark", None),
                    message("not_a_programme_mapping", got=_describe(data)))
        raise AgendaError(check.errors)
    programme = message("programme")
    check.unknown_keys(data, _TOP_KEYS, programme)
    title = check.text(data, "title", programme, required=True)
    date = None
    if data.get("date") is not None:
        date = str(data["date"]).strip()
        if not _DATE.match(date):
            check.error(check.value_mark(data, "date"),
                        message("bad_date", got=repr(data["date"])))
    start = check.clock(data, "start", programme) if data.get("start") is not None else None
    language: str | None = None
    if data.get("language") is not None:
        language = str(data["language"]).strip().lower()
        if language not in _LANGUAGES:
            check.error(check.value_mark(data, "language"),
                        message("bad_language", options=", ".join(_LANGUAGES),
                                got=repr(data["language"])))
            language = None
    notes = check.text(data, "notes", programme)
    slides_follow = None
    if data.get("slides_follow") is not None:
        raw_follow = data["slides_follow"]
        try:
            slides_follow = SlideMode(str(raw_follow).strip().lower()) \
                if isinstance(raw_follow, str) else None
        except ValueError:
            pass
        if slides_follow is None:
            check.error(check.value_mark(data, "slides_follow"),
                        message("bad_slides_follow",
                                options=", ".join(m.value for m in SlideMode),
                                got=_describe(raw_follow)))
    alerts = AlertDefaults()
    if data.get("alerts") is not None:
        raw_alerts = data["alerts"]
        if not isinstance(raw_alerts, dict):
            check.error(check.value_mark(data, "alerts"),
                        message("alerts_not_mapping", got=_describe(raw_alerts)))
        else:
            check.unknown_keys(raw_alerts, _ALERT_KEYS, message("alerts"))
            warn = alerts.warn_before
            every = alerts.overrun_every
            given = frozenset(k for k in _ALERT_KEYS if k in raw_alerts)
            if "warn_before" in raw_alerts:
                warn = check.minute_list(raw_alerts, "warn_before", message("alerts")) or warn
            if "overrun_every" in raw_alerts:
                every = check.length(raw_alerts, "overrun_every", message("alerts")) or every
            alerts = AlertDefaults(warn, every, given)

    raw_blocks = data.get("blocks")
    blocks: list[Block] = []
    if raw_blocks is None:
        check.error(getattr(data, "mark", None), message("no_blocks_key"))
    elif not isinstance(raw_blocks, list):
        check.error(check.value_mark(data, "blocks"),
                    message("blocks_not_list", got=_describe(raw_blocks)))
    elif not raw_blocks:
        check.error(check.value_mark(data, "blocks"), message("blocks_empty"))
    else:
        blocks = _check_blocks(check, raw_blocks, start)

    if start is None:
        first_at = next((b.at for b in blocks if b.at is not None), None)
        if blocks and blocks[0].at is not None:
            start = blocks[0].at
        elif first_at is not None:
            check.warn(getattr(data, "mark", None),
                       message("no_start"))
    if check.errors:
        raise AgendaError(check.errors)
    _slide_warnings(check, blocks, raw_blocks)
    return Agenda(
        title=title, blocks=tuple(blocks), date=date, start=start, language=language,
        notes=notes, alerts=alerts, warnings=tuple(check.warnings), source=source,
        slides_follow=slides_follow,
    )


def _check_blocks(check: _Checker, raw_blocks: list[Any], start: int | None) -> list[Block]:
    marks = getattr(raw_blocks, "item_marks", [None] * len(raw_blocks))
    # First pass: everything but lengths that follow from clock times.
    partial: list[dict[str, Any]] = []
    day = 1
    for number, (raw, mark) in enumerate(zip(raw_blocks, marks, strict=False), start=1):
        if not isinstance(raw, dict):
            check.error(mark, message("block_not_mapping", what=message("block", number=number),
                                      got=_describe(raw)))
            partial.append({})
            continue
        title = check.text(raw, "title", message("block", number=number), required=True)
        what = (message("block_titled", number=number, title=title) if title
                else message("block", number=number))
        check.unknown_keys(raw, _BLOCK_KEYS, what)
        day = _check_day(check, raw, what, day)
        info: dict[str, Any] = {"title": title, "what": what, "raw": raw, "day": day}
        if "minutes" in raw and "duration" in raw:
            check.error(check.key_mark(raw, "duration"),
                        message("minutes_and_duration", what=what))
        for key in ("minutes", "duration"):
            if key in raw:
                info["minutes"] = check.length(raw, key, what)
        for key in ("at", "until"):
            if raw.get(key) is not None:
                info[key] = check.clock(raw, key, what)
        kind = BlockKind.OTHER
        if raw.get("kind") is not None:
            try:
                kind = BlockKind(str(raw["kind"]).strip().lower())
            except ValueError:
                options = [k.value for k in BlockKind]
                hint = _close_match(str(raw["kind"]).lower(), options)
                check.error(check.value_mark(raw, "kind"),
                            message("bad_kind_hint" if hint else "bad_kind", what=what,
                                    options=", ".join(options), got=repr(raw["kind"]),
                                    **({"hint": hint[0]} if hint else {})))
        info["kind"] = kind
        slides = None
        if raw.get("slides") is not None:
            try:
                slides = _parse_slides(raw["slides"])
            except ValueError as exc:
                check.error(check.value_mark(raw, "slides"),
                            message("key_problem", what=what, key="slides", problem=reason(exc)))
        info["slides"] = slides
        info["cue"] = check.text(raw, "cue", what)
        info["notes"] = check.text(raw, "notes", what)
        info["steps"] = _check_steps(check, raw, what, slides)
        info["warn_before"] = (check.minute_list(raw, "warn_before", what) or None
                               if raw.get("warn_before") is not None else None)
        for key in ("min_minutes", "max_minutes"):
            info[key] = check.length(raw, key, what) if raw.get(key) is not None else None
        flexible = raw.get("flexible", False)
        if not isinstance(flexible, bool):
            check.error(check.value_mark(raw, "flexible"),
                        message("bad_flexible", what=what, got=_describe(flexible)))
            flexible = False
        info["flexible"] = flexible
        partial.append(info)

    # Second pass: lengths from clock times, and their order.
    blocks: list[Block] = []
    previous_end: int | None = start
    day = 1
    for index, info in enumerate(partial):
        if not info:
            continue
        raw, what = info["raw"], info["what"]
        if info["day"] != day:
            # A new day: its clock times start afresh; the night between is not planned.
            day, previous_end = info["day"], None
        at, until, minutes = info.get("at"), info.get("until"), info.get("minutes")
        if at is not None and previous_end is not None and at < previous_end:
            check.error(check.value_mark(raw, "at"),
                        message("starts_before_previous", what=what, at=format_clock(at),
                                end=format_clock(previous_end)))
        if until is not None:
            begin = at if at is not None else previous_end
            if begin is None:
                check.error(check.value_mark(raw, "until"),
                            message("until_needs_start", what=what))
            elif until <= begin:
                check.error(check.value_mark(raw, "until"),
                            message("ends_before_start", what=what, until=format_clock(until),
                                    begin=format_clock(begin)))
            elif minutes is not None and abs((until - begin) - minutes) > 0.01:
                check.error(check.value_mark(raw, "until"),
                            message("minutes_do_not_fit", what=what,
                                    minutes=format_minutes(minutes), begin=format_clock(begin),
                                    until=format_clock(until)))
            elif minutes is None and "minutes" not in raw and "duration" not in raw:
                minutes = float(until - begin)
        if minutes is None and raw.get("until") is not None:
            continue  # a bad or unusable `until`, already reported
        if minutes is None and "minutes" not in raw and "duration" not in raw and at is not None:
            following = next((p for p in partial[index + 1:] if p), None)
            if following is not None and following["day"] != day:
                check.error(check.value_mark(raw, "at"),
                            message("last_of_day_needs_end", what=what, day=day))
                continue
            next_at = following.get("at") if following else None
            if next_at is not None and next_at > at:
                minutes = float(next_at - at)
            elif following is None:
                check.error(check.value_mark(raw, "at"),
                            message("last_needs_end", what=what))
                continue
        if minutes is None and ("minutes" in raw or "duration" in raw):
            continue  # its error is already reported
        if minutes is None:
            minutes = 0.0
            check.warn(getattr(raw, "mark", None),
                       message("untimed", what=what))
        steps = info["steps"]
        if steps and minutes > 0:
            step_total = sum(s.minutes for s in steps)
            if abs(step_total - minutes) > 0.01:
                check.warn(check.value_mark(raw, "steps"),
                           message("steps_add_up", what=what, steps=format_minutes(step_total),
                                   minutes=format_minutes(minutes)))
        for key, bound in (("min_minutes", info["min_minutes"]),
                           ("max_minutes", info["max_minutes"])):
            if bound is None or minutes <= 0:
                continue
            if (key == "min_minutes" and bound > minutes) or (
                    key == "max_minutes" and bound < minutes):
                check.error(check.value_mark(raw, key),
                            message("bound_refuses", what=what, key=key,
                                    bound=format_minutes(bound), minutes=format_minutes(minutes)))
        begin = at if at is not None else previous_end
        if begin is not None:
            previous_end = int(round(begin + minutes))
        blocks.append(Block(
            title=info["title"], minutes=minutes, slides=info["slides"], kind=info["kind"],
            cue=info["cue"], notes=info["notes"], steps=steps,
            warn_before=info["warn_before"], min_minutes=info["min_minutes"],
            max_minutes=info["max_minutes"], flexible=info["flexible"], at=at, day=day,
        ))
    return blocks


def _check_day(check: _Checker, raw: Mapping[str, Any], what: str, previous: int) -> int:
    """A block's `day`: a whole number from 1, never before the previous block's; without
    one, the previous block's day."""
    if raw.get("day") is None:
        return previous
    value = raw["day"]
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_DAYS:
        check.error(check.value_mark(raw, "day"),
                    message("bad_day", what=what, got=_describe(value), max=_MAX_DAYS))
        return previous
    if value < previous:
        check.error(check.value_mark(raw, "day"),
                    message("day_goes_back", what=what, day=value, previous=previous))
        return previous
    return value


def _check_steps(check: _Checker, raw: Mapping[str, Any], what: str,
                 block_slides: SlideRange | None = None) -> tuple[Step, ...]:
    if raw.get("steps") is None:
        return ()
    raw_steps = raw["steps"]
    if not isinstance(raw_steps, list):
        check.error(check.value_mark(raw, "steps"),
                    message("steps_not_list", what=what, got=_describe(raw_steps)))
        return ()
    steps: list[Step] = []
    marks = getattr(raw_steps, "item_marks", [None] * len(raw_steps))
    for number, (item, mark) in enumerate(zip(raw_steps, marks, strict=False), start=1):
        step_what = message("step", what=what, number=number)
        if not isinstance(item, dict):
            check.error(mark, message("step_not_mapping", what=step_what, got=_describe(item)))
            continue
        check.unknown_keys(item, _STEP_KEYS, step_what)
        title = check.text(item, "title", step_what, required=True)
        minutes = None
        for key in ("minutes", "duration"):
            if key in item:
                minutes = check.length(item, key, step_what)
        if "minutes" not in item and "duration" not in item:
            check.error(getattr(item, "mark", mark),
                        message("missing_key", what=step_what, key="minutes"))
        slides = None
        if item.get("slides") is not None:
            try:
                slides = _parse_slides(item["slides"])
            except ValueError as exc:
                check.error(check.value_mark(item, "slides"),
                            message("key_problem", what=step_what, key="slides",
                                    problem=reason(exc)))
        if slides is not None and block_slides is not None \
                and not set(slides.slides) <= set(block_slides.slides):
            check.warn(check.value_mark(item, "slides"),
                       message("step_slides_outside", what=step_what, slides=str(slides),
                               block_slides=str(block_slides)))
        if title and minutes is not None:
            steps.append(Step(title, minutes, slides))
    return tuple(steps)


def _slide_warnings(check: _Checker, blocks: list[Block], raw_blocks: Any) -> None:
    marks = getattr(raw_blocks, "item_marks", [None] * len(blocks))
    previous: tuple[int, Block] | None = None
    for index, block in enumerate(blocks):
        if block.slides is None:
            continue
        if previous is not None:
            prev_index, prev = previous
            assert prev.slides is not None
            mark = marks[index] if index < len(marks) else None
            if block.slides.first <= prev.slides.last:
                check.warn(mark, message(
                    "slides_overlap", what=message("block_titled", number=index + 1,
                                                   title=block.title),
                    slides=str(block.slides),
                    other=message("block_titled", number=prev_index + 1, title=prev.title),
                    other_slides=str(prev.slides)))
            elif block.slides.first > prev.slides.last + 1:
                check.warn(mark, message(
                    "slides_gap", what=message("block_titled", number=index + 1,
                                               title=block.title),
                    first=prev.slides.last + 1, last=block.slides.first - 1))
        previous = (index, block)


def agenda_from_json(data: Mapping[str, Any], timing: Mapping[str, Any] | None = None,
                     source: str = "<journal>") -> Agenda:
    """Rebuild a programme from `Agenda.to_json` (and optionally `timing_json`) output."""
    mapping: dict[str, Any] = {"title": data["title"]}
    for key in ("date", "start", "language", "slides_follow"):
        if data.get(key) is not None:
            mapping[key] = data[key]
    timing = timing or {}
    if timing.get("notes"):
        mapping["notes"] = timing["notes"]
    if timing.get("alerts"):
        mapping["alerts"] = dict(timing["alerts"])
    extra_blocks = list(timing.get("blocks") or [])
    blocks = []
    for i, b in enumerate(data["blocks"]):
        block: dict[str, Any] = {"title": b["title"], "kind": b.get("kind", "other")}
        if b.get("minutes"):
            block["minutes"] = b["minutes"]
        for key in ("slides", "cue", "notes"):
            if b.get(key):
                block[key] = b[key]
        if b.get("steps"):
            block["steps"] = [dict(s) for s in b["steps"]]
        if i < len(extra_blocks):
            # `at` stays even though minutes are resolved: it is what keeps
            # a planned gap before the block.
            for key, value in extra_blocks[i].items():
                if value not in (None, False):
                    block[key] = value
        blocks.append(block)
    mapping["blocks"] = blocks
    return agenda_from_mapping(mapping, source=source)


def _close_match(word: str, choices: Sequence[str], cutoff: float = 0.6) -> list[str]:
    """The choice `word` was probably meant to be, if any (difflib, imported only for a typo)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
