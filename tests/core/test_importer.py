"""The text importer: seeds against the hand-written programmes, shapes, warnings, fuzzing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import Agenda, AgendaError
from facilitator.core.agenda_load import load_agenda, load_agenda_text
from facilitator.core.importer import ImportResult, ProgrammeImportError, import_text

ROOT = Path(__file__).resolve().parents[2]
AGENDAS = ROOT / "agendas"
# The raw texts of the seed programmes, as a facilitator would paste them.
SEEDS = ROOT / "tests" / "data" / "seeds"
KLYNGEMOEDE_SEED = SEEDS / "000_53a4e07119b82e3e.txt"
KOORDINATOR_SEED = SEEDS / "003_b886f55eca26a9b7.txt"


def summary(agenda: Agenda) -> list[tuple[str, float]]:
    return [(b.title, b.minutes) for b in agenda.blocks]


def comparable(agenda: Agenda) -> tuple[Any, ...]:
    shown = agenda.to_json()
    del shown["warnings"]
    return shown, agenda.timing_json()


def assert_round_trips(result: ImportResult) -> None:
    text = result.to_yaml()
    loaded = load_agenda_text(text, "imported.yaml")
    assert comparable(loaded) == comparable(result.agenda)
    assert "!!" not in text and "!<" not in text
    assert yaml.safe_load(text) == result.mapping


# --------------------------------------------------------------------------- the seeds


def seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_klyngemoede_seed_imports_like_the_hand_written_programme():
    result = import_text(seed(KLYNGEMOEDE_SEED), KLYNGEMOEDE_SEED.name)
    written = load_agenda(AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml")

    assert [b.title for b in result.agenda.blocks] == [b.title for b in written.blocks]
    assert [b.minutes for b in result.agenda.blocks] == [b.minutes for b in written.blocks]
    assert [str(b.slides) if b.slides else None for b in result.agenda.blocks] == \
        [str(b.slides) if b.slides else None for b in written.blocks]
    assert [[s.minutes for s in b.steps] for b in result.agenda.blocks] == \
        [[s.minutes for s in b.steps] for b in written.blocks]
    assert result.agenda.title == written.title
    assert result.agenda.blocks[3].kind.value == "break"
    assert_round_trips(result)


def test_klyngemoede_seed_keeps_the_seating_note_and_checks_the_stated_total():
    result = import_text(seed(KLYNGEMOEDE_SEED), "guide.txt")
    assert "OBS: Mødedeltagerne skal IKKE sidde sammen" in result.agenda.notes
    assert any("stated length 150 min" in line and "add up to it" in line
               for line in result.recognised)
    assert not any("stated length" in w.message for w in result.warnings)
    # The one untimed row is kept, and said to be untimed.
    assert result.agenda.blocks[0].minutes == 0
    assert any(w.line == 11 and "untimed" in w.message for w in result.warnings)
    assert 'line 14: block 4 "Pause" 15 min (slide 21) [tab guide row]' in result.recognised


def test_koordinator_seed_imports_like_the_hand_written_programme():
    path = AGENDAS / "koordinatoruddannelse-dag.yaml"
    result = import_text(seed(KOORDINATOR_SEED), KOORDINATOR_SEED.name)
    written = load_agenda(path)

    assert result.agenda.start == written.start
    assert [b.minutes for b in result.agenda.blocks] == [b.minutes for b in written.blocks]
    assert [b.at for b in result.agenda.blocks] == [b.at for b in written.blocks]
    assert result.agenda.planned_offsets() == written.planned_offsets()
    assert_round_trips(result)


def test_koordinator_seed_bullets_are_notes_and_stray_lines_are_warned():
    result = import_text(seed(KOORDINATOR_SEED), "kursus.txt")
    blocks = result.agenda.blocks
    assert "Hvad laver en klyngekoordinator?" in blocks[1].notes
    assert blocks[11].title == "Plenum om Masterclass"  # an item with only bullets
    assert blocks[-1].title == "Middag" and blocks[-1].minutes == 120
    warned = {w.line: w.message for w in result.warnings}
    assert "Dialog i grupperne" in warned[60] and "block 8" in warned[60]
    assert "programme's notes" in warned[113]
    assert "dea.plo@dadl.dk" in result.agenda.notes


# --------------------------------------------------------------------------- shapes

Expected = list[tuple[str, float]]

SHAPES: list[tuple[str, str, Expected]] = [
    ("tab guide, Danish",
     "Slide 1-3\t<b>Velkomst</b>  Tid: 5 min.\t<b>Velkomst</b> Sig goddag (2 min.). "
     "Præsenter dagen (3 min.).\n"
     "Slide 4\t<b>Pause</b>  Tid: 10 min.\t\n"
     "\t\t<b>Tjek ud</b> Hvad tager I med?\n",
     [("Velkomst", 5), ("Pause", 10), ("Tjek ud", 0)]),
    ("tab guide, English",
     "Slides 1-4\t**Opening**  Time: 10 min\tWelcome everyone (4 min). Agenda (6 min).\n"
     "Slides 5-9\t**Case work**  Time: 40 min\tGroups read the case (40 min).\n",
     [("Opening", 10), ("Case work", 40)]),
    ("clock ranges on the title line, English",
     "9:00 – 9:15 Welcome\n9:15 – 10:00 Keynote\n10:00 – 10:15 Coffee\n",
     [("Welcome", 15), ("Keynote", 45), ("Coffee", 15)]),
    ("clock ranges on the line before, bullets as notes, Danish",
     "09.00-09.15\n\nVelkomst\n\n • Praktisk info\n\n09.15-10.15\n\nOplæg om data\n"
     " • Hvad er data?\n • Hvordan bruger vi dem?\n\nKl. 10.15-10.30\n\nPause\n",
     [("Velkomst", 15), ("Oplæg om data", 60), ("Pause", 15)]),
    ("clock ranges with til, Norwegian",
     "Kl. 10.00 til 10.45 Innledning\nKl. 10.45 til 11.00 Pause\n"
     "Kl. 11.00 til 12.00 Gruppearbeid\n",
     [("Innledning", 45), ("Pause", 15), ("Gruppearbeid", 60)]),
    ("clock ranges with to, twelve-hour clock",
     "Agenda\n1:00 to 1:10 Welcome\n1:10 to 1:40 Project updates\n1:40 to 2:00 Q&A\n",
     [("Welcome", 10), ("Project updates", 30), ("Q&A", 20)]),
    ("am and pm",
     "9:00 AM - 9:30 AM Breakfast\n9:30 AM - 12:00 PM Sessions\n12:00 PM - 1:00 PM Lunch\n",
     [("Breakfast", 30), ("Sessions", 150), ("Lunch", 60)]),
    ("clock ranges after the title, Swedish",
     "Välkommen 09.00-09.15\nFöredrag om ledarskap 09.15-10.00\nFika 10.00-10.20\n",
     [("Välkommen", 15), ("Föredrag om ledarskap", 45), ("Fika", 20)]),
    ("start times only, with an end line, Danish",
     "Kl. 13.00 Velkomst\nKl. 13.15 Oplæg om trivsel\nKl. 14.00 Kaffe\n"
     "Kl. 14.20 Gruppearbejde\nKl. 15.30 Tak for i dag\n",
     [("Velkomst", 15), ("Oplæg om trivsel", 45), ("Kaffe", 20), ("Gruppearbejde", 70)]),
    ("start times only, the end in the heading, Swedish",
     "# Styrelsemöte 13.00–15.00\n\n13.00 Välkommen\n13.10 Ekonomi\n14.30 Övrigt\n",
     [("Välkommen", 10), ("Ekonomi", 80), ("Övrigt", 30)]),
    ("start times with hours only, Norwegian",
     "Program kl. 9-12\n\nkl. 9 Velkommen\nkl. 9.30 Foredrag\nkl. 11 Lunsj\n",
     [("Velkommen", 30), ("Foredrag", 90), ("Lunsj", 60)]),
    ("Tid: on the line below the title, Danish",
     "Velkomst\nTid: 10 min\n\nOplæg\nTid: 1½ time\n\nAfrunding\nTid: 2 timer og 30 min.\n",
     [("Velkomst", 10), ("Oplæg", 90), ("Afrunding", 150)]),
    ("lengths in brackets, English",
     "Welcome (5 minutes)\nUpdates from the teams (20 minutes)\nNext steps (1 hour)\n",
     [("Welcome", 5), ("Updates from the teams", 20), ("Next steps", 60)]),
    ("- Time: under a bold title, English",
     "**Opening**\n- Time: 5 min\n- Who: Anna\n\n**Review**\n- Time: 25 min\n",
     [("Opening", 5), ("Review", 25)]),
    ("lengths first, 10m and 1h 20m",
     "10m Standup\n1h 20m Planning\n5m Wrap-up\n",
     [("Standup", 10), ("Planning", 80), ("Wrap-up", 5)]),
    ("lengths in words, Danish",
     "Formiddag: 2 timer og 30 min.\nEftermiddag 1 1/2 time\nKaffe et kvarter\n",
     [("Formiddag", 150), ("Eftermiddag", 90), ("Kaffe", 15)]),
    ("nested length lines as steps",
     "Opening 30 min\n    5 min Welcome\n    25 min Task\nBreak 15 min\n",
     [("Opening", 30), ("Break", 15)]),
    ("numbered list, Norwegian",
     "1. Velkommen (5 min)\n2. Status fra gruppene (20 min)\n3. Lunsj (30 min)\n",
     [("Velkommen", 5), ("Status fra gruppene", 20), ("Lunsj", 30)]),
    ("bulleted list, Swedish",
     "- Välkommen 5 min\n- Genomgång av budgeten 20 min\n- Fika 15 min\n",
     [("Välkommen", 5), ("Genomgång av budgeten", 20), ("Fika", 15)]),
    ("Markdown headings with lengths, bullets as steps, English",
     "# Team day\n\n## Intro (10 min)\n- Names 5 min\n- Goals 5 min\n\n## Talk – 45 min\n"
     "Speaker: Anna\n\n## Lunch\n- Time: 30 min\n",
     [("Intro", 10), ("Talk", 45), ("Lunch", 30)]),
    ("a heading's total over timed headings, Danish",
     "# Temadag (2 timer)\n\n## Velkomst (15 min)\n\n## Oplæg (1 time)\n\n"
     "## Opsamling (45 min)\n",
     [("Velkomst", 15), ("Oplæg", 60), ("Opsamling", 45)]),
    ("TIME LENGTH table",
     "TIME LENGTH TOPIC\n09:00 10m Opening\n09:10 45m Product review\n09:55 20m Planning\n",
     [("Opening", 10), ("Product review", 45), ("Planning", 20)]),
    ("Markdown table, Danish",
     "| Tid | Emne | Ansvarlig |\n|---|---|---|\n| 09.00-09.30 | Velkomst | Anna |\n"
     "| 09.30-10.00 | Status | Bo |\n",
     [("Velkomst", 30), ("Status", 30)]),
    ("Markdown table with a length column, Swedish",
     "| Punkt | Min | Vem |\n|---|---|---|\n| Välkommen | 5 | Eva |\n| Budget | 40 | Lars |\n",
     [("Välkommen", 5), ("Budget", 40)]),
    ("days, English",
     "Day 1\n09:00-12:00 Workshop\n13:00-16:00 Labs\n\nDay 2\n09:00-11:00 Review\n",
     [("Day 1", 0), ("Workshop", 180), ("Labs", 180), ("Day 2", 0), ("Review", 120)]),
    ("days by weekday, Danish",
     "## Mandag\n09.00-09.30 Ankomst\n09.30-12.00 Workshop\n\n## Tirsdag\n"
     "09.00-10.30 Oplæg\n10.30-10.45 Pause\n",
     [("Mandag", 0), ("Ankomst", 30), ("Workshop", 150), ("Tirsdag", 0), ("Oplæg", 90),
      ("Pause", 15)]),
    ("a stated total that fits, Norwegian",
     "Planleggingsmøte\n\nVelkommen (5 minutter)\nStatus fra hver gruppe (30 minutter)\n"
     "Lunsj (45 minutter)\nOppsummering (10 minutter)\n\nTotalt: 1 time og 30 min.\n",
     [("Velkommen", 5), ("Status fra hver gruppe", 30), ("Lunsj", 45), ("Oppsummering", 10)]),
    ("a title with the total over a list, Swedish",
     "Möte om budget (2 timmar)\n- Välkommen, 10 min\n- Genomgång av siffror, 45 min\n"
     "- Fika, 15 min\n- Grupparbete, 40 min\n- Sammanfattning, 10 min\n",
     [("Välkommen", 10), ("Genomgång av siffror", 45), ("Fika", 15), ("Grupparbete", 40),
      ("Sammanfattning", 10)]),
    ("times in running prose, Danish",
     "Vi starter med kaffe (15 min) og derefter et oplæg om trivsel (45 min).\n",
     [("Vi starter med kaffe", 15), ("Et oplæg om trivsel", 45)]),
    ("bold titles with Varighed, Danish",
     "**Check-in** Varighed: 10 min\n**Dialog i par** Varighed: 20 min\n",
     [("Check-in", 10), ("Dialog i par", 20)]),
    ("underlined headings",
     "Welcome (10 min)\n================\nSay hello.\n\nRetro (50 min)\n--------------\n",
     [("Welcome", 10), ("Retro", 50)]),
    ("a range of lengths",
     "Icebreaker 10-15 min\nDiscussion 20 to 30 minutes\n",
     [("Icebreaker", 15), ("Discussion", 30)]),
    ("start times with numbered items and a close, English",
     "AGENDA – Board meeting\nThursday 14 March 2024, Room 3\n\n09:30  Coffee and arrival\n"
     "10:00  1. Welcome and approval of the agenda (Chair)\n10:20  2. Financial report – 30 min\n"
     "         - Q4 results\n11:00  3. Any other business\n11:30  Close\n",
     [("Coffee and arrival", 30), ("Welcome and approval of the agenda (Chair)", 20),
      ("Financial report", 30), ("Any other business", 30)]),
    ("table of start times under a date line, Danish",
     "# Fagdag\n\n**Tid:** Onsdag 9. oktober 2024 kl. 9.00–12.00\n**Sted:** Auditorium A\n\n"
     "| Kl. | Program | Oplægsholder |\n|---|---|---|\n| 9.00 | Velkomst | Lene |\n"
     "| 9.15 | Sårbehandling | Jens |\n| 11.00 | Frokost | |\n",
     [("Velkomst", 15), ("Sårbehandling", 105), ("Frokost", 60)]),
    ("numbered items with lettered steps under a titled total, Danish",
     "Workshop: Bedre møder (2 timer)\n\n1. Check-in (15 min)\n   Hver fortæller kort.\n"
     "2. Øvelse i grupper (45 min)\n   a) Læs casen (10 min)\n   b) Diskuter (35 min)\n"
     "3. Pause (15 min)\n4. Opsamling (45 min)\n",
     [("Check-in", 15), ("Øvelse i grupper", 45), ("Pause", 15), ("Opsamling", 45)]),
    ("slides on their own line, Danish",
     "Slide 1-5\nIntroduktion\nTid: 10 min.\n\nSlide 6-9\nGruppearbejde\nTid: 20 min.\n",
     [("Introduktion", 10), ("Gruppearbejde", 20)]),
]


TEAM_DAY = "Markdown headings with lengths, bullets as steps, English"


def shape(name: str) -> str:
    return next(text for n, text, _e in SHAPES if n == name)


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _n, t, e in SHAPES],
                         ids=[n for n, _t, _e in SHAPES])
def test_shape(text: str, expected: Expected):
    result = import_text(text, "programme.txt")
    assert summary(result.agenda) == expected
    assert_round_trips(result)


def test_tab_guide_reads_slides_steps_and_untimed_rows():
    result = import_text(shape("tab guide, Danish"), "guide.txt")
    intro, pause, checkout = result.agenda.blocks
    assert str(intro.slides) == "1-3" and str(pause.slides) == "4"
    assert [(s.title, s.minutes) for s in intro.steps] == [("Sig goddag", 2),
                                                           ("Præsenter dagen", 3)]
    assert pause.kind.value == "break"
    assert checkout.minutes == 0 and checkout.notes == "Hvad tager I med?"


def test_clock_times_become_at_and_start():
    result = import_text("Kl. 14.15-15.00 Gruppearbejde\nKl. 15.00-15.15 Pause\n")
    assert result.mapping["start"] == "14:15"
    assert result.mapping["blocks"][0]["at"] == "14:15"
    assert result.mapping["blocks"][0]["until"] == "15:00"
    assert result.agenda.blocks[0].kind.value == "group"


def test_clock_gaps_are_kept():
    result = import_text("09:00-09:30 Welcome\n10:00-10:30 Talk\n")
    assert result.agenda.planned_offsets() == (0, 60)


def test_approximate_end_reads_as_the_end():
    result = import_text("Kl. 17.45-18.00\n\nAfrunding\n\nKl. 18.00- ca. 20.00\n\nMiddag\n")
    assert summary(result.agenda) == [("Afrunding", 15), ("Middag", 120)]


def test_steps_of_headings_and_nested_lines():
    heading = import_text(shape(TEAM_DAY)).agenda.blocks[0]
    assert [(s.title, s.minutes) for s in heading.steps] == [("Names", 5), ("Goals", 5)]
    nested = import_text(shape("nested length lines as steps")).agenda.blocks[0]
    assert [(s.title, s.minutes) for s in nested.steps] == [("Welcome", 5), ("Task", 25)]


def test_days_do_not_run_through_the_night():
    """Each day keeps its clock times: `day: 2` on the day's heading, and the night between
    is not planned time."""
    result = import_text(shape("days, English"))
    heading, review = result.mapping["blocks"][3:5]
    assert heading == {"title": "Day 2", "day": 2, "kind": "other"}
    assert (review["at"], review["until"]) == ("09:00", "11:00")
    assert [b.day for b in result.agenda.blocks] == [1, 1, 1, 2, 2]
    assert result.agenda.planned_offsets() == (0, 0, 240, 420, 420)
    assert result.agenda.blocks[2].minutes == 180


def test_date_and_time_line_gives_the_date_and_the_end():
    result = import_text(shape("table of start times under a date line, Danish"))
    assert result.mapping["date"] == "2024-10-09"
    assert result.agenda.blocks[0].notes == "Oplægsholder: Lene"
    assert "Sted: Auditorium A" in result.agenda.notes


def test_lettered_steps_and_descriptions_belong_to_their_item():
    result = import_text(shape("numbered items with lettered steps under a titled total, Danish"))
    check_in, exercise = result.agenda.blocks[:2]
    assert check_in.notes == "Hver fortæller kort." and not result.warnings
    assert [(s.title, s.minutes) for s in exercise.steps] == [("Læs casen", 10),
                                                              ("Diskuter", 35)]
    assert any("stated length 120 min" in line for line in result.recognised)


def test_single_day_heading_gives_the_date():
    result = import_text("Tirsdag 12. marts 2024\n\n09.00-10.00 Oplæg\n10.00-10.15 Pause\n")
    assert result.mapping["date"] == "2024-03-12"
    assert [b.title for b in result.agenda.blocks] == ["Oplæg", "Pause"]


def test_kinds_are_guessed_from_words():
    text = ("Velkomst 5 min\nOplæg om data 20 min\nFrokost 30 min\nGruppearbejde 20 min\n"
            "Opsamling i plenum 10 min\nVideo om ledelse 5 min\nPraktisk 5 min\n")
    kinds = [b.kind.value for b in import_text(text).agenda.blocks]
    assert kinds == ["talk", "talk", "break", "group", "plenary", "video", "other"]


def test_language_follows_the_words():
    english = shape("clock ranges on the title line, English")
    danish = shape("clock ranges on the line before, bullets as notes, Danish")
    assert import_text(english).mapping["language"] == "en"
    assert import_text(danish).mapping["language"] == "da"


def test_a_text_that_does_not_tell_its_language_states_none():
    """Names and clock times only: no `language:`, so the window's words follow the interface."""
    result = import_text("09.00-09.15 Anna\n09.15-10.15 Bo\n")
    assert "language" not in result.mapping
    assert result.agenda.language is None
    assert "language" not in result.to_yaml()


