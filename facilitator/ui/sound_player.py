"""The Qt Multimedia sound output: plays the chimes on the default audio output and follows it.

The chimes are short WAV files, decoded once with `wave` at start-up and
written straight to the platform's audio output (PulseAudio on Linux) through
`QAudioSink`. Nothing here needs a media decoder, so Qt Multimedia's FFmpeg
backend is kept from loading at all (`audio_only_backend`): with it the six chimes
cost about 21.6 MiB of resident memory, without it 7.6 MiB (docs/benchmarks.md).
"""

from __future__ import annotations

import functools
import logging
import math
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QtMsgType,
    Signal,
    SignalInstance,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from .sound import Pcm, Unavailable, decode_wav

__all__ = ["SoundPlayer", "Sink", "audio_only_backend", "audio_format"]

log = logging.getLogger(__name__)

#: What Qt says (qCritical) when it finds no media backend: exactly what we want here.
_NO_BACKEND = "No QtMultimedia backends found."
_backend_chosen = False


def audio_only_backend() -> None:
    """Make Qt Multimedia start without its media backend (FFmpeg): audio output only.

    Qt loads its media backend plugin the first time any Qt Multimedia class
    needs the platform integration, QMediaDevices and QAudioSink included, and
    the pinned PySide6 ships only the FFmpeg one. With no plugin found Qt uses
    its audio-only integration, which still has QMediaDevices, QAudioDevice and
    QAudioSink (on PulseAudio) — all the chimes need. So the plugin folders are
    hidden from Qt for the moment the integration is made, then given back (the
    platform and image plugins keep loading as before), and Qt's one complaint
    about the missing backend is dropped. Once per process; when Qt Multimedia
    was already started elsewhere this changes nothing and the chimes play as well.
    """
    global _backend_chosen
    if _backend_chosen:
        return
    _backend_chosen = True
    paths = QCoreApplication.libraryPaths()
    previous: list[Callable[..., object] | None] = [None]

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if message.startswith(_NO_BACKEND):
            return
        if callable(previous[0]):
            previous[0](kind, context, message)
        else:
            log.debug("Qt: %s", message)

    with tempfile.TemporaryDirectory(prefix="facilitator-qt-") as empty:
        QCoreApplication.setLibraryPaths([empty])
        previous[0] = qInstallMessageHandler(handler)
        try:
            QMediaDevices.defaultAudioOutput()  # makes the (audio-only) integration
        finally:
            qInstallMessageHandler(previous[0])
            QCoreApplication.setLibraryPaths(paths)


def audio_format(pcm: Pcm) -> QAudioFormat:
    """The QAudioFormat of decoded PCM (8-bit unsigned, 16- or 32-bit signed samples)."""
    fmt = QAudioFormat()
    fmt.setSampleRate(pcm.sample_rate)
    fmt.setChannelCount(pcm.channels)
    fmt.setSampleFormat({1: QAudioFormat.SampleFormat.UInt8,
                         2: QAudioFormat.SampleFormat.Int16,
                         4: QAudioFormat.SampleFormat.Int32}[pcm.sample_width])
    return fmt


class Sink(Protocol):
    """The part of QAudioSink the player uses; tests pass fakes with the same shape."""

    @property
    def stateChanged(self) -> SignalInstance: ...  # noqa: N802 - Qt's name

    def start(self, device: QIODevice) -> None: ...

    def stop(self) -> None: ...

    def state(self) -> QtAudio.State: ...

    def error(self) -> QtAudio.Error: ...

    def setVolume(self, volume: float) -> None: ...  # noqa: N802 - Qt's name

    def deleteLater(self) -> None: ...  # noqa: N802 - Qt's name


#: Makes a sink for (device, format, parent); QAudioSink itself unless a test says otherwise.
SinkFactory = Callable[[QAudioDevice, QAudioFormat, QObject], Sink]


class _Chime(QObject):
    """One chime: its PCM in a buffer, ready to be read from the start, and its sink.

    `sinkStateChanged` relays the sink's stateChanged without its argument:
    PySide cannot hand QAudioSink's QAudio::State to a Python slot, but a
    signal-to-signal connection stays inside Qt.
    """

    sinkStateChanged = Signal()

    def __init__(self, pcm: Pcm, owner: QObject) -> None:
        super().__init__(owner)
        self.format = audio_format(pcm)
        self.buffer = QBuffer(owner)
        self.buffer.setData(QByteArray(pcm.frames))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.sink: Sink | None = None


