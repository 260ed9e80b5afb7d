"""Programmes of more than one day keep every day's clock times (issue 17): a block's `day`
in the format, its checks, the plan without the nights, and the importer writing it.
Import examples in Danish, English, Swedish and Norwegian, written for these tests."""

from __future__ import annotations

import pytest

from facilitator.core.agenda import AgendaError
from facilitator.core.agenda_check import agenda_from_json
from facilitator.core.agenda_load import load_agenda_text
from facilitator.core.importer import import_text
from facilitator.messages_text import for_language

TWO_DAYS = """title: "Kursus"
start: "09:00"
blocks:
  - {title: "Oplæg", at: "09:00", until: "12:00"}
  - {title: "Cases", at: "13:00", until: "16:00"}
  - {title: "Dag 2", day: 2}
  - {title: "Opfølgning", at: "09:30", until: "11:00"}
  - {title: "Frokost", at: "11:15"}
  - {title: "Afslutning", at: "12:00", until: "13:00"}
"""


def test_each_day_keeps_its_clock_and_the_night_is_not_planned():
    agenda = load_agenda_text(TWO_DAYS, "k.yaml")
    assert [b.day for b in agenda.blocks] == [1, 1, 2, 2, 2, 2]
    assert [b.at for b in agenda.blocks] == [540, 780, None, 570, 675, 720]
    # Day 1: 09:00-16:00 with its lunch gap; day 2 begins where day 1 ended and keeps
    # its own 15-minute gap before 11:15.
    assert agenda.planned_offsets() == (0, 240, 420, 420, 525, 570)
    assert agenda.blocks[4].minutes == 45  # 11:15 to the day's next time, 12:00
    assert agenda.total_minutes == 630
    # A journal rebuilds the same plan from what it keeps.
    rebuilt = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert rebuilt.planned_offsets() == agenda.planned_offsets()
    assert [b.day for b in rebuilt.blocks] == [b.day for b in agenda.blocks]


def errors(text: str) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "k.yaml")
    return [str(d) for d in caught.value.diagnostics]


def test_a_bad_day_says_where_and_what_in_english_and_danish():
    # (A day that is not read leaves the next morning on day 1, where it overlaps: the
    # errors after the first say so.)
    bad = errors(TWO_DAYS.replace("day: 2", "day: 0"))[0]
    assert bad == 'k.yaml:6:27: error: block 3 "Dag 2": day must be a whole number from 1 to ' \
                  "31, got 0"
    text = errors(TWO_DAYS.replace("day: 2", 'day: "to"'))[0]
    assert text == 'k.yaml:6:27: error: block 3 "Dag 2": day must be a whole number from 1 ' \
                   "to 31, got 'to'"
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(TWO_DAYS.replace('{title: "Afslutning",', '{title: "Afslutning", day: 1,'),
                         "k.yaml")
    [back] = caught.value.diagnostics
    assert str(back) == 'k.yaml:9:32: error: block 6 "Afslutning": day 1 comes after day 2; ' \
                        "days go forward"
    assert for_language("da").diagnostic(back) == (
        'k.yaml:9:32: fejl: punkt 6 "Afslutning": dag 1 kommer efter dag 2; dagene skal gå '
        "fremad")


def test_the_last_block_of_a_day_needs_its_end():
    text = TWO_DAYS.replace('{title: "Cases", at: "13:00", until: "16:00"}',
                            '{title: "Cases", at: "13:00"}')
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "k.yaml")
    [end] = caught.value.diagnostics
    assert str(end) == ('k.yaml:5:26: error: block 2 "Cases": the last block of day 1 needs '
                        "`until` or `minutes` to know when it ends")
    assert for_language("da").diagnostic(end).startswith(
        'k.yaml:5:26: fejl: punkt 2 "Cases": det sidste punkt på dag 1 skal have `until`')


def test_without_day_a_programme_is_one_day_as_before():
    """Without `day`, a second morning is a clock that goes back, an error as before."""
    assert "before the previous block ends" in errors(
        TWO_DAYS.replace('  - {title: "Dag 2", day: 2}\n', ""))[0]


