"""`facilitator sessions` and `facilitator report` against journals in a --data-dir."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.cli import main
from facilitator.cli_journal import language_for
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import SessionJournal

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, 0, tzinfo=CET)


def record(start, seconds, kind, block=0, **data):
    return {"t": (start + timedelta(seconds=seconds)).isoformat(timespec="milliseconds"),
            "elapsed": float(seconds), "type": kind, "block": block, **data}


def add_session(data_dir, title, start, finished=True, session_id=None):
    agenda = agenda_from_mapping({"title": title, "start": f"{start:%H:%M}", "blocks": [
        {"title": "Velkommen", "minutes": 10}, {"title": "Drøftelse", "minutes": 20}]})
    journal = SessionJournal.create(data_dir / "sessions", agenda, now=start,
                                    session_id=session_id)
    for item in [record(start, 0, "start"), record(start, 0, "block_start", reason="start"),
                 record(start, 720, "block_start", 1, reason="next"),
                 record(start, 800, "note", 1, text="Livlig", reason="discussion")]:
        journal.append(item)
    if finished:
        journal.append(record(start, 2100, "finish", 1))
    journal.close()
    return journal.path


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data_dir(tmp_path):
    add_session(tmp_path, "Klyngemøde", T0, session_id="aaaa1111")
    add_session(tmp_path, "Årsmøde", T0 + timedelta(days=1), finished=False,
                session_id="bbbb2222")
    return tmp_path


def test_sessions_lists_newest_first(data_dir):
    code, out, err = run("sessions", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Date", "Programme"]
    assert "Årsmøde" in lines[1] and "not finished" in lines[1]
    assert "Klyngemøde" in lines[2] and "finished" in lines[2]
    assert "30 min" in lines[2] and "35 min" in lines[2] and "+5 min" in lines[2]
    assert "2026-11-22T17-00-00_klyngemoede" in lines[2]


def test_sessions_json(data_dir):
    code, out, _ = run("sessions", "--json", "--data-dir", str(data_dir))
    assert code == 0
    data = json.loads(out)
    assert [d["title"] for d in data] == ["Årsmøde", "Klyngemøde"]
    assert [d["finished"] for d in data] == [False, True]
    assert data[1]["actual_minutes"] == 35 and data[1]["planned_minutes"] == 30


def test_sessions_in_danish(data_dir):
    _, out, _ = run("sessions", "--data-dir", str(data_dir), "--lang", "da")
    assert out.splitlines()[0].split()[:2] == ["Dato", "Program"]
    assert "ikke afsluttet" in out


def test_no_sessions_says_where_it_looked(tmp_path):
    code, out, err = run("sessions", "--data-dir", str(tmp_path))
    assert code == 1 and out == ""
    assert f"no sessions yet in {tmp_path / 'sessions'}" in err
    code, out, _ = run("sessions", "--json", "--data-dir", str(tmp_path))
    assert code == 1 and json.loads(out) == []


def test_facilitator_home_is_the_default_data_dir(data_dir, monkeypatch):
    monkeypatch.setenv("FACILITATOR_HOME", str(data_dir))
    code, out, _ = run("sessions", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_damaged_and_foreign_files_are_reported_not_fatal(data_dir):
    sessions = data_dir / "sessions"
    (sessions / "junk.jsonl").write_bytes(b"\x00\xff garbage\n")
    (sessions / "readme.txt").write_text("hello", encoding="utf-8")
    code, out, err = run("sessions", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0
    assert len(out.splitlines()) == 3
    assert "junk.jsonl: warning: not a session journal" in err
    assert "readme.txt: warning:" in err


def test_report_defaults_to_the_latest_session(data_dir):
    code, out, err = run("report", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0, err
    assert out.startswith("Time report: Årsmøde")
    code, last, _ = run("report", "--last", "--data-dir", str(data_dir), "--lang", "en")
    assert last == out


@pytest.mark.parametrize("name", ["aaaa1111", "aaaa", "2026-11-22T17",
                                  "2026-11-22T17-00-00_klyngemoede",
                                  "2026-11-22T17-00-00_klyngemoede.jsonl"])
def test_report_finds_a_session_by_id_or_file_name(data_dir, name):
    code, out, err = run("report", name, "--data-dir", str(data_dir), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["session_id"] == "aaaa1111"


def test_report_by_path_outside_the_data_dir(data_dir, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    path = add_session(elsewhere, "Bestyrelsesmøde", T0, session_id="cccc")
    code, out, _ = run("report", str(path), "--data-dir", str(data_dir), "--format", "json")
    assert code == 0 and json.loads(out)["agenda_title"] == "Bestyrelsesmøde"


def test_report_on_an_ambiguous_or_unknown_name(data_dir):
    code, _, err = run("report", "2026", "--data-dir", str(data_dir))
    assert code == 1 and "matches 2 sessions" in err
    code, _, err = run("report", "nope", "--data-dir", str(data_dir))
    assert code == 1 and "no session 'nope'" in err and str(data_dir / "sessions") in err


def test_report_with_no_sessions(tmp_path):
    code, _, err = run("report", "--last", "--data-dir", str(tmp_path))
    assert code == 1 and "no sessions yet in" in err


def test_report_on_a_file_that_is_no_journal(tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text('{"a": 1}\n', encoding="utf-8")
    code, _, err = run("report", str(other), "--data-dir", str(tmp_path))
    assert code == 1 and "not a session journal" in err


def test_report_session_and_last_exclude_each_other(data_dir):
    with pytest.raises(SystemExit):
        run("report", "aaaa", "--last", "--data-dir", str(data_dir))


def test_report_warns_about_a_torn_line(data_dir):
    path = next((data_dir / "sessions").glob("*aarsmoede*"))
    with open(path, "ab") as handle:
        handle.write(b'{"seq": 9, "t"')
    code, out, err = run("report", "bbbb", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0 and out.startswith("Time report")
    assert "warning: torn last line" in err


def test_report_to_files_picks_the_format_from_the_name(data_dir):
    for name, check in (("r.html", "<!DOCTYPE html>"), ("r.json", '{\n  "session_id"'),
                        ("r.txt", "Tidsrapport")):
        target = data_dir / name
        code, out, err = run("report", "aaaa", "-o", str(target), "--data-dir", str(data_dir),
                             "--lang", "da")
        assert code == 0 and out == ""
        assert target.read_text(encoding="utf-8").startswith(check)
        assert f"{target}: skrev" in err


def test_csv_file_has_a_byte_order_mark_for_spreadsheets(data_dir):
    target = data_dir / "r.csv"
    code, _, _ = run("report", "aaaa", "-o", str(target), "--data-dir", str(data_dir),
                     "--lang", "da")
    assert code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][1] == "Velkommen" and rows[1][3] == "12"


def test_report_to_an_unwritable_place(data_dir):
    blocker = data_dir / "file.txt"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run("report", "aaaa", "-o", str(blocker / "r.html"),
                       "--data-dir", str(data_dir))
    assert code == 1 and "cannot write" in err


@pytest.mark.parametrize("choice, env, lang", [
    ("en", {"LANG": "da_DK.UTF-8"}, "en"),
    (None, {"LANG": "da_DK.UTF-8"}, "da"),
    (None, {"LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),
    (None, {"LANGUAGE": "da:en"}, "da"),
    (None, {"LANG": "C.UTF-8"}, "en"),
    (None, {}, "en"),
])
def test_language_from_the_option_or_the_locale(choice, env, lang):
    assert language_for(choice, env) == lang


def test_check_speaks_danish_when_asked(capsys):
    from pathlib import Path

    from facilitator.cli import main

    agenda = Path(__file__).resolve().parents[1] / "agendas" / "stop-op-i-klyngen.yaml"
    assert main(["check", str(agenda), "--lang", "da"]) == 0
    assert "blokke, 90 min." in capsys.readouterr().out
    assert main(["check", str(agenda), "--lang", "en"]) == 0
    assert "blocks, 90 min" in capsys.readouterr().out


def test_sessions_and_report_last_go_by_when_each_meeting_really_started(tmp_path):
    """Not by file name, header `created` or file time: an old rehearsal's journal says
    21:00 in all three (its times were sped up), but its meeting started at 16:10."""
    rehearsal = add_session(tmp_path, "Prøve", T0 - timedelta(minutes=50), session_id="old1")
    text = rehearsal.read_text(encoding="utf-8").replace('"created":"2026-11-22T16:10:00+01:00"',
                                                         '"created":"2026-11-22T21:00:00+01:00"')
    late_name = rehearsal.with_name("2026-11-22T21-00-00_proeve.jsonl")
    late_name.write_text(text, encoding="utf-8")
    rehearsal.unlink()
    meeting = add_session(tmp_path, "Klyngemøde", T0, finished=False, session_id="new2")
    os.utime(late_name, (T0.timestamp() + 4 * 3600,) * 2)
    os.utime(meeting, (T0.timestamp(),) * 2)
    code, out, _ = run("sessions", "--json", "--data-dir", str(tmp_path))
    assert code == 0
    assert [s["session_id"] for s in json.loads(out)] == ["new2", "old1"]
    code, out, _ = run("report", "--last", "--format", "json", "--data-dir", str(tmp_path))
    assert json.loads(out)["session_id"] == "new2"
