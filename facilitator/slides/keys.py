"""The presenter's clicker as a slide source: PageDown and PageUp in the timer's window.

A clicker sends PageDown and PageUp to whichever window has the focus. When
that is the timer's window and this source is chosen, each press is counted
as the show moving one slide on or back. Nothing tells the count which slide
the show really is on: it starts where the window says (`forward(start)`:
the first slide of the running block, or 1) and then follows the keys only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator.slides.source import ConnectionState, SlideSource


class KeySlideSource(SlideSource):
    """Counts the clicker's presses as slides (see SlideSource's signals).

    Always CONNECTED while started (there is nothing to look for). The first
    press starts the show: from `start`, one on or one back; later presses move
    from the slide before. Never below slide 1.
    """

    name = "keys"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._set_connection(ConnectionState.CONNECTED)

    def stop(self) -> None:
        self._running = False
        self._set_show(False)
        self._set_connection(ConnectionState.STOPPED)

    def forward(self, start: int) -> None:
        """PageDown: one slide on (from `start` if the count has not begun)."""
        self._move(start, 1)

    def back(self, start: int) -> None:
        """PageUp: one slide back, never before slide 1."""
        self._move(start, -1)

    def _move(self, start: int, by: int) -> None:
        if not self._running:
            return
        here = self.current_slide()
        self._set_slide(max(1, (here if here is not None else max(1, start)) + by))
