"""A co-facilitator moves the meeting on from a phone while the facilitator watches the window.

The app starts with `--remote`, prints the two links; a phone with the control
link starts the meeting, goes on to the next block and adds a minute; the
window shows each move at once, the view pushes follow the window's own key
presses, and the journal says which moves came from the phone. Another phone,
a view link, an old link and a foreign page are refused, and nothing of theirs
is journaled.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from facilitator.ui.review import BlocksModel, ReviewWindow
from tests.remote.fake_server import FakeRemoteServer
from tests.scenarios.harness import App

PHONE = "phone-of-anne-0001"


def token_of(link: str) -> str:
    return link.split("#", 1)[1]


def test_meeting_moved_on_from_a_phone(qtbot, home, capsys):
    app = App(qtbot, home, ["--remote", "8765", "--remote-address", "192.168.1.20"],
              remote_server=FakeRemoteServer)
    server = FakeRemoteServer.latest()
    assert (server.host, server.port, server.running) == ("192.168.1.20", 8765, True)
    # The facilitator sees that the remote is on, and how many pages look in.
    server.open_streams = 2
    app.advance(1)
    assert app.text("remoteStatus") == "Remote on 192.168.1.20:8765 · pages open: 2"
    printed = capsys.readouterr().out.splitlines()
    view_link = next(line for line in printed if line.startswith("View")).split(": ", 1)[1]
    control_link = next(line for line in printed if line.startswith("Control")).split(": ", 1)[1]
    assert view_link.startswith("http://192.168.1.20:8765/view#")
    assert control_link.startswith("http://192.168.1.20:8765/control#")
    view, control = token_of(view_link), token_of(control_link)

    def phone(action: str, **kwargs):
        kwargs.setdefault("token", control)
        kwargs.setdefault("device", PHONE)
        kwargs.setdefault("origin", "http://192.168.1.20:8765")
        return server.request("POST", f"/api/{action}", **kwargs)

    # Before the start the view shows the first block, not counting.
    state = json.loads(server.request("GET", "/api/state", token=view).body)
    assert state["state"] == "not_started" and state["block"]["number"] == 1
    assert state["block"]["title"] == app.text("blockTitle")

    # The phone starts the meeting: the window runs it.
    assert phone("toggle").status == 200
    assert app.engine.state.value == "running"
    assert "Pause" in app.text("startButton")
    app.minutes(3)
    first_title = app.text("blockTitle")

    # Next from the phone: the window is in block 2 at once, and so is every view.
    response = phone("next")
    assert response.status == 200
    assert json.loads(response.body)["block"]["number"] == 2
    assert app.text("blockTitle") != first_title
    assert server.pushed[-1]["block"]["title"] == app.text("blockTitle")
    assert server.pushed[-1]["figure"] > 0

    # +1 min from the phone lengthens the block as the window's + would.
    length_before = app.bridge.snapshot.length
    assert phone("add-minute").status == 200
    assert app.bridge.snapshot.length == length_before + 60
    assert phone("note", body={"text": "Gruppe 3 mangler en stol"}).status == 200
    assert app.status() == "Note saved."

    # The facilitator presses → in the window: the views follow without being asked.
    app.press(Qt.Key.Key_Right)
    assert server.pushed[-1]["block"]["number"] == 3
    assert server.pushed[-1]["block"]["title"] == app.text("blockTitle")

    # Refused, each of them; nothing moves and nothing is written.
    lines_before = len(app.records())
    block_before = app.engine.index
    refused = [
        phone("next", token=view),                                  # a view link
        phone("next", device="phone-of-bent-0002"),                 # a second phone
        phone("next", token=None),                                  # no token
        phone("next", token="x" * 24),                              # a wrong one
        phone("next", origin="http://evil.example"),                # a foreign page
        phone("next", host="evil.example:8765"),                    # another name
    ]
    assert [r.status for r in refused] == [403, 403, 401, 401, 403, 403]
    assert app.engine.index == block_before
    assert len(app.records()) == lines_before

    # The facilitator releases the phone: the second one pairs.
    link = app.window.remote_link()
    link.release()
    assert phone("previous", device="phone-of-bent-0002").status == 200
    assert app.engine.index == block_before - 1
    assert phone("next").status == 403  # Anne's phone now waits in turn

    # New links: the old control link is refused from then on.
    link.new_links()
    assert phone("next", device="phone-of-bent-0002").status == 401

    records = app.records()
    moves = [(r["type"], r.get("reason"), r.get("source")) for r in records
             if r["type"] in ("start", "block_start", "adjust", "note")]
    assert moves == [
        ("start", None, "remote"), ("block_start", "start", "remote"),
        ("block_start", "next", "remote"), ("adjust", None, "remote"),
        ("note", None, "remote"), ("block_start", "next", None),
        ("block_start", "previous", "remote"),
    ]

    # The review says which blocks the phone moved on to; the one the window's → started
    # says nothing of the kind.
    app.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [review] = app.window.findChildren(ReviewWindow)
    blocks = review.blocks_model
    notes = [blocks.data(blocks.index(row, BlocksModel.NOTES)) or ""
             for row in range(blocks.rowCount())]
    assert notes[0] == "started from a phone"
    assert notes[1] == "started from a phone; Gruppe 3 mangler en stol"
    assert "phone" not in notes[2]
    review.close()
    app.close()
    assert not server.running


def test_a_taken_port_is_said_and_the_meeting_opens_all_the_same(qtbot, home, capsys):
    FakeRemoteServer.busy_ports = {8765}
    try:
        app = App(qtbot, home, ["--remote", "--remote-address", "192.168.1.20", "--start"],
                  remote_server=FakeRemoteServer)
    finally:
        FakeRemoteServer.busy_ports = set()
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("facilitator: The remote could not start on 192.168.1.20:8765: "
                               "The bound address is already in use")
    assert app.text("remoteStatus") == ("Remote not started: 192.168.1.20:8765: The bound "
                                        "address is already in use")
    assert app.shown("remoteStatus")
    assert not app.window.remote_link().running
    assert app.engine.state.value == "running"
    app.close()
