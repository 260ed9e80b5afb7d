"""Series of logged meetings: grouping, per-block statistics, drift and calibration, exactly."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
import yaml

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda_text
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.journal_list import list_sessions
from facilitator.core.report import build_report
from facilitator.core.series import (
    OVER_TOLERANCE,
    Exclusion,
    Rule,
    calibrate,
    group_series,
    meeting_drift,
    programme_key,
    series_statistics,
    was_resumed,
)
from facilitator.core.series_render import (
    render_calibration_json,
    render_calibration_text,
    render_series_csv,
    render_series_json,
    render_series_text,
    revised_programme_yaml,
)

CET = timezone(timedelta(hours=1))
FIRST = datetime(2026, 9, 1, 17, 2, tzinfo=CET)

PROGRAMME = {
    "title": "Klyngemøde",
    "start": "17:00",
    "blocks": [
        {"title": "Opfølgning", "kind": "plenary"},
        {"title": "Introduktion", "minutes": 10, "kind": "talk",
         "steps": [{"title": "Video", "minutes": 3}, {"title": "Formål", "minutes": 7}]},
        {"title": "Blok 1", "minutes": 65, "kind": "group", "max_minutes": 70,
         "steps": [{"title": "Oplæg", "minutes": 25}, {"title": "Grupper", "minutes": 40}]},
        {"title": "Pause", "minutes": 15, "kind": "break"},
        {"title": "Blok 2", "minutes": 25, "kind": "group", "flexible": True,
         "min_minutes": 20},
        {"title": "Blok 3", "minutes": 35, "kind": "group", "flexible": True},
    ],
}

#: Actual minutes per block in five meetings, oldest first. Blok 1 ran over in
#: four of them (by 5, 7, 9 and 7 minutes), the untimed Opfølgning in all five.
RUNS = [
    [4, 10, 70, 15, 25, 34],
    [3, 11, 72, 14, 24, 35],
    [5, 10, 64, 15, 20, 33],
    [4, 12, 74, 13, 22, 35],
    [6, 10, 72, 15, 21, 36],
]


def make_agenda(data=None, **changes):
    data = json.loads(json.dumps(data or PROGRAMME))
    data.update(changes)
    return agenda_from_mapping(data)


def write_run(folder, minutes, when, agenda=None, finished=True, speed=1.0, skip=(),
              session_id=None, resumed=False):
    """A journal of one meeting whose blocks took `minutes` each (None: skipped)."""
    agenda = agenda or make_agenda()
    journal = SessionJournal.create(folder, agenda, now=when, speed=speed,
                                    session_id=session_id)
    t = 0.0

    def add(kind, block, **data):
        journal.append({"t": (when + timedelta(seconds=t)).isoformat(timespec="milliseconds"),
                        "elapsed": t, "type": kind, "block": block, **data})

    add("start", 0)
    for index, length in enumerate(minutes):
        if length is None or index in skip:
            continue
        add("block_start", index, reason="start" if index == 0 else "next")
        if resumed and index == 1:
            add("resumed_after_crash", index, gap_seconds=30)
        if index == 2 and length > 65:
            add("note", index, text="Livlig drøftelse", reason="discussion")
        t += length * 60
    if finished:
        add("finish", len(minutes) - 1)
    journal.close()
    return journal.path


def write_series(folder, runs=RUNS, first=FIRST, agenda=None):
    return [write_run(folder, minutes, first + timedelta(days=28 * n), agenda=agenda)
            for n, minutes in enumerate(runs)]


@pytest.fixture
def series(tmp_path):
    write_series(tmp_path)
    [found] = group_series(list_sessions(tmp_path).sessions)
    return found


# --------------------------------------------------------------------------- grouping


def test_a_programme_is_its_title_and_block_titles(tmp_path):
    base = make_agenda().to_json()
    longer = make_agenda(blocks=[dict(b, minutes=b.get("minutes", 0) + 5)
                                 for b in PROGRAMME["blocks"]]).to_json()
    assert programme_key(base) == programme_key(longer)
    spaced = dict(base, title="  klyngemøde ")
    assert programme_key(spaced) == programme_key(base)
    renamed = dict(base, blocks=[dict(b) for b in base["blocks"]])
    renamed["blocks"][3]["title"] = "Kaffe"
    assert programme_key(renamed) != programme_key(base)
    assert programme_key(dict(base, title="Årsmøde")) != programme_key(base)


def test_sessions_group_into_series_newest_first(tmp_path):
    write_series(tmp_path)
    other = agenda_from_mapping({"title": "Årsmøde", "blocks": [
        {"title": "Beretning", "minutes": 30}]})
    write_run(tmp_path, [35], FIRST + timedelta(days=200), agenda=other)
    calibrated = make_agenda(blocks=[dict(b, minutes=72, max_minutes=75)
                                     if b["title"] == "Blok 1" else b
                                     for b in PROGRAMME["blocks"]])
    write_run(tmp_path, [4, 10, 71, 15, 22, 35], FIRST + timedelta(days=150), agenda=calibrated)
    found = group_series(list_sessions(tmp_path).sessions)
    assert [s.title for s in found] == ["Årsmøde", "Klyngemøde"]
    klynge = found[1]
    assert len(klynge.reports) == 6
    assert klynge.reports[0].blocks[2].planned_minutes == 72
    assert klynge.block_titles[2] == "Blok 1"
    assert [r.started for r in klynge.reports] == sorted(
        (r.started for r in klynge.reports), reverse=True)


# --------------------------------------------------------------------------- statistics


def test_block_statistics_are_exact(series):
    stats = series_statistics(series)
    assert len(stats.runs) == 5 and stats.excluded == ()
    follow, intro, blok1, pause, blok2, blok3 = stats.blocks
    assert blok1.actuals == (70, 72, 64, 74, 72)
    assert blok1.deltas == (5, 7, -1, 9, 7)
    assert (blok1.runs, blok1.skipped) == (5, 0)
    assert blok1.median_actual == 72
    assert blok1.mean_actual == pytest.approx(70.4)
    assert blok1.max_actual == 74
    assert (blok1.over_count, blok1.under_count) == (4, 1)
    assert blok1.median_overrun == 7
    assert blok1.max_overrun == 9
    assert (follow.planned_minutes, follow.over_count, follow.median_overrun) == (0, 5, 4)
    assert (intro.over_count, intro.median_overrun, intro.median_actual) == (2, 1.5, 10)
    assert (pause.over_count, pause.under_count, pause.median_overrun) == (0, 2, None)
    assert (blok2.under_count, blok2.median_actual) == (4, 22)
    assert (blok3.over_count, blok3.under_count) == (1, 2)


def test_meeting_statistics_are_exact(series):
    stats = series_statistics(series)
    assert [r.actual_minutes for r in stats.runs] == pytest.approx([158, 159, 147, 160, 160])
    assert stats.planned_minutes == 150
    assert stats.median_actual_minutes == pytest.approx(159)
    assert stats.over_count == 4
    assert stats.median_overrun_minutes == pytest.approx(9.5)


def test_just_past_the_plan_is_on_time(tmp_path):
    runs = [[0, 10 + OVER_TOLERANCE, 65, 15, 25, 35]] * 3
    write_series(tmp_path, runs)
    [series] = group_series(list_sessions(tmp_path).sessions)
    intro = series_statistics(series).blocks[1]
    assert intro.over_count == 0 and intro.median_overrun is None


def test_unfinished_and_rehearsal_runs_are_listed_but_not_counted(tmp_path):
    write_series(tmp_path)
    write_run(tmp_path, [4, 10, 90, 15, 25, 35], FIRST + timedelta(days=1), finished=False)
    write_run(tmp_path, [1, 1, 1, 1, 1, 1], FIRST + timedelta(days=2), speed=10)
    [series] = group_series(list_sessions(tmp_path).sessions)
    stats = series_statistics(series)
    assert len(series.reports) == 7 and len(stats.runs) == 5
    assert [why for _, why in stats.excluded] == [Exclusion.UNFINISHED, Exclusion.REHEARSAL]
    assert stats.blocks[2].median_actual == 72


def test_a_skipped_block_counts_only_where_it_ran(tmp_path):
    runs = [list(r) for r in RUNS]
    runs[0][3] = None  # the break was skipped once
    write_series(tmp_path, runs)
    [series] = group_series(list_sessions(tmp_path).sessions)
    pause = series_statistics(series).blocks[3]
    assert pause.actuals == (None, 14, 15, 13, 15)
    assert (pause.runs, pause.skipped) == (4, 1)
    assert pause.median_actual == 14.5


def test_resumed_sessions_are_recognised(tmp_path):
    path = write_run(tmp_path, RUNS[0], FIRST, resumed=True)
    assert was_resumed(read_session(path))
    assert not was_resumed(read_session(write_run(tmp_path, RUNS[1], FIRST + timedelta(1))))


# --------------------------------------------------------------------------- drift


def test_drift_is_the_cumulative_delta(tmp_path):
    report = build_report(read_session(write_run(tmp_path, RUNS[3], FIRST)))
    drift = meeting_drift(report)
    assert [p.planned_end for p in drift] == [0, 10, 75, 90, 115, 150]
    assert [p.actual_end for p in drift] == pytest.approx([4, 16, 90, 103, 125, 160])
    assert [p.drift for p in drift] == pytest.approx([4, 6, 15, 13, 10, 10])


def test_a_skipped_block_wins_its_time_back(tmp_path):
    runs = [4, 10, 70, None, 25, 35]
    report = build_report(read_session(write_run(tmp_path, runs, FIRST)))
    drift = meeting_drift(report)
    assert drift[3].skipped
    assert [p.drift for p in drift] == pytest.approx([4, 4, 9, -6, -6, -6])


# --------------------------------------------------------------------------- calibration


def test_calibration_lengthens_what_ran_over_in_most_meetings(series):
    calibration = calibrate(series)
    suggested = [(b.title, b.planned_minutes, b.suggested_minutes, b.rule)
                 for b in calibration.blocks]
    assert suggested == [
        ("Opfølgning", 0, 4, Rule.LENGTHEN),
        ("Introduktion", 10, 10, Rule.KEEP),
        ("Blok 1", 65, 72, Rule.LENGTHEN),
        ("Pause", 15, 15, Rule.KEEP),
        ("Blok 2", 25, 25, Rule.KEEP),
        ("Blok 3", 35, 35, Rule.KEEP),
    ]
    blok1 = calibration.blocks[2]
    assert (blok1.over_count, blok1.runs, blok1.median_overrun) == (4, 5, 7)
    assert calibration.revised.total_minutes == 161
    assert calibration.agenda.total_minutes == 150


def test_the_sentence_for_a_lengthened_block(series):
    text = render_calibration_text(calibrate(series), "en")
    assert "3. Blok 1 ran over in 4 of 5 meetings by a median of 7 min: plan 72 min" in text
    assert "1. Opfølgning ran over in 5 of 5 meetings by a median of 4 min: plan 4 min" in text
    assert "2. Introduktion: keep 10 min (ran over in 2 of 5)" in text
    danish = render_calibration_text(calibrate(series), "da")
    assert "3. Blok 1 løb over i 4 af 5 møder med en median på 7 min: planlæg 72 min" in danish


def test_the_slot_warning_names_blocks_to_shorten_instead(series):
    slot = calibrate(series).slot
    assert slot is not None
    assert (slot.planned_total, slot.revised_total, slot.excess) == (150, 161, 11)
    assert [(o.title, o.reason, o.minutes) for o in slot.options] == [
        ("Blok 2", "ran_under", 3),  # median 22 of 25; min_minutes 20 would allow 5
        ("Blok 3", "flexible", 11),  # a third of 35, rounded down
    ]
    assert slot.covered
    text = render_calibration_text(calibrate(series), "en")
    assert ("Warning: the revised programme takes 161 min, 11 min more than its 150 min slot. "
            "Shorten instead: 5. Blok 2 (ran under, 3 min); 6. Blok 3 (flexible, 11 min).") in text


def test_no_slot_warning_when_it_still_fits(tmp_path):
    runs = [[0, 10, 70, 15, 20, 30]] * 3
    write_series(tmp_path, runs)
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    assert calibration.blocks[2].suggested_minutes == 70
    assert calibration.revised.total_minutes == 155
    assert calibration.slot is not None and calibration.slot.excess == 5
    agenda = dict(PROGRAMME, blocks=[dict(b, minutes=b.get("minutes", 0) + 5)
                                     if b["title"] == "Blok 1" else b
                                     for b in PROGRAMME["blocks"]])
    tmp = tmp_path / "again"
    write_series(tmp, runs, agenda=agenda_from_mapping(agenda))
    [series] = group_series(list_sessions(tmp).sessions)
    assert calibrate(series).slot is None
    assert calibrate(series).changed == ()


def test_too_few_runs_change_nothing(tmp_path):
    write_series(tmp_path, RUNS[:2])
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    assert {b.rule for b in calibration.blocks} == {Rule.FEW_RUNS}
    assert calibration.revised.total_minutes == 150 and calibration.slot is None
    assert calibrate(series, min_runs=2).blocks[2].suggested_minutes == 71


def test_nothing_to_shorten_is_said(tmp_path):
    plain = {"title": "Møde", "blocks": [{"title": "A", "minutes": 10},
                                         {"title": "B", "minutes": 10}]}
    write_series(tmp_path, [[15, 10]] * 3, agenda=agenda_from_mapping(plain))
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    assert calibration.slot is not None and calibration.slot.options == ()
    assert not calibration.slot.covered
    assert "No block ran under or is flexible" in render_calibration_text(calibration, "en")


def damaged_programme_log(folder):
    """A finished meeting whose header's programme copy no longer validates."""
    path = write_run(folder, [12, 10], FIRST, agenda=agenda_from_mapping(
        {"title": "Møde", "blocks": [{"title": "A", "minutes": 10},
                                     {"title": "B", "minutes": 10}]}))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = json.loads(lines[0])
    header["agenda"]["blocks"][0]["minutes"] = "lang tid"
    lines[0] = json.dumps(header, ensure_ascii=False) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_damaged_programme_copy_is_an_agenda_error(tmp_path):
    from facilitator.core.agenda import AgendaError

    damaged_programme_log(tmp_path)
    [series] = group_series(list_sessions(tmp_path).sessions)
    assert series_statistics(series).blocks[0].actuals == (12,)
    with pytest.raises(AgendaError):
        calibrate(series)


