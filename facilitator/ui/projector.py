"""The projector countdown: a full-screen view for the participants, on a screen of its own."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.agenda import BlockKind
from ..core.snapshot import MeetingState, Phase, Snapshot
from ..settings import Settings
from .bridge import MeetingBridge
from .programme_words import programme_words
from .text import clock_of_day, figure_text
from .widgets import (
    PHASE_COLOURS,
    CountdownLabel,
    digit_template,
    fit_pixel_size,
    plain_label,
    shown_phase,
    time_font,
)

__all__ = ["ProjectorView", "available_screens", "screen_label"]

#: Share of the view's height for each line of the countdown display.
HEIGHTS = {"clock": 0.06, "what": 0.11, "countdown": 0.42, "title": 0.08, "status": 0.06}
#: The holding display: the meeting's title and a large clock of day.
HOLDING_HEIGHTS = {"title": 0.10, "clock": 0.30}
#: A projector window that lost its screen comes back this large on the laptop.
WINDOWED_SHARE = 0.5


def screen_label(screen: QScreen, index: int) -> str:
    """A name for a screen in a menu: its own, or its place when it has none."""
    name = screen.name()
    if name:
        return name
    return QCoreApplication.translate("facilitator", "Screen %1").replace("%1", str(index + 1))


def available_screens() -> list[tuple[str, QScreen]]:
    """The screens to offer in the projector's menu, with names that tell them apart."""
    seen: dict[str, int] = {}
    screens = []
    for index, screen in enumerate(QGuiApplication.screens()):
        label = screen_label(screen, index)
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            label = f"{label} ({seen[label]})"
        size = screen.geometry().size()
        screens.append((f"{label} · {size.width()}×{size.height()}", screen))
    return screens


