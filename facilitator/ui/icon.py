"""The app's icon (a stopwatch with the time left in red) as a QIcon, from the shipped PNGs."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from ..resources import icon_pngs

__all__ = ["app_icon", "WINDOW_ICON_LARGEST"]

#: The largest size the windows' icon carries: 256 pixels is the most a title
#: bar, task bar, window switcher or About box asks for (Windows' largest icon
#: size; X11 window managers scale down what they are given). On X11 Qt hands
#: the window manager every size the icon has, and the 512-pixel one alone
#: kept 2.6 MiB of the running window resident: its pixmap, and two threads Qt
#: starts to convert an image that big (docs/benchmarks.md, "Window"). The
#: 512-pixel PNG still ships for the bundles' .icns and .ico.
WINDOW_ICON_LARGEST = 256


def app_icon(largest: int | None = None) -> QIcon:
    """Every shipped size, so the title bar, the task bar and the About box each get a sharp one.

    PNGs rather than the SVG: no image-format plugin is needed to read them,
    in a bundle as in a pip install. `largest` leaves out the bigger sizes.
    """
    icon = QIcon()
    for size, data in sorted(icon_pngs().items()):
        if largest is not None and size > largest:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
