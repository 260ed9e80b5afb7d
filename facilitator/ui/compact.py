"""The compact view: a small always-on-top window with the time left, the block and its slides."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMetaObject, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QSizeGrip,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.events import EventType, MeetingEvent
from ..core.snapshot import MeetingState, Phase, Snapshot
from ..settings import Settings
from .bridge import MeetingBridge
from .fit import keep_within_screen
from .panels.slides import pace_text
from .text import figure_caption, figure_text, slides_text
from .widgets import (
    FLASH_MS,
    PHASE_COLOURS,
    PHASE_MARKS,
    digit_template,
    fit_pixel_size,
    plain_label,
    shown_phase,
    time_font,
)

__all__ = ["CompactView", "FLASHING_ALERTS"]

#: Alerts that flash the compact view, as they flash the control window.
FLASHING_ALERTS = frozenset({EventType.WARNING, EventType.TIME_UP, EventType.OVERRUN,
                             EventType.BREAK_OVER})
MINIMUM_SIZE = (160, 64)
DEFAULT_SIZE = (240, 96)
#: Share of the height each line gets, with and without the status line.
#: The height each line takes (time, title, status, slide pace), by which of the last two
#: are shown.
LINE_SHARES = {(True, False): (0.58, 0.23, 0.19, 0.0), (False, False): (0.68, 0.32, 0.0, 0.0),
               (True, True): (0.50, 0.20, 0.16, 0.14), (False, True): (0.58, 0.24, 0.0, 0.18)}



class CompactView(QWidget):
    """A small frameless window that stays on top of the slides.

    It shows only what the facilitator needs while presenting: the time left,
    the block's title and its slides, coloured by the phase. It is a thin face:
    every number comes from the bridge's snapshot.

    Signals:
        closed(): the user closed the view.
        flashed(str): the view flashed for an alert (the event type).
    """

    closed = Signal()
    flashed = Signal(str)

    def __init__(self, bridge: MeetingBridge, settings: Settings, theme: str = "light",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._theme = theme if theme in PHASE_COLOURS else "light"
        self._bridge: MeetingBridge | None = None
        self._connections: list[QMetaObject.Connection] = []
        self._flashing = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.end_flash)
        self._drag_from: QPoint | None = None
        self._placed = False
        self._title = ""
        self._fitted: tuple[object, ...] = ()
        self.setObjectName("compactView")
        self.setWindowTitle(self.tr("Compact view"))
        self._apply_flags(on_top=True)
        # A tool window on macOS hides whenever the app is not active: exactly
        # when the facilitator is in the slides, so keep it shown.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow, True)
        self.setMinimumSize(*MINIMUM_SIZE)
        self._build()
        self.set_bridge(bridge)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame = QFrame()
        self.frame.setObjectName("compactFrame")
        outer.addWidget(self.frame)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        self.time_label = plain_label("", wrap=False)
        self.time_label.setObjectName("compactTime")
        self.time_label.setFont(time_font(self.time_label.font()))
        self.title_label = plain_label("", bold=True, wrap=False)
        self.title_label.setObjectName("compactTitle")
        self.status_label = plain_label("", wrap=False)
        self.status_label.setObjectName("compactStatus")
        # The main window's pace line, word for word (ui/panels/slides.pace_text).
        self.pace_label = plain_label("", wrap=False)
        self.pace_label.setObjectName("compactPace")
        self.pace_label.hide()
        for label in (self.time_label, self.title_label, self.status_label, self.pace_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The fonts are fitted to the window; the labels must not dictate its size.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.time_label, 58)
        layout.addWidget(self.title_label, 23)
        layout.addWidget(self.status_label, 19)
        layout.addWidget(self.pace_label, 0)
        self._lines = layout

        self.close_button = QToolButton(self.frame)
        self.close_button.setObjectName("compactClose")
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close the compact view"))
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.close)
        self.grip = QSizeGrip(self.frame)
        self.grip.setObjectName("compactGrip")

    def _apply_flags(self, on_top: bool) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
        if on_top:
            flags |= Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)

    # ------------------------------------------------------------------ the bridge

    @property
    def bridge(self) -> MeetingBridge:
        assert self._bridge is not None
        return self._bridge

    def set_bridge(self, bridge: MeetingBridge) -> None:
        """Follow another meeting (a programme was opened)."""
        # By handle: the control window may already have cut every connection
        # of the old bridge, and a handle tolerates that where a slot does not.
        for connection in self._connections:
            QObject.disconnect(connection)
        self._bridge = bridge
        self._connections = [bridge.refreshed.connect(self.show_snapshot),
                             bridge.alerted.connect(self.on_alert)]
        self.end_flash()

    def set_theme(self, theme: str) -> None:
        self._theme = theme if theme in PHASE_COLOURS else "light"
        self._apply_style(self.bridge.snapshot)

    # ------------------------------------------------------------------ showing

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Format the moment; nothing here computes time."""
        block = snapshot.block
        status: list[str] = []
        time_text = figure_text(snapshot)
        if snapshot.state is MeetingState.FINISHED:
            self._title = self.bridge.engine.agenda.title
            status.append(self.tr("Finished"))
        else:
            self._title = block.title
            if snapshot.state is MeetingState.NOT_STARTED:
                status.append(self.tr("Ready"))
            elif snapshot.state is MeetingState.PAUSED:
                status.append(self.tr("❚❚ Paused"))
            caption = figure_caption(snapshot)
            if caption:
                status.append(caption)
            if block.slides is not None:
                status.append(slides_text(block.slides))
            mark = PHASE_MARKS.get(shown_phase(snapshot))
            if mark and snapshot.state is not MeetingState.PAUSED:
                # A shape as well as a colour, so the phase reads without colour.
                status = [f"{mark} {' · '.join(status)}".strip()]
        self.time_label.setText(time_text)
        self.status_label.setText(" · ".join(status))
        self.status_label.setVisible(bool(status))
        pace = "" if snapshot.state is MeetingState.FINISHED else pace_text(
            self.bridge.engine.slide_pace())
        self.pace_label.setText(pace)
        self.pace_label.setVisible(bool(pace))
        if self._fit_key() != self._fitted:
            self._fit_fonts()
        else:
            self._show_title()
        self._apply_style(snapshot)

    def _show_title(self) -> None:
        label = self.title_label
        width = max(10, self._text_width())
        label.setText(label.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight,
                                                     width))

    def _text_width(self) -> int:
        margins = self._lines.contentsMargins()
        return self.width() - margins.left() - margins.right() - 2 * self._border_width()

    def _border_width(self) -> int:
        return 4 if shown_phase(self.bridge.snapshot) in (Phase.TIME_UP, Phase.OVERRUN) else 2

    def _apply_style(self, snapshot: Snapshot) -> None:
        phase = shown_phase(snapshot)
        background, foreground = PHASE_COLOURS[self._theme][phase]
        if self._flashing:
            background, foreground = foreground, background
        border = self._border_width()
        style = (f"#compactFrame {{ background: {background};"
                 f" border: {border}px solid {foreground}; }}"
                 f" #compactFrame QLabel, #compactFrame QToolButton"
                 f" {{ color: {foreground}; background: transparent; border: none; }}")
        if style != self.frame.styleSheet():
            self.frame.setStyleSheet(style)
        self.frame.setProperty("phase", phase.value)

    def _fit_key(self) -> tuple[object, ...]:
        # What the font sizes depend on; the time's digits change every second, its width not.
        return (self.size(), digit_template(self.time_label.text() or "00:00"),
                self.status_label.text(), self.status_label.isHidden(), self.pace_label.text(),
                self._border_width())

    def _fit_fonts(self) -> None:
        """Size the text to the window: the time as large as the height and width allow."""
        margins = self._lines.contentsMargins()
        height = self.height() - margins.top() - margins.bottom() - 2 * self._border_width()
        width = self._text_width()
        shares = LINE_SHARES[not self.status_label.isHidden(), not self.pace_label.isHidden()]
        self._fitted = self._fit_key()
        texts = (digit_template(self.time_label.text() or "00:00"), "", self.status_label.text(),
                 self.pace_label.text())
        labels = (self.time_label, self.title_label, self.status_label, self.pace_label)
        for label, text, share in zip(labels, texts, shares, strict=True):
            self._lines.setStretchFactor(label, int(share * 100))
            if share == 0:
                continue
            # The title is elided to the width; the others shrink until they fit.
            size = fit_pixel_size(label.font(), text, width, height * share)
            font = label.font()
            if font.pixelSize() != size:
                font.setPixelSize(size)
                label.setFont(font)
        self._show_title()

    @property
    def title(self) -> str:
        """The whole title; the label may show it elided."""
        return self._title

    @property
    def time_pixel_size(self) -> int:
        return self.time_label.font().pixelSize()

    # ------------------------------------------------------------------ alerts

    def on_alert(self, event: MeetingEvent, snapshot: Snapshot) -> None:
        if event.type in FLASHING_ALERTS:
            self.flash(event.type.value)

    def flash(self, reason: str) -> None:
        """Invert the colours for a moment; `end_flash` puts them back."""
        self._flashing = True
        self._apply_style(self.bridge.snapshot)
        self._flash_timer.start(FLASH_MS)
        self.flashed.emit(reason)

    def end_flash(self) -> None:
        self._flash_timer.stop()
        self._flashing = False
        if self._bridge is not None:
            self._apply_style(self._bridge.snapshot)

    @property
    def flashing(self) -> bool:
        return self._flashing

    # ------------------------------------------------------------------ the window

    @property
    def stays_on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def set_stays_on_top(self, on: bool) -> None:
        """Keep the view above other windows, or not (Wayland ignores this hint)."""
        if on == self.stays_on_top:
            return
        visible = self.isVisible()
        geometry = self.geometry()
        self._apply_flags(on)
        # New window flags recreate the native window, which hides it (on
        # Windows visibly so); show it again where it was.
        if visible:
            self.setGeometry(geometry)
            self.show()

    def toggle(self) -> None:
        """Show or hide the view (the key and the menu item)."""
        self.setVisible(not self.isVisible())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible and not self._placed:
            # Place before the first show, so the window never jumps.
            self._placed = True
            self._restore_geometry()
        super().setVisible(visible)
        if visible:
            self.show_snapshot(self.bridge.snapshot)

    def _restore_geometry(self) -> None:
        saved = self._settings.get("compact_geometry")
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            keep_within_screen(self)  # saved on a screen that may be gone or larger
            return
        # Nothing saved: keep a size or place given before the first show, else
        # a default size in the top right corner, clear of most slide content.
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            self.resize(*DEFAULT_SIZE)
        if not self.testAttribute(Qt.WidgetAttribute.WA_Moved):
            screen = self.screen()
            area = screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)
            self.move(area.right() - self.width() - 24, area.top() + 24)

    def save_geometry(self) -> None:
        self._settings.set("compact_geometry",
                           bytes(self.saveGeometry().toBase64().data()).decode("ascii"))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        self._flash_timer.stop()
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_fonts()
        frame = self.frame.rect()
        border = self._border_width()
        button = self.close_button.sizeHint()
        self.close_button.setGeometry(frame.right() - button.width() - border + 1,
                                      frame.top() + border, button.width(), button.height())
        grip = self.grip.sizeHint()
        self.grip.setGeometry(frame.right() - grip.width() - border + 1,
                              frame.bottom() - grip.height() - border + 1,
                              grip.width(), grip.height())
        self.close_button.raise_()
        self.grip.raise_()

    # ------------------------------------------------------------------ moving it

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        event.accept()
        handle = self.windowHandle()
        # The window system's own move is the only one Wayland allows, and it
        # snaps to edges elsewhere; a manual move is the fallback.
        if handle is not None and handle.startSystemMove():
            return
        self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = QMenu(self)
        on_top = menu.addAction(self.tr("Always on top"))
        on_top.setCheckable(True)
        on_top.setChecked(self.stays_on_top)
        on_top.toggled.connect(self.set_stays_on_top)
        menu.addSeparator()
        menu.addAction(self.tr("Close"), self.close)
        menu.exec(event.globalPos())
