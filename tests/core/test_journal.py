"""The session journal: writing, reading back, damaged files, full folders, resume, kill -9."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.events import EventType, MeetingEvent
from facilitator.core.journal import (
    FORMAT_VERSION,
    JournalError,
    SessionJournal,
    parse_session,
    read_session,
    session_file_name,
    session_slug,
)
from facilitator.core.journal_list import find_resumable, is_resumable, list_sessions

REPO = Path(__file__).resolve().parents[2]
CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, 3, tzinfo=CET)


def make_agenda(title="Klyngemøde: samarbejde"):
    return agenda_from_mapping({
        "title": title,
        "start": "17:00",
        "blocks": [
            {"title": "Velkommen", "minutes": 10},
            {"title": "Gruppearbejde", "minutes": 20, "flexible": True, "min_minutes": 10},
            {"title": "Pause", "minutes": 5, "kind": "break"},
        ],
    })


def event(seconds, kind, block=0, **data):
    """A record as the engine writes it, `seconds` into the meeting."""
    return {"t": (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds"),
            "elapsed": float(seconds), "type": kind, "block": block, **data}


def write_session(folder, records, *, created=T0, title="Klyngemøde: samarbejde", **kwargs):
    journal = SessionJournal.create(folder, make_agenda(title), now=created,
                                    app_version="9.9", **kwargs)
    for record in records:
        journal.append(record)
    journal.close()
    assert journal.path is not None and journal.fallback_reason is None
    return journal.path


MEETING = [
    event(0, "start"),
    event(0, "block_start", reason="start"),
    event(300, "pause"),
    event(360, "resume"),
    event(600, "block_start", 1, reason="next"),
    event(700, "note", 1, text="God snak", reason="discussion"),
]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("title, slug", [
    ("Klyngemøde: Samarbejde og fællesskab", "klyngemoede-samarbejde-og-faellesskab"),
    ("Årsmøde 2026", "aarsmoede-2026"),
    ("Café  über — résumé!", "cafe-uber-resume"),
    ("ØRESUND", "oeresund"),
    ("!!!", "meeting"),
    ("", "meeting"),
    ("会议", "meeting"),
])
def test_slug_is_ascii_with_danish_letters_spelled_out(title, slug):
    assert session_slug(title) == slug


def test_slug_is_capped_without_a_trailing_hyphen():
    slug = session_slug("a" * 59 + " bcd")
    assert len(slug) <= 60 and not slug.endswith("-")


def test_file_name_has_local_time_and_slug():
    assert session_file_name(T0, "Årsmøde") == "2026-11-22T17-00-03_aarsmoede.jsonl"


# --------------------------------------------------------------------------- writing


def test_header_is_line_one_with_the_whole_programme(tmp_path):
    agenda = make_agenda()
    source = b"title: Klyngem\xc3\xb8de\n"
    journal = SessionJournal.create(tmp_path / "sessions", agenda, now=T0,
                                    agenda_source="/x/klynge.yaml", agenda_bytes=source,
                                    app_version="0.1.0", speed=2.0, session_id="abc")
    journal.close()
    assert journal.path == tmp_path / "sessions" / \
        "2026-11-22T17-00-03_klyngemoede-samarbejde.jsonl"
    header = json.loads(journal.path.read_text(encoding="utf-8").splitlines()[0])
    assert header == {
        "type": "session",
        "format": FORMAT_VERSION,
        "session_id": "abc",
        "app_version": "0.1.0",
        "created": "2026-11-22T17:00:03+01:00",
        "agenda": agenda.to_json(),
        "agenda_source": "/x/klynge.yaml",
        "agenda_sha256": hashlib.sha256(source).hexdigest(),
        "timing": agenda.timing_json(),
        "speed": 2.0,
    }


def test_header_keeps_danish_text_readable(tmp_path):
    path = write_session(tmp_path, [])
    assert "Klyngemøde" in path.read_text(encoding="utf-8")


def test_session_ids_are_unique(tmp_path):
    first = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    second = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    assert first.session_id != second.session_id
    assert len(first.session_id) == 32


def test_same_second_same_title_gets_a_new_name(tmp_path):
    first = write_session(tmp_path, [])
    second = write_session(tmp_path, [])
    third = write_session(tmp_path, [])
    assert first.name == "2026-11-22T17-00-03_klyngemoede-samarbejde.jsonl"
    assert second.name == "2026-11-22T17-00-03_klyngemoede-samarbejde-2.jsonl"
    assert third.name == "2026-11-22T17-00-03_klyngemoede-samarbejde-3.jsonl"


def test_append_numbers_lines_one_per_event(tmp_path):
    journal = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    seqs = [journal.append(record) for record in MEETING]
    journal.close()
    assert seqs == list(range(1, len(MEETING) + 1))
    lines = journal.path.read_bytes().split(b"\n")
    assert lines[-1] == b""  # every line is complete
    records = [json.loads(line) for line in lines[1:-1]]
    assert [r["seq"] for r in records] == seqs
    assert records[0] == {"seq": 1, **MEETING[0]}
    assert list(records[0])[0] == "seq"


def test_append_takes_engine_events_and_ignores_a_given_seq(tmp_path):
    journal = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    journal.append(MeetingEvent(EventType.ADJUST, 12.3456, 1, T0,
                                MappingProxyType({"minutes": 2})))
    journal.append({**event(13, "note", text="a\nb"), "seq": 99})
    journal.close()
    log = read_session(journal.path)
    assert log.records[0] == {"seq": 1, "t": "2026-11-22T17:00:03.000+01:00",
                              "elapsed": 12.346, "type": "adjust", "block": 1, "minutes": 2}
    assert log.records[1]["seq"] == 2
    assert log.records[1]["text"] == "a\nb"
    assert len(journal.path.read_bytes().splitlines()) == 3


def test_journal_is_an_engine_listener(tmp_path):
    from facilitator.core.clock import FakeClock
    from facilitator.core.engine import MeetingEngine

    clock = FakeClock(start=T0)
    engine = MeetingEngine(make_agenda(), clock)
    journal = SessionJournal.create(tmp_path, engine.agenda, now=clock.now())
    engine.add_listener(journal.append)
    engine.start()
    clock.advance(90)
    engine.next_block()
    engine.finish()
    journal.close()
    log = read_session(journal.path)
    assert [r["type"] for r in log.records][:2] == ["start", "block_start"]
    assert log.finished and not log.problems


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_readable_by_the_user_only(tmp_path):
    path = write_session(tmp_path / "sessions", MEETING)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_records_are_kept_for_the_caller(tmp_path):
    journal = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    for record in MEETING:
        journal.append(record)
    assert [r["seq"] for r in journal.records] == list(range(1, len(MEETING) + 1))
    assert journal.next_seq == len(MEETING) + 1


def test_appending_after_close_keeps_the_event_in_memory(tmp_path):
    journal = SessionJournal.create(tmp_path, make_agenda(), now=T0)
    journal.close()
    assert journal.closed
    assert journal.append(event(1, "note", text="late")) == 1
    assert journal.records[-1]["text"] == "late"
    assert read_session(journal.path).records == ()


# --------------------------------------------------------------------------- reading


def test_read_back_what_was_written(tmp_path):
    path = write_session(tmp_path, [*MEETING, event(900, "finish", 1)])
    log = read_session(path)
    assert log.problems == ()
    assert [r["type"] for r in log.records] == [r["type"] for r in MEETING] + ["finish"]
    assert log.title == "Klyngemøde: samarbejde"
    assert log.created == T0
    assert log.started and log.finished
    assert log.last_activity == T0 + timedelta(seconds=900)
    assert log.speed == 1.0
    assert log.to_agenda().to_json() == make_agenda().to_json()
    assert log.to_agenda().blocks[1].min_minutes == 10


def test_torn_last_line_is_skipped_with_a_warning(tmp_path):
    path = write_session(tmp_path, MEETING)
    with open(path, "ab") as handle:
        handle.write(b'{"seq":7,"t":"2026-11-22T17:1')
    log = read_session(path)
    assert len(log.records) == len(MEETING)
    [problem] = log.problems
    assert problem.line == len(MEETING) + 2
    assert "torn" in problem.message
    assert str(problem).startswith(f"{path}:{len(MEETING) + 2}: warning: torn")


def test_cut_anywhere_keeps_every_complete_line(tmp_path):
    """A power cut can stop the file at any byte; the complete lines before it survive."""
    data = write_session(tmp_path, MEETING).read_bytes()
    header_end = data.index(b"\n") + 1
    for cut in range(header_end, len(data) + 1):
        log = parse_session(data[:cut])
        complete = data[:cut].count(b"\n") - 1
        torn = not data[:cut].endswith(b"\n")
        # A line cut just before its newline is whole JSON, and kept.
        whole_but_newline = torn and data[cut:cut + 1] == b"\n"
        expected = complete + (1 if whole_but_newline else 0)
        assert [r["seq"] for r in log.records] == list(range(1, expected + 1)), cut
        assert len(log.problems) == (1 if torn and not whole_but_newline else 0), cut


def test_cut_inside_the_header_is_not_a_session(tmp_path):
    data = write_session(tmp_path, MEETING).read_bytes()
    with pytest.raises(JournalError, match="not a session journal"):
        parse_session(data[:50])


def test_damaged_lines_in_the_middle_are_skipped_and_reported(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    with open(path, "ab") as handle:
        handle.write(b"garbage, not json\n")
        handle.write(b"\xff\xfe\x00 not utf-8\n")
        handle.write(b"[1, 2, 3]\n")
        handle.write(b'{"type": "note"}\n')  # no seq
        handle.write(b'{"seq": 3}\n')  # no type
        handle.write(b"\n")  # blank lines are harmless
        handle.write(b'{"seq": 8, "type": "pause", "elapsed": 5, "block": 0}\n')
    log = read_session(path)
    assert [r["seq"] for r in log.records] == [1, 2, 8]
    assert [p.line for p in log.problems] == [4, 5, 6, 7, 8]
    assert all("damaged" in p.message for p in log.problems)


def test_a_repeated_seq_is_skipped_with_a_warning(tmp_path):
    path = write_session(tmp_path, MEETING[:2])
    with open(path, "ab") as handle:
        handle.write(b'{"seq": 2, "type": "pause", "elapsed": 5, "block": 0}\n')
    log = read_session(path)
    assert [r["seq"] for r in log.records] == [1, 2]
    assert [r["type"] for r in log.records] == ["start", "block_start"]
    [problem] = log.problems
    assert problem.line == 4 and "seq 2 again (first on line 3)" in problem.message


def test_lines_out_of_order_are_read_in_seq_order_with_a_warning(tmp_path):
    path = write_session(tmp_path, MEETING)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[3], lines[4] = lines[4], lines[3]
    path.write_bytes(b"".join(lines))
    log = read_session(path)
    assert [r["seq"] for r in log.records] == list(range(1, len(MEETING) + 1))
    [problem] = log.problems
    assert problem.line == 5 and "seq 3 comes after seq 4" in problem.message


def test_newer_format_is_read_with_a_warning(tmp_path):
    path = write_session(tmp_path, MEETING)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = json.loads(lines[0])
    header["format"] = FORMAT_VERSION + 1
    path.write_text(json.dumps(header) + "\n" + "".join(lines[1:]), encoding="utf-8")
    log = read_session(path)
    assert len(log.records) == len(MEETING)
    assert "newer version" in log.problems[0].message


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\n\n", "empty"),
    (b'{"hello": "world"}\n', "not a session journal"),
    (b"\x00\x01\x02\xff" * 100, "not a session journal"),
    (b'{"type": "session", "format": "one", "agenda": {"blocks": []}}\n', "format"),
    (b'{"type": "session", "format": 1}\n', "no programme"),
])
def test_foreign_files_raise_journal_error(tmp_path, content, message):
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    with pytest.raises(JournalError, match=message):
        read_session(path)


def test_missing_file_and_folder_raise_journal_error(tmp_path):
    with pytest.raises(JournalError, match="cannot read"):
        read_session(tmp_path / "missing.jsonl")
    with pytest.raises(JournalError, match="folder"):
        read_session(tmp_path)


@pytest.fixture(scope="module")
def header_line(tmp_path_factory):
    return write_session(tmp_path_factory.mktemp("header"), []).read_bytes()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_raise_journal_error_only(data):
    try:
        log = parse_session(data)
    except JournalError:
        return
    assert all(isinstance(r["seq"], int) for r in log.records)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda s: s.encode("utf-8")),
    st.dictionaries(st.sampled_from(["seq", "type", "elapsed", "block", "t"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats()),
                    ).map(lambda d: json.dumps(d).encode()),
), max_size=8))
def test_damaged_lines_never_break_a_real_header(header_line, lines):
    log = parse_session(header_line + b"\n".join(line.replace(b"\n", b" ") for line in lines))
    assert log.title == "Klyngemøde: samarbejde"


# --------------------------------------------------------------------------- listing


def test_listing_is_newest_first(tmp_path):
    older = write_session(tmp_path, MEETING, created=T0 - timedelta(days=7), title="Old")
    newer = write_session(tmp_path, MEETING, created=T0, title="New")
    middle = write_session(tmp_path, MEETING, created=T0 - timedelta(days=1), title="Mid")
    listing = list_sessions(tmp_path)
    assert [log.path for log in listing.sessions] == [newer, middle, older]
    assert listing.problems == ()


def test_listing_reports_and_skips_damaged_and_foreign_files(tmp_path):
    good = write_session(tmp_path, MEETING)
    (tmp_path / "notes.txt").write_text("shopping list", encoding="utf-8")
    (tmp_path / "other-app.jsonl").write_text('{"level": "info"}\n', encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "binary.jsonl").write_bytes(os.urandom(300).replace(b"\n", b""))
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "subfolder.jsonl").mkdir()
    torn = write_session(tmp_path, MEETING, created=T0 - timedelta(hours=1))
    with open(torn, "ab") as handle:
        handle.write(b'{"seq": 7, "ty')

    listing = list_sessions(tmp_path)
    assert [log.path for log in listing.sessions] == [good, torn]
    assert sorted(p.path.name for p in listing.problems) == [
        "binary.jsonl", "empty.jsonl", "notes.txt", "other-app.jsonl"]
    assert all("skipped" in p.message for p in listing.problems)
    assert [p.line for p in listing.sessions[1].problems] == [len(MEETING) + 2]


def test_listing_a_missing_folder_is_empty(tmp_path):
    listing = list_sessions(tmp_path / "nothing")
    assert listing.sessions == () and listing.problems == ()


def test_listing_a_file_instead_of_a_folder_is_a_problem(tmp_path):
    (tmp_path / "sessions").write_text("oops", encoding="utf-8")
    listing = list_sessions(tmp_path / "sessions")
    assert listing.sessions == ()
    assert "cannot read the sessions folder" in listing.problems[0].message


# --------------------------------------------------------------------------- resume


def test_find_resumable_takes_the_newest_unfinished_young_session(tmp_path):
    finished = [*MEETING, event(900, "finish", 1)]
    write_session(tmp_path, finished, created=T0)
    wanted = write_session(tmp_path, MEETING, created=T0 - timedelta(hours=1))
    write_session(tmp_path, MEETING, created=T0 - timedelta(hours=2))
    now = T0 + timedelta(hours=2)
    log = find_resumable(tmp_path, now)
    assert log is not None and log.path == wanted
    assert [r["seq"] for r in log.records] == list(range(1, len(MEETING) + 1))
    assert log.header["agenda"]["title"] == "Klyngemøde: samarbejde"


def test_find_resumable_measures_age_from_the_last_event(tmp_path):
    long_meeting = [*MEETING, event(11 * 3600, "note", 1, text="still here")]
    path = write_session(tmp_path, long_meeting, created=T0 - timedelta(hours=11))
    now = T0 + timedelta(hours=11)
    assert find_resumable(tmp_path, now).path == path
    assert find_resumable(tmp_path, now + timedelta(hours=12, seconds=1)) is None


@pytest.mark.parametrize("records", [[], [*MEETING, event(900, "finish", 1)]],
                         ids=["never started", "finished"])
def test_not_resumable(tmp_path, records):
    write_session(tmp_path, records)
    assert find_resumable(tmp_path, T0 + timedelta(minutes=20)) is None


def test_resumable_accepts_a_naive_local_now(tmp_path):
    log = read_session(write_session(tmp_path, MEETING))
    soon = (T0 + timedelta(minutes=30)).astimezone().replace(tzinfo=None)
    assert is_resumable(log, soon)
    assert not is_resumable(log, soon + timedelta(days=2))


def test_nothing_to_resume_in_an_empty_folder(tmp_path):
    assert find_resumable(tmp_path, T0) is None


def test_reopen_numbers_on_in_the_same_file(tmp_path):
    path = write_session(tmp_path, MEETING)
    journal = SessionJournal.reopen(path)
    assert journal.path == path and journal.fallback_reason is None
    seq = journal.append(event(5000, "resumed_after_crash", 1, gap_seconds=4000.0))
    journal.append(event(5100, "finish", 1))
    journal.close()
    assert seq == len(MEETING) + 1
    log = read_session(path)
    assert log.problems == ()
    assert [r["seq"] for r in log.records] == list(range(1, len(MEETING) + 3))
    assert log.finished


def test_reopen_after_a_torn_line_keeps_new_lines_whole(tmp_path):
    path = write_session(tmp_path, MEETING)
    with open(path, "ab") as handle:
        handle.write(b'{"seq": 7, "t": "2026-')
    log = find_resumable(tmp_path, T0 + timedelta(minutes=30))
    journal = SessionJournal.reopen(log)
    assert journal.append(event(2000, "resumed_after_crash", 1, gap_seconds=1.0)) == 7
    journal.close()
    again = read_session(path)
    assert [r["seq"] for r in again.records] == list(range(1, 8))
    assert again.records[-1]["type"] == "resumed_after_crash"
    [problem] = again.problems
    assert problem.line == len(MEETING) + 2 and "damaged" in problem.message


def test_reopen_of_a_foreign_file_raises_journal_error(tmp_path):
    (tmp_path / "x.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(JournalError):
        SessionJournal.reopen(tmp_path / "x.jsonl")


# --------------------------------------------------------------------------- faults


def test_unusable_sessions_folder_falls_back_to_a_temporary_folder(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("in the way", encoding="utf-8")
    journal = SessionJournal.create(blocker / "sessions", make_agenda(), now=T0,
                                    fallback_dir=tmp_path / "fallback")
    for record in MEETING:
        journal.append(record)
    journal.close()
    assert journal.path is not None and journal.path.parent == tmp_path / "fallback"
    assert str(blocker) in journal.fallback_reason
    assert not journal.failed and journal.failure is None
    log = read_session(journal.path)
    assert len(log.records) == len(MEETING) and log.problems == ()


def test_default_fallback_is_a_private_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr("tempfile.tempdir", None)  # let tempfile read TMPDIR again
    blocker = tmp_path / "file.txt"
    blocker.write_text("in the way", encoding="utf-8")
    journal = SessionJournal.create(blocker / "sessions", make_agenda(), now=T0)
    journal.close()
    owner = f"-{os.getuid()}" if os.name == "posix" else ""
    assert journal.path.parent == tmp_path / "tmp" / f"facilitator-sessions{owner}"
    if os.name == "posix":
        assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700


def test_when_nothing_can_be_written_events_stay_in_memory(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("in the way", encoding="utf-8")
    journal = SessionJournal.create(blocker / "sessions", make_agenda(), now=T0,
                                    fallback_dir=blocker / "fallback")
    seqs = [journal.append(record) for record in MEETING]
    journal.close()
    assert journal.failed and journal.path is None
    assert str(blocker / "fallback") in journal.failure
    assert seqs == list(range(1, len(MEETING) + 1))
    assert [r["type"] for r in journal.records] == [r["type"] for r in MEETING]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_sessions_folder_falls_back(tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        journal = SessionJournal.create(folder, make_agenda(), now=T0,
                                        fallback_dir=tmp_path / "fallback")
        journal.close()
        assert journal.path.parent == tmp_path / "fallback"
        assert "ermission" in journal.fallback_reason
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_mid_meeting_moves_the_whole_log(tmp_path):
    journal = SessionJournal.create(tmp_path / "sessions", make_agenda(), now=T0,
                                    fallback_dir=tmp_path / "fallback")
    first = journal.path
    journal.append(MEETING[0])
    # Swap the open file for /dev/full: the next write fails as on a full disk.
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, journal._fd)
    os.close(full)
    for record in MEETING[1:]:
        journal.append(record)
    journal.close()
    assert journal.fallback_reason.startswith("the disk is full (")
    assert journal.path.parent == tmp_path / "fallback"
    moved = read_session(journal.path)
    assert [r["seq"] for r in moved.records] == list(range(1, len(MEETING) + 1))
    assert moved.header["session_id"] == read_session(first).header["session_id"]


# --------------------------------------------------------------------------- kill -9

CHILD = r"""
import sys
from datetime import datetime
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import SessionJournal

