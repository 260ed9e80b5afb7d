"""The `status` subcommand: where the newest unfinished meeting stands, rebuilt from its journal."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from .cli_words import language_for, say
from .core.agenda import AgendaError
from .core.clock import Clock, ScaledClock, SystemClock
from .core.durations import format_minutes
from .core.engine import EngineError, MeetingEngine, ScheduleReference
from .core.journal import SessionLog, fallback_folders
from .core.journal_list import is_resumable, list_sessions
from .core.snapshot import MeetingState, Snapshot
from .paths import resolve_paths

__all__ = ["add_status_command", "run_status", "MeetingStatus", "find_meeting", "EXIT_CODES"]

#: Exit codes of `facilitator status` (the README says the same).
EXIT_CODES = {
    0: "an unfinished meeting was found and its state shown",
    1: "no unfinished meeting in the data folder (or its journal cannot be rebuilt)",
    2: "wrong arguments",
}


@dataclass(frozen=True)
class MeetingStatus:
    """An unfinished meeting as its journal says it stands now."""

    log: SessionLog
    snapshot: Snapshot

    def to_json(self) -> dict[str, Any]:
        snap = self.snapshot
        block = snap.block
        step = None
        if snap.step is not None and snap.step_index is not None:
            step = {"index": snap.step_index, "title": snap.step.title,
                    "minutes": snap.step.minutes,
                    "remaining_seconds": _seconds(snap.step_remaining)}
        return {
            "session_id": self.log.session_id,
            "file": str(self.log.path),
            "title": self.log.agenda.get("title"),
            "state": snap.state.value,
            "started": _iso(snap.started_at),
            "now": _iso(snap.now),
            "elapsed_seconds": _seconds(snap.elapsed),
            "block": {
                "index": snap.index,
                "count": len(snap.timeline),
                "title": block.title,
                "kind": block.kind.value,
                "timed": block.timed,
                "minutes": round(snap.length / 60, 2),
                "elapsed_seconds": _seconds(snap.block_elapsed),
                "remaining_seconds": _seconds(snap.remaining) if block.timed else None,
            },
            "step": step,
            "delay_minutes": round(snap.delay / 60, 2),
            "ahead_behind": _standing(snap.delay),
            "planned_start": _iso(snap.planned_start),
            "planned_end": _iso(snap.planned_end),
            "projected_end": _iso(snap.projected_end),
            "schedule": snap.reference.value,
            "programme_start": _iso(snap.programme_start),
            "speed": self.log.speed,
        }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _seconds(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def _standing(delay: float) -> str:
    whole = int(round(delay / 60))
    return "on_time" if whole == 0 else ("behind" if whole > 0 else "ahead")


def _default_clock(speed: float) -> Clock:
    base = SystemClock()
    return ScaledClock(base, speed) if speed != 1.0 else base


def find_meeting(sessions_dir: Path, clock_for: Callable[[float], Clock]) -> MeetingStatus | None:
    """The newest unfinished meeting (as resume would find it), replayed up to now.

    Nothing is written: the journal stays as the running app left it.
    """
    listing = list_sessions(sessions_dir, also=fallback_folders(sessions_dir))
    for log in listing.sessions:
        clock = clock_for(log.speed)
        if not is_resumable(log, clock.now()):  # also skips finished and abandoned ones
            continue
        try:
            agenda = log.to_agenda()
            engine = MeetingEngine.replay(agenda, clock, log.records)
        except (AgendaError, EngineError, KeyError, TypeError, ValueError):
            continue
        if engine.state in (MeetingState.RUNNING, MeetingState.PAUSED):
            return MeetingStatus(log, engine.snapshot())
    return None


def add_status_command(sub: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `status` on the main parser's subparsers."""
    status = sub.add_parser(
        "status", help="where the newest unfinished meeting stands (from its journal)",
        description="The state of the newest unfinished meeting in the data folder, rebuilt "
                    "from its journal. Exit status: 0 shown, 1 no unfinished meeting, "
                    "2 wrong arguments.")
    status.add_argument("--json", action="store_true", help="print the state as JSON")
    add_common(status)
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace, out: TextIO, err: TextIO,
               clock_for: Callable[[float], Clock] | None = None) -> int:
    """Print the newest unfinished meeting's state; 1 when there is none."""
    lang = language_for(args.lang)
    folder = resolve_paths(args.data_dir).sessions_dir
    found = find_meeting(folder, clock_for or _default_clock)
    if found is None:
        print(say("no_unfinished", lang, folder=folder), file=err)
        if args.json:
            out.write("null\n")
        return 1
    if args.json:
        json.dump(found.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render_status(found, lang))
    return 0


def _clock(moment: datetime | None) -> str:
    return f"{moment:%H:%M}" if moment is not None else "–"


def _countdown(remaining: float) -> str:
    """As the window shows it: '07:30' counting down, '+02:00' over."""
    if remaining >= 0:
        seconds, sign = math.ceil(remaining - 1e-6), ""
    else:
        seconds, sign = math.floor(-remaining + 1e-6), "+"
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return sign + text


def render_status(status: MeetingStatus, lang: str) -> str:
    """The state in a few lines, for people and status bars alike."""
    snap = status.snapshot
    block = snap.block
    count = len(snap.timeline)
    state = say("state_paused" if snap.state is MeetingState.PAUSED else "state_running", lang)
    lines = [f"{status.log.agenda.get('title') or ''} ({state})",
             say("status_block", lang, number=snap.index + 1, count=count, title=block.title)]
    if snap.step is not None and snap.step_index is not None:
        lines.append(say("status_step", lang, number=snap.step_index + 1,
                         count=len(block.steps), title=snap.step.title))
    if not block.timed:
        lines.append(say("status_untimed", lang, elapsed=_countdown(snap.block_elapsed)))
    elif snap.remaining >= 0:
        lines.append(say("status_remaining", lang, time=_countdown(snap.remaining),
                         minutes=format_minutes(snap.length / 60)))
    else:
        lines.append(say("status_over", lang, time=_countdown(snap.remaining),
                         minutes=format_minutes(snap.length / 60)))
    whole = int(round(snap.delay / 60))
    if whole == 0:
        standing = say("on_time", lang)
    else:
        key = "behind" if whole > 0 else "ahead"
        key += "_one" if abs(whole) == 1 else "_many"
        standing = say(key, lang, n=abs(whole))
    lines.append(say("status_schedule", lang, standing=standing,
                     ends=_clock(snap.projected_end), planned=_clock(snap.planned_end)))
    if snap.reference is ScheduleReference.PLANNED:
        lines.append(say("timed_planned", lang, planned=_clock(snap.planned_start)))
    elif snap.programme_start is not None:
        lines.append(say("timed_from_start", lang, start=_clock(snap.started_at),
                         planned=_clock(snap.programme_start)))
    else:
        lines.append(say("timed_no_clock", lang, start=_clock(snap.started_at)))
    lines.append(say("status_journal", lang, path=status.log.path))
    return "\n".join(lines) + "\n"
