"""The view and control pages in a real headless Chromium, served by the real window's server.

The app runs on a fake clock; the page counts with the browser's own clock
between the app's pushes, so "it counts down" is read as the figure falling
within a couple of real seconds, and "it follows the window" as the page
changing within a second of a key press in the window.
"""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.remote.addresses import LOOPBACK
from tests.remote.chromium import Browser
from tests.scenarios.harness import App

HOSTILE = "<script>window.pwned = 1</script><b>Fed</b> & \"quoted\""
PROGRAMME = f"""\
title: 'Klyngemøde <i>marts</i>'
blocks:
  - title: 'Velkomst'
    minutes: 10
  - title: '{HOSTILE}'
    minutes: 20
    steps:
      - {{title: '<img src=x onerror="window.pwned=2">', minutes: 5}}
  - title: 'Pause'
    minutes: 15
    kind: break
"""


FOREIGN_PAGE = """<!doctype html><title>waiting</title><script>
const url = "%s", token = "%s";
const simple = fetch(url + "/api/next", {method: "POST", mode: "no-cors", body: "x"})
    .then(r => r.type, e => "blocked");  // an opaque answer would say "opaque"
const bearer = fetch(url + "/api/next", {method: "POST", headers: {
    Authorization: "Bearer " + token, "X-Facilitator-Device": "phone-evil-0001"}})
    .then(r => String(r.status), e => "blocked");
Promise.all([simple, bearer]).then(r => { document.title = "done " + r.join(" "); });
</script>"""


@contextlib.contextmanager
def foreign_site(url: str, token: str) -> Iterator[str]:
    """Another web site on 127.0.0.1 (its own port) whose page tries the API with a stolen token."""
    body = (FOREIGN_PAGE % (url, token)).encode()

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def seconds(text: str) -> int:
    minutes, secs = text.lstrip("+").split(":")[-2:]
    return int(minutes) * 60 + int(secs)


@pytest.fixture
def served(qtbot, tmp_path: Path, translators_restored):
    programme = tmp_path / "klynge.yaml"
    programme.write_text(PROGRAMME, encoding="utf-8")
    (tmp_path / "home").mkdir()
    app = App(qtbot, tmp_path / "home", [str(programme), "--lang", "en"])
    link = app.window.remote_link()
    link.start(LOOPBACK, 0)
    yield app, link
    app.close()


def test_the_view_shows_the_block_counts_down_and_follows_the_window(browser: Browser, served):
    app, link = served
    app.press(Qt.Key.Key_Space)
    view, _ = link.links()
    browser.run(lambda d: d.get(view))
    browser.wait_for(lambda d: d.find_element("id", "block").text == "Velkomst")
    assert browser.text("programme") == "Klyngemøde <i>marts</i>"
    assert browser.text("next").startswith("Next: " + HOSTILE)
    assert browser.text("phase") == app.text("phase")
    first = browser.text("figure")
    assert 9 * 60 + 55 <= seconds(first) <= 10 * 60
    # It counts down on its own between pushes (the app's clock stands still).
    browser.wait_for(lambda d: seconds(d.find_element("id", "figure").text)
                     < seconds(first), timeout=3)
    assert browser.run(lambda d: d.execute_script(
        "return document.body.className")) == "phase-normal state-running"

    # Into the warning: colour, shape and word together, as the window says it.
    app.minutes(6)
    browser.wait_for(lambda d: d.execute_script("return document.body.className")
                     == "phase-warning state-running", timeout=3)
    assert browser.text("phase") == app.text("phase")
    assert browser.text("phase").startswith("▲ ")

    # → in the window: the page shows the next block within a second.
    app.press(Qt.Key.Key_Right)
    pressed = time.monotonic()
    browser.wait_for(lambda d: d.find_element("id", "block").text == HOSTILE, timeout=2)
    assert time.monotonic() - pressed < 1.0
    # Programme text is shown as typed: nothing of it ran or became markup.
    assert browser.text("step") == 'Step 1/1: <img src=x onerror="window.pwned=2">'
    assert browser.run(lambda d: d.execute_script(
        "return [window.pwned === undefined, document.querySelectorAll('main b, main img,"
        " main i').length]")) == [True, 0]
    assert 4 * 60 + 55 <= seconds(browser.text("figure")) <= 5 * 60

    # New links: the open page is shut out at once, and says why.
    link.new_links()
    browser.wait_for(lambda d: "not valid" in d.find_element("id", "connection").text,
                     timeout=3)
    assert not browser.run(lambda d: d.find_element("id", "figure").is_displayed())


