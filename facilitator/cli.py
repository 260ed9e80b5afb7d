"""The command line: check and import programmes, list and report sessions, start the app."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import __version__
from .cli_parser import language_in, parser_class
from .cli_words import blocks, language_for, os_why, say
from .core.agenda import AgendaError
from .core.agenda_load import load_agenda
from .core.durations import format_clock, format_minutes
from .remote import DEFAULT_PORT
from .slides.names import SOURCE_NAMES

if TYPE_CHECKING:
    from .messages_text import MessageText

__all__ = ["main", "build_parser"]

SUBCOMMANDS = ("check", "import", "sessions", "report", "review", "status")


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for everything the app writes (default: the user's "
                             "data folder; also FACILITATOR_HOME)")
    parser.add_argument("--lang", choices=("da", "en"), help="language of the interface")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The subcommand parser (the app's own options are parsed in `app_parser`); its
    errors in `lang`."""
    parser = parser_class(lang)(
        prog="facilitator",
        description="A meeting timer for the person who runs the meeting. "
                    "Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    # Also before the subcommand (`facilitator --lang da check FILE`); kept apart
    # from the subcommand's own --lang, whose default would overwrite it.
    parser.add_argument("--lang", dest="lang_before", choices=("da", "en"),
                        help="language of the messages (also after the subcommand)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="validate programme files")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true",
                       help="print the normalised programme as JSON")
    check.add_argument("--lang", choices=("da", "en"), help="language of the messages")
    check.set_defaults(handler=_cmd_check)

    imp = sub.add_parser("import", help="turn a text or Markdown programme into YAML")
    imp.add_argument("source", metavar="SOURCE", help="a .txt or .md file, or - for stdin")
    imp.add_argument("-o", "--output", metavar="OUT.yaml", help="write here instead of stdout")
    imp.add_argument("--title", help="the programme's title when the text has none")
    imp.add_argument("--force", action="store_true", help="overwrite OUT.yaml if it exists")
    imp.add_argument("--lang", choices=("da", "en"), help="language of the messages")
    imp.set_defaults(handler=_cmd_import)

    try:
        from .cli_journal import add_journal_commands
    except ImportError:  # pragma: no cover - only while the journal is being built
        pass
    else:
        add_journal_commands(sub, _add_common)
    from .cli_review import add_review_commands

    add_review_commands(sub, _add_common)
    from .cli_status import add_status_command

    add_status_command(sub, _add_common)
    return parser


#: The slide sources `--slides` offers (from a Qt-free module, so that the command line
#: does not load Qt to list them).
SLIDE_SOURCES = SOURCE_NAMES


def app_parser(lang: str = "en") -> argparse.ArgumentParser:
    """Options for opening the window; its errors in `lang`."""
    parser = parser_class(lang)(
        prog="facilitator",
        description="A meeting timer for the person who runs the meeting. Subcommands: "
                    + ", ".join(SUBCOMMANDS) + " (see `facilitator COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument("programme", nargs="?", metavar="FILE",
                        help="a programme (.yaml, or .txt/.md to import); "
                             "default: the bundled klyngemøde")
    parser.add_argument("--start", action="store_true", help="start the meeting at once")
    parser.add_argument("--speed", type=float, default=1.0, metavar="N",
                        help="run the meeting clock N times faster (rehearsals, demos)")
    parser.add_argument("--platform", metavar="NAME",
                        help="Qt's platform plugin (offscreen, xcb, wayland); default: Qt's choice")
    parser.add_argument("--resume", action="store_true",
                        help="resume the latest unfinished session")
    parser.add_argument("--slides", choices=SLIDE_SOURCES, metavar="SOURCE",
                        help="follow a running slide show: " + ", ".join(SLIDE_SOURCES)
                             + " (keys: the clicker's PageDown/PageUp; default: the "
                               "preference, none at first; see docs/slides.md)")
    parser.add_argument("--remote", nargs="?", type=_port, const=DEFAULT_PORT, metavar="PORT",
                        help="show the meeting on phones on this network: serve the view and "
                             f"control pages on PORT (default {DEFAULT_PORT}) and print their "
                             "links (see docs/remote.md)")
    parser.add_argument("--remote-address", metavar="ADDRESS",
                        help="the address to serve the remote on (default: this computer's "
                             "address on the local network; 127.0.0.1: this computer only)")
    _add_common(parser)
    return parser


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}")
    return int(text)


