"""The Qt Multimedia sound output: plays the chimes on the default audio output and follows it."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices, QMediaPlayer, QtAudio

from .sound import Unavailable

__all__ = ["SoundPlayer"]


class SoundPlayer(QObject):
    """Plays named chimes through one preloaded QMediaPlayer each.

    QMediaPlayer rather than QSoundEffect because QSoundEffect's first play
    lags noticeably, and a chime that is late for time-up is worse than none.
    With no audio output (CI, a muted laptop) nothing is created and `play`
    just returns False; when an output appears later the players are made
    then, and when the default output changes (a projector's HDMI audio
    plugged in mid-meeting) every player moves to it.

    Signals:
        played(str): the chime with this name started.
        mutedChanged(bool): sound was muted (True) or unmuted (False).
        outputChanged(str): the default output changed; its description,
            empty when there is no output any more.
    """

    played = Signal(str)
    mutedChanged = Signal(bool)
    outputChanged = Signal(str)

    def __init__(
        self,
        sounds: Mapping[str, Path],
        media_devices: QMediaDevices | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Missing files get no player, so Qt never gets to complain about them.
        self._sounds = {name: Path(path) for name, path in sounds.items() if Path(path).is_file()}
        self._devices = media_devices if media_devices is not None else QMediaDevices(self)
        self._players: dict[str, tuple[QMediaPlayer, QAudioOutput]] = {}
        self._muted = False
        self._volume = 1.0
        self._device = self._devices.defaultAudioOutput()
        self._device_id = _device_key(self._device)
        self._devices.audioOutputsChanged.connect(self._follow_default_output)
        if not self._device.isNull():
            self._create_players()

    @property
    def available(self) -> bool:
        """Whether there is an audio output to play on."""
        return not self._device.isNull()

    @property
    def unavailable(self) -> Unavailable | None:
        """Why nothing can sound (no output), or None when the chimes can play."""
        return None if self.available else Unavailable.NO_OUTPUT

    @property
    def detail(self) -> str:
        return ""

    def watch(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the output changes: it may have come or gone."""
        self.outputChanged.connect(lambda _description: callback())

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def volume(self) -> float:
        """Loudness from 0 to 1 on the scale a slider shows (perceptual, not amplitude)."""
        return self._volume

    @property
    def output_description(self) -> str:
        """The name of the output the chimes go to; empty when there is none."""
        return "" if self._device.isNull() else self._device.description()

    def play(self, name: str) -> bool:
        """Start the chime from its beginning; False when muted, unknown or silent."""
        if self._muted or not self.available:
            return False
        entry = self._players.get(name)
        if entry is None:
            return False
        player = entry[0]
        if (player.error() != QMediaPlayer.Error.NoError
                or player.mediaStatus() == QMediaPlayer.MediaStatus.InvalidMedia):
            return False
        # Rewind first: the same chime may come again before the last one ended.
        player.setPosition(0)
        player.play()
        self.played.emit(name)
        return True

    def set_muted(self, muted: bool) -> None:
        muted = bool(muted)
        if muted == self._muted:
            return
        self._muted = muted
        if muted:
            # Muting means quiet now, not after the chime that is ringing.
            for player, _output in self._players.values():
                player.stop()
        self.mutedChanged.emit(muted)

    def set_volume(self, volume: float) -> None:
        """Set loudness, 0 to 1 as on a slider; out-of-range values are clamped."""
        if math.isnan(volume):
            return
        self._volume = min(1.0, max(0.0, float(volume)))
        for _player, output in self._players.values():
            output.setVolume(self._linear_volume())

    def _linear_volume(self) -> float:
        # QAudioOutput's volume is linear amplitude, which makes the lower half
        # of a slider sound almost as loud as the top; Qt's own conversion fixes that.
        return QtAudio.convertVolume(
            self._volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )

    def _create_players(self) -> None:
        for name, path in self._sounds.items():
            output = QAudioOutput(self._device, self)
            output.setVolume(self._linear_volume())
            player = QMediaPlayer(self)
            player.setAudioOutput(output)
            # Loading now, not on the first play, is what keeps the first chime on time.
            player.setSource(QUrl.fromLocalFile(str(path)))
            self._players[name] = (player, output)

    @Slot()
    def _follow_default_output(self) -> None:
        """Move every chime to the current default output (the list of outputs changed)."""
        device = self._devices.defaultAudioOutput()
        key = _device_key(device)
        if key == self._device_id:
            return
        self._device = device
        self._device_id = key
        if not device.isNull():
            if self._players:
                for _player, output in self._players.values():
                    output.setDevice(device)
            else:
                self._create_players()
        self.outputChanged.emit(self.output_description)


def _device_key(device: QAudioDevice) -> bytes:
    # Devices are told apart by id; a null device (no output) has none.
    return b"" if device.isNull() else bytes(device.id().data())
