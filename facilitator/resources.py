"""Files shipped inside the package: programmes, sounds, translations, the icon, the licence."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["DEFAULT_AGENDA", "ICON_SIZES", "bundled_agendas", "bundled_agenda", "sound_files",
           "i18n_dir", "icon_pngs", "licence_text", "app_version"]

#: The programme `facilitator` opens with no argument.
DEFAULT_AGENDA = "klyngemoede-samarbejde-og-faellesskab.yaml"

SOUND_NAMES = ("warning", "time_up", "overrun", "break_over", "step", "finish")

#: The icon's PNG sizes (rendered from assets/icons/facilitator.svg by tools/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _package(name: str) -> Traversable:
    return resources.files(f"facilitator.{name}")


def bundled_agendas() -> list[Traversable]:
    """The programmes shipped with the app, sorted by file name."""
    return sorted((p for p in _package("agendas").iterdir() if p.name.endswith(".yaml")),
                  key=lambda p: p.name)


def bundled_agenda(name: str = DEFAULT_AGENDA) -> Traversable:
    return _package("agendas").joinpath(name)


@contextlib.contextmanager
def sound_files() -> Iterator[dict[str, Path]]:
    """Real paths of the chimes (QMediaPlayer needs files), valid inside the block."""
    with contextlib.ExitStack() as stack:
        paths: dict[str, Path] = {}
        folder = _package("assets").joinpath("sounds")
        for name in SOUND_NAMES:
            entry = folder.joinpath(f"{name}.wav")
            if entry.is_file():
                paths[name] = stack.enter_context(resources.as_file(entry))
        yield paths


@contextlib.contextmanager
def i18n_dir() -> Iterator[Path]:
    """The folder of compiled translations (.qm)."""
    with resources.as_file(_package("assets").joinpath("i18n")) as path:
        yield path


def icon_pngs() -> dict[int, bytes]:
    """The app icon's PNGs that are shipped, by size in pixels."""
    folder = _package("assets").joinpath("icons")
    pngs = {}
    for size in ICON_SIZES:
        entry = folder.joinpath(f"facilitator-{size}.png")
        if entry.is_file():
            pngs[size] = entry.read_bytes()
    return pngs


def licence_text() -> str:
    """The MIT licence the app is under (assets/LICENSE.txt, a copy of the repository's LICENSE)."""
    return _package("assets").joinpath("LICENSE.txt").read_text(encoding="utf-8")


def app_version() -> str:
    """The installed package's version; facilitator.__version__ where there is no metadata
    (a bundle built without it, or the source tree on sys.path)."""
    from importlib import metadata

    from . import __version__

    try:
        return metadata.version("facilitator")
    except metadata.PackageNotFoundError:
        return __version__