class SoundPlayer(QObject):
    """Plays named chimes, each from PCM held in memory, through a QAudioSink of its own.

    Every chime is decoded when the player is made and its sink is made as soon
    as there is an output, so a chime costs no file reading or decoding when it
    is due: `play` points the sink at the start of the buffer. One sink per
    chime lets two different chimes overlap as before; the same chime coming
    again starts over. A sink lets go of the output when its chime has run
    out. With no audio output (CI, a muted laptop) no sink is made and `play`
    returns False; when an output appears later the sinks are made then, and
    when the default output changes (a projector's HDMI audio plugged in
    mid-meeting) they are made anew on it.

    Signals:
        played(str): the chime with this name was started.
        sinkStarted(str): its sink began taking the samples (Qt's ActiveState).
        mutedChanged(bool): sound was muted (True) or unmuted (False).
        outputChanged(str): the default output changed; its description,
            empty when there is no output any more.
    """

    played = Signal(str)
    sinkStarted = Signal(str)
    mutedChanged = Signal(bool)
    outputChanged = Signal(str)

    def __init__(
        self,
        sounds: Mapping[str, Path],
        media_devices: QMediaDevices | None = None,
        parent: QObject | None = None,
        sink_factory: SinkFactory | None = None,
    ) -> None:
        super().__init__(parent)
        if media_devices is None:
            audio_only_backend()
        self._make_sink: SinkFactory = sink_factory or _qt_sink
        # Missing or unreadable files get no chime, so nothing complains about them later.
        self._chimes: dict[str, _Chime] = {}
        for name, path in sounds.items():
            pcm = decode_wav(Path(path)) if Path(path).is_file() else None
            if pcm is not None:
                chime = _Chime(pcm, self)
                chime.sinkStateChanged.connect(functools.partial(self._sink_state_changed, name))
                self._chimes[name] = chime
        self._devices = media_devices if media_devices is not None else QMediaDevices(self)
        self._muted = False
        self._volume = 1.0
        self._device = self._devices.defaultAudioOutput()
        self._device_id = _device_key(self._device)
        self._devices.audioOutputsChanged.connect(self._follow_default_output)
        if not self._device.isNull():
            self._create_sinks()

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

    def sinks(self) -> dict[str, Sink]:
        """The sink of each chime that has one (none while there is no output)."""
        return {name: chime.sink for name, chime in self._chimes.items() if chime.sink is not None}

    def play(self, name: str) -> bool:
        """Start the chime from its beginning; False when muted, unknown or silent."""
        if self._muted or not self.available:
            return False
        chime = self._chimes.get(name)
        if chime is None or chime.sink is None:
            return False
        sink = chime.sink
        # The same chime may come again before the last one ended: start it over.
        if sink.state() != QtAudio.State.StoppedState:
            sink.stop()
        chime.buffer.seek(0)
        sink.start(chime.buffer)
        if sink.error() == QtAudio.Error.OpenError:
            log.warning("the %s chime cannot open the audio output", name)
            return False
        self.played.emit(name)
        return True

    def set_muted(self, muted: bool) -> None:
        muted = bool(muted)
        if muted == self._muted:
            return
        self._muted = muted
        if muted:
            # Muting means quiet now, not after the chime that is ringing.
            for sink in self.sinks().values():
                sink.stop()
        self.mutedChanged.emit(muted)

    def set_volume(self, volume: float) -> None:
        """Set loudness, 0 to 1 as on a slider; out-of-range values are clamped."""
        if math.isnan(volume):
            return
        self._volume = min(1.0, max(0.0, float(volume)))
        for sink in self.sinks().values():
            sink.setVolume(self._linear_volume())

    def _linear_volume(self) -> float:
        # A sink's volume is linear amplitude, which makes the lower half of a
        # slider sound almost as loud as the top; Qt's own conversion fixes that.
        return QtAudio.convertVolume(
            self._volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )

    def _create_sinks(self) -> None:
        for chime in self._chimes.values():
            sink = self._make_sink(self._device, chime.format, self)
            sink.setVolume(self._linear_volume())
            sink.stateChanged.connect(chime.sinkStateChanged)
            chime.sink = sink

    def _drop_sinks(self) -> None:
        for chime in self._chimes.values():
            if chime.sink is not None:
                chime.sink.stop()
                chime.sink.deleteLater()
                chime.sink = None

    def _sink_state_changed(self, name: str) -> None:
        chime = self._chimes.get(name)
        if chime is None or chime.sink is None:
            return
        state = chime.sink.state()
        if state == QtAudio.State.ActiveState:
            self.sinkStarted.emit(name)
        elif state == QtAudio.State.IdleState:
            # The chime has run out: let go of the output until it is due again.
            chime.sink.stop()

    @Slot()
    def _follow_default_output(self) -> None:
        """Move every chime to the current default output (the list of outputs changed)."""
        device = self._devices.defaultAudioOutput()
        key = _device_key(device)
        if key == self._device_id:
            return
        self._device = device
        self._device_id = key
        # A sink is bound to its device for life: the new output gets new sinks.
        self._drop_sinks()
        if not device.isNull():
            self._create_sinks()
        self.outputChanged.emit(self.output_description)


def _qt_sink(device: QAudioDevice, fmt: QAudioFormat, parent: QObject) -> Sink:
    return QAudioSink(device, fmt, parent)


def _device_key(device: QAudioDevice) -> bytes:
    # Devices are told apart by id; a null device (no output) has none.
    return b"" if device.isNull() else bytes(device.id().data())
