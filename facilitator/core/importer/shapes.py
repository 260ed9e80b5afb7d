"""Recognising a line's shape: one small function per shape (a blank line, a rule, a
table header or row, a day heading, a stated total, a length or slides line, a Markdown
heading, a list item, a clock line, a bold title, plain text), tried in order by
`_recognise`.

A new shape of programme is a new function here, added to `_RECOGNISERS`; `_fill` reads
a line's clock, length, slides and title into its entry with the pieces module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..messages import message
from .lines import _Entry, _Line, _tab_cells
from .pieces import (
    _clean_title,
    _find_date,
    _find_length,
    _good_minutes,
    _leading_clock,
    _length_of,
    _plain,
    _prose_steps,
    _short_step_title,
    _slides_value,
    _take_slides,
    _trailing_clock,
)
from .words import (
    _BOLD_START,
    _DAY,
    _END_STATEMENT,
    _HEADER_WORDS,
    _LEN_AFTER_TITLE,
    _LEN_LABELLED,
    _LEN_WHOLE,
    _LIST_MARK,
    _MD_HEADING,
    _RULE,
    _SLIDES,
    _TAIL,
    _TOTAL_LINE,
    _WORD_LENGTHS,
)


@dataclass
class _Context:
    """What recognisers share across lines: whether tabs make a table, and its header."""

    tab_table: bool
    columns: list[str] | None = None
    column_names: list[str] | None = None


_Recogniser = Callable[[_Line, _Context], "_Entry | None"]


def _unwrap(text: str) -> str:
    """A line without its heading marks, list mark and surrounding bold."""
    text = re.sub(r"^#{1,6}\s+", "", text)
    text = _LIST_MARK.sub("", text, count=1)
    if text.startswith("**") and text.endswith("**") and text.count("**") == 2:
        text = text[2:-2]
    return text.strip().rstrip(":").strip()


def _fill(entry: _Entry, text: str, *, heading: bool) -> _Entry:
    """Read clock, length, slides and title from a line's text into its entry."""
    body = text.strip()
    probe = re.sub(r"^\*\*([^*]+)\*\*", r"\1", body) if re.match(r"\*\*\s*(?:\d|kl)", body,
                                                              re.IGNORECASE) else body
    clock = _leading_clock(probe)
    if clock is not None:
        body = probe[clock.end:]
        body = re.sub(r"^[\s:.\-–—|,)]+", "", body)
        body = _LIST_MARK.sub("", body, count=1)  # "10:00  1. Welcome"
        body = re.sub(r"^[\s:.\-–—|,)]+", "", body)
    else:
        clock = _trailing_clock(body)
        if clock is not None:
            before = body[:clock.start].rstrip()
            if before.endswith(("(", "[")):
                before = before[:-1]
            body = before.rstrip(" \t-–—:|,")
            # "Temadag fra 9.30 til 16.00": the word that led to the span goes with it.
            body = re.sub(r"(?:\s+(?:fra|from|från|frå|between|mellem|mellom|mellan|kl\.?"
                          r"|klokken|klockan|at|,))+$", "", body, flags=re.IGNORECASE)
    if clock is not None:
        entry.at, entry.until, entry.explicit_clock = clock.at, clock.until, clock.explicit
    for pattern, words in _WORD_LENGTHS:
        body = pattern.sub(words, body)

    bold = _BOLD_START.match(body)
    if bold and bold.group("rest").strip() and not _LEN_WHOLE.match(bold.group("rest").strip()):
        head, rest = bold.group("head"), bold.group("rest")
        hit = _find_length(head)
        after = _LEN_AFTER_TITLE.match(rest)
        labelled = _LEN_LABELLED.search(rest)
        if hit is None and after and (value := _length_of(after)):
            entry.minutes, entry.low = value
            entry.length_text = after.group().strip(" -–—:,.;()[]")
            rest = rest[after.end():]
        elif hit is None and labelled and (value := _length_of(labelled)):
            entry.minutes, entry.low = value
            entry.length_text = labelled.group()
            rest = rest[:labelled.start()] + " " + rest[labelled.end():]
        elif hit is not None:
            entry.minutes, entry.low = hit.minutes, hit.low
            entry.length_text = head[hit.start:hit.end].strip()
            head = head[:hit.start] + " " + head[hit.end:]
        entry.slides, head = _take_slides(head)
        entry.title = _clean_title(head)
        rest = rest.strip()
        if rest:
            entry.description = rest
            entry.steps = _prose_steps(rest)
        return entry

    hit = _find_length(body)
    if hit is not None and not heading and (
            hit.count >= 2 or (hit.where in ("inside", "bracketed inside") and len(body) > 60)):
        entry.prose = True
        entry.description = body
        entry.steps = _prose_steps(body)
        return entry
    entry.slides, body = _take_slides(body)
    hit = _find_length(body)
    if hit is not None:
        entry.minutes, entry.low = hit.minutes, hit.low
        entry.length_text = body[hit.start:hit.end].strip(" -–—:,.;()[]")
        if hit.where != "inside":
            body = body[:hit.start] + " " + body[hit.end:]
    entry.title = _clean_title(body)
    return entry