def test_length_ranges_set_the_least_time():
    block = import_text(shape("a range of lengths")).agenda.blocks[0]
    assert (block.min_minutes, block.minutes) == (10, 15)


def test_title_is_taken_from_the_document_or_given():
    assert import_text(shape(TEAM_DAY)).agenda.title == "Team day"
    assert import_text(shape(TEAM_DAY), title="Teamdag").agenda.title == "Teamdag"
    assert import_text("Welcome 5 min\n", "team-day.md").agenda.title == "Team day"


# --------------------------------------------------------------------------- warnings


def test_lines_that_are_not_understood_are_warned_and_kept():
    text = ("Program for mødet\n\nHusk at tage kaffe med.\n\n09.00-09.30 Velkomst\n"
            "Dialog i grupperne om flg.:\n - Hvad virker?\n09.30-10.00 Oplæg\n")
    result = import_text(text, "p.txt")
    warned = {w.line: str(w) for w in result.warnings}
    assert "programme's notes" in warned[3] and warned[3].startswith("p.txt:3: warning:")
    assert 'block 1 "Velkomst"' in warned[6]
    assert 7 not in warned  # a bullet under a block is its notes, not a stray line
    assert "Husk at tage kaffe med." in result.agenda.notes
    assert "Dialog i grupperne" in result.agenda.blocks[0].notes
    assert "- Hvad virker?" in result.agenda.blocks[0].notes


