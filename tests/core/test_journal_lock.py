"""One writer per journal: the lock beside it, held by one copy, gone with a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.journal_lock import JournalLock, lock_file_name, lock_holder

REPO = Path(__file__).resolve().parents[2]
SID = "4248d21c6ec84686acea3b7a1819fb8c"

HOLDER = """
import sys
from pathlib import Path
from facilitator.core.journal_lock import JournalLock
lock = JournalLock.acquire([Path(sys.argv[1])], sys.argv[2])
print("held" if lock is not None and lock.held else "refused", flush=True)
sys.stdin.read()  # hold it until killed (or stdin closes)
"""


def test_the_lock_file_is_hidden_beside_the_journal(tmp_path):
    lock = JournalLock.acquire([tmp_path], SID)
    assert lock is not None and lock.held
    assert lock.path == tmp_path / lock_file_name(SID) == tmp_path / f".{SID}.lock"
    assert lock.path.read_text().split() == [str(os.getpid())]
    if os.name == "posix":
        assert lock.path.stat().st_mode & 0o777 == 0o600
    lock.release()
    assert not lock.held
    assert not (tmp_path / f".{SID}.lock").exists()


def test_a_second_writer_is_refused_until_the_first_lets_go(tmp_path):
    first = JournalLock.acquire([tmp_path], SID)
    assert first is not None
    assert JournalLock.acquire([tmp_path], SID) is None
    holder = lock_holder([tmp_path], SID)
    assert holder is not None and holder.pid == os.getpid()
    assert JournalLock.acquire([tmp_path], "another-session") is not None
    first.release()
    assert lock_holder([tmp_path], SID) is None
    again = JournalLock.acquire([tmp_path], SID)
    assert again is not None and again.held
    again.release()


def test_a_lock_held_in_any_of_the_folders_counts(tmp_path):
    sessions, fallback = tmp_path / "sessions", tmp_path / "fallback"
    fallback.mkdir(mode=0o700)
    held = JournalLock.acquire([fallback], SID)
    assert held is not None
    assert JournalLock.acquire([sessions, fallback], SID) is None
    held.release()
    mine = JournalLock.acquire([sessions, fallback], SID)
    assert mine is not None and mine.path == sessions / f".{SID}.lock"
    mine.release()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a folder the user cannot write")
def test_a_folder_that_takes_no_files_passes_the_lock_on(tmp_path):
    locked = tmp_path / "readonly"
    locked.mkdir()
    locked.chmod(0o500)
    spare = tmp_path / "spare"
    try:
        lock = JournalLock.acquire([locked, spare], SID)
        assert lock is not None and lock.path == spare / f".{SID}.lock"
        lock.release()
    finally:
        locked.chmod(0o700)


def test_nowhere_to_lock_still_lets_the_meeting_be_written(tmp_path):
    in_the_way = tmp_path / "file"
    in_the_way.write_text("not a folder")
    lock = JournalLock.acquire([in_the_way], SID)
    assert lock is not None and lock.path is None and not lock.held
    lock.release()


def _hold_in_another_process(folder: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), SID],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               env=env, cwd=REPO)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_copy_killed_with_kill_9_leaves_no_lock_that_blocks(tmp_path):
    """The other copy is killed mid-meeting: its lock file stays, but it no longer holds."""
    process = _hold_in_another_process(tmp_path)
    try:
        holder = lock_holder([tmp_path], SID)
        assert holder is not None and holder.pid == process.pid
        assert JournalLock.acquire([tmp_path], SID) is None
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        process.stdout.close()
    assert (tmp_path / f".{SID}.lock").exists()  # left behind by the kill
    assert lock_holder([tmp_path], SID) is None
    lock = JournalLock.acquire([tmp_path], SID)
    assert lock is not None and lock.held
    assert lock.path is not None and lock.path.read_text().split() == [str(os.getpid())]
    lock.release()


def test_a_copy_that_quits_lets_go(tmp_path):
    process = _hold_in_another_process(tmp_path)
    assert process.stdin is not None and process.stdout is not None
    process.stdin.close()
    process.wait(timeout=30)
    process.stdout.close()
    assert lock_holder([tmp_path], SID) is None