agenda = agenda_from_mapping({"title": "Kill test", "blocks": [{"title": "A", "minutes": 10}]})
journal = SessionJournal.create(sys.argv[1], agenda, now=datetime.now().astimezone(),
                                fallback_dir=sys.argv[2])
print("path", journal.path, flush=True)
n = 0
while True:
    kind = "start" if n == 0 else "block_start" if n == 1 else "note"
    record = {"t": datetime.now().astimezone().isoformat(timespec="milliseconds"),
              "elapsed": n * 0.25, "type": kind, "block": 0, "text": "x" * (n % 300)}
    print(journal.append(record), flush=True)
    n += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_loses_nothing_already_shown(tmp_path):
    sessions = tmp_path / "sessions"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
            [sys.executable, "-c", CHILD, str(sessions), str(tmp_path / "fallback")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
            cwd=REPO) as child:
        assert child.stdout is not None and child.stderr is not None
        watchdog = threading.Timer(60, child.kill)
        watchdog.start()
        try:
            first = child.stdout.readline()
            assert first.startswith("path "), child.stderr.read()
            path = Path(first.split(" ", 1)[1].strip())
            shown = []
            while len(shown) < 200:
                line = child.stdout.readline()
                assert line, child.stderr.read()
                shown.append(int(line))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            # Whatever the child printed before it died was appended before it was printed.
            shown += [int(line) for line in child.stdout.read().split()]
        finally:
            watchdog.cancel()
            child.kill()
    assert path.parent == sessions
    assert child.returncode == -signal.SIGKILL

    log = read_session(path)
    written = [r["seq"] for r in log.records]
    assert written[: len(shown)] == shown
    assert set(shown) <= set(written)
    assert all(p.line == len(written) + 2 for p in log.problems)  # at most a torn tail
    resumable = find_resumable(sessions, datetime.now().astimezone())
    assert resumable is not None and resumable.path == path
    assert [r["seq"] for r in resumable.records] == written
    journal = SessionJournal.reopen(resumable)
    assert journal.append({"type": "resumed_after_crash", "elapsed": 1.0, "block": 0}) == \
        written[-1] + 1
    journal.close()


