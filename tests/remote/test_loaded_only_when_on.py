"""The window loads nothing of the remote's network side until the remote is switched on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, sys
from facilitator.app import compose
from facilitator.cli import app_parser
from facilitator.remote.addresses import LOOPBACK

def loaded():
    return sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork",
                  "PySide6.QtHttpServer", "PySide6.QtWebSockets", "facilitator.remote.tcp",
                  "segno")))

parts = compose(app_parser().parse_args(["--data-dir", sys.argv[1]]), sounds={})
before = loaded()
link = parts.window.remote_link()
made = loaded()
link.start(LOOPBACK, 0)
after = loaded()
link.stop()
print(json.dumps([before, made, after]))
"""


@pytest.mark.slow
def test_network_modules_load_only_when_the_remote_starts(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    before, made, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert before == [] and made == []
    assert "PySide6.QtNetwork" in after and "facilitator.remote.tcp" in after