class ProjectorView(QWidget):
    """What the room sees: the current block's or step's countdown and the block's title.

    Nothing private is shown: no notes, no cues, no schedule, no next block.
    Blocks of kinds left out of the `projector_kinds` setting show a calm
    holding display instead, the meeting's title and the clock of day.

    The view goes full-screen on the chosen screen, by default one that does
    not hold the control window. With one screen it shows nothing by itself
    (`present` returns False) and the control window offers `fill_screen`:
    never a window dropped over the facilitator's timer. Covering the control
    window it takes the keys, and Esc or F5 closes it and gives them back.
    It follows screens coming and going: when its screen is unplugged it
    comes back as an ordinary window on the control window's screen, and when
    a screen is plugged in it moves there if that is where it belongs.

    Signals:
        screenChanged(str): the view moved to another screen (the screen's name).
        closed(): the user closed the view.
    """

    screenChanged = Signal(str)
    closed = Signal()

    def __init__(self, bridge: MeetingBridge, settings: Settings,
                 control_window: QWidget | None, theme: str = "dark",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._settings = settings
        self._control = control_window
        self._theme = theme if theme in PHASE_COLOURS else "dark"
        self._bridge: MeetingBridge | None = None
        self._connection: QMetaObject.Connection | None = None
        self._wanted: str = settings.get("projector_screen")
        self._chosen: QScreen | None = None
        self._screen: QScreen | None = None
        self._full = False
        # The control window's own screen, filled because the facilitator asked (one screen).
        self._filling: QScreen | None = None
        self._mode = ""
        self._fitted: tuple[object, ...] = ()
        self.setObjectName("projectorView")
        self.setWindowTitle(self.tr("Projector"))
        # The facilitator keeps typing in the control window while this appears.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._build()
        # Screens are the application's; connecting here is the only way to hear
        # a projector being plugged in or out.
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)
        self.set_bridge(bridge)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The screen decides the size; changing text must not resize the window.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.frame = QFrame()
        self.frame.setObjectName("projectorFrame")
        outer.addWidget(self.frame)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.addStretch(1)
        self.clock_label = plain_label("", wrap=False)
        self.clock_label.setObjectName("projectorClock")
        top.addWidget(self.clock_label)
        self.what_label = plain_label("", bold=True, wrap=False)
        self.what_label.setObjectName("projectorWhat")
        # The room's big digits change every second: drawn from cached glyphs.
        self.countdown_label = CountdownLabel()
        self.countdown_label.setObjectName("projectorCountdown")
        self.countdown_label.setFont(time_font(self.countdown_label.font()))
        self.title_label = plain_label("", wrap=False)
        self.title_label.setObjectName("projectorTitle")
        self.status_label = plain_label("", wrap=False)
        self.status_label.setObjectName("projectorStatus")
        for label in (self.what_label, self.countdown_label, self.title_label,
                      self.status_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The fonts follow the screen; the labels must not size the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addLayout(top)
        layout.addStretch(4)
        layout.addWidget(self.what_label, 12)
        layout.addWidget(self.countdown_label, 46)
        layout.addWidget(self.title_label, 10)
        layout.addWidget(self.status_label, 7)
        layout.addStretch(4)

    # ------------------------------------------------------------------ the bridge

    @property
    def bridge(self) -> MeetingBridge:
        assert self._bridge is not None
        return self._bridge

    def set_bridge(self, bridge: MeetingBridge) -> None:
        """Follow another meeting (a programme was opened)."""
        # By handle: the control window may already have cut every connection
        # of the old bridge, and a handle tolerates that where a slot does not.
        if self._connection is not None:
            QObject.disconnect(self._connection)
        self._bridge = bridge
        self._connection = bridge.refreshed.connect(self.show_snapshot)
        self.show_snapshot(bridge.snapshot)

    def set_theme(self, theme: str) -> None:
        self._theme = theme if theme in PHASE_COLOURS else "dark"
        self.show_snapshot(self.bridge.snapshot)

    # ------------------------------------------------------------------ showing

    @property
    def mode(self) -> str:
        """What the view shows now: "countdown", "untimed" or "holding"."""
        return self._mode

    @property
    def headline(self) -> str:
        """The big line as one sentence: "Gruppearbejde · 12:00" (or just the what)."""
        parts = [self.what_label.text(), self.countdown_label.text()]
        return " · ".join(p for p in parts if p)

    def shows_kind(self, kind: BlockKind) -> bool:
        kinds = self._settings.get("projector_kinds")
        return not kinds or kind.value in kinds

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Format the moment for the room; nothing here computes time."""
        block = snapshot.block
        live = snapshot.state in (MeetingState.RUNNING, MeetingState.PAUSED)
        if not live or not self.shows_kind(block.kind):
            mode = "holding"
            self.title_label.setText(self.bridge.engine.agenda.title)
            self.countdown_label.setText(clock_of_day(snapshot.now))
            self.what_label.setText("")
            self.clock_label.setText("")
            self.status_label.setText("")
            phase = Phase.UNTIMED
        else:
            self.clock_label.setText(clock_of_day(snapshot.now))
            self.title_label.setText(block.title)
            # The same figure as the control window's, labelled with what it counts.
            step = snapshot.step if snapshot.figure_is_step else None
            kind = programme_words(self.bridge.engine.agenda).kind(block.kind)
            self.what_label.setText(step.title if step is not None else kind)
            counted = step is not None or block.timed
            mode = "countdown" if counted else "untimed"
            self.countdown_label.setText(figure_text(snapshot) if counted else "")
            paused = snapshot.state is MeetingState.PAUSED
            self.status_label.setText(self.tr("❚❚ Paused") if paused else "")
            phase = shown_phase(snapshot)
        self.countdown_label.setAccessibleName(self.headline)
        self._mode = mode
        if self._fit_key() != self._fitted:
            self._fit_fonts()
        self._apply_style(phase)

    def _apply_style(self, phase: Phase) -> None:
        background, foreground = PHASE_COLOURS[self._theme][phase]
        style = (f"#projectorFrame {{ background: {background}; }}"
                 f" #projectorFrame QLabel {{ color: {foreground}; background: transparent; }}")
        if style != self.frame.styleSheet():
            self.frame.setStyleSheet(style)
        self.frame.setProperty("phase", phase.value)

    def _fit_key(self) -> tuple[object, ...]:
        # What the font sizes depend on; the digits change every second, their width not.
        return (self.size(), self._mode, digit_template(self.countdown_label.text()),
                self.what_label.text(), self.title_label.text())

    def _fit_fonts(self) -> None:
        """Size every line to the screen; the countdown as large as it can be."""
        self._fitted = self._fit_key()
        height = max(120, self.height())
        width = max(200, self.width() - 48)
        holding = self._mode == "holding"
        sizes = {
            self.clock_label: HEIGHTS["clock"],
            self.what_label: HEIGHTS["what"],
            self.countdown_label: HOLDING_HEIGHTS["clock"] if holding else HEIGHTS["countdown"],
            self.title_label: HOLDING_HEIGHTS["title"] if holding else HEIGHTS["title"],
            self.status_label: HEIGHTS["status"],
        }
        for label, share in sizes.items():
            sample = digit_template(label.text()) if label is self.countdown_label else ""
            size = fit_pixel_size(label.font(), sample, width, height * share, smallest=12)
            font = label.font()
            if font.pixelSize() != size:
                font.setPixelSize(size)
                label.setFont(font)
        for label in (self.what_label, self.title_label):
            # Long titles get smaller rather than cut; the room reads them from afar.
            font = label.font()
            fitted = fit_pixel_size(font, label.text(), width, height, smallest=12)
            if fitted < font.pixelSize():
                font.setPixelSize(fitted)
                label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_fonts()

    # ------------------------------------------------------------------ screens

    @property
    def projecting(self) -> bool:
        """Full-screen on a screen of its own (not a window on the laptop's)."""
        return self._full and self.isVisible()

    @property
    def current_screen(self) -> QScreen | None:
        return self._screen

    def _screens(self, without: QScreen | None = None) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if s is not without]

    def _control_screen(self, without: QScreen | None = None) -> QScreen | None:
        screens = self._screens(without)
        if self._control is not None:
            screen = self._control.screen()
            if screen in screens:
                return screen
        primary = QGuiApplication.primaryScreen()
        if primary in screens:
            return primary
        return screens[0] if screens else None

    def target_screen(self, without: QScreen | None = None) -> tuple[QScreen | None, bool]:
        """Where the view belongs, and whether it goes full-screen there."""
        screens = self._screens(without)
        if self._chosen in screens:
            return self._chosen, True
        if self._wanted:
            for screen in screens:
                if screen.name() == self._wanted:
                    return screen, True
        control = self._control_screen(without)
        for screen in screens:
            if screen is not control:
                return screen, True
        # One screen left: a window beside the control window, never over it.
        return control, False

    def choose_screen(self, screen: QScreen | None) -> None:
        """Project on `screen` (None: the default, a screen without the control window)."""
        # The screen object for now, its name for the next meeting and for when
        # it is unplugged and plugged in again.
        self._chosen = screen
        self._wanted = screen.name() if screen is not None else ""
        self._settings.set("projector_screen", self._wanted)
        self.present()

    def next_screen(self) -> None:
        """Move to the next screen in turn (a key for when the menu is out of reach)."""
        screens = self._screens()
        if not screens:
            return
        here = self._screen if self._screen in screens else None
        index = screens.index(here) + 1 if here is not None else 0
        self.choose_screen(screens[index % len(screens)])

    @property
    def has_screen_of_its_own(self) -> bool:
        """There is a screen for the room: another screen, or one chosen by the facilitator."""
        return self.target_screen()[1]

    @property
    def filling_control_screen(self) -> bool:
        """Full-screen over the control window, as asked for when there is one screen."""
        return self._filling is not None and self.isVisible()

    def present(self) -> bool:
        """Show the view where it belongs; False, and nothing shown, without a screen of its own.

        With one screen a window dropped over the control window would hide the
        facilitator's own timer: the caller offers `fill_screen` instead.
        """
        if not self.has_screen_of_its_own and not self.filling_control_screen:
            if self.isVisible():
                self.close()
            return False
        self._place()
        return True

    def fill_screen(self, screen: QScreen) -> None:
        """Fill the control window's screen, until Esc or F5 gives it back."""
        self._filling = screen
        self._go_full(screen)
        if screen is not self._screen:
            self._screen = screen
            self.screenChanged.emit(screen.name())
        self._take_keys()

    @property
    def covers_control_window(self) -> bool:
        """Full-screen on the control window's screen (asked for, or that screen chosen)."""
        return (self._full and self._control is not None and self._screen is not None
                and self._control.screen() is self._screen)

    def _take_keys(self) -> None:
        # It hides the control window's keys: they must reach it, so Esc or F5 closes it.
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def toggle(self) -> bool:
        """Show the view, or close it when it is shown (the key and the menu item).

        False when it could not be shown for want of a screen of its own.
        """
        if self.isVisible():
            self.close()
            return True
        return self.present()

    def _place(self, without: QScreen | None = None) -> None:
        screen, full = self.target_screen(without)
        if screen is None:
            return
        if not full and self._filling is not None:
            screen, full = self._filling, True
        elif full:
            self._filling = None
        if full:
            self._go_full(screen)
        else:
            self._go_windowed(screen)
        if screen is not self._screen:
            self._screen = screen
            self.screenChanged.emit(screen.name())
        if self.covers_control_window:
            self._take_keys()

    def _set_frameless(self, frameless: bool) -> None:
        if bool(self.windowFlags() & Qt.WindowType.FramelessWindowHint) != frameless:
            # Changing flags hides the window; _go_full and _go_windowed show it again.
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, frameless)

    def _go_full(self, screen: QScreen) -> None:
        self._full = True
        self._set_frameless(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if sys.platform == "darwin":
            # macOS's own full-screen gives the window a Space of its own and
            # blacks out the other displays; a frameless window the size of the
            # screen covers it just as well.
            self.show()
        else:
            self.showFullScreen()
        self.raise_()

    def _go_windowed(self, screen: QScreen) -> None:
        self._full = False
        if self.isFullScreen():
            self.showNormal()
        self._set_frameless(False)
        self.unsetCursor()
        area = screen.availableGeometry()
        width = int(area.width() * WINDOWED_SHARE)
        height = int(area.height() * WINDOWED_SHARE)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(area.center())
        self.setScreen(screen)
        self.setGeometry(rect)
        self.showNormal()

    def on_screen_added(self, screen: QScreen) -> None:
        """A screen was plugged in: move there if that is where the view belongs."""
        if not self.isVisible():
            return
        target, full = self.target_screen()
        if target is not self._screen or full != self._full:
            self._place()

    def on_screen_removed(self, screen: QScreen) -> None:
        """A screen is going away: never stay on it, come back to the control window's."""
        if screen is self._chosen:
            self._chosen = None
        here = screen is self._screen or self.screen() is screen
        if here:
            self._screen = None
        if not here or not self.isVisible():
            return
        # Qt would move the window to the primary screen at its old, now
        # off-screen, position; leave full-screen and come back in sight.
        control = self._control_screen(without=screen) or QGuiApplication.primaryScreen()
        if control is None:
            return
        self._go_windowed(control)
        self._screen = control
        self.screenChanged.emit(control.name())

    # ------------------------------------------------------------------ closing

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # F5 closes it as it opened it, when it has the keys (it fills the only screen).
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        covered = self.covers_control_window or self._filling is not None
        super().closeEvent(event)
        self._full = False
        self._filling = None
        if covered and self._control is not None and self._control.isVisible():
            # The facilitator's window comes back with the keys, ready for Space.
            self._control.raise_()
            self._control.activateWindow()
        self.closed.emit()
