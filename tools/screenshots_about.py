"""A screenshot of Help ▸ About (the icon, the version, the data folder, the licence).

Run on a display (an Xvfb screen is enough):
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_about.py \\
        docs/screenshots [da|en]
The app is composed as `facilitator` composes it, on a data folder of its own
(a temporary one, so its path is in the picture).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from facilitator.app import compose
from facilitator.cli import app_parser

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import shoot, start_tool  # noqa: E402


def main(argv: list[str]) -> int:
    out, language, suffix, app = start_tool(argv, "da")
    with tempfile.TemporaryDirectory(prefix="facilitator-") as folder:
        home = Path(folder) / "data"
        home.mkdir()
        options = app_parser().parse_args(["--data-dir", str(home), "--lang", language])
        parts = compose(options, sounds={})
        assert not isinstance(parts, int)
        parts.window.move(20, 20)
        parts.window.show()
        parts.window.open_about()
        dialog = parts.window.about_dialog
        assert dialog is not None
        dialog.move(60, 60)
        shoot(dialog, app, out / f"about{suffix}.png")
        dialog.close()
        parts.window.shutdown()
        parts.window.hide()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
