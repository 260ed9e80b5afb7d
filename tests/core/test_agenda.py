"""Loading and validating programmes: compiler-like errors, warnings, bundled agendas, fuzzing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.agenda import AgendaError, BlockKind, Diagnostic
from facilitator.core.agenda_check import agenda_from_json, agenda_from_mapping
from facilitator.core.agenda_load import MAX_FILE_BYTES, load_agenda, load_agenda_text

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
BUNDLED = sorted(AGENDAS.glob("*.yaml"))
KLYNGEMOEDE = AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml"
BLOCK_KEYS_HINT = ("known keys: title, minutes, duration, at, until, slides, kind, notes, cue, "
                   "steps, warn_before, min_minutes, max_minutes, flexible, day")


def errors_of(text: str) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "p.yaml")
    assert str(caught.value) == "\n".join(str(d) for d in caught.value.diagnostics)
    return [str(d) for d in caught.value.diagnostics]


def warnings_of(text: str) -> list[str]:
    return [str(w) for w in load_agenda_text(text, "p.yaml").warnings]


# --------------------------------------------------------------------------- files


def test_a_missing_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert caught.value.diagnostics == (Diagnostic("no such file", str(path)),)
    assert str(caught.value) == f"{path}: error: no such file"


def test_a_folder_is_not_a_programme(tmp_path: Path) -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda(tmp_path)
    assert str(caught.value) == f"{tmp_path}: error: is a folder, not a programme file"


def test_a_file_that_is_not_utf8_points_at_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Møde\nblocks:\n  - title: Café\n".encode("latin-1"))
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert caught.value.diagnostics == (Diagnostic(
        "not UTF-8 text (byte 0xf8); save the file as UTF-8", str(path), 1, 9),)


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text("title: Møde\nblocks:\n  - {title: A, minutes: 5}\n", encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_agenda(path).title == "Møde"


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(AgendaError) as caught:
        load_agenda(path)
    assert str(caught.value) == (
        f"{path}: error: file is 1025 KiB, larger than 1024 KiB; not a programme")


def test_text_over_the_size_cap_is_refused() -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda_text("#" * (MAX_FILE_BYTES + 1), "p.yaml")
    assert str(caught.value) == "p.yaml: error: file is larger than 1024 KiB; not a programme"


def test_a_file_of_exactly_the_cap_is_read(tmp_path: Path) -> None:
    body = "title: T\nblocks:\n  - {title: A, minutes: 5}\n"
    path = tmp_path / "full.yaml"
    path.write_text(body + "#" * (MAX_FILE_BYTES - len(body) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_agenda(path).title == "T"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_an_empty_file_is_an_error(text: str) -> None:
    assert errors_of(text) == [
        "p.yaml:1:1: error: the file is empty; a programme needs a title and blocks"]


# --------------------------------------------------------------------------- errors

ERROR_CASES = {
    "YAML syntax error": (
        "title: T\nblocks:\n  - title: A\n    minutes: [5\n",
        ["p.yaml:5:1: error: YAML syntax: expected ',' or ']', but got '<stream end>' "
         "(while parsing a flow sequence)"],
    ),
    "YAML bad indentation": (
        "title: T\n  bad: indent\n",
        ["p.yaml:2:6: error: YAML syntax: mapping values are not allowed here"],
    ),
    "a control character": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    notes: \"\x07\"\n",
        ["p.yaml:5:13: error: YAML syntax: unacceptable character #x0007: "
         "special characters are not allowed"],
    ),
    "two documents": (
        "title: T\n---\ntitle: U\n",
        ["p.yaml:2:1: error: YAML syntax: but found another document "
         "(expected a single document in the stream)"],
    ),
    "a duplicate key": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    minutes: 6\n",
        ['p.yaml:5:5: error: YAML syntax: duplicate key "minutes" (first on line 4)'],
    ),
    "a list at the top": (
        "- title: A\n- title: B\n",
        ["p.yaml:1:1: error: the programme must be a mapping with title and blocks, got a list"],
    ),
    "a scalar at the top": (
        "# a comment first\nMøde kl. 17\n",
        ["p.yaml:2:1: error: the programme must be a mapping with title and blocks, "
         "got 'Møde kl. 17'"],
    ),
    "no blocks key": (
        "title: T\n",
        ["p.yaml:1:1: error: programme: no blocks (add a `blocks:` list)"],
    ),
    "an empty block list": (
        "title: T\nblocks: []\n",
        ["p.yaml:2:9: error: programme: no blocks (the list is empty)"],
    ),
    "blocks not a list": (
        "title: T\nblocks:\n  title: A\n",
        ["p.yaml:3:3: error: programme: blocks must be a list, got a mapping"],
    ),
    "missing title": (
        "blocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:1:1: error: programme: missing title"],
    ),
    "empty title": (
        "title: ''\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:1:8: error: programme: title must not be empty"],
    ),
    "a block without a title": (
        "title: T\nblocks:\n  - minutes: 5\n",
        ["p.yaml:3:5: error: block 1: missing title"],
    ),
    "a block that is not a mapping": (
        "title: T\nblocks:\n  - Velkomst\n",
        ["p.yaml:3:5: error: block 1: must be a mapping with at least a title, got 'Velkomst'"],
    ),
    "unknown block key with a did-you-mean": (
        "title: T\nblocks:\n  - {title: A, minutes: 5}\n  - {title: B, minutes: 5}\n"
        "  - title: Pause\n    minuts: 15\n",
        [f'p.yaml:6:5: error: block 3 "Pause": unknown key "minuts" (did you mean "minutes"?); '
         f"{BLOCK_KEYS_HINT}"],
    ),
    "unknown top-level key with a did-you-mean": (
        "titel: T\ntitle: T\nblocks:\n  - {title: A, minutes: 5}\n",
        ['p.yaml:1:1: error: programme: unknown key "titel" (did you mean "title"?); '
         "known keys: title, date, start, language, notes, alerts, slides_follow, blocks"],
    ),
    "unknown key without a near miss": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, colour: red}\n",
        [f'p.yaml:3:28: error: block 1 "A": unknown key "colour"; {BLOCK_KEYS_HINT}'],
    ),
    "unknown step key": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    steps:\n"
        "      - {title: x, minutes: 5, slide: 3}\n",
        ['p.yaml:6:32: error: block 1 "A" step 1: unknown key "slide" (did you mean "slides"?); '
         "known keys: title, minutes, duration, slides"],
    ),
    "unknown alerts key": (
        "title: T\nalerts: {warn_befor: [5]}\nblocks:\n  - {title: A, minutes: 5}\n",
        ['p.yaml:2:10: error: alerts: unknown key "warn_befor" (did you mean "warn_before"?); '
         "known keys: warn_before, overrun_every"],
    ),
    "zero minutes": (
        "title: T\nblocks:\n  - title: Pause\n    minutes: 0\n",
        ['p.yaml:4:14: error: block 1 "Pause": minutes must be a positive number, got 0'],
    ),
    "negative minutes": (
        "title: T\nblocks:\n  - {title: A, minutes: 5}\n  - {title: B, minutes: 5}\n"
        "  - title: Pause\n    minutes: -5\n",
        ['p.yaml:6:14: error: block 3 "Pause": minutes must be a positive number, got -5'],
    ),
    "negative minutes as text": (
        "title: T\nblocks:\n  - title: Pause\n    minutes: '-5'\n",
        ["p.yaml:4:14: error: block 1 \"Pause\": minutes must be a positive number, got '-5'"],
    ),
    "non-numeric minutes": (
        "title: T\nblocks:\n  - title: Pause\n    minutes: lang\n",
        ['p.yaml:4:14: error: block 1 "Pause": minutes: cannot read \'lang\' as a length '
         '(try "65 min" or "1h 5m")'],
    ),
    "minutes that are a list": (
        "title: T\nblocks:\n  - title: Pause\n    minutes: [5]\n",
        ['p.yaml:4:14: error: block 1 "Pause": minutes must be a positive number, got a list'],
    ),
    "minutes that are true": (
        "title: T\nblocks:\n  - title: Pause\n    minutes: true\n",
        ['p.yaml:4:14: error: block 1 "Pause": minutes must be a positive number, got true'],
    ),
    "empty minutes": (
        "title: T\nblocks:\n  - title: Pause\n    minutes:\n",
        ['p.yaml:4:13: error: block 1 "Pause": minutes must be a positive number, got nothing'],
    ),
    "an unparseable duration": (
        "title: T\nblocks:\n  - title: Pause\n    duration: et kvarter\n",
        ['p.yaml:4:15: error: block 1 "Pause": duration: cannot read \'et kvarter\' as a length '
         '(try "65 min" or "1h 5m")'],
    ),
    "a length over a day": (
        "title: T\nblocks:\n  - {title: A, minutes: 2000}\n",
        ['p.yaml:3:25: error: block 1 "A": minutes is longer than a day (2000 min)'],
    ),
    "a number too large for a float": (
        "title: T\nblocks:\n  - {title: A, minutes: " + "9" * 400 + "}\n",
        ['p.yaml:3:25: error: block 1 "A": minutes is longer than a day (a very large number min)'],
    ),
    "a length shorter than a hundredth of a minute": (
        "title: T\nblocks:\n  - {title: A, minutes: 0.004}\n",
        ['p.yaml:3:25: error: block 1 "A": minutes is shorter than 0.01 min, got 0.004'],
    ),
    "a warning time longer than a day": (
        "title: T\nalerts: {warn_before: [" + "1" * 400 + "]}\n"
        "blocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:23: error: alerts: warn_before is longer than a day (a very large number min)"],
    ),
    "both minutes and duration": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, duration: 5 min}\n",
        ['p.yaml:3:28: error: block 1 "A": give either minutes or duration, not both'],
    ),
    "a step without minutes": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    steps:\n      - title: x\n",
        ['p.yaml:6:9: error: block 1 "A" step 1: missing minutes'],
    ),
    "an unparseable start": (
        "title: T\nstart: '25:00'\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:8: error: programme: start: no such clock time: '25:00'"],
    ),
    "an unparseable clock time": (
        "title: T\nstart: '09:00'\nblocks:\n  - title: Pause\n    at: noon\n    minutes: 5\n",
        ['p.yaml:5:9: error: block 1 "Pause": at: expected a clock time like "09:15", '
         "got 'noon'"],
    ),
    "an unquoted clock time read as a number": (
        "title: T\nstart: 9.15\nblocks:\n  - {title: A, minutes: 5}\n",
        ['p.yaml:2:8: error: programme: start: expected a clock time like "09:15", got 9.15; '
         'write it in quotes, like "9.15"'],
    ),
    "an unparseable until": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '09:30', until: 9h}\n",
        ['p.yaml:4:36: error: block 1 "A": until: expected a clock time like "09:15", '
         "got '9h'"],
    ),
    "clock times going backwards": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '10:00', until: '10:30'}\n"
        "  - {title: B, at: '09:45', until: '11:00'}\n",
        ['p.yaml:5:20: error: block 2 "B": starts at 09:45, before the previous block ends at '
         "10:30 (clock times go backwards or overlap)"],
    ),
    "a clock time overlapping the previous block": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, minutes: 30}\n"
        "  - {title: B, at: '09:15', minutes: 10}\n",
        ['p.yaml:5:20: error: block 2 "B": starts at 09:15, before the previous block ends at '
         "09:30 (clock times go backwards or overlap)"],
    ),
    "a block before the start": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '08:30', minutes: 10}\n",
        ['p.yaml:4:20: error: block 1 "A": starts at 08:30, before the previous block ends at '
         "09:00 (clock times go backwards or overlap)"],
    ),
    "until not after at": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '09:30', until: '09:10'}\n",
        ['p.yaml:4:36: error: block 1 "A": ends at 09:10, not after its start at 09:30'],
    ),
    "until without any start": (
        "title: T\nblocks:\n  - {title: A, until: '09:30'}\n",
        ['p.yaml:3:23: error: block 1 "A": until needs a start (an `at`, the programme\'s `start` '
         "or the previous block's end)"],
    ),
    "minutes that do not fit at-until": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '09:00', until: '09:30', "
        "minutes: 20}\n",
        ['p.yaml:4:36: error: block 1 "A": 20 min does not fit 09:00-09:30'],
    ),
    "a last block with only at": (
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, at: '09:00'}\n",
        ['p.yaml:4:20: error: block 1 "A": the last block needs `until` or `minutes` to know '
         "when it ends"],
    ),
    "a slide range running backwards": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    slides: 20-6\n",
        ["p.yaml:5:13: error: block 1 \"A\": slides: slide range '20-6' runs backwards"],
    ),
    "slide zero": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: 0}\n",
        ['p.yaml:3:36: error: block 1 "A": slides: slide numbers start at 1, got 0'],
    ),
    "unreadable slides": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: de første}\n",
        ['p.yaml:3:36: error: block 1 "A": slides: expected a slide number or range like 6-20, '
         "got 'de første'"],
    ),
    "nested slide lists": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: [[1, 2]]}\n",
        ['p.yaml:3:36: error: block 1 "A": slides: a slide list holds numbers and ranges, '
         "not lists"],
    ),
    "steps that are not a list": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    steps: video 3 min\n",
        ['p.yaml:5:12: error: block 1 "A": steps must be a list of {title, minutes}, '
         "got 'video 3 min'"],
    ),
    "a step that is not a mapping": (
        "title: T\nblocks:\n  - title: A\n    minutes: 5\n    steps:\n      - video 3 min\n",
        ['p.yaml:6:9: error: block 1 "A" step 1: must be a mapping with title and minutes, '
         "got 'video 3 min'"],
    ),
    "an unknown kind": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, kind: grup}\n",
        ['p.yaml:3:34: error: block 1 "A": kind must be one of talk, video, group, plenary, '
         "break, other, got 'grup' (did you mean \"group\"?)"],
    ),
    "a bad date": (
        "title: T\ndate: 22/11/2026\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:7: error: programme: date must look like \"2026-11-22\", got '22/11/2026'"],
    ),
    "an unknown language": (
        "title: T\nlanguage: fr\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:11: error: programme: language must be one of da, en, got 'fr'"],
    ),
    "bad warn_before": (
        "title: T\nalerts: {warn_before: [5, soon]}\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:23: error: alerts: warn_before must be positive minutes, like [5, 1]; "
         "got 'soon'"],
    ),
    "flexible that is not a boolean": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, flexible: maybe}\n",
        ["p.yaml:3:38: error: block 1 \"A\": flexible must be true or false, got 'maybe'"],
    ),
    "min_minutes above the plan": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, min_minutes: 10}\n",
        ['p.yaml:3:41: error: block 1 "A": min_minutes 10 does not admit the planned 5 min'],
    ),
    "an unsafe tag": (
        "!!python/object/apply:os.system ['echo hi']\n",
        ["p.yaml:1:1: error: YAML syntax: could not determine a constructor for the tag "
         "'tag:yaml.org,2002:python/object/apply:os.system'"],
    ),
    "an explicit tag with a bad value": (
        "title: T\nblocks:\n  - {title: A, minutes: !!int fem}\n",
        ["p.yaml:3:25: error: YAML syntax: cannot read 'fem' as !!int"],
    ),
    "a bad timestamp tag": (
        "title: T\ndate: !!timestamp tomorrow\nblocks:\n  - {title: A, minutes: 5}\n",
        ["p.yaml:2:7: error: YAML syntax: cannot read 'tomorrow' as !!timestamp"],
    ),
    "an integer too long to read": (
        "title: T\nblocks:\n  - {title: A, minutes: " + "1" * 5000 + "}\n",
        [f"p.yaml:3:25: error: YAML syntax: cannot read '{'1' * 40}' as !!int"],
    ),
    "a self-referencing alias": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: &s [*s]}\n",
        ["p.yaml:3:36: error: YAML syntax: found unconstructable recursive node"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_errors_say_where_and_what(text: str, expected: list[str]) -> None:
    assert errors_of(text) == expected


def test_every_error_is_reported_at_once_in_file_order() -> None:
    text = ("title: T\nblocks:\n  - title: A\n    minuts: 5\n"
            "  - title: Pause\n    minutes: -5\n    slides: 9-3\n")
    assert errors_of(text) == [
        f'p.yaml:4:5: error: block 1 "A": unknown key "minuts" (did you mean "minutes"?); '
        f"{BLOCK_KEYS_HINT}",
        'p.yaml:6:14: error: block 2 "Pause": minutes must be a positive number, got -5',
        "p.yaml:7:13: error: block 2 \"Pause\": slides: slide range '9-3' runs backwards",
    ]


def test_diagnostics_carry_their_parts_as_well_as_the_message() -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda_text("title: T\nblocks:\n  - title: Pause\n    minutes: -5\n", "p.yaml")
    assert caught.value.diagnostics == (Diagnostic(
        'block 1 "Pause": minutes must be a positive number, got -5', "p.yaml", 4, 14, "error"),)


# --------------------------------------------------------------------------- warnings

WARNING_CASES = {
    "steps that do not add up": (
        "title: T\nblocks:\n  - title: A\n    minutes: 10\n    steps:\n"
        "      - {title: x, minutes: 6}\n      - {title: y, minutes: 6}\n",
        ['p.yaml:6:7: warning: block 1 "A": steps add up to 12 min, the block has 10 min'],
    ),
    "overlapping slide ranges": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: 1-5}\n"
        "  - {title: B, minutes: 5, slides: 5-9}\n",
        ['p.yaml:4:5: warning: block 2 "B": slides 5-9 overlap block 1 "A" (slides 1-5)'],
    ),
    "a gap between slide ranges": (
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: 1-5}\n"
        "  - {title: B, minutes: 5, slides: 8-9}\n",
        ['p.yaml:4:5: warning: block 2 "B": slides 6-7 belong to no block'],
    ),
    "an untimed item": (
        "title: T\nblocks:\n  - {title: A}\n  - {title: B, minutes: 5}\n",
        ['p.yaml:3:5: warning: block 1 "A": untimed item (no minutes); it is kept but takes '
         "no planned time"],
    ),
    "clock times without a start": (
        "title: T\nblocks:\n  - {title: A, minutes: 5}\n  - {title: B, at: '10:00', minutes: 5}\n",
        ["p.yaml:1:1: warning: programme: clock times are given but no start; add `start:` so "
         "the schedule is known"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), WARNING_CASES.values(), ids=WARNING_CASES.keys())
def test_warnings_are_kept_on_a_programme_that_loads(text: str, expected: list[str]) -> None:
    assert warnings_of(text) == expected


def test_a_clean_programme_has_no_warnings() -> None:
    text = ("title: T\nblocks:\n  - {title: A, minutes: 5, slides: 1-5, steps: "
            "[{title: x, minutes: 2}, {title: y, minutes: 3}]}\n"
            "  - {title: B, minutes: 5, slides: 6}\n")
    assert warnings_of(text) == []


# --------------------------------------------------------------------------- reading values


def test_yaml_1_1_surprises_are_read_as_text() -> None:
    agenda = load_agenda_text(
        "title: no\ndate: 2026-11-22\nstart: 09:15\nblocks:\n"
        "  - {title: on, at: 09:15, until: 10:20}\n")
    assert agenda.title == "no"
    assert agenda.date == "2026-11-22"
    assert agenda.start == 9 * 60 + 15
    assert agenda.blocks[0].title == "on"
    assert agenda.blocks[0].minutes == 65


def test_clock_anchored_blocks_take_their_length_from_consecutive_times() -> None:
    agenda = load_agenda_text(
        "title: T\nstart: '09:00'\nblocks:\n"
        "  - {title: A, at: '09:00'}\n"
        "  - {title: B, at: '09:15', until: '10:15'}\n"
        "  - {title: C, minutes: 15}\n"
        "  - {title: D, at: '11:00', until: '11:45'}\n")
    assert [b.minutes for b in agenda.blocks] == [15, 60, 15, 45]
    assert agenda.planned_offsets() == (0, 15, 75, 120)  # C ends 10:30, D waits for 11:00
    assert agenda.total_minutes == 165
    assert agenda.warnings == ()


def test_the_first_clock_time_is_the_start_when_none_is_given() -> None:
    agenda = load_agenda_text("title: T\nblocks:\n  - {title: A, at: '13:00', until: '13:20'}\n")
    assert agenda.start == 13 * 60
    assert agenda.to_json()["start"] == "13:00"


def test_lengths_may_be_written_in_words() -> None:
    agenda = load_agenda_text(
        "title: T\nblocks:\n  - {title: A, duration: 1½ time}\n  - {title: B, minutes: 1h 5m}\n"
        "  - title: C\n    minutes: 20\n    steps:\n      - {title: x, duration: 15 min.}\n"
        "      - {title: y, minutes: '5'}\n")
    assert [b.minutes for b in agenda.blocks] == [90, 65, 20]
    assert [s.minutes for s in agenda.blocks[2].steps] == [15, 5]


def test_slides_may_be_a_range_a_number_or_a_list() -> None:
    agenda = load_agenda_text(
        "title: T\nblocks:\n  - {title: A, minutes: 5, slides: slide 1 til 5}\n"
        "  - {title: B, minutes: 5, slides: 6}\n  - {title: C, minutes: 5, slides: '7, 9'}\n"
        "  - {title: D, minutes: 5, slides: [10, 11-12]}\n")
    assert [str(b.slides) for b in agenda.blocks] == ["1-5", "6", "7, 9", "10-12"]
    assert agenda.warnings == ()


def test_yaml_merge_keys_may_share_settings_between_blocks() -> None:
    agenda = load_agenda_text(
        "title: T\nblocks:\n  - &group {title: A, minutes: 10, kind: group}\n"
        "  - <<: *group\n    title: B\n    minutes: 20\n")
    assert [(b.title, b.minutes, b.kind) for b in agenda.blocks] == [
        ("A", 10, BlockKind.GROUP), ("B", 20, BlockKind.GROUP)]


def test_alerts_and_block_overrides() -> None:
    agenda = load_agenda_text(
        "title: T\nalerts: {warn_before: [1, 5], overrun_every: 2}\nblocks:\n"
        "  - {title: A, minutes: 10}\n  - {title: B, minutes: 10, warn_before: 2}\n")
    assert agenda.alerts.warn_before == (5, 1)
    assert agenda.alerts.overrun_every == 2
    assert agenda.warn_before_for(0) == (5, 1)
    assert agenda.warn_before_for(1) == (2,)


# --------------------------------------------------------------------------- bundled programmes


def test_the_agendas_folder_is_found() -> None:
    assert KLYNGEMOEDE in BUNDLED
    assert len(BUNDLED) >= 4


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_every_bundled_programme_loads(path: Path) -> None:
    agenda = load_agenda(path)
    assert agenda.title
    assert agenda.blocks
    assert agenda.total_minutes > 0
    json.dumps(agenda.to_json())  # serialisable as printed by `check --json`


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_every_bundled_programme_round_trips_through_json(path: Path) -> None:
    agenda = load_agenda(path)
    again = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert _without_warnings(again.to_json()) == _without_warnings(agenda.to_json())
    assert again.timing_json() == agenda.timing_json()
    assert again.planned_offsets() == agenda.planned_offsets()
    assert len(again.warnings) == len(agenda.warnings)


def _without_warnings(data: dict[str, Any]) -> dict[str, Any]:
    # The warnings name the source file, which a journal does not have.
    return {k: v for k, v in data.items() if k != "warnings"}


def test_the_klyngemoede_programme_is_as_the_guide_says() -> None:
    agenda = load_agenda(KLYNGEMOEDE)
    assert agenda.total_minutes == 150
    assert [str(b.slides) if b.slides else None for b in agenda.blocks] == [
        None, "1-5", "6-20", "21", "22-28", "29-37"]
    assert [(w.line, w.column, w.severity, w.message) for w in agenda.warnings] == [
        (13, 5, "warning",
         'block 1 "Opfølgning fra sidste møde": untimed item (no minutes); it is kept but '
         "takes no planned time"),
        (54, 7, "warning",
         'block 3 "Blok 1: Ledelse og samarbejde": steps add up to 67 min, the block has 65 min'),
    ]
    assert all(w.source == str(KLYNGEMOEDE) for w in agenda.warnings)


def test_the_coordinator_course_day_runs_from_nine_by_the_clock() -> None:
    agenda = load_agenda(AGENDAS / "koordinatoruddannelse-dag.yaml")
    assert agenda.to_json()["start"] == "09:00"
    assert agenda.warnings == ()
    assert len(agenda.blocks) == 15
    assert all(b.at is not None for b in agenda.blocks)
    assert [b.minutes for b in agenda.blocks] == [
        15, 60, 15, 45, 45, 60, 75, 45, 15, 30, 45, 45, 30, 15, 120]
    assert agenda.total_minutes == 11 * 60  # 09:00 to the end of dinner at 20:00
    assert [b.kind for b in agenda.blocks].count(BlockKind.BREAK) == 4


def test_the_stop_op_programme_fills_its_hour_and_a_half() -> None:
    agenda = load_agenda(AGENDAS / "stop-op-i-klyngen.yaml")
    assert agenda.total_minutes == 90
    assert [str(w) for w in agenda.warnings] == [
        f'{AGENDAS / "stop-op-i-klyngen.yaml"}:63:5: warning: block 5 "Evt. generalforsamling": '
        "untimed item (no minutes); it is kept but takes no planned time"]


def test_the_sammenhold_workshop_fills_its_hour_and_a_half() -> None:
    agenda = load_agenda(AGENDAS / "sammenhold-og-energi-i-klyngen.yaml")
    assert agenda.total_minutes == 90
    assert agenda.warnings == ()
    assert [b.title for b in agenda.blocks] == [
        "Introduktion",
        "Gruppearbejde: Udfordringer",
        "Gruppearbejde: Mere sammenhold og energi i klyngen",
        "”Stop op” og erfaringer fra ”Stop Op-pakken”",
        "Egen refleksion/Logbog",
    ]


def test_the_examples_in_the_format_documentation_load() -> None:
    doc = (AGENDAS.parent / "docs" / "agenda-format.md").read_text(encoding="utf-8")
    examples = [part.split("```", 1)[0] for part in doc.split("```yaml\n")[1:]]
    programmes = [e for e in examples if e.lstrip().startswith(("title:", "#"))]
    assert len(programmes) == 3
    first, course, days = (load_agenda_text(e, "example.yaml") for e in programmes)
    assert days.total_minutes == 540 and days.warnings == ()
    assert [w.message for w in first.warnings] == [
        'block 1 "Opfølgning fra sidste møde": untimed item (no minutes); it is kept but '
        "takes no planned time"]
    assert first.total_minutes == 60
    assert course.warnings == ()
    assert [b.minutes for b in course.blocks] == [15, 60, 15, 30]


# --------------------------------------------------------------------------- JSON


def test_to_json_has_exactly_the_documented_keys() -> None:
    data = load_agenda(KLYNGEMOEDE).to_json()
    assert list(data) == ["title", "date", "start", "language", "total_minutes", "blocks",
                          "warnings"]
    for block in data["blocks"]:
        assert list(block) == ["title", "minutes", "slides", "kind", "cue", "notes", "steps"]
        for step in block["steps"]:
            # A step's slides only where the programme gives them.
            assert list(step) in (["title", "minutes"], ["title", "minutes", "slides"])
    assert data["blocks"][2]["steps"][2] == {
        "title": "Del 1: Gruppearbejde", "minutes": 12, "slides": "13"}
    assert data["start"] == "17:00"
    assert data["total_minutes"] == 150
    assert data["blocks"][2]["minutes"] == 65
    assert data["blocks"][2]["slides"] == "6-20"
    assert data["blocks"][2]["kind"] == "group"
    assert data["warnings"][1].endswith("steps add up to 67 min, the block has 65 min")


def test_from_json_keeps_a_planned_gap_before_a_clock_anchored_block() -> None:
    agenda = load_agenda_text(
        "title: T\nstart: '09:00'\nblocks:\n  - {title: A, minutes: 10}\n"
        "  - {title: B, at: '09:30', minutes: 10}\n  - {title: C, at: '10:00'}\n"
        "  - {title: D, minutes: 5, min_minutes: 3, flexible: true, warn_before: [2]}\n")
    again = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert again.planned_offsets() == agenda.planned_offsets() == (0, 30, 60, 60)
    assert again.total_minutes == agenda.total_minutes == 65
    assert again.blocks[3] == agenda.blocks[3]
    assert again.timing_json() == agenda.timing_json()


def test_lengths_are_kept_to_the_hundredth_that_json_prints() -> None:
    agenda = load_agenda_text(
        "title: T\nblocks:\n  - {title: A, minutes: 10.004, min_minutes: 10.004}\n"
        "  - {title: B, duration: 1/3 min}\n")
    assert [b.minutes for b in agenda.blocks] == [10, 0.33]
    assert agenda.blocks[0].min_minutes == 10
    again = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert again.blocks == agenda.blocks


def test_from_json_without_timing_keeps_the_programme() -> None:
    agenda = load_agenda(KLYNGEMOEDE)
    again = agenda_from_json(agenda.to_json())
    assert [(b.title, b.minutes, b.slides, b.kind, b.steps) for b in again.blocks] == [
        (b.title, b.minutes, b.slides, b.kind, b.steps) for b in agenda.blocks]
    assert again.source == "<journal>"


# --------------------------------------------------------------------------- fuzzing

_ALL_KEYS = ("title", "date", "start", "language", "notes", "alerts", "blocks", "minutes",
             "duration", "at", "until", "slides", "kind", "cue", "steps", "warn_before",
             "min_minutes", "max_minutes", "flexible", "overrun_every")

_likely_values: st.SearchStrategy[Any] = st.sampled_from([
    "09:00", "9.15", "kl. 17", "25:00", "1-5", "20-6", "6", "1, 3", "65 min", "1½ time", "1:05",
    "talk", "break", "grup", "2026-11-22", "da", "en", "", " ", "-5", "0", "nan", "inf",
    "1e400", "1" * 30, True, False, None, 0, -1, 5, 10**20, 1.5, float("nan"), float("inf"),
    -float("inf"), [5, 1], [], {},
])
_scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
            | _likely_values)
_keys = st.sampled_from(_ALL_KEYS) | st.text(max_size=8) | st.integers() | st.none()
_yamlish = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(_keys, children, max_size=6),
    max_leaves=25,
)
_step = st.dictionaries(st.sampled_from(("title", "minutes", "duration")) | _keys, _yamlish,
                        max_size=3)
_block = st.dictionaries(
    st.sampled_from(_ALL_KEYS[7:]) | st.just("title") | _keys,
    _yamlish | st.lists(_step, max_size=3),
    max_size=6,
)
_programme = st.fixed_dictionaries(
    {"title": _scalars, "blocks": st.lists(_block, max_size=5) | _yamlish},
    optional={key: _yamlish for key in ("date", "start", "language", "notes", "alerts")},
)


_title = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                 max_size=10).filter(str.strip)
_length = st.floats(min_value=0.01, max_value=90, allow_nan=False)  # six blocks end before midnight


@st.composite
def _valid_programmes(draw: st.DrawFn) -> dict[str, Any]:
    start = clock = draw(st.integers(6 * 60, 9 * 60))
    blocks = []
    slide = 1
    for _ in range(draw(st.integers(1, 6))):
        block: dict[str, Any] = {"title": draw(_title),
                                 "kind": draw(st.sampled_from([k.value for k in BlockKind]))}
        minutes = draw(_length)
        how = draw(st.sampled_from(["minutes", "at-until", "untimed", "gap"]))
        if how == "at-until":
            whole = max(1, round(minutes))
            block["at"] = f"{clock // 60:02d}:{clock % 60:02d}"
            block["until"] = f"{(clock + whole) // 60:02d}:{(clock + whole) % 60:02d}"
            minutes = whole
        elif how == "gap":
            clock += draw(st.integers(0, 30))
            block["at"] = f"{clock // 60:02d}:{clock % 60:02d}"
            block["minutes"] = minutes
        elif how == "minutes":
            block["minutes"] = minutes
        else:
            minutes = 0
        clock = clock + int(-(-minutes // 1))  # round up so the next `at` never overlaps
        if draw(st.booleans()):
            count = draw(st.integers(1, 5))
            block["slides"] = f"{slide}-{slide + count - 1}"
            slide += count
        if minutes and draw(st.booleans()):
            block["steps"] = [{"title": draw(_title), "minutes": m}
                              for m in draw(st.lists(_length, min_size=1, max_size=3))]
        if minutes and draw(st.booleans()):
            block["min_minutes"] = minutes
            block["flexible"] = True
        blocks.append(block)
    return {"title": draw(_title), "start": f"{start // 60:02d}:{start % 60:02d}",
            "blocks": blocks,
            "alerts": {"warn_before": draw(st.lists(_length, min_size=1, max_size=3))}}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_valid_programmes())
def test_any_valid_programme_round_trips_through_json(data: dict[str, Any]) -> None:
    agenda = agenda_from_mapping(data)
    again = agenda_from_json(agenda.to_json(), agenda.timing_json())
    assert _without_warnings(again.to_json()) == _without_warnings(agenda.to_json())
    assert again.timing_json() == agenda.timing_json()
    assert again.blocks == agenda.blocks
    assert again.planned_offsets() == agenda.planned_offsets()


def _only_agenda_errors(load: Any, *args: Any) -> None:
    try:
        agenda = load(*args)
    except AgendaError as exc:
        assert exc.diagnostics
        assert all(d.severity == "error" for d in exc.diagnostics)
        return
    data = agenda.to_json()
    json.dumps(data)
    try:
        agenda_from_json(data, agenda.timing_json())
    except AgendaError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_fuzz_arbitrary_text_raises_only_agenda_error(text: str) -> None:
    _only_agenda_errors(load_agenda_text, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "title: ", "blocks:", "\n", "  ", "- ", "minutes: ", "at: ", "until: ", "slides: ",
    "steps:", "start: ", "&a ", "*a", "<<: *a", "!!int ", "!!float ", "!!timestamp ", "!!str ",
    "!!binary ", "!!set ", "!!omap ", "[", "]", "{", "}", ",", ": ", "? ", "'", '"', "#", "|",
    ">", "%YAML 1.1\n", "---\n", "...\n", "09:15", "1-5", "5", "-5", "x", "1.0e400", "\t",
]), max_size=40).map("".join))
def test_fuzz_yaml_shaped_text_raises_only_agenda_error(text: str) -> None:
    _only_agenda_errors(load_agenda_text, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_yamlish | _programme)
def test_fuzz_arbitrary_data_raises_only_agenda_error(data: Any) -> None:
    _only_agenda_errors(agenda_from_mapping, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_programme)
def test_fuzz_dumped_yaml_raises_only_agenda_error(data: Any) -> None:
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return  # keys the dumper itself refuses
    _only_agenda_errors(load_agenda_text, text)


def test_a_programme_s_language_is_kept_only_where_it_states_one() -> None:
    """No `language:` is None (the window's words follow the interface), not Danish;
    `check --json` and the journal say null, and it comes back as it went in."""
    unstated = load_agenda_text("title: T\nblocks:\n  - {title: A, minutes: 5}\n", "p.yaml")
    stated = load_agenda_text("title: T\nlanguage: EN\nblocks:\n  - {title: A, minutes: 5}\n",
                              "p.yaml")
    assert unstated.language is None and unstated.to_json()["language"] is None
    assert stated.language == "en" and stated.to_json()["language"] == "en"
    assert agenda_from_json(unstated.to_json()).language is None
    assert agenda_from_json(stated.to_json()).language == "en"
    # A journal written before the language could be unstated said "da": still Danish.
    assert agenda_from_json({**unstated.to_json(), "language": "da"}).language == "da"
