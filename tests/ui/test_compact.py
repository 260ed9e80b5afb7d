"""The compact view against a fake clock: it formats the bridge's moment, flashes and remembers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.snapshot import Phase
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge
from facilitator.ui.compact import CompactView
from facilitator.ui.widgets import PHASE_COLOURS

CET = timezone(timedelta(hours=1))

# Qt raises a tool window as it shows it, which the offscreen platform can only warn about.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")


def simple(minutes=10, **block):
    return agenda_from_mapping({"title": "Møde", "start": "17:00", "blocks": [
        {"title": "Første", "minutes": minutes, "slides": "1-5", **block},
        {"title": "Anden", "minutes": 5},
        {"title": "Snak", "kind": "plenary"},
    ]})


class Harness:
    def __init__(self, qtbot, tmp_path, agenda=None, show=True):
        self.qtbot = qtbot
        self.clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
        self.settings = Settings(tmp_path / "settings.json")
        self.bridge = self.new_bridge(agenda or simple())
        self.view = self.new_view()
        if show:
            self.view.show()
            qtbot.waitExposed(self.view)

    def new_bridge(self, agenda):
        return MeetingBridge(MeetingEngine(agenda, self.clock))

    def new_view(self):
        view = CompactView(self.bridge, self.settings)
        self.qtbot.addWidget(view)
        return view

    def advance(self, seconds):
        self.clock.advance(seconds)
        self.bridge.refresh()


@pytest.fixture
def harness(qtbot, tmp_path):
    return Harness(qtbot, tmp_path)


def test_the_labels_follow_the_bridge(harness):
    view = harness.view
    harness.bridge.begin()
    assert view.time_label.text() == "10:00"
    assert view.title == "Første"
    assert view.status_label.text() == "Ready · Slides 1–5"
    harness.bridge.start()
    assert view.status_label.text() == "Slides 1–5"
    assert view.frame.property("phase") == Phase.NORMAL.value
    harness.advance(0.4)
    assert view.time_label.text() == "10:00"
    harness.advance(0.6)
    assert view.time_label.text() == "09:59"
    harness.advance(5 * 60)
    assert view.frame.property("phase") == Phase.WARNING.value
    assert view.status_label.text() == "▲ Slides 1–5"
    harness.advance(5 * 60 - 1)
    assert view.time_label.text() == "00:00"
    assert view.frame.property("phase") == Phase.TIME_UP.value
    assert view.status_label.text().startswith("■")
    harness.advance(192)
    assert view.time_label.text() == "+03:12"
    assert view.frame.property("phase") == Phase.OVERRUN.value
    assert view.status_label.text().startswith("●")


def test_pause_untimed_blocks_and_the_end(harness):
    view = harness.view
    bridge = harness.bridge
    bridge.start()
    bridge.toggle()
    assert view.status_label.text() == "❚❚ Paused · Slides 1–5"
    bridge.toggle()
    bridge.next_block()
    assert view.title == "Anden"
    assert view.status_label.isHidden()  # no slides, nothing to say
    bridge.next_block()
    harness.advance(30)
    assert view.time_label.text() == "+00:30"  # an untimed block counts up
    assert view.frame.property("phase") == Phase.UNTIMED.value
    bridge.finish()
    assert view.title == "Møde"
    assert view.status_label.text() == "Finished"


def test_alerts_flash_the_view_and_the_flash_ends(qtbot, harness):
    view = harness.view
    harness.bridge.start()
    with qtbot.assertNotEmitted(view.flashed):
        harness.advance(60)
    assert not view.flashing
    with qtbot.waitSignal(view.flashed) as blocker:
        harness.advance(4 * 60)
    assert blocker.args == ["warning"]
    assert view.flashing
    background, foreground = PHASE_COLOURS["light"][Phase.WARNING]
    assert f"background: {foreground}" in view.frame.styleSheet()
    # The flash ends on a single-shot timer; call its slot instead of waiting.
    view.end_flash()
    assert not view.flashing
    assert f"background: {background}" in view.frame.styleSheet()
    with qtbot.waitSignal(view.flashed) as blocker:
        harness.advance(5 * 60)
    assert blocker.args == ["time_up"]
    view.end_flash()
    with qtbot.assertNotEmitted(view.flashed):
        harness.bridge.next_block()


def test_a_new_bridge_is_followed_and_the_old_one_left(qtbot, harness):
    view = harness.view
    old = harness.bridge
    old.start()
    other = harness.new_bridge(agenda_from_mapping(
        {"title": "Andet møde", "blocks": [{"title": "Velkomst", "minutes": 3}]}))
    view.set_bridge(other)
    other.start()
    assert view.title == "Velkomst"
    assert view.time_label.text() == "03:00"
    with qtbot.assertNotEmitted(view.flashed):
        harness.clock.advance(5 * 60)
        old.refresh()
    assert view.title == "Velkomst"


def test_a_new_bridge_after_the_old_one_was_cut_loose(harness):
    """The control window disconnects everything from the old bridge before handing on."""
    old = harness.bridge
    old.refreshed.disconnect()
    old.alerted.disconnect()
    other = harness.new_bridge(simple(minutes=7))
    harness.view.set_bridge(other)
    other.start()
    assert harness.view.time_label.text() == "07:00"


def test_the_place_and_size_are_remembered(qtbot, tmp_path):
    first = Harness(qtbot, tmp_path)
    first.view.setGeometry(100, 120, 300, 110)
    first.view.close()
    assert first.settings.get("compact_geometry")
    second = CompactView(first.bridge, first.settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == QRect(100, 120, 300, 110)
    second.setGeometry(60, 70, 220, 90)
    second.hide()  # hiding (the key) remembers too
    third = CompactView(first.bridge, first.settings)
    qtbot.addWidget(third)
    third.show()
    assert third.geometry() == QRect(60, 70, 220, 90)


def test_without_a_saved_place_it_sits_in_a_corner_of_the_screen(harness):
    area = harness.view.screen().availableGeometry()
    assert area.contains(harness.view.frameGeometry())
    assert harness.view.width() >= 200 and harness.view.height() >= 80


def test_a_size_given_before_the_first_show_is_kept(qtbot, harness):
    view = harness.new_view()
    view.resize(200, 80)
    view.show()
    assert view.size().toTuple() == (200, 80)


def test_the_font_follows_the_size_and_fits_at_200_by_80(qtbot, harness):
    view = harness.view
    harness.bridge.start()
    harness.advance(192 + 10 * 60)  # "+03:12"
    view.resize(200, 80)
    small = view.time_pixel_size
    assert small >= 28  # readable from across a desk
    assert view.title_label.font().pixelSize() >= 11
    for label in (view.time_label, view.title_label, view.status_label):
        metrics = label.fontMetrics()
        assert metrics.horizontalAdvance(label.text()) <= view.width() - 8, label.objectName()
    used = sum(label.fontMetrics().height() for label in
               (view.time_label, view.title_label, view.status_label))
    assert used <= 80
    view.resize(480, 200)
    assert view.time_pixel_size > 2 * small
    view.resize(900, 120)  # wide and low: the height decides
    assert view.time_pixel_size < 120


def test_programme_text_is_plain_text(qtbot, tmp_path):
    markup = '<b>Fed</b> <a href="http://example.invalid">link</a>'
    h = Harness(qtbot, tmp_path, agenda_from_mapping(
        {"title": markup, "blocks": [{"title": markup, "minutes": 5}]}))
    h.view.resize(900, 100)
    h.bridge.start()
    for label in h.view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert h.view.title_label.text() == markup
    h.view.resize(200, 80)
    assert h.view.title_label.text().endswith("…")


def test_it_stays_on_top_and_stays_shown_when_that_changes(qtbot, harness):
    view = harness.view
    assert view.stays_on_top
    assert view.windowFlags() & Qt.WindowType.FramelessWindowHint
    view.setGeometry(50, 60, 250, 100)
    view.set_stays_on_top(False)
    assert not view.stays_on_top
    assert view.isVisible()
    assert view.geometry() == QRect(50, 60, 250, 100)
    view.set_stays_on_top(True)
    assert view.stays_on_top and view.isVisible()


def _mouse(kind, pos, global_pos, buttons):
    return QMouseEvent(kind, QPointF(pos), QPointF(global_pos), Qt.MouseButton.LeftButton,
                       buttons, Qt.KeyboardModifier.NoModifier)


def test_dragging_moves_it(harness):
    view = harness.view
    view.setGeometry(100, 100, 240, 96)
    start = view.frameGeometry().topLeft()
    grab = start + QPointF(30, 20).toPoint()
    left = Qt.MouseButton.LeftButton
    view.mousePressEvent(_mouse(QEvent.Type.MouseButtonPress, QPointF(30, 20), grab, left))
    view.mouseMoveEvent(_mouse(QEvent.Type.MouseMove, QPointF(30, 20),
                               grab + QPointF(40, 25).toPoint(), left))
    view.mouseReleaseEvent(_mouse(QEvent.Type.MouseButtonRelease, QPointF(30, 20),
                                  grab + QPointF(40, 25).toPoint(), Qt.MouseButton.NoButton))
    assert view.frameGeometry().topLeft() == start + QPointF(40, 25).toPoint()


def test_toggle_and_close(qtbot, harness):
    view = harness.view
    view.toggle()
    assert not view.isVisible()
    view.toggle()
    assert view.isVisible()
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    view.show()
    with qtbot.waitSignal(view.closed):
        view.close_button.click()
