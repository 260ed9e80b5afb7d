"""The remote's tests: the headless Chromium fixtures (tests/remote/chromium.py)."""

from __future__ import annotations

from tests.remote.chromium import browser, chromium  # noqa: F401 - fixtures for the modules
