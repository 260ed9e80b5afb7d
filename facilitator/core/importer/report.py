"""Reporting: turning the scheduled plan into the programme mapping (title, language,
days, notes, blocks), validating it as an agenda, and writing the trace of what each
line became and the warnings that point at the lines not understood.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any

from ..agenda import Agenda, AgendaError, Block, Diagnostic
from ..agenda_check import agenda_from_mapping
from ..durations import format_clock, format_minutes
from ..messages import Message, message
from .lines import _Entry
from .pieces import _clean_title, _good_minutes, _guess_kind, _plain, _take_slides
from .plan import _Draft, _Note, _Plan
from .propose import _propose
from .result import ImportResult, ProgrammeImportError, Proposal
from .schedule import _schedule
from .words import _ENGLISH, _NORDIC


def _round(minutes: float) -> int | float:
    return format_minutes(minutes)


def _language(texts: Iterable[str]) -> str | None:
    """"en" or "da" by the words the text uses more of; None when they do not tell."""
    joined = " ".join(texts)
    english, nordic = len(_ENGLISH.findall(joined)), len(_NORDIC.findall(joined))
    return "en" if english > nordic else "da" if nordic > english else None


#: The organiser at the head of a contact footer: "PLO Efteruddannelse - Kristianiagade 12 - …".
_ORGANISER = re.compile(r"^(?P<name>[^\d@:|]{3,60}?)\s+[-–—|,]\s+\S")


def _organiser(footer: Sequence[_Note]) -> str:
    """Who the programme is from, named at the head of its contact footer, if it is."""
    for note in footer:
        match = _ORGANISER.match(note.text)
        if match and _CONTACT.search(note.text[match.end():]):
            return _clean_title(match.group("name"))
    return ""


def _choose_title(plan: _Plan, source: str, title: str | None, language: str | None,
                  footer: Sequence[_Note] = ()) -> tuple[str, _Entry | None]:
    chosen: _Entry | None = plan.preferred_title
    headings = [(e, g) for e, g in plan.title_candidates if e.role in ("heading", "clock")
                or e.level]
    for entry, generic in headings if chosen is None else ():
        if not generic and entry.title:
            chosen = entry
            break
    if chosen is None and headings and headings[0][0].title:
        chosen = headings[0][0]
    if chosen is None:
        texts = [e for e, _g in plan.title_candidates if e.role == "text" and e.title]
        first = texts[0] if texts else None
        if first is not None and len(first.title) <= 80 and first is plan.title_candidates[0][0]:
            chosen = first
    if title is not None and title.strip():
        return _clean_title(title) or title.strip(), chosen
    if chosen is not None:
        return chosen.title, chosen
    # A text that names no title of its own but its organiser, in the footer, is titled
    # after the organiser; else after its file (a pasted text has no file name).
    organiser = _organiser(footer)
    if organiser:
        return organiser, None
    path = PurePath(source) if source and not source.startswith("<") else None
    stem = path.stem if path is not None and path.suffix else ""
    stem = re.sub(r"[-_]+", " ", stem).strip()
    if stem and stem != "-":
        return stem[:1].upper() + stem[1:], None
    return ("Programme" if language == "en" else "Program"), None


#: A step's own slide at the end of its title: "sæt gang i gruppearbejde (slide 13)".
_STEP_SLIDES = re.compile(r"\(\s*(?:slides?|dias)\b[^()]*\)\s*$", re.IGNORECASE)


def _step_mapping(title: str, minutes: float) -> dict[str, Any]:
    """A step as written: a slide named in brackets at the end of its title becomes its
    `slides` (the slide that moves the meeting on to it), the title keeps the words."""
    step: dict[str, Any] = {"title": title, "minutes": minutes}
    found = _STEP_SLIDES.search(title)
    if found:
        slides, rest = _take_slides(found.group())
        words = title[:found.start()].strip()
        if slides is not None and not rest.strip("()[] ") and words:
            step["title"] = words
            step["slides"] = slides
    return step


def _draft_mapping(block: _Draft, language: str | None, number: int) -> dict[str, Any]:
    title = block.title or (f"Item {number}" if language == "en" else f"Punkt {number}")
    mapping: dict[str, Any] = {"title": title}
    if block.at is not None:
        mapping["at"] = format_clock(block.at)
        if block.until is not None and block.minutes is not None \
                and abs(block.until - block.at - block.minutes) < 0.01:
            mapping["until"] = format_clock(block.until)
    if block.minutes is not None and "until" not in mapping:
        mapping["minutes"] = _round(block.minutes)
    if block.low is not None and block.minutes is not None and block.low < block.minutes:
        mapping["min_minutes"] = _round(block.low)
    if block.slides is not None:
        mapping["slides"] = block.slides
    notes_text = " ".join(n.text for n in block.notes)
    mapping["kind"] = "other" if block.divider else _guess_kind(title, notes_text)
    notes = [n.text for n in block.notes if n.text]
    if block.clock_note:
        notes.insert(0, block.clock_note)
    if notes:
        mapping["notes"] = "\n".join(notes)
    steps = [_step_mapping(t or f"Step {i}", _round(m))
             for i, (t, m, _line) in enumerate(block.steps, start=1) if _good_minutes(m)]
    if steps:
        mapping["steps"] = steps
    return mapping


def _number_days(blocks: Sequence[_Draft], written: list[dict[str, Any]]) -> None:
    """`day: N` on the first block of each later day, so each day keeps its clock times."""
    first = blocks[0].day if blocks else 0
    previous = first
    for block, mapping in zip(blocks, written, strict=True):
        if block.day != previous:
            mapping["day"] = block.day - first + 1
            previous = block.day


def _add_days(plan: _Plan) -> None:
    if len({b.day for b in plan.blocks}) < 2:
        return
    headings = {day.day: day for day in plan.days}
    blocks: list[_Draft] = []
    for block in plan.blocks:
        day = headings.pop(block.day, None)
        if day is not None:
            blocks.append(_Draft(entry=day, index=block.index, day=block.day, title=day.title,
                                 minutes=None, low=None, at=None, until=None, slides=None,
                                 divider=True))
        blocks.append(block)
    plan.blocks[:] = blocks


def _check_totals(plan: _Plan, offsets: dict[int, tuple[float, float]]) -> None:
    """Compare each stated length with the planned time of the blocks it covers."""
    positions = [b.index for b in plan.blocks]  # in document order
    for section in plan.sections:
        if section.minutes is None:
            continue
        first = bisect.bisect_left(positions, section.start)
        last = bisect.bisect_left(positions, section.end)
        by_day: dict[int, list[_Draft]] = {}
        for block in plan.blocks[first:last]:
            if not block.divider:
                by_day.setdefault(block.day, []).append(block)
        if not by_day:
            continue
        # Each day counts from its first block to its last; the nights between do not.
        planned = sum(offsets[id(day[-1])][1] - offsets[id(day[0])][0]
                      for day in by_day.values())
        stated = section.minutes
        written = section.length_text.strip() if section.length_text else ""
        if abs(planned - stated) > 0.5:
            plan.warn(section.line, message(
                "import_stated_length_written" if written else "import_stated_length",
                stated=format_minutes(stated), planned=format_minutes(planned),
                **({"written": written} if written else {})))
        else:
            plan.recognised.append((section.line, message(
                "trace_stated_length_written_fits" if written else "trace_stated_length_fits",
                stated=format_minutes(stated), **({"written": written} if written else {}))))


def _offsets(blocks: Sequence[_Draft], start: int | None) -> dict[int, tuple[float, float]]:
    result: dict[int, tuple[float, float]] = {}
    cursor = 0.0
    day = None
    origin = start
    for block in blocks:
        if block.day != day:
            if day is not None:
                origin = None  # a later day's clock begins at its first clock time
            day, cursor = block.day, 0.0
        if block.at is not None and origin is None and day != blocks[0].day:
            origin = int(round(block.at - cursor))
        if block.at is not None and origin is not None:
            cursor = max(cursor, float(block.at - origin))
        result[id(block)] = (cursor, cursor + (block.minutes or 0))
        cursor += block.minutes or 0
    return result


def _report_block(number: int, block: _Draft, written: Block) -> Message:
    if block.divider:
        return message("trace_day_block", number=number, title=written.title)
    slides = written.slides
    return message(
        "trace_block", number=number, title=written.title,
        at=message("trace_at", clock=format_clock(written.at)) if written.at is not None else "",
        length=message("trace_minutes", minutes=format_minutes(written.minutes))
        if written.minutes else message("trace_untimed"),
        slides="" if slides is None else message(
            "trace_slides" if len(slides.slides) > 1 else "trace_slide", slides=str(slides)),
        steps=message("trace_steps", n=len(written.steps)) if written.steps else "",
        shape=block.entry.shape)


_BLOCK_WARNING = re.compile(r'^block (\d+)( "[^"]*")?:')


def _finish(plan: _Plan, source: str, title: str | None) -> ImportResult:
    _propose(plan)
    start = _schedule(plan)
    if not any(b.minutes for b in plan.blocks):
        raise ProgrammeImportError(
            message("import_nothing_timed"), source)
    _add_days(plan)
    language = _language(plan.texts)
    footer = _footer(plan.blocks[-1]) if plan.blocks else []
    programme_title, title_entry = _choose_title(plan, source, title, language, footer)
    if title_entry is not None:
        plan.recognised.append((title_entry.line, message("trace_title", title=programme_title)))
    elif footer and programme_title == _organiser(footer):
        plan.recognised.append((footer[0].line, message("trace_title_organiser",
                                                        title=programme_title)))
    programme_notes = [n for n in plan.notes
                       if not (title_entry is not None and n.line == title_entry.line)]
    programme_notes.extend(footer)
    if len(plan.days) == 1:
        day = plan.days[0]
        programme_notes.insert(0, _Note(day.line, _plain(day.text), False))
        plan.recognised.append((day.line, message("trace_day", title=day.title)))

    mapping: dict[str, Any] = {"title": programme_title}
    dates = {d.date for d in plan.days if d.date}
    if len(dates) == 1 and len(plan.days) == 1:
        mapping["date"] = dates.pop()
    if start is not None and any(b.at is not None for b in plan.blocks):
        mapping["start"] = format_clock(start)
    if language is not None:  # unstated, the window's words follow the interface
        mapping["language"] = language
    notes = "\n".join(n.text for n in programme_notes if n.text)
    if notes:
        mapping["notes"] = notes
    mapping["blocks"] = [_draft_mapping(b, language, i)
                         for i, b in enumerate(plan.blocks, start=1)]
    _number_days(plan.blocks, mapping["blocks"])
    _check_totals(plan, _offsets(plan.blocks, start))

    warnings = list(plan.warnings)
    warnings.extend(_unplaced(programme_notes, message("import_programme_notes"), source))
    for number, block in enumerate(plan.blocks, start=1):
        warnings.extend(_unplaced(block.notes, message("import_block_notes", number=number,
                                                       title=block.title), source))
    agenda = _validate(mapping, source, warnings)
    proposals = _proposals(plan)
    warnings.extend(_located(agenda, plan.blocks))
    warnings.sort(key=lambda d: d.line or 0)
    recognised = list(plan.recognised)
    for number, (block, written) in enumerate(zip(plan.blocks, agenda.blocks, strict=True),
                                              start=1):
        recognised.append((block.entry.line, _report_block(number, block, written)))
    recognised.sort(key=lambda item: item[0])
    return ImportResult(mapping=mapping, agenda=agenda,
                        recognised=tuple(message("trace_line", line=line, what=what)
                                         for line, what in recognised),
                        warnings=tuple(warnings), proposals=proposals)


def _proposals(plan: _Plan) -> tuple[Proposal, ...]:
    """Where minutes were shared out: each such section's blocks, and those proposed."""
    found = []
    for section in plan.sections:
        if not section.proposal or section.minutes is None:
            continue
        covered = [i for i, b in enumerate(plan.blocks)
                   if section.start < b.index < section.end and not b.divider]
        proposed = [i for i in covered if plan.blocks[i].proposed]
        if proposed:
            found.append(Proposal(section.line, section.minutes, tuple(covered),
                                  tuple(proposed)))
    return tuple(found)


