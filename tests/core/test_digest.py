"""The app's SHA-256 gives hashlib's digests, so old journals still match their programmes."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.core.digest import sha256_hex


def test_the_same_digests_as_hashlib() -> None:
    for data in (b"", b"abc", "klyngemøde".encode(), bytes(range(256)) * 1000):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha256_hex(b"abc") == \
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
def test_loading_the_app_and_a_programme_does_not_load_openssl() -> None:
    code = (
        "import sys\n"
        "from facilitator.app import load_programme\n"
        "from facilitator.core import series\n"
        "loaded = load_programme(None)\n"
        "assert len(loaded.sha256) == 64\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('hashlib' in sys.modules, 'libcrypto' in maps)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]
