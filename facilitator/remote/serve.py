"""Opens the real LAN server: the one place that imports it (and so Qt's network module)."""

from __future__ import annotations

from .server import Handler, RemoteServer

__all__ = ["open_server"]


def open_server(handler: Handler) -> RemoteServer:
    """The real server, on Qt's QTcpServer (imported here, not before)."""
    from .tcp import TcpRemoteServer

    return TcpRemoteServer(handler)