IMPORTS = [
    ("English, Day headings",
     "Day 1\n09:00-12:00 Workshop\n13:00-16:30 Labs\n\nDay 2\n08:30-10:00 Review\n"
     "10:15-12:00 Demos\n",
     [(1, 540, 180), (1, 780, 210), (2, 510, 90), (2, 615, 105)]),
    ("Danish, weekdays as headings with start times and an end",
     "## Torsdag\nKl. 10.00 Ankomst og kaffe\nKl. 10.30 Oplæg\nKl. 12.00 Frokost\n"
     "Kl. 13.00 Gruppearbejde\nKl. 16.00 Slut\n\n## Fredag\nKl. 9.00 Opsamling\n"
     "Kl. 10.30 Pause\nKl. 10.45 Plan for foråret\nKl. 12.00 Tak for denne gang\n",
     [(1, 600, 30), (1, 630, 90), (1, 720, 60), (1, 780, 180), (2, 540, 90), (2, 630, 15),
      (2, 645, 75)]),
    ("Swedish, dates as headings",
     "Tisdag 4 mars 2025\n09.00–12.00 Föreläsning\n13.00–15.00 Grupparbete\n\n"
     "Onsdag 5 mars 2025\n08.30–10.00 Fallstudier\n10.00–10.30 Fika\n",
     [(1, 540, 180), (1, 780, 120), (2, 510, 90), (2, 600, 30)]),
    ("Norwegian, Dag 1 and Dag 2 in Markdown",
     "# Samling for fastleger\n\n## Dag 1\n- kl. 12.00–13.00 Lunsj\n- kl. 13.00–15.00 Foredrag\n"
     "\n## Dag 2\n- kl. 08.30–10.00 Gruppearbeid\n- kl. 10.15–11.30 Oppsummering\n",
     [(1, 720, 60), (1, 780, 120), (2, 510, 90), (2, 615, 75)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in IMPORTS],
                         ids=[c[0] for c in IMPORTS])
def test_an_imported_programme_keeps_every_days_clock_times(
        text: str, expected: list[tuple[int, int, float]]):
    result = import_text(text, "p.txt")
    timed = [(b.day, b.at, b.minutes) for b in result.agenda.blocks if b.minutes]
    assert timed == expected
    assert not any("overlaps" in w.message for w in result.warnings)
    # Written out, the YAML loads back to the same days and clock times.
    loaded = load_agenda_text(result.to_yaml(), "p.yaml")
    assert [(b.day, b.at, b.minutes) for b in loaded.blocks] == \
        [(b.day, b.at, b.minutes) for b in result.agenda.blocks]
    assert loaded.planned_offsets() == result.agenda.planned_offsets()


def test_each_blocks_planned_clock_is_on_its_own_day():
    agenda = load_agenda_text(TWO_DAYS, "k.yaml")
    assert agenda.planned_clocks() == (540, 780, 570, 570, 675, 720)
    one_day = load_agenda_text('title: "M"\nblocks:\n  - {title: "A", minutes: 5}\n', "m.yaml")
    assert one_day.planned_clocks() == (None,)


def test_calibration_keeps_a_later_days_morning_where_it_is():
    from facilitator.core.series import _revise

    agenda = load_agenda_text(TWO_DAYS, "k.yaml")
    revised, notes = _revise(agenda, {1: 200.0})  # the afternoon of day 1 grows
    assert [b.at for b in revised.blocks] == [540, 780, None, 570, 675, 720]
    assert not [n for n in notes if n.kind == "clock_moved"]


def test_the_days_example_in_the_docs_loads_as_it_says():
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "agenda-format.md").read_text(
        encoding="utf-8")
    example = re.search(r"## Days.*?```yaml\n(.*?)```", docs, re.S)
    assert example is not None
    agenda = load_agenda_text(example.group(1), "days.yaml")
    assert agenda.total_minutes == 540 and "= 540 minutes" in docs
    assert [b.day for b in agenda.blocks] == [1, 1, 2, 2]
