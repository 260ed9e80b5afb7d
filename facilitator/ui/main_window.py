"""The facilitator's window: the live meeting at a glance, with controls and shortcuts."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import Agenda, AgendaError
from ..core.durations import format_clock
from ..core.engine import BlockStatus, MeetingState, Phase, ScheduleReference, Snapshot
from ..core.events import EventType, MeetingEvent
from ..messages_text import installed as message_text
from ..settings import Settings
from .bridge import MeetingBridge
from .fit import ScreenFit, fit_window, keep_within_screen
from .flow import FlowLayout
from .text import (
    clock_of_day,
    countdown,
    figure_caption,
    figure_text,
    kind_name,
    minutes_text,
    phase_label,
    plain_tip,
    plain_title,
    schedule_text,
    slides_text,
)
from .timeline import TimelineStrip
from .widgets import FLASH_MS, PHASE_COLOURS, Asker, CountdownLabel, MessageBoxAsker, plain_label

if TYPE_CHECKING:
    from .compact import CompactView
    from .projector import ProjectorView

__all__ = ["MainWindow", "MeetingSession"]

PROGRAMME_SUFFIXES = (".yaml", ".yml", ".txt", ".md", ".markdown")

#: How long a note about the clocks (a restart, a suspend, a changed wall clock) stays shown.
CLOCK_NOTICE_MS = 60_000
NOTE_REASONS = ("discussion", "technical", "late start", "questions", "other")


def notes_view(point_size: float, lines: int | None = None) -> QPlainTextEdit:
    """Programme notes: plain text that scrolls, read-only, never taking the keyboard.

    With `lines`, the view is at most that many lines high, so long notes
    scroll instead of pushing the big timer aside.
    """
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    font = view.font()
    font.setPointSizeF(max(font.pointSizeF(), point_size))
    view.setFont(font)
    if lines is not None:
        frame = view.frameWidth() * 2 + int(view.document().documentMargin() * 2)
        view.setMaximumHeight(math.ceil(QFontMetricsF(font).lineSpacing()) * lines + frame)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return view


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


class LabelHost(QWidget):
    """Holds a label that changes every second, without a layout around it.

    QLabel.setText asks its parent's layout to recompute; in the window that
    ripples up through every layout each second. A host without a layout
    keeps the change local: the label just fills the host.
    """

    def __init__(self, label: QLabel, on_resize: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        if self._on_resize is not None:
            self._on_resize()


class SharePages(QStackedWidget):
    """Pages that take their share of the window's height, never what their text asks.

    A long programme (wrapped text, a long table) must not squeeze the big
    timer: the pages' contents scroll instead. Without height-for-width, the
    window's layout gives the pages their stretch's share, not their wish.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


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