def _blank_line(line: _Line, context: _Context) -> _Entry | None:
    if line.text.strip(" \t*_#>") == "" and "**" not in line.text.replace("****", ""):
        return _Entry(line.number, message("shape_blank_line"), "blank")
    return None


def _rule_line(line: _Line, context: _Context) -> _Entry | None:
    if _RULE.match(line.text):
        return _Entry(line.number, message("shape_rule"), "rule", text=line.text)
    return None


def _header_cells(line: _Line, context: _Context) -> list[str]:
    if context.tab_table and "\t" in line.raw.strip():
        return [c for c in _tab_cells(line.raw) if c]
    if line.text.startswith("|") or line.text.count("|") >= 2:
        return [c.strip() for c in line.text.strip("|").split("|") if c.strip()]
    return line.text.split()


def _column_role(cell: str) -> str | None:
    words = [w for w in re.split(r"[\s/&,]+", _clean_title(cell).lower()) if w]
    if not words or len(words) > 3:
        return None
    for role, vocabulary in _HEADER_WORDS.items():
        if all(w in vocabulary or w in ("og", "and", "och") for w in words):
            return role
    if all(any(w in v for v in _HEADER_WORDS.values()) for w in words):
        return "notes"
    return None


def _table_header(line: _Line, context: _Context) -> _Entry | None:
    cells = _header_cells(line, context)
    if len(cells) < 2 or len(line.text) > 120:
        return None
    roles = [_column_role(cell) for cell in cells]
    if any(role is None for role in roles):
        return None
    table = "\t" in line.raw or "|" in line.text
    context.columns = [r for r in roles if r] if table else None
    context.column_names = [_clean_title(c) for c in cells] if table else None
    return _Entry(line.number, message("shape_table_header"), "header", text=line.text)


def _read_cell(entry: _Entry, cell: str, role: str | None, name: str = "") -> None:
    plain = _clean_title(cell)
    if role == "notes":
        entry.cells_notes.append(f"{name}: {_plain(cell)}" if name else _plain(cell))
        return
    slides = _SLIDES.fullmatch(plain) or (
        re.fullmatch(r"(?P<first>\d{1,4})(?:\s*[-–]\s*(?P<last>\d{1,4}))?(?P<more>)", plain)
        if role == "slides" else None)
    if slides and entry.slides is None and (value := _slides_value(slides)) is not None:
        entry.slides = value
        return
    clock = _leading_clock(plain)
    if clock is not None and _TAIL.fullmatch(plain, clock.end) and entry.at is None:
        entry.at, entry.until, entry.explicit_clock = clock.at, clock.until, clock.explicit
        return
    if entry.minutes is None:
        whole = _LEN_WHOLE.match(plain)
        bare = re.fullmatch(r"\d{1,4}", plain) if role == "length" else None
        length = _length_of(whole) if whole else ((float(plain), None) if bare else None)
        if length and _good_minutes(length[0]):
            entry.minutes, entry.low = length
            entry.length_text = plain
            return
    if not entry.title and role in (None, "title", "clock", "length"):
        sub = _fill(_Entry(entry.line, entry.shape, "row"), cell, heading=True)
        if sub.title or sub.description:
            entry.title = sub.title
            if entry.minutes is None:
                entry.minutes, entry.low, entry.length_text = sub.minutes, sub.low, sub.length_text
            if entry.at is None and sub.at is not None:
                entry.at, entry.until, entry.explicit_clock = sub.at, sub.until, sub.explicit_clock
            if entry.slides is None:
                entry.slides = sub.slides
            if sub.description:
                entry.description = (entry.description + " " + sub.description).strip()
                entry.steps.extend(sub.steps)
            if not entry.title and entry.description:
                entry.title, entry.description = _title_from_prose(entry.description)
            return
    entry.description = (entry.description + "  " + cell).strip()
    entry.steps.extend(_prose_steps(cell))


