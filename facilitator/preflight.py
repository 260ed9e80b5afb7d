"""Before Qt starts: the cases in which it would abort, told in words with the line that fixes them.

Qt's X11 platform plugin needs system libraries that the PySide6 wheels do
not carry (since Qt 6.5, xcb-cursor among them). Without them, or without
any display, creating the QApplication aborts the process (exit 134) with a
message about platform plugins that a facilitator cannot act on. This
module looks first and says which library is missing and the command that
installs it. It stays out of the way when a platform is chosen explicitly
(`--platform`, QT_QPA_PLATFORM) and off Linux, where the wheels carry what
Qt needs.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

__all__ = ["XCB_LIBRARIES", "Finding", "check_display", "missing_xcb_libraries",
           "install_lines", "parse_ldd", "can_open_window"]

#: The libraries Qt's xcb plugin loads, with the Debian/Ubuntu and Fedora packages that
#: carry them.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


@dataclass(frozen=True)
class Finding:
    """Why the window cannot open: `kind` is "no_display" or "missing_libraries"."""

    kind: str
    libraries: tuple[str, ...] = ()


def check_display(
    argv: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    find_missing: Callable[[], list[str]] | None = None,
) -> Finding | None:
    """What would make Qt abort on this machine, or None when the window can open.

    `argv` are the app's own arguments (`--platform NAME` counts as a choice).
    """
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    if env.get("QT_QPA_PLATFORM", "").strip() or "--platform" in argv \
            or any(a.startswith("--platform=") for a in argv):
        return None
    if env.get("WAYLAND_DISPLAY", "").strip():
        return None  # Qt may take Wayland; its plugin's needs come with the desktop
    if not env.get("DISPLAY", "").strip():
        return Finding("no_display")
    missing = (find_missing or missing_xcb_libraries)()
    if missing:
        return Finding("missing_libraries", tuple(missing))
    return None


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_xcb_libraries(
    run: Callable[[list[str]], str] | None = None,
    load: Callable[[str], object] | None = None,
) -> list[str]:
    """The system libraries the xcb plugin needs and this machine lacks.

    Asks `ldd` about the plugin itself where it exists (what the plugin
    really links); elsewhere tries to load each library of XCB_LIBRARIES.
    """
    plugin = _xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is not None and (ldd or run is not None):
        try:
            output = (run or _run)([ldd or "ldd", str(plugin)])
        except (OSError, subprocess.SubprocessError):
            output = None
        if output is not None:
            return parse_ldd(output)
    loader = load or ctypes.CDLL
    missing = []
    for name in XCB_LIBRARIES:
        try:
            loader(name)
        except OSError:
            missing.append(name)
    return missing


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` could not load: "name => not found", or a broken file
    ("error while loading shared libraries: /lib/…/name: file too short")."""
    missing = []
    for line in output.splitlines():
        if "=>" in line and "not found" in line:
            missing.append(line.split("=>")[0].strip())
        elif "error while loading shared libraries:" in line:
            path = line.split("error while loading shared libraries:", 1)[1].split(":")[0]
            missing.append(Path(path.strip()).name)
    return list(dict.fromkeys(missing))


def _run(command: list[str]) -> str:
    # ldd reports a library it cannot load on stderr and one it cannot find on stdout.
    result = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    return result.stdout + result.stderr


def install_lines(libraries: Sequence[str]) -> list[tuple[str, str]]:
    """(system family, command) lines that install `libraries`, known packages only."""
    debian = sorted({XCB_LIBRARIES[n][0] for n in libraries if n in XCB_LIBRARIES})
    fedora = sorted({XCB_LIBRARIES[n][1] for n in libraries if n in XCB_LIBRARIES})
    if not debian:
        return []
    return [("Debian/Ubuntu", "sudo apt-get install " + " ".join(debian)),
            ("Fedora", "sudo dnf install " + " ".join(fedora))]


def can_open_window(argv: Sequence[str], lang: str, err: TextIO) -> bool:
    """The pre-flight check: say why Qt could not open a window, before it aborts."""
    from .cli_words import say

    finding = check_display(argv)
    if finding is None:
        return True
    if finding.kind == "no_display":
        print(say("no_display", lang), file=err)
        return False
    print(say("missing_libraries", lang, libraries=", ".join(finding.libraries)), file=err)
    lines = install_lines(finding.libraries)
    if lines:
        print(say("install_them", lang), file=err)
        for family, command in lines:
            print(f"  {family}: {command}", file=err)
    else:
        print(say("install_unknown", lang), file=err)
    return False
