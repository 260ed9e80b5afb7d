"""The sound output as the app sees it: one small interface, the real output or silence."""

from __future__ import annotations

import enum
import logging
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .text import translate

__all__ = ["SoundBackend", "Unavailable", "NoSound", "Pcm", "decode_wav", "describe_unavailable"]

log = logging.getLogger(__name__)


class Unavailable(enum.Enum):
    """Why no chime can sound."""

    # Qt Multimedia (or a library under it, such as libpulse) cannot be loaded.
    NO_LIBRARY = "no-library"
    # There is no audio output now; one may be connected later.
    NO_OUTPUT = "no-output"


@dataclass(frozen=True)
class Pcm:
    """A chime as the audio output takes it: interleaved little-endian samples."""

    sample_rate: int
    channels: int
    sample_width: int  # bytes per sample: 1 (unsigned), 2 or 4 (signed)
    frames: bytes

    @property
    def seconds(self) -> float:
        return len(self.frames) / (self.sample_rate * self.channels * self.sample_width)


def decode_wav(path: Path) -> Pcm | None:
    """The PCM of an uncompressed WAV file; None (and one log line) when it cannot be used."""
    try:
        with wave.open(str(path), "rb") as wav:
            pcm = Pcm(wav.getframerate(), wav.getnchannels(), wav.getsampwidth(),
                      wav.readframes(wav.getnframes()))
    except (OSError, EOFError, wave.Error) as exc:
        log.warning("chime %s cannot be read: %s", path.name, exc)
        return None
    if pcm.sample_width not in (1, 2, 4) or not pcm.frames:
        log.warning("chime %s has %d-byte samples or none; 8-, 16- or 32-bit PCM plays",
                    path.name, pcm.sample_width)
        return None
    return pcm


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
