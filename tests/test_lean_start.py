"""The running window leaves out what only some commands need (docs/benchmarks.md, "Window").

Each of these was measured in the resident memory of the window a facilitator
runs: OpenSSL (3.8 MiB, through hashlib, or secrets and hmac), html's entity
table, difflib, ctypes (read only by the macOS and Windows clocks), the slide
show programs' adapters, the phone remote's service, the 512-pixel icon.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys
from facilitator.app import compose, begin
from facilitator.cli import app_parser
from facilitator.resources import sound_files

options = app_parser().parse_args(["--data-dir", sys.argv[1], "--start"])
with sound_files() as sounds:
    parts = compose(options, sounds=sounds)
    begin(parts, options)
    parts.window.show()
    parts.app.processEvents()
    icon_sizes = sorted(s.width() for s in parts.app.windowIcon().availableSizes())
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    print(json.dumps({
        "modules": sorted(m for m in ("hashlib", "_hashlib", "hmac", "secrets", "html",
                                      "difflib", "ctypes", "facilitator.remote.access",
                                      "facilitator.remote.service",
                                      "facilitator.slides.impress",
                                      "facilitator.slides.powerpoint",
                                      "facilitator.slides.applescript") if m in sys.modules),
        "libcrypto": "libcrypto" in maps,
        "icon_sizes": icon_sizes,
    }))
    parts.window.shutdown()
"""


@pytest.mark.slow
def test_a_started_meeting_loads_none_of_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["modules"] == []
    assert found["libcrypto"] is False
    assert found["icon_sizes"] and max(found["icon_sizes"]) == 256
