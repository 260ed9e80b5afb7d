"""Programme and journal text with markup in it shows as typed in every window.

A programme whose title, notes, cue, steps and block titles are HTML (bold,
a link, an image), and a note typed during the meeting that is HTML too.
Every label, tooltip, table cell, list item, message box and window title
of the main window, the compact and projector views, the review window (both
tabs), the import dialog and the message boxes must show the text exactly as
typed: nothing bold, no link, no image loaded.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from facilitator.core.clock import FakeClock
from facilitator.ui.import_dialog import ImportDialog
from facilitator.ui.text import plain_tip
from facilitator.ui.widgets import MessageBoxAsker
from tests.scenarios.harness import App, at

BOLD = "<b>Møde</b>"
LINK = '<a href="http://example.org/x">se her</a>'
IMAGE = '<img src="/nonexistent/evil.png">'
MARKUP = (BOLD, LINK, IMAGE, "<i>Trin</i>", "<u>Husk</u>", "<s>Note</s>")

PROGRAMME = f"""
title: '{BOLD} {LINK} [*]'
start: "17:00"
notes: '{IMAGE} og <i>noter</i>'
blocks:
  - title: '<b>Velkommen</b> {LINK}'
    minutes: 10
    notes: '{LINK}'
    cue: '<u>Husk</u> mikrofonen'
    steps:
      - {{title: '<i>Trin</i> 1', minutes: 5}}
      - {{title: '<i>Trin</i> 2', minutes: 5}}
  - title: '{IMAGE}'
    minutes: 20
  - title: 'Eventuelt {BOLD}'