# Words that say how long or which slide; once read, they need not be kept.
FORMAT_WORDS = {"min", "minutes", "minutter", "minuter", "timer", "time", "timme", "timmar",
                "hour", "hours", "slide", "slides", "total", "length", "totalt", "kvarter",
                "varighed", "varighet", "duration"}


@pytest.mark.parametrize("name", [n for n, _t, _e in SHAPES] + ["seed 000", "seed 003"])
def test_no_word_is_silently_dropped(name: str):
    if name == "seed 000":
        text = seed(KLYNGEMOEDE_SEED)
    elif name == "seed 003":
        text = seed(KOORDINATOR_SEED)
    else:
        text = shape(name)
    result = import_text(text)
    kept = result.to_yaml() + "\n".join(result.recognised)
    for word in re.findall(r"[^\W\d_]{4,}", text):
        assert word in kept or word.lower() in FORMAT_WORDS, word


def test_mismatching_stated_total_is_warned():
    text = ("TIME LENGTH TOPIC\n09:00 10m Opening\n09:10 45m Review\n\n"
            "Total Length: 1 hour 55 minutes\n")
    result = import_text(text, "t.txt")
    [warning] = [w for w in result.warnings if "stated length" in w.message]
    assert warning.line == 5
    assert "115 min" in warning.message and "add up to 55 min" in warning.message


