"""Where a line's section ends and which timed lines are containers (a timed heading or
span that holds other blocks is a section, not a block), and how many timed siblings
follow a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lines import _LOOKAROUND, _Entry
from .words import _GENERIC_TITLE, _TOTAL_PHRASE, _WORD_LENGTHS


def _scope_ends(entries: Sequence[_Entry]) -> list[int]:
    """Where each line's section ends: a heading's at the next heading as high, a day's at
    the next day, any other line's at the next heading."""
    ends = [len(entries)] * len(entries)
    open_headings: list[int] = []
    others: list[int] = []
    for index, entry in enumerate(entries):
        if entry.role in ("heading", "day"):
            level = entry.level or 0 if entry.role == "heading" else -1
            while open_headings and (
                    level < 0 or (entries[open_headings[-1]].level or 0) >= level):
                ends[open_headings.pop()] = index
            for other in others:
                ends[other] = index
            others = []
            if entry.role == "heading":
                open_headings.append(index)
        else:
            others.append(index)
    return ends


def _find_containers(entries: Sequence[_Entry]) -> dict[int, int]:
    """Timed headings and spans that hold other blocks are sections, not blocks."""
    containers: dict[int, int] = {}
    ends = _scope_ends(entries)
    first = next((i for i, e in enumerate(entries) if e.role not in ("blank", "rule")), None)
    next_clock: list[int | None] = [None] * len(entries)
    following: int | None = None
    for index in range(len(entries) - 1, -1, -1):
        next_clock[index] = following
        if entries[index].at is not None:
            following = index
    for index, entry in enumerate(entries):
        if entry.role not in ("heading", "text", "clock") or not entry.timed or entry.prose:
            continue
        heading = entry.role == "heading"
        generic = _GENERIC_TITLE.match(entry.title) is not None
        span = entry.at is not None and entry.until is not None
        if not (heading or generic or span or index == first):
            continue
        end = ends[index]
        inside = (e for e in entries[index + 1:end] if e.role not in ("blank", "consumed"))
        if generic and any(e.timed for e in inside):
            containers[index] = end
            continue
        if index == first and entry.at is None and _is_title_total(entries, index, end):
            containers[index] = end if heading else len(entries)
            continue
        if heading:
            held = [e for e in entries[index + 1:end] if e.role not in ("blank", "consumed")]
            if any(e.role == "row" or e.at is not None for e in held):
                containers[index] = end
                continue
            deeper = [e for e in held
                      if e.role == "heading" and e.timed and (e.level or 0) > (entry.level or 0)]
            if deeper and not _has_timed_sibling(entries, index) \
                    and (entry.minutes or 0) >= 0.9 * sum(e.minutes or 0 for e in deeper):
                containers[index] = end
                continue
        if span:
            assert entry.at is not None and entry.until is not None
            j = next_clock[index]
            if j is not None and j < end and entry.at <= (entries[j].at or 0) < entry.until:
                while j is not None and j < end and (entries[j].at or 0) < entry.until:
                    j = next_clock[j]
                containers[index] = j if j is not None and j < end else end
    return containers


def _is_title_total(entries: Sequence[_Entry], index: int, end: int) -> bool:
    """Is the document's first line, having a length, its title with the total of what follows?"""
    entry = entries[index]
    scope = [e for e in (entries[index + 1:end] if entry.role == "heading" else entries[index + 1:])
             if e.timed and e.role not in ("total", "day", "consumed")]
    if len(scope) < 2 or not entry.minutes:
        return False
    shallowest = min(e.indent for e in scope)
    items = [e.minutes or 0 for e in scope if e.indent == shallowest]
    held = sum(items)
    below = entry.role == "heading" or all(
        e.role == "list" or e.indent > entry.indent for e in scope)
    if abs(entry.minutes - held) <= 0.1 * entry.minutes or (below and entry.minutes >= held):
        return True
    # "Workshop (2 timer)" over items that add up to 1 hour 45: a whole stated in hours,
    # longer than any item, is the programme's length even when the items miss it (the
    # report warns that they do).
    text = entry.text
    for pattern, words in _WORD_LENGTHS:
        text = pattern.sub(words, text)
    return _TOTAL_PHRASE.search(text) is not None and entry.minutes >= 60 \
        and entry.minutes > max(items) and 0.5 * entry.minutes <= held <= 1.5 * entry.minutes


