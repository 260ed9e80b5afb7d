"""Files and folders only their user can read: creating them so, and refusing anyone else's.

The meeting logs say who came late and why a block ran over; they stay the
user's own. On POSIX systems that means folders 0700 and files 0600 owned by
the user, whatever the umask, and a shared temporary folder in which nothing
planted by another account (a folder, a file, a symbolic link) is trusted.
On Windows the user's profile folders already keep others out, and the
ownership checks here do not apply.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .messages import message, os_reason

__all__ = [
    "PRIVATE_FILE_MODE",
    "PRIVATE_FOLDER_MODE",
    "SHARED_FILE_MODE",
    "ensure_private_folder",
    "folder_refusal",
    "file_refusal",
    "open_export",
    "open_private",
    "share_file",
    "tighten_folder",
]

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
#: An export the user asked to share: readable by others, as the umask allows.
SHARED_FILE_MODE = 0o644

_POSIX = os.name == "posix"


def _uid() -> int:
    return os.getuid() if _POSIX else -1


def folder_refusal(folder: Path) -> str | None:
    """Why `folder` cannot be trusted as the user's own, or None when it can (or is absent).

    Checked on every use, not only when creating: a folder planted in a
    shared temporary folder by another account, a symbolic link, or one that
    others can read or write is refused.
    """
    if not _POSIX:
        return None
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return message("refusal_cannot_check", why=os_reason(exc))
    if stat.S_ISLNK(info.st_mode):
        return message("refusal_symlink")
    if not stat.S_ISDIR(info.st_mode):
        return message("refusal_not_folder")
    if info.st_uid != _uid():
        return message("refusal_other_user", uid=info.st_uid)
    if info.st_mode & 0o077:
        return message("refusal_others_open", mode=f"{stat.S_IMODE(info.st_mode):o}")
    return None


def file_refusal(path: Path) -> str | None:
    """Why the file at `path` cannot be trusted as the user's own, or None when it can."""
    if not _POSIX:
        return None
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return message("refusal_cannot_check", why=os_reason(exc))
    if stat.S_ISLNK(info.st_mode):
        return message("refusal_symlink")
    if not stat.S_ISREG(info.st_mode):
        return message("refusal_not_file")
    if info.st_uid != _uid():
        return message("refusal_other_user", uid=info.st_uid)
    return None


def tighten_folder(folder: Path) -> int | None:
    """Make an existing folder of ours 0700; returns its old mode when it was looser.

    Never raises: a folder that cannot be changed (someone else's, a file
    system without POSIX modes such as a USB stick's FAT) is left as it is.
    """
    if not _POSIX:
        return None
    try:
        info = os.stat(folder)
    except OSError:
        return None
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o077 or info.st_uid != _uid():
        return None
    try:
        os.chmod(folder, PRIVATE_FOLDER_MODE)
        if stat.S_IMODE(os.stat(folder).st_mode) & 0o077:
            return None  # modes do not stick here: nothing to tighten
    except OSError:
        return None
    return mode


def ensure_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) 0700 whatever the umask; tighten it if looser.

    Raises OSError when the folder cannot be created.
    """
    missing = []
    here = folder
    while not here.exists() and here.parent != here:
        missing.append(here)
        here = here.parent
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if not _POSIX:
        return
    for created in missing:
        try:
            os.chmod(created, PRIVATE_FOLDER_MODE)  # mkdir's mode is cut by the umask only
        except OSError:
            pass
    if not missing:
        tighten_folder(folder)


def open_private(path: Path, mode: int = PRIVATE_FILE_MODE) -> int:
    """Open `path` for writing (created or truncated) with `mode`; returns the descriptor.

    An existing file gets `mode` too, so an export written over an older,
    looser one is not left readable by others. A symbolic link is not followed.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, mode)
    if _POSIX:
        try:
            # An existing file keeps its old mode through O_TRUNC: set it.
            os.fchmod(fd, mode if mode == PRIVATE_FILE_MODE else mode & ~_umask())
        except OSError:
            pass
    return fd


def _umask() -> int:
    # Read without changing it for longer than this call.
    current = os.umask(0o077)
    os.umask(current)
    return current


@contextlib.contextmanager
def open_export(path: Path, encoding: str = "utf-8", shared: bool = False) -> Iterator[TextIO]:
    """A report or export to write: only the user can read it unless `shared` is asked for."""
    fd = open_private(path, SHARED_FILE_MODE if shared else PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
        yield handle


def share_file(path: Path) -> None:
    """Let others read a file the user chose to share (0644, as the umask allows)."""
    if _POSIX:
        os.chmod(path, SHARED_FILE_MODE & ~_umask())