def test_mismatching_total_in_a_heading_is_warned():
    result = import_text("## Møde (2 timer og 30 min.)\nVelkomst 10 min\nOplæg 60 min\n")
    assert any("stated length 150 min" in w.message and "70 min" in w.message
               for w in result.warnings)


def test_clock_and_length_that_disagree_are_warned():
    result = import_text("09:00-09:30 Welcome (20 min)\n09:30-10:00 Talk\n")
    assert result.agenda.blocks[0].minutes == 30
    assert any("clock times are used" in w.message for w in result.warnings)


def test_overlapping_clock_times_do_not_break_the_programme():
    result = import_text("09:00 Welcome (45 min)\n09:15 Talk (30 min)\n09:30 Lunch (30 min)\n")
    assert summary(result.agenda) == [("Welcome", 15), ("Talk", 15), ("Lunch", 30)]
    assert any("run past the next time" in w.message for w in result.warnings)


def test_report_names_lines_and_shapes():
    result = import_text(shape("clock ranges on the title line, English"))
    assert result.recognised[0] == 'line 1: block 1 "Welcome" at 09:00 15 min [clock range]'


@pytest.mark.parametrize("text", ["", "   \n\n", "Hello\nworld\n", "Slide 1-5\n",
                                  "# Agenda\n- Welcome\n- Coffee\n"])