class HelpOverlay(QFrame):
    """The keyboard shortcuts, drawn over the window (F1 or ?)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        title = plain_label(self.tr("Keyboard shortcuts"), 18, bold=True)
        layout.addWidget(title)
        table = QTableWidget(len(rows), 2)
        table.horizontalHeader().setVisible(False)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        layout.addWidget(plain_label(self.tr("Press F1, ? or Esc to close.")))
        self.hide()

    def mousePressEvent(self, event: QEvent) -> None:  # type: ignore[override]  # noqa: N802
        self.hide()


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
                 sessions_dir: Path | None = None) -> None:
        super().__init__()
        self._settings = settings
        self._open_session = open_session
        self._asker = asker or MessageBoxAsker(self)
        self._theme = self._resolve_theme(theme)
        self._set_muted = set_muted
        self._sessions_dir = sessions_dir
        # Created on first use, without a parent: a tool window with a parent
        # hides when the main window is minimised (Windows, macOS).
        self._compact: CompactView | None = None
        self._projector: ProjectorView | None = None
        self._session: MeetingSession | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._flashing = False
        self._last_phase: Phase | None = None
        self._last_block_shown: int | None = None
        self._last_step_shown: int | None = -1
        self._last_step_lengths: tuple[float, ...] = ()
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 520)
        self._build()
        self._build_actions()
        self._build_sound_notice()
        self._restore_geometry()
        self.set_session(session)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(6)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = plain_label("", 22, bold=True)
        self.title_label.setObjectName("blockTitle")
        self.meta_label = plain_label("", 14)
        self.meta_label.setObjectName("blockMeta")
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        self.clock_label = plain_label("", 22, bold=True, wrap=False)
        self.clock_label.setObjectName("clock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.clock_label)
        outer.addLayout(header)

        self.timer_frame = QFrame()
        self.timer_frame.setObjectName("timerFrame")
        timer_layout = QVBoxLayout(self.timer_frame)
        timer_layout.setContentsMargins(10, 4, 10, 6)
        timer_layout.setSpacing(0)
        self.phase_label = plain_label("", 16, bold=True, wrap=False)
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label = CountdownLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_font = QFont(self.timer_label.font())
        timer_font.setBold(True)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        timer_font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.timer_label.setFont(timer_font)
        timer_host = LabelHost(self.timer_label, on_resize=self._fit_timer_font)
        timer_host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        timer_host.setMinimumHeight(90)
        timer_layout.addWidget(self.phase_label)
        timer_layout.addWidget(timer_host, 1)
        outer.addWidget(self.timer_frame, 3)

        self.cue_label = plain_label("", 16, bold=True)
        self.cue_label.setObjectName("cue")
        self.cue_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.cue_label.setMargin(6)
        outer.addWidget(self.cue_label)

        self.pages = SharePages()
        self.pages.addWidget(self._build_overview())
        self.pages.addWidget(self._build_live())
        self.pages.addWidget(self._build_summary())
        self.pages.setMinimumHeight(math.ceil(QFontMetricsF(self.font()).lineSpacing()) * 6)
        # The timer takes three fifths of the height the fixed rows leave.
        outer.addWidget(self.pages, 2)

        self.next_label = plain_label("", 14)
        self.next_label.setObjectName("next")
        outer.addWidget(self.next_label)
        self.timeline = TimelineStrip()
        outer.addWidget(self.timeline)
        self.schedule_label = plain_label("", 15, bold=True)
        self.schedule_label.setObjectName("schedule")
        outer.addWidget(self.schedule_label)

        # Wraps onto a second line rather than clipping on a narrow screen.
        buttons = FlowLayout()
        self.previous_button = self._button(self.tr("◀ Previous"))
        self.start_button = self._button(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.next_button = self._button(self.tr("Next ▶"))
        self.minus_button = self._button(self.tr("−1 min"))
        self.plus_button = self._button(self.tr("+1 min"))
        self.plan_button = self._button(self.tr("Catch up…"))
        self.undo_button = self._button(self.tr("Undo plan"))
        self.note_button = self._button(self.tr("Note…"))
        for button in (self.previous_button, self.start_button, self.next_button,
                       self.minus_button, self.plus_button, self.plan_button,
                       self.undo_button, self.note_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.setCentralWidget(central)
        self.help_overlay = HelpOverlay([], central)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        # Buttons must not take the keyboard: Space belongs to start/pause.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(34)
        return button

    def _build_overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.overview_label = plain_label("", 14, bold=True)
        self.overview_label.setObjectName("overview")
        self.programme_notes = notes_view(12, lines=5)
        self.programme_notes.setObjectName("programmeNotes")
        self.overview_table = QTableWidget(0, 5)
        self.overview_table.setObjectName("overviewTable")
        self.overview_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Block"), self.tr("Length"), self.tr("Slides"),
             self.tr("Kind")])
        self._readonly_table(self.overview_table, stretch=1)
        layout.addWidget(self.overview_label)
        layout.addWidget(self.programme_notes)
        layout.addWidget(self.overview_table, 1)
        return page

    def _build_live(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.step_label = plain_label("", 15, bold=True)
        self.step_label.setObjectName("step")
        self.step_time_label = plain_label("", 15, bold=True, wrap=False)
        self.step_time_label.setObjectName("stepTime")
        self.step_time_label.setAutoFillBackground(True)  # opaque: repaints only itself
        step_time_host = LabelHost(self.step_time_label)
        step_time_host.setFixedHeight(self.step_time_label.sizeHint().height() + 4)
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps")
        self.steps_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps_list.setWordWrap(True)
        list_font = self.steps_list.font()
        list_font.setPointSizeF(max(list_font.pointSizeF(), 12))
        self.steps_list.setFont(list_font)
        left_layout.addWidget(self.step_label)
        left_layout.addWidget(step_time_host)
        left_layout.addWidget(self.steps_list, 1)
        self.notes_view = notes_view(12)
        self.notes_view.setObjectName("notes")
        splitter.addWidget(left)
        splitter.addWidget(self.notes_view)
        splitter.setSizes([420, 520])
        return splitter

    def _build_summary(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = plain_label("", 14, bold=True)
        self.summary_label.setObjectName("summary")
        self.summary_table = QTableWidget(0, 4)
        self.summary_table.setObjectName("summaryTable")
        self.summary_table.setHorizontalHeaderLabels(
            [self.tr("Block"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference")])
        self._readonly_table(self.summary_table, stretch=0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_table, 1)
        return page

    @staticmethod
    def _readonly_table(table: QTableWidget, stretch: int) -> None:
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _action(self, text: str, keys: list[str], slot: Callable[[], object],
                menu_name: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self._help_rows.append((" ".join(QKeySequence(k).toString(
            QKeySequence.SequenceFormat.NativeText) for k in keys), text))
        return action

    def _build_actions(self) -> None:
        self._help_rows: list[tuple[str, str]] = []
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("Open programme…"), ["Ctrl+O"],
                                        self.choose_programme)
        file_menu.addAction(self.open_action)
        self.import_action = self._action(self.tr("Import from text…"), ["Ctrl+I"],
                                          self.import_programme)
        file_menu.addAction(self.import_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open recent"))
        self.review_action = self._action(self.tr("Review meetings…"), ["Ctrl+L"],
                                          self.open_review)
        self.review_action.setEnabled(self._sessions_dir is not None)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        self.preferences_action = self._action(self.tr("Preferences…"), ["Ctrl+,"],
                                               self.open_preferences)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), ["Ctrl+Q"], self.close)
        file_menu.addAction(self.quit_action)

        meeting = menu.addMenu(self.tr("&Meeting"))
        self.toggle_action = self._action(self.tr("Start / pause / resume"), ["Space"],
                                          self.toggle)
        self.next_action = self._action(self.tr("Next block"), ["Right", "PgDown", "N"],
                                        self.next_block)
        self.previous_action = self._action(self.tr("Previous block"), ["Left", "PgUp", "P"],
                                            self.previous_block)
        self.plus_action = self._action(self.tr("Add a minute"), ["+", "="],
                                        lambda: self.adjust(1))
        self.minus_action = self._action(self.tr("Take a minute"), ["-"],
                                         lambda: self.adjust(-1))
        self.plan_action = self._action(self.tr("Catch-up plan…"), ["C"], self.offer_plan)
        self.undo_action = self._action(self.tr("Undo catch-up plan"), ["Ctrl+Z"],
                                        self.undo_plan)
        self.jump_action = self._action(self.tr("Go to block…"), ["G"], self.choose_block)
        self.note_action = self._action(self.tr("Note or overrun reason…"), ["R"],
                                        self.add_note)
        self.restart_action = self._action(self.tr("Restart this block"), ["Ctrl+R"],
                                           self.restart_block)
        self.finish_action = self._action(self.tr("Finish the meeting"), ["Ctrl+E"],
                                          self.finish)
        self.from_start_action = self._action(
            self.tr("Time from the start, not the planned clock"), ["T"],
            self.choose_from_start)
        self.from_start_action.setCheckable(True)
        for action in (self.toggle_action, self.next_action, self.previous_action,
                       self.plus_action, self.minus_action, self.plan_action,
                       self.undo_action, self.jump_action, self.note_action,
                       self.restart_action, self.finish_action):
            meeting.addAction(action)
        meeting.addSeparator()
        meeting.addAction(self.from_start_action)
        self.digit_actions = []
        for digit in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(digit)))
            action.triggered.connect(lambda _c=False, d=digit: self.jump_to(d - 1))
            self.addAction(action)
            self.digit_actions.append(action)
        self._help_rows.append(("1 … 9", self.tr("Go to block 1 … 9")))

        view = menu.addMenu(self.tr("&View"))
        self.mute_action = self._action(self.tr("Mute sounds"), ["M"], lambda: None)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(bool(self._settings.get("muted")))
        self.mute_action.triggered.disconnect()
        self.mute_action.toggled.connect(self.set_muted)
        view.addAction(self.mute_action)
        self.compact_action = self._action(self.tr("Compact view"), ["K"], self.toggle_compact)
        self.projector_action = self._action(self.tr("Projector countdown"), ["F5"],
                                             self.toggle_projector)
        self.next_screen_action = self._action(self.tr("Projector to the next screen"),
                                               ["Shift+F5"], self.projector_next_screen)
        view.addSeparator()
        view.addAction(self.compact_action)
        view.addAction(self.projector_action)
        self.screen_menu = view.addMenu(self.tr("Projector screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        view.addAction(self.next_screen_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("Keyboard shortcuts"), ["F1", "?"],
                                        self.toggle_help)
        help_menu.addAction(self.help_action)
        escape = QAction(self)
        escape.setShortcut(QKeySequence("Esc"))
        escape.triggered.connect(lambda _c=False: self.help_overlay.hide())
        self.addAction(escape)
        self.help_overlay.deleteLater()
        self.help_overlay = HelpOverlay(self._help_rows, self._central())

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
        self._last_block_shown = None
        self._fill_overview(session.agenda)
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

    def _fill_overview(self, agenda: Agenda) -> None:
        start = agenda.start
        total = minutes_text(agenda.total_minutes)
        if start is not None:
            when = f"{format_clock(start)}–{format_clock(start + agenda.total_minutes)}"
            text = self.tr("%1 · %2 · %3 blocks").replace("%1", when).replace("%2", total)
        else:
            text = self.tr("%2 · %3 blocks").replace("%2", total)
        self.overview_label.setText(text.replace("%3", str(len(agenda.blocks))))
        self.programme_notes.setPlainText(agenda.notes)
        self.programme_notes.setVisible(bool(agenda.notes))
        table = self.overview_table
        table.setRowCount(len(agenda.blocks))
        offsets = agenda.planned_offsets()
        for row, (block, offset) in enumerate(zip(agenda.blocks, offsets, strict=True)):
            when = format_clock(start + offset) if start is not None else f"+{int(offset)}"
            cells = [when, block.title,
                     minutes_text(block.minutes) if block.timed else self.tr("untimed"),
                     str(block.slides).replace("-", "–") if block.slides else "",
                     kind_name(block.kind)]
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))

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
        except Exception as exc:  # the importer or a file system error
            self._asker.inform(self, self.tr("Cannot open the programme"), f"{path}: {exc}")
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

    def open_preferences(self) -> None:
        from PySide6.QtGui import QGuiApplication

        from .preferences import PreferencesDialog

        screens = [screen.name() for screen in QGuiApplication.screens()]
        dialog = PreferencesDialog(self._settings, screens, self,
                                   sound_unavailable=self._sound_unavailable)
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
        """Draw the moment; nothing here computes time, it only formats the snapshot."""
        block = snapshot.block
        state = snapshot.state
        n = len(snapshot.timeline)
        self.clock_label.setText(clock_of_day(snapshot.now))
        if state is MeetingState.FINISHED:
            self._show_finished(snapshot)
        else:
            self.title_label.setText(block.title)
            meta = [kind_name(block.kind), slides_text(block.slides),
                    self.tr("Block %1 of %2").replace("%1", str(snapshot.index + 1))
                    .replace("%2", str(n))]
            if block.timed:
                meta.insert(2, minutes_text(snapshot.length / 60))
            self.meta_label.setText(" · ".join(meta))
            # The same figure as the compact view's and the room's (text.figure_text).
            self.timer_label.setText(figure_text(snapshot))
            label = phase_label(snapshot)
            caption = figure_caption(snapshot)
            if caption:
                label = f"{caption} · {label}"
            if state is MeetingState.NOT_STARTED:
                label = self.tr("Ready · press Space to start")
            elif state is MeetingState.PAUSED:
                label = self.tr("❚❚ Paused %1 · %2").replace(
                    "%1", countdown(snapshot.paused_for)).replace("%2", label)
            self.phase_label.setText(label)
            self.cue_label.setText(block.cue)
            self.cue_label.setVisible(bool(block.cue) and state is not MeetingState.NOT_STARTED)
            self.pages.setCurrentIndex(0 if state is MeetingState.NOT_STARTED else 1)
            self._show_steps(snapshot)
            self._show_next(snapshot)
            self.schedule_label.setText(schedule_text(snapshot))
        self._apply_phase_style(snapshot)
        self.timeline.set_snapshot(snapshot)
        self._update_controls(snapshot)

    def _show_steps(self, snapshot: Snapshot) -> None:
        block = snapshot.block
        lengths = snapshot.step_lengths or tuple(s.minutes * 60 for s in block.steps)
        if snapshot.index != self._last_block_shown or lengths != self._last_step_lengths:
            # A new block, or a minute added to a step: its length in the list follows.
            if snapshot.index != self._last_block_shown:
                self.notes_view.setPlainText(block.notes)
            self._last_block_shown = snapshot.index
            self._last_step_lengths = lengths
            self._last_step_shown = -1
            self.steps_list.clear()
            for number, (step, length) in enumerate(zip(block.steps, lengths, strict=True),
                                                    start=1):
                item = QListWidgetItem(f"{number}. {step.title} · {minutes_text(length / 60)}")
                self.steps_list.addItem(item)
            self.steps_list.setVisible(bool(block.steps))
        # Touching the list's items repaints it; do it only when the step changes.
        if snapshot.step_index != self._last_step_shown:
            self._last_step_shown = snapshot.step_index
            for row in range(self.steps_list.count()):
                item = self.steps_list.item(row)
                font = item.font()
                font.setBold(row == snapshot.step_index)
                item.setFont(font)
            if snapshot.step_index is not None:
                self.steps_list.setCurrentRow(snapshot.step_index)
        if snapshot.step is not None and snapshot.step_remaining is not None:
            assert snapshot.step_index is not None
            self.step_label.setText(
                self.tr("Step %1/%2: %3").replace("%1", str(snapshot.step_index + 1))
                .replace("%2", str(len(block.steps))).replace("%3", snapshot.step.title))
            remaining = snapshot.step_remaining
            if snapshot.figure_is_step:
                # The big timer counts the step; this line keeps the block in sight.
                self.step_time_label.setText(
                    self.tr("%1 left of the block").replace("%1", countdown(snapshot.remaining))
                    if block.timed else "")
                return
            self.step_time_label.setText(
                self.tr("%1 left of this step").replace("%1", countdown(remaining))
                if remaining >= 0 else
                self.tr("%1 over this step").replace("%1", countdown(remaining)))
        else:
            self.step_label.setText(self.tr("No steps in this block"))
            self.step_time_label.setText("")

    def _show_next(self, snapshot: Snapshot) -> None:
        if snapshot.next_block is None or snapshot.next_length is None:
            self.next_label.setText(self.tr("Next: the end of the meeting"))
            return
        nxt = snapshot.next_block
        parts = [nxt.title]
        if nxt.timed:
            parts.append(minutes_text(snapshot.next_length / 60))
        if nxt.slides is not None:
            parts.append(slides_text(nxt.slides))
        self.next_label.setText(self.tr("Next: %1").replace("%1", " · ".join(parts)))

    def _show_finished(self, snapshot: Snapshot) -> None:
        agenda = self.bridge.engine.agenda
        self.title_label.setText(agenda.title)
        self.meta_label.setText(self.tr("The meeting is finished"))
        self.timer_label.setText(figure_text(snapshot))
        planned = agenda.total_minutes
        actual = snapshot.elapsed / 60
        self.phase_label.setText(self.tr("Finished · took %1 of %2 planned")
                                 .replace("%1", minutes_text(actual))
                                 .replace("%2", minutes_text(planned)))
        self.cue_label.hide()
        self.next_label.setText("")
        self.schedule_label.setText(schedule_text(snapshot))
        self.pages.setCurrentIndex(2)
        start = snapshot.started_at
        self.summary_label.setText(
            self.tr("Started %1, ended %2; planned %3–%4.")
            .replace("%1", clock_of_day(start) if start else "–")
            .replace("%2", clock_of_day(snapshot.projected_end))
            .replace("%3", clock_of_day(snapshot.planned_start))
            .replace("%4", clock_of_day(snapshot.planned_end)))
        table = self.summary_table
        table.setRowCount(len(snapshot.timeline))
        for row, entry in enumerate(snapshot.timeline):
            spent = entry.actual_seconds / 60
            skipped = entry.status is BlockStatus.SKIPPED
            delta = spent - entry.planned_minutes
            whole = int(round(delta))
            shown = f"+{whole}" if whole > 0 else (f"−{-whole}" if whole < 0 else "0")
            cells = [entry.title, minutes_text(entry.planned_minutes),
                     self.tr("skipped") if skipped else minutes_text(spent),
                     "" if skipped else shown]
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))

    def _apply_phase_style(self, snapshot: Snapshot) -> None:
        phase = snapshot.phase if snapshot.state in (MeetingState.RUNNING,
                                                      MeetingState.PAUSED) else Phase.NORMAL
        if snapshot.state is MeetingState.FINISHED or not snapshot.block.timed:
            phase = Phase.UNTIMED
        background, foreground = PHASE_COLOURS[self._theme][phase]
        if self._flashing:
            background, foreground = foreground, background
        border = "6px solid" if phase in (Phase.TIME_UP, Phase.OVERRUN) else "2px solid"
        style = (f"#timerFrame {{ background: {background}; border: {border} {foreground};"
                 f" border-radius: 10px; }}"
                 f" #timerFrame QLabel {{ color: {foreground}; background: transparent; }}"
                 f" #timerFrame QLabel#timer {{ background: {background}; }}")
        if style != self.timer_frame.styleSheet():
            self.timer_frame.setStyleSheet(style)
            # The big number repaints every second: an opaque label spares the
            # styled frame and the window behind it from repainting too.
            palette = self.timer_label.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            self.timer_label.setPalette(palette)
            self.timer_label.setAutoFillBackground(True)
        if self.timer_frame.property("phase") != phase.value:
            self.timer_frame.setProperty("phase", phase.value)
        self._last_phase = phase

    def _update_controls(self, snapshot: Snapshot) -> None:
        state = snapshot.state
        live = state in (MeetingState.RUNNING, MeetingState.PAUSED)
        self.start_button.setText({
            MeetingState.NOT_STARTED: self.tr("Start"),
            # Named by what it does to the clock: a break block is called "Pause" too.
            MeetingState.RUNNING: self.tr("Pause timer"),
            MeetingState.PAUSED: self.tr("Resume timer"),
            MeetingState.FINISHED: self.tr("Finished"),
        }[state])
        self.start_button.setEnabled(state is not MeetingState.FINISHED)
        for widget in (self.previous_button, self.minus_button, self.plus_button,
                       self.note_button):
            widget.setEnabled(live)
        self.next_button.setEnabled(state is not MeetingState.FINISHED)
        self.plan_button.setEnabled(self.bridge.plan_available)
        self.undo_button.setEnabled(live and snapshot.can_undo_plan)
        self.from_start_action.setEnabled(state is MeetingState.NOT_STARTED
                                          and snapshot.programme_start is not None)
        self.from_start_action.setChecked(snapshot.reference is ScheduleReference.FROM_START)

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

    def _fit_timer_font(self) -> None:
        label = self.timer_label
        height = max(40, label.height())
        width = max(100, label.width())
        font = label.font()
        # Monospace digits are about 0.6 em wide; "+1:05:00" is the longest text.
        size = max(24, int(min(height * 0.92, width / (7 * 0.62))))
        if font.pixelSize() != size:
            font.setPixelSize(size)
            label.setFont(font)

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
            print(problem, file=sys.stderr)
        self.bridge.stop()
        self.session.close()
