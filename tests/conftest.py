"""Test set-up: Qt runs offscreen, before any QApplication exists; CI can refuse audio skips."""

from __future__ import annotations

import os
from collections.abc import Mapping

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Set to 1 (as `.ci/run` does) to make a missing Qt Multimedia fail the run instead of
#: skipping the tests that need it: CI installs the audio libraries, so a skip there
#: would hide a broken install.
REQUIRE_AUDIO = "FACILITATOR_REQUIRE_AUDIO"
#: Test modules that need Qt Multimedia skip with
#: `pytest.importorskip(QT_MULTIMEDIA, exc_type=ImportError)`; the reason names it.
QT_MULTIMEDIA = "PySide6.QtMultimedia"


def audio_skip_failure(skip_reason: str, env: Mapping[str, str]) -> str | None:
    """The failure message a skip becomes, or None when the skip stands.

    Only skips for want of Qt Multimedia turn into failures, and only with
    FACILITATOR_REQUIRE_AUDIO=1 in `env`.
    """
    if env.get(REQUIRE_AUDIO, "") != "1" or QT_MULTIMEDIA not in skip_reason:
        return None
    return (f"{REQUIRE_AUDIO}=1 but Qt Multimedia cannot be loaded "
            f"(install the audio libraries the README names): {skip_reason}")


def _skip_reason(report: pytest.CollectReport | pytest.TestReport) -> str:
    longrepr = report.longrepr
    # A skip's longrepr is (path, line, "Skipped: reason").
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


def _fail_if_audio_required(report: pytest.CollectReport | pytest.TestReport) -> None:
    if not report.skipped:
        return
    message = audio_skip_failure(_skip_reason(report), os.environ)
    if message is not None:
        report.outcome = "failed"
        report.longrepr = message


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    report = yield
    _fail_if_audio_required(report)
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    _fail_if_audio_required(report)
    return report


@pytest.fixture
def translators_restored(qapp):
    """The catalogues a test (or the command it runs) installs in the one test app are
    taken out after it, and the default locale is English again."""
    from PySide6.QtCore import QLocale, QTranslator

    before = set(qapp.findChildren(QTranslator))
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
