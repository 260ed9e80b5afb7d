"""The app's icon is set on the application, so the window and every dialog wear it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.resources import ICON_SIZES, icon_pngs
from facilitator.ui.icon import app_icon
from tests.scenarios.harness import App


def test_the_icon_has_every_shipped_size():
    assert set(icon_pngs()) == set(ICON_SIZES)
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 256, 512} <= sizes


def test_the_window_and_a_dialog_show_the_icon(qtbot, tmp_path):
    app = App(qtbot, tmp_path)
    assert not QApplication.windowIcon().isNull()
    assert not app.window.windowIcon().isNull()
    # The window's icon is the app's: the 16-pixel one drawn is the shipped 16-pixel PNG.
    drawn = app.window.windowIcon().pixmap(16, 16).toImage()
    assert drawn.width() == 16 and drawn.pixelColor(8, 12).red() > 200  # the light face
    box = QMessageBox(app.window)
    assert box.windowIcon().cacheKey() == app.window.windowIcon().cacheKey()
    app.close()