# --------------------------------------------------------------------------- the revised YAML


def test_the_revised_programme_loads_with_the_new_lengths(series):
    calibration = calibrate(series)
    text = revised_programme_yaml(calibration, "en")
    agenda = load_agenda_text(text, "revised.yaml")
    assert [b.minutes for b in agenda.blocks] == [4, 10, 72, 15, 25, 35]
    assert agenda.total_minutes == 161
    assert agenda.title == "Klyngemøde" and agenda.start == 17 * 60
    # Everything else is as it was: the revised programme, exactly.
    assert agenda.to_json()["blocks"] == calibration.revised.to_json()["blocks"]
    assert agenda.timing_json() == calibration.revised.timing_json()
    assert agenda.date is None


def test_the_revised_programme_says_what_changed(series):
    text = revised_programme_yaml(calibrate(series), "en")
    head = [line for line in text.splitlines() if line.startswith("#")]
    assert all(len(line) <= 88 for line in head)
    # Wrapped lines go on indented; join them back into the sentences.
    said = _sentences(head)
    assert said[0] == ('Revised by facilitator review from 5 logged meetings of '
                       '"Klyngemøde" (2026-09-01 – 2026-12-22).')
    assert "3. Blok 1: 65 → 72 min (ran over in 4 of 5 meetings by a median of 7 min)" in said
    assert any("steps add up to 65 min, the block now has 72 min" in line for line in said)
    assert any("max_minutes raised from 70 to 72" in line for line in said)
    assert any(line.startswith("Warning: the revised programme takes 161 min") for line in said)
    data = yaml.safe_load(text)
    assert data["blocks"][2]["max_minutes"] == 72
    assert data["blocks"][2]["steps"] == [{"title": "Oplæg", "minutes": 25},
                                          {"title": "Grupper", "minutes": 40}]
    assert "  - {title: Oplæg, minutes: 25}" in text.replace("'", "")


