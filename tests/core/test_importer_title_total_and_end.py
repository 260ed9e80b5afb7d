"""Two shapes of issue 17: a first line that names the programme and states its whole
length, and start-only times whose day's end is stated elsewhere. Examples in Danish,
English, Swedish and Norwegian, written for these tests."""

from __future__ import annotations

import pytest

from facilitator.core.importer import import_text


def summary(text: str) -> list[tuple[str, float]]:
    return [(b.title, b.minutes) for b in import_text(text, "programme.txt").agenda.blocks]


# --------------------------------------------------------------------------- title and total

TITLED_TOTALS = [
    ("English, a hyphenated length",
     "Team offsite – a 3-hour session\n09:00 Welcome (15 min)\nStrategy review (60 min)\n"
     "Lunch (45 min)\nPlanning (60 min)\n",
     "Team offsite", 180, [("Welcome", 15), ("Strategy review", 60), ("Lunch", 45),
                          ("Planning", 60)]),
    ("English, a heading with hours in brackets",
     "# Quarterly review (2 hours)\n\n- Opening, 10 min\n- Numbers, 50 min\n"
     "- Break, 10 min\n- Decisions, 50 min\n",
     "Quarterly review", 120, [("Opening", 10), ("Numbers", 50), ("Break", 10),
                               ("Decisions", 50)]),
    ("Danish, hours in brackets",
     "Workshop (2 timer)\nVelkomst 10 min\nOplæg 40 min\nPause 10 min\n"
     "Gruppearbejde 45 min\nOpsamling 15 min\n",
     "Workshop", 120, [("Velkomst", 10), ("Oplæg", 40), ("Pause", 10),
                       ("Gruppearbejde", 45), ("Opsamling", 15)]),
    ("Danish, led in by på",
     "Temamøde om medicingennemgang på 2 1/2 time\n\n1. Velkomst (10 min)\n"
     "2. Oplæg ved farmaceut (45 min)\n3. Pause (15 min)\n4. Cases i grupper (60 min)\n"
     "5. Afrunding (20 min)\n",
     "Temamøde om medicingennemgang", 150,
     [("Velkomst", 10), ("Oplæg ved farmaceut", 45), ("Pause", 15), ("Cases i grupper", 60),
      ("Afrunding", 20)]),
    ("Swedish, a hyphenated length",
     "Arbetsplatsträff – ett 2-timmars möte\n- Välkommen 10 min\n- Ekonomi 30 min\n"
     "- Fika 20 min\n- Arbetsmiljö 45 min\n- Övrigt 15 min\n",
     "Arbetsplatsträff", 120, [("Välkommen", 10), ("Ekonomi", 30), ("Fika", 20),
                              ("Arbetsmiljö", 45), ("Övrigt", 15)]),
    ("Norwegian, hours in brackets with ca.",
     "Fagdag for legekontoret (ca. 3 timer)\n\nVelkommen (15 min)\nForedrag om KOLS (60 min)\n"
     "Lunsj (30 min)\nGruppearbeid (60 min)\nOppsummering (15 min)\n",
     "Fagdag for legekontoret", 180,
     [("Velkommen", 15), ("Foredrag om KOLS", 60), ("Lunsj", 30), ("Gruppearbeid", 60),
      ("Oppsummering", 15)]),
]


@pytest.mark.parametrize(("text", "title", "total", "blocks"),
                         [case[1:] for case in TITLED_TOTALS],
                         ids=[case[0] for case in TITLED_TOTALS])
def test_a_first_line_with_the_whole_length_is_the_title_and_total(
        text: str, title: str, total: float, blocks: list[tuple[str, float]]):
    result = import_text(text, "programme.txt")
    assert result.agenda.title == title
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == blocks
    assert any(f"stated length {total} min" in line and "add up to it" in line
               for line in result.recognised)
    assert not result.warnings


@pytest.mark.parametrize(("text", "stated", "planned"), [
    ("Workshop (2 timer)\nVelkomst 10 min\nOplæg 40 min\nPause 10 min\nGruppearbejde 30 min\n",
     120, 90),
    ("Board meeting – a 2-hour session\n- Welcome 10 min\n- Budget 60 min\n- Strategy 70 min\n",
     120, 140),
    ("Styrelsemöte (1½ timme)\n1. Välkommen 5 min\n2. Ekonomi 25 min\n3. Övrigt 20 min\n",
     90, 50),
    ("Personalmøte på 2 timer\n- Velkommen (10 min)\n- Turnus (50 min)\n- Lunsj (30 min)\n",
     120, 90),
], ids=["Danish, short", "English, long", "Swedish, short", "Norwegian, short"])
def test_a_stated_total_the_items_miss_is_warned_not_made_a_block(
        text: str, stated: int, planned: int):
    result = import_text(text, "programme.txt")
    first_line = text.splitlines()[0]
    assert all(b.title != first_line for b in result.agenda.blocks)
    assert result.agenda.blocks[0].minutes < stated
    [warning] = [w for w in result.warnings if "stated length" in w.message]
    assert warning.line == 1
    assert f"stated length {stated} min" in warning.message
    assert f"add up to {planned} min" in warning.message


