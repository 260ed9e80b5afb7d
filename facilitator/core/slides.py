"""Slides and the meeting: which block and step a slide belongs to, and what a change means.

No Qt and no I/O: a slideshow source (LibreOffice, PowerPoint, Keynote, a
clicker's keys) reports a slide number; this module says what that means for
the meeting, and the engine (`MeetingEngine.slide`) applies it and journals it.
The rules are written out in docs/slides.md; in short:

- A block's slides are its own `slides` plus its steps' `slides` (a step's
  slides count as its block's, whether or not the block lists them).
- A slide shared by several blocks (a repeated agenda slide, ranges that
  overlap) belongs to the *current* block when it is one of them; otherwise to
  the *next* of them after the current block; only when all of them are
  earlier is it a look back, to the nearest earlier one. Within a block the
  same rule picks between steps.
- `follow`: onto a slide of a later block starts that block (reason `slide`),
  onto the slide of a later step of the current block marks that step; back
  within the block changes nothing; back to an earlier block is a look back,
  never a rewind.
- `suggest` (the default): a later block is suggested, nothing changes.
- `off`: nothing changes; the slide is only recorded.
- A slide in no block, a programme without slides, a show that ended or a
  source that is gone: a plain decision, nothing changes.

Pace: `slide_pace` turns the current block's slides, the current slide and
the time left into numbers ("slide 12 of 6-20, 8 slides left, 14 min left"),
with a warning flag when the slides left do not fit at the meeting's pace,
measured by `measured_pace` from the slide moves so far.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from .agenda import DEFAULT_SLIDE_MODE, Agenda, BlockKind, SlideMode

__all__ = [
    "DEFAULT_SLIDE_MODE",
    "MIN_PACE_SLIDES",
    "SlideAction",
    "SlideDecision",
    "SlideMap",
    "SlideMode",
    "SlideMove",
    "SlidePace",
    "clicker_origin",
    "decide",
    "effective_mode",
    "measured_pace",
    "slide_pace",
]

#: The meeting's pace is known once this many different slides have been shown
#: and moved on from (in timed blocks that are not breaks); before that there is
#: no pace and no warning.
MIN_PACE_SLIDES = 3


class SlideAction(str, enum.Enum):
    """What a change of slide means for the meeting; the values are the journal's words."""

    NOTHING = "nothing"  # the current block (an earlier or the same step), mode off, not running
    START_BLOCK = "start_block"  # follow: a later block starts
    MARK_STEP = "mark_step"  # follow: a later step of the current block starts
    SUGGEST_BLOCK = "suggest_block"  # suggest: a later block is proposed
    LOOK_BACK = "look_back"  # an earlier block's slide: shown, the meeting is not rewound
    OUTSIDE = "outside"  # a slide in no block's slides
    NO_SLIDES = "no_slides"  # the programme gives no slides at all
    NO_SHOW = "no_show"  # the show ended or the source is gone: no slide is shown

    @property
    def changes_meeting(self) -> bool:
        return self in (SlideAction.START_BLOCK, SlideAction.MARK_STEP)


@dataclass(frozen=True)
class SlideDecision:
    """A slide change and what it means: `block`/`step` are where the slide belongs.

    `block` is the block the slide belongs to by the rules (None when it belongs
    to none); `step` the step of that block it begins (None when it begins no
    step). Only START_BLOCK and MARK_STEP change the meeting.
    """

    action: SlideAction
    number: int | None
    mode: SlideMode
    block: int | None = None
    step: int | None = None


def effective_mode(programme: SlideMode | None, preference: SlideMode | str | None) -> SlideMode:
    """The programme's `slides_follow` when it gives one, else the preference, else suggest."""
    if programme is not None:
        return programme
    if isinstance(preference, SlideMode):
        return preference
    try:
        return SlideMode(preference) if preference else DEFAULT_SLIDE_MODE
    except ValueError:
        return DEFAULT_SLIDE_MODE


def clicker_origin(slides: SlideMap, block: int) -> int:
    """The slide a clicker's count starts from: the first of the running block's slides,
    slide 1 when it has none (nothing tells the facilitator which slide is really up)."""
    own = slides.slides_of(block) if 0 <= block < slides.block_count else ()
    return own[0] if own else 1


def _pick(candidates: Sequence[int], current: int | None) -> int | None:
    """Among indexes holding a slide: the current one, else the next after it, else the nearest
    before it. Without a current position: the first."""
    if not candidates:
        return None
    if current is None:
        return candidates[0]
    if current in candidates:
        return current
    later = [c for c in candidates if c > current]
    if later:
        return later[0]
    return candidates[-1]


