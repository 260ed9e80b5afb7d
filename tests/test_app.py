"""The composition root's pieces: loading programmes, recording the journal, resuming."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.app import SessionRecorder
from facilitator.core.agenda import AgendaError
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.journal_list import find_resumable
from facilitator.core.snapshot import MeetingState
from facilitator.programme_file import load_programme

ROOT = Path(__file__).resolve().parents[1]
CET = timezone(timedelta(hours=1))


def test_without_a_file_the_bundled_klyngemoede_opens():
    loaded = load_programme(None)
    assert loaded.agenda.title == "Samarbejde og fællesskab"
    assert loaded.agenda.total_minutes == 150
    assert len(loaded.sha256) == 64


def test_a_yaml_programme_opens(tmp_path):
    loaded = load_programme(ROOT / "agendas" / "koordinatoruddannelse-dag.yaml")
    assert loaded.agenda.start == 9 * 60
    assert not loaded.imported


def test_a_text_programme_is_imported_on_the_fly(tmp_path):
    text = tmp_path / "program.txt"
    text.write_text("09.00-09.15 Velkomst\n09.15-10.00 Oplæg\n10.00-10.15 Pause\n",
                    encoding="utf-8")
    loaded = load_programme(text)
    assert loaded.imported
    assert [b.minutes for b in loaded.agenda.blocks] == [15, 45, 15]


def test_a_broken_programme_says_where(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\nblocks: [}\n", encoding="utf-8")
    with pytest.raises(AgendaError) as caught:
        load_programme(broken)
    assert str(caught.value).startswith(f"{broken}:2:")
    with pytest.raises(AgendaError, match="not UTF-8"):
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff\xfe 09.00 x")
        load_programme(bad)


def run_meeting(tmp_path, clock, agenda):
    engine = MeetingEngine(agenda, clock)

    def open_journal():
        return SessionJournal.create(tmp_path / "sessions", agenda, now=clock.now(),
                                     agenda_source="test.yaml", app_version="test")

    recorder = SessionRecorder(open_journal)
    engine.add_listener(recorder.record)
    return engine, recorder


def test_the_journal_starts_with_the_meeting_and_records_every_event(tmp_path):
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 2, tzinfo=CET))
    agenda = load_programme(None).agenda
    engine, recorder = run_meeting(tmp_path, clock, agenda)
    assert recorder.journal is None
    assert "starts with the meeting" in recorder.status()
    engine.start()
    clock.advance(120)
    engine.next_block()
    clock.advance(60 * 9)
    engine.tick()
    recorder.close()
    log = read_session(recorder.journal.path)
    # Nine minutes between ticks with the machine awake is no suspend: nothing about clocks.
    assert [r["type"] for r in log.records] == [
        "start", "block_start", "block_start", "step_start", "step_start", "warning"]
    assert [r["seq"] for r in log.records] == list(range(1, 7))
    assert log.header["agenda"] == agenda.to_json()
    assert recorder.status() == f"Log: {recorder.journal.path}"
    assert recorder.warning() is None


def test_an_unfinished_meeting_resumes_where_it_was(tmp_path):
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    agenda = load_programme(None).agenda
    engine, recorder = run_meeting(tmp_path, clock, agenda)
    engine.start()
    clock.advance(180)
    engine.next_block()
    clock.advance(300)
    engine.adjust(2)
    engine.tick()
    before = engine.snapshot()
    # The laptop crashes here; the app comes back four minutes later.
    clock.advance(240)
    log = find_resumable(tmp_path / "sessions", clock.now())
    assert log is not None
    rebuilt = MeetingEngine.replay(log.to_agenda(), clock, log.records)
    journal = SessionJournal.reopen(log)
    rebuilt.add_listener(journal.append)
    events = rebuilt.take_resume_events()
    assert events[0].type.value == "resumed_after_crash"
    assert events[0].data["gap_seconds"] == 240
    after = rebuilt.snapshot()
    assert after.state is MeetingState.RUNNING
    assert after.index == before.index == 1
    assert after.length == before.length
    assert after.block_elapsed == pytest.approx(before.block_elapsed + 240)
    rebuilt.finish()
    journal.close()
    lines = Path(log.path).read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines[1:]]
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    assert records[-1]["type"] == "finish"
    assert find_resumable(tmp_path / "sessions", clock.now()) is None


def test_an_unwritable_sessions_folder_is_reported_and_timing_goes_on(tmp_path):
    clock = FakeClock()
    agenda = load_programme(None).agenda
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    engine = MeetingEngine(agenda, clock)
    recorder = SessionRecorder(lambda: SessionJournal.create(
        blocker / "sessions", agenda, now=clock.now(), fallback_dir=tmp_path / "fallback"))
    engine.add_listener(recorder.record)
    engine.start()
    clock.advance(30)
    engine.next_block()
    assert engine.state is MeetingState.RUNNING
    warning = recorder.warning()
    assert warning is not None and "fallback" in warning
    types = [r["type"] for r in read_session(recorder.journal.path).records]
    assert types == ["start", "block_start", "block_start", "step_start"]


def test_a_log_moved_to_the_fallback_folder_is_the_one_resumed(tmp_path):
    from facilitator.resume_offers import newest_resumable

    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    agenda = load_programme(None).agenda
    first = SessionJournal.create(tmp_path / "sessions", agenda, now=clock.now(),
                                  session_id="same")
    engine = MeetingEngine(agenda, clock)
    engine.add_listener(first.append)
    engine.start()
    first.close()
    # The disk filled up: the whole log so far was rewritten in the fallback folder.
    copy = tmp_path / "fallback"
    copy.mkdir()
    target = copy / first.path.name
    target.write_bytes(first.path.read_bytes())
    later = SessionJournal.reopen(read_session(target))
    clock.advance(300)
    engine.add_listener(later.append)
    engine.next_block()
    later.close()
    log = newest_resumable([tmp_path / "sessions", copy, tmp_path / "missing"], clock.now())
    assert log is not None and log.path == target


@pytest.mark.parametrize("speed", ["0", "-3", "nan", "inf"])
def test_a_speed_that_is_no_positive_number_is_refused(tmp_path, speed):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "facilitator", "--speed", speed],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--speed must be a positive number" in result.stderr


@pytest.mark.parametrize("preference, programme_mode, expected", [
    (None, None, "suggest"),
    ("follow", None, "follow"),
    ("follow", "off", "off"),
])
def test_the_slide_preference_reaches_the_engine_unless_the_programme_says(
        qtbot, tmp_path, preference, programme_mode, expected):
    from facilitator.core.slides import SlideMode
    from facilitator.settings import Settings
    from tests.scenarios.harness import App

    home = tmp_path / "home"
    home.mkdir()
    if preference is not None:
        settings = Settings(home / "config" / "settings.json")
        settings.set("slides_follow", preference)
        assert settings.save() is None
    programme = tmp_path / "p.yaml"
    programme.write_text("title: T\n" + (f"slides_follow: {programme_mode}\n"
                                          if programme_mode else "")
                         + "blocks:\n  - {title: A, minutes: 5, slides: 1-3}\n"
                         "  - {title: B, minutes: 5, slides: 4-6}\n", encoding="utf-8")
    app = App(qtbot, home, [str(programme)], show=False)
    assert app.engine.slide_mode is SlideMode(expected)
    app.close()


def test_a_refused_speed_is_said_in_danish(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "facilitator", "--lang", "da", "--speed", "0"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == \
        "facilitator: fejl: --speed skal være et positivt tal"
