"""UI test set-up: the English catalogue is installed, as the app always does."""

from __future__ import annotations

import pytest

from facilitator.ui.i18n import install_translators


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    # The English source texts say "minute(s)"; the English catalogue supplies
    # the singular and plural forms the app shows.
    install_translators(qapp, "en")
    yield
