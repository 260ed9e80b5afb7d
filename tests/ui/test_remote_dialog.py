"""View ▸ Show on phone…: starting the remote, its links as QR codes and text, the paired phone."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor

from facilitator.ui.remote_dialog import QR_BORDER, RemoteDialog, qr_pixmap
from tests.remote.fake_server import FakeRemoteServer
from tests.scenarios.harness import App


def test_the_qr_code_is_the_links_code(qapp):
    link = "http://192.168.1.20:8765/view#Abc-def_0123456789abcdefg"
    image = qr_pixmap(link, 300).toImage()
    matrix = segno.make(link, error="m", micro=False).matrix
    modules = len(matrix) + 2 * QR_BORDER
    assert image.width() == image.height() and image.width() >= 200
    scale = image.width() // modules
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = QColor(image.pixel((x + QR_BORDER) * scale + scale // 2,
                                       (y + QR_BORDER) * scale + scale // 2))
            assert (pixel.lightness() < 128) == bool(dark), (x, y)
    # The quiet zone is white all round.
    assert QColor(image.pixel(1, 1)).lightness() > 200


def test_the_dialog_starts_shows_renews_releases_and_stops(qtbot, tmp_path):
    FakeRemoteServer.busy_ports = {9000}
    try:
        app = App(qtbot, tmp_path, remote_server=FakeRemoteServer)
        assert app.window.menus.remote_action.text() == "Show on phone…"
        link = app.window.remote_link()
        dialog = RemoteDialog(link, app.window, addresses=["192.168.1.20", "127.0.0.1"])
        qtbot.addWidget(dialog)
        assert dialog.address.itemText(1) == "127.0.0.1 (this computer only)"
        assert not dialog.links.isVisibleTo(dialog)
        assert dialog.device.text() == "The remote is off."
        assert not dialog.new_button.isEnabled()

        dialog.port.setValue(9000)  # taken
        dialog.start_button.click()
        assert not link.running
        assert dialog.problem.text().startswith("Could not start on 192.168.1.20:9000: ")

        dialog.port.setValue(8765)
        dialog.start_button.click()
        assert link.running and (link.host, link.port) == ("192.168.1.20", 8765)
        assert dialog.problem.text() == ""
        assert dialog.start_button.text() == "Stop"
        assert dialog.links.isVisibleTo(dialog)
        view, control = link.links()
        assert dialog.view_link.text() == view and dialog.control_link.text() == control
        assert not dialog.view_code.pixmap().isNull()
        assert not dialog.control_code.pixmap().isNull()
        assert not dialog.release_button.isEnabled()
        assert dialog.device.text().startswith("No phone controls the meeting yet")

        server = FakeRemoteServer.latest()
        token = control.split("#")[1]
        assert server.request("POST", "/api/toggle", token=token, device="phone-one-1234",
                              address="192.168.1.77").status == 200
        assert dialog.release_button.isEnabled()
        assert "192.168.1.77" in dialog.device.text()
        dialog.release_button.click()
        assert link.access.paired is None and not dialog.release_button.isEnabled()

        server.open_streams = 3  # three pages showing the meeting with the old links
        dialog.new_button.click()
        assert dialog.control_link.text() != control and dialog.view_link.text() != view
        assert server.streams() == 0 and server.streams_closed == 1
        assert server.request("GET", "/api/state", token=view.split("#")[1]).status == 401

        dialog.start_button.click()
        assert not link.running and not server.running
        assert not dialog.links.isVisibleTo(dialog)
        app.close()
    finally:
        FakeRemoteServer.busy_ports = set()