"""
NOTE = "<s>Note</s> <b>fed</b> " + IMAGE


def shows_as_typed(text: str) -> str:
    """What Qt shows for a tooltip `text`: rich text rendered when it may be rich.

    Fails if the rendering has bold, a link or an image in it, or if the
    text was escaped twice (an "&lt;" on the screen).
    """
    if not QtGui.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            assert not form.isAnchor(), f"a link in the tooltip {text!r}"
            assert not form.isImageFormat(), f"an image in the tooltip {text!r}"
            assert form.fontWeight() <= QTextCharFormat().fontWeight() or \
                form.fontWeight() <= 400, f"bold in the tooltip {text!r}"
            iterator += 1
        block = block.next()
    shown = document.toPlainText()
    assert "&lt;" not in shown and "&amp;" not in shown, text
    return shown


def assert_model_plain(model: QAbstractItemModel, seen: list[str]) -> None:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            display = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(display, str):
                assert "&lt;" not in display, display  # shown as typed, not escaped
                seen.append(display)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if tip:
                seen.append(shows_as_typed(tip))
    for section in range(columns):
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if tip:
            seen.append(shows_as_typed(tip))


def assert_plain(window: QWidget) -> list[str]:
    """Check every widget of `window`; return the texts as they appear on screen."""
    seen: list[str] = [window.windowTitle()]
    assert "&lt;" not in window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.toolTip():
            seen.append(shows_as_typed(widget.toolTip()))
        if isinstance(widget, QLabel) and widget.text():
            if widget.textFormat() != Qt.TextFormat.PlainText:
                # Fixed words of the app may be auto text; never markup from data.
                assert not QtGui.mightBeRichText(widget.text()), widget.text()
            seen.append(widget.text())
        if isinstance(widget, QAbstractButton):
            seen.append(widget.text())
        if isinstance(widget, QComboBox):
            seen += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            seen += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            seen += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            assert_model_plain(widget.model(), seen)
    return seen


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def programme(tmp_path):
    path = tmp_path / "markup.yaml"
    path.write_text(PROGRAMME, encoding="utf-8")
    return path


def test_plain_tip_leaves_plain_text_and_escapes_what_qt_would_render(qapp):
    assert plain_tip("Velkommen & farvel") == "Velkommen & farvel"
    assert plain_tip("") is None and plain_tip(None) is None
    for text in (*MARKUP, f"{BOLD}\n  {IMAGE}", "a <br> b"):
        assert shows_as_typed(plain_tip(text)) == text


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_markup_in_the_programme_and_the_journal_shows_as_typed(qtbot, home, programme):
    app = App(qtbot, home, [str(programme)])
    window = app.window
    # What the window system shows: Qt would hide "[*]" as its "modified" mark.
    assert window.windowHandle().title().startswith(f"{BOLD} {LINK} [*] — facilitator")
    seen = assert_plain(window)
    assert any(BOLD in text for text in seen)  # the programme overview
    app.press(Qt.Key.Key_Space)
    app.minutes(3)
    window.record_note(NOTE, "discussion")
    seen = assert_plain(window)
    assert any("<b>Velkommen</b>" in text for text in seen)
    assert any("<u>Husk</u>" in text for text in seen)
    assert any("<i>Trin</i> 1" in text for text in seen)

    compact = window.compact_view()
    compact.show()
    qtbot.addWidget(compact)
    # The compact view cuts the title to its width, as typed.
    assert any(text.startswith("<b>Velkomme") for text in assert_plain(compact))
    projector = window.projector_view()
    qtbot.addWidget(projector)
    app.advance(1)  # the projector follows the next tick
    assert any(text.startswith("<b>Velkommen</b>") or text.startswith("<i>Trin</i>")
               for text in assert_plain(projector))

    app.press(Qt.Key.Key_Right)
    app.minutes(25)
    app.press(Qt.Key.Key_Right)
    app.minutes(2)
    seen = assert_plain(window)
    assert any(IMAGE in text for text in seen)

    window.open_review()
    from facilitator.ui.review import ReviewWindow

    [review] = [w for w in window.findChildren(ReviewWindow)]
    for tab in range(review.tabs.count()):
        review.tabs.setCurrentIndex(tab)
        seen = assert_plain(review)
        if tab == 0:
            assert any(BOLD in text and LINK in text for text in seen)
            assert any(IMAGE in text for text in seen)
            assert any(NOTE in text for text in seen)
    review.show_series(review.sessions_model.row_at(0).series_key)
    seen = assert_plain(review)
    assert any(BOLD in text for text in seen)
    # Every tooltip that carries programme or journal text says it as typed.
    blocks = review.blocks_model
    tips = [shows_as_typed(blocks.data(blocks.index(row, 1), Qt.ItemDataRole.ToolTipRole))
            for row in range(blocks.rowCount())]
    assert tips[0].startswith(f"<b>Velkommen</b> {LINK}\n")
    assert tips[1].startswith(IMAGE)
    note_tip = blocks.data(blocks.index(0, blocks.NOTES), Qt.ItemDataRole.ToolTipRole)
    assert NOTE in shows_as_typed(note_tip)
    series = review.series_model
    assert shows_as_typed(series.data(series.index(1, series.BLOCK),
                                      Qt.ItemDataRole.ToolTipRole)) == IMAGE
    review.close()
    app.close()

    # Opened again: the bar that offers to resume names the programme as typed.
    again = App(qtbot, home, [str(programme)], clock=FakeClock(start=at("2026-11-22", "18:00")))
    seen = assert_plain(again.window)
    offers = [text for text in seen if "[*]" in text and "facilitator" not in text]
    assert any(f"{BOLD} {LINK} [*]" in text for text in offers), offers
    again.close()


def test_the_import_dialog_shows_markup_as_typed(qtbot):
    # Pasted text loses its tags on import (it often comes from a web page or
    # an e-mail); a programme written in the YAML tab keeps them, as text.
    dialog = ImportDialog(None, f"09.00-09.15 {BOLD}\n09.15-10.15 Oplæg\n")
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert "Møde" in assert_plain(dialog)
    dialog.yaml.setPlainText(PROGRAMME)
    seen = assert_plain(dialog)
    assert f"<b>Velkommen</b> {LINK}" in seen and IMAGE in seen
    assert any(text.startswith(f"{BOLD} {LINK} [*]: 3 blocks") for text in seen)


def test_message_boxes_show_programme_text_as_typed(qtbot, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    asker = MessageBoxAsker()
    parent = QWidget()
    qtbot.addWidget(parent)
    asker.choose(parent, f"Slet {BOLD}", f"Slet mødet “{BOLD} {IMAGE}”?", ["Slet"])
    asker.inform(parent, LINK, f"{LINK} kan ikke åbnes")
    assert len(shown) == 2
    for box in shown:
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "&lt;" not in box.text() and "&lt;" not in box.windowTitle()
        assert_plain(box)
    assert shown[0].text() == f"Slet mødet “{BOLD} {IMAGE}”?"


def test_every_tooltip_and_window_title_in_the_code_goes_through_a_plain_helper():
    """A guard for code to come: a tooltip or window title is a fixed translated text,
    or text with data in it passed through plain_tip / plain_title, never raw."""
    import ast
    from pathlib import Path

    import facilitator.ui

    allowed = {"tr", "translate", "plain_tip", "plain_title"}

    def safe(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.BoolOp):
            return safe(node.values[0])
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            return name in allowed
        return False

    found = []
    for path in Path(facilitator.ui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("setToolTip", "setWindowTitle") and node.args:
                found.append(path.name)
                assert safe(node.args[0]), f"{path.name}:{node.lineno}: {ast.unparse(node)}"
    assert len(found) >= 8
