"""Which sound output the app gets: the real one, or silence when Qt Multimedia cannot load.

Apart from sound.py so that the interface does not import the real output
(sound_player.py imports the interface): the import graph stays a tree.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from .sound import NoSound, SoundBackend

__all__ = ["open_sound_backend"]

log = logging.getLogger(__name__)


def open_sound_backend(sounds: Mapping[str, Path]) -> SoundBackend:
    """The chimes on the default audio output, or silence when Qt Multimedia cannot load.

    Qt Multimedia needs system libraries (libpulse on Linux) that the app
    itself does not: without them the app runs on and says so in the window,
    with one log line here rather than a traceback.
    """
    try:
        from .sound_player import SoundPlayer
    except ImportError as exc:
        log.warning("sounds are off: Qt Multimedia cannot be loaded (%s)", exc)
        return NoSound(str(exc))
    return SoundPlayer(sounds)
