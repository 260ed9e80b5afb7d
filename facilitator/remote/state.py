"""What a phone is told about the meeting: a snapshot as plain JSON data.

Programme text goes out as data (the pages put it on screen as text, never
as markup); times as seconds and the server's clock in milliseconds, so that
a page can count on smoothly between pushes (docs/remote.md).
"""

from __future__ import annotations

import json
from typing import Any

from ..core.snapshot import MeetingState, Phase, Snapshot

__all__ = ["remote_state", "shown_phase_name", "event_bytes"]


def shown_phase_name(snapshot: Snapshot) -> str:
    """The phase a face colours by (as `ui.widgets.shown_phase`): only a live timed block's."""
    if snapshot.state is MeetingState.FINISHED or not snapshot.block.timed:
        return Phase.UNTIMED.value
    if snapshot.state is MeetingState.NOT_STARTED:
        return Phase.NORMAL.value
    return snapshot.phase.value


def remote_state(snapshot: Snapshot, *, programme: str, block_count: int, speed: float = 1.0,
                 lang: str = "en", role: str = "view") -> dict[str, Any]:
    """The moment as the view and control pages read it (the API's `GET /api/state`)."""
    step = None
    if snapshot.step is not None and snapshot.step_index is not None:
        step = {"number": snapshot.step_index + 1, "count": len(snapshot.block.steps),
                "title": snapshot.step.title}
    upcoming = None
    if snapshot.next_block is not None and snapshot.next_index is not None:
        upcoming = {"number": snapshot.next_index + 1, "title": snapshot.next_block.title,
                    "minutes": round((snapshot.next_length or 0) / 60, 1)}
    started = snapshot.state is not MeetingState.NOT_STARTED
    finished = snapshot.state is MeetingState.FINISHED
    return {
        "version": 1,
        "lang": lang,
        # The moment this describes, on the app's clock; the page counts on from it.
        "server_ms": round(snapshot.now.timestamp() * 1000),
        "state": snapshot.state.value,
        "running": snapshot.state is MeetingState.RUNNING,
        "speed": speed,
        "programme": programme,
        "block": {"number": snapshot.index + 1, "count": block_count,
                  "title": snapshot.block.title, "kind": snapshot.block.kind.value,
                  "timed": snapshot.block.timed},
        "step": step,
        # The one running figure every face shows (seconds; negative: over time, or
        # the time spent in an untimed block).
        "figure": round(-snapshot.elapsed if finished else snapshot.figure, 3),
        # Time spent, counted up without the '+' of over time: an untimed block, or
        # how long a finished meeting took.
        "counts_up": finished or not snapshot.block.timed,
        "figure_is_step": snapshot.figure_is_step,
        "phase": shown_phase_name(snapshot),
        "next": upcoming,
        "delay_minutes": round(snapshot.delay / 60) if started else 0,
        "projected_end": snapshot.projected_end.astimezone(snapshot.now.tzinfo)
        .strftime("%H:%M"),
        "planned_end": snapshot.planned_end.astimezone(snapshot.now.tzinfo).strftime("%H:%M"),
    }


def event_bytes(state: dict[str, Any]) -> bytes:
    """One server-sent event carrying `state` (JSON has no newlines, so one `data:` line)."""
    return b"data: " + json.dumps(state, ensure_ascii=False).encode("utf-8") + b"\n\n"