def _sentences(comment_lines):
    sentences: list[str] = []
    for line in comment_lines:
        if line.startswith("#   ") and sentences:
            sentences[-1] += " " + line[4:]
        else:
            sentences.append(line[2:])
    return sentences


def test_the_steps_warning_comes_back_from_the_loader(series):
    agenda = load_agenda_text(revised_programme_yaml(calibrate(series)), "revised.yaml")
    assert any("steps add up to 65 min, the block has 72 min" in str(w)
               for w in agenda.warnings)


def test_clock_times_move_when_the_blocks_before_them_grow(tmp_path):
    timed = {"title": "Kursus", "start": "09:00", "blocks": [
        {"title": "Morgen", "minutes": 50},
        {"title": "Frokost", "at": "10:00", "minutes": 30, "kind": "break"},
        {"title": "Eftermiddag", "minutes": 60}]}
    write_series(tmp_path, [[63, 30, 60]] * 3, agenda=agenda_from_mapping(timed))
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    assert calibration.blocks[0].suggested_minutes == 63
    [note] = calibration.notes
    assert (note.kind, note.before, note.after) == ("clock_moved", 600, 603)
    agenda = load_agenda_text(revised_programme_yaml(calibration, "da"))
    assert agenda.blocks[1].at == 603
    assert agenda.total_minutes == 153
    assert calibration.slot is not None and calibration.slot.excess == 3
    assert "klokkeslættet er flyttet fra 10:00 til 10:03" in revised_programme_yaml(calibration)


