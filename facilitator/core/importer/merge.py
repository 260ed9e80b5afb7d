"""Joining what belongs together across lines, before any block is made: an
underlined heading, a clock time and the title on the line after it, a length or slides
line and the title it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..messages import Message, message
from .lines import _LOOKAROUND, _Entry
from .pieces import _clean_title


def _next_filled(entries: Sequence[_Entry], index: int) -> int | None:
    for j in range(index + 1, len(entries)):
        if entries[j].role not in ("blank", "consumed"):
            return j
    return None


def _merge(entries: list[_Entry]) -> None:
    """Join what belongs together across lines: a clock and its title, a title and its length."""
    for index in range(1, len(entries)):
        entry, previous = entries[index], entries[index - 1]
        if entry.role == "rule" and entry.text[:1] in "=-" and previous.role == "text" \
                and not previous.prose and previous.title and "|" not in entry.text:
            previous.role, previous.level = "heading", 1 if entry.text[0] == "=" else 2
            previous.shape = message("shape_underlined_heading")
            entry.role = "blank"
    for index, entry in enumerate(entries):
        if entry.at is not None and not entry.title and entry.role in ("clock", "text", "list"):
            _take_title(entries, index)
    seen_timed = False
    for index, entry in enumerate(entries):
        if entry.role == "length":
            _place_length(entries, index, seen_timed)
        seen_timed = seen_timed or entry.role == "consumed" or (
            entry.timed and entry.role not in ("day", "total", "length"))
    for index, entry in enumerate(entries):
        if entry.role == "slides":
            _place_slides(entries, index)


def _take_title(entries: list[_Entry], index: int) -> None:
    clock = entries[index]
    j = _next_filled(entries, index)
    candidate = entries[j] if j is not None else None
    if candidate is not None and candidate.role in ("text", "heading", "list") \
            and candidate.at is None and not candidate.prose and candidate.title:
        clock.title = candidate.title
        clock.description = candidate.description
        clock.steps = list(candidate.steps)
        if clock.slides is None:
            clock.slides = candidate.slides
        if clock.minutes is None and clock.until is None:
            clock.minutes, clock.low = candidate.minutes, candidate.low
        elif candidate.minutes is not None:
            clock.length_text = candidate.length_text
            clock.low = candidate.low
            if clock.until is None:
                clock.minutes = candidate.minutes
        # The trace names the clock's shape without its "with ...": a list item's
        # clock time is "the list item".
        listed = isinstance(clock.shape, Message) \
            and clock.shape.code == "shape_list_item_with_clock"
        named = message("shape_list_item") if listed else clock.shape
        clock.shape = message("shape_with_title_below" if candidate.role != "list"
                              else "shape_with_first_bullet", shape=clock.shape)
        clock.role = "clock"
        candidate.role = "consumed"
        candidate.report = message("trace_title_of", shape=named, line=clock.line)
    else:
        clock.title = _clean_title(clock.text)
        clock.untitled = True
        clock.role = "clock"


def _place_length(entries: list[_Entry], index: int, seen_timed: bool) -> None:
    entry = entries[index]
    k = index - 1
    while k >= max(0, index - _LOOKAROUND):
        previous = entries[k]
        if previous.role in ("blank", "slides", "consumed", "rule"):
            k -= 1
        elif previous.role == "list" and not previous.timed and previous.indent >= entry.indent:
            k -= 1
        else:
            break
    target = entries[k] if k >= max(0, index - _LOOKAROUND) else None
    if target is not None and target.titled and target.title:
        if target.minutes is None and target.until is None:
            target.minutes, target.low = entry.minutes, entry.low
            target.length_text = entry.length_text
            entry.role = "consumed"
            entry.report = message("trace_length_of_line", title=target.title, line=target.line)
        elif target.minutes is not None and abs(target.minutes - (entry.minutes or 0)) < 0.01:
            entry.role = "consumed"
            entry.report = message("trace_length_of_line_again", title=target.title,
                                   line=target.line)
        return
    if not seen_timed:
        entry.role = "total"
        entry.shape = message("shape_stated_length_of_whole")


def _place_slides(entries: list[_Entry], index: int) -> None:
    entry = entries[index]
    previous = None
    for k in range(index - 1, max(-1, index - _LOOKAROUND), -1):
        if entries[k].role in ("blank", "consumed", "length"):
            continue
        if entries[k].titled:
            previous = entries[k]
        break
    j = _next_filled(entries, index)
    following = entries[j] if j is not None else None
    if previous is not None and previous.slides is None:
        target = previous
    elif following is not None and following.titled and following.slides is None:
        target = following
    else:
        return
    target.slides = entry.slides
    entry.role = "consumed"
    entry.report = message("trace_slides_of_line",
                           title=target.title or message("trace_the_next_line"), line=target.line)
