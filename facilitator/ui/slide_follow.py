"""The window following a slide source: each change to the meeting, its words to the panel.

The main window owns one `SlideFollowing`; `compose()` (through app_slides.py)
hands it the source that `--slides` or Preferences chose. What a slide means
is the engine's to decide (core/slides.py); this only carries the source's
signals to the bridge and asks the slides panel to word the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core.slides import clicker_origin
from ..slides.keys import KeySlideSource
from ..slides.source import ConnectionState, SlideSource
from .panels.slides import SlidesPanel

if TYPE_CHECKING:
    from .bridge import MeetingBridge


class SlideFollowing(QObject):
    """Follows one slide source at a time for the window.

    `bridge()` is the window's bridge now (opening a programme replaces it),
    `panel` the slides panel, `say(text)` a passing message in the status bar,
    `clicker_keys(on)` gives PageDown and PageUp to the clicker (on) or back to
    the blocks.
    """

    def __init__(self, bridge: Callable[[], MeetingBridge], panel: SlidesPanel,
                 say: Callable[[str], None], clicker_keys: Callable[[bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._panel = panel
        self._say = say
        self._clicker_keys = clicker_keys
        self._source: SlideSource | None = None
        self._title = ""

    @property
    def source(self) -> SlideSource | None:
        return self._source

    def follow(self, source: SlideSource, title: str) -> None:
        """Follow `source` (its name goes to the journal; `title` to the status bar).

        Every slide change goes to the bridge, which asks the engine what it
        means; a show that ends, or a source that is gone, is told as no slide.
        The source is started here. The clicker's source (`keys`) takes PageDown
        and PageUp from the blocks.
        """
        self._source = source
        self._title = title
        source.slide_changed.connect(self._slide_changed)
        source.show_ended.connect(self._show_ended)
        source.connection_changed.connect(self._connection_changed)
        source.error.connect(self._error)
        self._clicker_keys(source.name == "keys")
        if source.name != "none":
            self._panel.show_connection(title, source.connection())
        else:
            self._panel.connection_label.hide()
        source.start()

    def stop(self, show_ended: bool = False) -> None:
        """Stop the source. Quitting is not the show ending: nothing more is told to the
        meeting, unless `show_ended` (another source replaces this one)."""
        source, self._source = self._source, None
        if source is None:
            return
        for signal in (source.slide_changed, source.show_ended, source.connection_changed,
                       source.error):
            signal.disconnect()
        source.stop()
        self._clicker_keys(False)
        if show_ended and self._bridge().engine.current_slide is not None:
            self._bridge().slide(None, source.name)

    def click(self, forward: bool) -> None:
        """PageDown (forward) or PageUp from the clicker, when the clicker is the source."""
        source = self._source
        if not isinstance(source, KeySlideSource):
            return
        engine = self._bridge().engine
        start = clicker_origin(engine.slide_map, engine.index)
        if forward:
            source.forward(start)
        else:
            source.back(start)

    def _slide_changed(self, number: int) -> None:
        source = self._source
        self._bridge().slide(number, source.name if source is not None else "")
        self._tell()
        if source is not None:
            self._panel.show_connection(self._title, source.connection(), number)

    def _show_ended(self) -> None:
        source = self._source
        if self._bridge().engine.current_slide is None:
            return
        self._bridge().slide(None, source.name if source is not None else "")
        self._tell()
        if source is not None:
            self._panel.show_connection(self._title, source.connection())

    def _tell(self) -> None:
        text = self._panel.status_text(self._bridge().engine)
        if text:
            self._say(text)

    def _connection_changed(self, state: ConnectionState) -> None:
        source = self._source
        if state in (ConnectionState.LOST, ConnectionState.FAILED):
            self._show_ended()  # a source that is gone shows no slide
        slide = source.current_slide() if source is not None else None
        self._panel.show_connection(self._title, state, slide)

    def _error(self, text: str) -> None:
        self._say(self.tr("Slides: %1").replace("%1", text))
