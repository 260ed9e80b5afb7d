"""The control window against a fake clock: it shows the engine's moment and obeys the keys."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.events import EventType
from facilitator.core.snapshot import MeetingState, Phase
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge, RecordingAlertSink, next_tick_ms
from facilitator.ui.main_window import MainWindow, MeetingSession

from .fakes import CannedAsker

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"
CET = timezone(timedelta(hours=1))


class Harness:
    def __init__(self, qtbot, tmp_path, agenda=None, answers=()):
        self.clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
        self.sink = RecordingAlertSink()
        self.closed = []
        self.settings = Settings(tmp_path / "settings.json")
        self.asker = CannedAsker(answers)
        agenda = agenda or load_agenda(AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml")
        self.window = MainWindow(self.session(agenda), self.settings, self.open_session,
                                 asker=self.asker)
        qtbot.addWidget(self.window)
        # Shortcuts reach only the active window.
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)

    def session(self, agenda, source="test"):
        engine = MeetingEngine(agenda, self.clock)
        bridge = MeetingBridge(engine, sinks=[self.sink])
        return MeetingSession(agenda, bridge, source, lambda: "log: test",
                              lambda: self.closed.append(source))

    def open_session(self, path):
        return self.session(load_agenda(path), str(path))

    @property
    def bridge(self):
        return self.window.bridge

    def advance(self, seconds):
        self.clock.advance(seconds)
        self.bridge.refresh()

    def key(self, qtbot, key, text=""):
        qtbot.keyClick(self.window, key)


@pytest.fixture
def harness(qtbot, tmp_path):
    return Harness(qtbot, tmp_path)


def simple(minutes=10, **block):
    return agenda_from_mapping({"title": "Møde", "start": "17:00", "blocks": [
        {"title": "Første", "minutes": minutes, **block},
        {"title": "Anden", "minutes": 5, "slides": "7-9"},
    ]})


def test_before_the_start_the_programme_is_shown(harness):
    w = harness.window
    assert w.pages.currentIndex() == 0
    assert w.overview_table.rowCount() == 6
    assert w.overview_table.item(2, 0).text() == "17:10"
    assert w.overview_table.item(2, 1).text() == "Blok 1: Ledelse og samarbejde"
    assert "150 min" in w.overview_label.text()
    assert "OBS" in w.programme_notes.toPlainText()
    assert w.programme_notes.isReadOnly()
    assert w.start_button.text() == "Start"


def test_space_starts_and_the_labels_follow_the_engine(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple(slides="1-5", cue="Sæt jer ved bordene"))
    w = h.window
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert h.bridge.engine.state is MeetingState.RUNNING
    assert w.timer_label.text() == "10:00"
    assert w.title_label.text() == "Første"
    assert "Slides 1–5" in w.meta_label.text()
    assert w.cue_label.text() == "Sæt jer ved bordene"
    assert w.next_label.text() == "Next: Anden · 5 min · Slides 7–9"
    assert w.schedule_label.text() == "On time · ends 17:15"
    h.advance(0.4)
    assert w.timer_label.text() == "10:00"
    h.advance(0.6)
    assert w.timer_label.text() == "09:59"
    h.advance(60 * 5)
    assert w.timer_frame.property("phase") == Phase.WARNING.value
    assert "▲" in w.phase_label.text()
    h.advance(60 * 5 - 1)
    assert w.timer_label.text() == "00:00"
    assert w.timer_frame.property("phase") == Phase.TIME_UP.value
    h.advance(192)
    assert w.timer_label.text() == "+03:12"
    assert w.timer_frame.property("phase") == Phase.OVERRUN.value
    assert "●" in w.phase_label.text()
    assert w.schedule_label.text() == "3 minutes behind · ends 17:18 (planned 17:15)"


def test_alerts_reach_the_sink_and_flash(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    h.bridge.start()
    with qtbot.waitSignal(h.window.flashed) as blocker:
        h.advance(5 * 60)
    assert blocker.args == ["warning"]
    h.advance(5 * 60)
    assert EventType.WARNING in h.sink.types
    assert EventType.TIME_UP in h.sink.types


def test_shortcuts_do_their_jobs(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, answers=[0])
    w = h.window
    engine = h.bridge.engine
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert engine.state is MeetingState.RUNNING
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert engine.state is MeetingState.PAUSED
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert engine.state is MeetingState.RUNNING
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert engine.index == 1
    qtbot.keyClick(w, Qt.Key.Key_PageDown)
    assert engine.index == 2
    qtbot.keyClick(w, Qt.Key.Key_N)
    assert engine.index == 3
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert engine.index == 2
    qtbot.keyClick(w, Qt.Key.Key_PageUp)
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert engine.index == 0
    qtbot.keyClick(w, Qt.Key.Key_3)
    assert engine.index == 2
    qtbot.keyClick(w, Qt.Key.Key_Plus)
    assert engine.snapshot().length == 66 * 60
    qtbot.keyClick(w, Qt.Key.Key_Minus)
    qtbot.keyClick(w, Qt.Key.Key_Minus)
    assert engine.snapshot().length == 64 * 60
    qtbot.keyClick(w, Qt.Key.Key_5)
    assert engine.index == 4
    qtbot.keyClick(w, Qt.Key.Key_3)
    h.advance(90 * 60)
    assert engine.snapshot().delay > 0
    qtbot.keyClick(w, Qt.Key.Key_C)  # the canned answer applies the plan
    assert engine.can_undo_plan
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not engine.can_undo_plan
    qtbot.keyClick(w, Qt.Key.Key_M)
    assert w.mute_action.isChecked()
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert w.help_overlay.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert not w.help_overlay.isVisible()


def test_help_lists_the_shortcuts(harness):
    texts = [text for _keys, text in harness.window._help_rows]
    assert "Start / pause / resume" in texts
    assert "Next block" in texts
    assert "Mute sounds" in texts


def test_notes_are_recorded(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    events = []
    h.bridge.happened.connect(events.extend)
    h.bridge.start()
    h.window.record_note("Lang diskussion om data", "discussion")
    [note] = [e for e in events if e.type is EventType.NOTE]
    assert note.data == {"text": "Lang diskussion om data", "reason": "discussion"}


def test_programme_text_is_shown_as_plain_text(qtbot, tmp_path):
    markup = '<b>Fed</b> <a href="http://example.invalid">link</a> <img src="x.png">'
    agenda = agenda_from_mapping({"title": markup, "notes": markup, "blocks": [
        {"title": markup, "minutes": 5, "cue": markup, "notes": markup,
         "steps": [{"title": markup, "minutes": 5}]}]})
    h = Harness(qtbot, tmp_path, agenda)
    h.bridge.start()
    w = h.window
    for label in (w.title_label, w.cue_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == markup
    # The notes views hold plain text: the markup shows as typed, nothing is rendered.
    for view in (w.programme_notes, w.notes_view):
        assert view.toPlainText() == markup
        assert view.document().toPlainText() == markup
        assert "<" in view.document().toRawText()
    assert markup in w.steps_list.item(0).text()
    assert markup in w.step_label.text()


def test_quitting_mid_meeting_asks_and_can_finish(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple(), answers=[0])
    events = []
    h.bridge.happened.connect(events.extend)
    h.bridge.start()
    h.advance(60)
    assert h.window.close()
    assert events[-1].type is EventType.FINISH
    assert h.closed == ["test"]
    assert h.settings.path.exists()


def test_quitting_can_be_cancelled(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple(), answers=[None])
    h.bridge.start()
    assert not h.window.close()
    assert h.bridge.engine.state is MeetingState.RUNNING


def test_quit_and_resume_later_leaves_the_meeting_unfinished(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple(), answers=[1])
    h.bridge.start()
    assert h.window.close()
    assert h.bridge.engine.state is MeetingState.RUNNING
    assert h.closed == ["test"]


def test_after_the_end_a_summary_is_shown(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    h.bridge.start()
    h.advance(12 * 60)
    h.bridge.next_block()
    h.advance(4 * 60)
    h.bridge.next_block()
    w = h.window
    assert w.pages.currentIndex() == 2
    assert w.summary_table.rowCount() == 2
    assert w.summary_table.item(0, 2).text() == "12 min"
    assert w.summary_table.item(0, 3).text() == "+2"
    assert w.summary_table.item(1, 3).text() == "−1"
    assert "16 min" in w.phase_label.text()


def test_dropping_a_programme_opens_it(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    target = AGENDAS / "klyngemoede-samarbejde-og-faellesskab.yaml"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    h.window.dropEvent(event)
    assert h.window.session.agenda.title == "Samarbejde og fællesskab"
    assert h.settings.get("recent_files") == [str(target.resolve())]
    assert h.closed == ["test"]


def test_a_broken_programme_is_reported_and_nothing_is_lost(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\nblocks:\n  - title: A\n    minutes: -5\n", encoding="utf-8")
    assert not h.window.open_programme(broken)
    assert "broken.yaml:4:14: error" in h.asker.informed[0]
    assert h.window.session.agenda.title == "Møde"


def test_next_tick_lands_just_after_the_second_boundary(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    h.bridge.start()
    h.clock.advance(0.25)
    snap = h.bridge.engine.snapshot()
    assert next_tick_ms(snap) == 754
    assert next_tick_ms(snap, speed=10) == 79


def test_geometry_is_remembered(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    h.window.resize(900, 640)
    h.window.close()
    saved = Settings.load(tmp_path / "settings.json")
    assert saved.get("window_geometry")


def test_the_review_window_opens_from_the_menu(qtbot, tmp_path):
    from facilitator.ui.review import ReviewWindow

    h = Harness(qtbot, tmp_path, simple())
    assert not h.window.review_action.isEnabled()  # no sessions folder given
    h.window._sessions_dir = tmp_path / "sessions"
    h.window.review_action.setEnabled(True)
    h.window.review_action.trigger()
    reviews = h.window.findChildren(ReviewWindow)
    assert len(reviews) == 1 and reviews[0].isVisible()
    reviews[0].close()


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_k_toggles_the_compact_view_and_it_follows_a_new_programme(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    qtbot.keyClick(h.window, Qt.Key.Key_K)
    compact = h.window.compact_view()
    qtbot.addWidget(compact)
    assert compact.isVisible()
    h.window.open_programme(AGENDAS / "stop-op-i-klyngen.yaml")
    h.window.bridge.start()
    assert "Velkomst" in " ".join(label.text() for label in compact.findChildren(QLabel))
    h.window.toggle_compact()
    assert not compact.isVisible()


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_a_theme_change_reaches_the_compact_view(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, simple())
    compact = h.window.compact_view()
    qtbot.addWidget(compact)
    h.window.set_theme("dark")
    assert h.window._theme == "dark" and compact._theme == "dark"
