"""A stand-in for the remote's server: no sockets; tests send requests and read the pushes."""

from __future__ import annotations

import json
from typing import Any

from facilitator.remote.server import Handler, RemoteServerError
from facilitator.remote.service import Request, Response


class FakeRemoteServer:
    """`RemoteServer` in memory. `FakeRemoteServer.made` keeps every one made (newest last).

    `busy_ports` are refused as taken; `request()` goes through the handler as a
    real request would; `pushed` keeps every event, decoded.
    """

    made: list[FakeRemoteServer] = []
    busy_ports: set[int] = set()

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.host = ""
        self.port = 0
        self.running = False
        self.pushed: list[dict[str, Any]] = []
        self.open_streams = 0
        self.streams_closed = 0
        FakeRemoteServer.made.append(self)

    @classmethod
    def latest(cls) -> FakeRemoteServer:
        return cls.made[-1]

    def start(self, host: str, port: int) -> int:
        if port in self.busy_ports:
            raise RemoteServerError("The bound address is already in use")
        self.host, self.port, self.running = host, port or 50123, True
        return self.port

    def stop(self) -> None:
        self.running = False

    def push(self, event: bytes) -> int:
        assert event.startswith(b"data: ") and event.endswith(b"\n\n")
        self.pushed.append(json.loads(event[6:-2]))
        return self.open_streams

    def streams(self) -> int:
        return self.open_streams

    def close_streams(self) -> None:
        self.open_streams = 0
        self.streams_closed += 1

    def request(self, method: str, path: str, token: str | None = None,
                device: str | None = None, origin: str | None = None,
                body: Any = None, host: str | None = None, address: str = "192.168.1.50"
                ) -> Response:
        """A request as a phone sends it: to this server's address unless `host` says."""
        assert self.running, "the server is not running"
        headers = {"host": host if host is not None else f"{self.host}:{self.port}"}
        if token is not None:
            headers["authorization"] = f"Bearer {token}"
        if device is not None:
            headers["x-facilitator-device"] = device
        if origin is not None:
            headers["origin"] = origin
        raw = json.dumps(body).encode() if body is not None else b""
        return self.handler(Request(method, path, headers, raw, address))
