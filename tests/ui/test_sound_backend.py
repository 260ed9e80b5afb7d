"""The sound output behind its interface: silence without Qt Multimedia, and what the app shows."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from facilitator.app import SoundControl
from facilitator.settings import Settings
from facilitator.ui.i18n import install_translators
from facilitator.ui.preferences import PreferencesDialog
from facilitator.ui.sound import NoSound, Pcm, Unavailable, decode_wav, describe_unavailable
from facilitator.ui.sound_output import open_sound_backend

from .fake_audio import FakeAudio

ROOT = Path(__file__).resolve().parents[2]


def test_without_qt_multimedia_the_output_is_silent_with_one_log_line(monkeypatch, caplog):
    # None in sys.modules makes `import PySide6.QtMultimedia` raise ImportError, as a
    # missing libpulse.so.0 does; the player module must be imported afresh to see it.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.delitem(sys.modules, "facilitator.ui.sound_player", raising=False)
    with caplog.at_level(logging.DEBUG):
        backend = open_sound_backend({})
    assert isinstance(backend, NoSound)
    assert backend.unavailable is Unavailable.NO_LIBRARY
    assert "PySide6.QtMultimedia" in backend.detail
    assert backend.play("warning") is False
    [record] = caplog.records
    assert record.levelno == logging.WARNING and record.exc_info is None
    assert "\n" not in record.getMessage()


def test_the_notice_and_the_reason_say_what_is_missing():
    assert describe_unavailable(None) == ("", "")
    notice, reason = describe_unavailable(Unavailable.NO_OUTPUT)
    assert notice == "Sounds are off: no audio output — the flash still shows"
    assert "come back when one is connected" in reason
    notice_lib, reason_lib = describe_unavailable(Unavailable.NO_LIBRARY, "libpulse.so.0: gone")
    assert notice_lib == notice
    assert "libpulse.so.0: gone" in reason_lib


def test_sound_control_tells_its_watchers_when_the_output_comes_and_goes(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.set("volume", 0.3)
    audio = FakeAudio(device=None)
    control = SoundControl({}, settings, audio)
    seen: list[Unavailable | None] = []
    control.watch(lambda: seen.append(control.unavailable()[0]))
    assert control.unavailable() == (Unavailable.NO_OUTPUT, "")
    assert audio.volume == 0.3
    assert control.play("warning") is False
    audio.connect()
    assert control.play("warning") is True
    audio.disconnect()
    assert seen == [None, Unavailable.NO_OUTPUT]
    assert audio.played == ["warning"]


def test_sound_control_is_quietly_available_until_the_output_loads(tmp_path):
    control = SoundControl({}, Settings(tmp_path / "settings.json"))
    assert control.unavailable() == (None, "")
    assert control.play("warning") is False


def test_preferences_show_sounds_unavailable_and_keep_the_choice(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    reason = describe_unavailable(Unavailable.NO_OUTPUT)[1]
    dialog = PreferencesDialog(settings, sound_unavailable=reason)
    qtbot.addWidget(dialog)
    assert not dialog.sounds.isEnabled()
    assert dialog.sounds.isChecked()  # the choice stands for when an output comes
    assert dialog.sounds.toolTip() == reason
    assert not dialog.sounds_unavailable.isHidden()
    assert dialog.sounds_unavailable.text() == reason
    assert dialog.apply() == []


def test_preferences_with_sound_say_nothing_about_it(qtbot, tmp_path):
    dialog = PreferencesDialog(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    assert dialog.sounds.isEnabled()
    assert dialog.sounds_unavailable.isHidden()


def test_the_notice_in_danish(qapp):
    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, "da")
    try:
        notice, reason = describe_unavailable(Unavailable.NO_OUTPUT)
        assert notice == "Lyde er slået fra: ingen lydudgang — blinket vises stadig"
        assert reason.startswith("Ikke tilgængelig: der er ingen lydudgang.")
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.mark.slow
def test_the_app_without_qt_multimedia_runs_a_meeting_with_one_line_on_stderr(tmp_path):
    """The real `facilitator` on a machine where Qt Multimedia cannot load (no libpulse)."""
    blocker = tmp_path / "no_audio"
    blocker.mkdir()
    # Python runs sitecustomize at start-up: the import fails as a missing libpulse makes it.
    (blocker / "sitecustomize.py").write_text(
        "import sys\nsys.modules['PySide6.QtMultimedia'] = None\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(PYTHONPATH=os.pathsep.join([str(blocker), str(ROOT)]),
               QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(tmp_path / "home"),
               FACILITATOR_QUIT_AFTER_MS="1500")
    result = subprocess.run([sys.executable, "-m", "facilitator", "--start", "--speed", "60"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("sounds are off: Qt Multimedia cannot be loaded (")
    assert list((tmp_path / "home" / "sessions").glob("*.jsonl"))


def _write_wav(path: Path, width: int, frames: bytes, rate: int = 22050, channels: int = 2) -> Path:
    import wave

    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(frames)
    return path


def test_a_wav_is_decoded_to_its_samples_and_format(tmp_path):
    frames = bytes(range(256)) * 4  # 1024 bytes: 256 stereo 16-bit frames
    pcm = decode_wav(_write_wav(tmp_path / "c.wav", 2, frames))
    assert pcm == Pcm(sample_rate=22050, channels=2, sample_width=2, frames=frames)
    assert pcm.seconds == pytest.approx(256 / 22050)


def test_a_wav_that_cannot_play_is_left_out_with_one_log_line(tmp_path, caplog):
    (tmp_path / "junk.wav").write_bytes(b"not a wav at all")
    with caplog.at_level(logging.WARNING):
        assert decode_wav(_write_wav(tmp_path / "c24.wav", 3, b"\0" * 12)) is None
        assert decode_wav(_write_wav(tmp_path / "empty.wav", 2, b"")) is None
        assert decode_wav(tmp_path / "junk.wav") is None
        assert decode_wav(tmp_path / "gone.wav") is None
    assert [r.getMessage().split(" ")[1] for r in caplog.records] == [
        "c24.wav", "empty.wav", "junk.wav", "gone.wav"]
    assert all(r.exc_info is None for r in caplog.records)
