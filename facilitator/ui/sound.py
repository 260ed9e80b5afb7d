"""The sound output as the app sees it: one small interface, the real output or silence."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import Protocol

from .text import translate

__all__ = ["SoundBackend", "Unavailable", "NoSound", "describe_unavailable"]

log = logging.getLogger(__name__)


class Unavailable(enum.Enum):
    """Why no chime can sound."""

    # Qt Multimedia (or a library under it, such as libpulse) cannot be loaded.
    NO_LIBRARY = "no-library"
    # There is no audio output now; one may be connected later.
    NO_OUTPUT = "no-output"


class SoundBackend(Protocol):
    """What the app needs of a sound output; `SoundPlayer` is the real one."""

    @property
    def unavailable(self) -> Unavailable | None:
        """Why nothing can sound now, or None when the chimes can play."""

    @property
    def detail(self) -> str:
        """The technical reason behind `unavailable` (an import error), or ""."""

    def play(self, name: str) -> bool:
        """Start the chime; False when it cannot sound (muted, unknown, no output)."""

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def watch(self, callback: Callable[[], None]) -> None:
        """Call `callback` whenever `unavailable` may have changed."""


class NoSound:
    """The output when Qt Multimedia cannot be loaded: every chime is silent, for good."""

    def __init__(self, detail: str) -> None:
        self._detail = detail

    @property
    def unavailable(self) -> Unavailable | None:
        return Unavailable.NO_LIBRARY

    @property
    def detail(self) -> str:
        return self._detail

    def play(self, name: str) -> bool:
        return False

    def set_muted(self, muted: bool) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def watch(self, callback: Callable[[], None]) -> None:
        pass  # a library that failed to load does not come back in this process


def describe_unavailable(why: Unavailable | None, detail: str = "") -> tuple[str, str]:
    """(the window's notice, the reason Preferences gives) for `why`; ("", "") when sound works."""
    if why is None:
        return "", ""
    notice = translate("facilitator", "Sounds are off: no audio output — the flash still shows")
    if why is Unavailable.NO_OUTPUT:
        reason = translate("facilitator", "Unavailable: there is no audio output. Sounds come "
                           "back when one is connected; the flash still shows.")
    else:
        reason = translate("facilitator", "Unavailable: the sound library cannot be loaded "
                           "(%1). The flash still shows.").replace("%1", detail or "?")
    return notice, reason
