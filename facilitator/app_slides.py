"""The composition root's slide show part: the source the window follows, at start and after
Preferences, and the mode a slide change has (docs/slides.md)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .settings import Settings
    from .slides.source import SlideSource


def follow_slides(window: Any, source: SlideSource | None, name: str) -> None:
    """The window follows `source`, or the source called `name` (`--slides`, the preference).

    A source that cannot work on this system says why on the command line too;
    the window goes on without slides.
    """
    from .slides.choose import SOURCE_TITLES
    from .slides.choose import slide_source as choose_source
    from .slides.source import UnavailableSource

    if source is None:
        source = choose_source(name, os.environ)
    if isinstance(source, UnavailableSource):  # another platform's program: say so, go on
        print(f"facilitator: {source.reason}", file=sys.stderr)
    window.follow_slides(source, source_title(source.name, SOURCE_TITLES))


def source_title(name: str, titles: dict[str, str]) -> str:
    """The status bar's name of a source: the program's name, or the clicker's in words."""
    if name == "keys":
        from .ui.text import translate

        return translate("facilitator", "clicker keys")
    return titles.get(name, name)


def apply_slide_preferences(window: Any, settings: Settings, changed: list[str]) -> None:
    """Preferences changed the slide mode or source: the running meeting takes them now.

    The mode goes to the engine at once (a programme's own `slides_follow` still
    wins); another source replaces the one followed, even one `--slides` chose.
    """
    if "slides_follow" in changed:
        window.bridge.engine.slide_preference = settings.get("slides_follow")
    if "slide_source" in changed:
        window.stop_following_slides(show_ended=True)
        follow_slides(window, None, settings.get("slide_source"))
