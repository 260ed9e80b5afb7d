"""Reports from session journals: per-block actual time, pauses, adjustments, renderers."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.report import build_report, summarise
from facilitator.core.report_render import (
    render,
    render_csv,
    render_html,
    render_json,
    render_sessions_json,
    render_sessions_text,
    render_text,
)

CET = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 22, 17, 3, 0, tzinfo=CET)  # three minutes late


def make_agenda(title="Klyngemøde", start="17:00"):
    data = {
        "title": title,
        "blocks": [
            {"title": "Velkommen", "minutes": 10},
            {"title": "Gruppearbejde", "minutes": 20},
            {"title": "Oplæg", "minutes": 15},
            {"title": "Afslutning", "minutes": 5},
        ],
    }
    if start:
        data["start"] = start
    return agenda_from_mapping(data)


def event(seconds, kind, block=0, **data):
    return {"t": (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds"),
            "elapsed": float(seconds), "type": kind, "block": block, **data}


def log_of(tmp_path, records, agenda=None):
    journal = SessionJournal.create(tmp_path, agenda or make_agenda(), now=T0,
                                    session_id="s1")
    for record in records:
        journal.append(record)
    journal.close()
    return read_session(journal.path)


# Block 0, a pause, block 1 (+5 min by hand), back to 0, on to 1, a catch-up
# plan, a jump past block 2 to block 3, finish: 45 minutes against 50 planned.
MEETING = [
    event(0, "start"),
    event(0, "block_start", 0, reason="start"),
    event(300, "pause"),
    event(420, "resume"),
    event(500, "note", 0, text="Mange spørgsmål", reason="discussion"),
    event(720, "block_start", 1, reason="next"),
    event(800, "adjust", 1, minutes=5),
    event(1000, "warning", 1, minutes_left=5),
    event(1500, "block_start", 0, reason="previous"),
    event(1620, "block_start", 1, reason="next"),
    event(1700, "plan_applied", 1, changes=[{"block": 2, "minutes": -3},
                                            {"block": 3, "minutes": -1}], delay_minutes=4),
    event(2400, "block_start", 3, reason="jump"),
    event(2500, "note", None, text="Projektoren drillede", reason="technical"),
    event(2700, "finish", 3),
]


@pytest.fixture
def report(tmp_path):
    return build_report(log_of(tmp_path, MEETING))


def test_block_time_sums_every_visit_pauses_included(report):
    a, b, c, d = report.blocks
    assert a.actual_minutes == pytest.approx((720 + 120) / 60)
    assert b.actual_minutes == pytest.approx((780 + 780) / 60)
    assert c.actual_minutes == 0
    assert d.actual_minutes == pytest.approx(5)
    assert (a.visits, b.visits, c.visits, d.visits) == (2, 2, 0, 1)


def test_pauses_adjustments_plans_and_skips(report):
    a, b, c, d = report.blocks
    assert a.paused_minutes == pytest.approx(2)
    assert b.paused_minutes == 0
    assert b.adjust_minutes == 5
    assert (c.plan_minutes, d.plan_minutes) == (-3, -1)
    assert [blk.skipped for blk in report.blocks] == [False, False, True, False]
    assert c.delta_minutes == -15
    assert a.delta_minutes == pytest.approx(14 - 10)


def test_notes_go_to_their_block_or_the_meeting(report):
    [note] = report.blocks[0].notes
    assert (note.text, note.reason) == ("Mange spørgsmål", "discussion")
    assert note.elapsed_minutes == pytest.approx(500 / 60)
    assert [n.text for n in report.notes] == ["Projektoren drillede"]


def test_meeting_totals_and_clock_times(report):
    assert report.planned_minutes == 50
    assert report.actual_minutes == pytest.approx(45)
    assert report.overrun_minutes == pytest.approx(-5)
    assert report.paused_minutes == pytest.approx(2)
    assert report.started == T0
    assert report.finished == T0 + timedelta(seconds=2700)
    assert report.is_finished
    assert report.planned_start == datetime(2026, 11, 22, 17, 0, tzinfo=CET)
    assert report.planned_end == datetime(2026, 11, 22, 17, 50, tzinfo=CET)
    assert report.start_delay_minutes == pytest.approx(3)
    assert report.end_delay_minutes == pytest.approx(-2)


def test_restart_keeps_adding_up(tmp_path):
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(240, "block_start", 0, reason="restart"),
        event(600, "finish", 0),
    ]))
    assert report.blocks[0].actual_minutes == pytest.approx(10)
    assert report.blocks[0].visits == 2


def test_a_pause_open_at_a_block_change_goes_on_in_the_next_block(tmp_path):
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(60, "pause"), event(120, "block_start", 1, reason="next"),
        event(180, "resume", 1), event(240, "finish", 1),
    ]))
    assert report.blocks[0].paused_minutes == pytest.approx(1)
    assert report.blocks[1].paused_minutes == pytest.approx(1)


def test_undone_plan_cancels_out(tmp_path):
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(60, "plan_applied", 0, changes=[{"block": 2, "minutes": -3}], delay_minutes=3),
        event(70, "plan_undone", 0, changes=[{"block": 2, "minutes": 3}]),
    ]))
    assert report.blocks[2].plan_minutes == 0


def test_unfinished_session_ends_at_its_last_event(tmp_path):
    report = build_report(log_of(tmp_path, MEETING[:8]))
    assert not report.is_finished and report.finished is None
    assert report.ended == T0 + timedelta(seconds=1000)
    assert report.actual_minutes == pytest.approx(1000 / 60)
    assert report.blocks[1].actual_minutes == pytest.approx(280 / 60)
    assert report.to_json()["finished"] is None


def test_paused_at_the_crash_counts_the_pause_up_to_the_last_event(tmp_path):
    report = build_report(log_of(tmp_path, MEETING[:3] + [event(400, "note", 0, text="x")]))
    assert report.blocks[0].paused_minutes == pytest.approx(100 / 60)


def test_never_started_session(tmp_path):
    report = build_report(log_of(tmp_path, []))
    assert report.started is None and report.ended is None
    assert report.actual_minutes == 0
    # Nothing was skipped: the meeting never began, so every block is still to come.
    assert all(b.to_come and not b.skipped for b in report.blocks)
    assert report.overrun_minutes == 0
    assert render_text(report, "en")  # renders without times


def test_programme_without_clock_start_has_no_planned_times(tmp_path):
    report = build_report(log_of(tmp_path, MEETING, agenda=make_agenda(start=None)))
    assert report.planned_start is None and report.planned_end is None
    assert report.start_delay_minutes is None
    assert "no clock time" in render_text(report, "en")


def test_damaged_records_do_not_break_the_report(tmp_path):
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        {"type": "block_start", "block": 99, "elapsed": 10},
        {"type": "block_start", "block": "1", "elapsed": "soon"},
        {"type": "adjust", "block": None, "minutes": "lots", "elapsed": None},
        {"type": "plan_applied", "changes": "none", "elapsed": 20},
        {"type": "plan_applied", "changes": [{"block": -1, "minutes": 5}, "x"]},
        {"type": "mystery_from_the_future", "elapsed": 30},
        event(20, "pause"),  # the clock never runs backwards in the report
        event(600, "finish", 0),
    ]))
    assert report.blocks[0].actual_minutes == pytest.approx(10)
    assert report.blocks[0].adjust_minutes == 0
    assert report.blocks[0].paused_minutes == pytest.approx(570 / 60)


def test_report_agrees_with_the_engine(tmp_path):
    agenda = make_agenda()
    clock = FakeClock(start=T0)
    engine = MeetingEngine(agenda, clock)
    journal = SessionJournal.create(tmp_path, agenda, now=clock.now())
    engine.add_listener(journal.append)
    engine.start()
    clock.advance(400)
    engine.tick()
    engine.pause()
    clock.advance(90)
    engine.resume()
    engine.next_block()
    clock.advance(1300)
    engine.tick()
    engine.adjust(3)
    engine.previous_block()
    clock.advance(60)
    engine.jump_to(3)
    clock.advance(200)
    engine.tick()
    timeline = engine.snapshot().timeline
    engine.finish()
    journal.close()
    report = build_report(read_session(journal.path))
    for entry, block in zip(timeline, report.blocks, strict=True):
        assert block.actual_minutes == pytest.approx(entry.actual_seconds / 60)
    assert report.blocks[1].adjust_minutes == 3
    assert report.blocks[0].paused_minutes == pytest.approx(1.5)
    assert report.blocks[2].skipped
    assert report.actual_minutes == pytest.approx((400 + 90 + 1300 + 60 + 200) / 60)


# --------------------------------------------------------------------------- renderers


def test_json_has_the_agreed_shape(report):
    data = json.loads(render_json(report))
    for key in ("session_id", "agenda_title", "started", "finished", "planned_minutes",
                "actual_minutes", "blocks"):
        assert key in data
    assert data["session_id"] == "s1"
    assert data["agenda_title"] == "Klyngemøde"
    assert data["started"] == "2026-11-22T17:03:00+01:00"
    assert data["finished"] == "2026-11-22T17:48:00+01:00"
    assert data["planned_start"] == "2026-11-22T17:00:00+01:00"
    assert data["planned_minutes"] == 50 and data["actual_minutes"] == 45
    block = data["blocks"][1]
    for key in ("index", "title", "planned_minutes", "actual_minutes", "delta_minutes",
                "paused_minutes", "adjust_minutes", "skipped", "notes"):
        assert key in block
    assert block["index"] == 1 and block["actual_minutes"] == 26
    assert block["delta_minutes"] == 6 and block["adjust_minutes"] == 5
    assert data["blocks"][2]["skipped"] is True
    assert data["blocks"][0]["notes"] == [
        {"elapsed_minutes": 8.33, "text": "Mange spørgsmål", "reason": "discussion"}]


def test_text_report_in_danish_and_english(report):
    danish = render_text(report, "da")
    english = render_text(report, "en")
    assert danish.startswith("Tidsrapport: Klyngemøde")
    assert "planlagt 17:00, faktisk 17:03 (+3 min)" in danish
    assert "sprunget over" in danish and "diskussion: Mange spørgsmål" in danish
    assert "26,0" in danish and "+5,0" in danish
    assert english.startswith("Time report: Klyngemøde")
    assert "planned 17:00, actual 17:03 (+3 min)" in english
    assert "skipped" in english and "discussion: Mange spørgsmål" in english
    assert "technical trouble: Projektoren drillede" in english
    assert "26.0" in english


def test_csv_uses_the_locale_s_separators(report):
    rows = list(csv.reader(io.StringIO(render_csv(report, "da")), delimiter=";"))
    assert rows[0][:4] == ["Nr.", "Punkt", "Planlagt", "Faktisk"]
    assert rows[2][:5] == ["2", "Gruppearbejde", "20", "26", "6"]
    assert rows[1][2:4] == ["10", "14"]
    assert rows[3][8] == "ja"
    assert rows[-1][1] == "I alt" and rows[-1][3] == "45"
    english = list(csv.reader(io.StringIO(render_csv(report, "en"))))
    assert english[0][:2] == ["No.", "Block"]
    assert len(english) == len(report.blocks) + 2


def test_csv_decimal_comma_in_danish(tmp_path):
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"), event(90, "finish")]))
    rows = list(csv.reader(io.StringIO(render_csv(report, "da")), delimiter=";"))
    assert rows[1][3] == "1,5"


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def test_html_is_one_self_contained_page(tmp_path):
    report = build_report(log_of(tmp_path, MEETING, agenda=make_agenda(title="<b>Møde</b> & co")))
    page = render_html(report, "da")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="da">' in page
    parser = _Tags()
    parser.feed(page)
    assert {"style", "svg", "table", "rect"} <= set(parser.tags)
    assert "script" not in parser.tags and "link" not in parser.tags and "img" not in parser.tags
    assert not [value for name, value in parser.attrs if name in ("src", "href")]
    assert "<b>Møde</b>" not in page and "&lt;b&gt;Møde&lt;/b&gt; &amp; co" in page
    # Two bars per block plus nothing else drawn as a rectangle.
    assert parser.tags.count("rect") == 2 * len(report.blocks)


def test_html_chart_bars_are_to_scale(report):
    page = render_html(report, "en")
    widths = [float(w) for w in re.findall(r'<rect x="\d+" y="\d+" width="([\d.]+)"', page)]
    planned, actual = widths[0::2], widths[1::2]
    assert planned[1] / planned[0] == pytest.approx(2, rel=0.01)
    assert actual[1] / planned[1] == pytest.approx(26 / 20, rel=0.01)
    assert actual[2] == 0
    assert "Time report" in page and "Tidsrapport" not in page


def test_render_dispatches_and_rejects_unknown_formats(report):
    assert render(report, "text", "en") == render_text(report, "en")
    assert render(report, "json") == render_json(report)
    with pytest.raises(ValueError, match="unknown report format"):
        render(report, "pdf")


# --------------------------------------------------------------------------- summaries


def test_summary_for_the_sessions_list(tmp_path):
    summary = summarise(log_of(tmp_path, MEETING))
    assert summary.title == "Klyngemøde"
    assert summary.finished
    assert summary.planned_minutes == 50
    assert summary.actual_minutes == pytest.approx(45)
    assert summary.overrun_minutes == pytest.approx(-5)
    assert summary.started == T0


def test_sessions_text_and_json(tmp_path):
    done = summarise(log_of(tmp_path, MEETING))
    running = summarise(log_of(tmp_path, MEETING[:6]))
    text = render_sessions_text([done, running], "en")
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["Date", "Programme"]
    assert "2026-11-22 17:03" in lines[1] and "finished" in lines[1]
    assert "not finished" in lines[2]
    assert "50 min" in lines[1] and "45 min" in lines[1] and "-5 min" in lines[1]
    assert "ikke afsluttet" in render_sessions_text([running], "da")
    data = json.loads(render_sessions_json([done, running]))
    assert [d["finished"] for d in data] == [True, False]
    assert data[0]["file"].endswith(".jsonl")
    assert data[0]["overrun_minutes"] == -5


# --------------------------------------------------------------------------- mid-meeting

# Half a meeting: block 0 took 12 minutes of its 10, block 1 has run 5 of its
# 20; blocks 2 and 3 are still to come. No finish record: it runs on.
HALF_RUN = [
    event(0, "start"),
    event(0, "block_start", 0, reason="start"),
    event(720, "block_start", 1, reason="next"),
    event(1020, "note", 1, text="Godt i gang"),
]


def test_a_meeting_still_running_has_blocks_to_come_not_skipped(tmp_path):
    from facilitator.core.report import BlockStatus

    report = build_report(log_of(tmp_path, HALF_RUN))
    assert [b.status for b in report.blocks] == [
        BlockStatus.DONE, BlockStatus.RUNNING, BlockStatus.TO_COME, BlockStatus.TO_COME]
    assert not any(b.skipped for b in report.blocks)
    # The running block is not "15 minutes under" for being under way.
    running = report.blocks[1]
    assert running.planned_so_far_minutes == pytest.approx(5)
    assert running.delta_so_far_minutes == 0 and not running.shows_delta
    assert not report.blocks[2].shows_delta
    # Against the plan for the time so far (10 + 5), not the whole 50 minutes.
    assert report.planned_so_far_minutes == pytest.approx(15)
    assert report.overrun_minutes == pytest.approx(2)
    data = json.loads(render_json(report))
    assert [b["status"] for b in data["blocks"]] == ["done", "running", "to_come", "to_come"]
    assert data["blocks"][2]["delta_minutes"] is None
    assert data["overrun_minutes"] == 2 and data["planned_so_far_minutes"] == 15


def test_a_running_block_past_its_plan_is_over(tmp_path):
    report = build_report(log_of(tmp_path, HALF_RUN + [event(720 + 25 * 60, "warning", 1)]))
    running = report.blocks[1]
    assert running.shows_delta and running.delta_so_far_minutes == pytest.approx(5)
    assert report.overrun_minutes == pytest.approx(2 + 5)


def test_a_block_jumped_past_while_running_is_skipped_the_rest_to_come(tmp_path):
    from facilitator.core.report import BlockStatus

    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(600, "block_start", 2, reason="jump"), event(700, "note", 2, text="x")]))
    assert [b.status for b in report.blocks] == [
        BlockStatus.DONE, BlockStatus.SKIPPED, BlockStatus.RUNNING, BlockStatus.TO_COME]
    # Skipping block 1 won its 20 minutes back; the running block has used 100 s.
    assert report.overrun_minutes == pytest.approx(600 / 60 + 100 / 60 - (10 + 20 + 100 / 60))


def test_text_csv_and_html_say_to_come_and_so_far(tmp_path):
    report = build_report(log_of(tmp_path, HALF_RUN))
    danish = render_text(report, "da")
    assert "sprunget over" not in danish and danish.count("kommer") == 2
    assert "-93" not in danish and "-15" not in danish and "−" not in danish
    assert "I alt indtil nu" in danish and "(i gang)" in danish
    assert "indtil nu (+2 min)" in danish
    assert "Slut:" in danish and "ikke slut, sidst logget 17:20" in danish
    lines = {line.split()[0]: line for line in danish.splitlines() if line[:3].strip().isdigit()}
    assert lines["3"].endswith("kommer") and lines["4"].endswith("kommer")
    total = next(line for line in danish.splitlines() if "I alt indtil nu" in line)
    assert total.split()[4:7] == ["15,0", "17,0", "+2,0"]
    rows = list(csv.reader(io.StringIO(render_csv(report, "da")), delimiter=";"))
    assert rows[0][-1] == "Status"
    assert [r[-1] for r in rows[1:]] == ["afviklet", "i gang", "kommer", "kommer",
                                         "ikke afsluttet"]
    assert rows[3][3:5] == ["", ""]  # no actual, no difference for a block to come
    assert rows[-1][1:5] == ["I alt indtil nu", "15", "17", "2"]
    page = render_html(report, "en")
    assert page.count('<tr class="to-come">') == 2 and ">skipped<" not in page
    assert "Total so far" in page and "(running)" in page
    assert render_text(build_report(log_of(tmp_path, MEETING)), "da").count("kommer") == 0


def test_an_untimed_block_is_neutral(tmp_path):
    agenda = agenda_from_mapping({"title": "Møde", "blocks": [
        {"title": "Velkommen", "minutes": 10}, {"title": "Eventuelt"}]})
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(600, "block_start", 1, reason="next"), event(900, "finish", 1)], agenda=agenda))
    untimed = report.blocks[1]
    assert untimed.untimed and not untimed.shows_delta
    page = render_html(report, "en")
    row = re.search(r"<tr><td class=\"n\">2</td>.*?</tr>", page).group(0)
    assert "over" not in row and "+5.0" not in row and "(done, untimed)" in row
    # Its bar is drawn in the on-time colour, not as an overrun.
    assert 'fill="#c4512f"' not in page
    text = render_text(report, "en")
    assert "(done, untimed)" in text
    assert [r[4] for r in csv.reader(io.StringIO(render_csv(report, "en")))][2] == ""


def test_the_html_chart_is_as_wide_as_its_longest_figure(tmp_path):
    from facilitator.core.report_render import text_width

    long_title = "Et meget langt punkt om økonomi, budget og regnskab for det kommende år"
    agenda = agenda_from_mapping({"title": "Møde", "blocks": [
        {"title": long_title, "minutes": 100}, {"title": "Kort", "minutes": 5},
        {"title": "Sidste", "minutes": 5}]})
    # The first block ran 100 minutes and is still running: the longest bar
    # and the longest figure beside it ("100.0 (running)").
    report = build_report(log_of(tmp_path, [
        event(0, "start"), event(0, "block_start", 0, reason="start"),
        event(6000, "note", 0, text="x")], agenda=agenda))
    page = render_html(report, "en")
    svg = re.search(r"<svg .*?</svg>", page, re.DOTALL).group(0)
    width = float(re.search(r'<svg [^>]*width="(\d+)"', svg).group(1))
    for x, anchor, text in re.findall(
            r'<text x="([\d.]+)" y="[\d.]+"(?: text-anchor="(\w+)")?[^>]*>([^<]*)</text>', svg):
        shown = text.replace("&amp;", "&")
        extent = text_width(shown, 12)
        left = float(x) - (extent if anchor == "end" else extent / 2 if anchor == "middle"
                           else 0)
        assert left >= 0 and left + extent <= width, shown
    assert "100.0 (running)" in svg
    assert "…" in svg and long_title not in re.sub(r"<title>.*?</title>", "", svg)


def test_the_meeting_clock_now_extends_a_running_meeting_only(tmp_path):
    running = log_of(tmp_path, HALF_RUN)
    # The journal's last record is at 17 minutes; the window's clock says 30.
    report = build_report(running, now_elapsed=30 * 60)
    assert report.blocks[1].actual_minutes == pytest.approx(18)
    assert report.actual_minutes == pytest.approx(30)
    assert report.ended == T0 + timedelta(minutes=30)
    assert report.overrun_minutes == pytest.approx(2)  # Gruppearbejde has 2 of its 20 left
    assert build_report(running, now_elapsed=60).actual_minutes == pytest.approx(17)
    assert build_report(running, now_elapsed=float("nan")).actual_minutes == pytest.approx(17)
    finished = build_report(log_of(tmp_path / "done", MEETING), now_elapsed=99 * 60)
    assert finished.actual_minutes == pytest.approx(45)


def test_the_report_says_which_blocks_a_phone_or_the_slides_started(tmp_path):
    """A block last started from the control page says so; one the slides started too;
    one started from the window (or started by the phone, then again by the window) not."""
    log = log_of(tmp_path, [
        event(0, "start", source="remote"),
        event(0, "block_start", 0, reason="start", source="remote"),
        event(600, "block_start", 1, reason="slide"),
        event(900, "block_start", 2, reason="next", source="remote"),
        event(1000, "block_start", 1, reason="previous"),
        event(1100, "block_start", 2, reason="next"),
        event(1500, "finish", 2),
    ])
    report = build_report(log)
    assert [b.started_by for b in report.blocks] == ["remote", None, None, None]
    log = log_of(tmp_path / "two", [
        event(0, "start"),
        event(0, "block_start", 0, reason="start", source="remote"),
        event(600, "block_start", 1, reason="slide"),
        event(900, "block_start", 2, reason="next", source="remote"),
        event(1500, "finish", 2),
    ])
    report = build_report(log)
    assert [b.started_by for b in report.blocks] == ["remote", "slide", "remote", None]
    assert json.loads(render_json(report))["blocks"][1]["started_by"] == "slide"
    text = render_text(report, "da")
    assert "  1. Velkommen: startet fra telefon" in text
    assert "  2. Gruppearbejde: startet af slides" in text
    assert "4. Afslutning:" not in text
    assert "started from a phone" in render_text(report, "en")
    page = render_html(report, "da")
    assert '<td class="notes">startet fra telefon</td>' in page
