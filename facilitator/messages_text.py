"""Core's messages in the chosen language: the one place that renders a Message.

Core describes an error or warning as a code with its values
(`facilitator.core.messages`); here each code has its English text marked for
Qt's translation tools (context "CoreMessages"), and `MessageText` turns a
Message into a sentence through a translator: the app's installed catalogue in
the window, a catalogue loaded for `--lang` on the command line. A value that
is itself a Message is rendered first; a code counted by ``n`` takes Qt's
plural forms.

The English texts here are the same as core's (a test holds them equal), and
every one has a Danish translation in assets/i18n/facilitator_da.ts (a test
fails otherwise). After adding a code: run tools/i18n.py update, translate,
release.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from .core.messages import ENGLISH, PLURALS, Message

__all__ = ["CONTEXT", "SOURCES", "MessageText", "installed", "for_language"]

CONTEXT = "CoreMessages"



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark *text* for the translation catalogue; it is translated when rendered."""
    return text


# Translate (source text, count) into the chosen language.
Translate = Callable[[str, int], str]

SOURCES: dict[str, str] = {
    "programme": QT_TRANSLATE_NOOP("CoreMessages", "programme"),
    "alerts": QT_TRANSLATE_NOOP("CoreMessages", "alerts"),
    "block": QT_TRANSLATE_NOOP("CoreMessages", "block {number}"),
    "block_titled": QT_TRANSLATE_NOOP("CoreMessages", 'block {number} "{title}"'),
    "step": QT_TRANSLATE_NOOP("CoreMessages", "{what} step {number}"),
    "nothing": QT_TRANSLATE_NOOP("CoreMessages", "nothing"),
    "a_mapping": QT_TRANSLATE_NOOP("CoreMessages", "a mapping"),
    "a_list": QT_TRANSLATE_NOOP("CoreMessages", "a list"),
    "a_very_large_number": QT_TRANSLATE_NOOP("CoreMessages", "a very large number"),
    "unknown_key": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '{what}: unknown key "{key}"; known keys: {known}'),
    "unknown_key_hint": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '{what}: unknown key "{key}" (did you mean "{hint}"?); known keys: {known}'),
    "missing_key": QT_TRANSLATE_NOOP("CoreMessages", "{what}: missing {key}"),
    "must_be_text": QT_TRANSLATE_NOOP("CoreMessages", "{what}: {key} must be text, got {got}"),
    "must_not_be_empty": QT_TRANSLATE_NOOP("CoreMessages", "{what}: {key} must not be empty"),
    "positive_number": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} must be a positive number, got {got}"),
    "longer_than_day": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} is longer than a day ({got} min)"),
    "key_problem": QT_TRANSLATE_NOOP("CoreMessages", "{what}: {key}: {problem}"),
    "clock_quote_hint": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '{what}: {key}: {problem}; write it in quotes, like "9.15"'),
    "shorter_than_hundredth": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} is shorter than 0.01 min, got {got}"),
    "positive_minutes_list": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} must be positive minutes, like [5, 1]; got {got}"),
    "at_least_hundredth": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} must be at least 0.01 min; got {got}"),
    "slides_expected": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "expected a slide number or range like 6-20, got {got}"),
    "slides_start_at_one": QT_TRANSLATE_NOOP("CoreMessages", "slide numbers start at 1, got {got}"),
    "slides_nested": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a slide list holds numbers and ranges, not lists"),
    "slides_too_many": QT_TRANSLATE_NOOP("CoreMessages", "more than {max} slides in one block"),
    "slides_empty": QT_TRANSLATE_NOOP("CoreMessages", "an empty slide list"),
    "slides_backwards": QT_TRANSLATE_NOOP("CoreMessages", "slide range {range} runs backwards"),
    "slides_too_long": QT_TRANSLATE_NOOP("CoreMessages", "slide range {range} is implausibly long"),
    "not_a_programme_mapping": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the programme must be a mapping with title and blocks, got {got}"),
    "bad_date": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'programme: date must look like "2026-11-22", got {got}'),
    "bad_language": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: language must be one of {options}, got {got}"),
    "alerts_not_mapping": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: alerts must be a mapping, got {got}"),
    "no_blocks_key": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: no blocks (add a `blocks:` list)"),
    "blocks_not_list": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: blocks must be a list, got {got}"),
    "blocks_empty": QT_TRANSLATE_NOOP("CoreMessages", "programme: no blocks (the list is empty)"),
    "no_start": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: clock times are given but no start; add `start:` so the "
        "schedule is known"),
    "block_not_mapping": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: must be a mapping with at least a title, got {got}"),
    "minutes_and_duration": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: give either minutes or duration, not both"),
    "bad_kind": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: kind must be one of {options}, got {got}"),
    "bad_kind_hint": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '{what}: kind must be one of {options}, got {got} (did you mean "{hint}"?)'),
    "bad_flexible": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: flexible must be true or false, got {got}"),
    "starts_before_previous": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: starts at {at}, before the previous block ends at {end} (clock "
        "times go backwards or overlap)"),
    "until_needs_start": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: until needs a start (an `at`, the programme's `start` or the "
        "previous block's end)"),
    "ends_before_start": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: ends at {until}, not after its start at {begin}"),
    "minutes_do_not_fit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {minutes} min does not fit {begin}-{until}"),
    "last_of_day_needs_end": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: the last block of day {day} needs `until` or `minutes` to know when it ends"),
    "bad_day": QT_TRANSLATE_NOOP(
        "CoreMessages", "{what}: day must be a whole number from 1 to {max}, got {got}"),
    "day_goes_back": QT_TRANSLATE_NOOP(
        "CoreMessages", "{what}: day {day} comes after day {previous}; days go forward"),
    "last_needs_end": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: the last block needs `until` or `minutes` to know when it ends"),
    "untimed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: untimed item (no minutes); it is kept but takes no planned time"),
    "steps_add_up": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: steps add up to {steps} min, the block has {minutes} min"),
    "bound_refuses": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: {key} {bound} does not admit the planned {minutes} min"),
    "steps_not_list": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: steps must be a list of {{title, minutes}}, got {got}"),
    "step_not_mapping": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: must be a mapping with title and minutes, got {got}"),
    "slides_overlap": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: slides {slides} overlap {other} (slides {other_slides})"),
    "slides_gap": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: slides {first}-{last} belong to no block"),
    "bad_slides_follow": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "programme: slides_follow must be one of {options}, got {got}"),
    "step_slides_outside": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{what}: slides {slides} are not among the block's slides "
        "({block_slides}); they count as the block's too"),
    "text_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "file is larger than {max} KiB; not a programme"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "file is {size} KiB, larger than {max} KiB; not a programme"),
    "yaml_syntax": QT_TRANSLATE_NOOP("CoreMessages", "YAML syntax: {problem}"),
    "yaml_character": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "YAML syntax: unacceptable character #x{character}: {reason}"),
    "yaml_too_deep": QT_TRANSLATE_NOOP("CoreMessages", "YAML nested too deeply"),
    "yaml_cannot_read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read {value} as {tag}"),
    "yaml_cannot_read_node": QT_TRANSLATE_NOOP("CoreMessages", "cannot read as {tag}"),
    "yaml_key_not_text": QT_TRANSLATE_NOOP("CoreMessages", "a key must be plain text"),
    "yaml_duplicate_key": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'duplicate key "{key}" (first on line {line})'),
    "empty_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the file is empty; a programme needs a title and blocks"),
    "no_such_file": QT_TRANSLATE_NOOP("CoreMessages", "no such file"),
    "is_folder": QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a programme file"),
    "permission_denied": QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    "cannot_read": QT_TRANSLATE_NOOP("CoreMessages", "cannot read: {why}"),
    "not_utf8_byte": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not UTF-8 text (byte 0x{byte}); save the file as UTF-8"),
    "not_utf8": QT_TRANSLATE_NOOP("CoreMessages", "not UTF-8 text; save the file as UTF-8"),
    "os_no_such_file": QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder"),
    "os_is_folder": QT_TRANSLATE_NOOP("CoreMessages", "is a folder"),
    "os_not_folder": QT_TRANSLATE_NOOP("CoreMessages", "a part of the path is not a folder"),
    "os_disk_full": QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"),
    "os_read_only": QT_TRANSLATE_NOOP("CoreMessages", "the disk is read-only"),
    "os_exists": QT_TRANSLATE_NOOP("CoreMessages", "already exists"),
    "os_name_too_long": QT_TRANSLATE_NOOP("CoreMessages", "the name is too long"),
    "os_reason_at": QT_TRANSLATE_NOOP("CoreMessages", "{reason} ({where})"),
    "refusal_cannot_check": QT_TRANSLATE_NOOP("CoreMessages", "cannot check it: {why}"),
    "refusal_symlink": QT_TRANSLATE_NOOP("CoreMessages", "it is a symbolic link"),
    "refusal_not_folder": QT_TRANSLATE_NOOP("CoreMessages", "it is not a folder"),
    "refusal_not_file": QT_TRANSLATE_NOOP("CoreMessages", "it is not a regular file"),
    "refusal_other_user": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "it belongs to another user (uid {uid})"),
    "refusal_others_open": QT_TRANSLATE_NOOP("CoreMessages", "others can open it (mode {mode})"),
    "path_refused": QT_TRANSLATE_NOOP("CoreMessages", "{path}: {why}"),
    "settings_bad_value": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: setting {key} has an invalid value {value}; using the default {default}"),
    "settings_unreadable": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: cannot read settings: {why}"),
    "settings_damaged": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: damaged settings file ({problem}); using defaults"),
    "settings_not_object": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: settings file is not an object; using defaults"),
    "settings_unsaved": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path}: cannot save settings: {why}"),
    "division_by_zero": QT_TRANSLATE_NOOP("CoreMessages", "division by zero in {text}"),
    "expected_length": QT_TRANSLATE_NOOP("CoreMessages", "expected a length, got {got}"),
    "length_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "expected a length, got a number too large"),
    "empty_length": QT_TRANSLATE_NOOP("CoreMessages", "empty length"),
    "not_hours_minutes": QT_TRANSLATE_NOOP("CoreMessages", "cannot read {value} as hours:minutes"),
    "not_a_length": QT_TRANSLATE_NOOP("CoreMessages", "cannot read {value} as a length"),
    "not_a_length_try": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'cannot read {value} as a length (try "65 min" or "1h 5m")'),
    "expected_clock": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'expected a clock time like "09:15", got {got}'),
    "no_such_clock": QT_TRANSLATE_NOOP("CoreMessages", "no such clock time: {got}"),
    "yaml_invalid": QT_TRANSLATE_NOOP("CoreMessages", "invalid YAML"),
    "yaml_in_context": QT_TRANSLATE_NOOP("CoreMessages", "{problem} ({context})"),
    "yaml_colon_not_allowed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "mapping values are not allowed here"),
    "yaml_expected_found": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "expected {expected}, but found {found}"),
    "yaml_expected_got": QT_TRANSLATE_NOOP("CoreMessages", "expected {expected}, but got {found}"),
    "yaml_unexpected_end": QT_TRANSLATE_NOOP("CoreMessages", "found unexpected end of stream"),
    "yaml_undefined_alias": QT_TRANSLATE_NOOP("CoreMessages", "found undefined alias {name}"),
    "yaml_character_cannot_start": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "found character {character} that cannot start any token"),
    "yaml_another_document": QT_TRANSLATE_NOOP("CoreMessages", "but found another document"),
    "yaml_unknown_tag": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "could not determine a constructor for the tag {tag}"),
    "yaml_no_colon": QT_TRANSLATE_NOOP("CoreMessages", "could not find expected ':'"),
    "yaml_node_content": QT_TRANSLATE_NOOP("CoreMessages", "the node content"),
    "yaml_tab": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "found character '\\t' that cannot start any token"),
    "yaml_either": QT_TRANSLATE_NOOP("CoreMessages", "{first} or {second}"),
    "yaml_in_flow_sequence": QT_TRANSLATE_NOOP("CoreMessages", "while parsing a flow sequence"),
    "yaml_in_flow_mapping": QT_TRANSLATE_NOOP("CoreMessages", "while parsing a flow mapping"),
    "yaml_in_block_mapping": QT_TRANSLATE_NOOP("CoreMessages", "while parsing a block mapping"),
    "yaml_in_block_collection": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "while parsing a block collection"),
    "yaml_in_flow_node": QT_TRANSLATE_NOOP("CoreMessages", "while parsing a flow node"),
    "yaml_in_block_node": QT_TRANSLATE_NOOP("CoreMessages", "while parsing a block node"),
    "yaml_in_quoted_text": QT_TRANSLATE_NOOP("CoreMessages", "while scanning a quoted scalar"),
    "yaml_in_plain_text": QT_TRANSLATE_NOOP("CoreMessages", "while scanning a plain scalar"),
    "yaml_in_key": QT_TRANSLATE_NOOP("CoreMessages", "while scanning a simple key"),
    "yaml_in_next_token": QT_TRANSLATE_NOOP("CoreMessages", "while scanning for the next token"),
    "yaml_single_document": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "expected a single document in the stream"),
    "import_expected_text": QT_TRANSLATE_NOOP("CoreMessages", "expected text, got {got}"),
    "import_text_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text is larger than {max} KiB; not a programme"),
    "import_nothing_timed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'found nothing timed: no lengths like "10 min" or "Tid: 10 min." and no '
        'clock times like "09:00-09:15" or "Kl. 13.00"'),
    "import_no_valid_programme": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "could not make a valid programme: {errors}"),
    "import_clock_without_title": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{text}: a clock time with no title after it; the time is used as the title"),
    "import_another_day": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{at} comes before the time above it; read as the start of another day"),
    "import_end_ignored": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '"{title}": ends at {until}, not after its start at {at}; the end time is '
        "ignored"),
    "import_clock_times_used": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '"{title}": says {stated} min but its clock times give {clock} min; the '
        "clock times are used"),
    "import_shortened": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '"{title}": {stated} min would run past the next time ({next}); shortened '
        "to {gap} min"),
    "import_overlap_kept": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '"{title}": {at} overlaps the block before it; the clock time is kept in '
        "its notes"),
    "import_stated_length": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated length {stated} min, but the blocks add up to {planned} min"),
    "import_stated_length_written": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated length {stated} min ({written}), but the blocks add up to {planned} "
        "min"),
    "import_programme_notes": QT_TRANSLATE_NOOP("CoreMessages", "the programme's notes"),
    "import_block_notes": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'the notes of block {number} "{title}"'),
    "import_not_understood": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not understood; kept in {where}: {text}"),
    "import_lines_not_understood": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{n} lines not understood (lines {first}-{last}); kept in {where}, starting "
        "{text}"),
    "import_clock_times_do_not_fit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "clock times do not fit together ({reason}); they are kept in the notes"),
    "import_minutes_proposed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the minutes of the items without lengths are a proposal: the stated {total} min "
        "shared out ({minutes} min); check them before the meeting"),
    "import_optional_untimed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        '"{title}" is optional: kept untimed, outside the stated {total} min'),
    "import_nothing_to_share": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the items with lengths already fill the stated {total} min; the items without "
        "lengths are kept untimed"),
    "trace_line": QT_TRANSLATE_NOOP("CoreMessages", "line {line}: {what}"),
    "trace_title": QT_TRANSLATE_NOOP("CoreMessages", 'title "{title}"'),
    "trace_day": QT_TRANSLATE_NOOP("CoreMessages", 'day "{title}"'),
    "trace_stated_length_fits": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated length {stated} min; the blocks add up to it"),
    "trace_stated_length_written_fits": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated length {stated} min ({written}); the blocks add up to it"),
    "trace_day_block": QT_TRANSLATE_NOOP("CoreMessages", 'day {number} "{title}"'),
    "trace_block": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'block {number} "{title}"{at}{length}{slides}{steps} [{shape}]'),
    "trace_at": QT_TRANSLATE_NOOP("CoreMessages", " at {clock}"),
    "trace_minutes": QT_TRANSLATE_NOOP("CoreMessages", " {minutes} min"),
    "trace_untimed": QT_TRANSLATE_NOOP("CoreMessages", " untimed"),
    "trace_slide": QT_TRANSLATE_NOOP("CoreMessages", " (slide {slides})"),
    "trace_slides": QT_TRANSLATE_NOOP("CoreMessages", " (slides {slides})"),
    "trace_step_part_in_notes": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'part of step with length, in notes of "{title}"'),
    "trace_table_header": QT_TRANSLATE_NOOP("CoreMessages", "table header {text}"),
    "trace_section": QT_TRANSLATE_NOOP("CoreMessages", 'section{minutes}{clock} "{title}"'),
    "trace_section_minutes": QT_TRANSLATE_NOOP("CoreMessages", " of {minutes} min"),
    "trace_section_heading": QT_TRANSLATE_NOOP("CoreMessages", 'section heading "{title}"'),
    "trace_length_of": QT_TRANSLATE_NOOP("CoreMessages", 'length of "{title}"'),
    "trace_slides_of": QT_TRANSLATE_NOOP("CoreMessages", 'slides of "{title}"'),
    "trace_length_from_steps": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'length of "{title}" from its steps'),
    "trace_end_of_day": QT_TRANSLATE_NOOP("CoreMessages", 'end of the day at {clock} ("{title}")'),
    "trace_title_of": QT_TRANSLATE_NOOP("CoreMessages", "title of the {shape} on line {line}"),
    "trace_length_of_line": QT_TRANSLATE_NOOP("CoreMessages", 'length of "{title}" (line {line})'),
    "trace_length_of_line_again": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'length of "{title}" (line {line}), again'),
    "trace_slides_of_line": QT_TRANSLATE_NOOP("CoreMessages", 'slides of "{title}" (line {line})'),
    "trace_the_next_line": QT_TRANSLATE_NOOP("CoreMessages", "the next line"),
    "trace_title_organiser": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'title "{title}", the organiser named in the footer'),
    "trace_stated_end_of_day": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated end of the day at {clock}"),
    "trace_stated_length_over_items": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'stated length of {minutes} min over items without lengths "{title}"'),
    "trace_step_of": QT_TRANSLATE_NOOP("CoreMessages", 'step of "{title}"'),
    "trace_step_of_proposed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        'step of "{title}", minutes proposed'),
    "shape_stated_end": QT_TRANSLATE_NOOP("CoreMessages", "stated end"),
    "shape_minutes_proposed": QT_TRANSLATE_NOOP("CoreMessages", "{shape}, minutes proposed"),
    "shape_optional": QT_TRANSLATE_NOOP("CoreMessages", "{shape}, optional"),
    "shape_length_to_end_of_day": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{shape} (length to the end of the day)"),
    "shape_blank_line": QT_TRANSLATE_NOOP("CoreMessages", "blank line"),
    "shape_rule": QT_TRANSLATE_NOOP("CoreMessages", "rule"),
    "shape_table_header": QT_TRANSLATE_NOOP("CoreMessages", "table header"),
    "shape_tab_guide_row": QT_TRANSLATE_NOOP("CoreMessages", "tab guide row"),
    "shape_table_row": QT_TRANSLATE_NOOP("CoreMessages", "table row"),
    "shape_day_heading": QT_TRANSLATE_NOOP("CoreMessages", "day heading"),
    "shape_date_and_time_line": QT_TRANSLATE_NOOP("CoreMessages", "date and time line"),
    "shape_stated_total": QT_TRANSLATE_NOOP("CoreMessages", "stated total"),
    "shape_length_line": QT_TRANSLATE_NOOP("CoreMessages", "length line"),
    "shape_slides_line": QT_TRANSLATE_NOOP("CoreMessages", "slides line"),
    "shape_empty_heading": QT_TRANSLATE_NOOP("CoreMessages", "empty heading"),
    "shape_markdown_heading": QT_TRANSLATE_NOOP("CoreMessages", "Markdown heading"),
    "shape_list_item": QT_TRANSLATE_NOOP("CoreMessages", "list item"),
    "shape_clock_line": QT_TRANSLATE_NOOP("CoreMessages", "clock line"),
    "shape_bold_title": QT_TRANSLATE_NOOP("CoreMessages", "bold title"),
    "shape_text_line": QT_TRANSLATE_NOOP("CoreMessages", "text line"),
    "shape_list_item_with_clock": QT_TRANSLATE_NOOP("CoreMessages", "list item with clock time"),
    "shape_clock_range": QT_TRANSLATE_NOOP("CoreMessages", "clock range"),
    "shape_time_and_length": QT_TRANSLATE_NOOP("CoreMessages", "time and length"),
    "shape_start_time": QT_TRANSLATE_NOOP("CoreMessages", "start time"),
    "shape_clock_range_after_title": QT_TRANSLATE_NOOP("CoreMessages", "clock range after title"),
    "shape_description": QT_TRANSLATE_NOOP("CoreMessages", "description"),
    "shape_line_with_length": QT_TRANSLATE_NOOP("CoreMessages", "line with length"),
    "shape_underlined_heading": QT_TRANSLATE_NOOP("CoreMessages", "underlined heading"),
    "shape_stated_length_of_whole": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "stated length of the whole"),
    "shape_timed_clause": QT_TRANSLATE_NOOP("CoreMessages", "timed clause in prose"),
    "shape_with_title_below": QT_TRANSLATE_NOOP("CoreMessages", "{shape} with title below"),
    "shape_with_first_bullet": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{shape} with its first bullet as title"),
    "shape_length_to_next": QT_TRANSLATE_NOOP("CoreMessages", "{shape} (length to the next time)"),
    "severity_error": QT_TRANSLATE_NOOP("CoreMessages", "error"),
    "severity_warning": QT_TRANSLATE_NOOP("CoreMessages", "warning"),
    "located": QT_TRANSLATE_NOOP("CoreMessages", "{where}: {severity}: {text}"),
    "next_line": QT_TRANSLATE_NOOP("CoreMessages", "{first}\n{second}"),
    "value_not_number": QT_TRANSLATE_NOOP("CoreMessages", "is not a number ({value})"),
    "value_not_finite": QT_TRANSLATE_NOOP("CoreMessages", "is not a finite number ({value})"),
    "value_out_of_range": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{value} is out of range ({low} to {high})"),
    "value_not_positive": QT_TRANSLATE_NOOP("CoreMessages", "must be more than 0 ({value})"),
    "value_not_whole": QT_TRANSLATE_NOOP("CoreMessages", "is not a whole number ({value})"),
    "value_not_text": QT_TRANSLATE_NOOP("CoreMessages", "is not text ({value})"),
    "value_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "is {length} characters long (at most {max})"),
    "value_not_flag": QT_TRANSLATE_NOOP("CoreMessages", "is not true or false ({value})"),
    "value_not_time": QT_TRANSLATE_NOOP("CoreMessages", "is not a time ({value})"),
    "value_not_block": QT_TRANSLATE_NOOP("CoreMessages", "is not a block number ({value})"),
    "value_not_changes": QT_TRANSLATE_NOOP("CoreMessages", "is not a list of changes ({value})"),
    "change_has_no_block": QT_TRANSLATE_NOOP("CoreMessages", "has no block"),
    "change_not_a_change": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "change {number} is not a change ({value}); left out"),
    "change_left_out": QT_TRANSLATE_NOOP("CoreMessages", "change {number}: {reason}; left out"),
    "record_without_field": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{kind} record without {name}; skipped"),
    "field_not_finite": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not a finite number ({value}); ignored"),
    "record_field_skipped": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{kind} record: {name} {reason}; skipped"),
    "field_taken_as_previous": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} {reason}; taken as the previous record's {previous}"),
    "field_ignored": QT_TRANSLATE_NOOP("CoreMessages", "{name} {reason}; ignored"),
    "field_note": QT_TRANSLATE_NOOP("CoreMessages", "{name}: {note}"),
    "header_field_ignored": QT_TRANSLATE_NOOP("CoreMessages", "header: {name} {reason}; ignored"),
    "then": QT_TRANSLATE_NOOP("CoreMessages", "{first}; {second}"),
    "and_more": QT_TRANSLATE_NOOP("CoreMessages", "{first}; and {n} more"),
    "header_fails_checks": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the programme in the header fails the programme checks: {problems}"),
    "header_damaged": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the programme in the header is damaged ({kind}: {value})"),
    "header_block_minutes": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "header: block {number} {key} {reason}; counted as 0 planned minutes"),
    "header_total_not_sane": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "header: total_minutes {value} is not a sane length; the blocks are summed "
        "instead"),
    "journal_is_folder": QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a session journal"),
    "journal_empty": QT_TRANSLATE_NOOP("CoreMessages", "empty, not a session journal"),
    "journal_first_line_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not a session journal (line 1 is {size} long)"),
    "journal_no_header": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not a session journal (line 1 is no session header)"),
    "journal_unknown_format": QT_TRANSLATE_NOOP("CoreMessages", "unknown journal format {version}"),
    "journal_no_programme": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the session header has no programme"),
    "journal_newer_format": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "written in journal format {version} by a newer version; read as format "
        "{current}"),
    "journal_line_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "line of {size}, far too long for a journal record; skipped"),
    "journal_torn_line": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "torn last line (the writer stopped mid-line), skipped"),
    "journal_damaged_line": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "damaged line (not a journal record), skipped"),
    "journal_seq_out_of_range": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "seq {seq} is out of range; skipped"),
    "journal_too_many_records": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "more than {max} records, far more than a meeting writes; the rest is not "
        "read"),
    "journal_seq_order": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "seq {seq} comes after seq {last}; read in seq order"),
    "journal_seq_misplaced": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "seq {seq} again on line {line}, which sits where seq {seq} belongs; this "
        "line is taken as a damaged seq and skipped"),
    "journal_seq_repeated": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "seq {seq} again (first on line {first}); the repeat is skipped, not "
        "counted twice"),
    "journal_not_read": QT_TRANSLATE_NOOP("CoreMessages", "not read: {why}"),
    "sessions_folder_unreadable": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "cannot read the sessions folder: {why}"),
    "journal_not_jsonl": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "not a session journal (.jsonl), skipped"),
    "journal_skipped": QT_TRANSLATE_NOOP("CoreMessages", "{reason}; skipped"),
    "log_programme_damaged": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the programme in the log is damaged ({why})"),
}