def _has_timed_sibling(entries: Sequence[_Entry], index: int) -> bool:
    level = entries[index].level or 0
    for direction in (-1, 1):
        j = index + direction
        while 0 <= j < len(entries) and abs(j - index) <= _LOOKAROUND:
            other = entries[j]
            if other.role == "day" or (other.role == "heading" and (other.level or 0) < level):
                break
            if other.role == "heading" and other.level == level and other.timed:
                return True
            j += direction
    return False


def _timed_siblings_after(entries: Sequence[_Entry], index: int, containers: dict[int, int]
                          ) -> int:
    """How many timed headings (or list items) follow at the same level, before its parent ends."""
    entry = entries[index]
    count = 0
    for j in range(index + 1, min(len(entries), index + 1 + _LOOKAROUND)):
        other = entries[j]
        if other.role == "day" or count >= 2:
            break
        if entry.role == "heading":
            if other.role == "heading" and (other.level or 0) < (entry.level or 0):
                break
            if other.role == "heading" and other.level == entry.level and other.timed \
                    and j not in containers:
                count += 1
        elif entry.role == "list":
            if other.role in ("heading", "row") or other.at is not None:
                break
            if other.role in ("list", "text") and other.indent < entry.indent:
                break
            if other.role == "list" and other.indent == entry.indent and other.timed:
                count += 1
    return count


def _find_proposals(entries: Sequence[_Entry]) -> dict[int, tuple[int, int]]:
    """A line that states the whole length over a list with no lengths ("Forslag til program
    på 1 1/2 time" and five bullets): the line is a total to share out, the list its items.

    Returns, for each such line, where its list begins and ends. The list is the run of list
    items right after it (blank lines allowed), or of short untimed lines; or, for a total
    line ("Totalt: 1 time"), the list right before it. At least two items at the list's
    shallowest indent have no length, and none has a clock time.
    """
    proposals: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(entries):
        entry = entries[index]
        states_total = entry.minutes is not None and entry.at is None and not entry.prose \
            and entry.role in ("heading", "text", "total")
        if not states_total:
            index += 1
            continue
        run = _item_run(entries, index + 1, 1)
        if _is_item_list(entries, run):
            proposals[index] = (run[0], run[-1] + 1)
            index = run[-1] + 1
            continue
        before = _item_run(entries, index - 1, -1) if entry.role == "total" else []
        taken = {i for first, end in proposals.values() for i in range(first, end)}
        if _is_item_list(entries, before) and not taken & set(before):
            proposals[index] = (before[-1], before[0] + 1)
        index += 1
    # Only where nothing else is timed: lengths or clock times elsewhere say the text is
    # timed item by item, and an untimed line among them is untimed on purpose.
    inside = {i for header, (first, end) in proposals.items()
              for i in (header, *range(first, end))}
    if any(e.timed and i not in inside and e.role not in ("consumed", "total", "day", "end")
           for i, e in enumerate(entries)):
        return {}
    return proposals


def _item_run(entries: Sequence[_Entry], j: int, step: int) -> list[int]:
    """The list items (or short untimed lines) from `j` on, forwards or backwards."""
    run: list[int] = []
    kind: str | None = None
    while 0 <= j < len(entries):
        other = entries[j]
        if other.role == "consumed" and not run:  # "Duration: 90 minutes" under the title
            j += step
            continue
        if other.role == "blank":
            if kind == "text":
                break
            j += step
            continue
        if other.role in ("list", "text") and other.at is None and not other.prose \
                and other.title and len(other.title) <= 120 and kind in (None, other.role):
            kind = other.role
            run.append(j)
            j += step
            continue
        break
    return run


def _is_item_list(entries: Sequence[_Entry], run: Sequence[int]) -> bool:
    if not run:
        return False
    shallowest = min(entries[k].indent for k in run)
    top = [entries[k] for k in run if entries[k].indent == shallowest]
    untimed = sum(1 for e in top if e.minutes is None)
    if all(entries[k].role == "list" for k in run):
        return untimed >= 2
    return untimed >= 3 and all(len(e.title) <= 60 and not e.text.rstrip().endswith(".")
                                for e in top)
