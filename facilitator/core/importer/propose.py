"""Proposing minutes: a stated length over items that have none ("Forslag til program på
1 1/2 time" over five bullets) is shared out among them by one rule, which
docs/import.md states:

- an item that gives its own length keeps it (a "Pause (15 min)" stays 15 minutes);
- an item that says it is optional ("Evt. generalforsamling", "Q&A (if time allows)")
  gets no share and stays untimed;
- what is left is shared among the other items by their parts: an item counts once, or
  once for each of its sub-items; the shares are whole 5 minutes (whole minutes when a
  part would get less than 5), the 5-minute units left over go to the largest remainders,
  earliest first, and minutes that are not a whole 5 go to the largest share;
- a block's sub-items (its steps) share its minutes the same way, each counting once.

The minutes are a proposal, and a warning says so; the import dialog lets the facilitator
change them before saving.
"""

from __future__ import annotations

from ..durations import format_minutes
from ..messages import message
from .lines import _reshaped
from .plan import _Draft, _Plan
from .words import _OPTIONAL

#: Shares are whole multiples of this, unless a part would get less.
UNIT = 5


def _share(total: float, weights: list[int]) -> list[float]:
    """`total` minutes shared by `weights`, in whole UNITs (or whole minutes), summing to it."""
    parts = sum(weights)
    if total <= 0 or parts <= 0:
        return [0.0] * len(weights)
    unit = UNIT if total / parts >= UNIT else 1
    units = int(total // unit)
    rest = total - units * unit
    exact = [units * w / parts for w in weights]
    shares = [int(x) for x in exact]
    left = units - sum(shares)
    for i in sorted(range(len(weights)), key=lambda i: (-(exact[i] - shares[i]), i))[:left]:
        shares[i] += 1
    minutes = [float(s * unit) for s in shares]
    if rest > 0:
        largest = max(range(len(minutes)), key=lambda i: (minutes[i], -i))
        minutes[largest] += rest
    return minutes


def _propose(plan: _Plan) -> None:
    """Share out each stated length over its items without lengths (the rule above)."""
    for section in plan.sections:
        if not section.proposal or section.minutes is None:
            continue
        blocks = [b for b in plan.blocks if section.start < b.index < section.end]
        if not blocks:
            continue
        optional = [b for b in blocks if b.proposed and _OPTIONAL.search(b.title)]
        sharing = [b for b in blocks if b.proposed and b not in optional]
        fixed = sum(b.minutes or 0 for b in blocks if not b.proposed)
        left = section.minutes - fixed
        for block in optional:
            block.proposed = False
            block.entry.shape = _reshaped(
                block.entry.shape, "shape_minutes_proposed",
                lambda shape: message("shape_optional", shape=shape.values["shape"]))
            plan.warn(block.entry.line, message(
                "import_optional_untimed", title=block.title,
                total=format_minutes(section.minutes)))
        if not sharing:
            continue
        if left < len(sharing):
            plan.warn(section.line, message(
                "import_nothing_to_share", total=format_minutes(section.minutes)))
            for block in sharing:
                block.proposed = False
                block.steps = [s for s in block.steps if s[1] > 0]
            continue
        weights = [max(1, sum(1 for _t, m, _l in b.steps if m <= 0)) for b in sharing]
        for block, minutes in zip(sharing, _share(left, weights), strict=True):
            block.minutes = minutes
            _propose_steps(block)
        plan.warn(section.line, message(
            "import_minutes_proposed", total=format_minutes(section.minutes),
            minutes=" + ".join(str(format_minutes(b.minutes or 0)) for b in sharing)))


def _propose_steps(block: _Draft) -> None:
    """The block's steps without lengths share what its steps with lengths leave."""
    open_steps = [i for i, (_t, m, _l) in enumerate(block.steps) if m <= 0]
    if not open_steps or block.minutes is None:
        return
    stated = sum(m for _t, m, _l in block.steps if m > 0)
    shares = _share(block.minutes - stated, [1] * len(open_steps))
    for i, minutes in zip(open_steps, shares, strict=True):
        title, _m, line = block.steps[i]
        block.steps[i] = (title, minutes, line)
    block.step_minutes = sum(m for _t, m, _l in block.steps)

