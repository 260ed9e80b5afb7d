"""Picks the slide source by its name (`--slides SOURCE`, Preferences): one place for the list."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from facilitator.slides.applescript import KeynoteSource, PowerPointMacSource, macos_only
from facilitator.slides.impress import DEFAULT_PORT, ImpressSource, default_uno_python
from facilitator.slides.keys import KeySlideSource
from facilitator.slides.names import SOURCE_NAMES
from facilitator.slides.powerpoint import PowerPointSource, powerpoint_available
from facilitator.slides.source import NoSlideSource, SlideSource, UnavailableSource

__all__ = ["SOURCE_NAMES", "SOURCE_TITLES", "slide_source"]

#: The status bar's name for each source; a program's name is not translated.
SOURCE_TITLES = {"impress": "LibreOffice Impress", "powerpoint": "PowerPoint",
                 "keynote": "Keynote"}


def slide_source(name: str, env: Mapping[str, str], *, port: int = DEFAULT_PORT,
                 platform: str | None = None) -> SlideSource:
    """The source called `name`; ValueError naming the choices for any other name.

    A source whose program cannot run on this `platform` comes back as an
    UnavailableSource saying so (in the UI language), never as an exception.
    """
    platform = sys.platform if platform is None else platform
    if name == "none":
        return NoSlideSource()
    if name == "impress":
        return ImpressSource(default_uno_python(platform, env), port)
    if name == "powerpoint":
        if platform == "darwin":
            return PowerPointMacSource()
        reason = powerpoint_available(platform)
        return UnavailableSource(name, reason) if reason else PowerPointSource()
    if name == "keys":
        return KeySlideSource()
    if name == "keynote":
        reason = macos_only("Keynote", platform)
        return UnavailableSource(name, reason) if reason else KeynoteSource()
    raise ValueError(f"unknown slide source {name!r}; choose one of {', '.join(SOURCE_NAMES)}")