class CoreMessages(QObject):
    """The counted messages (core's PLURALS), as tr() calls lupdate reads as plural entries.

    Rendering looks them up by their source text like the others; these calls
    are here so that the catalogue holds them with Qt's plural forms.
    """

    def counted(self, n: int) -> dict[str, str]:
        return {
            "value_not_programme_block": self.tr(
                "{value} is not one of the programme's %n block(s)", "", n),
            "trace_steps": self.tr(", %n step(s)", "", n),
            "trace_description_steps": self.tr(
                'description of "{title}" with %n timed step(s)', "", n),
        }


_SEVERITY = {
    "error": QT_TRANSLATE_NOOP("CoreMessages", "error"),
    "warning": QT_TRANSLATE_NOOP("CoreMessages", "warning"),
}


class MessageText:
    """Renders core's messages, and located diagnostics, through one translator."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate

    def __call__(self, text: object) -> str:
        """A Message in the chosen language; anything else as its own text."""
        if not isinstance(text, Message):
            return str(text)
        counted = text.code in PLURALS
        source = ENGLISH.get(text.code) if counted else SOURCES.get(text.code)
        if source is None:  # a code without a translation entry: its English
            return str(text)
        count = int(text.values["n"]) if counted else -1
        values = {key: self(value) if isinstance(value, Message) else value
                  for key, value in text.values.items()}
        template = self._translate(source, count)
        if not template:  # untranslated: core's English (with its own singular and plural)
            return str(Message(text.code, values))
        try:
            return template.replace("%n", str(count)).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: keep the English
            return str(Message(text.code, values))

    def severity(self, severity: str) -> str:
        source = _SEVERITY.get(severity)
        return (self._translate(source, -1) or source) if source else severity

    def diagnostic(self, diagnostic: Any) -> str:
        """``FILE:LINE:COL: severity: message``, the location exactly as in English."""
        where = diagnostic.source
        if diagnostic.line is not None:
            where += f":{diagnostic.line}"
            if diagnostic.column is not None:
                where += f":{diagnostic.column}"
        return f"{where}: {self.severity(diagnostic.severity)}: {self(diagnostic.message)}"

    def problem(self, problem: Any) -> str:
        """A journal problem: ``PATH:LINE: warning: message``, the location as in English."""
        where = f"{problem.path}:{problem.line}" if problem.line is not None else str(problem.path)
        return f"{where}: {self.severity('warning')}: {self(problem.message)}"

    def diagnostics(self, diagnostics: Iterable[Any]) -> str:
        return "\n".join(self.diagnostic(d) for d in diagnostics)


def installed() -> MessageText:
    """Render through the translators installed on the running application."""
    return MessageText(
        lambda source, n: QCoreApplication.translate(CONTEXT, source, None, n) or "")


def for_language(language: str) -> MessageText:
    """Render in *language* ("da", "en") without touching the application's translators."""
    from .resources import i18n_dir

    translator = QTranslator()
    with i18n_dir() as folder:
        loaded = translator.load(str(folder / f"facilitator_{language}.qm"))
    if not loaded:
        return MessageText(lambda source, n: source)
    return MessageText(lambda source, n: translator.translate(CONTEXT, source, None, n) or "")
