"""`facilitator report` and `sessions` on a damaged journal: sane figures, the damage named."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone

from facilitator.cli import main
from facilitator.core.agenda_check import agenda_from_mapping

from .damaged_journals import damaged_meeting

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 0, 0, tzinfo=CET)
AGENDA = agenda_from_mapping({"title": "Klyngemøde", "start": "17:00", "blocks": [
    {"title": "Velkommen", "minutes": 10}, {"title": "Drøftelse", "minutes": 20}]})


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_report_on_a_damaged_journal_counts_once_and_names_each_line(tmp_path):
    path = damaged_meeting(tmp_path / "sessions", AGENDA, T0)
    code, out, err = run("report", "--last", "--format", "json", "--data-dir", str(tmp_path))
    assert code == 0
    report = json.loads(out)
    assert report["actual_minutes"] == 25
    [first, second] = report["blocks"]
    assert first["visits"] == 1 and first["adjust_minutes"] == 2
    assert first["actual_minutes"] == 12 and second["actual_minutes"] == 13
    for line in (5, 6, 7, 8, 11):  # two repeats, three wild numbers
        assert f"{path}:{line}: warning:" in err
    assert "seq 3 again" in err and "elapsed 1e+308" in err
    assert "elapsed is not a finite number (nan)" in err


def test_report_text_has_no_absurd_figure(tmp_path):
    damaged_meeting(tmp_path / "sessions", AGENDA, T0)
    code, out, err = run("report", "--last", "--lang", "en", "--data-dir", str(tmp_path))
    assert code == 0
    figures = "\n".join(line for line in out.splitlines() if not line.startswith("Session"))
    assert re.search(r"\d{6}", figures) is None, out
    assert "Length:    planned 30 min, actual 25 min (-5 min)" in out


def test_sessions_lists_a_damaged_journal_with_a_huge_line(tmp_path):
    path = damaged_meeting(tmp_path / "sessions", AGENDA, T0, huge_line_bytes=3 * 1024 * 1024)
    code, out, err = run("sessions", "--json", "--data-dir", str(tmp_path))
    assert code == 0
    [session] = json.loads(out)
    assert session["actual_minutes"] == 25 and session["finished"]
    assert f"{path}:7: warning: line of 3.0 MiB, far too long" in err
    assert [int(line.split(":")[1]) for line in err.splitlines()] == [5, 6, 7, 8, 9, 12]
