"""The main window's menus and keyboard shortcuts, and the overlay that lists them (F1).

Every action is a window shortcut, so the keys work wherever the focus is
in the window. What an action does is the window's: it is reached through
WindowCommands, the window's side of the bargain, so this module never
imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..widgets import plain_label

__all__ = ["HelpOverlay", "WindowActions", "WindowCommands"]


class WindowCommands(Protocol):
    """What the menus and keys ask of the window."""

    def choose_programme(self) -> None: ...
    def import_programme(self) -> None: ...
    def open_review(self) -> None: ...
    def open_preferences(self) -> None: ...
    def close(self) -> bool: ...
    def toggle(self) -> None: ...
    def next_block(self) -> None: ...
    def previous_block(self) -> None: ...
    def adjust(self, minutes: int) -> None: ...
    def offer_plan(self) -> None: ...
    def undo_plan(self) -> None: ...
    def choose_block(self) -> None: ...
    def add_note(self) -> None: ...
    def restart_block(self) -> None: ...
    def finish(self) -> None: ...
    def choose_from_start(self) -> None: ...
    def jump_to(self, index: int) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def toggle_compact(self) -> None: ...
    def toggle_projector(self) -> None: ...
    def projector_next_screen(self) -> None: ...
    def toggle_help(self) -> None: ...
    def open_about(self) -> None: ...
    def clicker_forward(self) -> None: ...
    def clicker_back(self) -> None: ...
    def show_remote(self) -> None: ...


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
        self.table = table = QTableWidget(0, 2)
        table.horizontalHeader().setVisible(False)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_rows(rows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        layout.addWidget(plain_label(self.tr("Press F1, ? or Esc to close.")))
        self.hide()

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """The (keys, what) lines to list."""
        self.table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))

    def mousePressEvent(self, event: QEvent) -> None:  # type: ignore[override]  # noqa: N802
        self.hide()


class WindowActions(QObject):
    """The File, Meeting, View and Help menus of `window`, their shortcuts and the help overlay.

    `muted` is the mute action's first state (toggling it calls set_muted);
    `can_review` enables Review meetings. The window fills `recent_menu` and
    `screen_menu` itself; `help_rows` are the (keys, what) lines of the
    overlay, in menu order. PageDown and PageUp are next and previous block,
    or the clicker's next and previous slide after `set_clicker_keys(True)`.
    """

    def __init__(self, window: QMainWindow, commands: WindowCommands, central: QWidget,
                 muted: bool, can_review: bool) -> None:
        super().__init__(window)
        self._window = window
        self._help: list[QAction | tuple[str, str]] = []
        c = commands
        menu = window.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("Open programme…"), ["Ctrl+O"],
                                        c.choose_programme)
        file_menu.addAction(self.open_action)
        self.import_action = self._action(self.tr("Import from text…"), ["Ctrl+I"],
                                          c.import_programme)
        file_menu.addAction(self.import_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open recent"))
        self.review_action = self._action(self.tr("Review meetings…"), ["Ctrl+L"],
                                          c.open_review)
        self.review_action.setEnabled(can_review)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        self.preferences_action = self._action(self.tr("Preferences…"), ["Ctrl+,"],
                                               c.open_preferences)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), ["Ctrl+Q"], c.close)
        file_menu.addAction(self.quit_action)

        meeting = menu.addMenu(self.tr("&Meeting"))
        self.toggle_action = self._action(self.tr("Start / pause / resume"), ["Space"],
                                          c.toggle)
        self.next_action = self._action(self.tr("Next block"), ["Right", "PgDown", "N"],
                                        c.next_block)
        self.previous_action = self._action(self.tr("Previous block"), ["Left", "PgUp", "P"],
                                            c.previous_block)
        self.plus_action = self._action(self.tr("Add a minute"), ["+", "="],
                                        lambda: c.adjust(1))
        self.minus_action = self._action(self.tr("Take a minute"), ["-"],
                                         lambda: c.adjust(-1))
        self.plan_action = self._action(self.tr("Catch-up plan…"), ["C"], c.offer_plan)
        self.undo_action = self._action(self.tr("Undo catch-up plan"), ["Ctrl+Z"],
                                        c.undo_plan)
        self.jump_action = self._action(self.tr("Go to block…"), ["G"], c.choose_block)
        self.note_action = self._action(self.tr("Note or overrun reason…"), ["R"],
                                        c.add_note)
        self.restart_action = self._action(self.tr("Restart this block"), ["Ctrl+R"],
                                           c.restart_block)
        self.finish_action = self._action(self.tr("Finish the meeting"), ["Ctrl+E"],
                                          c.finish)
        self.from_start_action = self._action(
            self.tr("Time from the start, not the planned clock"), ["T"],
            c.choose_from_start)
        self.from_start_action.setCheckable(True)
        # The clicker's keys, when the slide source is the clicker (set_clicker_keys).
        self.clicker_forward_action = self._action(self.tr("Clicker: next slide"), [],
                                                   c.clicker_forward)
        self.clicker_back_action = self._action(self.tr("Clicker: previous slide"), [],
                                                c.clicker_back)
        for action in (self.toggle_action, self.next_action, self.previous_action,
                       self.plus_action, self.minus_action, self.plan_action,
                       self.undo_action, self.jump_action, self.note_action,
                       self.restart_action, self.finish_action):
            meeting.addAction(action)
        meeting.addSeparator()
        meeting.addAction(self.from_start_action)
        meeting.addAction(self.clicker_forward_action)
        meeting.addAction(self.clicker_back_action)
        self.set_clicker_keys(False)
        self.digit_actions = []
        for digit in range(1, 10):
            action = QAction(window)
            action.setShortcut(QKeySequence(str(digit)))
            action.triggered.connect(lambda _c=False, d=digit: c.jump_to(d - 1))
            window.addAction(action)
            self.digit_actions.append(action)
        self._help.append(("1 … 9", self.tr("Go to block 1 … 9")))

        view = menu.addMenu(self.tr("&View"))
        self.mute_action = self._action(self.tr("Mute sounds"), ["M"], lambda: None)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(muted)
        self.mute_action.triggered.disconnect()
        self.mute_action.toggled.connect(c.set_muted)
        view.addAction(self.mute_action)
        self.compact_action = self._action(self.tr("Compact view"), ["K"], c.toggle_compact)
        self.projector_action = self._action(self.tr("Projector countdown"), ["F5"],
                                             c.toggle_projector)
        self.next_screen_action = self._action(self.tr("Projector to the next screen"),
                                               ["Shift+F5"], c.projector_next_screen)
        view.addSeparator()
        view.addAction(self.compact_action)
        view.addAction(self.projector_action)
        self.screen_menu = view.addMenu(self.tr("Projector screen"))
        view.addAction(self.next_screen_action)
        view.addSeparator()
        # No key of its own: it opens a dialog, and is not wanted mid-sentence.
        self.remote_action = QAction(self.tr("Show on phone…"), window)
        self.remote_action.setObjectName("showOnPhone")
        self.remote_action.triggered.connect(lambda _checked=False: c.show_remote())
        view.addAction(self.remote_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("Keyboard shortcuts"), ["F1", "?"],
                                        c.toggle_help)
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("About facilitator"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda _checked=False: c.open_about())
        help_menu.addAction(self.about_action)
        self.help_overlay = HelpOverlay(self.help_rows, central)
        escape = QAction(window)
        escape.setShortcut(QKeySequence("Esc"))
        escape.triggered.connect(lambda _c=False: self.help_overlay.hide())
        window.addAction(escape)

    def _action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        self._help.append(action)
        return action

    @property
    def help_rows(self) -> list[tuple[str, str]]:
        """The overlay's (keys, what) lines: the actions' keys as they are now, menu order."""
        rows = []
        for entry in self._help:
            if isinstance(entry, tuple):
                rows.append(entry)
            elif entry.shortcuts() and entry.isEnabled():
                rows.append((" ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                                      for key in entry.shortcuts()), entry.text()))
        return rows

    def set_clicker_keys(self, on: bool) -> None:
        """PageDown/PageUp: the clicker's next/previous slide (on) or next/previous block."""
        pages = {self.next_action: ("Right", "PgDown", "N"),
                 self.previous_action: ("Left", "PgUp", "P")}
        for action, keys in pages.items():
            action.setShortcuts([QKeySequence(k) for k in keys
                                 if not (on and k.startswith("Pg"))])
        for action, key in ((self.clicker_forward_action, "PgDown"),
                            (self.clicker_back_action, "PgUp")):
            action.setShortcuts([QKeySequence(key)] if on else [])
            action.setEnabled(on)
            action.setVisible(on)
        if hasattr(self, "help_overlay"):
            self.help_overlay.set_rows(self.help_rows)
