"""Words and numbers for the screen: countdowns, schedule lines, kind names, in the UI language."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ..core.agenda import BlockKind, SlideRange
from ..core.engine import MeetingState, Phase, Snapshot

__all__ = [
    "countdown",
    "clock_of_day",
    "kind_name",
    "slides_text",
    "minutes_text",
    "schedule_text",
    "phase_label",
]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("facilitator", text, disambiguation, n)


def countdown(remaining: float) -> str:
    """'42:17' counting down, '+03:12' counting up after zero; hours when needed."""
    if remaining >= 0:
        seconds = math.ceil(remaining - 1e-6)
        sign = ""
    else:
        seconds = math.floor(-remaining + 1e-6)
        sign = "+"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def clock_of_day(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def kind_name(kind: BlockKind) -> str:
    names = {
        BlockKind.TALK: _tr("Talk"),
        BlockKind.VIDEO: _tr("Video"),
        BlockKind.GROUP: _tr("Group work"),
        BlockKind.PLENARY: _tr("Plenary"),
        BlockKind.BREAK: _tr("Break"),
        BlockKind.OTHER: _tr("Item"),
    }
    return names[kind]


def slides_text(slides: SlideRange | None) -> str:
    if slides is None:
        return _tr("No slides")
    if len(slides.slides) == 1:
        return _tr("Slide %1").replace("%1", str(slides.first))
    shown = str(slides).replace("-", "–")
    return _tr("Slides %1").replace("%1", shown)


def minutes_text(minutes: float) -> str:
    """'1 min' / '25 min'; whole minutes, rounded."""
    n = int(round(minutes))
    return _tr("%n min", "length", n)


def phase_label(snapshot: Snapshot) -> str:
    """Words that say the phase without colour (colour-blind safe)."""
    phase = snapshot.phase
    if phase is Phase.UNTIMED:
        return _tr("Untimed · counting up")
    if phase is Phase.NORMAL:
        return _tr("Remaining")
    if phase is Phase.WARNING:
        return _tr("▲ %n min left", "", max(1, math.ceil(snapshot.remaining / 60)))
    if phase is Phase.TIME_UP:
        if snapshot.block.kind is BlockKind.BREAK:
            return _tr("■ Break is over")
        return _tr("■ Time is up")
    return _tr("● Over time")


def schedule_text(snapshot: Snapshot) -> str:
    """'4 min behind · ends 19:34 (planned 19:30)'."""
    if snapshot.state is MeetingState.NOT_STARTED:
        planned = _tr("Planned %1–%2").replace("%1", clock_of_day(snapshot.planned_start)) \
            .replace("%2", clock_of_day(snapshot.planned_end))
        if round(snapshot.delay / 60) == 0:
            return planned
        return _tr("%1 · starting now ends %2").replace("%1", planned).replace(
            "%2", clock_of_day(snapshot.projected_end))
    delay = snapshot.delay / 60
    whole = int(round(abs(delay)))
    if whole == 0:
        lead = _tr("On time")
    elif delay > 0:
        lead = _tr("%n min behind", "", whole)
    else:
        lead = _tr("%n min ahead", "", whole)
    ends = clock_of_day(snapshot.projected_end)
    planned = clock_of_day(snapshot.planned_end)
    if ends == planned:
        tail = _tr("ends %1").replace("%1", ends)
    else:
        tail = _tr("ends %1 (planned %2)").replace("%1", ends).replace("%2", planned)
    return f"{lead} · {tail}"
