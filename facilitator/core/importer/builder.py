"""Assembling blocks and steps: `_Builder` walks the recognised lines in order and
decides what each becomes (a block, a step of the block that owns it, a note, a section,
a day), with one handler per line role.
"""

from __future__ import annotations

from collections.abc import Callable

from ..agenda import Diagnostic
from ..durations import format_clock, format_minutes
from ..messages import message
from .lines import _Entry
from .pieces import _plain, _slides_text, _title_without_length
from .plan import _Draft, _Note, _Plan, _Section
from .scope import _find_containers, _find_proposals, _timed_siblings_after
from .words import _GENERIC_TITLE


class _Builder:
    """Walks the recognised lines in order and decides what each becomes."""

    def __init__(self, entries: list[_Entry], source: str) -> None:
        self.entries = entries
        self.source = source
        self.containers = _find_containers(entries)
        self.proposals = _find_proposals(entries)
        self.proposal_items: dict[int, bool] = {}  # index: whether it is a block (else a step)
        for first, end in self.proposals.values():
            items = [i for i in range(first, end)
                     if entries[i].role not in ("blank", "consumed")]
            shallowest = min(entries[i].indent for i in items)
            for i in items:
                self.proposal_items[i] = entries[i].indent == shallowest
        self.preferred_title: _Entry | None = None
        self.next_day = [len(entries)] * len(entries)
        for index in range(len(entries) - 2, -1, -1):
            following = entries[index + 1]
            self.next_day[index] = index + 1 if following.role == "day" else \
                self.next_day[index + 1]
        self.day_start = 0
        self.blocks: list[_Draft] = []
        self.current: _Draft | None = None
        self.notes: list[_Note] = []
        self.pending_sections: list[_Note] = []
        self.title_candidates: list[tuple[_Entry, bool]] = []
        self.sections: list[_Section] = []
        self.days: list[_Entry] = []
        self.day = 0
        self.recognised: list[tuple[int, str]] = []
        self.warnings: list[Diagnostic] = []
        self.handlers: dict[str, Callable[[int, _Entry], None]] = {
            "blank": self.skip,
            "rule": self.skip,
            "consumed": self.consumed,
            "header": self.header,
            "row": self.row,
            "day": self.day_heading,
            "total": self.total,
            "end": self.stated_end,
            "length": self.stray_length,
            "slides": self.stray_slides,
            "clock": self.clock,
            "heading": self.heading,
            "list": self.list_item,
            "text": self.text,
        }

    # ------------------------------------------------------------------ helpers

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(Diagnostic(message, self.source, line, None, "warning"))

    def start_block(self, index: int, entry: _Entry) -> _Draft:
        title = entry.title
        if len(title) > 120:
            short = title[:100].rsplit(" ", 1)[0] + "…"
            entry.description = (title + " " + entry.description).strip()
            title = short
        draft = _Draft(entry=entry, index=index, day=self.day, title=title,
                       minutes=entry.minutes, low=entry.low, at=entry.at, until=entry.until,
                       slides=entry.slides)
        for note in self.pending_sections:
            draft.notes.append(note)
        self.pending_sections = []
        if entry.description:
            draft.notes.append(_Note(entry.line, _plain(entry.description), False))
        for text in entry.cells_notes:
            draft.notes.append(_Note(entry.line, text, False))
        for step_title, minutes in entry.steps:
            draft.add_step(step_title, minutes, entry.line)
        if entry.untitled:
            self.warn(entry.line, message("import_clock_without_title",
                                          text=repr(entry.text.strip())))
        self.blocks.append(draft)
        self.current = draft
        return draft

    def add_step(self, entry: _Entry) -> None:
        assert self.current is not None
        block = self.current
        minutes = entry.minutes or 0.0
        title = entry.title or "Step"
        if entry.slides is not None:
            title += f" (slide {_slides_text(entry.slides)})"
        if block.step_heading_level is not None and entry.role != "heading":
            block.notes.append(_Note(entry.line, _plain(entry.text), False))
            self.recognised.append((entry.line, message("trace_step_part_in_notes",
                                                        title=block.title)))
            return
        block.add_step(title, minutes, entry.line)
        if entry.role == "heading":
            block.step_heading_level = entry.level
        if entry.description:
            block.notes.append(_Note(entry.line, _plain(entry.description), False))
        for step_title, step_minutes in entry.steps:
            block.notes.append(_Note(entry.line, f"{step_title} ({format_minutes(step_minutes)}"
                                                 f" min)", False))

    def owns(self, entry: _Entry) -> bool:
        block = self.current
        if block is None or entry.role in ("day", "row") or entry.at is not None:
            return False
        if entry.minutes is not None and block.minutes is not None and not entry.prose:
            if block.step_minutes + entry.minutes > block.minutes * 1.1 + 0.5:
                return False  # it does not fit in the block, so it is not a part of it
        owner = block.entry
        role = block.role
        if entry.role == "heading":
            return role == "heading" and (entry.level or 0) > (owner.level or 0)
        if role == "heading":
            return True
        if role in ("clock", "row"):
            return not (entry.role == "text" and entry.minutes is not None and not entry.prose
                        and entry.indent <= owner.indent)
        if entry.role == "list" and role == "text":
            return True
        if entry.indent > owner.indent:
            return True
        return entry.role == "text" and (entry.minutes is None or entry.prose)

    def nearest_notes(self, entry: _Entry, text: str, warn: bool) -> None:
        note = _Note(entry.line, text, warn)
        if self.blocks and self.pending_sections:
            # Headings that no block followed are notes like the lines under them.
            for pending in self.pending_sections:
                self.blocks[-1].notes.append(_Note(pending.line, pending.text, True))
            self.pending_sections = []
        if self.blocks:
            self.blocks[-1].notes.append(note)
        else:
            self.notes.append(note)

    # ------------------------------------------------------------------ handlers

    def skip(self, index: int, entry: _Entry) -> None:
        return

    def consumed(self, index: int, entry: _Entry) -> None:
        if entry.report:
            self.recognised.append((entry.line, entry.report))

    def header(self, index: int, entry: _Entry) -> None:
        self.recognised.append((entry.line, message("trace_table_header",
                                                    text=repr(entry.text.strip()))))

    def row(self, index: int, entry: _Entry) -> None:
        self.start_block(index, entry)

    def clock(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
            return
        self.start_block(index, entry)

    def day_heading(self, index: int, entry: _Entry) -> None:
        self.current = None
        if self.blocks or self.days:
            self.day += 1
        self.days.append(entry)
        entry.day = self.day
        self.day_start = index
        self.sections.append(_Section(entry.line, entry.title, index, self.next_day[index],
                                      None, "", entry.until))

    def total(self, index: int, entry: _Entry) -> None:
        start, end = 0, len(self.entries)
        if self.days:
            start, end = self.day_start, self.next_day[index]
        self.sections.append(_Section(entry.line, "", start, end, entry.minutes,
                                      entry.length_text.strip(), None))

    def stated_end(self, index: int, entry: _Entry) -> None:
        """"Slut kl. 15": the end of the day (or the whole text), where its last start-only
        item runs to."""
        start, end = 0, len(self.entries)
        if self.days:
            start, end = self.day_start, self.next_day[index]
        self.sections.append(_Section(entry.line, "", start, end, None, "", entry.until))
        assert entry.until is not None
        self.recognised.append((entry.line, message("trace_stated_end_of_day",
                                                    clock=format_clock(entry.until))))

    def proposal_header(self, index: int, entry: _Entry) -> None:
        """A stated length over items without lengths: a section whose length is shared out."""
        self.current = None
        if entry.role != "total" and not self.blocks:
            entry.title = _title_without_length(entry.title, entry.length_text)
        first, end = self.proposals[index]
        self.sections.append(_Section(entry.line, entry.title, min(index, first - 1), end,
                                      entry.minutes, entry.length_text, None, proposal=True))
        assert entry.minutes is not None
        self.recognised.append((entry.line, message(
            "trace_stated_length_over_items", minutes=format_minutes(entry.minutes),
            title=entry.title)))
        if entry.role == "total":
            return
        self.section_label(entry)
        if self.preferred_title is None and not self.blocks:
            self.preferred_title = self.naming_heading(index, entry)

    def naming_heading(self, index: int, entry: _Entry) -> _Entry | None:
        """The heading that names what a stated length is of: the line itself, or, for a
        "Forslag til program på 1 1/2 time", the nearest heading above it that holds it."""
        if entry.title and not _GENERIC_TITLE.match(entry.title):
            return entry
        level = entry.level if entry.role == "heading" and entry.level else 8
        for other in reversed(self.entries[:index]):
            if other.role == "heading" and (other.level or 0) < level:
                if other.title and not _GENERIC_TITLE.match(other.title):
                    return other
                level = other.level or 0
        return None

    def proposal_item(self, index: int, entry: _Entry) -> None:
        """An item of a list whose lengths are to be proposed: a block, or a sub-item its step."""
        if self.proposal_items[index] or self.current is None:
            draft = self.start_block(index, entry)
            draft.proposed = entry.minutes is None
            if draft.proposed:
                entry.shape = message("shape_minutes_proposed", shape=entry.shape)
            return
        block = self.current
        title = entry.title or "Step"
        block.add_step(title, entry.minutes or 0.0, entry.line)
        if entry.minutes is None:
            block.proposed = True
        self.recognised.append((entry.line, message(
            "trace_step_of" if entry.minutes else "trace_step_of_proposed", title=block.title)))

    def container(self, index: int, entry: _Entry) -> None:
        end = self.containers[index]
        self.current = None
        if entry.minutes is not None and not self.blocks:
            entry.title = _title_without_length(entry.title, entry.length_text)
        self.sections.append(_Section(entry.line, entry.title, index, end, entry.minutes,
                                      entry.length_text, entry.until))
        minutes = message("trace_section_minutes", minutes=format_minutes(entry.minutes)) \
            if entry.minutes is not None else ""
        clock = ""
        if entry.at is not None:
            clock = f" {format_clock(entry.at)}"
            if entry.until is not None:
                clock += f"-{format_clock(entry.until)}"
        self.recognised.append((entry.line, message("trace_section", minutes=minutes,
                                                    clock=clock, title=entry.title)))
        self.section_label(entry)

    def section_label(self, entry: _Entry) -> None:
        if not self.blocks:
            self.title_candidates.append((entry, bool(_GENERIC_TITLE.match(entry.title))))
            self.notes.append(_Note(entry.line, _plain(entry.text.lstrip("# ")), True))
        elif entry.title:
            self.pending_sections.append(_Note(entry.line, _plain(entry.text.lstrip("# ")),
                                               False))

    def heading(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
            return
        if entry.at is not None:
            self.start_block(index, entry)
            return
        if entry.minutes is not None or (entry.steps and not self.owns(entry)):
            self.timed_line(index, entry)
            return
        if self.owns(entry):
            assert self.current is not None
            self.current.notes.append(_Note(entry.line, _plain(entry.text.lstrip("# ")), False))
            self.current.step_heading_level = None
            return
        self.current = None
        # An untimed heading among timed ones at its level is an untimed block.
        siblings = _timed_siblings_after(self.entries, index, self.containers)
        previous = self.blocks[-1].entry if self.blocks else None
        among_blocks = previous is not None and previous.role == "heading" \
            and previous.level == entry.level and siblings >= 1
        if entry.title and (among_blocks or siblings >= 2):
            self.start_block(index, entry)
            return
        if entry.description:
            self.nearest_notes(entry, _plain(entry.text), True)
            return
        self.section_label(entry)
        if self.blocks:
            self.recognised.append((entry.line, message("trace_section_heading",
                                                        title=entry.title)))

    def timed_line(self, index: int, entry: _Entry) -> None:
        """A line with a length: a step of the block that owns it, else a block of its own."""
        if self.owns(entry):
            self.add_step(entry)
        else:
            self.start_block(index, entry)

    def list_item(self, index: int, entry: _Entry) -> None:
        if entry.at is not None:
            self.start_block(index, entry)
        elif entry.prose:
            self.prose(index, entry)
        elif entry.minutes is not None:
            self.timed_line(index, entry)
        elif self.owns(entry):
            assert self.current is not None
            self.current.notes.append(_Note(entry.line, _plain(entry.text), False))
        elif self.blocks and self.blocks[-1].role == "list" and \
                self.blocks[-1].entry.indent == entry.indent and \
                _timed_siblings_after(self.entries, index, self.containers):
            self.start_block(index, entry)
        else:
            self.nearest_notes(entry, _plain(entry.text), True)

    def text(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
        elif entry.prose:
            self.prose(index, entry)
        elif entry.minutes is not None:
            self.timed_line(index, entry)
        elif self.owns(entry):
            assert self.current is not None
            # A line indented under its block is its description; one at the margin may be
            # anything, so it is pointed out.
            described = entry.indent > self.current.entry.indent
            self.current.notes.append(_Note(entry.line, _plain(entry.text), not described))
        elif not self.blocks:
            self.title_candidates.append((entry, bool(_GENERIC_TITLE.match(entry.title))))
            self.notes.append(_Note(entry.line, _plain(entry.text), True))
        else:
            self.nearest_notes(entry, _plain(entry.text), True)

    def prose(self, index: int, entry: _Entry) -> None:
        if self.current is not None and self.owns(entry):
            self.current.notes.append(_Note(entry.line, _plain(entry.description), False))
            for title, minutes in entry.steps:
                self.current.add_step(title, minutes, entry.line)
            self.recognised.append((entry.line, message("trace_description_steps",
                                                        title=self.current.title,
                                                        n=len(entry.steps))))
            return
        # Prose with times and no block to hold it: each timed clause is a block.
        for title, minutes in entry.steps:
            part = _Entry(entry.line, message("shape_timed_clause"), "text", text=entry.text,
                          title=title, minutes=minutes)
            self.start_block(index, part)
        self.current = None
        self.nearest_notes(entry, _plain(entry.description), False)

    def stray_length(self, index: int, entry: _Entry) -> None:
        block = self.current
        if block is not None and block.minutes is None and block.until is None:
            block.minutes, block.low = entry.minutes, entry.low
            self.recognised.append((entry.line, message("trace_length_of", title=block.title)))
            return
        self.nearest_notes(entry, _plain(entry.text), True)

    def stray_slides(self, index: int, entry: _Entry) -> None:
        block = self.current
        if block is not None and block.slides is None:
            block.slides = entry.slides
            self.recognised.append((entry.line, message("trace_slides_of", title=block.title)))
            return
        self.nearest_notes(entry, _plain(entry.text), True)

    # ------------------------------------------------------------------ walk

    def build(self) -> _Plan:
        for index, entry in enumerate(self.entries):
            if index in self.proposals:
                self.proposal_header(index, entry)
            elif index in self.proposal_items:
                self.proposal_item(index, entry)
            else:
                self.handlers.get(entry.role, self.text)(index, entry)
        if self.blocks:
            for note in self.pending_sections:
                self.blocks[-1].notes.append(_Note(note.line, note.text, True))
        return _Plan(self.blocks, self.notes, self.title_candidates, self.sections, self.days,
                     self.recognised, self.warnings, [e.text for e in self.entries],
                     self.source, self.preferred_title)