def _print_diagnostics(error: AgendaError, stream: TextIO, text: MessageText) -> None:
    for diagnostic in error.diagnostics:
        print(text.diagnostic(diagnostic), file=stream)


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .messages_text import for_language

    lang = language_for(args.lang)
    text = for_language(lang)
    status = 0
    results = []
    for name in args.files:
        try:
            agenda = load_agenda(name)
        except AgendaError as exc:
            _print_diagnostics(exc, err, text)
            status = 1
            continue
        if args.json:
            results.append(agenda.to_json())
            for warning in agenda.warnings:
                print(text.diagnostic(warning), file=err)
            continue
        total = agenda.total_minutes
        line = say("ok", lang, name=name, title=agenda.title,
                   blocks=blocks(len(agenda.blocks), lang),
                   minutes=format_minutes(total))
        if agenda.start is not None:
            line += f", {format_clock(agenda.start)}-{format_clock(agenda.start + total)}"
        print(line, file=out)
        for warning in agenda.warnings:
            print(text.diagnostic(warning), file=out)
    if args.json and results:
        payload = results[0] if len(results) == 1 else results
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return status


def _cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .core.importer import ProgrammeImportError, import_text
    from .messages_text import for_language

    lang = language_for(args.lang)
    text_for = for_language(lang)
    try:
        if args.source == "-":
            text, source = sys.stdin.read(), "<stdin>"
        else:
            source = args.source
            text = Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        print(say("no_file", lang, name=args.source), file=err)
        return 1
    except UnicodeDecodeError:
        print(say("not_utf8", lang, name=args.source), file=err)
        return 1
    except OSError as exc:
        print(say("cannot_read", lang, name=args.source, why=os_why(exc, lang)), file=err)
        return 1
    try:
        result = import_text(text, source=source, title=args.title)
    except ProgrammeImportError as exc:
        print(f"{source}: {text_for.severity('error')}: {text_for(exc.message)}", file=err)
        return 1
    except AgendaError as exc:
        _print_diagnostics(exc, err, text_for)
        return 1
    for line in result.recognised:
        print(f"{source}: {text_for(line)}", file=err)
    for warning in result.warnings:
        print(text_for.diagnostic(warning), file=err)
    yaml_text = result.to_yaml()
    if args.output:
        target = Path(args.output)
        if target.exists() and not args.force:
            print(say("exists", lang, name=target), file=err)
            return 1
        try:
            target.write_text(yaml_text, encoding="utf-8")
        except OSError as exc:
            print(say("cannot_write", lang, name=target, why=os_why(exc, lang)), file=err)
            return 1
        print(say("wrote_programme", lang, name=target, title=result.agenda.title,
                  blocks=blocks(len(result.agenda.blocks), lang),
                  minutes=format_minutes(result.agenda.total_minutes)), file=err)
    else:
        out.write(yaml_text)
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run a subcommand, or open the window when none is given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    if any(a in SUBCOMMANDS for a in argv[:3]):
        args = build_parser(language_in(argv)).parse_args(argv)
        if getattr(args, "lang", None) is None:
            args.lang = args.lang_before
        try:
            return int(args.handler(args, out, err))
        except BrokenPipeError:
            # The reader went away (`facilitator sessions | head`): not an error.
            # Point stdout at nothing so Python's final flush does not fail too.
            if out is sys.stdout:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 0
    options = app_parser(language_in(argv)).parse_args(argv)
    from .preflight import can_open_window

    if not can_open_window(argv, language_for(options.lang), err):
        return 1
    from .app import run_app

    return run_app(options)