def test_each_sessions_folder_has_its_own_fallback_folder(tmp_path):
    from facilitator.core.journal import fallback_folder

    one, two = fallback_folder(tmp_path / "a"), fallback_folder(tmp_path / "b")
    assert one != two and one.parent == two.parent
    assert fallback_folder(tmp_path / "a") == one


def test_a_listing_takes_the_longer_copy_of_a_session_found_twice(tmp_path):
    import shutil

    from facilitator.core.agenda_check import agenda_from_mapping
    from facilitator.core.journal import SessionJournal
    from facilitator.core.journal_list import list_sessions

    agenda = agenda_from_mapping({"title": "T", "blocks": [{"title": "A", "minutes": 5}]})
    now = datetime(2026, 11, 22, 17, 0, tzinfo=timezone.utc)
    journal = SessionJournal.create(tmp_path / "sessions", agenda, now=now, session_id="x1")
    journal.append({"t": now.isoformat(), "elapsed": 0, "type": "start", "block": 0})
    journal.close()
    (tmp_path / "fallback").mkdir()
    copy = tmp_path / "fallback" / journal.path.name
    shutil.copy(journal.path, copy)
    with open(copy, "a", encoding="utf-8") as handle:
        handle.write('{"seq": 2, "t": "2026-11-22T17:01:00+00:00", "elapsed": 60, '
                     '"type": "block_start", "block": 0}\n')
    listing = list_sessions(tmp_path / "sessions", also=[tmp_path / "fallback",
                                                         tmp_path / "missing"])
    assert [log.path for log in listing.sessions] == [copy]
    assert list_sessions(tmp_path / "sessions").sessions[0].path == journal.path