class SlideMap:
    """The programme's slides: for each block and step, the slide numbers that are its."""

    def __init__(self, agenda: Agenda) -> None:
        blocks: list[frozenset[int]] = []
        steps: list[tuple[frozenset[int], ...]] = []
        for block in agenda.blocks:
            own = set(block.slides.slides) if block.slides is not None else set()
            step_sets = tuple(frozenset(s.slides.slides) if s.slides is not None else frozenset()
                              for s in block.steps)
            for step_set in step_sets:
                own |= step_set
            blocks.append(frozenset(own))
            steps.append(step_sets)
        self._blocks = tuple(blocks)
        self._steps = tuple(steps)
        self._timed_talk = tuple(b.timed and b.kind is not BlockKind.BREAK for b in agenda.blocks)

    @property
    def has_slides(self) -> bool:
        return any(self._blocks)

    @property
    def block_count(self) -> int:
        return len(self._blocks)

    def slides_of(self, block: int) -> tuple[int, ...]:
        """The block's slides (its own and its steps'), in order."""
        return tuple(sorted(self._blocks[block]))

    def blocks_holding(self, number: int) -> tuple[int, ...]:
        """Every block whose slides include `number`, in programme order."""
        return tuple(i for i, slides in enumerate(self._blocks) if number in slides)

    def block_of(self, number: int, current: int | None = None) -> int | None:
        """The block `number` belongs to, seen from the current block (see the module's rules)."""
        return _pick(self.blocks_holding(number), current)

    def step_of(self, block: int, number: int, current: int | None = None) -> int | None:
        """The step of `block` that `number` begins, seen from the current step; None: none."""
        holding = [n for n, slides in enumerate(self._steps[block]) if number in slides]
        return _pick(holding, current)

    def counts_for_pace(self, block: int, number: int | None) -> bool:
        """Whether time on this slide in this block measures the meeting's pace.

        Only a slide of the block it is shown in, and only in a timed block that
        is not a break (a break slide shown for 15 minutes says nothing of the
        pace of the talk).
        """
        return number is not None and number in self._blocks[block] and self._timed_talk[block]


def decide(slides: SlideMap, mode: SlideMode, number: int | None, block: int,
           step: int | None, running: bool = True) -> SlideDecision:
    """What showing slide `number` means while block `block` (and step `step`) is current.

    `number` None means no slide is shown (the show ended, the source is gone).
    `running` False (before the start, after the finish) decides nothing.
    """
    if number is None:
        return SlideDecision(SlideAction.NO_SHOW, None, mode)
    if not slides.has_slides:
        return SlideDecision(SlideAction.NO_SLIDES, number, mode)
    target = slides.block_of(number, block)
    if target is None:
        return SlideDecision(SlideAction.OUTSIDE, number, mode)
    if target < block:
        return SlideDecision(SlideAction.LOOK_BACK, number, mode, target,
                             slides.step_of(target, number))
    if target == block:
        target_step = slides.step_of(block, number, step)
        if running and mode is SlideMode.FOLLOW and target_step is not None \
                and (step is None or target_step > step):
            return SlideDecision(SlideAction.MARK_STEP, number, mode, block, target_step)
        return SlideDecision(SlideAction.NOTHING, number, mode, block, target_step)
    target_step = slides.step_of(target, number)
    if not running or mode is SlideMode.OFF:
        return SlideDecision(SlideAction.NOTHING, number, mode, target, target_step)
    action = SlideAction.START_BLOCK if mode is SlideMode.FOLLOW else SlideAction.SUGGEST_BLOCK
    return SlideDecision(action, number, mode, target, target_step)


# --------------------------------------------------------------------------- pace


@dataclass(frozen=True)
class SlideMove:
    """A slide shown from `seconds` of running meeting time (pauses left out) on.

    `counts`: whether the time until the next move measures the pace
    (`SlideMap.counts_for_pace`). `number` None: no slide shown from then on.
    """

    seconds: float
    number: int | None
    counts: bool


def measured_pace(moves: Sequence[SlideMove], minimum: int = MIN_PACE_SLIDES) -> float | None:
    """Seconds per slide so far in this meeting, or None before `minimum` slides are done.

    The time from each counted move to the next, summed, divided by the number
    of different slides it was spent on: a slide shown twice is one slide that
    took both times. The slide on screen now is not done yet and is left out.
    """
    total = 0.0
    done: set[int] = set()
    for move, following in zip(moves, moves[1:], strict=False):
        if not move.counts or move.number is None:
            continue
        spent = following.seconds - move.seconds
        if spent <= 0:
            continue
        total += spent
        done.add(move.number)
    if len(done) < max(1, minimum):
        return None
    return total / len(done)


@dataclass(frozen=True)
class SlidePace:
    """Where the slides stand in the current block; the window turns it into words.

    "slide 12 of 6-20 · 8 slides left · 14 min left": `slide` 12, `first` 6,
    `last` 20, `slides_left` 8, `seconds_left` 840. `short` is the quiet
    warning: at the meeting's pace the slides left need more than the time left.
    """

    slide: int
    first: int
    last: int
    position: int  # 1-based place of the slide among the block's slides
    count: int  # the block's slides
    slides_left: int  # the block's slides after this one
    seconds_left: float  # the block's time left (negative: over time)
    seconds_per_slide: float | None  # the meeting's pace; None: not enough measured yet
    seconds_needed: float | None  # slides_left at that pace

    @property
    def short(self) -> bool:
        return self.seconds_needed is not None and self.slides_left > 0 \
            and self.seconds_needed > self.seconds_left


def slide_pace(block_slides: Sequence[int], slide: int | None, seconds_left: float,
               seconds_per_slide: float | None) -> SlidePace | None:
    """The pace of the current block's slides, or None when the slide is not one of them."""
    ordered = sorted(set(block_slides))
    if slide is None or slide not in ordered:
        return None
    position = ordered.index(slide) + 1
    left = len(ordered) - position
    needed = left * seconds_per_slide if seconds_per_slide is not None else None
    return SlidePace(slide, ordered[0], ordered[-1], position, len(ordered), left,
                     seconds_left, seconds_per_slide, needed)
