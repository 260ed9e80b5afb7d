"""CI's switch that turns a missing Xvfb from a skip into a failure."""

from __future__ import annotations

import pytest

from tests.ui import xvfb


def test_without_the_switch_a_missing_xvfb_skips(monkeypatch):
    monkeypatch.delenv(xvfb.REQUIRE_XVFB, raising=False)
    monkeypatch.setattr(xvfb.shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="Xvfb is not installed"):
        with xvfb.xvfb_display():
            pass


def test_with_the_switch_a_missing_xvfb_fails(monkeypatch):
    monkeypatch.setenv(xvfb.REQUIRE_XVFB, "1")
    monkeypatch.setattr(xvfb.shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="FACILITATOR_REQUIRE_XVFB=1 but Xvfb is not"):
        with xvfb.xvfb_display():
            pass