def _located(agenda: Agenda, blocks: Sequence[_Draft]) -> list[Diagnostic]:
    """The validator's warnings, pointing at the lines of the text the blocks came from."""
    located = []
    for diagnostic in agenda.warnings:
        match = _BLOCK_WARNING.match(diagnostic.message)
        block = blocks[int(match.group(1)) - 1] if match else None
        if block is not None and block.divider and "untimed" in diagnostic.message:
            continue  # a day heading takes no time, as everyone knows
        located.append(Diagnostic(diagnostic.message, agenda.source,
                                  block.entry.line if block else None, None, "warning"))
    return located


_CONTACT = re.compile(r"@|https?://|www\.|\b(?:tlf|tel|phone|telefon|mobil)\b|\d{8}"
                      r"|\d{2} \d{2} \d{2} \d{2}", re.IGNORECASE)


def _footer(block: _Draft) -> list[_Note]:
    """Contact lines at the very end belong to the whole programme, not its last block."""
    footer: list[_Note] = []
    while block.notes and block.notes[-1].warn and _CONTACT.search(block.notes[-1].text):
        footer.insert(0, block.notes.pop())
    return footer


def _unplaced(notes: Sequence[_Note], where: Message, source: str) -> list[Diagnostic]:
    """One warning per run of lines that were not understood and went into notes."""
    runs: list[list[_Note]] = []
    for note in notes:
        if not note.warn:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(note)
        else:
            runs.append([note])
    warnings = []
    for run in (r for r in runs if r):
        first, last = run[0], run[-1]
        if len(run) == 1:
            said = message("import_not_understood", where=where, text=_quote(first.text))
        else:
            said = message("import_lines_not_understood", n=len(run), first=first.line,
                           last=last.line, where=where, text=_quote(first.text))
        warnings.append(Diagnostic(said, source, first.line, None, "warning"))
    return warnings


