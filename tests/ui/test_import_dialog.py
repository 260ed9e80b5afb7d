"""File ▸ Import…: pasted text becomes blocks, the YAML can be edited, and it is saved."""

from __future__ import annotations

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
