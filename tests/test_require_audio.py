"""The switch that makes CI fail, rather than skip, when Qt Multimedia cannot be loaded."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import REQUIRE_AUDIO, audio_skip_failure

ROOT = Path(__file__).resolve().parents[1]
AUDIO_SKIP = ("could not import 'PySide6.QtMultimedia': libpulse.so.0: cannot open "
              "shared object file: No such file or directory")


def test_without_the_switch_an_audio_skip_stays_a_skip():
    assert audio_skip_failure(AUDIO_SKIP, {}) is None
    assert audio_skip_failure(AUDIO_SKIP, {REQUIRE_AUDIO: "0"}) is None
    assert audio_skip_failure(AUDIO_SKIP, {REQUIRE_AUDIO: ""}) is None


def test_with_the_switch_an_audio_skip_fails_and_says_why():
    message = audio_skip_failure(AUDIO_SKIP, {REQUIRE_AUDIO: "1"})
    assert message is not None
    assert REQUIRE_AUDIO in message and "libpulse.so.0" in message


def test_the_switch_leaves_other_skips_alone():
    assert audio_skip_failure("needs /dev/full", {REQUIRE_AUDIO: "1"}) is None
    assert audio_skip_failure("Xvfb is not installed", {REQUIRE_AUDIO: "1"}) is None


def test_ci_sets_the_switch():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert f"export {REQUIRE_AUDIO}=1" in lines
