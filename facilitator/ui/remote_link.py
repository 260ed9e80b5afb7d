"""The window's side of the remote: the server, the secret links and the meeting's pushes.

`RemoteLink` is made when the facilitator first asks for the remote (the
dialog or `--remote`); the server itself (facilitator/remote/tcp.py, on Qt's
network module) only when it starts. Every action a control device asks for
is the window's own operation, the one its button calls, run inside
`engine.acting_for("remote")` so the journal records where it came from.
"""

from __future__ import annotations

import ipaddress
import sys
from collections.abc import Callable
from typing import Any, Protocol, TextIO

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from ..core.engine import Snapshot
from ..remote.access import RemoteAccess
from ..remote.server import Handler, RemoteServer
from ..remote.service import RemoteService, Request, Response
from ..remote.state import event_bytes, remote_state
from .text import translate

__all__ = ["RemoteLink", "RemoteWindow", "url_host"]

#: The journal's `source` of an action a phone asked for.
REMOTE_SOURCE = "remote"


class RemoteWindow(Protocol):
    """What the remote needs of the window: its meeting and the operations its buttons call."""

    programmeOpened: Any  # Signal(str)

    @property
    def bridge(self) -> Any: ...
    def next_block(self) -> None: ...
    def previous_block(self) -> None: ...
    def toggle(self) -> None: ...
    def adjust(self, minutes: int) -> None: ...
    def record_note(self, text: str, reason: str | None) -> None: ...
    def statusBar(self) -> Any: ...  # noqa: N802 - Qt's name


class _WindowCommands:
    """`RemoteCommands` by the window's own methods, journaled with source `remote`."""

    def __init__(self, window: RemoteWindow) -> None:
        self._window = window

    def _as_remote(self, operation: Callable[[], None]) -> None:
        with self._window.bridge.engine.acting_for(REMOTE_SOURCE):
            operation()

    def next_block(self) -> None:
        self._as_remote(self._window.next_block)

    def previous_block(self) -> None:
        self._as_remote(self._window.previous_block)

    def toggle(self) -> None:
        self._as_remote(self._window.toggle)

    def adjust(self, minutes: int) -> None:
        self._as_remote(lambda: self._window.adjust(minutes))

    def note(self, text: str) -> None:
        self._as_remote(lambda: self._window.record_note(text, None))


def remote_words(snapshot: Snapshot) -> dict[str, str]:
    """The phase and the schedule in the window's own words and language."""
    from ..core.engine import MeetingState
    from .text import phase_label, schedule_text, translate

    if snapshot.state is MeetingState.NOT_STARTED:
        phase = translate("RemoteLink", "Not started")
    elif snapshot.state is MeetingState.FINISHED:
        phase = translate("RemoteLink", "The meeting is finished")
    elif snapshot.state is MeetingState.PAUSED:
        phase = translate("RemoteLink", "❚❚ Paused")
    else:
        phase = phase_label(snapshot)
    return {"phase": phase, "schedule": schedule_text(snapshot)}


