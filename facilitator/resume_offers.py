"""The unfinished meeting a window may take back: found in the sessions folders, offered in a
bar, taken (or refused when another copy of the app holds it)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .core.agenda import AgendaError
from .core.clock import Clock
from .core.engine import MeetingEngine
from .core.events import EventType, MeetingEvent
from .core.journal import (
    JournalError,
    JournalProblem,
    SessionJournal,
    SessionLog,
    fallback_folder,
    fallback_folders,
    read_session,
)
from .core.journal_list import find_resumable
from .core.journal_lock import JournalLock, LockHolder, lock_holder
from .core.resumption import abandon_session, resumable_sessions, same_programme
from .paths import AppPaths
from .programme_file import LoadedProgramme

__all__ = ["RESUME_WITHIN", "ResumeOffers", "damage_notice", "held_notice", "newest_resumable"]

RESUME_WITHIN = timedelta(hours=12)


def newest_resumable(folders: list[Path], now: datetime) -> SessionLog | None:
    """The unfinished meeting to offer, looking also where a log went when the disk failed.

    A log moved to the fallback folder mid-meeting leaves its start behind in
    the sessions folder; the moved copy has the later activity and wins.
    """
    found = []
    for folder in folders:
        try:
            log = find_resumable(folder, now, max_age=RESUME_WITHIN)
        except OSError:
            continue
        if log is not None:
            found.append(log)
    if not found:
        return None
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    return max(found, key=lambda log: (log.last_activity or oldest, len(log.records)))


class _Held(Exception):
    """The session's journal is held by another copy of the app."""

    def __init__(self, log: SessionLog, holder: LockHolder | None) -> None:
        super().__init__(str(log.path))
        self.log = log
        self.holder = holder


