"""Messages from core as a code with its values, so the faces can say them in any language.

A :class:`Message` *is* its English sentence (a ``str``), so code that prints,
joins or searches it keeps working; it also carries ``code`` and ``values``,
from which ``facilitator/messages_text.py`` renders it in the chosen language.
A value may itself be a Message (the subject "block 2 "Pause"" inside an
error), rendered the same way.

The English templates below use ``str.format`` fields; the translation
catalogue carries the same texts as its sources. A code listed in
``PLURALS`` is counted by its value ``n``: its catalogue source says ``%n``
(Qt's plural forms), and its English singular and plural are given there.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

__all__ = ["Message", "ENGLISH", "PLURALS", "message", "reason", "os_reason"]

ENGLISH: dict[str, str] = {
    # --- what a message is about
    "programme": "programme",
    "alerts": "alerts",
    "block": "block {number}",
    "block_titled": 'block {number} "{title}"',
    "step": "{what} step {number}",
    # --- values described in words
    "nothing": "nothing",
    "a_mapping": "a mapping",
    "a_list": "a list",
    "a_very_large_number": "a very large number",
    # --- programme validation
    "unknown_key": '{what}: unknown key "{key}"; known keys: {known}',
    "unknown_key_hint": '{what}: unknown key "{key}" (did you mean "{hint}"?); known keys: {known}',
    "missing_key": "{what}: missing {key}",
    "must_be_text": "{what}: {key} must be text, got {got}",
    "must_not_be_empty": "{what}: {key} must not be empty",
    "positive_number": "{what}: {key} must be a positive number, got {got}",
    "longer_than_day": "{what}: {key} is longer than a day ({got} min)",
    "key_problem": "{what}: {key}: {problem}",
    "clock_quote_hint": '{what}: {key}: {problem}; write it in quotes, like "9.15"',
    "shorter_than_hundredth": "{what}: {key} is shorter than 0.01 min, got {got}",
    "positive_minutes_list": "{what}: {key} must be positive minutes, like [5, 1]; got {got}",
    "at_least_hundredth": "{what}: {key} must be at least 0.01 min; got {got}",
    "slides_expected": "expected a slide number or range like 6-20, got {got}",
    "slides_start_at_one": "slide numbers start at 1, got {got}",
    "slides_nested": "a slide list holds numbers and ranges, not lists",
    "slides_too_many": "more than {max} slides in one block",
    "slides_empty": "an empty slide list",
    "slides_backwards": "slide range {range} runs backwards",
    "slides_too_long": "slide range {range} is implausibly long",
    "not_a_programme_mapping": "the programme must be a mapping with title and blocks, got {got}",
    "bad_date": 'programme: date must look like "2026-11-22", got {got}',
    "bad_language": "programme: language must be one of {options}, got {got}",
    "alerts_not_mapping": "programme: alerts must be a mapping, got {got}",
    "no_blocks_key": "programme: no blocks (add a `blocks:` list)",
    "blocks_not_list": "programme: blocks must be a list, got {got}",
    "blocks_empty": "programme: no blocks (the list is empty)",
    "no_start": "programme: clock times are given but no start; "
                "add `start:` so the schedule is known",
    "block_not_mapping": "{what}: must be a mapping with at least a title, got {got}",
    "minutes_and_duration": "{what}: give either minutes or duration, not both",
    "bad_kind": "{what}: kind must be one of {options}, got {got}",
    "bad_kind_hint": '{what}: kind must be one of {options}, got {got} (did you mean "{hint}"?)',
    "bad_flexible": "{what}: flexible must be true or false, got {got}",
    "starts_before_previous": "{what}: starts at {at}, before the previous block ends at {end} "
                              "(clock times go backwards or overlap)",
    "until_needs_start": "{what}: until needs a start (an `at`, the programme's `start` "
                         "or the previous block's end)",
    "ends_before_start": "{what}: ends at {until}, not after its start at {begin}",
    "minutes_do_not_fit": "{what}: {minutes} min does not fit {begin}-{until}",
    "last_of_day_needs_end": "{what}: the last block of day {day} needs `until` or `minutes` "
                             "to know when it ends",
    "bad_day": "{what}: day must be a whole number from 1 to {max}, got {got}",
    "day_goes_back": "{what}: day {day} comes after day {previous}; days go forward",
    "last_needs_end": "{what}: the last block needs `until` or `minutes` to know when it ends",
    "untimed": "{what}: untimed item (no minutes); it is kept but takes no planned time",
    "steps_add_up": "{what}: steps add up to {steps} min, the block has {minutes} min",
    "bound_refuses": "{what}: {key} {bound} does not admit the planned {minutes} min",
    "steps_not_list": "{what}: steps must be a list of {{title, minutes}}, got {got}",
    "step_not_mapping": "{what}: must be a mapping with title and minutes, got {got}",
    "slides_overlap": "{what}: slides {slides} overlap {other} (slides {other_slides})",
    "slides_gap": "{what}: slides {first}-{last} belong to no block",
    "bad_slides_follow": "programme: slides_follow must be one of {options}, got {got}",
    "step_slides_outside": "{what}: slides {slides} are not among the block's slides "
                           "({block_slides}); they count as the block's too",
    # --- reading a programme file
    "text_too_large": "file is larger than {max} KiB; not a programme",
    "file_too_large": "file is {size} KiB, larger than {max} KiB; not a programme",
    "yaml_syntax": "YAML syntax: {problem}",
    "yaml_character": "YAML syntax: unacceptable character #x{character}: {reason}",
    "yaml_too_deep": "YAML nested too deeply",
    "yaml_cannot_read": "cannot read {value} as {tag}",
    "yaml_cannot_read_node": "cannot read as {tag}",
    "yaml_key_not_text": "a key must be plain text",
    "yaml_duplicate_key": 'duplicate key "{key}" (first on line {line})',
    "empty_file": "the file is empty; a programme needs a title and blocks",
    "no_such_file": "no such file",
    "is_folder": "is a folder, not a programme file",
    "permission_denied": "permission denied",
    "cannot_read": "cannot read: {why}",
    "not_utf8_byte": "not UTF-8 text (byte 0x{byte}); save the file as UTF-8",
    "not_utf8": "not UTF-8 text; save the file as UTF-8",
    # --- what the operating system said (os_reason)
    "os_no_such_file": "no such file or folder",
    "os_is_folder": "is a folder",
    "os_not_folder": "a part of the path is not a folder",
    "os_disk_full": "the disk is full",
    "os_read_only": "the disk is read-only",
    "os_exists": "already exists",
    "os_name_too_long": "the name is too long",
    "os_reason_at": "{reason} ({where})",
    # --- why a folder or file is not trusted as the user's own (core/private.py)
    "refusal_cannot_check": "cannot check it: {why}",
    "refusal_symlink": "it is a symbolic link",
    "refusal_not_folder": "it is not a folder",
    "refusal_not_file": "it is not a regular file",
    "refusal_other_user": "it belongs to another user (uid {uid})",
    "refusal_others_open": "others can open it (mode {mode})",
    "path_refused": "{path}: {why}",
    # --- the settings file (settings.py)
    "settings_bad_value": "{path}: setting {key} has an invalid value {value}; "
                          "using the default {default}",
    "settings_unreadable": "{path}: cannot read settings: {why}",
    "settings_damaged": "{path}: damaged settings file ({problem}); using defaults",
    "settings_not_object": "{path}: settings file is not an object; using defaults",
    "settings_unsaved": "{path}: cannot save settings: {why}",
    # --- lengths and clock times
    "division_by_zero": "division by zero in {text}",
    "expected_length": "expected a length, got {got}",
    "length_too_large": "expected a length, got a number too large",
    "empty_length": "empty length",
    "not_hours_minutes": "cannot read {value} as hours:minutes",
    "not_a_length": "cannot read {value} as a length",
    "not_a_length_try": 'cannot read {value} as a length (try "65 min" or "1h 5m")',
    "expected_clock": 'expected a clock time like "09:15", got {got}',
    "no_such_clock": "no such clock time: {got}",
    # --- PyYAML's syntax errors (core/yaml_problems.py)
    "yaml_invalid": "invalid YAML",
    "yaml_in_context": "{problem} ({context})",
    "yaml_colon_not_allowed": "mapping values are not allowed here",
    "yaml_expected_found": "expected {expected}, but found {found}",
    "yaml_expected_got": "expected {expected}, but got {found}",
    "yaml_unexpected_end": "found unexpected end of stream",
    "yaml_undefined_alias": "found undefined alias {name}",
    "yaml_character_cannot_start": "found character {character} that cannot start any token",
    "yaml_another_document": "but found another document",
    "yaml_unknown_tag": "could not determine a constructor for the tag {tag}",
    "yaml_no_colon": "could not find expected ':'",
    "yaml_node_content": "the node content",
    "yaml_tab": "found character '\\t' that cannot start any token",
    "yaml_either": "{first} or {second}",
    "yaml_in_flow_sequence": "while parsing a flow sequence",
    "yaml_in_flow_mapping": "while parsing a flow mapping",
    "yaml_in_block_mapping": "while parsing a block mapping",
    "yaml_in_block_collection": "while parsing a block collection",
    "yaml_in_flow_node": "while parsing a flow node",
    "yaml_in_block_node": "while parsing a block node",
    "yaml_in_quoted_text": "while scanning a quoted scalar",
    "yaml_in_plain_text": "while scanning a plain scalar",
    "yaml_in_key": "while scanning a simple key",
    "yaml_in_next_token": "while scanning for the next token",
    "yaml_single_document": "expected a single document in the stream",
    # --- the text importer
    "import_expected_text": "expected text, got {got}",
    "import_text_too_large": "the text is larger than {max} KiB; not a programme",
    "import_nothing_timed": 'found nothing timed: no lengths like "10 min" or "Tid: 10 min." '
                            'and no clock times like "09:00-09:15" or "Kl. 13.00"',
    "import_no_valid_programme": "could not make a valid programme: {errors}",
    "import_clock_without_title": "{text}: a clock time with no title after it; "
                                  "the time is used as the title",
    "import_another_day": "{at} comes before the time above it; read as the start of "
                          "another day",
    "import_end_ignored": '"{title}": ends at {until}, not after its start at {at}; '
                          "the end time is ignored",
    "import_clock_times_used": '"{title}": says {stated} min but its clock times give '
                               "{clock} min; the clock times are used",
    "import_shortened": '"{title}": {stated} min would run past the next time ({next}); '
                        "shortened to {gap} min",
    "import_overlap_kept": '"{title}": {at} overlaps the block before it; '
                           "the clock time is kept in its notes",
    "import_stated_length": "stated length {stated} min, but the blocks add up to "
                            "{planned} min",
    "import_stated_length_written": "stated length {stated} min ({written}), but the blocks "
                                    "add up to {planned} min",
    "import_programme_notes": "the programme's notes",
    "import_block_notes": 'the notes of block {number} "{title}"',
    "import_not_understood": "not understood; kept in {where}: {text}",
    "import_lines_not_understood": "{n} lines not understood (lines {first}-{last}); "
                                   "kept in {where}, starting {text}",
    "import_minutes_proposed": "the minutes of the items without lengths are a proposal: "
                               "the stated {total} min shared out ({minutes} min); "
                               "check them before the meeting",
    "import_optional_untimed": '"{title}" is optional: kept untimed, outside the stated '
                               "{total} min",
    "import_nothing_to_share": "the items with lengths already fill the stated {total} min; "
                               "the items without lengths are kept untimed",
    "import_clock_times_do_not_fit": "clock times do not fit together ({reason}); "
                                     "they are kept in the notes",
    # --- the importer's trace: what each line was recognised as
    "trace_line": "line {line}: {what}",
    "trace_title": 'title "{title}"',
    "trace_day": 'day "{title}"',
    "trace_stated_length_fits": "stated length {stated} min; the blocks add up to it",
    "trace_stated_length_written_fits": "stated length {stated} min ({written}); "
                                        "the blocks add up to it",
    "trace_day_block": 'day {number} "{title}"',
    "trace_block": 'block {number} "{title}"{at}{length}{slides}{steps} [{shape}]',
    "trace_at": " at {clock}",
    "trace_minutes": " {minutes} min",
    "trace_untimed": " untimed",
    "trace_slide": " (slide {slides})",
    "trace_slides": " (slides {slides})",
    "trace_steps": ", %n step(s)",
    "trace_step_part_in_notes": 'part of step with length, in notes of "{title}"',
    "trace_table_header": "table header {text}",
    "trace_section": 'section{minutes}{clock} "{title}"',
    "trace_section_minutes": " of {minutes} min",
    "trace_section_heading": 'section heading "{title}"',
    "trace_description_steps": 'description of "{title}" with %n timed step(s)',
    "trace_length_of": 'length of "{title}"',
    "trace_slides_of": 'slides of "{title}"',
    "trace_length_from_steps": 'length of "{title}" from its steps',
    "trace_end_of_day": 'end of the day at {clock} ("{title}")',
    "trace_title_of": "title of the {shape} on line {line}",
    "trace_length_of_line": 'length of "{title}" (line {line})',
    "trace_length_of_line_again": 'length of "{title}" (line {line}), again',
    "trace_slides_of_line": 'slides of "{title}" (line {line})',
    "trace_the_next_line": "the next line",
    "trace_title_organiser": 'title "{title}", the organiser named in the footer',
    "trace_stated_end_of_day": "stated end of the day at {clock}",
    "trace_stated_length_over_items": ("stated length of {minutes} min over items without "
        'lengths "{title}"'),
    "trace_step_of": 'step of "{title}"',
    "trace_step_of_proposed": 'step of "{title}", minutes proposed',
    "shape_stated_end": "stated end",
    "shape_minutes_proposed": "{shape}, minutes proposed",
    "shape_optional": "{shape}, optional",
    "shape_length_to_end_of_day": "{shape} (length to the end of the day)",
    # --- the shapes of line the importer recognises (shown in the trace)
    "shape_blank_line": "blank line",
    "shape_rule": "rule",
    "shape_table_header": "table header",
    "shape_tab_guide_row": "tab guide row",
    "shape_table_row": "table row",
    "shape_day_heading": "day heading",
    "shape_date_and_time_line": "date and time line",
    "shape_stated_total": "stated total",
    "shape_length_line": "length line",
    "shape_slides_line": "slides line",
    "shape_empty_heading": "empty heading",
    "shape_markdown_heading": "Markdown heading",
    "shape_list_item": "list item",
    "shape_clock_line": "clock line",
    "shape_bold_title": "bold title",
    "shape_text_line": "text line",
    "shape_list_item_with_clock": "list item with clock time",
    "shape_clock_range": "clock range",
    "shape_time_and_length": "time and length",
    "shape_start_time": "start time",
    "shape_clock_range_after_title": "clock range after title",
    "shape_description": "description",
    "shape_line_with_length": "line with length",
    "shape_underlined_heading": "underlined heading",
    "shape_stated_length_of_whole": "stated length of the whole",
    "shape_timed_clause": "timed clause in prose",
    "shape_with_title_below": "{shape} with title below",
    "shape_with_first_bullet": "{shape} with its first bullet as title",
    "shape_length_to_next": "{shape} (length to the next time)",
    # --- a located problem inside another message
    "severity_error": "error",
    "severity_warning": "warning",
    "located": "{where}: {severity}: {text}",
    "next_line": "{first}\n{second}",
    # --- reading a session journal
    "value_not_number": "is not a number ({value})",
    "value_not_finite": "is not a finite number ({value})",
    "value_out_of_range": "{value} is out of range ({low} to {high})",
    "value_not_positive": "must be more than 0 ({value})",
    "value_not_whole": "is not a whole number ({value})",
    "value_not_text": "is not text ({value})",
    "value_too_long": "is {length} characters long (at most {max})",
    "value_not_flag": "is not true or false ({value})",
    "value_not_time": "is not a time ({value})",
    "value_not_block": "is not a block number ({value})",
    "value_not_programme_block": "{value} is not one of the programme's %n block(s)",
    "value_not_changes": "is not a list of changes ({value})",
    "change_has_no_block": "has no block",
    "change_not_a_change": "change {number} is not a change ({value}); left out",
    "change_left_out": "change {number}: {reason}; left out",
    "record_without_field": "{kind} record without {name}; skipped",
    "field_not_finite": "{name} is not a finite number ({value}); ignored",
    "record_field_skipped": "{kind} record: {name} {reason}; skipped",
    "field_taken_as_previous": "{name} {reason}; taken as the previous record's {previous}",
    "field_ignored": "{name} {reason}; ignored",
    "field_note": "{name}: {note}",
    "header_field_ignored": "header: {name} {reason}; ignored",
    "then": "{first}; {second}",
    "and_more": "{first}; and {n} more",
    "header_fails_checks": "the programme in the header fails the programme checks: {problems}",
    "header_damaged": "the programme in the header is damaged ({kind}: {value})",
    "header_block_minutes": "header: block {number} {key} {reason}; "
                            "counted as 0 planned minutes",
    "header_total_not_sane": "header: total_minutes {value} is not a sane length; "
                             "the blocks are summed instead",
    "journal_is_folder": "is a folder, not a session journal",
    "journal_empty": "empty, not a session journal",
    "journal_first_line_too_long": "not a session journal (line 1 is {size} long)",
    "journal_no_header": "not a session journal (line 1 is no session header)",
    "journal_unknown_format": "unknown journal format {version}",
    "journal_no_programme": "the session header has no programme",
    "journal_newer_format": "written in journal format {version} by a newer version; "
                            "read as format {current}",
    "journal_line_too_long": "line of {size}, far too long for a journal record; skipped",
    "journal_torn_line": "torn last line (the writer stopped mid-line), skipped",
    "journal_damaged_line": "damaged line (not a journal record), skipped",
    "journal_seq_out_of_range": "seq {seq} is out of range; skipped",
    "journal_too_many_records": "more than {max} records, far more than a meeting writes; "
                                "the rest is not read",
    "journal_seq_order": "seq {seq} comes after seq {last}; read in seq order",
    "journal_seq_misplaced": "seq {seq} again on line {line}, which sits where seq {seq} "
                             "belongs; this line is taken as a damaged seq and skipped",
    "journal_seq_repeated": "seq {seq} again (first on line {first}); the repeat is skipped, "
                            "not counted twice",
    "journal_not_read": "not read: {why}",
    "sessions_folder_unreadable": "cannot read the sessions folder: {why}",
    "journal_not_jsonl": "not a session journal (.jsonl), skipped",
    "journal_skipped": "{reason}; skipped",
    # --- the series and its calibration
    "log_programme_damaged": "the programme in the log is damaged ({why})",
}

#: Codes whose wording depends on the count in their value ``n``.
PLURALS: dict[str, tuple[str, str]] = {
    "value_not_programme_block": ("{value} is not the programme's one block",
                                  "{value} is not one of the programme's {n} blocks"),
    "trace_steps": (", 1 step", ", {n} steps"),
    "trace_description_steps": ('description of "{title}" with 1 timed step',
                                'description of "{title}" with {n} timed steps'),
}


class Message(str):
    """An English sentence that also knows its code and values (see the module's doc)."""

    code: str
    values: Mapping[str, Any]

    def __new__(cls, code: str, values: Mapping[str, Any] | None = None) -> Message:
        values = dict(values or {})
        template = ENGLISH[code]
        if code in PLURALS:
            template = PLURALS[code][0 if values["n"] == 1 else 1]
        self = super().__new__(cls, template.format(**values))
        self.code = code
        self.values = values
        return self

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.values!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.code, dict(self.values)))


