"""The slide source is picked by name, and a wrong name says what the choices are."""

from __future__ import annotations

import pytest

from facilitator.slides.choose import SOURCE_NAMES, slide_source
from facilitator.slides.impress import UNO_PYTHON_ENV, ImpressSource
from facilitator.slides.source import ConnectionState, NoSlideSource


def test_none_is_a_source_that_never_tells_anything(qtbot):
    source = slide_source("none", {})
    assert isinstance(source, NoSlideSource)
    with qtbot.assertNotEmitted(source.connection_changed), \
            qtbot.assertNotEmitted(source.slide_changed):
        source.start()
        source.stop()
    assert source.connection() is ConnectionState.STOPPED
    assert source.current_slide() is None


def test_impress_runs_its_helper_with_the_chosen_python():
    source = slide_source("impress", {UNO_PYTHON_ENV: "/opt/lo/python"}, port=2010,
                          platform="linux")
    assert isinstance(source, ImpressSource)
    assert source.helper_command()[0] == "/opt/lo/python"
    assert source.helper_command()[-4:] == ["--port", "2010", "--poll", "0.2"]


def test_an_unknown_name_lists_the_choices():
    with pytest.raises(ValueError, match="none, impress, powerpoint"):
        slide_source("beamer", {})
    assert SOURCE_NAMES[:3] == ("none", "impress", "powerpoint")
