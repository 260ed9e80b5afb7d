"""The Qt sound player, with faked audio outputs (the chime files: tests/test_sound_files.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Without the system's audio libraries (libpulse) Qt Multimedia cannot load: skip, unless
# FACILITATOR_REQUIRE_AUDIO=1 (CI), where tests/conftest.py makes the skip a failure.
pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)

from PySide6.QtCore import QByteArray  # noqa: E402
from PySide6.QtMultimedia import (  # noqa: E402
    QAudioDevice,
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
)

from facilitator import resources  # noqa: E402
from facilitator.ui.sound import Unavailable  # noqa: E402
from facilitator.ui.sound_player import SoundPlayer  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore(
    # Qt Multimedia's first use probes optional libraries and the sound server and
    # warns when they are missing, as on CI and in containers; harmless there.
    r"^Couldn't (load|resolve) .+ (library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed",
    # A chime started on a fake output finds no real sink; it plays silently.
    r"^No audio device detected",
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


@pytest.fixture
def sounds() -> Iterator[dict[str, Path]]:
    with resources.sound_files() as paths:
        yield paths


@pytest.fixture
def make_player(qtbot) -> Iterator[Callable[..., SoundPlayer]]:
    """Builds sound players and keeps them until their files are loaded."""
    made: list[SoundPlayer] = []

    def make(sounds: dict[str, Path], devices: QMediaDevices | None = None) -> SoundPlayer:
        player = SoundPlayer(sounds, devices)
        made.append(player)
        return player

    def loading() -> bool:
        return any(m.mediaStatus() == QMediaPlayer.MediaStatus.LoadingMedia
                   for player in made for m in player.findChildren(QMediaPlayer))

    yield make
    # A QMediaPlayer destroyed while still opening its file makes FFmpeg warn "Could
    # not open media ... Immediate exit requested"; the opening takes milliseconds.
    qtbot.waitUntil(lambda: not loading())


@pytest.fixture
def silent_devices(qapp) -> FakeMediaDevices:
    return FakeMediaDevices()


@pytest.fixture
def hdmi() -> FakeOutput:
    return FakeOutput(b"hdmi-0", "Projector HDMI")


# --- the player without an audio output ---------------------------------------


def test_without_output_nothing_is_created_and_play_fails_quietly(
    qtbot, make_player, sounds, silent_devices
):
    player = make_player(sounds, silent_devices)
    assert not player.available
    assert player.output_description == ""
    assert player.findChildren(QMediaPlayer) == []
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


def test_the_real_devices_are_used_when_none_are_given(make_player, sounds):
    player = make_player(sounds)
    assert player.available == (not QMediaDevices.defaultAudioOutput().isNull())
    # Muted so a developer's machine with speakers stays quiet during the tests.
    player.set_muted(True)
    assert player.play("step") is False


# --- the player with a (fake) audio output -------------------------------------


def test_one_preloaded_player_per_chime(make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    assert player.available
    assert player.output_description == "Projector HDMI"
    media = player.findChildren(QMediaPlayer)
    assert len(media) == len(resources.SOUND_NAMES)
    assert {m.source().toLocalFile() for m in media} == {str(p) for p in sounds.values()}


def test_play_starts_the_chime_and_mute_stops_it(qtbot, make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    with qtbot.waitSignal(player.played) as blocker:
        assert player.play("warning") is True
    assert blocker.args == ["warning"]
    player.set_muted(True)
    assert all(m.playbackState() == QMediaPlayer.PlaybackState.StoppedState
               for m in player.findChildren(QMediaPlayer))
    with qtbot.assertNotEmitted(player.played):
        assert player.play("warning") is False


def test_unknown_chime_returns_false(qtbot, make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    with qtbot.assertNotEmitted(player.played):
        assert player.play("fanfare") is False


def test_missing_file_gets_no_player(make_player, tmp_path, hdmi):
    player = make_player({"warning": tmp_path / "gone.wav"}, FakeMediaDevices(hdmi))
    assert player.findChildren(QMediaPlayer) == []
    assert player.play("warning") is False


def test_volume_reaches_the_outputs_on_a_perceptual_scale(make_player, sounds, hdmi):
    player = make_player(sounds, FakeMediaDevices(hdmi))
    player.set_volume(0.5)
    volumes = {round(o.volume(), 3) for o in player.findChildren(QAudioOutput)}
    # Half way on the slider is well below half the amplitude.
    assert len(volumes) == 1 and 0.05 < volumes.pop() < 0.3


# --- following the default output ----------------------------------------------


def test_output_appearing_mid_meeting_creates_the_players(
    qtbot, make_player, sounds, silent_devices, hdmi
):
    player = make_player(sounds, silent_devices)
    player.set_volume(0.5)
    with qtbot.waitSignal(player.outputChanged) as blocker:
        silent_devices.switch_to(hdmi)
    assert blocker.args == ["Projector HDMI"]
    assert player.available
    assert len(player.findChildren(QMediaPlayer)) == len(resources.SOUND_NAMES)
    assert all(o.volume() < 0.3 for o in player.findChildren(QAudioOutput))


def test_outputs_move_to_the_new_default(qtbot, make_player, monkeypatch, sounds, hdmi):
    devices = FakeMediaDevices(FakeOutput(b"laptop", "Laptop speakers"))
    player = make_player(sounds, devices)
    targets: list[str] = []
    # C++ sees the fake outputs as null devices, so record what each output is told.
    for output in player.findChildren(QAudioOutput):
        monkeypatch.setattr(output, "setDevice", lambda d: targets.append(d.description()))
    with qtbot.waitSignal(player.outputChanged) as blocker:
        devices.switch_to(hdmi)
    assert blocker.args == ["Projector HDMI"]
    assert targets == ["Projector HDMI"] * len(resources.SOUND_NAMES)
    assert len(player.findChildren(QMediaPlayer)) == len(resources.SOUND_NAMES)


def test_unchanged_default_is_left_alone(qtbot, make_player, sounds, hdmi):
    devices = FakeMediaDevices(hdmi)
    player = make_player(sounds, devices)
    with qtbot.assertNotEmitted(player.outputChanged):
        # Another device came or went, but the default is still the same one.
        devices.switch_to(FakeOutput(b"hdmi-0", "Projector HDMI"))


def test_losing_the_output_stops_playing_and_reports_it(qtbot, make_player, sounds, hdmi):
    devices = FakeMediaDevices(hdmi)
    player = make_player(sounds, devices)
    with qtbot.waitSignal(player.outputChanged) as blocker:
        devices.switch_to(QAudioDevice())
    assert blocker.args == [""]
    assert not player.available
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