def test_a_gap_before_a_clock_time_absorbs_growth(tmp_path):
    timed = {"title": "Kursus", "start": "09:00", "blocks": [
        {"title": "Morgen", "minutes": 50},
        {"title": "Frokost", "at": "10:00", "minutes": 30, "kind": "break"}]}
    write_series(tmp_path, [[55, 30]] * 3, agenda=agenda_from_mapping(timed))
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    assert calibration.blocks[0].suggested_minutes == 55
    assert calibration.notes == () and calibration.slot is None
    assert load_agenda_text(revised_programme_yaml(calibration)).blocks[1].at == 600


def test_the_bundled_programme_round_trips(tmp_path):
    from facilitator.programme_file import load_programme

    agenda = load_programme(None).agenda
    write_series(tmp_path, [[3, 10, 65, 15, 25, 35]] * 3, agenda=agenda)
    [series] = group_series(list_sessions(tmp_path).sessions)
    calibration = calibrate(series)
    loaded = load_agenda_text(revised_programme_yaml(calibration))
    assert loaded.to_json()["blocks"] == calibration.revised.to_json()["blocks"]
    assert loaded.timing_json() == calibration.revised.timing_json()
    assert loaded.notes == agenda.notes
    assert [b.minutes for b in loaded.blocks] == [3, 10, 65, 15, 25, 35]