def _quote(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return repr(text if len(text) <= 70 else text[:67] + "...")


def _validate(mapping: dict[str, Any], source: str, warnings: list[Diagnostic]) -> Agenda:
    try:
        return agenda_from_mapping(mapping, source=source)
    except AgendaError as first:
        # Clock times that still do not fit are kept as notes rather than lost.
        for block in mapping["blocks"]:
            at, until = block.pop("at", None), block.pop("until", None)
            if at is not None:
                block.setdefault("notes", "")
                block["notes"] = (f"{at}-{until}" if until else at) + (
                    "\n" + block["notes"] if block["notes"] else "")
            if until is not None and "minutes" not in block:
                block["minutes"] = _round(_clock_minutes(until) - _clock_minutes(at or until))
                if block["minutes"] <= 0:
                    del block["minutes"]
        mapping.pop("start", None)
        reason = first.diagnostics[0].message
        warnings.append(Diagnostic(message("import_clock_times_do_not_fit", reason=reason),
                                   source, None, None, "warning"))
        try:
            return agenda_from_mapping(mapping, source=source)
        except AgendaError as second:
            raise ProgrammeImportError(message("import_no_valid_programme",
                                               errors=_said(second.diagnostics)),
                                       source) from None


def _said(diagnostics: Sequence[Diagnostic]) -> Message:
    """Diagnostics as one message, a line each, as `str(AgendaError)` writes them."""
    lines = [_located_message(d) for d in diagnostics]
    said = lines[0]
    for line in lines[1:]:
        said = message("next_line", first=said, second=line)
    return said


def _located_message(diagnostic: Diagnostic) -> Message:
    where = diagnostic.source
    if diagnostic.line is not None:
        where += f":{diagnostic.line}"
        if diagnostic.column is not None:
            where += f":{diagnostic.column}"
    return message("located", where=where, severity=message(f"severity_{diagnostic.severity}"),
                   text=diagnostic.message)


def _clock_minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)
