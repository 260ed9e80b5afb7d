"""A sound output for tests: it records what it plays; its audio device comes and goes on cue."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.ui.sound import Unavailable


class FakeAudio:
    """Stands in for `SoundPlayer` (the `SoundBackend` interface) without Qt Multimedia.

    `FakeAudio()` has a device; `FakeAudio(device=None)` has none until
    `connect()`; `FakeAudio(library=False)` is a machine without the sound
    library, where nothing ever sounds. `played` lists the chimes that
    really started, in order.
    """

    def __init__(self, device: str | None = "Speakers", library: bool = True) -> None:
        self.device = device if library else None
        self.library = library
        self.muted = False
        self.volume = 1.0
        self.played: list[str] = []
        self.refused: list[str] = []
        self._watchers: list[Callable[[], None]] = []

    @property
    def unavailable(self) -> Unavailable | None:
        if not self.library:
            return Unavailable.NO_LIBRARY
        return Unavailable.NO_OUTPUT if self.device is None else None

    @property
    def detail(self) -> str:
        return "" if self.library else "libpulse.so.0: cannot open shared object file"

    def play(self, name: str) -> bool:
        if self.muted or self.unavailable is not None:
            self.refused.append(name)
            return False
        self.played.append(name)
        return True

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def watch(self, callback: Callable[[], None]) -> None:
        self._watchers.append(callback)

    def connect(self, device: str = "Projector HDMI") -> None:
        """An audio output appears (a headset or the projector's HDMI audio plugged in)."""
        assert self.library, "no device can appear without the sound library"
        self.device = device
        self._notify()

    def disconnect(self) -> None:
        """The last audio output goes away."""
        self.device = None
        self._notify()

    def _notify(self) -> None:
        for callback in self._watchers:
            callback()