def message(code: str, /, **values: Any) -> Message:
    """``message("untimed", what=...)``: a Message from keyword values."""
    return Message(code, values)


def reason(exc: BaseException) -> str:
    """What an exception says: its Message when it carries one, else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


#: The operating system's common refusals, as messages (its own words are in the
#: system's language, usually English, whatever the interface speaks).
_OS_ERRORS = {
    errno.ENOENT: "os_no_such_file",
    errno.EACCES: "permission_denied",
    errno.EPERM: "permission_denied",
    errno.EISDIR: "os_is_folder",
    errno.ENOTDIR: "os_not_folder",
    errno.ENOSPC: "os_disk_full",
    errno.EROFS: "os_read_only",
    errno.EEXIST: "os_exists",
    errno.ENAMETOOLONG: "os_name_too_long",
}
if hasattr(errno, "EDQUOT"):  # over the user's disk quota: full, as far as the user can tell
    _OS_ERRORS[errno.EDQUOT] = "os_disk_full"


def os_reason(exc: OSError) -> str:
    """Why the operating system refused: a Message for the common cases, else its own words."""
    code = _OS_ERRORS.get(exc.errno) if exc.errno is not None else None
    if code is not None:
        return message(code)
    return exc.strerror or str(exc) or type(exc).__name__
