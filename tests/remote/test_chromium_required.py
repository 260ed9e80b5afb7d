"""Without Chromium the browser tests skip here, and fail where CI requires them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.remote.chromium import REQUIRE_CHROMIUM, no_chromium

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_chromium_skips_here_and_fails_where_required(monkeypatch):
    monkeypatch.delenv(REQUIRE_CHROMIUM, raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is missing"):
        no_chromium("/usr/bin/chromium is missing")
    monkeypatch.setenv(REQUIRE_CHROMIUM, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_CHROMIUM}=1 but /usr/bin"):
        no_chromium("/usr/bin/chromium is missing")


def test_ci_installs_chromium_and_refuses_to_skip_it():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE_CHROMIUM}=1" in ci
    assert "chromium chromium-driver" in ci
