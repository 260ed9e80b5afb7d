"""The real server on 127.0.0.1: what it answers on the wire, what it refuses, its pushes."""

from __future__ import annotations

import socket
import threading

import pytest

from facilitator.remote.serve import open_server
from facilitator.remote.server import RemoteServerError
from facilitator.remote.service import Request, Response
from facilitator.remote.tcp import MAX_BODY, MAX_HEAD


class Recorder:
    def __init__(self) -> None:
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        if request.path == "/stream":
            return Response(200, b"data: first\n\n", "text/event-stream", stream=True)
        return Response(200, b'{"ok": true}')


@pytest.fixture
def served(qtbot):
    handler = Recorder()
    server = open_server(handler)
    port = server.start("127.0.0.1", 0)
    yield server, port, handler
    server.stop()


def exchange(qtbot, port: int, *parts: bytes, read_until_close: bool = True,
             wanted: int = 0) -> bytes:
    """Send `parts` one by one from another thread while Qt's loop runs; what came back."""
    got = bytearray()
    done = threading.Event()

    def client() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            for part in parts:
                conn.sendall(part)
            try:
                while True:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    got.extend(chunk)
                    if wanted and len(got) >= wanted:
                        break
            except OSError:
                pass
        done.set()

    threading.Thread(target=client, daemon=True).start()
    qtbot.waitUntil(done.is_set, timeout=5000)
    return bytes(got)


def test_an_answer_carries_the_security_headers_and_closes(qtbot, served):
    server, port, handler = served
    answer = exchange(qtbot, port, b"GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   b"Authorization: Bearer abc\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"Content-Security-Policy: default-src 'none'" in head
    assert b"X-Content-Type-Options: nosniff" in head
    assert b"Connection: close" in head
    assert b"Access-Control-Allow-Origin" not in head  # no CORS, ever
    assert body == b'{"ok": true}'
    request = handler.requests[-1]
    assert (request.method, request.path, request.address) == ("GET", "/api/state", "127.0.0.1")
    assert request.headers["authorization"] == "Bearer abc"


def test_a_request_in_pieces_and_its_body(qtbot, served):
    _, port, handler = served
    answer = exchange(qtbot, port, b"POST /api/note HTT", b"P/1.1\r\nHost: h\r\nContent-Le",
                      b"ngth: 11\r\n\r\n{\"text\":", b" 1}")
    assert answer.startswith(b"HTTP/1.1 200")
    assert handler.requests[-1].body == b'{"text": 1}'


@pytest.mark.parametrize("raw, status", [
    (b"GET / HTTP/1.1\r\nX: " + b"a" * (MAX_HEAD + 10) + b"\r\n\r\n", b"431"),
    (b"POST /api/note HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY + 1), b"413"),
    (b"POST /api/note HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", b"501"),
    (b"GET /view HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", b"400"),
    (b"GET /view HTTP/1.1\r\nContent-Length: -1\r\n\r\n", b"400"),
    (b"GET view HTTP/1.1\r\n\r\n", b"400"),
    (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", b"400"),  # a TLS hello
])
def test_what_is_not_plain_small_http_is_refused_unhandled(qtbot, served, raw, status):
    _, port, handler = served
    answer = exchange(qtbot, port, raw)
    assert answer.startswith(b"HTTP/1.1 " + status)
    assert handler.requests == []


def test_event_streams_get_every_push(qtbot, served):
    server, port, _ = served
    got = bytearray()
    done = threading.Event()
    opened = threading.Event()

    def client() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /stream HTTP/1.1\r\nHost: h\r\n\r\n")
            while b"data: third" not in got:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                got.extend(chunk)
                if b"data: first" in got:
                    opened.set()
        done.set()

    threading.Thread(target=client, daemon=True).start()
    qtbot.waitUntil(opened.is_set, timeout=5000)
    assert server.streams() == 1
    assert server.push(b"data: second\n\n") == 1
    assert server.push(b"data: third\n\n") == 1
    qtbot.waitUntil(done.is_set, timeout=5000)
    head, _, body = bytes(got).partition(b"\r\n\r\n")
    assert b"Content-Type: text/event-stream" in head and b"Content-Length" not in head
    assert body == b"data: first\n\ndata: second\n\ndata: third\n\n"
    qtbot.waitUntil(lambda: server.streams() == 0, timeout=5000)


def test_closing_the_streams_ends_every_page_stream(qtbot, served):
    server, port, _ = served
    ended = threading.Event()
    opened = threading.Event()

    def client() -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /stream HTTP/1.1\r\nHost: h\r\n\r\n")
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                opened.set()
        ended.set()

    threading.Thread(target=client, daemon=True).start()
    qtbot.waitUntil(opened.is_set, timeout=5000)
    assert server.streams() == 1
    server.close_streams()
    qtbot.waitUntil(ended.is_set, timeout=5000)
    assert server.streams() == 0


def test_a_taken_port_is_said(qtbot, served):
    _, port, _ = served
    other = open_server(Recorder())
    with pytest.raises(RemoteServerError):
        other.start("127.0.0.1", port)
    with pytest.raises(RemoteServerError):
        other.start("not-an-address", 0)
