"""File ▸ Import…: pasted text becomes blocks, the YAML can be edited, and it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core.agenda_load import load_agenda
from facilitator.ui.import_dialog import ImportDialog

TEXT = """Kursusdag
09.00-09.15 Velkomst
09.15-10.15 Oplæg om data
10.15-10.30 Pause
"""


def test_pasted_text_is_previewed_as_blocks(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    assert dialog.blocks.rowCount() == 0
    with qtbot.waitSignal(dialog.previewed) as blocker:
        dialog.source.setPlainText(TEXT)
        dialog.refresh()  # what the typing pause would trigger
    assert blocker.args == [3]
    assert [dialog.blocks.item(r, 0).text() for r in range(3)] == [
        "Velkomst", "Oplæg om data", "Pause"]
    assert dialog.blocks.item(1, 1).text() == "60 min"
    assert "Velkomst" in dialog.yaml.toPlainText()


def test_text_without_times_says_so(qtbot):
    dialog = ImportDialog(text="bare noget tekst")
    qtbot.addWidget(dialog)
    assert dialog.agenda is None
    assert "Nothing timed found" in dialog.status.text()


def test_edited_yaml_is_checked_and_saved(qtbot, tmp_path):
    dialog = ImportDialog(text=TEXT)
    qtbot.addWidget(dialog)
    edited = dialog.yaml.toPlainText().replace('"Pause"', '"Kaffepause"')
    dialog.yaml.setPlainText(edited)
    assert dialog.blocks.item(2, 0).text() == "Kaffepause"
    dialog.yaml.setPlainText(edited.replace("blocks:", "blokke:"))
    assert dialog.agenda is None
    assert "unknown key" in dialog.status.text()
    dialog.yaml.setPlainText(edited)
    saved = []
    dialog.saved.connect(saved.append)
    target = tmp_path / "kursus.yaml"
    assert dialog.save_to(target)
    assert saved == [str(target)]
    assert [b.title for b in load_agenda(target).blocks][-1] == "Kaffepause"


def test_an_unwritable_target_is_reported(qtbot, tmp_path):
    dialog = ImportDialog(text=TEXT)
    qtbot.addWidget(dialog)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert not dialog.save_to(blocker / "kursus.yaml")
    assert "Cannot save" in dialog.status.text()


PROPOSAL = """Personalemøde (1 1/2 time)

- Velkomst
- Nyt fra klinikken
- Gruppearbejde
  - Runde
  - Fælles drøftelse
- Afrunding
"""


def set_minutes(dialog: ImportDialog, row: int, text: str) -> None:
    """What typing over a block's length in the table does."""
    item = dialog.blocks.item(row, 1)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    item.setText(text)


def test_proposed_minutes_are_shown_edited_in_the_table_and_saved(qtbot, tmp_path):
    dialog = ImportDialog(text=PROPOSAL)
    qtbot.addWidget(dialog)
    assert [dialog.blocks.item(r, 0).text() for r in range(4)] == [
        "Velkomst", "Nyt fra klinikken", "Gruppearbejde", "Afrunding"]
    assert dialog.blocks.item(0, 1).text() == "20 min (proposal)"
    assert dialog.proposal.isVisibleTo(dialog)
    assert "90 min shared out, none left" in dialog.proposal.text()

    set_minutes(dialog, 0, "10")
    assert dialog.blocks.item(0, 1).text() == "10 min (proposal)"
    assert dialog.proposal.text() == "90 min to share out: 10 min left."
    set_minutes(dialog, 2, "50 min (proposal)")  # the cell's own words left in
    assert dialog.proposal.text() == "90 min to share out: 5 min too many."
    set_minutes(dialog, 1, "15")
    assert "none left" in dialog.proposal.text()
    assert "minutes: 50" in dialog.yaml.toPlainText()
    set_minutes(dialog, 3, "et kvarter")
    assert "Cannot read" in dialog.status.text()
    assert dialog.blocks.item(3, 1).text() == "15 min (proposal)"

    target = tmp_path / "personalemoede.yaml"
    assert dialog.save_to(target)
    saved = load_agenda(target)
    assert saved.title == "Personalemøde"
    assert [b.minutes for b in saved.blocks] == [10, 15, 50, 15]
    # The group work's two parts share its new 50 minutes.
    assert [s.minutes for s in saved.blocks[2].steps] == [25, 25]


def test_minutes_follow_the_yaml_once_it_is_edited_by_hand(qtbot):
    dialog = ImportDialog(text=PROPOSAL)
    qtbot.addWidget(dialog)
    dialog.yaml.setPlainText(dialog.yaml.toPlainText().replace("minutes: 20", "minutes: 25", 1))
    assert dialog.blocks.item(0, 1).text() == "25 min"
    assert not dialog.blocks.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.proposal.isVisibleTo(dialog)


def test_clock_anchored_blocks_keep_their_minutes_fixed(qtbot):
    dialog = ImportDialog(text=TEXT)
    qtbot.addWidget(dialog)
    assert not dialog.blocks.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.proposal.isVisibleTo(dialog)


def test_the_preview_names_kinds_in_the_programme_s_language(qtbot):
    """A Danish text previews Danish kinds under English buttons; a text that does not
    tell its language, the interface's (here English)."""
    dialog = ImportDialog(text=TEXT)  # "Velkomst", "Pause": Danish
    qtbot.addWidget(dialog)
    assert dialog.agenda is not None and dialog.agenda.language == "da"
    assert dialog.blocks.item(2, 3).text() == "Pause"
    assert "language: da" in dialog.yaml.toPlainText()
    dialog.source.setPlainText("09.00-09.15 Anna\n09.15-10.15 Bo\n")
    dialog.refresh()
    assert dialog.agenda is not None and dialog.agenda.language is None
    assert "language:" not in dialog.yaml.toPlainText()
    assert dialog.blocks.item(0, 3).text() == "Item"
