"""The command line's own words in Danish and English (the reports carry their own)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from .core.messages import os_reason

__all__ = ["say", "blocks", "language_for", "os_why", "MESSAGES"]

MESSAGES: dict[str, dict[str, str]] = {
    "ok": {"en": '{name}: ok: "{title}", {blocks}, {minutes} min',
           "da": '{name}: ok: "{title}", {blocks}, {minutes} min.'},
    "blocks_one": {"en": "{n} block", "da": "{n} blok"},
    "blocks_many": {"en": "{n} blocks", "da": "{n} blokke"},
    "no_file": {"en": "{name}: error: no such file", "da": "{name}: fejl: filen findes ikke"},
    "not_utf8": {"en": "{name}: error: not UTF-8 text; save the file as UTF-8",
                 "da": "{name}: fejl: ikke UTF-8-tekst; gem filen som UTF-8"},
    "cannot_read": {"en": "{name}: error: cannot read: {why}",
                    "da": "{name}: fejl: kan ikke læses: {why}"},
    "cannot_write": {"en": "{name}: error: cannot write: {why}",
                     "da": "{name}: fejl: kan ikke skrives: {why}"},
    "exists": {"en": "{name}: error: exists; use --force to overwrite",
               "da": "{name}: fejl: findes allerede; brug --force for at overskrive"},
    "wrote_programme": {"en": '{name}: wrote "{title}", {blocks}, {minutes} min',
                        "da": '{name}: skrev "{title}", {blocks}, {minutes} min.'},
    "no_sessions": {"en": "no sessions yet in {folder}",
                    "da": "ingen møder logget endnu i {folder}"},
    "no_display": {
        "en": "facilitator: cannot open a window: there is no display (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set).\nStart it from a desktop session; for automated runs "
              "choose a platform: --platform offscreen",
        "da": "facilitator: kan ikke åbne et vindue: der er ingen skærm (hverken DISPLAY eller "
              "WAYLAND_DISPLAY er sat).\nStart programmet fra skrivebordet; vælg en platform til "
              "automatiske kørsler: --platform offscreen"},
    "missing_libraries": {
        "en": "facilitator: cannot open a window: Qt's X11 platform plugin needs system "
              "libraries that are missing: {libraries}",
        "da": "facilitator: kan ikke åbne et vindue: Qt's X11-platformmodul mangler disse "
              "systembiblioteker: {libraries}"},
    "install_them": {"en": "Install them, then start facilitator again:",
                     "da": "Installér dem, og start facilitator igen:"},
    "install_unknown": {
        "en": "Install the packages that provide them with your system's package manager.",
        "da": "Installér de pakker, der indeholder dem, med systemets pakkeværktøj."},
    "no_unfinished": {"en": "no unfinished meeting from the last 12 hours in {folder}",
                      "da": "intet uafsluttet møde fra de sidste 12 timer i {folder}"},
    "state_running": {"en": "running", "da": "i gang"},
    "state_paused": {"en": "paused", "da": "sat på pause"},
    "status_block": {"en": "Block {number} of {count}: {title}",
                     "da": "Punkt {number} af {count}: {title}"},
    "status_step": {"en": "Step {number} of {count}: {title}",
                    "da": "Trin {number} af {count}: {title}"},
    "status_remaining": {"en": "Remaining: {time} of {minutes} min",
                         "da": "Tilbage: {time} af {minutes} min."},
    "status_over": {"en": "Over time: {time} (planned {minutes} min)",
                    "da": "Over tiden: {time} (planlagt {minutes} min.)"},
    "status_untimed": {"en": "Untimed block, running for {elapsed}",
                       "da": "Punkt uden tid, i gang i {elapsed}"},
    "on_time": {"en": "on time", "da": "til tiden"},
    "behind_one": {"en": "{n} minute behind", "da": "{n} minut bagud"},
    "behind_many": {"en": "{n} minutes behind", "da": "{n} minutter bagud"},
    "ahead_one": {"en": "{n} minute ahead", "da": "{n} minut foran"},
    "ahead_many": {"en": "{n} minutes ahead", "da": "{n} minutter foran"},
    "status_schedule": {"en": "Schedule: {standing}, ends {ends} (planned {planned})",
                        "da": "Tidsplan: {standing}, slutter {ends} (planlagt {planned})"},
    "timed_planned": {"en": "Timed against the planned clock: start {planned}",
                      "da": "Timet efter det planlagte klokkeslæt: start {planned}"},
    "timed_from_start": {
        "en": "Timed from the start at {start} (the programme planned {planned})",
        "da": "Timet fra starten kl. {start} (programmet planlagde {planned})"},
    "timed_no_clock": {"en": "Timed from the start at {start} (no clock time in the programme)",
                       "da": "Timet fra starten kl. {start} (programmet har intet klokkeslæt)"},
    "status_journal": {"en": "Journal: {path}", "da": "Log: {path}"},
    "pdf_needs_output": {"en": "error: --format pdf needs -o FILE (a PDF is not for the "
                                 "terminal)",
                         "da": "fejl: --format pdf kræver -o FIL (en PDF kan ikke vises i "
                               "terminalen)"},
    "wrote_report": {"en": "{name}: wrote the {fmt} report on {session}",
                     "da": "{name}: skrev {fmt}-rapporten om {session}"},
    "wrote_meeting_report": {"en": "{name}: wrote the report on {session}",
                             "da": "{name}: skrev rapporten om {session}"},
    "wrote_what": {"en": "{name}: wrote {what}", "da": "{name}: skrev {what}"},
    "error_line": {"en": "error: {text}", "da": "fejl: {text}"},
    "error_in_folder": {"en": "error: {text} (in {folder})", "da": "fejl: {text} (i {folder})"},
    "as_is": {"en": "{text}", "da": "{text}"},
    "path_error": {"en": "{path}: {text}", "da": "{path}: {text}"},
    "named_error": {"en": "{name}: error: {text}", "da": "{name}: fejl: {text}"},
    "meeting_only_output": {"en": "error: --meeting goes with -o only",
                            "da": "fejl: --meeting kan kun bruges sammen med -o"},
    "series_options": {"en": "error: --format, --calibrate and -o go with --series",
                       "da": "fejl: --format, --calibrate og -o kræver --series"},
    "meeting_needs_output": {
        "en": "error: --meeting needs -o FILE (.pdf, .html, .csv or .json)",
        "da": "fejl: --meeting kræver -o FIL (.pdf, .html, .csv eller .json)"},
    "meeting_suffix": {
        "en": "{name}: error: give a file ending in .pdf, .html, .csv or .json",
        "da": "{name}: fejl: angiv en fil, der ender på .pdf, .html, .csv eller .json"},
    "no_meetings_logged": {"en": "no meetings logged yet", "da": "ingen møder logget endnu"},
    "no_series_of_programme": {"en": "no logged meetings of the programme in {path}",
                               "da": "ingen loggede møder med programmet i {path}"},
    "series_ambiguous": {
        "en": "{name} matches {count} programmes: {shown}; give more of the title or the "
              "series id",
        "da": "{name} passer på {count} programmer: {shown}; skriv mere af titlen eller "
              "seriens id"},
    "no_series": {"en": "no logged programme {name}; known: {known}",
                  "da": "intet logget program hedder {name}; kendte: {known}"},
    "nothing_to_count": {
        "en": 'warning: no finished meeting of "{title}" to count (unfinished runs and '
              "rehearsals are left out)",
        "da": 'advarsel: intet afsluttet møde med "{title}" at tælle med (uafsluttede møder og '
              "prøvekørsler tælles ikke med)"},
    "the_series": {"en": 'the series of "{title}"', "da": 'serien "{title}"'},
    "the_revised": {"en": 'the revised "{title}", {minutes} min',
                    "da": 'det reviderede "{title}", {minutes} min.'},
    "calibration_unreadable": {
        "en": "error: the programme in the newest log cannot be read: {why}",
        "da": "fejl: programmet i den nyeste log kan ikke læses: {why}"},
    "sessions_ambiguous": {
        "en": "{name} matches {count} sessions in {folder}: {shown}{more}; give more of the "
              "name",
        "da": "{name} passer på {count} møder i {folder}: {shown}{more}; skriv mere af "
              "navnet"},
    "and_more": {"en": " and {n} more", "da": " og {n} til"},
    # argparse's errors (cli_parser.py); in English argparse's own words are kept
    "usage": {"en": "usage: ", "da": "brug: "},
    "arg_error": {"en": "{prog}: error: {text}", "da": "{prog}: fejl: {text}"},
    "args_required": {"en": "the following arguments are required: {names}",
                      "da": "disse argumenter mangler: {names}"},
    "args_unknown": {"en": "unrecognized arguments: {names}",
                     "da": "ukendte argumenter: {names}"},
    "arg_invalid_choice": {"en": "argument {name}: invalid choice: {value} (choose from "
                                 "{choices})",
                           "da": "argument {name}: {value} kan ikke vælges (vælg mellem "
                                 "{choices})"},
    "arg_needs_value": {"en": "argument {name}: expected one argument",
                        "da": "argument {name}: mangler en værdi"},
    "arg_invalid_value": {"en": "argument {name}: invalid value: {value}",
                          "da": "argument {name}: ugyldig værdi: {value}"},
    "arg_not_with": {"en": "argument {name}: not allowed with argument {other}",
                     "da": "argument {name}: kan ikke bruges sammen med {other}"},
    "arg_takes_no_value": {"en": "argument {name}: ignored explicit argument {value}",
                           "da": "argument {name}: tager ingen værdi (fik {value})"},
    "arg_ambiguous": {"en": "ambiguous option: {option} could match {matches}",
                      "da": "tvetydigt tilvalg: {option} kan betyde {matches}"},
    "args_one_required": {"en": "one of the arguments {names} is required",
                          "da": "et af argumenterne {names} skal med"},
    "speed_positive": {"en": "facilitator: error: --speed must be a positive number",
                       "da": "facilitator: fejl: --speed skal være et positivt tal"},
    "no_session": {
        "en": "no session {name} in {folder}; give a session file, a session id or the start "
              "of a file name (`facilitator sessions` lists them)",
        "da": "intet møde {name} i {folder}; angiv en logfil, et møde-id eller begyndelsen af "
              "et filnavn (`facilitator sessions` viser dem)"},
}


def language_for(choice: str | None, env: Mapping[str, str] | None = None) -> str:
    """`--lang` if given, else Danish for a Danish locale and English otherwise."""
    if choice:
        return choice
    env = os.environ if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            # LANGUAGE may list several ("da:en"); the first one is preferred.
            return "da" if value.split(":")[0].lower().startswith("da") else "en"
    return "en"


def blocks(count: int, lang: str) -> str:
    """'1 block' / '6 blocks', '1 blok' / '6 blokke'."""
    return say("blocks_one" if count == 1 else "blocks_many", lang, n=count)


def say(key: str, lang: str, **values: object) -> str:
    texts = MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**values)


def os_why(exc: OSError, lang: str) -> str:
    """Why the system refused a file, in `lang`: its common refusals in words of ours
    ("disken er fuld"), anything else in the system's own words."""
    from .messages_text import for_language

    return for_language(lang)(os_reason(exc))
