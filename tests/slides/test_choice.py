"""`--slides SOURCE` names the sources choose.py knows, and the window follows the chosen one."""

from __future__ import annotations

import pytest

from facilitator.cli import SLIDE_SOURCES, app_parser
from facilitator.slides.choose import SOURCE_NAMES, slide_source
from facilitator.slides.impress import ImpressSource
from facilitator.slides.keys import KeySlideSource
from facilitator.slides.source import NoSlideSource


def test_the_command_line_offers_the_sources_choose_knows():
    assert SLIDE_SOURCES == SOURCE_NAMES
    # No --slides: the preference (slide_source, "none" at first) chooses.
    assert app_parser().parse_args([]).slides is None
    assert app_parser().parse_args(["--slides", "impress"]).slides == "impress"


def test_an_unknown_source_is_refused_by_the_command_line(capsys):
    with pytest.raises(SystemExit):
        app_parser().parse_args(["--slides", "beamer"])
    assert "invalid choice: 'beamer'" in capsys.readouterr().err


def test_each_name_gives_a_source_that_journals_under_that_name(qapp):
    for name in SOURCE_NAMES:
        source = slide_source(name, {})
        assert source.name == name
    assert isinstance(slide_source("none", {}), NoSlideSource)
    assert isinstance(slide_source("impress", {}), ImpressSource)
    assert isinstance(slide_source("keys", {}), KeySlideSource)
