"""A two-day course, imported from its text: before the start, the programme lists each day's
blocks at that day's own clock times."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from facilitator.core.clock import FakeClock
from facilitator.core.importer import import_text

from .harness import App, at

COURSE = """Kursus i praksisledelse

## Torsdag
Kl. 10.00-12.00 Oplæg om ledelse
Kl. 13.00-16.00 Gruppearbejde

## Fredag
Kl. 9.00-10.30 Opsamling
Kl. 10.45-12.00 Plan for foråret
"""


def test_the_programme_lists_each_days_clock_times(qtbot, home, tmp_path, danish):
    target = tmp_path / "kursus.yaml"
    target.write_text(import_text(COURSE, "kursus.txt").to_yaml(), encoding="utf-8")
    app = App(qtbot, home, [str(target), "--lang", "da"],
              clock=FakeClock(start=at("2026-11-26", "09:30")))
    table = app.window.findChild(QTableWidget, "overviewTable")
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows == [
        ("10:00", "Torsdag"),
        ("10:00", "Oplæg om ledelse"),
        ("13:00", "Gruppearbejde"),
        ("Dag 2 · 09:00", "Fredag"),
        ("Dag 2 · 09:00", "Opsamling"),
        ("Dag 2 · 10:45", "Plan for foråret"),
    ]
