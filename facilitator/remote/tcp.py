"""The remote's HTTP server on a QTcpServer, in the app's own event loop.

Why not QtHttpServer: in PySide6 6.11.3 its route callbacks take the request
only and only a returned `str` becomes a body (as text/plain, status 200); a
QHttpServerResponse cannot be returned ("Cannot copy-convert") and QHttpServer
cannot be subclassed, so neither a 401/403 nor a Content-Security-Policy
header can be sent. Why not WebSockets: the pages need one-way pushes only;
an event stream over the same connection type is plain HTTP, on the same
port, and the control page's actions are ordinary POSTs (docs/remote.md).

This module speaks the small part of HTTP/1.1 the pages and the API use:
one request per connection (`Connection: close`), a body only with
Content-Length, bounded sizes and times. Pushes go to the open streams.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QTcpServer, QTcpSocket

from .server import Handler, RemoteServerError
from .service import SECURITY_HEADERS, Request, Response

__all__ = ["TcpRemoteServer", "MAX_HEAD", "MAX_BODY", "MAX_CONNECTIONS"]

MAX_HEAD = 8192          # bytes of request line and headers
MAX_BODY = 8192          # bytes of a request body
MAX_CONNECTIONS = 256    # open sockets at once, streams included
REQUEST_SECONDS = 10.0   # a request not complete by then is dropped
MAX_BACKLOG = 256 * 1024  # bytes waiting for a slow stream reader before it is dropped
KEEPALIVE_SECONDS = 2.0  # a stream hears at least this often (a comment line)

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
           404: "Not Found", 405: "Method Not Allowed", 413: "Payload Too Large",
           431: "Request Header Fields Too Large", 501: "Not Implemented",
           503: "Service Unavailable"}
#: Headers that must not come twice (an ambiguous request is refused).
SINGLE = frozenset({"host", "origin", "authorization", "content-length",
                    "x-facilitator-device"})


class _Connection:
    __slots__ = ("socket", "buffer", "opened", "stream", "last_sent")

    def __init__(self, socket: QTcpSocket) -> None:
        self.socket = socket
        self.buffer = bytearray()
        self.opened = time.monotonic()
        self.stream = False
        self.last_sent = self.opened


class TcpRemoteServer(QObject):
    """`RemoteServer` on Qt's QTcpServer (see the module's docstring for what it speaks)."""

    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QTcpServer(self)
        self._server.newConnection.connect(self._accept)
        self._connections: dict[QTcpSocket, _Connection] = {}
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(1000)
        self._sweeper.timeout.connect(self._sweep)

    # ------------------------------------------------------------------ RemoteServer

    def start(self, host: str, port: int) -> int:
        address = QHostAddress(host)
        if address.isNull():
            raise RemoteServerError(f"{host} is not an IP address")
        if not self._server.listen(address, port):
            raise RemoteServerError(self._server.errorString())
        self._sweeper.start()
        return int(self._server.serverPort())

    def stop(self) -> None:
        self._sweeper.stop()
        self._server.close()
        for socket in list(self._connections):
            self._drop(socket)

    def push(self, event: bytes) -> int:
        sent = 0
        now = time.monotonic()
        for connection in list(self._connections.values()):
            if connection.stream:
                if connection.socket.bytesToWrite() > MAX_BACKLOG:
                    self._drop(connection.socket)  # not reading: let its page reconnect
                    continue
                connection.socket.write(event)
                connection.last_sent = now
                sent += 1
        return sent

    def streams(self) -> int:
        return sum(1 for c in self._connections.values() if c.stream)

    def close_streams(self) -> None:
        for connection in list(self._connections.values()):
            if connection.stream:
                self._drop(connection.socket)

    # ------------------------------------------------------------------ connections

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._connections) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._connections[socket] = _Connection(socket)
            # Bound methods, not lambdas holding the server: a socket's slot must not keep
            # its server alive, or the server would die inside the socket's own deletion.
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(self._gone)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QTcpSocket):
            self._read(socket)

    def _gone(self) -> None:
        socket = self.sender()
        if isinstance(socket, QTcpSocket) and self._connections.pop(socket, None) is not None:
            socket.deleteLater()

    def _drop(self, socket: QTcpSocket) -> None:
        self._connections.pop(socket, None)
        socket.abort()
        socket.deleteLater()

    def _sweep(self) -> None:
        now = time.monotonic()
        for connection in list(self._connections.values()):
            if connection.stream:
                if now - connection.last_sent >= KEEPALIVE_SECONDS:
                    connection.socket.write(b": \n\n")
                    connection.last_sent = now
            elif now - connection.opened > REQUEST_SECONDS:
                self._drop(connection.socket)

    def _read(self, socket: QTcpSocket) -> None:
        connection = self._connections.get(socket)
        if connection is None:
            return
        data = bytes(socket.readAll().data())
        if connection.stream:
            return  # a stream's client has nothing more to say
        connection.buffer += data
        head_end = connection.buffer.find(b"\r\n\r\n")
        if head_end < 0:
            if len(connection.buffer) > MAX_HEAD:
                self._reply(socket, _error(431))
            return
        if head_end > MAX_HEAD:
            self._reply(socket, _error(431))
            return
        parsed = _parse_head(bytes(connection.buffer[:head_end]))
        if isinstance(parsed, Response):
            self._reply(socket, parsed)
            return
        method, path, headers = parsed
        length_text = headers.get("content-length", "0")
        if not length_text.isdigit():
            self._reply(socket, _error(400))
            return
        length = int(length_text)
        if length > MAX_BODY:
            self._reply(socket, _error(413))
            return
        body = bytes(connection.buffer[head_end + 4:])
        if len(body) < length:
            return  # the rest is on its way
        request = Request(method, path, headers, body[:length],
                          socket.peerAddress().toString())
        response = self._handler(request)
        self._reply(socket, response, head_only=method == "HEAD")

    def _reply(self, socket: QTcpSocket, response: Response, head_only: bool = False) -> None:
        connection = self._connections.get(socket)
        if connection is None:
            return
        lines = [f"HTTP/1.1 {response.status} {REASONS.get(response.status, 'Error')}",
                 f"Content-Type: {response.content_type}", "Connection: close"]
        if not response.stream:
            lines.append(f"Content-Length: {len(response.body)}")
        lines += [f"{name}: {value}" for name, value in SECURITY_HEADERS]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        socket.write(head if head_only else head + response.body)
        if response.stream and not head_only:
            connection.stream = True
            connection.buffer.clear()
            connection.last_sent = time.monotonic()
            return
        # Closes once the answer is written; `disconnected` then forgets the socket.
        connection.buffer.clear()
        if socket.state() is QAbstractSocket.SocketState.ConnectedState:
            socket.disconnectFromHost()


def _error(status: int) -> Response:
    return Response(status, b'{"error": "bad_request"}')


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]] | Response:
    """Request line and headers; a Response (400, 501) when they are not plain HTTP/1.x."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        return _error(400)
    request_line, *header_lines = text.split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1.") or not parts[1].startswith("/"):
        return _error(400)
    method, path = parts[0], parts[1]
    headers: dict[str, str] = {}
    for line in header_lines:
        name, colon, value = line.partition(":")
        name = name.strip().lower()
        if not colon or not name or name != name.strip() or " " in name:
            return _error(400)
        if name == "transfer-encoding":
            return _error(501)
        if name in headers and name in SINGLE:
            return _error(400)
        headers[name] = value.strip()
    return method, path, headers
