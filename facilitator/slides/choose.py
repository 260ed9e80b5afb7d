"""Picks the slide source by its name (`--slides SOURCE`, Preferences): one place for the list."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.slides.impress import DEFAULT_PORT, ImpressSource, default_uno_python
from facilitator.slides.source import NoSlideSource, SlideSource

#: The names a user can choose, in the order Preferences lists them.
SOURCE_NAMES = ("none", "impress")


def slide_source(name: str, env: Mapping[str, str], *, port: int = DEFAULT_PORT,
                 platform: str | None = None) -> SlideSource:
    """The source called `name`; ValueError naming the choices for any other name."""
    if name == "none":
        return NoSlideSource()
    if name == "impress":
        python = (default_uno_python(env=env) if platform is None
                  else default_uno_python(platform, env))
        return ImpressSource(python, port)
    raise ValueError(f"unknown slide source {name!r}; choose one of {', '.join(SOURCE_NAMES)}")
