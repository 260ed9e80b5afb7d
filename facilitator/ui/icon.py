"""The app's icon (a stopwatch with the time left in red) as a QIcon, from the shipped PNGs."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from ..resources import icon_pngs

__all__ = ["app_icon"]


def app_icon() -> QIcon:
    """Every shipped size, so the title bar, the task bar and the About box each get a sharp one.

    PNGs rather than the SVG: no image-format plugin is needed to read them,
    in a bundle as in a pip install.
    """
    icon = QIcon()
    for _size, data in sorted(icon_pngs().items()):
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
