"""The LAN server as the app sees it: one small interface (the real one is in tcp.py).

`serve.open_server` is the one place that loads the real server, and only
when the remote is switched on, so an app that never shows itself on a phone
never loads Qt's network module. Tests pass a fake
(tests/remote/fake_server.py) to the window's `RemoteLink`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from . import DEFAULT_PORT
from .service import Request, Response

__all__ = ["RemoteServer", "RemoteServerError", "Handler", "DEFAULT_PORT"]

Handler = Callable[[Request], Response]


class RemoteServerError(Exception):
    """The server could not listen where asked (the port is taken, the address is gone)."""


class RemoteServer(Protocol):
    """Serves `handler`'s answers on one address, and pushes to the open event streams."""

    def start(self, host: str, port: int) -> int:
        """Listen on `host`:`port` (0: any free port); the port listened on.

        Raises RemoteServerError saying why not.
        """
        ...

    def stop(self) -> None:
        """Close every connection and stop listening."""
        ...

    def push(self, event: bytes) -> int:
        """Send `event` to every open event stream; how many it went to."""
        ...

    def streams(self) -> int:
        """How many event streams are open (pages showing the meeting)."""
        ...

    def close_streams(self) -> None:
        """Close every open event stream (their links were replaced: they must ask again)."""
        ...