def url_host(host: str, port: int) -> str:
    """`host:port` as a URL and a Host header write it (an IPv6 address in brackets)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class RemoteLink(QObject):
    """The remote of one window: on or off, its two links, the paired control device.

    `open_server` makes the server edge (facilitator/remote/serve.py
    `open_server`, or a fake in tests); `lang` is the pages' language.

    Signals:
        changed(): started or stopped, new links, a control device paired or released.
    """

    changed = Signal()

    def __init__(self, window: RemoteWindow, open_server: Callable[[Handler], RemoteServer],
                 lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._open_server = open_server
        self.lang = lang
        self.access = RemoteAccess()
        self.service = RemoteService(self.access, _WindowCommands(window), self.state,
                                     self.hosts)
        self._server: RemoteServer | None = None
        self.host = ""
        self.port = 0
        self._bridge: Any = None
        window.programmeOpened.connect(self._programme_opened)
        # In the status bar while the remote is on (or could not start): where, and how
        # many pages are open; the facilitator always sees that phones can look in.
        self.indicator = QLabel()
        self.indicator.setObjectName("remoteStatus")
        self.indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)
        self.changed.connect(self._show_indicator)

    # ------------------------------------------------------------------ on and off

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self, host: str, port: int) -> None:
        """Serve on `host`:`port` (0: any free port); RemoteServerError says why not."""
        self.stop()
        server = self._open_server(self.handle)
        self.port = server.start(host, port)
        self.host = host
        self._server = server
        self._follow(self._window.bridge)
        self.changed.emit()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        self._follow(None)
        self.changed.emit()

    def new_links(self) -> None:
        """New tokens: the old links stop working, and the control device is released.

        Pages open with an old link lose their stream; asking again, they are refused.
        """
        self.access.renew()
        if self._server is not None:
            self._server.close_streams()
        self.changed.emit()

    def release(self) -> None:
        """The paired control device is let go; the next to use the control link pairs."""
        self.access.release()
        self.changed.emit()

    # ------------------------------------------------------------------ what it serves

    def hosts(self) -> set[str]:
        """The Host header values the server answers to."""
        if not self.running:
            return set()
        hosts = {url_host(self.host, self.port)}
        if ipaddress.ip_address(self.host).is_loopback:
            hosts.add(f"localhost:{self.port}")
        return hosts

    def links(self) -> tuple[str, str]:
        """The view link and the control link (the token after `#`, never sent as a URL)."""
        base = f"http://{url_host(self.host, self.port)}"
        return (f"{base}/view#{self.access.view_token}",
                f"{base}/control#{self.access.control_token}")

    def streams(self) -> int:
        return self._server.streams() if self._server is not None else 0

    def state(self, snapshot: Snapshot | None = None) -> dict[str, Any]:
        bridge = self._window.bridge
        snapshot = snapshot or bridge.engine.snapshot()
        agenda = bridge.engine.agenda
        state = remote_state(snapshot, programme=agenda.title, block_count=len(agenda.blocks),
                             speed=bridge.speed, lang=self.lang)
        state["words"] = remote_words(snapshot)
        return state

    def handle(self, request: Request) -> Response:
        paired = self.access.paired
        response = self.service.handle(request)
        if self.access.paired != paired:
            self.changed.emit()
        return response

    # ------------------------------------------------------------------ following the meeting

    def _follow(self, bridge: Any) -> None:
        if self._bridge is not None:
            self._bridge.refreshed.disconnect(self._publish)
        self._bridge = bridge
        if bridge is not None:
            bridge.refreshed.connect(self._publish)

    def _programme_opened(self, _source: str = "") -> None:
        """Another programme in the window: a new meeting, with new links."""
        self.access.renew()
        if self._server is not None:
            self._server.close_streams()  # the old meeting's pages: their links are gone
            # The window let go of the old meeting's signals already.
            self._bridge = None
            self._follow(self._window.bridge)
            self._publish(self._window.bridge.snapshot)
        self.changed.emit()

    def _publish(self, snapshot: Snapshot) -> None:
        if self._server is not None:
            self._server.push(event_bytes(self.state(snapshot)))
            self._show_indicator()

    def _show_indicator(self) -> None:
        if self._server is None:
            self.indicator.hide()
            return
        text = translate("RemoteLink", "Remote on %1 · pages open: %2") \
            .replace("%1", url_host(self.host, self.port)).replace("%2", str(self.streams()))
        if self.indicator.text() != text:
            self.indicator.setText(text)
        self.indicator.show()

    def failed(self, why: str) -> None:
        """The remote could not start: said in the status bar until it does."""
        self.indicator.setText(translate("RemoteLink", "Remote not started: %1")
                               .replace("%1", why))
        self.indicator.show()


def start_from_command_line(window: Any, port: int, address: str | None,
                            out: TextIO | None = None, err: TextIO | None = None) -> bool:
    """`--remote [PORT]`: serve on `address` (default: the LAN address), print the two links.

    A port that is taken or an address that is not this computer's is said on
    standard error and in the status bar (until the remote starts); the meeting
    opens all the same.
    """
    from ..remote.addresses import lan_address
    from ..remote.server import RemoteServerError
    out = out or sys.stdout
    err = err or sys.stderr
    link = window.remote_link()
    host = address or lan_address()
    try:
        link.start(host, port)
    except RemoteServerError as exc:
        said = translate("facilitator", "The remote could not start on %1: %2") \
            .replace("%1", url_host(host, port)).replace("%2", str(exc))
        print(f"facilitator: {said}", file=err)
        link.failed(url_host(host, port) + ": " + str(exc))
        return False
    view, control = link.links()
    print(translate("facilitator", "View (read only): %1").replace("%1", view), file=out)
    print(translate("facilitator", "Control (one device): %1").replace("%1", control), file=out)
    out.flush()
    return True