def _title_from_prose(text: str) -> tuple[str, str]:
    bold = _BOLD_START.match(text)
    if bold:
        return _clean_title(bold.group("head")), bold.group("rest").strip()
    sentence = re.match(r"(.{3,80}?[.!?:])(?:\s|$)", text)
    if sentence:
        return _clean_title(sentence.group(1)), text[sentence.end():].strip()
    return _short_step_title(text), text


def _table_row(line: _Line, context: _Context) -> _Entry | None:
    stripped = line.raw.strip()
    if context.tab_table and "\t" in line.raw and not _LIST_MARK.match(stripped):
        cells = _tab_cells(line.raw)
        shape = message("shape_tab_guide_row")
    elif line.text.startswith("|") or (line.text.count("|") >= 2 and "||" not in line.text):
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        shape = message("shape_table_row")
    else:
        return None
    if not any(cells):
        return _Entry(line.number, shape, "blank")
    entry = _Entry(line.number, shape, "row", text=line.text)
    columns = context.columns if context.columns and len(context.columns) == len(
        [c for c in cells if c] if shape == "table row" else cells) else None
    names = context.column_names if columns else None
    for index, cell in enumerate(cells):
        if cell:
            _read_cell(entry, cell, columns[index] if columns else None,
                       names[index] if names and index < len(names) else "")
    if not entry.title:
        if entry.description:
            entry.title, entry.description = _title_from_prose(entry.description)
        elif entry.cells_notes:
            entry.title = _clean_title(entry.cells_notes.pop(0))
    return entry


def _day_heading(line: _Line, context: _Context) -> _Entry | None:
    if _LIST_MARK.match(line.text) and not re.match(r"\d{1,2}\.\s", line.text):
        return None
    text = _unwrap(line.text)
    if not text or len(text) > 80 or _find_length(text) or _leading_clock(text):
        return None
    date = _find_date(text)
    named = _DAY.match(text)
    covers = date is not None and (date[2] - date[1]) >= 0.6 * len(text.strip(" ,.-–:"))
    if not named and not covers:
        return None
    span = _trailing_clock(text)
    label = text[:span.start] if span else text
    entry = _Entry(line.number, message("shape_day_heading"), "day", text=line.text,
                   title=_clean_title(label.rstrip(" (-–—,")) or _clean_title(text))
    entry.date = date[0] if date else None
    if span is not None:
        entry.at, entry.until = span.at, span.until
    return entry


_META = re.compile(r"^(?:tid|tidspunkt|dato|date|datum|when|hvornår|när|når|time|dag|day)"
                   r"\s*:\s*(?P<value>.+)$", re.IGNORECASE)


def _date_and_time_line(line: _Line, context: _Context) -> _Entry | None:
    """"Tid: onsdag 9. oktober 2024 kl. 9.00-15.30": when the whole programme is."""
    match = _META.match(line.text.replace("**", "").strip())
    if not match:
        return None
    value = match.group("value").strip()
    date = _find_date(value)
    span = _trailing_clock(value) or _leading_clock(value)
    if date is None and (span is None or span.until is None):
        return None
    entry = _Entry(line.number, message("shape_date_and_time_line"), "day", text=line.text,
                   title=_clean_title(value))
    entry.date = date[0] if date else None
    if span is not None:
        entry.at, entry.until = span.at, span.until
    return entry


def _stated_end(line: _Line, context: _Context) -> _Entry | None:
    """"Slut kl. 15", "Dagen slutter kl. 15.00", "Ends at 3 pm": when the day ends, so a
    last item given only its start runs to it."""
    text = _unwrap(line.text.replace("**", ""))
    words = _END_STATEMENT.match(text)
    if not words or words.end() == 0:
        return None
    rest = text[words.end():]
    probe = rest if _leading_clock(rest) else "kl. " + rest  # "Slut 15": an hour alone
    clock = _leading_clock(probe)
    if clock is None or clock.until is not None or not _TAIL.fullmatch(probe, clock.end):
        return None
    return _Entry(line.number, message("shape_stated_end"), "end", text=line.text, until=clock.at,
                  explicit_clock=clock.explicit)


