"""Offering unfinished meetings back: which programme is the same, and closing a run for good."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from facilitator.core.journal import read_session
from facilitator.core.journal_list import find_resumable, is_resumable
from facilitator.core.journal_lock import JournalLock
from facilitator.core.report import build_report, summarise
from facilitator.core.report_render import render, render_sessions_text
from facilitator.core.resumption import (
    abandon_session,
    programme_identity,
    resumable_sessions,
    same_programme,
)

from .test_journal import MEETING, T0, event, write_session


def test_programme_identity_makes_file_paths_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert programme_identity("kursusdag.yaml") == str(tmp_path / "kursusdag.yaml")
    assert programme_identity("<bundled>/klyngemoede.yaml") == "<bundled>/klyngemoede.yaml"
    assert programme_identity(None) is None


@pytest.mark.parametrize(("header", "source", "sha", "same"), [
    ({"agenda_source": "/p/stop-op.yaml", "agenda_sha256": "a"}, "/p/stop-op.yaml", "b", True),
    ({"agenda_source": "/p/stop-op.yaml", "agenda_sha256": "a"}, "/q/copy.yaml", "a", True),
    ({"agenda_source": "/p/stop-op.yaml", "agenda_sha256": "a"}, "/p/kursusdag.yaml", "b",
     False),
    ({"agenda_source": "<bundled>/k.yaml", "agenda_sha256": None}, "<bundled>/k.yaml", "", True),
    ({"agenda_source": "<bundled>/k.yaml", "agenda_sha256": None}, "/x/k.yaml", "", False),
    ({"agenda_source": None, "agenda_sha256": None}, "/x/k.yaml", "", False),
    ({"agenda_source": None, "agenda_sha256": ""}, "/x/k.yaml", "", False),
])
def test_same_programme_is_the_same_file_or_the_same_bytes(header, source, sha, same):
    assert same_programme(header, source, sha) is same


def test_the_same_title_is_not_the_same_programme():
    header = {"agenda_source": "/a/klyngemoede.yaml", "agenda_sha256": "1",
              "agenda": {"title": "Klyngemøde", "blocks": []}}
    assert not same_programme(header, "/b/klyngemoede.yaml", "2")


def test_a_relative_source_matches_its_absolute_form(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    header = {"agenda_source": str(tmp_path / "kursusdag.yaml"), "agenda_sha256": "1"}
    assert same_programme(header, "kursusdag.yaml", "2")


def test_discard_closes_the_session_where_it_stopped(tmp_path):
    path = write_session(tmp_path, MEETING)
    log = read_session(path)
    assert is_resumable(log, T0 + timedelta(minutes=15))
    later = T0 + timedelta(hours=2)
    assert abandon_session(log, "discarded", later, lock_folders=[tmp_path])
    closed = read_session(path)
    last = closed.records[-1]
    assert last["type"] == "abandoned" and last["reason"] == "discarded"
    assert last["seq"] == closed.records[-2]["seq"] + 1
    assert last["elapsed"] == MEETING[-1]["elapsed"]
    assert closed.abandoned == "discarded"
    assert not is_resumable(closed, T0 + timedelta(minutes=15))
    assert find_resumable(tmp_path, T0 + timedelta(minutes=15)) is None
    assert resumable_sessions([tmp_path], T0 + timedelta(minutes=15)) == []
    # Closed once: a second discard writes nothing.
    assert not abandon_session(closed, "replaced", later, lock_folders=[tmp_path])
    assert len(read_session(path).records) == len(closed.records)
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))


def test_a_session_another_copy_holds_is_not_closed(tmp_path):
    path = write_session(tmp_path, MEETING)
    log = read_session(path)
    lock = JournalLock.acquire([tmp_path], log.session_id)
    assert lock is not None
    before = path.read_bytes()
    assert not abandon_session(log, "replaced", T0 + timedelta(hours=1), lock_folders=[tmp_path])
    assert path.read_bytes() == before
    lock.release()


def test_a_finished_session_is_not_abandoned(tmp_path):
    path = write_session(tmp_path, [*MEETING, event(900, "finish", 1)])
    assert not abandon_session(read_session(path), "discarded", T0, lock_folders=[tmp_path])
    assert read_session(path).abandoned is None


def test_an_unknown_reason_is_refused(tmp_path):
    path = write_session(tmp_path, MEETING)
    with pytest.raises(ValueError):
        abandon_session(read_session(path), "bored", T0, lock_folders=[tmp_path])


def test_reports_end_an_abandoned_meeting_where_it_stopped(tmp_path):
    path = write_session(tmp_path, MEETING)
    open_report = build_report(read_session(path))
    abandon_session(read_session(path), "replaced", T0 + timedelta(hours=3),
                    lock_folders=[tmp_path])
    log = read_session(path)
    report = build_report(log)
    assert report.abandoned == "replaced" and report.has_ended and not report.is_finished
    assert report.ended == open_report.ended  # not three hours later
    assert report.actual_minutes == open_report.actual_minutes
    assert report.to_json()["abandoned"] == "replaced"
    text = render(report, "text", "en")
    assert "closed unfinished" in text and "so far" not in text
    assert "lukket uafsluttet" in render(report, "text", "da")
    summary = summarise(log)
    assert summary.abandoned == "replaced" and summary.to_json()["abandoned"] == "replaced"
    assert "closed unfinished" in render_sessions_text([summary], "en")


def test_resumable_sessions_newest_activity_first(tmp_path):
    older = write_session(tmp_path, MEETING, created=T0)
    newer = write_session(tmp_path, [event(1800, "start"), event(1800, "block_start")],
                          created=T0 + timedelta(minutes=30), title="Kursusdag")
    found = resumable_sessions([tmp_path], T0 + timedelta(minutes=40))
    assert [log.path for log in found] == [newer, older]
