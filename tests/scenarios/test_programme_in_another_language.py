"""A programme in one language on a desktop in the other: the programme's words follow it.

A Danish klyngemøde (`language: da`) opened on an English desktop shows its
blocks' kinds and "uden tid" in Danish, under English buttons and an English
schedule line; an English programme on a Danish desktop the reverse; a
programme that does not state its language follows the interface.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .harness import App

PROGRAMME = """\
title: {title}
start: "17:00"
{language}blocks:
  - {{title: {first}, minutes: 10, kind: talk}}
  - {{title: {second}, kind: group}}
  - {{title: {third}, minutes: 15, kind: break}}
"""


def write(tmp_path, language: str | None):
    danish = language != "en"
    text = PROGRAMME.format(
        title="Klyngemøde" if danish else "Cluster meeting",
        language=f"language: {language}\n" if language else "",
        first="Velkomst" if danish else "Welcome",
        second="Drøftelse i grupper" if danish else "Discussion in groups",
        third="Pause" if danish else "Break")
    path = tmp_path / f"programme-{language or 'unstated'}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def overview(app, column: int) -> list[str]:
    table = app.window.pages.overview.overview_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


KIND, LENGTH = 4, 2


def test_a_danish_programme_on_an_english_desktop(qtbot, home, tmp_path, translators_restored):
    """English buttons and schedule; Danish kinds, "uden tid", and the room sees Danish.

    Before the start the programme lists Oplæg, Gruppearbejde and Pause and
    the untimed block "uden tid", while the buttons say Start and Next ▶ and
    the schedule "Planned 17:00–17:25". Running 3 minutes over the first
    block, the block's line says "Oplæg" and the schedule "3 minutes
    behind"; in the untimed group block the projector shows the room
    "Gruppearbejde".
    """
    app = App(qtbot, home, ["--lang", "en", str(write(tmp_path, "da"))])
    assert overview(app, KIND) == ["Oplæg", "Gruppearbejde", "Pause"]
    assert overview(app, LENGTH) == ["10 min", "uden tid", "15 min"]
    assert app.text("blockMeta").startswith("Oplæg · ")
    assert app.text("startButton") == "Start"
    assert app.window.next_button.text() == "Next ▶"
    assert app.text("schedule") == "Planned 17:00–17:25"

    app.press(Qt.Key.Key_Space)
    app.minutes(13)
    assert app.text("blockMeta").startswith("Oplæg · ")
    assert app.text("phase") == "● Over time"
    assert app.text("schedule").startswith("3 minutes behind · ")
    assert app.text("startButton") == "Pause timer"

    app.press(Qt.Key.Key_Right)
    assert app.text("blockTitle") == "Drøftelse i grupper"
    assert app.text("blockMeta").startswith("Gruppearbejde · ")
    assert app.projector.what_label.text() == "Gruppearbejde"
    assert app.projector.mode == "untimed"
    assert app.text("phase") == "Untimed · counting up"
    app.close()


def test_an_english_programme_on_a_danish_desktop(qtbot, home, tmp_path, danish):
    """The reverse: Danish buttons and schedule; "Talk", "Group work", "untimed"."""
    app = App(qtbot, home, ["--lang", "da", str(write(tmp_path, "en"))])
    assert overview(app, KIND) == ["Talk", "Group work", "Break"]
    assert overview(app, LENGTH) == ["10 min.", "untimed", "15 min."]  # lengths: the interface
    assert app.text("blockMeta").startswith("Talk · ")
    assert app.window.next_button.text() == "Næste ▶"
    assert app.text("schedule") == "Planlagt 17:00–17:25"

    app.press(Qt.Key.Key_Space)
    app.minutes(13)
    assert app.text("blockMeta").startswith("Talk · ")
    assert app.text("phase") == "● Over tiden"
    assert app.text("schedule").startswith("3 minutter bagud · ")
    assert app.text("startButton") == "Sæt uret på pause"

    app.press(Qt.Key.Key_Right)
    assert app.text("blockMeta").startswith("Group work · ")
    assert app.projector.what_label.text() == "Group work"
    app.close()


@pytest.mark.parametrize("lang, kinds, untimed", [
    ("en", ["Talk", "Group work", "Break"], "untimed"),
    ("da", ["Oplæg", "Gruppearbejde", "Pause"], "uden tid"),
])
def test_a_programme_that_does_not_say_follows_the_interface(
        qtbot, home, tmp_path, translators_restored, lang, kinds, untimed):
    """Without `language:` the kinds and "untimed" are in the interface's language."""
    app = App(qtbot, home, ["--lang", lang, str(write(tmp_path, None))])
    assert overview(app, KIND) == kinds
    assert overview(app, LENGTH)[1] == untimed
    assert app.text("blockMeta").startswith(f"{kinds[0]} · ")
    app.press(Qt.Key.Key_Space)
    app.press(Qt.Key.Key_Right)
    assert app.projector.what_label.text() == kinds[1]
    app.close()
