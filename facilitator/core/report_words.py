"""What a report says, in Danish or English: its words, numbers and lengths, the facts at its
top and the rows of its block table, shared by every renderer and the PDF."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from .report import BlockReport, BlockStatus, NoteEntry, SessionReport
from .schedule import ScheduleReference

__all__ = ["ReportRow", "report_facts", "report_table", "report_words"]


# --------------------------------------------------------------------------- words

_WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "report": "Time report",
        "session": "Session",
        "programme": "Programme",
        "start": "Start",
        "end": "End",
        "length": "Length",
        "paused": "Paused",
        "status": "Status",
        "planned": "Planned",
        "actual": "Actual",
        "planned_lc": "planned",
        "actual_lc": "actual",
        "so_far": "so far",
        "no_clock": "no clock time in the programme",
        "from_start": "timed from the start instead of the planned {planned}",
        "finished": "finished",
        "unfinished": "not finished",
        "abandoned": "closed unfinished",
        "block": "Block",
        "no": "No.",
        "delta": "Delta",
        "adjusted": "Adjusted",
        "plan": "Catch-up",
        "skipped": "Skipped",
        "skipped_lc": "skipped",
        "to_come": "to come",
        "running": "running",
        "done": "done",
        "untimed": "untimed",
        "total_so_far": "Total so far",
        "page": "Page {page} of {pages}",
        "last_logged": "still running, last logged",
        "yes": "yes",
        "notes": "Notes",
        "started_remote": "started from a phone",
        "started_slide": "started by the slides",
        "meeting": "Meeting",
        "total": "Total",
        "date": "Date",
        "overrun": "Overrun",
        "over_plan": "Actual, over the plan",
        "min": "min",
        "hour": "h",
        "speed": "Clock speed",
        "chart": "Planned and actual minutes per block",
        "generated": "Made by facilitator from the session log",
        "file": "File",
        "discussion": "discussion",
        "technical": "technical trouble",
        "late start": "late start",
        "other": "other",
    },
    "da": {
        "report": "Tidsrapport",
        "session": "Session",
        "programme": "Program",
        "start": "Start",
        "end": "Slut",
        "length": "Varighed",
        "paused": "Pause",
        "status": "Status",
        "planned": "Planlagt",
        "actual": "Faktisk",
        "planned_lc": "planlagt",
        "actual_lc": "faktisk",
        "so_far": "indtil nu",
        "no_clock": "programmet har intet klokkeslæt",
        "from_start": "timet fra starten i stedet for kl. {planned} som planlagt",
        "finished": "afsluttet",
        "unfinished": "ikke afsluttet",
        "abandoned": "lukket uafsluttet",
        "block": "Punkt",
        "no": "Nr.",
        "delta": "Forskel",
        "adjusted": "Justeret",
        "plan": "Indhentning",
        "skipped": "Sprunget over",
        "skipped_lc": "sprunget over",
        "to_come": "kommer",
        "running": "i gang",
        "done": "afviklet",
        "untimed": "uden fast tid",
        "total_so_far": "I alt indtil nu",
        "page": "Side {page} af {pages}",
        "last_logged": "ikke slut, sidst logget",
        "yes": "ja",
        "notes": "Noter",
        "started_remote": "startet fra telefon",
        "started_slide": "startet af slides",
        "meeting": "Mødet",
        "total": "I alt",
        "date": "Dato",
        "overrun": "Overskridelse",
        "over_plan": "Faktisk, over planen",
        "min": "min",
        "hour": "t",
        "speed": "Urets hastighed",
        "chart": "Planlagte og faktiske minutter pr. punkt",
        "generated": "Lavet af facilitator ud fra sessionsloggen",
        "file": "Fil",
        "discussion": "diskussion",
        "technical": "teknisk problem",
        "late start": "sen start",
        "other": "andet",
    },
}


def _words(lang: str) -> Mapping[str, str]:
    return _WORDS.get(lang, _WORDS["en"])


def _decimal(value: float, lang: str, signed: bool = False) -> str:
    value = round(value, 1) or 0.0  # no "-0.0", and no sign on nothing
    text = f"{value:+.1f}" if signed and value else f"{value:.1f}"
    return text.replace(".", ",") if lang == "da" else text


def _length(minutes: float, lang: str) -> str:
    """A meeting length: "47 min" or "2 h 41 min" ("2 t 41 min")."""
    w = _words(lang)
    whole = int(round(minutes))
    sign = "-" if whole < 0 else ""
    hours, rest = divmod(abs(whole), 60)
    if hours:
        return f"{sign}{hours} {w['hour']} {rest} {w['min']}"
    return f"{sign}{rest} {w['min']}"


def _signed_length(minutes: float, lang: str) -> str:
    text = _length(minutes, lang)
    if round(minutes) == 0:
        return "±" + text
    return text if text.startswith("-") else "+" + text


def _clock(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment is not None else "–"


def _note_text(note: NoteEntry, lang: str) -> str:
    w = _words(lang)
    if note.reason and note.text:
        return f"{w.get(note.reason, note.reason)}: {note.text}"
    return w.get(note.reason, note.reason) if note.reason else note.text


def block_notes_text(block: BlockReport, lang: str) -> str:
    """A block's notes, one per line, after what started it when that was not the window."""
    w = _words(lang)
    lines = [w["started_" + block.started_by]] if block.started_by in ("remote", "slide") \
        else []
    return "\n".join(lines + [_note_text(n, lang) for n in block.notes])