def test_a_control_click_moves_the_meeting_and_is_journaled(browser: Browser, served):
    app, link = served
    _, control = link.links()
    browser.run(lambda d: d.get(control))
    browser.wait_for(lambda d: d.find_element("id", "toggle").text == "▶ Start")
    browser.run(lambda d: d.find_element("id", "toggle").click())
    app.qtbot.waitUntil(lambda: app.engine.state.value == "running", timeout=2000)
    browser.wait_for(lambda d: d.find_element("id", "toggle").text == "❚❚ Pause")
    browser.run(lambda d: d.find_element("id", "next-block").click())
    app.qtbot.waitUntil(lambda: app.engine.index == 1, timeout=2000)
    assert app.text("blockTitle") == HOSTILE
    browser.wait_for(lambda d: d.find_element("id", "block").text == HOSTILE)
    browser.run(lambda d: d.find_element("id", "add-minute").click())
    app.qtbot.waitUntil(lambda: app.bridge.snapshot.length == 21 * 60, timeout=2000)
    moves = [(r["type"], r.get("source")) for r in app.records()
             if r["type"] in ("start", "block_start", "adjust")]
    assert moves == [("start", "remote"), ("block_start", "remote"),
                     ("block_start", "remote"), ("adjust", "remote")]


def test_refusals_in_the_browser_change_nothing(browser: Browser, served):
    app, link = served
    view, control = link.links()
    app.press(Qt.Key.Key_Space)
    lines = len(app.records())

    # A wrong token: the page says so, and shows nothing of the meeting.
    browser.run(lambda d: d.get(view.split("#")[0] + "#" + "A" * 24))
    browser.wait_for(lambda d: "not valid" in d.find_element("id", "connection").text)
    assert browser.text("block") == ""

    # No token at all.
    browser.run(lambda d: d.get(view.split("#")[0]))
    browser.wait_for(lambda d: "not valid" in d.find_element("id", "connection").text)

    # The view token on the control page: it sees, but its buttons are refused.
    browser.run(lambda d: d.get(control.split("#")[0] + "#" + view.split("#")[1]))
    browser.wait_for(lambda d: d.find_element("id", "block").text == "Velkomst")
    browser.run(lambda d: d.find_element("id", "next-block").click())
    browser.wait_for(lambda d: "view link" in d.find_element("id", "feedback").text)

    # The control link pairs this browser; as another device it is refused.
    browser.run(lambda d: d.get(control))
    browser.run(lambda d: d.refresh())
    browser.wait_for(lambda d: d.find_element("id", "toggle").text == "❚❚ Pause")
    browser.run(lambda d: d.find_element("id", "add-minute").click())
    app.qtbot.waitUntil(lambda: link.access.paired is not None, timeout=2000)
    lines_paired = len(app.records())
    assert lines_paired == lines + 1  # the adjust, and nothing before it
    browser.run(lambda d: d.execute_script(
        "localStorage.setItem('facilitator-device', 'another-phone-0002')"))
    browser.run(lambda d: d.find_element("id", "next-block").click())
    browser.wait_for(lambda d: "Another phone" in d.find_element("id", "feedback").text)

    # A page from elsewhere (another site on this computer) cannot use the API: a simple
    # request reaches the server and is refused for its Origin (and its answer is kept
    # from the page: Cross-Origin-Resource-Policy); one with the token needs CORS, whose
    # preflight the server refuses, so the browser never sends the request itself.
    token = control.split("#")[1]
    url = control.split("/control")[0]
    refusals = link.service.refusals
    with foreign_site(url, token) as foreign:
        browser.run(lambda d: d.get(foreign))
        browser.wait_for(lambda d: d.title.startswith("done"), timeout=5)
        assert browser.run(lambda d: d.title) == "done blocked blocked"
    assert link.service.refusals == refusals + 2
    assert app.engine.index == 0
    assert len(app.records()) == lines_paired


def test_connection_lost_and_back_in_danish(browser: Browser, qtbot, tmp_path,
                                           translators_restored):
    (tmp_path / "home").mkdir()
    app = App(qtbot, tmp_path / "home", ["--lang", "da"])
    try:
        link = app.window.remote_link()
        link.start(LOOPBACK, 0)
        port = link.port
        view, _ = link.links()
        browser.run(lambda d: d.get(view))
        browser.wait_for(lambda d: d.find_element("id", "phase").text == "Ikke startet")
        assert browser.text("next").startswith("Næste: ")
        assert browser.run(lambda d: d.execute_script("return document.documentElement.lang")) \
            == "da"
        link.stop()
        browser.wait_for(lambda d: d.find_element("id", "connection").text
                         == "Forbindelse tabt – forbinder igen …", timeout=3)
        link.start(LOOPBACK, port)
        app.press(Qt.Key.Key_Space)
        browser.wait_for(lambda d: not d.find_element("id", "connection").is_displayed(),
                         timeout=6)
        browser.wait_for(lambda d: d.find_element("id", "phase").text == app.text("phase"))
    finally:
        app.close()
