"""The user's files stay the user's: folders 0700, files 0600, nobody else's folder trusted."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import SessionJournal, fallback_folder, fallback_folders, read_session
from facilitator.core.journal_list import find_resumable, list_sessions
from facilitator.core.private import (
    ensure_private_folder,
    folder_refusal,
    open_export,
    share_file,
    tighten_folder,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX ownership and modes")

T0 = datetime(2026, 11, 22, 17, 0, tzinfo=timezone(timedelta(hours=1)))
OTHER_UID = 54321  # another account on the same machine


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def agenda():
    return agenda_from_mapping({"title": "Møde", "blocks": [{"title": "A", "minutes": 5}]})


def as_another_user(path):
    """Hand `path` to another account, as if that account had made it (needs root)."""
    if os.getuid() != 0:
        pytest.skip("only root can make a file belong to another account")
    os.chown(path, OTHER_UID, OTHER_UID, follow_symlinks=False)


@pytest.fixture
def tmp(tmp_path, monkeypatch):
    """A temporary folder of the test's own standing in for the shared /tmp."""
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr("tempfile.tempdir", str(shared))
    return shared


def plant_unfinished_meeting(folder, owner_is_other=True):
    """Another user's "unfinished meeting" in `folder`, as the attack leaves it."""
    folder.mkdir(mode=0o777, exist_ok=True)
    folder.chmod(0o777)
    journal = SessionJournal.create(folder, agenda(), now=T0, fallback_dir=folder / "x")
    journal.append({"t": T0.isoformat(), "elapsed": 0, "type": "start", "block": 0})
    journal.close()
    if owner_is_other:
        as_another_user(journal.path)
        as_another_user(folder)
    return journal.path


def test_folders_are_made_0700_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        ensure_private_folder(tmp_path / "data" / "sessions")
    finally:
        os.umask(old)
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "sessions") == 0o700


def test_a_looser_folder_of_ours_is_tightened_and_says_so(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    folder.chmod(0o755)
    assert tighten_folder(folder) == 0o755
    assert mode(folder) == 0o700
    assert tighten_folder(folder) is None  # already private: nothing to say


def test_journals_and_their_folders_are_private_under_umask_000(tmp_path):
    old = os.umask(0)
    try:
        journal = SessionJournal.create(tmp_path / "data" / "sessions", agenda(), now=T0)
        journal.close()
    finally:
        os.umask(old)
    assert mode(journal.path) == 0o600
    assert mode(tmp_path / "data" / "sessions") == 0o700
    assert mode(tmp_path / "data") == 0o700


def test_the_fallback_folder_carries_the_users_uid(tmp):
    assert str(os.getuid()) in fallback_folder(tmp / "sessions").name


def test_a_planted_fallback_folder_is_neither_listed_nor_resumed(tmp, tmp_path):
    sessions = tmp_path / "data" / "sessions"
    planted = plant_unfinished_meeting(fallback_folder(sessions))
    listing = list_sessions(sessions, also=fallback_folders(sessions))
    assert listing.sessions == ()
    [problem] = listing.problems
    assert "another user" in str(problem) and str(fallback_folder(sessions)) in str(problem)
    assert find_resumable(fallback_folder(sessions), T0 + timedelta(minutes=5)) is None
    assert planted.exists()


def test_when_the_name_is_taken_the_log_goes_to_a_folder_listing_still_reads(tmp, tmp_path):
    sessions = tmp_path / "file-in-the-way"
    sessions.write_text("not a folder", encoding="utf-8")
    plant_unfinished_meeting(fallback_folder(sessions))
    own = SessionJournal.create(sessions, agenda(), now=T0,
                                fallback_dir=fallback_folder(sessions))
    own.append({"t": T0.isoformat(), "elapsed": 0, "type": "start", "block": 0})
    own.close()
    assert own.path is not None and own.path.parent != fallback_folder(sessions)
    assert own.path.parent.name.startswith(fallback_folder(sessions).name + "-")
    assert mode(own.path.parent) == 0o700
    listing = list_sessions(sessions, also=fallback_folders(sessions))
    assert [log.path for log in listing.sessions] == [own.path]


def test_a_link_or_a_loose_fallback_folder_is_refused(tmp, tmp_path):
    sessions = tmp_path / "sessions"
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    fallback_folder(sessions).symlink_to(target)
    assert "symbolic link" in folder_refusal(fallback_folder(sessions))
    listing = list_sessions(sessions, also=fallback_folders(sessions))
    assert "symbolic link" in str(listing.problems[0])
    fallback_folder(sessions).unlink()
    loose = fallback_folder(sessions)
    loose.mkdir()
    loose.chmod(0o777)
    assert "others can open it" in folder_refusal(loose)
    assert list_sessions(sessions, also=[loose]).sessions == ()


def test_a_file_planted_in_our_own_fallback_folder_is_not_read(tmp, tmp_path):
    sessions = tmp_path / "sessions"
    folder = fallback_folder(sessions)
    folder.mkdir(mode=0o700)
    planted = plant_unfinished_meeting(folder, owner_is_other=False)
    as_another_user(planted)
    listing = list_sessions(sessions, also=fallback_folders(sessions))
    assert listing.sessions == ()
    assert "another user" in str(listing.problems[0])


def test_resume_never_appends_to_someone_elses_file(tmp, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o700)
    journal = SessionJournal.create(folder, agenda(), now=T0)
    journal.append({"t": T0.isoformat(), "elapsed": 0, "type": "start", "block": 0})
    journal.close()
    log = read_session(journal.path)
    as_another_user(journal.path)
    before = journal.path.read_bytes()
    again = SessionJournal.reopen(log, fallback_dir=tmp_path / "fallback")
    again.append({"t": T0.isoformat(), "elapsed": 1, "type": "pause", "block": 0})
    again.close()
    assert journal.path.read_bytes() == before
    assert again.path is not None and again.path.parent == tmp_path / "fallback"
    assert "another user" in again.fallback_reason
    assert [r["type"] for r in read_session(again.path).records] == ["start", "pause"]


def test_exports_are_private_unless_shared(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "report.html"
        target.write_text("old, loose", encoding="utf-8")
        target.chmod(0o644)
        with open_export(target) as handle:
            handle.write("<p>rapport</p>")
        assert mode(target) == 0o600
        assert target.read_text(encoding="utf-8") == "<p>rapport</p>"
        share_file(target)
        assert mode(target) == 0o644
        with open_export(tmp_path / "shared.csv", shared=True) as handle:
            handle.write("a;b\n")
        assert mode(tmp_path / "shared.csv") == 0o644
    finally:
        os.umask(old)


def test_an_export_does_not_follow_a_planted_link(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "report.html").symlink_to(victim)
    with pytest.raises(OSError):
        with open_export(tmp_path / "report.html") as handle:
            handle.write("x")
    assert victim.read_text(encoding="utf-8") == "keep me"
