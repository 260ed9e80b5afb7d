"""The Qt sound player: PCM decoded once, one audio sink per chime (faked), following the output.

The chime files themselves: tests/test_sound_files.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Without the system's audio libraries (libpulse) Qt Multimedia cannot load: skip, unless
# FACILITATOR_REQUIRE_AUDIO=1 (CI), where tests/conftest.py makes the skip a failure.
pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)

from PySide6.QtCore import QByteArray, QIODevice, QObject, Signal  # noqa: E402
from PySide6.QtMultimedia import (  # noqa: E402
    QAudioDevice,
    QAudioFormat,
    QAudioSink,
    QMediaDevices,
    QtAudio,
)

from facilitator import resources  # noqa: E402
from facilitator.ui.sound import Unavailable, decode_wav  # noqa: E402
from facilitator.ui.sound_player import SoundPlayer, audio_format  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt_log_ignore(
    # Qt Multimedia's first use probes optional libraries and the sound server and
    # warns when they are missing, as on CI and in containers; harmless there.
    r"^Couldn't (load|resolve) .+ (library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed",
    r"^No audio device detected",
    # Where Qt's FFmpeg media plugin cannot load (a fresh Debian without its libraries),
    # Qt falls back to audio only — all the chimes use — and says so.
    r"^No QtMultimedia backends found",
)


class FakeOutput(QAudioDevice):
    """An audio output as Python sees it; C++ still sees a null device, which plays nowhere."""

    def __init__(self, ident: bytes, description: str) -> None:
        super().__init__()
        self._ident = ident
        self._description = description

    def isNull(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def id(self) -> QByteArray:
        return QByteArray(self._ident)

    def description(self) -> str:
        return self._description


class FakeMediaDevices(QMediaDevices):
    """Media devices whose default output the test chooses.

    Qt's lookups are static; SoundPlayer calls them on the instance it was given,
    so instance methods here take their place.
    """

    def __init__(self, default: QAudioDevice | None = None) -> None:
        super().__init__()
        self.default = default if default is not None else QAudioDevice()

    def defaultAudioOutput(self) -> QAudioDevice:  # type: ignore[override]  # noqa: N802
        return self.default

    def audioOutputs(self) -> list[QAudioDevice]:  # type: ignore[override]  # noqa: N802
        return [] if self.default.isNull() else [self.default]

    def switch_to(self, device: QAudioDevice) -> None:
        self.default = device
        self.audioOutputsChanged.emit()


class FakeSink(QObject):
    """A QAudioSink as the player uses it: it records what it is given and moves on cue.

    `start` takes the whole buffer at once (what a real sink reads over the
    chime's length) into `heard`; `run_out()` is the chime ending.
    """

    stateChanged = Signal(object)

    def __init__(self, device: QAudioDevice, fmt: QAudioFormat, parent: QObject,
                 opens: bool = True) -> None:
        super().__init__(parent)
        self.device = device.description()
        self.format = fmt
        self.opens = opens
        self.volume = 1.0
        self.heard: list[bytes] = []
        self.stops = 0
        self.deleted = False
        self._state = QtAudio.State.StoppedState
        self._error = QtAudio.Error.NoError

    def start(self, device: QIODevice) -> None:
        if not self.opens:
            self._error = QtAudio.Error.OpenError
            return
        self.heard.append(bytes(device.readAll().data()))
        self._set(QtAudio.State.ActiveState)

    def stop(self) -> None:
        self.stops += 1
        self._set(QtAudio.State.StoppedState)

    def run_out(self) -> None:
        self._error = QtAudio.Error.UnderrunError
        self._set(QtAudio.State.IdleState)

    def state(self) -> QtAudio.State:
        return self._state

    def error(self) -> QtAudio.Error:
        return self._error

    def setVolume(self, volume: float) -> None:  # noqa: N802 - Qt's name
        self.volume = volume

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        self.deleted = True
        super().deleteLater()

    def _set(self, state: QtAudio.State) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


class Sinks:
    """The sink factory the player is given: every sink it made, in order."""

    def __init__(self) -> None:
        self.made: list[FakeSink] = []
        self.opens = True

    def __call__(self, device: QAudioDevice, fmt: QAudioFormat, parent: QObject) -> FakeSink:
        sink = FakeSink(device, fmt, parent, self.opens)
        self.made.append(sink)
        return sink


@pytest.fixture
def sounds() -> Iterator[dict[str, Path]]:
    with resources.sound_files() as paths:
        yield paths


@pytest.fixture
def sinks() -> Sinks:
    return Sinks()


@pytest.fixture
def make_player(sinks) -> Callable[..., SoundPlayer]:
    def make(sounds: dict[str, Path], devices: QMediaDevices) -> SoundPlayer:
        return SoundPlayer(sounds, devices, sink_factory=sinks)
    return make


@pytest.fixture
def silent_devices(qapp) -> FakeMediaDevices:
    return FakeMediaDevices()


@pytest.fixture
def hdmi() -> FakeOutput:
    return FakeOutput(b"hdmi-0", "Projector HDMI")


def frames(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())


# --- the player without an audio output ---------------------------------------


def test_without_output_no_sink_is_made_and_play_fails_quietly(
    qtbot, make_player, sinks, sounds, silent_devices
):
    player = make_player(sounds, silent_devices)
    assert not player.available
    assert player.output_description == ""
    assert sinks.made == [] and player.sinks() == {}
    with qtbot.assertNotEmitted(player.played):
        for name in resources.SOUND_NAMES:
            assert player.play(name) is False


def test_mute_toggling_emits_only_on_change(qtbot, make_player, sounds, silent_devices):
    player = make_player(sounds, silent_devices)
    assert not player.muted
    with qtbot.waitSignal(player.mutedChanged) as blocker:
        player.set_muted(True)
    assert blocker.args == [True]
    assert player.muted
    with qtbot.assertNotEmitted(player.mutedChanged):
        player.set_muted(True)
    with qtbot.waitSignal(player.mutedChanged) as blocker:
        player.set_muted(False)
    assert blocker.args == [False]


def test_volume_is_clamped(make_player, sounds, silent_devices):
    player = make_player(sounds, silent_devices)
    assert player.volume == 1.0
    player.set_volume(0.4)
    assert player.volume == pytest.approx(0.4)
    player.set_volume(3.0)
    assert player.volume == 1.0
    player.set_volume(-1.0)
    assert player.volume == 0.0
    player.set_volume(float("nan"))
    assert player.volume == 0.0


def test_the_real_devices_and_sinks_are_used_when_none_are_given(qapp, sounds):
    player = SoundPlayer(sounds)
    assert player.available == (not QMediaDevices.defaultAudioOutput().isNull())
    assert all(isinstance(s, QAudioSink) for s in player.sinks().values())
    assert len(player.sinks()) == (len(sounds) if player.available else 0)
    # Muted so a developer's machine with speakers stays quiet during the tests.
    player.set_muted(True)
    assert player.play("step") is False


# --- the player with a (fake) audio output -------------------------------------


def test_one_sink_per_chime_on_the_output_in_the_chime_s_own_format(
    make_player, sinks, sounds, hdmi
):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    assert player.available
    assert player.output_description == "Projector HDMI"
    assert set(player.sinks()) == set(resources.SOUND_NAMES)
    assert len(sinks.made) == len(resources.SOUND_NAMES)
    for sink in sinks.made:
        assert sink.device == "Projector HDMI"
        assert sink.format.sampleRate() == 44100
        assert sink.format.channelCount() == 1
        assert sink.format.sampleFormat() == QAudioFormat.SampleFormat.Int16


def test_the_chimes_are_decoded_at_start_up_not_when_due(qtbot, make_player, sinks, sounds,
                                                         tmp_path, hdmi):
    copies = {name: Path(shutil.copy(path, tmp_path / path.name)) for name, path in sounds.items()}
    player = make_player(copies, FakeMediaDevices(hdmi))
    for path in copies.values():
        path.unlink()  # nothing is read from disk once the player is made
    with qtbot.waitSignal(player.played) as blocker:
        assert player.play("warning") is True
    assert blocker.args == ["warning"]
    assert player.sinks()["warning"].heard == [frames(sounds["warning"])]  # type: ignore[attr-defined]


def test_the_same_chime_again_starts_over_from_the_beginning(make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    sink = player.sinks()["overrun"]
    assert player.play("overrun") is True
    assert player.play("overrun") is True  # still ringing: stopped, rewound, started
    assert sink.heard == [frames(sounds["overrun"])] * 2  # type: ignore[attr-defined]
    assert sink.stops == 1  # type: ignore[attr-defined]
    assert sink.state() == QtAudio.State.ActiveState


def test_two_chimes_overlap_on_their_own_sinks(make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    assert player.play("time_up") and player.play("step")
    assert {n for n, s in player.sinks().items()
            if s.state() == QtAudio.State.ActiveState} == {"time_up", "step"}


def test_a_sink_tells_when_it_starts_and_lets_go_when_its_chime_ran_out(
    qtbot, make_player, sounds, hdmi
):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    sink = player.sinks()["finish"]
    with qtbot.waitSignal(player.sinkStarted) as blocker:
        player.play("finish")
    assert blocker.args == ["finish"]
    sink.run_out()  # type: ignore[attr-defined]
    assert sink.state() == QtAudio.State.StoppedState
    assert sink.stops == 1  # type: ignore[attr-defined]


def test_mute_stops_what_rings_and_refuses_the_next(qtbot, make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    player.play("warning")
    player.set_muted(True)
    assert all(s.state() == QtAudio.State.StoppedState for s in player.sinks().values())
    with qtbot.assertNotEmitted(player.played):
        assert player.play("warning") is False
    player.set_muted(False)
    assert player.play("warning") is True


def test_unknown_chime_returns_false(qtbot, make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    with qtbot.assertNotEmitted(player.played):
        assert player.play("fanfare") is False


def test_missing_or_unreadable_file_gets_no_sink(make_player, sinks, tmp_path, hdmi):
    (tmp_path / "bad.wav").write_bytes(b"RIFF but not really")
    player = make_player({"warning": tmp_path / "gone.wav", "step": tmp_path / "bad.wav"},
                         FakeMediaDevices(hdmi))
    assert sinks.made == []
    assert player.play("warning") is False
    assert player.play("step") is False


def test_a_sink_that_cannot_open_the_output_plays_nothing(qtbot, make_player, sinks, sounds,
                                                          hdmi):
    sinks.opens = False
    player = make_player(sounds, FakeMediaDevices(hdmi))
    with qtbot.assertNotEmitted(player.played):
        assert player.play("time_up") is False


def test_volume_reaches_the_sinks_on_a_perceptual_scale(make_player, sinks, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    player.set_volume(0.5)
    volumes = {round(s.volume, 3) for s in sinks.made}
    # Half way on the slider is well below half the amplitude.
    assert len(volumes) == 1 and 0.05 < volumes.pop() < 0.3
    player.set_volume(0.0)
    assert {s.volume for s in sinks.made} == {0.0}


# --- following the default output ----------------------------------------------


def test_output_appearing_mid_meeting_makes_the_sinks(
    qtbot, make_player, sinks, sounds, silent_devices, hdmi
):
    player = make_player(sounds, silent_devices)
    player.set_volume(0.5)
    with qtbot.waitSignal(player.outputChanged) as blocker:
        silent_devices.switch_to(hdmi)
    assert blocker.args == ["Projector HDMI"]
    assert player.available
    assert len(sinks.made) == len(resources.SOUND_NAMES)
    assert all(s.volume < 0.3 and s.device == "Projector HDMI" for s in sinks.made)
    assert player.play("break_over") is True


def test_chimes_move_to_the_new_default_output(qtbot, make_player, sinks, sounds, hdmi):
    devices = FakeMediaDevices(FakeOutput(b"laptop", "Laptop speakers"))
    player = make_player(sounds, devices)
    player.play("warning")
    old = list(sinks.made)
    with qtbot.waitSignal(player.outputChanged) as blocker:
        devices.switch_to(hdmi)
    assert blocker.args == ["Projector HDMI"]
    # A QAudioSink is bound to its device: the old ones stop and go, new ones come.
    assert all(s.deleted and s.state() == QtAudio.State.StoppedState for s in old)
    new = sinks.made[len(old):]
    assert [s.device for s in new] == ["Projector HDMI"] * len(resources.SOUND_NAMES)
    assert set(player.sinks().values()) == set(new)
    assert player.play("warning") is True
    assert player.sinks()["warning"].heard == [frames(sounds["warning"])]  # type: ignore[attr-defined]


def test_unchanged_default_is_left_alone(qtbot, make_player, sinks, sounds, hdmi):
    devices = FakeMediaDevices(hdmi)
    player = make_player(sounds, devices)
    with qtbot.assertNotEmitted(player.outputChanged):
        # Another device came or went, but the default is still the same one.
        devices.switch_to(FakeOutput(b"hdmi-0", "Projector HDMI"))
    assert len(sinks.made) == len(resources.SOUND_NAMES)
    assert not any(s.deleted for s in sinks.made)


def test_losing_the_output_drops_the_sinks_and_reports_it(qtbot, make_player, sinks, sounds,
                                                          hdmi):
    devices = FakeMediaDevices(hdmi)
    player = make_player(sounds, devices)
    with qtbot.waitSignal(player.outputChanged) as blocker:
        devices.switch_to(QAudioDevice())
    assert blocker.args == [""]
    assert not player.available
    assert player.sinks() == {} and all(s.deleted for s in sinks.made)
    assert player.play("time_up") is False


def test_availability_is_told_to_watchers_as_the_output_comes_and_goes(
    make_player, sounds, silent_devices, hdmi
):
    player = make_player(sounds, silent_devices)
    told: list[Unavailable | None] = []
    player.watch(lambda: told.append(player.unavailable))
    assert player.unavailable is Unavailable.NO_OUTPUT
    assert player.detail == ""
    silent_devices.switch_to(hdmi)
    silent_devices.switch_to(QAudioDevice())
    assert told == [None, Unavailable.NO_OUTPUT]


# --- the real audio output -------------------------------------------------------


def test_every_shipped_chime_decodes_and_feeds_a_real_audio_sink(qtbot, sounds):
    assert set(sounds) == set(resources.SOUND_NAMES)
    decoded = {name: decode_wav(path) for name, path in sounds.items()}
    for name, pcm in decoded.items():
        assert pcm is not None, name
        assert pcm.frames == frames(sounds[name])
        assert 0.25 <= pcm.seconds <= 1.6, name
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        if os.environ.get("FACILITATOR_REQUIRE_AUDIO_OUTPUT", "") == "1":
            pytest.fail("FACILITATOR_REQUIRE_AUDIO_OUTPUT=1 but Qt finds no audio output "
                        "(is the sound server running?)", pytrace=False)
        pytest.skip("no audio output on this machine (no sound server): the chimes were "
                    "decoded, but there is no sink to feed")
    player = SoundPlayer(sounds)
    player.set_volume(0.0)  # quiet on a developer's speakers
    for name in resources.SOUND_NAMES:
        sink = player.sinks()[name]
        assert isinstance(sink, QAudioSink)
        assert sink.format() == audio_format(decoded[name])  # type: ignore[arg-type]
        with qtbot.waitSignal(player.sinkStarted, timeout=5000):
            assert player.play(name) is True
        qtbot.waitUntil(lambda sink=sink: sink.processedUSecs() > 0, timeout=5000)
        assert sink.error() in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError)
        sink.stop()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
def test_playing_the_chimes_does_not_load_ffmpeg(tmp_path):
    """In a fresh process, as the app opens its sound output: no FFmpeg library is mapped."""
    script = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication
        from facilitator.resources import sound_files
        from facilitator.ui.sound_output import open_sound_backend
        app = QApplication([])
        with sound_files() as paths:
            player = open_sound_backend(paths)
            player.set_volume(0.0)
            played = [player.play(name) for name in paths]
            app.processEvents()
            maps = open("/proc/self/maps").read()
            print(type(player).__name__, player.unavailable, played)
            for marker in ("libavcodec", "libavformat", "ffmpegmediaplugin", "QtMultimedia"):
                print(marker, marker in maps)
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("SoundPlayer "), result.stdout
    assert "QtMultimedia True" in lines  # the check looks where it should
    assert "libavcodec False" in lines
    assert "libavformat False" in lines
    assert "ffmpegmediaplugin False" in lines
    assert "No QtMultimedia backends found" not in result.stderr
