"""Damaged journals as a tester leaves them (issue 12): wild numbers, repeats, a huge line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from facilitator.core.agenda import Agenda
from facilitator.core.journal import SessionJournal


def damaged_meeting(folder: Path, agenda: Agenda, start: datetime, *, finished: bool = True,
                    huge_line_bytes: int = 0) -> Path:
    """A meeting of `agenda` (block 0 for 10 min, +2 min adjusted, then block 1) whose
    journal has an `elapsed` of 1e308, one of NaN, one of 1e20, a duplicated block start
    and adjustment, and optionally one line of `huge_line_bytes` in the middle."""
    journal = SessionJournal.create(folder, agenda, now=start)

    def add(seconds: float, kind: str, block: int | None = 0, **data: object) -> None:
        journal.append({"t": (start + timedelta(seconds=seconds)).isoformat(
            timespec="milliseconds"), "elapsed": float(seconds), "type": kind,
            "block": block, **data})

    add(0, "start")
    add(0, "block_start", reason="start")
    add(60, "adjust", minutes=2)
    add(120, "note", text="Godt i gang")
    add(180, "pause")
    add(240, "resume")
    add(720, "block_start", 1, reason="next")
    add(780, "note", 1, text="Livlig")
    if finished:
        add(1500, "finish", 1)
    journal.close()
    assert journal.path is not None
    path = journal.path
    lines = path.read_bytes().splitlines(keepends=True)
    header, records = lines[0], lines[1:]

    def damage(line: bytes, value: str) -> bytes:
        record = json.loads(line)
        return json.dumps(record).replace(f'"elapsed": {record["elapsed"]}',
                                          f'"elapsed": {value}').encode() + b"\n"

    records[3] = damage(records[3], "1e308")  # the note at 2 min
    records[4] = damage(records[4], "NaN")  # the pause
    records[7] = damage(records[7], "1e20")  # the note in block 1
    damaged = [header, *records[:3], records[2], records[1], *records[3:]]
    if huge_line_bytes:
        damaged.insert(6, b'{"seq": 4000, "type": "note", "text": "'
                       + b"x" * huge_line_bytes + b'"}\n')
    path.write_bytes(b"".join(damaged))
    return path
