"""The session journal: one append-only JSON Lines file per run of a meeting, and reading it."""

from __future__ import annotations

import io
import json
import math
import os
import re
import sys
import tempfile
import unicodedata
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .agenda import Agenda, AgendaError, Diagnostic
from .agenda_check import agenda_from_json
from .digest import sha256_hex
from .events import EventType, MeetingEvent, parse_timestamp
from .journal_checks import (
    MAX_SEQ,
    CheckContext,
    Line,
    bounded_lines,
    check_header,
    check_programme,
    check_record,
)
from .messages import message, os_reason
from .private import ensure_private_folder, file_refusal, folder_refusal

__all__ = [
    "ABANDONED",
    "FORMAT_VERSION",
    "SESSION_SUFFIX",
    "JournalError",
    "JournalProblem",
    "SessionJournal",
    "SessionLog",
    "fallback_folder",
    "fallback_folders",
    "parse_session",
    "read_session",
    "session_file_name",
    "session_slug",
]

FORMAT_VERSION = 1
SESSION_SUFFIX = ".jsonl"
# A meeting writes a few hundred short lines; a file with far more is not read to its end.
MAX_RECORDS = 200_000
FALLBACK_FOLDER_NAME = "facilitator-sessions"
#: The record that closes a session nobody will resume (discarded, or started afresh).
ABANDONED = "abandoned"

_TRANSLITERATION = str.maketrans({
    "æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ß": "ss",
})


# --------------------------------------------------------------------------- names


def session_slug(title: str, max_length: int = 60) -> str:
    """The title as lower-case ASCII words joined by hyphens (æ→ae, ø→oe, å→aa)."""
    text = title.translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:max_length].rstrip("-") or "meeting"


def session_file_name(created: datetime, title: str) -> str:
    """`YYYY-MM-DDTHH-MM-SS_<slug>.jsonl`, in the local time the meeting was created."""
    return f"{created:%Y-%m-%dT%H-%M-%S}_{session_slug(title)}{SESSION_SUFFIX}"


# --------------------------------------------------------------------------- low-level I/O


