"""Where the app keeps its files: --data-dir beats FACILITATOR_HOME beats the platform's folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from facilitator.paths import HOME_VARIABLE, resolve_paths


def test_argument_wins_over_environment(tmp_path):
    paths = resolve_paths(tmp_path / "arg", env={HOME_VARIABLE: str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "arg"
    assert paths.origin == "argument"
    assert paths.portable


def test_environment_wins_over_platform(tmp_path):
    paths = resolve_paths(None, env={HOME_VARIABLE: str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"
    assert paths.origin == "environment"


def test_override_keeps_everything_under_one_folder(tmp_path):
    paths = resolve_paths(tmp_path)
    assert paths.sessions_dir == tmp_path / "sessions"
    assert paths.config_dir == tmp_path / "config"
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    for path in (paths.sessions_dir, paths.config_dir, paths.settings_file):
        assert path.is_relative_to(tmp_path)


@pytest.mark.parametrize("value", ["", "   "])
def test_blank_overrides_are_ignored(value):
    paths = resolve_paths(value, env={HOME_VARIABLE: value})
    assert paths.origin == "platform"


def test_platform_folders_from_platformdirs():
    paths = resolve_paths(None, env={})
    assert paths.data_dir == Path(platformdirs.user_data_dir("facilitator", appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir("facilitator", appauthor=False))
    assert paths.sessions_dir == paths.data_dir / "sessions"
    assert not paths.portable


def test_relative_and_home_paths_become_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_paths("stick").data_dir == tmp_path / "stick"
    home = resolve_paths("~/portable").data_dir
    assert home.is_absolute()
    assert "~" not in str(home)


def test_resolving_creates_nothing(tmp_path):
    resolve_paths(tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_paths_are_frozen(tmp_path):
    paths = resolve_paths(tmp_path)
    with pytest.raises(AttributeError):
        paths.data_dir = tmp_path / "other"  # type: ignore[misc]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_apps_folders_are_tightened_with_a_note(tmp_path):
    import stat

    from facilitator.paths import tighten_folders

    home = tmp_path / "stick"
    (home / "sessions").mkdir(parents=True)
    (home / "config").mkdir()
    for folder in (home, home / "sessions", home / "config"):
        folder.chmod(0o777)
    changed = tighten_folders(resolve_paths(home))
    assert changed == [(home / "sessions", 0o777), (home / "config", 0o777)]
    assert stat.S_IMODE((home / "sessions").stat().st_mode) == 0o700
    # A chosen home may be a folder for other things too: it is left as it is.
    assert stat.S_IMODE(home.stat().st_mode) == 0o777
    assert tighten_folders(resolve_paths(home)) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_settings_are_saved_private_under_umask_000(tmp_path):
    import stat

    from facilitator.settings import Settings

    old = os.umask(0)
    try:
        settings = Settings(tmp_path / "config" / "settings.json")
        settings.set("muted", True)
        assert settings.save() is None
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "config").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "config" / "settings.json").stat().st_mode) == 0o600
