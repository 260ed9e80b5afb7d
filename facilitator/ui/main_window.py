"""The facilitator's window: the live meeting at a glance, with controls and shortcuts.

This module is the window itself: it holds the open meeting (MeetingSession),
lays its panels out in one column, answers the menus, keys and buttons by
calling the bridge, opens the other windows (compact view, projector,
review, preferences, import) and saves its place when it closes. What each
part of the column shows lives in ui/panels/ (the current block, the pages
with the steps, the schedule strip, the buttons, the menus and shortcuts);
a panel formats a snapshot, the window decides when. Following a slide show is
ui/slide_follow.py.

Why this file is long: MainWindow is one class (about 650 lines) with one
small method per menu, key and button, each a few lines calling the bridge,
plus the windows it opens and closes; what could be cut out along a seam has
been (ui/panels/, slide_follow.py). Its words are translated in the context
"MainWindow": moving methods to another class would move their Danish to a
new context, for a window no easier to follow.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import Agenda, AgendaError
from ..core.engine import ScheduleReference
from ..core.events import EventType, MeetingEvent
from ..core.messages import os_reason
from ..core.messages import reason as exception_reason
from ..core.snapshot import MeetingState, Snapshot
from ..messages_text import installed as message_text
from ..settings import Settings
from .bridge import MeetingBridge
from .fit import ScreenFit, fit_window, keep_within_screen
from .panels.actions import WindowActions
from .panels.controls import ControlsRow
from .panels.current_block import CurrentBlockPanel
from .panels.pages import MeetingPages
from .panels.schedule import ScheduleStrip
from .panels.slides import SlidesPanel
from .programme_words import programme_words
from .slide_follow import SlideFollowing
from .text import clock_of_day, countdown, minutes_text, plain_tip, plain_title
from .widgets import FLASH_MS, PHASE_COLOURS, Asker, MessageBoxAsker

if TYPE_CHECKING:
    from ..slides.source import SlideSource
    from .compact import CompactView
    from .projector import ProjectorView
    from .remote_link import RemoteLink

__all__ = ["MainWindow", "MeetingSession"]

PROGRAMME_SUFFIXES = (".yaml", ".yml", ".txt", ".md", ".markdown")

#: How long a note about the clocks (a restart, a suspend, a changed wall clock) stays shown.
CLOCK_NOTICE_MS = 60_000
NOTE_REASONS = ("discussion", "technical", "late start", "questions", "other")


@dataclass
class MeetingSession:
    """What the window needs of an open programme: the bridge and where its log goes."""

    agenda: Agenda
    bridge: MeetingBridge
    source: str
    journal_status: Callable[[], str]
    close: Callable[[], None]
    journal_warning: Callable[[], str | None] = lambda: None
    #: Registers a callback for the moment the log moves or fails (a full disk mid-block).
    watch_journal: Callable[[Callable[[], None]], None] = lambda callback: None
    #: Where the log is being written now (None before the first record).
    journal_path: Callable[[], Path | None] = lambda: None


class NoteDialog(QDialog):
    """A note or an overrun reason, typed during the meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        layout = QVBoxLayout(self)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(no reason)"), "")
        names = {
            "discussion": self.tr("Discussion ran long"),
            "technical": self.tr("Technical trouble"),
            "late start": self.tr("Late start"),
            "questions": self.tr("Questions from the room"),
            "other": self.tr("Other"),
        }
        for reason in NOTE_REASONS:
            self.reason.addItem(names[reason], reason)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What happened (optional)"))
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(QLabel(self.tr("Note")))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class MainWindow(QMainWindow):
    """The control window.

    Signals:
        programmeOpened(str): a programme was opened (its path or name).
        flashed(str): the timer flashed for an alert (the event type).
        preferencesChanged(list): the user changed these settings keys.
    """

    programmeOpened = Signal(str)
    flashed = Signal(str)
    preferencesChanged = Signal(list)

    def __init__(self, session: MeetingSession, settings: Settings,
                 open_session: Callable[[Path], MeetingSession],
                 asker: Asker | None = None, theme: str = "light",
                 set_muted: Callable[[bool], None] | None = None,
                 sessions_dir: Path | None = None, data_dir: Path | None = None,
                 remote: Callable[[MainWindow], RemoteLink] | None = None) -> None:
        super().__init__()
        # Makes the phone remote on first use (app.py); None: this window has none.
        self._make_remote = remote
        self._remote: RemoteLink | None = None
        self._settings = settings
        self._open_session = open_session
        self._asker = asker or MessageBoxAsker(self)
        self._theme = self._resolve_theme(theme)
        self._set_muted = set_muted
        self._sessions_dir = sessions_dir
        self._data_dir = data_dir
        self.about_dialog: QDialog | None = None
        # Created on first use, without a parent: a tool window with a parent
        # hides when the main window is minimised (Windows, macOS).
        self._compact: CompactView | None = None
        self._projector: ProjectorView | None = None
        self._session: MeetingSession | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._flashing = False
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 520)
        self._build()
        self._build_actions()
        self._build_sound_notice()
        self._restore_geometry()
        self.set_session(session)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        """The panels, top to bottom in one column; the timer takes most of the height."""
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(6)
        self.current_block = block = CurrentBlockPanel(self)
        self.pages = MeetingPages()
        self.schedule_strip = strip = ScheduleStrip(self)
        self.controls = controls = ControlsRow(self)

        self.slides = SlidesPanel(self)
        outer.addLayout(block.header)
        outer.addWidget(self.slides.pace_label)
        outer.addWidget(block.timer_frame, 3)
        outer.addWidget(block.cue_label)
        self.pages.setMinimumHeight(math.ceil(QFontMetricsF(self.font()).lineSpacing()) * 6)
        # The timer takes three fifths of the height the fixed rows leave.
        outer.addWidget(self.pages, 2)
        outer.addWidget(strip.next_label)
        outer.addWidget(strip.timeline)
        outer.addWidget(strip.schedule_label)
        outer.addLayout(controls.layout)
        self.setCentralWidget(central)
        self.add_bar(self.slides.bar)
        self.slide_following = SlideFollowing(
            lambda: self.bridge, self.slides,
            lambda text: self.statusBar().showMessage(text, CLOCK_NOTICE_MS),
            lambda on: self.menus.set_clicker_keys(on), self)

        # The widgets by their old names: tests, tools and the views read them here.
        self.title_label, self.meta_label = block.title_label, block.meta_label
        self.clock_label, self.timer_frame = block.clock_label, block.timer_frame
        self.phase_label, self.timer_label = block.phase_label, block.timer_label
        self.cue_label = block.cue_label
        overview, steps, summary = self.pages.overview, self.pages.steps, self.pages.summary
        self.overview_label, self.overview_table = overview.overview_label, overview.overview_table
        self.programme_notes = overview.programme_notes
        self.step_label, self.step_time_label = steps.step_label, steps.step_time_label
        self.steps_list, self.notes_view = steps.steps_list, steps.notes_view
        self.summary_label, self.summary_table = summary.summary_label, summary.summary_table
        self.next_label, self.timeline = strip.next_label, strip.timeline
        self.schedule_label = strip.schedule_label
        self.previous_button, self.start_button = controls.previous_button, controls.start_button
        self.next_button, self.minus_button = controls.next_button, controls.minus_button
        self.plus_button, self.plan_button = controls.plus_button, controls.plan_button
        self.undo_button, self.note_button = controls.undo_button, controls.note_button

    def _build_actions(self) -> None:
        self.menus = menus = WindowActions(self, self, self._central(),
                                           muted=bool(self._settings.get("muted")),
                                           can_review=self._sessions_dir is not None)
        self._help_rows = menus.help_rows
        self.help_overlay = menus.help_overlay
        self.recent_menu, self.screen_menu = menus.recent_menu, menus.screen_menu
        self.review_action, self.preferences_action = menus.review_action, menus.preferences_action
        self.mute_action, self.from_start_action = menus.mute_action, menus.from_start_action
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)

        self.previous_button.clicked.connect(self.previous_block)
        self.start_button.clicked.connect(self.toggle)
        self.next_button.clicked.connect(self.next_block)
        self.minus_button.clicked.connect(lambda: self.adjust(-1))
        self.plus_button.clicked.connect(lambda: self.adjust(1))
        self.plan_button.clicked.connect(self.offer_plan)
        self.undo_button.clicked.connect(self.undo_plan)
        self.note_button.clicked.connect(self.add_note)
        self._update_recent_menu()

    # ------------------------------------------------------------------ sessions

    @property
    def session(self) -> MeetingSession:
        assert self._session is not None
        return self._session

    @property
    def bridge(self) -> MeetingBridge:
        return self.session.bridge

    def set_session(self, session: MeetingSession) -> None:
        if self._session is not None:
            old = self._session
            old.bridge.stop()
            for signal in (old.bridge.refreshed, old.bridge.alerted, old.bridge.stateChanged):
                signal.disconnect()
            old.bridge.happened.disconnect(self._say_clock_events)
            old.close()
        self._session = session
        session.bridge.refreshed.connect(self.show_snapshot)
        session.bridge.alerted.connect(self.on_alert)
        session.bridge.stateChanged.connect(self._show_journal_status)
        session.bridge.happened.connect(self._say_clock_events)
        # Told at once, not at the next state change: the listener runs inside the
        # engine's operation, so the message waits for the event loop.
        session.watch_journal(lambda: QTimer.singleShot(0, self._show_journal_status))
        self._journal_warned: str | None = None
        self.pages.steps.forget_block()
        self.pages.overview.show_agenda(session.agenda)
        self.setWindowTitle(plain_title(f"{session.agenda.title} — facilitator"))
        session.bridge.begin()
        self.statusBar().showMessage(session.journal_status())
        for face in (self._compact, self._projector):
            if face is not None:
                face.set_bridge(session.bridge)
        self.programmeOpened.emit(session.source)

    def _show_journal_status(self, _state: str = "") -> None:
        self.statusBar().showMessage(self.session.journal_status())
        warning = self.session.journal_warning()
        if warning and warning != self._journal_warned:
            # Once for each new place (moved, then failed altogether), not on every tick.
            self._journal_warned = warning
            self._asker.inform(self, self.tr("The meeting log"), warning)

    def _say_clock_events(self, events: list[MeetingEvent]) -> None:
        """A restart, a suspend or a changed wall clock, told in the status bar."""
        for event in events:
            text = self._clock_notice(event)
            if text:
                self.statusBar().showMessage(text, CLOCK_NOTICE_MS)

    def _clock_notice(self, event: MeetingEvent) -> str | None:
        data = event.data
        if event.type is EventType.RESUMED_AFTER_CRASH:
            gap = countdown(float(data.get("gap_seconds", 0.0)))
            if data.get("gap_uncertain"):
                return self.tr(
                    "Resumed. How long the app was closed is uncertain (the computer was "
                    "restarted, or cannot tell): %1 counted by the wall clock.").replace("%1", gap)
            return self.tr("Resumed. %1 passed while the app was closed; it counts as meeting "
                           "time.").replace("%1", gap)
        if event.type is EventType.SUSPEND_GAP:
            return self.tr("The computer slept for %1; the meeting clock went on.").replace(
                "%1", countdown(float(data.get("seconds", 0.0))))
        if event.type is EventType.CLOCK_JUMP:
            return self.tr("The computer's clock was changed; the meeting timer is not "
                           "affected.")
        return None

    def _confirm_replace(self) -> bool:
        state = self.bridge.engine.state
        if state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return True
        choice = self._asker.choose(
            self, self.tr("A meeting is running"),
            self.tr("Open another programme? The running meeting stays in its log and "
                    "can be resumed later."),
            [self.tr("Open the other programme")])
        return choice == 0

    def open_programme(self, path: Path) -> bool:
        """Open a programme file; errors are shown, nothing running is lost."""
        if not self._confirm_replace():
            return False
        try:
            session = self._open_session(path)
        except AgendaError as exc:
            self._asker.inform(self, self.tr("Cannot open the programme"),
                               message_text().diagnostics(exc.diagnostics))
            return False
        except OSError as exc:  # the log or its lock could not be made
            self._asker.inform(self, self.tr("Cannot open the programme"),
                               f"{path}: {message_text()(os_reason(exc))}")
            return False
        except Exception as exc:  # anything else the opening met: its own words
            self._asker.inform(self, self.tr("Cannot open the programme"),
                               f"{path}: {message_text()(exception_reason(exc))}")
            return False
        self._settings.add_recent(str(Path(path).resolve()))
        self._update_recent_menu()
        self.set_session(session)
        return True

    def choose_programme(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open programme"), "",
            self.tr("Programmes (*.yaml *.yml *.txt *.md);;All files (*)"))
        if name:
            self.open_programme(Path(name))

    def import_programme(self) -> None:
        """Paste a programme as text, check the blocks, save it as YAML and open it."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self)
        dialog.saved.connect(lambda path: self.open_programme(Path(path)))
        dialog.exec()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.get("recent_files")
        for name in recent:
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_programme(Path(n)))
        self.recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------------ operations

    def toggle(self) -> None:
        self.bridge.toggle()

    def next_block(self) -> None:
        # While a slide suggests a later block, → takes the suggestion (docs/slides.md).
        if self.bridge.engine.slide_suggestion is not None:
            self.bridge.follow_suggestion()
            return
        self.bridge.next_block()

    def previous_block(self) -> None:
        self.bridge.previous_block()

    def adjust(self, minutes: int) -> None:
        self.bridge.adjust(minutes)

    def jump_to(self, index: int) -> None:
        self.bridge.jump_to(index)

    def restart_block(self) -> None:
        self.bridge.restart_block()

    def undo_plan(self) -> None:
        self.bridge.undo_plan()

    def choose_block(self) -> None:
        blocks = self.bridge.engine.agenda.blocks
        items = [f"{i + 1}. {b.title}" for i, b in enumerate(blocks)]
        item, ok = QInputDialog.getItem(self, self.tr("Go to block"), self.tr("Block"),
                                        items, self.bridge.snapshot.index, False)
        if ok and item in items:
            self.jump_to(items.index(item))

    def choose_from_start(self) -> None:
        """Before the start: time the meeting from the start, or against the planned clock."""
        from_start = self.from_start_action.isChecked()
        snapshot = self.bridge.choose_reference(
            ScheduleReference.FROM_START if from_start else ScheduleReference.PLANNED)
        if snapshot.state is not MeetingState.NOT_STARTED:
            return
        printed = snapshot.programme_start
        if from_start or printed is None:
            message = self.tr("The meeting will be timed from the moment it starts.")
        else:
            message = self.tr("The meeting will be timed against the planned clock, %1.") \
                .replace("%1", clock_of_day(printed))
        self.statusBar().showMessage(message, 5000)

    def offer_plan(self) -> None:
        plan = self.bridge.catch_up_plan()
        if plan is None:
            self.statusBar().showMessage(self.tr("On time: no catch-up plan needed."), 5000)
            return
        blocks = self.bridge.engine.agenda.blocks
        lines = [
            self.tr("%1: %2 → %3").replace("%1", blocks[c.block].title)
            .replace("%2", minutes_text(c.from_minutes)).replace("%3", minutes_text(c.to_minutes))
            for c in plan.changes
        ]
        if plan.recovers_fully:
            outcome = self.tr("This lands the meeting on time.")
        else:
            outcome = self.tr("This saves %1; the meeting would end at %2.") \
                .replace("%1", minutes_text(plan.saved_minutes)) \
                .replace("%2", clock_of_day(plan.projected_end_after))
        text = "\n".join([*lines, "", outcome])
        choice = self._asker.choose(self, self.tr("Catch-up plan"), text,
                                    [self.tr("Apply the plan")])
        if choice == 0:
            self.bridge.apply_plan(plan)

    def add_note(self) -> None:
        if self.bridge.engine.state is MeetingState.NOT_STARTED:
            self.statusBar().showMessage(self.tr("Notes can be added once the meeting runs."),
                                         5000)
            return
        dialog = NoteDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record_note(dialog.text.text().strip(), dialog.reason.currentData() or None)

    def record_note(self, text: str, reason: str | None) -> None:
        if text or reason:
            self.bridge.note(text, reason)
            self.statusBar().showMessage(self.tr("Note saved."), 4000)

    def finish(self) -> None:
        if self.bridge.engine.state not in (MeetingState.RUNNING, MeetingState.PAUSED):
            return
        choice = self._asker.choose(self, self.tr("Finish the meeting"),
                                    self.tr("Finish the meeting now?"), [self.tr("Finish")])
        if choice == 0:
            self.bridge.finish()

    def set_muted(self, muted: bool) -> None:
        if self.mute_action.isChecked() != muted:
            self.mute_action.setChecked(muted)  # comes back here through toggled
            return
        if self._set_muted is not None:
            self._set_muted(muted)
        self._settings.set("muted", muted)
        if self._sound_unavailable and not muted:
            return  # the lasting notice says why they are not on; "Sounds on." would lie
        self.statusBar().showMessage(self.tr("Sounds muted.") if muted
                                     else self.tr("Sounds on."), 3000)

    def _build_sound_notice(self) -> None:
        # In the status bar, beside passing messages: quiet, and there for as long as it holds.
        self._sound_unavailable = ""
        self.sound_notice = QLabel()
        self.sound_notice.setObjectName("soundNotice")
        self.sound_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.sound_notice.hide()
        self.statusBar().addPermanentWidget(self.sound_notice)
        self.statusBar().addPermanentWidget(self.slides.connection_label)

    def show_sound_unavailable(self, notice: str, reason: str = "") -> None:
        """Say lastingly that alerts cannot sound (`notice`), or stop saying it ("")."""
        self._sound_unavailable = reason if notice else ""
        self.sound_notice.setText(notice)
        self.sound_notice.setToolTip(plain_tip(reason) or "")
        self.sound_notice.setVisible(bool(notice))

    def compact_view(self) -> CompactView:
        if self._compact is None:
            from .compact import CompactView

            self._compact = CompactView(self.bridge, self._settings, self._theme)
        return self._compact

    def projector_view(self) -> ProjectorView:
        if self._projector is None:
            from .projector import ProjectorView

            self._projector = ProjectorView(self.bridge, self._settings, self)
        return self._projector

    def toggle_compact(self) -> None:
        self.compact_view().toggle()

    def toggle_projector(self) -> None:
        view = self.projector_view()
        if not view.toggle():
            self.offer_full_screen_countdown()

    def offer_full_screen_countdown(self) -> bool:
        """One screen: say so, and offer the countdown full screen here, never a window on top."""
        choice = self._asker.choose(
            self, self.tr("No second screen"),
            self.tr("There is no second screen for the projector countdown. Show the "
                    "countdown full screen on this screen instead? Esc or F5 closes it "
                    "and brings this window back."),
            [self.tr("Full-screen countdown")])
        if choice != 0:
            return False
        screen = self.screen()
        if screen is None:
            return False
        self.projector_view().fill_screen(screen)
        return True

    def project_automatically(self) -> None:
        """The "Automatic" screen: another screen if there is one, else the offer."""
        view = self.projector_view()
        view.choose_screen(None)
        if not view.isVisible():
            self.offer_full_screen_countdown()

    def projector_next_screen(self) -> None:
        self.projector_view().next_screen()

    def _fill_screen_menu(self) -> None:
        from .projector import available_screens

        self.screen_menu.clear()
        automatic = self.screen_menu.addAction(self.tr("Automatic"))
        automatic.triggered.connect(lambda _c=False: self.project_automatically())
        for label, screen in available_screens():
            action = self.screen_menu.addAction(label)
            action.triggered.connect(
                lambda _c=False, s=screen: self.projector_view().choose_screen(s))

    def open_review(self) -> None:
        """The logged meetings, in a review window of its own."""
        from .review import open_review_window

        if self._sessions_dir is not None:
            open_review_window(self, self._sessions_dir, live=self._live_meeting)

    def _live_meeting(self) -> tuple[Path, float] | None:
        """The running meeting's log and its meeting clock now, for the review."""
        session = self._session
        path = session.journal_path() if session is not None else None
        if session is None or path is None:
            return None
        return path, session.bridge.engine.snapshot().elapsed

    def open_about(self) -> None:
        """Help ▸ About: the version, the data folder, the licence."""
        from .about import AboutDialog, about_facts

        data_dir = self._data_dir or (self._sessions_dir.parent if self._sessions_dir else None)
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(about_facts(data_dir), self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

    def open_preferences(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from .preferences import PreferencesDialog

        screens = [screen.name() for screen in QGuiApplication.screens()]
        own = self.bridge.engine.agenda.slides_follow
        dialog = PreferencesDialog(self._settings, screens, self,
                                   sound_unavailable=self._sound_unavailable,
                                   programme_slides=own.value if own is not None else None,
                                   slide_source_now=self._followed_source())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = dialog.apply()
        if "theme" in changed:
            self.set_theme(self._settings.get("theme"))
        if "language" in changed:
            self.statusBar().showMessage(
                self.tr("The language changes when facilitator starts again."), 8000)
        if changed:
            self.preferencesChanged.emit(changed)

    def _resolve_theme(self, theme: str) -> str:
        """light or dark; "system" (or anything else) follows the palette."""
        if theme in PHASE_COLOURS:
            return theme
        return "dark" if self.palette().window().color().lightness() < 128 else "light"

    def set_theme(self, theme: str) -> None:
        """light, dark or system (follow the palette)."""
        self._theme = self._resolve_theme(theme)
        self._apply_phase_style(self.bridge.snapshot)
        if self._compact is not None:
            self._compact.set_theme(self._theme)

    def toggle_help(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
            return
        self._place_help()
        self.help_overlay.show()
        self.help_overlay.raise_()

    def add_bar(self, widget: QWidget) -> None:
        """Put a notice strip (such as the resume offer) above the window's content."""
        layout = self._central().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, widget)

    def _central(self) -> QWidget:
        central = self.centralWidget()
        assert central is not None  # set in _build, before anything asks
        return central

    def _place_help(self) -> None:
        area = self._central().rect()
        self.help_overlay.setGeometry(area.adjusted(40, 30, -40, -30))

    # ------------------------------------------------------------------ showing

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the moment; nothing here computes time, the panels only format the snapshot."""
        self.clock_label.setText(clock_of_day(snapshot.now))
        if snapshot.state is MeetingState.FINISHED:
            self.current_block.show_finished(snapshot, self.bridge.engine.agenda)
        else:
            self.current_block.show_snapshot(
                snapshot, programme_words(self.bridge.engine.agenda))
        self.pages.show_snapshot(snapshot)
        self.slides.show_engine(self.bridge.engine)
        self.schedule_strip.show_snapshot(snapshot)
        self._apply_phase_style(snapshot)
        self.controls.show_snapshot(snapshot, self.bridge.plan_available)
        state = snapshot.state
        self.from_start_action.setEnabled(state is MeetingState.NOT_STARTED
                                          and snapshot.programme_start is not None)
        self.from_start_action.setChecked(snapshot.reference is ScheduleReference.FROM_START)

    def _apply_phase_style(self, snapshot: Snapshot) -> None:
        self.current_block.apply_phase_style(snapshot, self._theme, self._flashing)

    def on_alert(self, event: MeetingEvent, snapshot: Snapshot) -> None:
        if event.type in (EventType.WARNING, EventType.TIME_UP, EventType.OVERRUN,
                          EventType.BREAK_OVER):
            self.flash(event.type.value)
        if event.type is EventType.BLOCK_START and snapshot.block.cue:
            self.flash(event.type.value)

    def flash(self, reason: str) -> None:
        """Invert the timer's colours for a moment."""
        self._flashing = True
        self._apply_phase_style(self.bridge.snapshot)
        self._flash_timer.start(FLASH_MS)
        self.flashed.emit(reason)

    def _end_flash(self) -> None:
        self._flashing = False
        self._apply_phase_style(self.bridge.snapshot)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # The timer's host refits the big digits when it is resized itself.
        if self.help_overlay.isVisible():
            self._place_help()

    # ------------------------------------------------------------------ files and closing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        urls = event.mimeData().urls()
        if any(u.isLocalFile() and u.toLocalFile().lower().endswith(PROGRAMME_SUFFIXES)
               for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PROGRAMME_SUFFIXES):
                event.acceptProposedAction()
                self.open_programme(Path(url.toLocalFile()))
                return
        event.ignore()

    def _restore_geometry(self) -> None:
        saved = self._settings.get("window_geometry")
        # A saved place from a larger screen, or none: either way within this one.
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            keep_within_screen(self)
        else:
            fit_window(self, QSize(1100, 760))
        ScreenFit(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        state = self.bridge.engine.state
        if state in (MeetingState.RUNNING, MeetingState.PAUSED):
            choice = self._asker.choose(
                self, self.tr("A meeting is running"),
                self.tr("Quit while the meeting runs? Finish it, or keep its log open so "
                        "the meeting can be resumed when you start again."),
                [self.tr("Finish and quit"), self.tr("Quit, resume later")], default=1)
            if choice is None:
                event.ignore()
                return
            if choice == 0:
                self.bridge.finish()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Save the window's settings and close the meeting's log; asks nothing."""
        for face in (self._compact, self._projector):
            if face is not None:
                face.close()  # the compact view stores its place as it closes
        self._settings.set("window_geometry",
                           bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        problem = self._settings.save()
        if problem:
            print(message_text()(problem), file=sys.stderr)
        self.stop_following_slides()
        if self._remote is not None:
            self._remote.stop()
        self.bridge.stop()
        self.session.close()

    # ------------------------------------------------------------------ the phone remote

    def remote_link(self) -> RemoteLink | None:
        """The remote (made on first use; its server starts only when asked)."""
        if self._remote is None and self._make_remote is not None:
            self._remote = self._make_remote(self)
        return self._remote

    def show_remote(self) -> None:
        """View ▸ Show on phone…: the address, the QR code and the links."""
        from .remote_dialog import RemoteDialog

        link = self.remote_link()
        if link is None:
            return
        dialog = RemoteDialog(link, self)
        dialog.exec()

    # ------------------------------------------------------------------ slides

    def follow_slides(self, source: SlideSource, title: str) -> None:
        """Follow `source` (ui/slide_follow.py); it is stopped when the window shuts down."""
        self.slide_following.follow(source, title)

    def stop_following_slides(self, show_ended: bool = False) -> None:
        self.slide_following.stop(show_ended)

    def clicker_forward(self) -> None:
        """PageDown from the clicker: the show one slide on (the `keys` source only)."""
        self.slide_following.click(forward=True)

    def clicker_back(self) -> None:
        self.slide_following.click(forward=False)

    def _followed_source(self) -> str:
        source = self.slide_following.source
        return source.name if source is not None else ""