class ResumeOffers:
    """The unfinished meeting a window may take back: offered in a bar, never asked in a box.

    Only a meeting of the programme being opened is offered (any programme
    when none was named on the command line), never one another copy of the
    app holds, and only by a click on Resume. Discard closes the old session
    in its journal (`abandoned`, reason `discarded`); starting that programme
    afresh does the same with reason `replaced`; either way it is not offered
    again. `--resume` takes the newest unfinished meeting without a bar.
    """

    def __init__(self, paths: AppPaths, make_clock: Callable[..., Clock],
                 session_for: Callable[..., Any]) -> None:
        self._paths = paths
        self._make_clock = make_clock
        self._session_for = session_for
        self.folders = [paths.sessions_dir, *fallback_folders(paths.sessions_dir)]
        self.lock_folders = [paths.sessions_dir, fallback_folder(paths.sessions_dir)]
        # The session the bar offers now, and whether it is of the programme on screen.
        self.offered: SessionLog | None = None
        self._offered_same = False
        self._opening: LoadedProgramme | None = None
        self._window: Any = None
        self._bar: Any = None
        # What the journal reader skipped or repaired in the meeting last taken.
        self.damage: str | None = None

    def attach(self, window: Any, bar: Any) -> None:
        """Show offers in `bar`, placed above `window`'s content."""
        self._window = window
        self._bar = bar
        window.add_bar(bar)
        bar.resumeClicked.connect(self.resume)
        bar.discardClicked.connect(self.discard)
        window.programmeOpened.connect(self.programme_opened)

    # ---------------------------------------------------------------- offering

    def opening(self, loaded: LoadedProgramme) -> None:
        """`loaded` is about to be shown (Ctrl+O, a drop, a recent file)."""
        self._opening = loaded

    def programme_opened(self, _source: str = "") -> None:
        """The window shows another programme: an offer for the one before goes."""
        loaded, self._opening = self._opening, None
        self._withdraw()
        if loaded is not None:  # None: the window took a resumed meeting
            self.check(loaded, any_programme=False)

    def check(self, loaded: LoadedProgramme, any_programme: bool) -> None:
        """Offer the newest unfinished meeting of `loaded` (of any programme if asked)."""
        now = self._make_clock().now()
        candidates = resumable_sessions(self.folders, now, RESUME_WITHIN)
        if not any_programme:
            candidates = [log for log in candidates
                          if same_programme(log.header, loaded.source, loaded.sha256)]
        held: list[tuple[SessionLog, LockHolder]] = []
        for log in candidates:
            holder = lock_holder(self.lock_folders, log.session_id)
            if holder is not None:
                held.append((log, holder))
                continue
            self.offered = log
            self._offered_same = same_programme(log.header, loaded.source, loaded.sha256)
            last = log.last_activity or now
            self._bar.offer(log.title, _clock_of_day(last.astimezone(now.tzinfo)))
            return
        if held:
            self.tell(held_notice(*held[0]))

    def tell(self, text: str) -> None:
        """A lasting notice in the bar, and for a while in the status bar."""
        self._withdraw()
        self._bar.tell(text)
        self._window.statusBar().showMessage(text, 15000)

    def _withdraw(self) -> None:
        self.offered = None
        self._offered_same = False
        if self._bar is not None:
            self._bar.withdraw()

    # ---------------------------------------------------------------- answers

    def resume(self) -> None:
        """Resume clicked: the offered meeting replaces the programme on screen."""
        log = self.offered
        if log is None:
            return
        try:
            session = self.take(log)
        except _Held as held:
            self.tell(held_notice(held.log, held.holder))
            return
        if session is None:
            self._withdraw()
            return
        self._opening = None
        self._window.set_session(session)
        session.bridge.take_resume_events()
        if self.damage is not None:
            self.tell(self.damage)

    def discard(self) -> None:
        """Discard clicked: close the offered session for good."""
        self._close_offered("discarded")

    def meeting_started(self, event: MeetingEvent) -> None:
        """A fresh meeting started: the offer goes, and a same-programme session is replaced."""
        if event.type is not EventType.START or self.offered is None:
            return
        if self._offered_same:
            self._close_offered("replaced")
        else:
            self._withdraw()  # another programme's meeting stays resumable

    def _close_offered(self, reason: str) -> None:
        from .ui.text import translate

        log = self.offered
        self._withdraw()
        if log is None:
            return
        closed = abandon_session(log, reason, self._make_clock().now(),
                                 lock_folders=self.lock_folders,
                                 fallback_dir=fallback_folder(self._paths.sessions_dir))
        holder = None if closed else lock_holder(self.lock_folders, log.session_id)
        if holder is not None:
            self.tell(held_notice(log, holder))  # taken by another copy since it was offered
        elif closed and reason == "discarded":
            self._window.statusBar().showMessage(translate(
                "facilitator", "“%1” was closed unfinished in its log and will not be offered "
                "again.").replace("%1", log.title), 10000)

    # ---------------------------------------------------------------- taking

    def take(self, log: SessionLog) -> Any:
        """The meeting rebuilt from its journal, locked for this copy.

        Raises `_Held` when another copy holds it; None when it cannot be resumed.
        """
        lock = JournalLock.acquire(self.lock_folders, log.session_id)
        if lock is None:
            raise _Held(log, lock_holder(self.lock_folders, log.session_id))
        try:
            log = read_session(log.path)  # as it is now: another copy may have written since
            agenda = log.to_agenda()
        except (JournalError, AgendaError, KeyError, TypeError, ValueError):
            lock.release()
            from .ui.text import translate

            print(translate("facilitator", "facilitator: cannot resume %1: its programme is "
                            "damaged").replace("%1", str(log.path)), file=sys.stderr)
            return None
        if log.finished or log.abandoned is not None:
            lock.release()
            return None
        from .messages_text import installed as message_text

        said = message_text()
        for problem in log.problems:
            print(said.problem(problem), file=sys.stderr)
        self.damage = damage_notice(log.problems)
        # A rehearsal goes on at the speed it ran at, whatever --speed says now.
        engine = MeetingEngine.replay(agenda, self._make_clock(log.speed), log.records)
        journal = SessionJournal.reopen(log, fallback_dir=fallback_folder(self._paths.sessions_dir))
        loaded = LoadedProgramme(
            agenda,
            log.header.get("agenda_source") or str(log.path),
            log.header.get("agenda_sha256") or "",
        )
        return self._session_for(loaded, engine=engine, journal=journal, lock=lock)

    def resume_at_start(self) -> tuple[Any, str | None]:
        """`--resume`: the newest unfinished meeting, or a notice why this window cannot take it."""
        now = self._make_clock().now()
        candidates = resumable_sessions(self.folders, now, RESUME_WITHIN)
        from .ui.text import translate

        if not candidates:
            print(translate("facilitator", "facilitator: no unfinished meeting from the last 12 "
                            "hours in %1").replace("%1", str(self._paths.sessions_dir)),
                  file=sys.stderr)
            return None, None
        try:
            return self.take(candidates[0]), None
        except _Held as held:
            pid = held.holder.pid if held.holder is not None else None
            said = (translate("facilitator", "facilitator: %1 is open in another copy of "
                              "facilitator (process %2); not taken") if pid else
                    translate("facilitator", "facilitator: %1 is open in another copy of "
                              "facilitator; not taken"))
            print(said.replace("%1", held.log.path.name).replace("%2", str(pid)),
                  file=sys.stderr)
            return None, held_notice(held.log, held.holder)


def damage_notice(problems: Sequence[JournalProblem]) -> str | None:
    """After resuming from a damaged log: how much was skipped or repaired, and the first."""
    from .messages_text import installed as message_text
    from .ui.text import translate

    if not problems:
        return None
    return (translate("facilitator", "Resumed from a damaged log: %1 line(s) skipped or "
                      "repaired. First: %2")
            .replace("%1", str(len(problems))).replace("%2", message_text().problem(problems[0])))


def held_notice(log: SessionLog, holder: LockHolder | None) -> str:
    """Why this window does not take a meeting: another copy of the app has it."""
    from .ui.text import translate

    if holder is not None and holder.pid:
        text = translate("facilitator", "“%1” is open in another copy of facilitator (process "
                         "%2). This window does not take that meeting or write to its log.")
        text = text.replace("%2", str(holder.pid))
    else:
        text = translate("facilitator", "“%1” is open in another copy of facilitator. This "
                         "window does not take that meeting or write to its log.")
    return text.replace("%1", log.title)


def _clock_of_day(moment: datetime) -> str:
    from .ui.text import clock_of_day

    return clock_of_day(moment)
