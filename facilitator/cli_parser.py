"""argparse in the messages' language: its errors and its "usage:" line in Danish too.

argparse says what is wrong with the command line in English ("the following
arguments are required: SOURCE"). The parser here says its common errors in
the language `--lang` asks for (found in the arguments before they are
parsed, since the error may come before `--lang` is read), else the locale's;
an error it does not know keeps argparse's words. The help texts stay English.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from .cli_words import language_for, say

__all__ = ["language_in", "parser_class"]

#: argparse's error sentences (Python 3.10-3.13), each with the words that say it.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "args_required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "args_unknown"),
    (re.compile(r"argument (?P<name>\S+): invalid choice: (?P<value>.+) "
                r"\(choose from (?P<choices>.+)\)"), "arg_invalid_choice"),
    (re.compile(r"argument (?P<name>\S+): expected one argument"), "arg_needs_value"),
    (re.compile(r"argument (?P<name>\S+): invalid \w+ value: (?P<value>.+)"), "arg_invalid_value"),
    (re.compile(r"argument (?P<name>\S+): not allowed with argument (?P<other>.+)"),
     "arg_not_with"),
    (re.compile(r"argument (?P<name>\S+): ignored explicit argument (?P<value>.+)"),
     "arg_takes_no_value"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
     "arg_ambiguous"),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), "args_one_required"),
)


def language_in(argv: Sequence[str]) -> str:
    """The language the arguments ask for (the last `--lang`), else the locale's."""
    chosen = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in ("da", "en"):
            chosen = argv[index + 1]
        elif arg.startswith("--lang=") and arg[7:] in ("da", "en"):
            chosen = arg[7:]
    return language_for(chosen)


def _said(text: str, lang: str) -> str:
    if lang == "en":  # argparse's own words
        return text
    for pattern, key in _ERRORS:
        match = pattern.fullmatch(text)
        if match is not None:
            return say(key, lang, **match.groupdict())
    return text


def parser_class(lang: str) -> type[argparse.ArgumentParser]:
    """An ArgumentParser (and, through it, its subcommands') that errs in `lang`."""

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            self.print_usage(sys.stderr)
            self.exit(2, say("arg_error", lang, prog=self.prog, text=_said(message, lang)) + "\n")

        def format_usage(self) -> str:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                                prefix=say("usage", lang))
            return formatter.format_help()

    return Parser
