"""SHA-256 of the programme and folder names, without loading OpenSSL: 3.8 MiB of the window.

`hashlib` imports `_hashlib` as it loads, and that maps OpenSSL's libcrypto
into the process: about 3.8 MiB resident for one hash of a few kilobytes at
start-up (docs/benchmarks.md, "Window"). CPython ships its own SHA-256 as a
small extension module, `_sha256` up to 3.11 and `_sha2` from 3.12, which
`hashlib` itself falls back to; the standard library's `random` takes
`_sha512` the same way for the same reason. The digests are the same bytes
(tests/core/test_digest.py); a Python built without those modules gets
`hashlib`'s.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["sha256_hex"]


def _constructor() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):  # Python 3.12 and later; 3.10 and 3.11
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    from hashlib import sha256

    return sha256


_sha256 = _constructor()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of `data` as 64 lowercase hex digits, as hashlib.sha256 gives it."""
    return str(_sha256(data).hexdigest())
