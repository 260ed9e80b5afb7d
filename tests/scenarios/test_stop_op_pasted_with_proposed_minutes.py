"""A Danish GP pastes the "Stop op" workshop's text (seed 001, as it came) into Import from
text…, adjusts the minutes the import proposed from "1 1/2 time", saves and runs it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.core.agenda_load import load_agenda
from facilitator.core.clock import FakeClock
from facilitator.ui.import_dialog import ImportDialog

from .harness import ROOT, App, at

# Offscreen, showing a dialog makes Qt warn about size hints it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

SEED = ROOT / "tests" / "data" / "seeds" / "001_a81d3cdf52fdca4f.txt"


def test_stop_op_pasted_raw_minutes_adjusted_saved_and_run(qtbot, home, danish):
    """What the facilitator sees: five blocks with "(forslag)" lengths, 15 + 15 + 45 + 15
    and the optional general assembly untimed, and "Minuttallene er et forslag: 90 min er
    fordelt, intet tilbage". She gives the welcome 5 minutes (the line says 10 min are left),
    "Stop op og gør status" 50 and the way forward 20, which leaves nothing; saves; the
    window opens the saved programme, and the meeting runs with her minutes and the three
    steps sharing the 50."""
    app = App(qtbot, home, ["--lang", "da"], clock=FakeClock(start=at("2026-11-24", "16:00")))
    target = home / "stop-op.yaml"
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportDialog)
        try:
            dialog.source.setPlainText(SEED.read_text(encoding="utf-8"))
            dialog.refresh()  # what the pause after pasting does
            table = dialog.blocks
            seen["rows"] = [(table.item(r, 0).text(), table.item(r, 1).text())
                            for r in range(table.rowCount())]
            seen["proposed"] = dialog.proposal.text()
            for row, minutes in ((0, "5"), (2, "50")):
                table.item(row, 1).setText(minutes)
            seen["after two"] = dialog.proposal.text()
            table.item(3, 1).setText("20 min")
            seen["after three"] = dialog.proposal.text()
            seen["warnings"] = dialog.tabs.tabText(2)
            assert dialog.save_to(target)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    app.press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Import from text…
    assert "rows" in seen, "Import from text… did not open"
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)

    assert seen["rows"] == [
        ("Velkomst", "15 min. (forslag)"),
        ("Hvad er rammen for netop jeres klynge?", "15 min. (forslag)"),
        ("Stop op og gør status", "45 min. (forslag)"),
        ("Hvad tager vi med os, og hvad er første skridt til endnu bedre klyngearbejde?",
         "15 min. (forslag)"),
        ("Evt. generalforsamling", "uden tid"),
    ]
    assert seen["proposed"] == ("Minuttallene er et forslag: 90 min. er fordelt, intet "
                                "tilbage. Skriv et nyt tal over en længde for at ændre den.")
    assert seen["after two"] == "90 min. at fordele: 5 min. tilbage."
    assert "intet tilbage" in str(seen["after three"])
    assert str(seen["warnings"]).startswith("Advarsler")

    saved = load_agenda(target)
    assert saved.title == "Stop op i klyngen – og kom godt videre i fællesskab"
    assert [b.minutes for b in saved.blocks] == [5, 15, 50, 20, 0]
    assert [s.minutes for s in saved.blocks[2].steps] == [20, 15, 15]

    # The window opened what was saved; the meeting runs on the facilitator's minutes.
    assert app.window.windowTitle().startswith("Stop op i klyngen")
    app.press(Qt.Key.Key_Space)
    assert app.text("blockTitle") == "Velkomst"
    assert app.text("timer") == "05:00"
    app.minutes(5)
    app.press(Qt.Key.Key_Right)
    app.minutes(15)
    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Stop op og gør status"
    assert app.text("timer") == "20:00"  # the first of its three steps
    # The journal logs the meeting against the saved programme.
    header = app.records()[0]
    assert header["agenda_source"] == str(target.resolve())
    assert [b["minutes"] for b in header["agenda"]["blocks"]] == [5, 15, 50, 20, 0]
    assert any(r.get("type") == "start" for r in app.records())
