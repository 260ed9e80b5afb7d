"""The pre-flight check: a missing X library or no display is said in words, not a Qt abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.preflight import (
    XCB_LIBRARIES,
    check_display,
    install_lines,
    missing_xcb_libraries,
    parse_ldd,
)

from .ui.xvfb import xvfb_display

LDD_WITHOUT_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f10)
\tlibxkbcommon-x11.so.0 => not found
"""


def test_ldd_output_names_the_missing_libraries():
    assert parse_ldd(LDD_WITHOUT_CURSOR) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    broken = ("libqxcb.so: error while loading shared libraries: "
              "/lib/x86_64-linux-gnu/libxcb-cursor.so.0: file too short\n")
    assert parse_ldd(broken) == ["libxcb-cursor.so.0"]


def test_without_ldd_each_library_is_tried():
    tried = []

    def load(name):
        tried.append(name)
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file")

    def no_ldd(command):
        raise OSError("no ldd")

    assert missing_xcb_libraries(run=no_ldd, load=load) == ["libxcb-cursor.so.0"]
    assert tried == list(XCB_LIBRARIES)


def test_install_lines_name_the_packages_of_each_family():
    assert install_lines(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]) == [
        ("Debian/Ubuntu", "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0"),
        ("Fedora", "sudo dnf install libxkbcommon-x11 xcb-util-cursor"),
    ]
    assert install_lines(["libunknown.so.3"]) == []


@pytest.mark.parametrize("env, argv", [
    ({"QT_QPA_PLATFORM": "offscreen"}, []),
    ({}, ["--platform", "offscreen"]),
    ({}, ["--platform=offscreen"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, []),
])
def test_an_explicit_platform_or_wayland_is_left_alone(env, argv):
    def must_not_look():
        raise AssertionError("looked for X libraries")

    assert check_display(argv, env, "linux", must_not_look) is None


def test_windows_and_macos_carry_what_qt_needs():
    assert check_display([], {}, "win32") is None
    assert check_display([], {}, "darwin") is None


def test_no_display_and_missing_libraries_are_findings():
    assert check_display([], {}, "linux").kind == "no_display"
    finding = check_display([], {"DISPLAY": ":0"}, "linux", lambda: ["libxcb-cursor.so.0"])
    assert finding.kind == "missing_libraries"
    assert finding.libraries == ("libxcb-cursor.so.0",)
    assert check_display([], {"DISPLAY": ":0"}, "linux", lambda: []) is None


def test_the_message_says_what_and_the_line_that_installs_it(monkeypatch, capsys):
    monkeypatch.setattr("facilitator.preflight.sys.platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr("facilitator.preflight.missing_xcb_libraries",
                        lambda: ["libxcb-cursor.so.0"])
    assert main(["--lang", "da"]) == 1
    err = capsys.readouterr().err
    assert "mangler disse systembiblioteker: libxcb-cursor.so.0" in err
    assert "Debian/Ubuntu: sudo apt-get install libxcb-cursor0" in err
    assert "Fedora: sudo dnf install xcb-util-cursor" in err


def _env_without_display(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


@pytest.mark.slow
def test_the_real_app_without_a_display_exits_1_with_words(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--lang", "en"],
        env=_env_without_display(FACILITATOR_HOME=str(tmp_path)),
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "there is no display" in result.stderr
    assert "--platform offscreen" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_platform_offscreen_stays_out_of_the_way(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--platform", "offscreen"],
        env=_env_without_display(FACILITATOR_HOME=str(tmp_path), FACILITATOR_QUIT_AFTER_MS="300"),
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
@pytest.mark.xvfb
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None
                    or not sys.platform.startswith("linux"),
                    reason="hides a system library in a private mount namespace (root only)")
def test_a_hidden_xcb_cursor_library_is_named_instead_of_qt_aborting(tmp_path):
    """libxcb-cursor0 missing, as on a fresh Debian 12: Qt alone aborts (134); the app says why."""
    library = Path("/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    if not library.exists():
        pytest.skip("libxcb-cursor0 is not installed here")
    real = library.resolve()
    with xvfb_display("1024x768x24") as display:
        env = _env_without_display(DISPLAY=display, FACILITATOR_HOME=str(tmp_path),
                                   FACILITATOR_QUIT_AFTER_MS="300")
        script = (f"mount --bind /dev/null {real} && "
                  f"{sys.executable} -c 'from PySide6.QtWidgets import QApplication; "
                  f"QApplication([])'; echo \"qt=$?\"; "
                  f"{sys.executable} -m facilitator --lang en")
        result = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env,
                                capture_output=True, text=True, timeout=120)
    if result.stderr.startswith(("unshare: ", "mount: ")) and "qt=" not in result.stdout:
        # In a chroot (root is not a mount point) no private mount namespace can be made.
        pytest.skip(f"no private mount namespace here: {result.stderr.strip()}")
    assert "qt=134" in result.stdout, result.stderr
    assert result.returncode == 1
    assert "needs system libraries that are missing: libxcb-cursor.so.0" in result.stderr
    assert "sudo apt-get install libxcb-cursor0" in result.stderr
    assert "Traceback" not in result.stderr