def _stated_total(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    for pattern, words in _WORD_LENGTHS:
        text = pattern.sub(words, text)
    match = _TOTAL_LINE.match(text)
    if not match:
        return None
    if match.group("hh"):
        minutes: float | None = int(match.group("hh")) * 60 + int(match.group("mm"))
    else:
        value = _length_of(match)
        minutes = value[0] if value else None
    if not _good_minutes(minutes):
        return None
    return _Entry(line.number, message("shape_stated_total"), "total", text=line.text,
                  minutes=minutes, length_text=text)


def _length_line(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    for pattern, words in _WORD_LENGTHS:
        text = pattern.sub(words, text)
    match = _LEN_WHOLE.match(text)
    if not match or not (value := _length_of(match)):
        return None
    return _Entry(line.number, message("shape_length_line"), "length", text=line.text,
                  indent=line.indent, minutes=value[0], low=value[1], length_text=text)


def _slides_line(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    match = _SLIDES.fullmatch(text.rstrip("."))
    if not match or (value := _slides_value(match)) is None:
        return None
    return _Entry(line.number, message("shape_slides_line"), "slides", text=line.text,
                  indent=line.indent, slides=value)


def _markdown_heading(line: _Line, context: _Context) -> _Entry | None:
    match = _MD_HEADING.match(line.text)
    if not match:
        return None
    if not (match.group(2) or "").strip():
        return _Entry(line.number, message("shape_empty_heading"), "rule", text=line.text)
    entry = _Entry(line.number, message("shape_markdown_heading"), "heading", text=line.text,
                   level=len(match.group(1)), indent=line.indent)
    return _fill(entry, match.group(2), heading=True)


def _list_item(line: _Line, context: _Context) -> _Entry | None:
    match = _LIST_MARK.match(line.text)
    if not match:
        return None
    entry = _Entry(line.number, message("shape_list_item"), "list", text=line.text,
                   indent=line.indent)
    entry = _fill(entry, line.text[match.end():], heading=False)
    if entry.at is not None:
        entry.shape = message("shape_list_item_with_clock")
    return entry


def _clock_line(line: _Line, context: _Context) -> _Entry | None:
    probe = re.sub(r"^\*\*([^*]+)\*\*", r"\1", line.text)
    if _leading_clock(probe) is None:
        return None
    entry = _fill(_Entry(line.number, message("shape_clock_line"), "clock", text=line.text,
                         indent=line.indent), line.text, heading=True)
    if entry.at is None:
        return None
    if entry.until is not None:
        entry.shape = message("shape_clock_range")
    elif entry.minutes is not None:
        entry.shape = message("shape_time_and_length")
    else:
        entry.shape = message("shape_start_time")
    return entry


def _bold_heading(line: _Line, context: _Context) -> _Entry | None:
    if not _BOLD_START.match(line.text):
        return None
    entry = _Entry(line.number, message("shape_bold_title"), "heading", text=line.text, level=7,
                   indent=line.indent)
    return _fill(entry, line.text, heading=True)


def _text_line(line: _Line, context: _Context) -> _Entry | None:
    entry = _Entry(line.number, message("shape_text_line"), "text", text=line.text,
                   indent=line.indent)
    entry = _fill(entry, line.text, heading=False)
    if entry.at is not None:
        entry.role = "clock"
        entry.shape = message("shape_clock_range_after_title") if entry.until is not None \
            else message("shape_start_time")
    elif entry.prose:
        entry.shape = message("shape_description")
    elif entry.minutes is not None:
        entry.shape = message("shape_line_with_length")
    return entry


# Tried in order; the first that recognises a line wins. A new shape of programme is a
# new function here, not a new branch in the builder.
_RECOGNISERS: tuple[_Recogniser, ...] = (
    _blank_line,
    _rule_line,
    _table_header,
    _table_row,
    _stated_end,
    _day_heading,
    _date_and_time_line,
    _stated_total,
    _length_line,
    _slides_line,
    _markdown_heading,
    _list_item,
    _clock_line,
    _bold_heading,
    _text_line,
)


def _recognise(line: _Line, context: _Context) -> _Entry:
    for recogniser in _RECOGNISERS:
        entry = recogniser(line, context)
        if entry is not None:
            if entry.role not in ("row", "blank", "header", "rule"):
                context.columns = None
            return entry
    return _Entry(line.number, message("shape_text_line"), "text", text=line.text)
