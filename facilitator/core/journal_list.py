"""The sessions in a folder: listing them, newest first, and finding the one to resume."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .journal import (
    SESSION_SUFFIX,
    JournalError,
    JournalProblem,
    SessionLog,
    _aware,
    _is_shared_fallback,
    read_session,
)
from .messages import message, os_reason
from .private import file_refusal, folder_refusal

__all__ = ["RESUME_MAX_AGE", "SessionListing", "find_resumable", "is_resumable", "list_sessions"]

RESUME_MAX_AGE = timedelta(hours=12)


@dataclass(frozen=True)
class SessionListing:
    """The sessions in a folder, newest first (by when the meeting started), and the files
    skipped with why."""

    folder: Path
    sessions: tuple[SessionLog, ...]
    problems: tuple[JournalProblem, ...]


def list_sessions(sessions_dir: str | os.PathLike[str],
                  also: Sequence[str | os.PathLike[str]] = ()) -> SessionListing:
    """Read every session in `sessions_dir` (and the `also` folders, such as its
    fallback folder); never raises for damaged or foreign files.

    A session found twice (its start stranded in the sessions folder, the whole
    log in the fallback folder) is listed once, as its longer copy.
    """
    listing = _list_folder(Path(sessions_dir))
    if not also:
        return listing
    logs = list(listing.sessions)
    problems = list(listing.problems)
    for extra in also:
        more = _list_folder(Path(extra))
        logs.extend(more.sessions)
        problems.extend(more.problems)
    best: dict[str, SessionLog] = {}
    for log in logs:
        kept = best.get(log.session_id)
        if kept is None or len(log.records) > len(kept.records):
            best[log.session_id] = log
    chosen = sorted(best.values(), key=lambda log: (_began(log), log.path.name), reverse=True)
    return SessionListing(listing.folder, tuple(chosen), tuple(problems))


def _list_folder(folder: Path) -> SessionListing:
    shared = _is_shared_fallback(folder)
    if shared:
        refusal = folder_refusal(folder)
        if refusal is not None:
            return SessionListing(folder, (), (JournalProblem(
                folder, message("journal_not_read", why=refusal)),))
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return SessionListing(folder, (), ())
    except OSError as exc:
        return SessionListing(folder, (), (JournalProblem(
            folder, message("sessions_folder_unreadable", why=os_reason(exc))),))
    found: list[tuple[datetime, str, SessionLog]] = []
    problems: list[JournalProblem] = []
    for entry in entries:
        path = Path(entry.path)
        try:
            if not entry.is_file():
                continue
        except OSError:
            continue
        if entry.name.startswith("."):
            continue  # .DS_Store and friends
        if not entry.name.endswith(SESSION_SUFFIX):
            problems.append(JournalProblem(path, message("journal_not_jsonl")))
            continue
        refusal = file_refusal(path) if shared else None
        if refusal is not None:
            problems.append(JournalProblem(path, message("journal_not_read", why=refusal)))
            continue
        try:
            log = read_session(path)
        except JournalError as exc:
            problems.append(JournalProblem(path, message("journal_skipped", reason=exc.message)))
            continue
        found.append((_began(log), entry.name, log))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return SessionListing(folder, tuple(log for _, _, log in found), tuple(problems))


def _began(log: SessionLog) -> datetime:
    """What orders sessions: when the meeting started, else when its file was made.

    Not the file's name or time: a copied or resumed file has neither from
    the meeting itself.
    """
    return log.started_at or log.created or _modified(log.path)


def _modified(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError:
        return datetime.fromtimestamp(0, timezone.utc)


def is_resumable(log: SessionLog, now: datetime, max_age: timedelta = RESUME_MAX_AGE) -> bool:
    """Started, neither finished nor abandoned, and written to within `max_age` of `now`."""
    if not log.started or log.finished or log.abandoned is not None:
        return False
    last = log.last_activity
    return last is not None and _aware(now) - last <= max_age


def find_resumable(sessions_dir: str | os.PathLike[str], now: datetime,
                   max_age: timedelta = RESUME_MAX_AGE) -> SessionLog | None:
    """The newest session that can be resumed, or None."""
    for log in list_sessions(sessions_dir).sessions:
        if is_resumable(log, now, max_age):
            return log
    return None
