"""A private Xvfb server for the real-window tests, on a display number it picks itself."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

#: Set to 1 (as `.ci/run` does) to make a missing or broken Xvfb fail the tests that play
#: the window on a real X server instead of skipping them: CI installs Xvfb.
REQUIRE_XVFB = "FACILITATOR_REQUIRE_XVFB"


def _no_xvfb(reason: str) -> None:
    if os.environ.get(REQUIRE_XVFB, "") == "1":
        pytest.fail(f"{REQUIRE_XVFB}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def xvfb_display(size: str = "1280x800x24", *extra: str) -> Iterator[str]:
    """Start Xvfb, yield its DISPLAY (":N"), stop it; skips the test when there is none
    (fails instead with FACILITATOR_REQUIRE_XVFB=1)."""
    if shutil.which("Xvfb") is None:
        _no_xvfb("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp", *extra],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait(timeout=10)
        _no_xvfb("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
