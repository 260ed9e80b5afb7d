"""Scenario set-up: each scenario gets a data folder of its own and the English catalogue."""

from __future__ import annotations

import pytest

from facilitator.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    install_translators(qapp, "en")
    yield


@pytest.fixture
def home(tmp_path):
    """The facilitator's data folder (FACILITATOR_HOME) for this scenario."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def danish(translators_restored):
    """The app in Danish (--lang da), as the GP running the meeting reads it; English after."""
    yield
