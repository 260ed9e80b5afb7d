"""`facilitator review`: series statistics and calibration on the command line, and the window."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from facilitator.cli import _add_common
from facilitator.cli_review import add_review_commands
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda_text
from facilitator.core.journal_list import list_sessions
from facilitator.core.series import group_series

from .core.test_series import FIRST, PROGRAMME, RUNS, write_run, write_series

ROOT = Path(__file__).resolve().parents[1]
OTHER = agenda_from_mapping({"title": "Årsmøde", "blocks": [
    {"title": "Beretning", "minutes": 30}, {"title": "Valg", "minutes": 15}]})


def run(*argv):
    # The parser as facilitator.cli builds it, with `review` added the same way.
    parser = argparse.ArgumentParser(prog="facilitator")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_review_commands(sub, _add_common)
    args = parser.parse_args(list(argv))
    out, err = io.StringIO(), io.StringIO()
    code = args.handler(args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data_dir(tmp_path):
    write_series(tmp_path / "sessions")
    write_run(tmp_path / "sessions", [32, 14], FIRST + timedelta(days=10), agenda=OTHER)
    return tmp_path


def test_the_latest_meeting_s_series_by_default(data_dir):
    code, out, err = run("review", "--series", "--data-dir", str(data_dir), "--lang", "en")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Series: Klyngemøde (5 meetings, 2026-09-01 – 2026-12-22)"
    blok1 = next(line for line in lines if "Blok 1" in line)
    assert blok1.split()[3:] == ["65", "70", "72", "64", "74", "72", "72", "70.4", "74",
                                 "4/5", "+7"]


@pytest.mark.parametrize("name", ["Årsmøde", "årsm", "  ÅRSMØDE "])
def test_a_programme_by_title(data_dir, name):
    code, out, _ = run("review", "--series", name, "--data-dir", str(data_dir),
                       "--lang", "en")
    assert code == 0
    assert out.startswith("Series: Årsmøde (1 meetings")


def test_a_programme_by_series_id_or_file(data_dir, tmp_path):
    sessions = list_sessions(data_dir / "sessions").sessions
    key = next(s.key for s in group_series(sessions) if s.title == "Klyngemøde")
    code, out, _ = run("review", "--series", key[:6], "--data-dir", str(data_dir),
                       "--lang", "da")
    assert code == 0 and out.startswith("Serie: Klyngemøde")
    programme = tmp_path / "klynge.yaml"
    programme.write_text(yaml.safe_dump(PROGRAMME, allow_unicode=True), encoding="utf-8")
    code, out, _ = run("review", "--series", str(programme), "--data-dir", str(data_dir),
                       "--lang", "da")
    assert code == 0 and out.startswith("Serie: Klyngemøde")


def test_an_unknown_programme(data_dir):
    code, out, err = run("review", "--series", "Generalforsamling", "--data-dir", str(data_dir))
    assert code == 1 and out == ""
    assert "no logged programme 'Generalforsamling'" in err and "Klyngemøde (" in err


def test_an_ambiguous_programme(tmp_path):
    write_run(tmp_path / "sessions", [10, 10], FIRST, agenda=agenda_from_mapping(
        {"title": "Møde A", "blocks": [{"title": "x", "minutes": 5},
                                       {"title": "y", "minutes": 5}]}))
    write_run(tmp_path / "sessions", [10], FIRST, agenda=agenda_from_mapping(
        {"title": "Møde B", "blocks": [{"title": "x", "minutes": 5}]}))
    code, _, err = run("review", "--series", "Møde", "--data-dir", str(tmp_path))
    assert code == 1 and "matches 2 programmes" in err


def test_no_meetings_yet(tmp_path):
    code, _, err = run("review", "--series", "--data-dir", str(tmp_path))
    assert code == 1 and "no meetings logged yet" in err


def test_series_as_json_and_csv(data_dir, tmp_path):
    code, out, _ = run("review", "--series", "Klyngemøde", "--format", "json",
                       "--data-dir", str(data_dir))
    assert code == 0
    data = json.loads(out)
    assert data["blocks"][2]["median_overrun_minutes"] == 7
    assert data["median_actual_minutes"] == 159
    target = tmp_path / "series.csv"
    code, out, err = run("review", "--series", "Klyngemøde", "-o", str(target), "--lang", "da",
                         "--data-dir", str(data_dir))
    assert code == 0 and out == ""
    assert f"{target}: skrev serien \"Klyngemøde\"" in err  # --lang da
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffNr.;Punkt;Planlagt;2026-09-01 17:02")


def test_calibration_as_text(data_dir):
    code, out, _ = run("review", "--series", "Klyngemøde", "--calibrate", "--lang", "en",
                       "--data-dir", str(data_dir))
    assert code == 0
    assert "3. Blok 1 ran over in 4 of 5 meetings by a median of 7 min: plan 72 min" in out
    assert "Planned 150 min, revised 161 min." in out
    assert "Warning: the revised programme takes 161 min, 11 min more than its 150 min slot." \
        in out


def test_calibration_as_json(data_dir):
    code, out, _ = run("review", "--series", "Klyngemøde", "--calibrate", "--format", "json",
                       "--data-dir", str(data_dir))
    data = json.loads(out)
    assert [b["suggested_minutes"] for b in data["blocks"]] == [4, 10, 72, 15, 25, 35]
    assert data["slot_warning"]["shorten_instead"][0] == {
        "index": 4, "title": "Blok 2", "reason": "ran_under", "minutes": 3}


def test_calibrate_writes_the_revised_programme(data_dir, tmp_path):
    target = tmp_path / "revised.yaml"
    args = ("review", "--series", "Klyngemøde", "--calibrate", "-o", str(target),
            "--data-dir", str(data_dir), "--lang", "en")
    code, out, err = run(*args)
    assert code == 0
    assert "ran over in 4 of 5 meetings" in out
    assert f"{target}: wrote the revised \"Klyngemøde\", 161 min" in err
    agenda = load_agenda_text(target.read_text(encoding="utf-8"))
    assert [b.minutes for b in agenda.blocks] == [4, 10, 72, 15, 25, 35]
    code, _, err = run(*args)
    assert code == 1 and "exists; use --force" in err
    code, _, _ = run(*args, "--force")
    assert code == 0


def test_unfinished_runs_only(tmp_path):
    write_run(tmp_path / "sessions", RUNS[0], FIRST, finished=False)
    code, out, err = run("review", "--series", "--calibrate", "--data-dir", str(tmp_path),
                         "--lang", "en")
    assert code == 0
    assert "no finished meeting of \"Klyngemøde\" to count" in err
    assert "Not counted:" in out and "not finished" in out
    assert "(only 0 runs)" in out


def test_calibrate_needs_series(data_dir):
    code, _, err = run("review", "--calibrate", "--data-dir", str(data_dir))
    assert code == 2 and "go with --series" in err


@pytest.mark.parametrize("suffix", [".html", ".csv", ".json"])
def test_export_one_meeting(data_dir, tmp_path, suffix):
    target = tmp_path / f"meeting{suffix}"
    code, out, err = run("review", "--meeting", "-o", str(target), "--lang", "da",
                         "--data-dir", str(data_dir))
    assert code == 0 and out == ""
    assert err.startswith(f"{target}: skrev rapporten om 2026-12-22T17-02-00_klyngemoede")
    text = target.read_text(encoding="utf-8-sig")
    if suffix == ".json":
        assert json.loads(text)["actual_minutes"] == 160
    elif suffix == ".csv":
        assert text.startswith("Nr.;Punkt;Planlagt")
    else:
        assert 'lang="da"' in text and "Tidsrapport" in text


def test_export_a_named_meeting_and_refuse_to_overwrite(data_dir, tmp_path):
    target = tmp_path / "m.json"
    code, _, _ = run("review", "--meeting", "2026-09-11", "-o", str(target),
                     "--data-dir", str(data_dir))
    assert code == 0 and json.loads(target.read_text())["agenda_title"] == "Årsmøde"
    code, _, err = run("review", "--meeting", "-o", str(target), "--data-dir", str(data_dir))
    assert code == 1 and "exists; use --force" in err


def test_export_needs_a_known_file_type(data_dir, tmp_path):
    code, _, err = run("review", "--meeting", "--data-dir", str(data_dir))
    assert code == 2 and "needs -o FILE" in err
    code, _, err = run("review", "--meeting", "-o", str(tmp_path / "m.docx"),
                       "--data-dir", str(data_dir))
    assert code == 2 and ".pdf, .html, .csv or .json" in err
    code, _, err = run("review", "--meeting", "nothing-like-it", "-o", str(tmp_path / "m.pdf"),
                       "--data-dir", str(data_dir))
    assert code == 1 and "no session 'nothing-like-it'" in err


SCRIPT = (
    "import argparse, sys\n"
    "from facilitator.cli import _add_common\n"
    "from facilitator.cli_review import add_review_commands\n"
    "parser = argparse.ArgumentParser()\n"
    "add_review_commands(parser.add_subparsers(), _add_common)\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.handler(args, sys.stdout, sys.stderr))\n")


def run_in_process_of_its_own(*argv, **env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(env_changes)
    return subprocess.run([sys.executable, "-c", SCRIPT, *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_export_a_pdf_without_a_display(data_dir, tmp_path):
    target = tmp_path / "meeting.pdf"
    result = run_in_process_of_its_own("review", "--meeting", "-o", str(target),
                                       "--data-dir", str(data_dir), "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_review_opens_the_window_and_closes(data_dir):
    result = run_in_process_of_its_own("review", "--data-dir", str(data_dir), "--lang", "en",
                                       QT_QPA_PLATFORM="offscreen",
                                       FACILITATOR_QUIT_AFTER_MS="300")
    assert result.returncode == 0, result.stderr
