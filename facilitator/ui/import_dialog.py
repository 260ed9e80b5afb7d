"""File ▸ Import…: paste a programme as text, see the blocks it gives, edit, save as YAML."""

from __future__ import annotations

import re
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
from ..core.durations import DurationError, parse_duration
from ..core.importer import ImportResult, ProgrammeImportError, import_text
from ..core.messages import os_reason
from ..messages_text import installed as message_text
from .fit import ScreenFit, fit_window
from .programme_words import programme_words
from .text import minutes_text

__all__ = ["ImportDialog"]

#: Wait this long after the last keystroke before importing again.
PREVIEW_DELAY_MS = 300


# The blocks table's columns.
TITLE, LENGTH, SLIDES, KIND, STEPS = range(5)


class ImportDialog(QDialog):
    """Text in on the left; on the right the blocks found, the warnings and the YAML.

    The YAML can be edited before saving; the blocks table then follows the
    edited YAML. A block's minutes can be changed in the table (double-click
    or type over the length) while the YAML is the import's own; when the
    import proposed minutes from a stated length, the line above the table
    says how many of them are left to share out. Saving writes the YAML and
    hands its path to the caller.

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
        self.imported: ImportResult | None = None  # the import, while the YAML is its own
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
        self.blocks.setObjectName("importBlocks")
        self.blocks.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                    | QTableWidget.EditTrigger.EditKeyPressed
                                    | QTableWidget.EditTrigger.AnyKeyPressed)
        self.blocks.itemChanged.connect(self._minutes_edited)
        self.blocks.verticalHeader().setVisible(False)
        header = self.blocks.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        blocks_page = QWidget()
        blocks_layout = QVBoxLayout(blocks_page)
        blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.proposal = QLabel()
        self.proposal.setObjectName("proposal")
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        self.proposal.setWordWrap(True)
        self.proposal.hide()
        blocks_layout.addWidget(self.proposal)
        blocks_layout.addWidget(self.blocks)
        self.tabs.addTab(blocks_page, self.tr("Blocks"))
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
        self.imported = None
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
        self._show_result(result)

    def _show_result(self, result: ImportResult) -> None:
        self.imported = result
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
        proposed = {i for p in self.imported.proposals for i in p.proposed} \
            if self.imported is not None else set()
        self.blocks.blockSignals(True)
        self.blocks.setRowCount(len(blocks))
        for row, block in enumerate(blocks):
            length = minutes_text(block.minutes) if block.timed else words.untimed()
            if row in proposed:
                length = self.tr("%1 (proposal)").replace("%1", length)
            cells = [block.title, length,
                     str(block.slides).replace("-", "–") if block.slides else "",
                     words.kind(block.kind), str(len(block.steps)) if block.steps else ""]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                if column == LENGTH and self._minutes_editable(row):
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setToolTip(self.tr("Type the minutes to change them"))
                item.setFlags(flags)
                self.blocks.setItem(row, column, item)
        self.blocks.blockSignals(False)
        self._show_proposal()
        self.tabs.setTabText(2, self.tr("Warnings (%1)").replace(
            "%1", str(self.warnings.count())))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(agenda is not None)
        if agenda is not None:
            self.status.setText(self.tr("%1: %2 blocks, %3").replace("%1", agenda.title)
                                .replace("%2", str(len(agenda.blocks)))
                                .replace("%3", minutes_text(agenda.total_minutes)))
        self.previewed.emit(len(blocks))

    def _minutes_editable(self, row: int) -> bool:
        """Minutes can be typed while the YAML is the import's own, for blocks that are not
        set by their clock times."""
        if self.imported is None:
            return False
        block = self.imported.mapping["blocks"][row]
        return "until" not in block and "at" not in block

    def _show_proposal(self) -> None:
        """How much of each stated length is left to share out, or shared out too much."""
        result = self.imported
        if result is None or not result.proposals:
            self.proposal.hide()
            return
        lines = []
        for proposal in result.proposals:
            left = result.left_to_share(proposal)
            total = minutes_text(proposal.total)
            if abs(left) < 0.01:
                line = self.tr("The minutes are a proposal: %1 shared out, none left. "
                               "Type over a length to change it.")
            elif left > 0:
                line = self.tr("%1 to share out: %2 left.").replace(
                    "%2", minutes_text(left))
            else:
                line = self.tr("%1 to share out: %2 too many.").replace(
                    "%2", minutes_text(-left))
            lines.append(line.replace("%1", total))
        self.proposal.setText("\n".join(lines))
        self.proposal.show()

    def _minutes_edited(self, item: QTableWidgetItem) -> None:
        """The facilitator typed a block's minutes: the programme and its YAML follow."""
        if item.column() != LENGTH or self.imported is None:
            return
        # What the cell showed may still be there: "15 min (proposal)".
        text = re.sub(r"\([^()]*\)\s*$", "", item.text()).strip()
        try:
            minutes = parse_duration(text) if text else 0.0
            result = self.imported.with_minutes(item.row(), minutes if minutes > 0 else None)
        except (DurationError, AgendaError):
            self._show_agenda(self.agenda)
            self.status.setText(self.tr("Cannot read %1 as minutes").replace("%1", repr(text)))
            return
        self._show_result(result)

    def _yaml_edited(self) -> None:
        if self.yaml.toPlainText() != self._yaml_from_import:
            self.imported = None  # the table now follows the YAML as typed
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
