"""The About dialog (Help ▸ About facilitator): version, data folder, licence, Qt and Python."""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..paths import APP_NAME
from ..resources import app_version, licence_text
from .icon import app_icon
from .widgets import plain_label

__all__ = ["AboutFacts", "AboutDialog", "about_facts"]


@dataclass(frozen=True)
class AboutFacts:
    """What the dialog says: found once by about_facts, or given by a test."""

    version: str
    data_dir: Path | None  # None: a window opened without one (some tests)
    licence: str
    qt: str
    pyside: str
    python: str


def about_facts(data_dir: Path | None) -> AboutFacts:
    return AboutFacts(version=app_version(), data_dir=data_dir, licence=licence_text(),
                      qt=qVersion(), pyside=PySide6.__version__,
                      python=platform.python_version())


class AboutDialog(QDialog):
    """The app's name and icon, its version, the data folder (open it or copy its path),
    the licence as plain text, and the Qt, PySide6 and Python it runs on.

    `open_url` opens the folder (QDesktopServices.openUrl unless a test passes
    its own).
    """

    def __init__(self, facts: AboutFacts, parent: QWidget | None = None,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About facilitator"))
        self._facts = facts
        self._open_url = open_url
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        self.icon_label = QLabel()
        self.icon_label.setObjectName("aboutIcon")
        self.icon_label.setPixmap(app_icon().pixmap(128, 128))
        head.addWidget(self.icon_label)
        words = QVBoxLayout()
        words.addWidget(plain_label(APP_NAME, 20, bold=True))
        self.version_label = plain_label(self.tr("Version %1").replace("%1", facts.version))
        self.version_label.setObjectName("aboutVersion")
        words.addWidget(self.version_label)
        words.addWidget(plain_label(self.tr("A meeting timer for the person who runs the "
                                            "meeting.")))
        words.addStretch(1)
        head.addLayout(words, 1)
        layout.addLayout(head)

        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Data folder:")), 0, 0)
        self.data_dir_field = QLineEdit(str(facts.data_dir or "—"))
        self.data_dir_field.setObjectName("aboutDataDir")
        self.data_dir_field.setReadOnly(True)
        self.data_dir_field.setCursorPosition(0)
        self.data_dir_field.setMinimumWidth(360)
        grid.addWidget(self.data_dir_field, 0, 1)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setObjectName("aboutOpenFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button = QPushButton(self.tr("Copy path"))
        self.copy_button.setObjectName("aboutCopyPath")
        self.copy_button.clicked.connect(self.copy_path)
        self.copy_button.setEnabled(facts.data_dir is not None)
        if facts.data_dir is None or not facts.data_dir.is_dir():
            self.open_button.setEnabled(False)
            self.open_button.setToolTip(self.tr("Not made yet: the first meeting makes it."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        grid.addLayout(buttons, 0, 2)
        grid.addWidget(plain_label(self.tr("Runs on:")), 1, 0)
        self.versions_label = plain_label(
            f"Qt {facts.qt} · PySide6 {facts.pyside} · Python {facts.python}")
        self.versions_label.setObjectName("aboutVersions")
        # Selectable, for a bug report.
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.versions_label, 1, 1, 1, 2)
        layout.addLayout(grid)

        layout.addWidget(plain_label(self.tr("Licence (MIT):")))
        self.licence_view = QPlainTextEdit()
        self.licence_view.setObjectName("aboutLicence")
        self.licence_view.setReadOnly(True)
        self.licence_view.setPlainText(facts.licence)
        self.licence_view.setMinimumHeight(180)
        layout.addWidget(self.licence_view, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(640, 520)

    def open_folder(self) -> None:
        """The data folder in the system's file manager."""
        if self._facts.data_dir is not None:
            self._open_url(QUrl.fromLocalFile(str(self._facts.data_dir)))

    def copy_path(self) -> None:
        if self._facts.data_dir is not None:
            QGuiApplication.clipboard().setText(str(self._facts.data_dir))
            self.copy_button.setText(self.tr("Copied"))
