"""An untimed list under a line that states the whole length (issue 17): the items become
blocks, their sub-items steps, and the length is shared out by the rule in docs/import.md,
with a warning that the minutes are a proposal. Examples in Danish, English, Swedish and
Norwegian, written for these tests; and seed 001 pasted raw."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.agenda_load import load_agenda, load_agenda_text
from facilitator.core.importer import import_text
from facilitator.core.importer.propose import _share

ROOT = Path(__file__).resolve().parents[2]
STOP_OP_SEED = ROOT / "tests" / "data" / "seeds" / "001_a81d3cdf52fdca4f.txt"


def blocks(text: str) -> list[tuple[str, float, list[tuple[str, float]]]]:
    agenda = import_text(text, "programme.txt").agenda
    return [(b.title, b.minutes, [(s.title, s.minutes) for s in b.steps]) for b in agenda.blocks]


CASES = [
    ("Danish, a heading over bullets with sub-bullets",
     "## Temamøde om forebyggelse (2 timer)\n\n- Velkomst\n- Oplæg om KOL\n"
     "- Gruppearbejde\n  - Læs casen\n  - Diskuter\n- Opsamling\n",
     "Temamøde om forebyggelse",
     # Five parts of 24 min in fives: 25 + 25 + 45 (two parts) + 25; the 45 as 25 + 20.
     [("Velkomst", 25, []), ("Oplæg om KOL", 25, []),
      ("Gruppearbejde", 45, [("Læs casen", 25), ("Diskuter", 20)]), ("Opsamling", 25, [])]),
    ("English, a stated break is kept",
     "Leadership workshop – a 3-hour session\n\n1. Welcome and check-in\n2. Case study\n"
     "3. Coffee break (15 min)\n4. Peer coaching\n5. Wrap-up\n",
     "Leadership workshop",
     [("Welcome and check-in", 45, []), ("Case study", 40, []), ("Coffee break", 15, []),
      ("Peer coaching", 40, []), ("Wrap-up", 40, [])]),
    ("Swedish, a total line over a list with an optional item",
     "Arbetsplatsträff\nTotal tid: 1 timme\n\n* Välkommen\n* Ekonomi\n* Arbetsmiljö\n"
     "* Övrigt (om tid finns)\n",
     "Arbetsplatsträff",
     [("Välkommen", 20, []), ("Ekonomi", 20, []), ("Arbetsmiljö", 20, []),
      ("Övrigt (om tid finns)", 0, [])]),
    ("Norwegian, short lines under a bracketed total",
     "Personalmøte (1 1/2 time)\nVelkommen\nTurnus og ferie\nNytt journalsystem\n"
     "Eventuelt\n",
     "Personalmøte",
     [("Velkommen", 25, []), ("Turnus og ferie", 25, []), ("Nytt journalsystem", 20, []),
      ("Eventuelt", 20, [])]),
]


@pytest.mark.parametrize(("text", "title", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_an_untimed_list_under_a_stated_length_gets_proposed_minutes(
        text: str, title: str, expected: list[tuple[str, float, list[tuple[str, float]]]]):
    result = import_text(text, "programme.txt")
    assert result.agenda.title == title
    assert blocks(text) == expected
    [proposal] = [w for w in result.warnings if "a proposal" in w.message]
    assert proposal.line == next(i for i, line in enumerate(text.splitlines(), start=1)
                                 if any(ch.isdigit() for ch in line))
    # The YAML loads back to the same programme.
    loaded = load_agenda_text(result.to_yaml(), "p.yaml")
    assert [b.minutes for b in loaded.blocks] == [b.minutes for b in result.agenda.blocks]


def test_the_rule_whole_five_minutes_remainders_first_and_odd_minutes_to_the_largest():
    assert _share(90, [1, 1, 3, 1]) == [15, 15, 45, 15]
    assert _share(90, [1, 1, 1, 1]) == [25, 25, 20, 20]
    assert _share(120, [1, 1, 1]) == [40, 40, 40]
    assert _share(62, [1, 1, 1]) == [22, 20, 20]  # 60 in fives, the odd 2 to the largest
    assert _share(10, [1, 1, 1, 1]) == [3, 3, 2, 2]  # less than 5 each: whole minutes
    assert _share(0, [1, 1]) == [0, 0]
    for total in range(1, 400, 7):
        for weights in ([1], [1, 2], [3, 1, 1, 1], [1] * 7):
            assert sum(_share(total, weights)) == pytest.approx(total)


def test_lengths_already_filling_the_total_leave_the_others_untimed():
    result = import_text("Planning day (1 hour)\n- Intro (30 min)\n- Review (30 min)\n"
                         "- Lunch\n- Demo\n", "p.txt")
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == [
        ("Intro", 30), ("Review", 30), ("Lunch", 0), ("Demo", 0)]
    assert any("already fill the stated 60 min" in w.message for w in result.warnings)


def test_an_untimed_list_among_timed_items_is_not_shared_out():
    """Lengths elsewhere: the text is timed item by item; an untimed bullet is a note."""
    text = "# Team day\n\n## Intro (10 min)\n- Names\n- Goals\n\n## Talk – 45 min\n"
    result = import_text(text, "p.txt")
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == [("Intro", 10),
                                                                     ("Talk", 45)]
    assert not any("proposal" in w.message for w in result.warnings)


def test_prose_under_a_timed_heading_is_not_a_list_of_items():
    text = "Workshop (2 timer)\nVi arbejder i grupper hele vejen.\nHusk at tage papir med.\n"
    result = import_text(text, "p.txt")
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == [("Workshop", 120)]


def test_seed_001_pasted_raw_gives_the_stop_op_programme_with_proposed_minutes():
    result = import_text(STOP_OP_SEED.read_text(encoding="utf-8"), "pasted text")
    written = load_agenda(ROOT / "agendas" / "stop-op-i-klyngen.yaml")
    agenda = result.agenda
    assert agenda.title == written.title
    assert [b.title for b in agenda.blocks] == [b.title for b in written.blocks]
    assert [[s.title for s in b.steps] for b in agenda.blocks] == \
        [[s.title for s in b.steps] for b in written.blocks]
    # Timed where the hand-written one is, and the 1½ hours shared out among them.
    assert [b.timed for b in agenda.blocks] == [b.timed for b in written.blocks]
    assert agenda.total_minutes == written.total_minutes == 90
    assert [(b.minutes, [s.minutes for s in b.steps]) for b in agenda.blocks] == [
        (15, []), (15, []), (45, [15, 15, 15]), (15, []), (0, [])]
    warned = [(w.line, w.message) for w in result.warnings]
    assert any(line == 140 and "a proposal" in said and "15 + 15 + 45 + 15 min" in said
               for line, said in warned)
    assert any(line == 149 and "is optional" in said for line, said in warned)
    assert 'line 144: block 3 "Stop op og gør status" 45 min, 3 steps ' \
           '[list item, minutes proposed]' in result.recognised
    # Nothing of the workshop's other slides is lost: they are the notes, pointed out.
    assert "Marienlyst, Helsingør" in agenda.notes
    assert "KAP-S tilbyder individuel vejledning" in agenda.blocks[-1].notes


def test_a_length_line_under_the_title_states_the_total_to_share():
    """ "Duration: 90 minutes" under "Team retro" is the retro's length, over its list."""
    text = "Team retro\nDuration: 90 minutes\n\n- Check-in\n- What went well\n" \
           "- What to improve\n- Actions\n"
    result = import_text(text, "retro.md")
    assert result.agenda.title == "Team retro"
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == [
        ("Check-in", 25), ("What went well", 25), ("What to improve", 20), ("Actions", 20)]


def test_a_total_line_after_the_list_is_shared_out_too():
    text = "Personalmøte\n- Velkommen\n- Turnus\n- Ferieavvikling\n\nTotalt: 1 time\n"
    result = import_text(text, "p.txt")
    assert result.agenda.title == "Personalmøte"
    assert [(b.title, b.minutes) for b in result.agenda.blocks] == [
        ("Velkommen", 20), ("Turnus", 20), ("Ferieavvikling", 20)]
    [proposal] = [w for w in result.warnings if "a proposal" in w.message]
    assert proposal.line == 6
