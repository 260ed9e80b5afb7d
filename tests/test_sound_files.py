"""The chime files and their generator (no audio library needed to check them)."""

from __future__ import annotations

import importlib.util
import math
import sys
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from facilitator import resources

ROOT = Path(__file__).resolve().parents[1]
FULL_SCALE = 32_768


@pytest.fixture
def sounds() -> Iterator[dict[str, Path]]:
    with resources.sound_files() as paths:
        yield paths


def _samples(path: Path) -> array:
    with wave.open(str(path), "rb") as wav:
        return array("h", wav.readframes(wav.getnframes()))


def _peak_dbfs(path: Path) -> float:
    return 20 * math.log10(max(abs(s) for s in _samples(path)) / FULL_SCALE)


def _load_make_sounds(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # tools/ is a folder of scripts, not a package: load the generator by path. It
    # must sit in sys.modules while it runs, or its dataclasses cannot resolve types.
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_every_chime_is_shipped(sounds):
    assert set(sounds) == set(resources.SOUND_NAMES)


@pytest.mark.parametrize("name", resources.SOUND_NAMES)
def test_chime_is_short_mono_16_bit_pcm(sounds, name):
    with wave.open(str(sounds[name]), "rb") as wav:
        assert wav.getcomptype() == "NONE"
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == 44_100
        assert 0.3 <= wav.getnframes() / wav.getframerate() <= 1.5


@pytest.mark.parametrize("name", resources.SOUND_NAMES)
def test_chime_does_not_clip_or_click(sounds, name):
    samples = _samples(sounds[name])
    assert _peak_dbfs(sounds[name]) <= -1.0
    # Starting and ending at silence is what keeps the speaker from popping.
    assert abs(samples[0]) <= 1 and abs(samples[-1]) <= 1


def test_step_is_the_quietest_chime(sounds):
    peaks = {name: _peak_dbfs(path) for name, path in sounds.items()}
    assert peaks["step"] <= -18.0
    assert all(peak > peaks["step"] for name, peak in peaks.items() if name != "step")


def test_make_sounds_reproduces_the_committed_files(monkeypatch, tmp_path, sounds):
    written = _load_make_sounds(monkeypatch).write_sounds(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{n}.wav" for n in resources.SOUND_NAMES)
    for path in written:
        assert path.read_bytes() == sounds[path.stem].read_bytes(), (
            f"{path.name} differs from assets/sounds: run tools/make_sounds.py"
        )
