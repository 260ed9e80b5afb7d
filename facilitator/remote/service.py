"""The remote's requests and answers, apart from any socket: pages, state, actions, refusals.

`RemoteService.handle` takes a parsed request and returns the response; the
server edge (`http.py`) only moves bytes. Every action goes to
`RemoteCommands`, which the window implements with the same methods its
buttons call; a refused request calls nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Protocol

from .access import Refusal, RemoteAccess, Role, check_origin
from .state import event_bytes

__all__ = ["Request", "Response", "RemoteCommands", "RemoteService", "SECURITY_HEADERS",
           "NOTE_LIMIT", "ACTIONS"]

#: Longest note the control page may send, in characters.
NOTE_LIMIT = 500

#: Sent with every answer: nothing from elsewhere, no framing, no caching, no referrer.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Security-Policy",
     "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
     "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)

#: The files the app serves: path -> (file in pages/, content type).
PAGES: dict[str, tuple[str, str]] = {
    "/view": ("view.html", "text/html; charset=utf-8"),
    "/control": ("control.html", "text/html; charset=utf-8"),
    "/remote.js": ("remote.js", "text/javascript; charset=utf-8"),
    "/remote.css": ("remote.css", "text/css; charset=utf-8"),
}


@dataclass(frozen=True)
class Request:
    """One HTTP request: header names in lower case."""

    method: str
    path: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    address: str = ""  # the peer's IP address


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    #: True: an event stream (`GET /api/events`) that stays open for pushes.
    stream: bool = False


class RemoteCommands(Protocol):
    """What a control device may do: the window's own operations."""

    def next_block(self) -> None: ...
    def previous_block(self) -> None: ...
    def toggle(self) -> None: ...
    def adjust(self, minutes: int) -> None: ...
    def note(self, text: str) -> None: ...


def _note(commands: RemoteCommands, body: Mapping[str, Any]) -> None:
    text = body.get("text")
    if isinstance(text, str) and text.strip():
        commands.note(text.strip()[:NOTE_LIMIT])


#: POST /api/<name> -> what it does.
ACTIONS: dict[str, Callable[[RemoteCommands, Mapping[str, Any]], None]] = {
    "next": lambda c, _: c.next_block(),
    "previous": lambda c, _: c.previous_block(),
    "toggle": lambda c, _: c.toggle(),
    "add-minute": lambda c, _: c.adjust(1),
    "remove-minute": lambda c, _: c.adjust(-1),
    "note": _note,
}


def _json(status: int, data: Any) -> Response:
    return Response(status, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _refused(refusal: Refusal) -> Response:
    return _json(refusal.status, {"error": refusal.code})


def bearer(headers: Mapping[str, str]) -> str | None:
    """The token of `Authorization: Bearer TOKEN`, or None."""
    value = headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


class RemoteService:
    """Answers the remote's requests.

    `state()` gives the meeting as `remote_state` words it; `commands`
    moves the meeting; `hosts()` the Host values the server answers to.
    """

    def __init__(self, access: RemoteAccess, commands: RemoteCommands,
                 state: Callable[[], dict[str, Any]], hosts: Callable[[], Iterable[str]]
                 ) -> None:
        self.access = access
        self._commands = commands
        self._state = state
        self._hosts = hosts
        self.refusals = 0

    def handle(self, request: Request) -> Response:
        response = self._answer(request)
        if response.status in (401, 403):
            self.refusals += 1
        return response

    def _answer(self, request: Request) -> Response:
        refusal = check_origin(request.headers.get("host"), request.headers.get("origin"),
                               self._hosts())
        if refusal is not None:
            return _refused(refusal)
        path = request.path.split("?", 1)[0]
        if path in PAGES:
            if request.method not in ("GET", "HEAD"):
                return _json(405, {"error": "method"})
            name, kind = PAGES[path]
            return Response(200, page(name), kind)
        if path == "/":
            return _json(404, {"error": "not_found"})
        if path in ("/api/state", "/api/events"):
            if request.method != "GET":
                return _json(405, {"error": "method"})
            role = self.access.allow(bearer(request.headers), Role.VIEW)
            if isinstance(role, Refusal):
                return _refused(role)
            if path == "/api/events":
                return Response(200, event_bytes(self._state()), "text/event-stream",
                                stream=True)
            return _json(200, self._state())
        if path.startswith("/api/") and path[5:] in ACTIONS:
            if request.method != "POST":
                return _json(405, {"error": "method"})
            body: Any = {}
            if request.body:
                try:
                    body = json.loads(request.body.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    return _json(400, {"error": "bad_body"})
                if not isinstance(body, dict):
                    return _json(400, {"error": "bad_body"})
            role = self.access.allow(bearer(request.headers), Role.CONTROL,
                                     request.headers.get("x-facilitator-device"),
                                     request.address)
            if isinstance(role, Refusal):
                return _refused(role)
            ACTIONS[path[5:]](self._commands, body)
            return _json(200, self._state())
        return _json(404, {"error": "not_found"})


_PAGE_CACHE: dict[str, bytes] = {}


def page(name: str) -> bytes:
    """A file of the pages, as shipped in the package (read once)."""
    if name not in _PAGE_CACHE:
        _PAGE_CACHE[name] = resources.files("facilitator.remote").joinpath(
            "pages").joinpath(name).read_bytes()
    return _PAGE_CACHE[name]
