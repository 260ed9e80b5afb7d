"""The remote's answers without sockets: pages, state, actions, and refusals that change nothing."""

from __future__ import annotations

import json

import pytest

from facilitator.remote.access import RemoteAccess
from facilitator.remote.service import NOTE_LIMIT, RemoteService, Request

HOST = "192.168.1.20:8765"


class Commands:
    def __init__(self) -> None:
        self.done: list[tuple] = []

    def next_block(self) -> None:
        self.done.append(("next",))

    def previous_block(self) -> None:
        self.done.append(("previous",))

    def toggle(self) -> None:
        self.done.append(("toggle",))

    def adjust(self, minutes: int) -> None:
        self.done.append(("adjust", minutes))

    def note(self, text: str) -> None:
        self.done.append(("note", text))


@pytest.fixture
def service():
    commands = Commands()
    service = RemoteService(RemoteAccess(), commands, lambda: {"state": "running"},
                            lambda: {HOST})
    service.commands = commands  # for the tests' eyes
    return service


def ask(service, method, path, token=None, device=None, origin=None, body=b"", host=HOST):
    headers = {"host": host}
    if token:
        headers["authorization"] = f"Bearer {token}"
    if device:
        headers["x-facilitator-device"] = device
    if origin:
        headers["origin"] = origin
    return service.handle(Request(method, path, headers, body, "192.168.1.50"))


def test_the_pages_are_served_with_their_types(service):
    for path, kind in (("/view", "text/html"), ("/control", "text/html"),
                       ("/remote.js", "text/javascript"), ("/remote.css", "text/css")):
        response = ask(service, "GET", path)
        assert response.status == 200, path
        assert response.content_type.startswith(kind)
        assert response.body
    assert ask(service, "GET", "/view?x=1").status == 200
    assert ask(service, "GET", "/").status == 404
    assert ask(service, "GET", "/../pyproject.toml").status == 404
    assert ask(service, "POST", "/view").status == 405


def test_no_page_fetches_anything_from_elsewhere(service):
    for path in ("/view", "/control", "/remote.js", "/remote.css"):
        text = ask(service, "GET", path).body.decode()
        assert "http://" not in text and "https://" not in text and "//cdn" not in text
    for path in ("/view", "/control"):
        html = ask(service, "GET", path).body.decode()
        # Under the CSP nothing inline would run: no inline script or style at all.
        assert "<script>" not in html and "style=" not in html and "<style" not in html
    script = ask(service, "GET", "/remote.js").body.decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script


def test_state_needs_a_token_and_either_token_gives_it(service):
    assert ask(service, "GET", "/api/state").status == 401
    assert json.loads(ask(service, "GET", "/api/state").body) == {"error": "no_token"}
    assert ask(service, "GET", "/api/state", token="nope" * 6).status == 401
    for token in (service.access.view_token, service.access.control_token):
        response = ask(service, "GET", "/api/state", token=token)
        assert response.status == 200
        assert json.loads(response.body) == {"state": "running"}
    events = ask(service, "GET", "/api/events", token=service.access.view_token)
    assert events.stream and events.content_type == "text/event-stream"
    assert events.body == b'data: {"state": "running"}\n\n'
    assert ask(service, "POST", "/api/state", token=service.access.view_token).status == 405


@pytest.mark.parametrize("action, expected", [
    ("next", ("next",)), ("previous", ("previous",)), ("toggle", ("toggle",)),
    ("add-minute", ("adjust", 1)), ("remove-minute", ("adjust", -1)),
])
def test_each_action_reaches_the_commands_once(service, action, expected):
    response = ask(service, "POST", f"/api/{action}", token=service.access.control_token,
                   device="phone-one-1234", origin=f"http://{HOST}")
    assert response.status == 200
    assert service.commands.done == [expected]
    assert ask(service, "GET", f"/api/{action}", token=service.access.control_token,
               device="phone-one-1234").status == 405
    assert service.commands.done == [expected]


def test_a_note_is_text_kept_short(service):
    token = service.access.control_token
    long = "x" * (NOTE_LIMIT + 100)
    for body in ({"text": "  Gruppe 3 <b>mangler</b>  "}, {"text": long}, {"text": "   "},
                 {"text": 42}, {}):
        assert ask(service, "POST", "/api/note", token=token, device="phone-one-1234",
                   body=json.dumps(body).encode()).status == 200
    assert service.commands.done == [("note", "Gruppe 3 <b>mangler</b>"),
                                     ("note", "x" * NOTE_LIMIT)]
    for body in (b"not json", b"[1, 2]", b"\xff\xfe"):
        assert ask(service, "POST", "/api/note", token=token, device="phone-one-1234",
                   body=body).status == 400
    assert len(service.commands.done) == 2


def test_refusals_change_nothing(service):
    access = service.access
    old_control = access.control_token
    refusals = [
        ({}, 401, "no_token"),
        ({"token": "W" * 24}, 401, "wrong_token"),
        ({"token": access.view_token, "device": "phone-one-1234"}, 403, "view_only"),
        ({"token": access.control_token}, 403, "no_device"),
        ({"token": access.control_token, "device": "phone-one-1234",
          "origin": "http://evil.example"}, 403, "foreign_origin"),
        ({"token": access.control_token, "device": "phone-one-1234",
          "host": "evil.example:8765"}, 403, "wrong_host"),
    ]
    for kwargs, status, code in refusals:
        for action in ("next", "toggle", "add-minute", "note"):
            response = ask(service, "POST", f"/api/{action}", body=b'{"text": "hi"}', **kwargs)
            assert (response.status, json.loads(response.body)) == (status, {"error": code})
    assert service.commands.done == []
    assert access.paired is None  # no refused request paired anything
    # The first device pairs; a second is refused until it is released.
    assert ask(service, "POST", "/api/next", token=old_control, device="phone-one-1234").status \
        == 200
    second = ask(service, "POST", "/api/next", token=old_control, device="phone-two-1234")
    assert (second.status, json.loads(second.body)) == (403, {"error": "paired_elsewhere"})
    # An old link after new ones were made.
    access.renew()
    stale = ask(service, "POST", "/api/next", token=old_control, device="phone-one-1234")
    assert (stale.status, json.loads(stale.body)) == (401, {"error": "wrong_token"})
    assert service.commands.done == [("next",)]
    assert service.refusals == len(refusals) * 4 + 2
