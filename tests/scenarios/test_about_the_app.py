"""Help ▸ About: which version is this, and where does it keep its meetings (in Danish)."""

from __future__ import annotations

import pytest

from facilitator import __version__

from .harness import App, top_level_windows

# Bringing the dialog forward asks the window system, which the offscreen platform can only warn
# about.
pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise|propagateSizeHints)\(\)$")


def test_about_says_the_version_the_data_folder_and_the_licence(qtbot, home, danish):
    """A Danish facilitator is asked by a colleague which version she runs and
    where the logs are. Hjælp ▸ Om facilitator shows the stopwatch icon, the
    version, her data folder (the one the app writes its meetings to: it can
    be copied for a mail), the MIT licence as text, and the Qt and Python it
    runs on. It is one dialog: asked again, the same one comes forward.
    """
    app = App(qtbot, home, ["--lang", "da"])
    help_menu = app.window.menuBar().actions()[-1]
    assert help_menu.text() == "&Hjælp"
    about = [a for a in help_menu.menu().actions() if a.text() == "Om facilitator"]
    assert len(about) == 1
    about[0].trigger()
    dialog = app.window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Om facilitator"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert dialog.data_dir_field.text() == str(home)
    assert dialog.open_button.text() == "Åbn mappe"
    dialog.copy_button.click()
    assert dialog.copy_button.text() == "Kopieret"
    assert "Permission is hereby granted" in dialog.licence_view.toPlainText()
    assert dialog.versions_label.text().startswith("Qt 6.")
    assert not dialog.windowIcon().isNull()
    assert not dialog.icon_label.pixmap().isNull()

    about[0].trigger()
    assert app.window.about_dialog is dialog
    assert sum(1 for w in top_level_windows() if w.objectName() == "aboutDialog") == 1
    dialog.close()
    app.close()
