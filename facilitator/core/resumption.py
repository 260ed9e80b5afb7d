"""Which unfinished meetings may be offered back, for which programme, and closing one for good."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .journal import ABANDONED, JournalError, SessionJournal, SessionLog, read_session
from .journal_list import RESUME_MAX_AGE, is_resumable, list_sessions
from .journal_lock import JournalLock

__all__ = ["ABANDON_REASONS", "abandon_session", "programme_identity", "same_programme",
           "resumable_sessions"]

#: `discarded`: the facilitator said so; `replaced`: they started the programme afresh.
ABANDON_REASONS = ("discarded", "replaced")


def programme_identity(source: str | None) -> str | None:
    """A programme's source as the journal header should store it: absolute for a file.

    Names like `<bundled>/klyngemoede.yaml` stay as they are.
    """
    if not source:
        return None
    if source.startswith("<"):
        return source
    return os.path.abspath(source)


def same_programme(header: Mapping[str, Any], source: str | None, sha256: str | None) -> bool:
    """Whether a session's header names the programme opened from `source` with `sha256`.

    The same file (by its absolute path, even edited since) or the same bytes
    (a copy elsewhere) is the same programme; a title alone is not.
    """
    their_sha = header.get("agenda_sha256")
    if sha256 and isinstance(their_sha, str) and their_sha == sha256:
        return True
    theirs = header.get("agenda_source")
    if not isinstance(theirs, str) or not theirs or not source:
        return False
    if theirs.startswith("<") or source.startswith("<"):
        return theirs == source
    return programme_identity(theirs) == programme_identity(source)


def resumable_sessions(folders: Sequence[Path], now: datetime,
                       max_age: timedelta = RESUME_MAX_AGE) -> list[SessionLog]:
    """Every session that can be resumed, the most recently active first.

    `folders[0]` is the sessions folder, the rest its fallback folders; a
    session found in two places counts once, as its longer copy.
    """
    if not folders:
        return []
    try:
        listing = list_sessions(folders[0], also=list(folders[1:]))
    except OSError:
        return []
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    found = [log for log in listing.sessions if is_resumable(log, now, max_age)]
    found.sort(key=lambda log: (log.last_activity or oldest, len(log.records)), reverse=True)
    return found


def abandon_session(log: SessionLog, reason: str, now: datetime, *,
                    lock_folders: Sequence[Path],
                    fallback_dir: str | os.PathLike[str] | None = None) -> bool:
    """Close an unfinished session in its journal with an `abandoned` record.

    The record keeps the meeting clock where the session stopped, so reports
    end the meeting there, not when it was discarded. Returns False (and
    writes nothing) when another copy of the app holds the journal, or when
    the session is already finished or abandoned.
    """
    if reason not in ABANDON_REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    lock = JournalLock.acquire(lock_folders, log.session_id)
    if lock is None:
        return False
    try:
        try:
            log = read_session(log.path)  # as it is now, not as it was offered
        except JournalError:  # gone or damaged since: nothing to close
            return False
        if log.finished or log.abandoned is not None:
            return False
        last = log.records[-1] if log.records else {}
        elapsed = last.get("elapsed")
        block = last.get("block")
        moment = now if now.tzinfo is not None else now.astimezone()
        with SessionJournal.reopen(log, fallback_dir=fallback_dir) as journal:
            journal.append({
                "t": moment.isoformat(timespec="milliseconds"),
                "elapsed": elapsed if isinstance(elapsed, (int, float)) else 0.0,
                "type": ABANDONED,
                "block": block if isinstance(block, int) else None,
                "reason": reason,
            })
        return True
    finally:
        lock.release()
