"""Words and numbers for the screen: countdowns, schedule lines, phases, in the UI language.

The words the window makes up for the programme itself (kinds, "untimed") are in
`programme_words.py`: they follow the programme's language.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import Qt as QtGui

from ..core.agenda import BlockKind, SlideRange
from ..core.engine import ScheduleReference
from ..core.snapshot import MeetingState, Phase, Snapshot

#: Qt's translate, under the short name pyside6-lupdate also recognises.
translate = QCoreApplication.translate



class Plurals(QObject):
    """Texts with a count in them, in singular and plural.

    They use self.tr because that is where pyside6-lupdate records plural
    forms ("1 minut" / "2 minutter"); the English catalogue holds the English
    plurals.
    """

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "length", whole(n))

    def minutes_left(self, n: int) -> str:
        return self.tr("▲ %n minute(s) left", "", whole(n))

    def behind(self, n: int) -> str:
        return self.tr("%n minute(s) behind", "", whole(n))

    def ahead(self, n: int) -> str:
        return self.tr("%n minute(s) ahead", "", whole(n))


__all__ = [
    "MAX_SHOWN",
    "whole",
    "plain_tip",
    "countdown",
    "figure_text",
    "figure_caption",
    "clock_of_day",
    "slides_text",
    "minutes_text",
    "schedule_text",
    "phase_label",
]


#: The largest count shown. Qt takes a count (the `n` of a plural) as a 32-bit
#: int; far below that, a figure this large is damage, and the text says so
#: by stopping here instead of overflowing.
MAX_SHOWN = 999_999


def whole(value: float) -> int:
    """`value` rounded to an int that any Qt call takes: 0 when not a number, capped
    at ±MAX_SHOWN (journal figures are checked on reading; this is the last guard)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return 0
    if value >= MAX_SHOWN:
        return MAX_SHOWN
    if value <= -MAX_SHOWN:
        return -MAX_SHOWN
    return int(round(value))


def plain_tip(text: str | None) -> str | None:
    """Programme or journal text made safe for a tooltip: it shows exactly as typed.

    Qt shows a tooltip as rich text whenever Qt.mightBeRichText guesses it is
    (a title "<b>Velkommen</b>" would turn bold, a link would show as one, an
    <img> would be loaded). Such text goes out escaped in a paragraph that
    keeps its spaces and line breaks; text Qt takes as plain is left alone.
    None for no text, so an empty cell has no tooltip.
    """
    if not text:
        return None
    if not QtGui.mightBeRichText(text):
        return text
    import html  # here, not at the top: 0.35 MiB the running window seldom needs

    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def plain_title(text: str) -> str:
    """Programme text for a window title, shown as typed.

    Qt takes "[*]" in a window title for the "modified" mark and hides it;
    doubled, it shows once.
    """
    return text.replace("[*]", "[*][*]")


def countdown(remaining: float) -> str:
    """'42:17' counting down, '+03:12' counting up after zero; hours when needed."""
    limit = MAX_SHOWN * 3600.0
    if remaining != remaining:
        return "--:--"
    # Compared before any float(): a huge int would overflow it.
    remaining = -limit if remaining < -limit else limit if remaining > limit else remaining
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


def figure_text(snapshot: Snapshot) -> str:
    """The one running figure, as the control window, the compact view and the projector show it.

    The running step's time left in a block with timed steps (see
    `Snapshot.figure_is_step`), else the block's, '+' once over; an untimed
    block counts up; a finished meeting shows how long it took.
    """
    if snapshot.state is MeetingState.FINISHED:
        return countdown(snapshot.elapsed)
    return countdown(snapshot.figure)


def figure_caption(snapshot: Snapshot) -> str:
    """What the figure counts when it is not the block: 'Step 2/3'; '' for the block."""
    if not snapshot.figure_is_step or snapshot.step_index is None \
            or snapshot.state is MeetingState.FINISHED:
        return ""
    return (translate("facilitator", "Step %1/%2")
            .replace("%1", str(snapshot.step_index + 1))
            .replace("%2", str(len(snapshot.block.steps))))


def clock_of_day(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def slides_text(slides: SlideRange | None) -> str:
    if slides is None:
        return translate("facilitator", "No slides")
    if len(slides.slides) == 1:
        return translate("facilitator", "Slide %1").replace("%1", str(slides.first))
    shown = str(slides).replace("-", "–")
    return translate("facilitator", "Slides %1").replace("%1", shown)


def minutes_text(minutes: float) -> str:
    """'1 min' / '25 min'; whole minutes, rounded."""
    return Plurals().minutes(whole(minutes))


def phase_label(snapshot: Snapshot) -> str:
    """Words that say the phase without colour (colour-blind safe)."""
    phase = snapshot.phase
    if phase is Phase.UNTIMED:
        return translate("facilitator", "Untimed · counting up")
    if phase is Phase.NORMAL:
        return translate("facilitator", "Remaining")
    if phase is Phase.WARNING:
        return Plurals().minutes_left(max(1, whole(math.ceil(snapshot.remaining / 60))
                                          if math.isfinite(snapshot.remaining) else 1))
    if phase is Phase.TIME_UP:
        if snapshot.block.kind is BlockKind.BREAK:
            return translate("facilitator", "■ Break is over")
        return translate("facilitator", "■ Time is up")
    return translate("facilitator", "● Over time")


def schedule_text(snapshot: Snapshot) -> str:
    """'4 min behind · ends 19:34 (planned 19:30)'.

    A meeting timed from its actual start rather than the programme's clock
    says so: '… · planned 17:00 · timed from start 02:19'.
    """
    printed = snapshot.programme_start
    from_start = snapshot.reference is ScheduleReference.FROM_START and printed is not None
    if snapshot.state is MeetingState.NOT_STARTED and from_start:
        assert printed is not None
        return (
            translate("facilitator", "Planned %1 · timed from the start · starting now ends %2")
            .replace("%1", clock_of_day(printed))
            .replace("%2", clock_of_day(snapshot.projected_end))
        )
    if snapshot.state is MeetingState.NOT_STARTED:
        planned = (
            translate("facilitator", "Planned %1–%2")
            .replace("%1", clock_of_day(snapshot.planned_start))
            .replace("%2", clock_of_day(snapshot.planned_end))
        )
        if round(snapshot.delay / 60) == 0:
            return planned
        return (
            translate("facilitator", "%1 · starting now ends %2")
            .replace("%1", planned)
            .replace("%2", clock_of_day(snapshot.projected_end))
        )
    delay = snapshot.delay / 60
    late = whole(abs(delay))
    if late == 0:
        lead = translate("facilitator", "On time")
    elif delay > 0:
        lead = Plurals().behind(late)
    else:
        lead = Plurals().ahead(late)
    ends = clock_of_day(snapshot.projected_end)
    planned = clock_of_day(snapshot.planned_end)
    if ends == planned:
        tail = translate("facilitator", "ends %1").replace("%1", ends)
    else:
        tail = (
            translate("facilitator", "ends %1 (planned %2)")
            .replace("%1", ends)
            .replace("%2", planned)
        )
    if from_start and printed is not None and snapshot.started_at is not None:
        note = (
            translate("facilitator", "planned %1 · timed from start %2")
            .replace("%1", clock_of_day(printed))
            .replace("%2", clock_of_day(snapshot.started_at))
        )
        return f"{lead} · {tail} · {note}"
    return f"{lead} · {tail}"