# --------------------------------------------------------------------------- output


def test_series_json(series):
    stats = series_statistics(series)
    data = json.loads(render_series_json(stats, calibrate(series)))
    assert data["series"] == series.key and data["title"] == "Klyngemøde"
    assert [r["actual_minutes"] for r in data["runs"]] == [158, 159, 147, 160, 160]
    blok1 = data["blocks"][2]
    assert blok1["actual_minutes"] == [70, 72, 64, 74, 72]
    assert (blok1["median_actual_minutes"], blok1["over_count"],
            blok1["median_overrun_minutes"], blok1["max_overrun_minutes"]) == (72, 4, 7, 9)
    assert data["calibration"]["blocks"][2]["suggested_minutes"] == 72
    assert data["calibration"]["slot_warning"]["excess_minutes"] == 11
    assert json.loads(render_calibration_json(calibrate(series)))["revised_total_minutes"] == 161


def test_series_csv_in_danish_and_english(series):
    stats = series_statistics(series)
    rows = list(csv.reader(io.StringIO(render_series_csv(stats, "da", calibrate(series))),
                           delimiter=";"))
    assert rows[0][:4] == ["Nr.", "Punkt", "Planlagt", "2026-09-01 17:02"]
    assert rows[0][-1] == "Forslag"
    assert rows[2][1] == "Introduktion" and rows[2][-5] == "10,6"  # mean 10.6
    assert rows[3][3:8] == ["70", "72", "64", "74", "72"]
    assert rows[3][-1] == "72"
    assert rows[-1][1] == "Mødet" and rows[-1][-1] == "161"
    english = list(csv.reader(io.StringIO(render_series_csv(stats, "en"))))
    assert english[0][:2] == ["No.", "Block"] and english[0][-1] == "Median over"
    assert english[3][-1] == "7"


def test_series_text(series):
    text = render_series_text(series_statistics(series), "en")
    lines = text.splitlines()
    assert lines[0] == "Series: Klyngemøde (5 meetings, 2026-09-01 – 2026-12-22)"
    blok1 = next(line for line in lines if "Blok 1" in line)
    assert blok1.split()[3:] == ["65", "70", "72", "64", "74", "72", "72", "70.4", "74",
                                 "4/5", "+7"]
    assert lines[-1].split()[0] == "Meeting"
