"""The command line's own errors (argparse's) in the messages' language."""

from __future__ import annotations

import pytest

from facilitator.cli import main
from facilitator.cli_parser import language_in


def said(capsys, argv: list[str]) -> list[str]:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2  # the exit code argparse gives, in both languages
    return capsys.readouterr().err.splitlines()


def test_a_missing_argument_is_said_in_danish(capsys):
    for argv in (["--lang", "da", "import"], ["import", "--lang", "da"],
                 ["import", "--lang=da"]):
        lines = said(capsys, argv)
        assert lines[0].startswith("brug: facilitator import ")
        assert lines[-1] == "facilitator import: fejl: disse argumenter mangler: SOURCE"


def test_english_keeps_argparse_s_words(capsys):
    lines = said(capsys, ["--lang", "en", "import"])
    assert lines[0].startswith("usage: facilitator import ")
    assert lines[-1] == "facilitator import: error: the following arguments are required: SOURCE"


@pytest.mark.parametrize(("argv", "danish"), [
    (["--lang", "da", "check", "--bogus", "x"], "facilitator: fejl: ukendte argumenter: --bogus"),
    (["check", "--lang", "fr", "x"],
     "facilitator check: fejl: argument --lang: 'fr' kan ikke vælges (vælg mellem 'da', 'en')"),
    (["--lang", "da", "--speed", "fast"], "facilitator: fejl: argument --speed: ugyldig værdi: "
                                          "'fast'"),
    (["sessions", "--lang", "da", "--data-dir"],
     "facilitator sessions: fejl: argument --data-dir: mangler en værdi"),
])
def test_argparse_s_errors_in_danish(capsys, monkeypatch, argv, danish):
    monkeypatch.setenv("LANG", "da_DK.UTF-8")  # --lang fr is no language: the locale's
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert said(capsys, argv)[-1] == danish


def test_the_language_is_found_before_parsing(monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert language_in(["--lang", "da", "check"]) == "da"
    assert language_in(["--lang", "da", "check", "--lang", "en"]) == "en"  # after wins
    assert language_in(["check", "--lang=da"]) == "da"
    assert language_in(["check", "--lang", "fr"]) == "en"  # not a language: the locale
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    assert language_in(["check"]) == "da"
