"""The resume offer bar: plain text, buttons no key can press, a notice mode with Close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.ui.resume_bar import ResumeBar


def make_bar(qtbot) -> ResumeBar:
    """The bar inside a host widget, as it sits in the main window (not shown: offscreen)."""
    host = QWidget()
    qtbot.addWidget(host)
    bar = ResumeBar()
    QVBoxLayout(host).addWidget(bar)
    bar.host = host  # the host lives as long as the test holds the bar
    return bar


def test_the_offer_names_the_meeting_as_plain_text(qtbot):
    bar = make_bar(qtbot)
    bar.offer("<b>Stop op</b> & co", "13:05")
    assert bar.message.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Stop op</b> & co" in bar.message.text() and "13:05" in bar.message.text()
    assert bar.offering
    assert not bar.resume_button.isHidden() and not bar.discard_button.isHidden()
    assert bar.close_button.isHidden()


def test_no_button_takes_the_keyboard_or_is_a_default(qtbot):
    bar = make_bar(qtbot)
    for button in (bar.resume_button, bar.discard_button, bar.close_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert not button.isDefault() and not button.autoDefault()
    assert bar.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_clicks_say_what_was_chosen(qtbot):
    bar = make_bar(qtbot)
    bar.offer("Klyngemøde", "17:20")
    with qtbot.waitSignal(bar.resumeClicked):
        bar.resume_button.click()
    with qtbot.waitSignal(bar.discardClicked):
        bar.discard_button.click()


def test_a_notice_has_only_close(qtbot):
    bar = make_bar(qtbot)
    bar.tell("Open in another copy")
    assert not bar.offering
    assert bar.resume_button.isHidden() and bar.discard_button.isHidden()
    bar.close_button.click()
    assert bar.isHidden()
