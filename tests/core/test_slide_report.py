"""Time per slide in the reports: text, JSON and HTML sections, and when there is none."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import read_session
from facilitator.core.report import build_report
from facilitator.core.report_render import render, render_html, render_json, render_text
from facilitator.core.slide_report import (
    duration,
    render_series_slides_text,
    render_slides_text,
    series_slide_rows,
    slide_rows,
)
from facilitator.core.slide_times import meeting_slide_times, series_slide_times

from .test_slide_times import moves_with_13_for, play


def logged(tmp_path, moves, agenda=None, name="m"):
    log = read_session(play(tmp_path / name, moves, agenda=agenda))
    return build_report(log), meeting_slide_times(log)


def test_duration_reads_as_minutes_and_seconds():
    assert [duration(s) for s in (0, 59.6, 61, 3600, 3725, -3)] == \
        ["0:00", "1:00", "1:01", "1:00:00", "1:02:05", "0:00"]


def test_the_text_report_gives_a_line_per_slide_with_a_bar(tmp_path):
    report, slides = logged(tmp_path, moves_with_13_for(1500) + [(2, 45), (40, 20)])
    text = render_text(report, "da", slides)
    section = text[text.index("Tid pr. slide:"):]
    lines = section.splitlines()
    assert "Slides blev fulgt i 47:55 af mødets 47:55" in lines[1]
    [row13] = [line for line in lines if line.split()[:1] == ["13"]]
    assert "2. Blok 1" in row13 and "25:00" in row13 and "12:00" in row13
    assert "█" * 20 in row13 and row13.endswith("(for lang)")
    [row2] = [line for line in lines if line.split()[:1] == ["2"]]
    assert "2×" in row2 and "(0:45 som tilbageblik)" in row2
    [row40] = [line for line in lines if line.split()[:1] == ["40"]]
    assert "i ingen blok" in row40
    assert lines[-1] == "  Tog for lang tid: 13 (25:00)"
    # The same report without slides passed is the block report alone.
    assert render_text(report, "da") == text[:text.index("\nTid pr. slide:")]


def test_no_slide_data_is_said_plainly_and_a_programme_without_slides_gets_no_section(
        tmp_path):
    report, slides = logged(tmp_path, [])
    assert not slides.has_data
    assert "Ingen slide-data" in render_text(report, "da", slides)
    page = render_html(report, "en", slides)
    assert "No slide data" in page and "<table>" in page  # the block table only
    assert page.count("<table>") == 1
    bare = agenda_from_mapping({"title": "Uden slides", "blocks": [
        {"title": "A", "minutes": 5}]})
    report, slides = logged(tmp_path, [], agenda=bare, name="bare")
    assert render_text(report, "en", slides) == render_text(report, "en")
    assert render_html(report, "en", slides) == render_html(report, "en")


def test_json_and_html_carry_the_slides(tmp_path):
    report, slides = logged(tmp_path, moves_with_13_for(1500))
    data = json.loads(render_json(report, "en", slides))
    thirteen = next(s for s in data["slides"]["slides"] if s["number"] == 13)
    assert thirteen == {"number": 13, "seconds": 1500.0, "shows": 1, "block": 1,
                        "blocks": [1], "own_seconds": 1500.0, "look_back_seconds": 0.0,
                        "planned_seconds": 720.0, "step": 2, "ran_long": True}
    assert data["slides"]["has_data"] is True
    page = render(report, "html", "da", slides)

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.in_slides = [], False

        def handle_starttag(self, tag, attrs):
            if tag == "section":
                self.in_slides = True
            if self.in_slides and tag == "tr":
                self.rows.append([])

        def handle_data(self, data):
            if self.in_slides and self.rows and data.strip():
                self.rows[-1].append(data)

    cells = Cells()
    cells.feed(page)
    assert cells.rows[0][:6] == ["Slide", "Blok", "Tid", "Andel", "Planlagt", "Vist"]
    assert ["13", "2. Blok 1", "25:00", "53 %", "12:00", "1×", "for lang"] in cells.rows
    assert 'class="long"' in page and "width:100.0%" in page
    assert render(report, "csv", "da", slides) == render(report, "csv", "da")


def test_rows_by_time_and_the_series_text(tmp_path):
    runs = [meeting_slide_times(read_session(play(tmp_path / f"r{n}", moves_with_13_for(s))))
            for n, s in enumerate((1500, 700, 1300))]
    rows = slide_rows(runs[0], ("Intro", "Blok 1", "Pause", "Blok 2"), "en", by_time=True)
    assert [r.number for r in rows][:3] == [13, 21, 8]
    series = series_slide_times(runs)
    [row13] = [r for r in series_slide_rows(series, ("I", "B", "P", "C"), "en")
               if r.number == 13]
    assert (row13.time, row13.share, row13.note) == ("21:40", "2 of 3", "keeps running long")
    text = render_series_slides_text(series, ("I", "B", "P", "C"), "da")
    assert text.splitlines()[1] == "  Møder med slide-data: 3"
    assert text.rstrip().endswith("Tager tit for lang tid: 13 (21:40)")
    empty = series_slide_times([])
    assert "Ingen slide-data" in render_series_slides_text(empty, (), "da")
    assert "Ingen slide-data" in render_slides_text(
        meeting_slide_times(read_session(play(tmp_path / "none", []))), (), "da")
