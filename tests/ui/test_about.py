"""The About dialog: version, data folder (opened or copied), licence as plain text, versions."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QGuiApplication

from facilitator import __version__
from facilitator.resources import app_version, licence_text
from facilitator.ui.about import AboutDialog, AboutFacts, about_facts

ROOT = Path(__file__).resolve().parents[2]


def facts(data_dir: Path | None, licence: str = "MIT License\n<b>not bold</b>") -> AboutFacts:
    return AboutFacts(version="9.8.7", data_dir=data_dir, licence=licence, qt="6.x",
                      pyside="6.y", python="3.z")


def test_the_facts_come_from_the_package_and_the_running_qt(tmp_path):
    found = about_facts(tmp_path)
    assert found.version == app_version() == __version__  # the metadata and the code agree
    assert found.qt == qVersion() and found.pyside == PySide6.__version__
    assert found.licence.startswith("MIT License")
    assert found.data_dir == tmp_path


def test_the_shipped_licence_is_the_repositorys():
    assert licence_text() == (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_dialog_shows_the_facts_and_opens_and_copies_the_folder(qtbot, tmp_path):
    opened: list[QUrl] = []
    dialog = AboutDialog(facts(tmp_path), open_url=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == "Version 9.8.7"
    assert dialog.versions_label.text() == "Qt 6.x · PySide6 6.y · Python 3.z"
    assert dialog.data_dir_field.text() == str(tmp_path)
    assert dialog.data_dir_field.isReadOnly()
    # The licence is text, never markup.
    assert dialog.licence_view.toPlainText() == "MIT License\n<b>not bold</b>"
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(tmp_path)
    assert dialog.copy_button.text() == "Copied"
    assert not dialog.icon_label.pixmap().isNull()


def test_a_folder_not_made_yet_cannot_be_opened_but_can_be_copied(qtbot, tmp_path):
    dialog = AboutDialog(facts(tmp_path / "not-yet"), open_url=lambda url: None)
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    assert "first meeting" in dialog.open_button.toolTip()
    assert dialog.copy_button.isEnabled()