def test_nothing_timed_is_an_import_error(text: str):
    with pytest.raises(ProgrammeImportError, match="nothing timed"):
        import_text(text, "empty.txt")


def test_too_large_is_an_import_error():
    with pytest.raises(ProgrammeImportError, match="larger than"):
        import_text("Welcome 5 min\n" * 100_000)


# --------------------------------------------------------------------------- YAML


def test_yaml_is_readable():
    text = import_text(seed(KLYNGEMOEDE_SEED), "guide.txt").to_yaml()
    assert '  - title: "Pause"\n    minutes: 15\n    slides: 21\n    kind: break\n' in text
    assert "fællesskab" in text and "\\xe6" not in text
    assert '      - {title: "Vis videoen, der introducerer til emnet", minutes: 3}' in text
    assert "\n\n  - title:" in text


def test_yaml_quotes_what_yaml_would_misread():
    result = import_text("09:00-09:30 yes\n09:30-10:00 12:30\n10:00-10:15 null # no\n")
    assert_round_trips(result)
    assert [b.title for b in result.agenda.blocks][0] == "yes"


# --------------------------------------------------------------------------- fuzzing

FRAGMENTS = st.sampled_from([
    "Kl. ", "kl.", "09.00", "9:15", "-", "–", " to ", " til ", "10 min", "(5 min.)",
    "Tid: ", "Time: ", "1½ time", "1 1/2 time", "2 timer og 30 min.", "1h 20m", "10m", "\t",
    "\n", "\n\n", "  ", " • ", "- ", "1. ", "# ", "## ", "**", "<b>", "</b>", "Slide ",
    "6-20", "21", "|", "|---|", "Dag 1", "Mandag", "Total: ", "I alt ", "Pause", "Frokost",
    "Velkomst", "Welcome", "12. marts 2024", "am", "pm", "ca. ", "Slut", "=====", "(", ")",
    "0", "24:00", "99 min", "0 min", "1/0 time", "9" * 30, "x", " ", "\r\n", "\u2028",
    "\x00", "\ud800", "½", "’", "&nbsp;", "<br>", "[a](b)", "__", "*", "`", "Day 2",
    "14.15-15.00", "18.00- ca. 20.00", "Agenda (2 hours)", "Total Length: 1 hour 55 minutes",
])
TEXTS = st.one_of(
    st.lists(FRAGMENTS, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=30).map("".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_imports_or_fails_cleanly(text: str):
    try:
        result = import_text(text, "fuzz.txt")
    except ProgrammeImportError as error:
        assert str(error).startswith("fuzz.txt: ")
        return
    try:
        loaded = load_agenda_text(result.to_yaml(), "fuzz.yaml")
    except AgendaError as error:  # pragma: no cover - shown when it happens
        pytest.fail(f"`check` rejects the import of {text!r}:\n{error}\n{result.to_yaml()}")
    assert comparable(loaded) == comparable(result.agenda)
    assert any(b.minutes > 0 for b in loaded.blocks)


def test_a_slide_in_brackets_after_a_step_becomes_the_steps_slides():
    """ "Vis video om ledelse (6 min.) (slide 8)": the step's own slide, which moves the
    meeting on to it when the timer follows the slides; the title keeps only the words."""
    text = ("Klyngemøde\nStart 17:00\n\n"
            "17:00-17:30 Blok 1\n"
            "Vis video om ledelse (6 min.) (slide 8). Sæt gang i gruppearbejde (slide 13) "
            "(12 min.). Opsamling i plenum (10 min.).\n"
            "17:30-17:45 Pause\n")
    result = import_text(text, source="klynge.txt")
    steps = result.mapping["blocks"][0]["steps"]
    assert steps == [
        {"title": "Vis video om ledelse", "minutes": 6, "slides": 8},
        {"title": "Sæt gang i gruppearbejde", "minutes": 12, "slides": 13},
        {"title": "Opsamling i plenum", "minutes": 10},
    ]
    assert [s.slides.slides if s.slides else None for s in result.agenda.blocks[0].steps] \
        == [(8,), (13,), None]
    written = result.to_yaml()
    assert "{title: \"Vis video om ledelse\", minutes: 6, slides: 8}" in written
    assert "(slide" not in written.split("steps:")[1]


def test_koordinator_seed_pasted_is_titled_from_its_text_not_a_file_name():
    """Seed 003 has no heading; the one name in it is the organiser's, in its footer."""
    result = import_text(seed(KOORDINATOR_SEED), "pasted text")
    assert result.agenda.title == "PLO Efteruddannelse"
    assert 'line 113: title "PLO Efteruddannelse", the organiser named in the footer' \
        in result.recognised
    assert len(result.agenda.blocks) == 15
    # A pasted text with no name in it has no file name to take one from either.
    assert import_text("Velkomst 5 min\n", "pasted text").agenda.title == "Program"
    assert import_text("Welcome 5 min\n", "pasted text").agenda.title == "Programme"
