"""One writer per journal: a lock file beside the session journal, held while a copy writes it.

Two copies of the app on one data folder must never append to the same
journal. The copy that writes a session holds an exclusive lock on
`.<session_id>.lock` in the sessions folder (or, when that folder takes no
files, in its fallback folder). The lock is the operating system's own
(`flock` on POSIX, `msvcrt.locking` on Windows), so it goes with the process:
a crash or `kill -9` leaves at most an unlocked file, which the next copy
simply locks again. The file holds the writer's process id, to say who has
the meeting.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .private import ensure_private_folder, folder_refusal

__all__ = ["JournalLock", "LockHolder", "lock_file_name", "lock_holder"]

_POSIX = os.name == "posix"
# Windows locks are mandatory: lock a byte far past the process id so it stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_file_name(session_id: str) -> str:
    """`.<session_id>.lock`: hidden, so listings of the sessions folder pass it by."""
    return f".{session_id}.lock"


@dataclass(frozen=True)
class LockHolder:
    """A session's lock held by another writer: where, and its process id when known."""

    path: Path
    pid: int | None


def _try_lock(fd: int) -> bool:
    """Take the lock without waiting; False when another writer has it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def _open_flags(create: bool) -> int:
    flags = os.O_RDWR if not _POSIX else (os.O_RDWR if create else os.O_RDONLY)
    if create:
        flags |= os.O_CREAT
    return flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_BINARY", 0)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 64).decode("ascii", "replace").split()
    except OSError:
        return None
    return int(text[0]) if text and text[0].isdigit() else None


def _holder_at(path: Path) -> LockHolder | None:
    """Who holds the lock file at `path`, or None when nobody does (or it is not there)."""
    try:
        fd = os.open(path, _open_flags(create=False))
    except OSError:
        return None  # no lock file (or not ours to open): nobody is writing through it
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return LockHolder(path, _read_pid(fd))
    finally:
        os.close(fd)


def lock_holder(folders: Sequence[Path], session_id: str) -> LockHolder | None:
    """The writer holding `session_id`'s journal in any of `folders`, or None.

    A lock held by this same process through another `JournalLock` counts as
    held too: two windows are two writers.
    """
    for folder in folders:
        holder = _holder_at(Path(folder) / lock_file_name(session_id))
        if holder is not None:
            return holder
    return None


class JournalLock:
    """The right to write one session's journal, held until `release` (or the process ends).

    `acquire` returns None when another writer holds it. A lock that could
    not be made anywhere (no folder takes files) has `path` None: the journal
    is then written as before, unlocked, rather than not at all.
    """

    def __init__(self, session_id: str, path: Path | None, fd: int | None) -> None:
        # Use `acquire`; this only holds the state.
        self.session_id = session_id
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, folders: Sequence[Path], session_id: str) -> JournalLock | None:
        """Lock `session_id` in the first of `folders` that takes a file; None if held."""
        if lock_holder(folders, session_id) is not None:
            return None
        for number, folder in enumerate(folders):
            folder = Path(folder)
            try:
                ensure_private_folder(folder)
            except OSError:
                continue
            if number > 0 and folder_refusal(folder) is not None:
                continue  # a fallback folder in /tmp that is not ours: no lock goes there
            path = folder / lock_file_name(session_id)
            result = cls._lock_file(path)
            if result is False:
                return None
            if result is not None:
                return cls(session_id, path, result)
        return cls(session_id, None, None)

    @staticmethod
    def _lock_file(path: Path) -> int | bool | None:
        """The locked descriptor; False when another writer holds it; None if no file here."""
        for _attempt in range(5):
            try:
                fd = os.open(path, _open_flags(create=True), 0o600)
            except OSError:
                return None
            if not _try_lock(fd):
                os.close(fd)
                return False
            if _POSIX:
                # The holder before us may have removed the file between our open and
                # our lock: then we hold a name nobody else will find. Lock again.
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(path))
                except OSError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            except OSError:
                pass  # the process id is only a courtesy to the other copy
            return fd
        return None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let another copy write the journal (after this one has closed it)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if _POSIX and self.path is not None:
            # Removed while still locked, so nobody locks a file that is going away.
            try:
                self.path.unlink()
            except OSError:
                pass
        _unlock(fd)
        try:
            os.close(fd)
        except OSError:
            pass

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