def _status_word(block: BlockReport, lang: str) -> str:
    """"done", "running", "skipped" or "to come", and "untimed" for a block without a length."""
    w = _words(lang)
    word = {BlockStatus.DONE: w["done"], BlockStatus.RUNNING: w["running"],
            BlockStatus.SKIPPED: w["skipped_lc"], BlockStatus.TO_COME: w["to_come"]}
    text = word[block.status]
    return f"{text}, {w['untimed']}" if block.untimed else text


def _status(finished: bool, abandoned: str | None, w: Mapping[str, str]) -> str:
    if finished:
        return w["finished"]
    return w["abandoned"] if abandoned is not None else w["unfinished"]


def _facts(report: SessionReport, lang: str) -> list[tuple[str, str]]:
    """Label and value of the meeting's totals, shared by text and HTML."""
    w = _words(lang)
    facts = [(w["programme"], report.agenda_title), (w["session"], report.session_id)]
    day = report.started or report.created
    if day is not None:
        facts.append((w["date"], f"{day:%Y-%m-%d}"))
    for label, planned, actual, delay in (
            (w["start"], report.planned_start, report.started, report.start_delay_minutes),
            (w["end"], report.planned_end, report.ended, report.end_delay_minutes)):
        # A meeting that has not ended: its last record is no end time.
        running = label == w["end"] and report.started is not None and not report.has_ended
        said = w["last_logged"] if running else w["actual_lc"]
        if label == w["start"] and report.schedule == ScheduleReference.FROM_START.value \
                and report.programme_start is not None:
            value = (f"{_clock(actual)} "
                     f"({w['from_start'].format(planned=_clock(report.programme_start))})")
        elif planned is not None:
            value = f"{w['planned_lc']} {_clock(planned)}, {said} {_clock(actual)}"
            if delay is not None and not running:
                value += f" ({_signed_length(delay, lang)})"
        elif running:
            value = f"{said} {_clock(actual)} ({w['no_clock']})"
        else:
            value = f"{_clock(actual)} ({w['no_clock']})"
        facts.append((label, value))
    length = (f"{w['planned_lc']} {_length(report.planned_minutes, lang)}, {w['actual_lc']} "
              f"{_length(report.actual_minutes, lang)}")
    if not report.has_ended:
        # Against the plan for the time so far, not the whole plan (see planned_so_far).
        length += f" {w['so_far']}"
    length += f" ({_signed_length(report.overrun_minutes, lang)})"
    facts.append((w["length"], length))
    facts.append((w["paused"], _length(report.paused_minutes, lang)))
    facts.append((w["status"], _status(report.is_finished, report.abandoned, w)))
    if report.speed != 1:
        facts.append((w["speed"], f"×{report.speed:g}"))
    return facts


def report_words(lang: str) -> Mapping[str, str]:
    """The report's fixed words in `lang` (Danish or English), for renderers outside core."""
    return _words(lang)


def report_facts(report: SessionReport, lang: str) -> list[tuple[str, str]]:
    """The meeting's totals as (label, value) lines, as the text and HTML reports give them."""
    return _facts(report, lang)


@dataclass(frozen=True)
class ReportRow:
    """One row of the block table: the cells under `report_table`'s headers.

    `kind` is a BlockStatus value or "total"; `tone` is "over", "under" or ""
    for the difference cell; `untimed` marks a block without a planned length.
    """

    cells: tuple[str, ...]
    kind: str
    tone: str = ""


def report_table(report: SessionReport, lang: str) -> tuple[tuple[str, ...], list[ReportRow]]:
    """The headers and rows of the block table (the total row last), as the HTML page has them.

    Columns: number, block, planned, actual, difference, paused, adjusted,
    notes. A skipped block or one to come has its status in the actual
    column and nothing after it but its notes; a running or untimed block
    says so after its title.
    """
    w = _words(lang)
    headers = (w["no"], w["block"], w["planned"], w["actual"], w["delta"], w["paused"],
               w["adjusted"], w["notes"])
    rows = []
    for block in report.blocks:
        notes = block_notes_text(block, lang)
        planned = _decimal(block.planned_minutes, lang) if not block.untimed else "–"
        title = block.title
        if block.running or (block.untimed and not (block.skipped or block.to_come)):
            title += f" ({_status_word(block, lang)})"
        if block.skipped or block.to_come:
            rows.append(ReportRow((str(block.index + 1), title, planned,
                                   _status_word(block, lang), "", "", "", notes),
                                  block.status.value))
            continue
        delta = block.delta_so_far_minutes
        tone = "" if not block.shows_delta else "over" if delta > 0.5 else "under" \
            if delta < -0.5 else ""
        changed = block.adjust_minutes + block.plan_minutes
        rows.append(ReportRow((
            str(block.index + 1), title, planned, _decimal(block.actual_minutes, lang),
            _decimal(delta, lang, signed=True) if block.shows_delta else "",
            _decimal(block.paused_minutes, lang),
            _decimal(changed, lang, signed=True) if changed else "", notes),
            block.status.value, tone))
    overrun = report.overrun_minutes
    rows.append(ReportRow((
        "", w["total"] if report.has_ended else w["total_so_far"],
        _decimal(report.planned_so_far_minutes, lang), _decimal(report.actual_minutes, lang),
        _decimal(overrun, lang, signed=True), _decimal(report.paused_minutes, lang), "",
        "\n".join(_note_text(n, lang) for n in report.notes)),
        "total", "over" if overrun > 0.5 else "under" if overrun < -0.5 else ""))
    return headers, rows