def test_a_first_item_longer_than_the_rest_is_still_an_item():
    """A length in hours that is not put as the whole's ("Formiddag: 2 timer") is an item."""
    assert summary("Formiddag: 2 timer og 30 min.\nEftermiddag 1 1/2 time\n") == [
        ("Formiddag", 150), ("Eftermiddag", 90)]
    assert summary("Intro 60 min\nCase A 15 min\nCase B 15 min\n") == [
        ("Intro", 60), ("Case A", 15), ("Case B", 15)]


# --------------------------------------------------------------------------- stated end

BODY_DA = "Kl. 09.30 Velkomst\n10:15 Kaffe\n10:30 Oplæg om søvn\n12:00 Frokost\n13:00 Cases\n"
BODY_EN = "9:00 Arrival and coffee\n9:30 Keynote\n10:45 Break\n11:00 Panel\n12:30 Lunch\n" \
          "13:30 Workshops\n"
BODY_SV = "Kl. 8.30 Samling\n9.00 Inledning\n10.00 Fika\n10.20 Grupparbete\n"
BODY_NO = "kl. 12.00 Lunsj\nkl. 12.45 Velkommen\nkl. 13.00 Foredrag\nkl. 14.15 Pause\n" \
          "kl. 14.30 Gruppearbeid\n"

ENDS = [
    ("Danish, Slut kl. at the end", BODY_DA + "\nSlut kl. 15\n", ("Cases", 120)),
    ("Danish, Slut kl. at the top", "Slut kl. 15\n\n" + BODY_DA, ("Cases", 120)),
    ("Danish, Tid: range at the top", "Tid: 9.30–15.00\n\n" + BODY_DA, ("Cases", 120)),
    ("Danish, Dagen slutter", BODY_DA + "Dagen slutter ca. kl. 15.30\n", ("Cases", 150)),
    ("Danish, title fra-til", "Temadag om søvn fra 9.30 til 16.00\n\n" + BODY_DA,
     ("Cases", 180)),
    ("English, Ends at pm", "Ends at 4 pm\n\n" + BODY_EN, ("Workshops", 150)),
    ("English, The day ends", BODY_EN + "The day ends at 16:30.\n", ("Workshops", 180)),
    ("English, End:", "Practice day\nEnd: 15:00\n\n" + BODY_EN, ("Workshops", 90)),
    ("Swedish, Mötet slutar", BODY_SV + "\nMötet slutar 12.00\n", ("Grupparbete", 100)),
    ("Swedish, Tid: with till", "Tid: 8.30 till 12.30\n\n" + BODY_SV, ("Grupparbete", 130)),
    ("Norwegian, Møtet slutter", BODY_NO + "Møtet slutter kl. 15.30\n", ("Gruppearbeid", 60)),
    ("Norwegian, Sluttid", "Sluttid: 16.00\n" + BODY_NO, ("Gruppearbeid", 90)),
]


@pytest.mark.parametrize(("text", "last"), [case[1:] for case in ENDS],
                         ids=[case[0] for case in ENDS])
def test_the_last_start_only_item_runs_to_the_stated_end(text: str, last: tuple[str, float]):
    result = import_text(text, "programme.txt")
    blocks = result.agenda.blocks
    assert (blocks[-1].title, blocks[-1].minutes) == last
    assert all(b.minutes > 0 for b in blocks)
    assert not any("lut" in b.title.lower() or "end" in b.title.lower() for b in blocks)
    assert not any("untimed" in w.message for w in result.warnings)


def test_a_stated_end_is_in_the_trace_and_the_yaml_keeps_the_end():
    result = import_text(BODY_DA + "\nSlut kl. 15\n", "dag.txt")
    assert "line 7: stated end of the day at 15:00" in result.recognised
    assert result.mapping["blocks"][-1]["until"] == "15:00"
    assert any("length to the end of the day" in line for line in result.recognised)


def test_an_end_statement_with_a_range_or_more_words_is_not_an_end():
    """ "Afslutning kl. 15.00" is a closing item, kept as it was; prose is not an end."""
    result = import_text(BODY_DA + "Afslutning kl. 15.00\n", "dag.txt")
    assert result.agenda.blocks[-1].title == "Afslutning"
    text = BODY_DA + "Vi slutter når vi er færdige, senest 15.00 og gerne før\n"
    assert import_text(text).agenda.blocks[-1].minutes == 0


def test_the_noun_after_an_article_and_the_length_goes_with_them():
    result = import_text("Leadership offsite: a 4-hour retreat\n\n09:00 Coffee (30 min)\n"
                         "09:30 Vision (90 min)\n11:00 Break (15 min)\n11:15 Roadmap (105 min)\n",
                         "p.txt")
    assert result.agenda.title == "Leadership offsite"
    assert result.agenda.total_minutes == 240 and not result.warnings
