"""File ▸ Import…: paste a programme as text, see the blocks it gives, edit, save as YAML."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import Agenda, AgendaError
from ..core.agenda_load import load_agenda_text
from ..core.importer import ProgrammeImportError, import_text
from ..core.messages import os_reason
from ..messages_text import installed as message_text
from .fit import ScreenFit, fit_window
from .programme_words import programme_words
from .text import minutes_text

__all__ = ["ImportDialog"]

#: Wait this long after the last keystroke before importing again.
PREVIEW_DELAY_MS = 300


class ImportDialog(QDialog):
    """Text in on the left; on the right the blocks found, the warnings and the YAML.

    The YAML can be edited before saving; the blocks table then follows the
    edited YAML. Saving writes the YAML and hands its path to the caller.

    Signals:
        previewed(int): the preview was redone; the number of blocks found (0: none).
        saved(str): the programme was written to this path.
    """

    previewed = Signal(int)
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a programme"))
        fit_window(self, QSize(1100, 700))
        ScreenFit(self)
        self.agenda: Agenda | None = None
        self._yaml_from_import = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Paste the programme as the organisers sent it: clock times, "
                              "lengths such as \"Tid: 10 min.\", slides, bullets."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.source = QPlainTextEdit()
        self.source.setPlaceholderText(self.tr("09.00-09.15 Welcome\n09.15-10.15 Talk\n…"))
        self.source.textChanged.connect(self._timer.start)
        splitter.addWidget(self.source)

        self.tabs = QTabWidget()
        self.blocks = QTableWidget(0, 5)
        self.blocks.setHorizontalHeaderLabels([self.tr("Block"), self.tr("Length"),
                                               self.tr("Slides"), self.tr("Kind"),
                                               self.tr("Steps")])
        self.blocks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.blocks.verticalHeader().setVisible(False)
        header = self.blocks.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.blocks, self.tr("Blocks"))
        self.yaml = QPlainTextEdit()
        self.yaml.textChanged.connect(self._yaml_edited)
        self.tabs.addTab(self.yaml, self.tr("YAML (editable)"))
        self.warnings = QListWidget()
        self.tabs.addTab(self.warnings, self.tr("Warnings"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([480, 620])
        layout.addWidget(splitter, 1)

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file_and_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.source.setPlainText(text)
        self.refresh()

    # ------------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Import the pasted text again and show what it gives."""
        self._timer.stop()
        text = self.source.toPlainText()
        self.warnings.clear()
        if not text.strip():
            self._show(None, "")
            self.status.setText(self.tr("Paste a programme on the left."))
            return
        try:
            result = import_text(text, source=self.tr("pasted text"))
        except ProgrammeImportError as exc:
            self._show(None, "")
            self.status.setText(self.tr("Nothing timed found yet: %1").replace(
                "%1", message_text()(exc.message)))
            return
        said = message_text()
        for warning in result.warnings:
            self.warnings.addItem(said.diagnostic(warning))
        self._yaml_from_import = result.to_yaml()
        self._show(result.agenda, self._yaml_from_import)

    def _show(self, agenda: Agenda | None, yaml_text: str) -> None:
        self.yaml.blockSignals(True)
        self.yaml.setPlainText(yaml_text)
        self.yaml.blockSignals(False)
        self._show_agenda(agenda)

    def _show_agenda(self, agenda: Agenda | None) -> None:
        self.agenda = agenda
        blocks = agenda.blocks if agenda else ()
        words = programme_words(agenda)
        self.blocks.setRowCount(len(blocks))
        for row, block in enumerate(blocks):
            cells = [block.title,
                     minutes_text(block.minutes) if block.timed else words.untimed(),
                     str(block.slides).replace("-", "–") if block.slides else "",
                     words.kind(block.kind), str(len(block.steps)) if block.steps else ""]
            for column, value in enumerate(cells):
                self.blocks.setItem(row, column, QTableWidgetItem(value))
        self.tabs.setTabText(2, self.tr("Warnings (%1)").replace(
            "%1", str(self.warnings.count())))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(agenda is not None)
        if agenda is not None:
            self.status.setText(self.tr("%1: %2 blocks, %3").replace("%1", agenda.title)
                                .replace("%2", str(len(agenda.blocks)))
                                .replace("%3", minutes_text(agenda.total_minutes)))
        self.previewed.emit(len(blocks))

    def _yaml_edited(self) -> None:
        try:
            agenda = load_agenda_text(self.yaml.toPlainText(), source="YAML")
        except AgendaError as exc:
            self._show_agenda(None)
            self.status.setText(message_text().diagnostics(exc.diagnostics))
            return
        self._show_agenda(agenda)

    # ------------------------------------------------------------------ saving

    def choose_file_and_save(self) -> None:
        suggested = (self.agenda.title if self.agenda else "programme").replace("/", "-")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the programme"),
                                              f"{suggested}.yaml",
                                              self.tr("Programmes (*.yaml *.yml)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Write the (possibly edited) YAML; the dialog closes when it is written."""
        if self.agenda is None:
            return False
        try:
            path.write_text(self.yaml.toPlainText(), encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Cannot save %1: %2").replace("%1", str(path))
                                .replace("%2", message_text()(os_reason(exc))))
            return False
        self.saved.emit(str(path))
        self.accept()
        return True
