"""Where the app keeps its files, with one folder override for tests and portable use."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .core.private import tighten_folder

__all__ = ["APP_NAME", "HOME_VARIABLE", "AppPaths", "resolve_paths", "tighten_folders"]

APP_NAME = "facilitator"
HOME_VARIABLE = "FACILITATOR_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files the app reads and writes.

    `origin` says where they came from: "argument" (`--data-dir`),
    "environment" (FACILITATOR_HOME) or "platform" (the user's usual folders).
    Nothing here is created; the writers create what they need.
    """

    data_dir: Path
    config_dir: Path
    sessions_dir: Path
    settings_file: Path
    origin: str

    @property
    def portable(self) -> bool:
        """Everything lives under one chosen folder (a USB stick, a test's tmp_path)."""
        return self.origin != "platform"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  env: Mapping[str, str] | None = None) -> AppPaths:
    """The app's folders: `data_dir` > $FACILITATOR_HOME > the platform's user folders."""
    env = os.environ if env is None else env
    if data_dir is not None and str(data_dir).strip():
        root, origin = Path(data_dir), "argument"
    elif env.get(HOME_VARIABLE, "").strip():
        root, origin = Path(env[HOME_VARIABLE].strip()), "environment"
    else:
        root, origin = None, "platform"

    if root is not None:
        # An overridden home holds the settings too, so a USB stick carries them along.
        data = _absolute(root)
        config = data / "config"
    else:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data_dir=data,
        config_dir=config,
        sessions_dir=data / "sessions",
        settings_file=config / "settings.json",
        origin=origin,
    )


def _absolute(path: Path) -> Path:
    # Absolute now, so a later change of working folder cannot move the journal.
    return Path(os.path.abspath(path.expanduser()))


def tighten_folders(paths: AppPaths) -> list[tuple[Path, int]]:
    """Make the app's own folders 0700 where they are looser; each one changed, with its old mode.

    A folder named with --data-dir or FACILITATOR_HOME may be the user's
    own folder for other things (a USB stick's root, a shared folder): only
    the sessions and config folders inside it are the app's to tighten.
    """
    folders = [paths.sessions_dir, paths.config_dir]
    if not paths.portable:
        folders.insert(0, paths.data_dir)
    changed = []
    for folder in folders:
        old = tighten_folder(folder)
        if old is not None:
            changed.append((folder, old))
    return changed