def _create_flags() -> int:
    # O_APPEND: every write lands at the end even if two writers ever share the file;
    # O_EXCL: never take over an existing file (or a symlink planted in /tmp).
    return (os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND
            | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


def _append_flags() -> int:
    return (os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
            | getattr(os, "O_NOFOLLOW", 0))


def _full_sync(fd: int) -> None:
    """Make what was written survive a power cut."""
    if sys.platform == "darwin":
        # macOS fsync stops at the drive's cache; F_FULLFSYNC asks the drive to flush it.
        try:
            import fcntl

            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except (ImportError, AttributeError, OSError):
            pass
    os.fsync(fd)


def _sync_folder(folder: Path) -> None:
    """Make a new file's name in `folder` survive a power cut (POSIX only)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        _full_sync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    # One write for one line; the loop only matters for the rare short write.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(f"write returned {written}")
        view = view[written:]


def _encode(record: Mapping[str, Any]) -> bytes:
    # JSON escapes newlines inside strings, so one record is always one line.
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
            + "\n").encode("utf-8")


def _describe(exc: OSError, where: Path) -> str:
    """'the disk is full (/media/usb/sessions)', a Message the faces render."""
    return message("os_reason_at", reason=os_reason(exc), where=str(where))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def fallback_folder(sessions_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where a log goes when its sessions folder will not take it.

    Each sessions folder has its own (named by a digest of its path, and on
    POSIX by the user's uid), so that listing one data folder finds its own
    stranded logs and nobody else's. When another account has taken that
    name first, the log goes to a folder of the same name plus a random
    suffix; `fallback_folders` finds those too.
    """
    base = Path(tempfile.gettempdir())
    owner = f"-{os.getuid()}" if os.name == "posix" else ""
    if sessions_dir is None:
        return base / f"{FALLBACK_FOLDER_NAME}{owner}"
    digest = sha256_hex(os.path.abspath(sessions_dir).encode("utf-8"))[:12]
    return base / f"{FALLBACK_FOLDER_NAME}{owner}-{digest}"


def fallback_folders(sessions_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """The fallback folder of `sessions_dir` and any random-suffixed ones made when it was taken.

    Listing checks each (owner, mode, link) before reading it.
    """
    primary = fallback_folder(sessions_dir)
    found = [primary]
    try:
        found += sorted(p for p in primary.parent.glob(primary.name + "-*")
                        if re.fullmatch(r"[A-Za-z0-9_]+", p.name[len(primary.name) + 1:]))
    except OSError:
        pass
    return found


def _is_shared_fallback(folder: Path) -> bool:
    # A fallback folder in the shared temporary folder: what is in it is trusted only
    # once the folder is checked to be ours.
    return folder.name.startswith(FALLBACK_FOLDER_NAME) \
        and folder.parent == Path(tempfile.gettempdir())


def _private_fallback_folder(base: Path | None) -> Path:
    """The fallback folder, ours alone: on a shared /tmp someone may have made it first."""
    folder = base if base is not None else fallback_folder()
    try:
        ensure_private_folder(folder)
    except FileExistsError:
        pass  # a file or a dangling link in the way: refused below
    if folder_refusal(folder) is None and folder.is_dir():
        return folder
    # Taken by someone else (or loosened): a new folder nobody can predict, which
    # `fallback_folders` still finds by its prefix.
    return Path(tempfile.mkdtemp(prefix=folder.name + "-", dir=folder.parent))


# --------------------------------------------------------------------------- writing


class SessionJournal:
    """The journal of one run of a meeting, written as it happens.

    Line 1 is the header; every `append` writes one line with one `os.write`
    and syncs it to disk before returning, so a kill or a power cut loses
    nothing that was already shown. Nothing here raises `OSError` into the
    caller: when the sessions folder will not take the file, the journal
    moves (with everything written so far) to a private temporary folder and
    says so in `fallback_reason`; when that fails too, it keeps the records
    in memory and sets `failed` and `failure`. `path` is where the log is now.
    Use it as an engine listener: `engine.add_listener(journal.append)`.
    """

    def __init__(self, header: Mapping[str, Any], lines: list[bytes], next_seq: int,
                 fallback_dir: Path | None = None) -> None:
        # Use `create` or `reopen`; this only holds the state.
        self.header: dict[str, Any] = dict(header)
        self.path: Path | None = None
        self.fallback_reason: str | None = None
        self.failed = False
        self.failure: str | None = None
        self._lines = lines
        self._next_seq = next_seq
        self._fallback_dir = fallback_dir
        self._fd: int | None = None
        self._closed = False

    # ------------------------------------------------------------------ opening

    @classmethod
    def create(cls, sessions_dir: str | os.PathLike[str], agenda: Agenda, *, now: datetime,
               agenda_source: str | None = None, agenda_bytes: bytes | None = None,
               agenda_sha256: str | None = None, app_version: str = "", speed: float = 1.0,
               session_id: str | None = None,
               fallback_dir: str | os.PathLike[str] | None = None) -> SessionJournal:
        """Start a new session file in `sessions_dir` and write its header.

        `agenda_bytes` (the programme file as read) gives `agenda_sha256`;
        pass the digest instead when the bytes are gone. `fallback_dir`
        replaces the temporary folder used when `sessions_dir` fails.
        """
        created = _aware(now)
        digest = (sha256_hex(agenda_bytes) if agenda_bytes is not None
                  else agenda_sha256)
        header: dict[str, Any] = {
            "type": "session",
            "format": FORMAT_VERSION,
            "session_id": session_id or uuid.uuid4().hex,
            "app_version": app_version,
            "created": created.isoformat(timespec="seconds"),
            "agenda": agenda.to_json(),
            "agenda_source": agenda_source,
            "agenda_sha256": digest,
            "timing": agenda.timing_json(),
            "speed": speed,
        }
        journal = cls(header, [_encode(header)], 1,
                      Path(fallback_dir) if fallback_dir is not None else None)
        journal._place(Path(sessions_dir), session_file_name(created, agenda.title))
        return journal

    @classmethod
    def reopen(cls, session: SessionLog | str | os.PathLike[str], *,
               fallback_dir: str | os.PathLike[str] | None = None) -> SessionJournal:
        """Continue an existing session file (after a crash), numbering on from its last seq.

        Raises `JournalError` only when `session` is a path that is not a
        readable session journal; write trouble is handled as in `create`.
        """
        log = session if isinstance(session, SessionLog) else read_session(session)
        lines = [_encode(log.header)] + [_encode(r) for r in log.records]
        next_seq = max((r["seq"] for r in log.records), default=0) + 1
        journal = cls(log.header, lines, next_seq,
                      Path(fallback_dir) if fallback_dir is not None else None)
        refusal = file_refusal(log.path)
        if refusal is not None:
            # Never append to a file someone else planted: carry the log elsewhere.
            journal._move_elsewhere(log.path.name, message("path_refused", path=str(log.path),
                                                           why=refusal))
            return journal
        try:
            fd = os.open(log.path, _append_flags())
        except OSError as exc:
            journal._move_elsewhere(log.path.name, _describe(exc, log.path))
            return journal
        try:
            # A torn last line (power cut) must not swallow the next record.
            if log.path.stat().st_size and not _ends_with_newline(log.path):
                _write_all(fd, b"\n")
                _full_sync(fd)
        except OSError as exc:
            os.close(fd)
            journal._move_elsewhere(log.path.name, _describe(exc, log.path))
            return journal
        journal._fd = fd
        journal.path = log.path
        return journal

    def _place(self, folder: Path, name: str) -> None:
        try:
            self._write_new_file(folder, name)
        except OSError as exc:
            self._move_elsewhere(name, _describe(exc, folder))

    def _write_new_file(self, folder: Path, name: str) -> None:
        ensure_private_folder(folder)
        path, fd = _create_unique(folder, name)
        try:
            _write_all(fd, b"".join(self._lines))
            _full_sync(fd)
        except OSError:
            os.close(fd)
            try:
                path.unlink()  # a half-written header would only be a damaged file
            except OSError:
                pass
            raise
        _sync_folder(folder)
        self._fd = fd
        self.path = path

    def _move_elsewhere(self, name: str, reason: str) -> None:
        """Carry the whole log to the fallback folder; failing that, keep it in memory."""
        self._close_fd()
        self.fallback_reason = reason
        self.path = None
        try:
            folder = _private_fallback_folder(self._fallback_dir)
            self._write_new_file(folder, name)
        except OSError as exc:
            self.failed = True
            where = self._fallback_dir or Path(tempfile.gettempdir()) / FALLBACK_FOLDER_NAME
            self.failure = _describe(exc, where)

    # ------------------------------------------------------------------ writing

    def append(self, event: MeetingEvent | Mapping[str, Any]) -> int:
        """Write one event as one synced line; returns its `seq`."""
        record = event.to_record() if isinstance(event, MeetingEvent) else dict(event)
        record.pop("seq", None)
        seq = self._next_seq
        self._next_seq += 1
        line = _encode({"seq": seq, **record})
        self._lines.append(line)
        if self._fd is not None:
            try:
                _write_all(self._fd, line)
                _full_sync(self._fd)
            except OSError as exc:
                name = self.path.name if self.path else "session" + SESSION_SUFFIX
                self._move_elsewhere(name, _describe(exc, self.path or Path(name)))
        return seq

    @property
    def next_seq(self) -> int:
        return self._next_seq

    @property
    def session_id(self) -> str:
        return str(self.header.get("session_id", ""))

    @property
    def records(self) -> list[dict[str, Any]]:
        """Every event record so far, also those only kept in memory."""
        return [json.loads(line) for line in self._lines[1:]]

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop writing; later appends are kept in memory only."""
        self._close_fd()
        self._closed = True

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> SessionJournal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _create_unique(folder: Path, name: str) -> tuple[Path, int]:
    stem = name[: -len(SESSION_SUFFIX)] if name.endswith(SESSION_SUFFIX) else name
    for number in range(1, 1000):
        candidate = folder / (f"{stem}{SESSION_SUFFIX}" if number == 1
                              else f"{stem}-{number}{SESSION_SUFFIX}")
        try:
            return candidate, os.open(candidate, _create_flags(), 0o600)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free file name for {name} in {folder}")


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


# --------------------------------------------------------------------------- reading


class JournalError(Exception):
    """A file that is not a session journal at all (unreadable, foreign, no header)."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class JournalProblem:
    """Something skipped while reading: a torn or damaged line, or a foreign file."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: warning: {self.message}"


@dataclass(frozen=True)
class SessionLog:
    """A session read back: its header, its event records in file order, what was skipped."""

    path: Path
    header: Mapping[str, Any]
    records: tuple[dict[str, Any], ...]
    problems: tuple[JournalProblem, ...] = ()
    #: The header's programme, checked as a programme file is, when it passes;
    #: else `programme_failure` says why (both unset for a log built by hand).
    programme: Agenda | None = None
    programme_failure: str | None = None

    @property
    def session_id(self) -> str:
        value = self.header.get("session_id")
        return value if isinstance(value, str) and value else self.path.stem

    @property
    def created(self) -> datetime | None:
        return parse_timestamp(self.header.get("created"))

    @property
    def agenda(self) -> Mapping[str, Any]:
        return self.header["agenda"]  # type: ignore[no-any-return]

    @property
    def title(self) -> str:
        return str(self.agenda.get("title") or "")

    @property
    def speed(self) -> float:
        speed = self.header.get("speed", 1)
        is_number = isinstance(speed, (int, float)) and not isinstance(speed, bool)
        return float(speed) if is_number and speed > 0 else 1.0

    @property
    def started(self) -> bool:
        return any(r["type"] == EventType.START.value for r in self.records)

    @property
    def finished(self) -> bool:
        return any(r["type"] == EventType.FINISH.value for r in self.records)

    @property
    def abandoned(self) -> str | None:
        """Why the session was closed without a finish (`discarded`, `replaced`), or None."""
        for record in self.records:
            if record["type"] == ABANDONED:
                return str(record.get("reason") or "discarded")
        return None

    @property
    def started_at(self) -> datetime | None:
        """When the meeting really started: the wall time of its `start` record."""
        for record in self.records:
            if record.get("type") == EventType.START.value:
                return parse_timestamp(record.get("t"))
        return None

    @property
    def last_activity(self) -> datetime | None:
        """Wall time of the last record that has one, else when the session was created."""
        for record in reversed(self.records):
            moment = parse_timestamp(record.get("t"))
            if moment is not None:
                return moment
        return self.created

    def to_agenda(self) -> Agenda:
        """The programme as it was run (raises AgendaError if the header's copy is unusable)."""
        if self.programme is not None:
            return self.programme
        if self.programme_failure is not None:
            raise AgendaError([Diagnostic(self.programme_failure, str(self.path), 1)])
        timing = self.header.get("timing")
        return agenda_from_json(self.agenda, timing if isinstance(timing, Mapping) else None,
                                source=str(self.path))


def _decode(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def read_session(path: str | os.PathLike[str]) -> SessionLog:
    """Read one session file; damaged lines become problems, a foreign file a JournalError.

    The file is read as a stream of bounded lines: a line too long for a
    journal record is skipped on its own (without being held in memory) and
    the rest of the meeting is read.
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            return _parse_lines(bounded_lines(handle), path)
    except IsADirectoryError:
        raise JournalError(path, message("journal_is_folder")) from None
    except OSError as exc:
        raise JournalError(path, message("cannot_read", why=os_reason(exc))) from None


def parse_session(data: bytes, path: str | os.PathLike[str] = "<journal>") -> SessionLog:
    """Parse a session journal's bytes; see `read_session`."""
    return _parse_lines(bounded_lines(io.BytesIO(data)), Path(path))


def _too_long(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{size / 1024:.0f} KiB"


def _parse_lines(lines: Iterator[Line], path: Path) -> SessionLog:
    first = next(lines, None)
    if first is None or (first.data is not None and not first.data.strip()):
        raise JournalError(path, message("journal_empty"))
    if first.data is None:
        raise JournalError(path, message("journal_first_line_too_long",
                                         size=_too_long(first.size)))
    header = _decode(first.data)
    if not isinstance(header, dict) or header.get("type") != "session":
        raise JournalError(path, message("journal_no_header"))
    version = header.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JournalError(path, message("journal_unknown_format", version=repr(version)))
    agenda = header.get("agenda")
    if not isinstance(agenda, dict) or not isinstance(agenda.get("blocks"), list):
        raise JournalError(path, message("journal_no_programme"))
    problems: list[JournalProblem] = []
    if version > FORMAT_VERSION:
        problems.append(JournalProblem(
            path, message("journal_newer_format", version=version, current=FORMAT_VERSION), 1))
    header, messages = check_header(header)
    checked = check_programme(header, str(path))
    problems += [JournalProblem(path, message, 1)
                 for message in [*messages, *checked.messages]]

    context = CheckContext(len(header["agenda"]["blocks"]))
    # First every line that is a record at all, in file order; then, for a seq found
    # more than once, the one that sits between its neighbours; then the values.
    candidates: list[tuple[int, int, dict[str, Any]]] = []
    for line in lines:
        number = line.number
        if line.data is None:
            problems.append(JournalProblem(
                path, message("journal_line_too_long", size=_too_long(line.size)), number))
            continue
        if not line.data.strip():
            continue
        record = _decode(line.data)
        seq = record.get("seq") if isinstance(record, dict) else None
        if (not isinstance(record, dict) or not isinstance(record.get("type"), str)
                or not isinstance(seq, int) or isinstance(seq, bool)):
            if not line.ended:
                said = message("journal_torn_line")
            else:
                said = message("journal_damaged_line")
            problems.append(JournalProblem(path, said, number))
            continue
        if not 1 <= seq <= MAX_SEQ:
            problems.append(JournalProblem(path, message("journal_seq_out_of_range", seq=seq),
                                           number))
            continue
        candidates.append((number, seq, record))
        if len(candidates) > MAX_RECORDS:
            problems.append(JournalProblem(
                path, message("journal_too_many_records", max=MAX_RECORDS), number))
            break
    chosen = _one_line_per_seq(candidates, path, problems)

    context = CheckContext(len(header["agenda"]["blocks"]))
    by_seq: dict[int, dict[str, Any]] = {}
    previous_elapsed: float | None = None
    last_seq = 0
    out_of_order = False
    for number, seq, record in candidates:
        if chosen[seq] != number:
            continue
        verdict = check_record(record, context, previous_elapsed)
        problems += [JournalProblem(path, said, number) for said in verdict.messages]
        if verdict.record is None:
            continue
        if seq < last_seq:
            out_of_order = True
            problems.append(JournalProblem(
                path, message("journal_seq_order", seq=seq, last=last_seq), number))
        last_seq = max(last_seq, seq)
        previous_elapsed = verdict.elapsed
        by_seq[seq] = verdict.record
    ordered = sorted(by_seq.items()) if out_of_order else by_seq.items()
    records = tuple(record for _, record in ordered)
    problems.sort(key=lambda problem: problem.line or 0)  # in file order, as an editor shows
    return SessionLog(path, header, records, tuple(problems), checked.programme,
                      checked.failure)


def _one_line_per_seq(candidates: list[tuple[int, int, dict[str, Any]]], path: Path,
                      problems: list[JournalProblem]) -> dict[int, int]:
    """For each seq, the line whose record is kept; the others are warned about.

    A repeated line is the same record twice: the first is kept. When a seq
    is found on lines with different records, one of them is a damaged seq:
    the line that sits where the writer put it (after seq - 1, before
    seq + 1) is kept, and failing that the one whose `elapsed` lies between
    those records' own.
    """
    elapsed_of: dict[int, float] = {}
    for _, seq, record in candidates:
        value = record.get("elapsed")
        if seq not in elapsed_of and isinstance(value, float) and math.isfinite(value):
            elapsed_of[seq] = value

    def fits_in_time(seq: int, record: dict[str, Any]) -> int:
        value = record.get("elapsed")
        if not isinstance(value, float) or not math.isfinite(value):
            return 0
        low = elapsed_of.get(seq - 1, 0.0)
        high = elapsed_of.get(seq + 1, math.inf)
        return int(low <= value <= high)

    chosen: dict[int, int] = {}
    score: dict[int, tuple[int, int]] = {}
    for index, (number, seq, record) in enumerate(candidates):
        before = candidates[index - 1][1] if index else 0
        after = candidates[index + 1][1] if index + 1 < len(candidates) else None
        fits = ((before == seq - 1) + (after == seq + 1), 0)
        if seq not in chosen:
            chosen[seq], score[seq] = number, fits
            continue
        if fits == score[seq]:
            # Equally placed: let the meeting clock tell, when it can.
            first = next(r for n, q, r in candidates if n == chosen[seq])
            score[seq] = (score[seq][0], fits_in_time(seq, first))
            fits = (fits[0], fits_in_time(seq, record))
        if fits > score[seq]:
            problems.append(JournalProblem(
                path, message("journal_seq_misplaced", seq=seq, line=number), chosen[seq]))
            chosen[seq], score[seq] = number, fits
        else:
            problems.append(JournalProblem(
                path, message("journal_seq_repeated", seq=seq, first=chosen[seq]), number))
    return chosen

