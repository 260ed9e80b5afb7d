"""A screenshot of the window following a real LibreOffice Impress show, for docs/slides.md.

Run on a display (an Xvfb screen is enough), with LibreOffice and python3-uno installed:
    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_slides.py \\
        docs/screenshots [da|en]
A headless LibreOffice of its own (own profile, a free port) shows a 37-slide deck;
the presenter (tests/slides/impress_driver.py, over UNO) moves 1 → 6 → 13 → 21 → 22
while the bundled klyngemøde, under `slides_follow: follow`, runs on a fake clock in
the window as `facilitator --slides impress` composes it. Writes slides-follow[-da].png.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.app import begin, compose
from facilitator.cli import app_parser
from facilitator.core.clock import FakeClock
from facilitator.slides.impress import ImpressSource, default_uno_python
from facilitator.slides.source import ConnectionState

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))
from screenshots import SIZE, shoot, start_tool  # noqa: E402

from tests.slides.test_impress_real import Presenter, headless_office  # noqa: E402

KLYNGEMOEDE = ROOT / "agendas" / "klyngemoede-samarbejde-og-faellesskab.yaml"
CET = timezone(timedelta(hours=1))


def _wait(app: QApplication, done: Callable[[], bool], what: str, seconds: float = 60) -> None:
    """Let Qt run until `done()` (LibreOffice is a real process: this takes real time)."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out, language, suffix, app = start_tool(argv, "da")
    python = default_uno_python()
    with tempfile.TemporaryDirectory() as folder, headless_office(Path(folder)) as port:
        home = Path(folder) / "home"
        home.mkdir()
        programme = Path(folder) / "klyngemoede-follow.yaml"
        programme.write_text(KLYNGEMOEDE.read_text(encoding="utf-8").replace(
            'start: "17:00"\n', 'start: "17:00"\nslides_follow: follow\n', 1), encoding="utf-8")
        source = ImpressSource(python, port, poll=0.05)
        options = app_parser().parse_args(
            [str(programme), "--data-dir", str(home), "--lang", language])
        clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
        parts = compose(options, sounds={}, base_clock=clock, slide_source=source)
        assert not isinstance(parts, int)
        window, bridge = parts.window, parts.window.bridge
        window.resize(*SIZE)
        window.move(20, 20)
        window.show()
        begin(parts, options)
        presenter = Presenter(python, port)
        try:
            _wait(app, lambda: source.connection() is ConnectionState.CONNECTED, "LibreOffice")
            presenter.say("deck 37")
            bridge.start()
            # As in tests/scenarios/test_window_follows_a_real_impress_show.py.
            for minutes, command, slide in ((5, "start", 1), (10, "goto 5", 6),
                                            (4, "goto 12", 13), (30, "goto 20", 21),
                                            (15, "next", 22)):
                clock.advance(minutes * 60)
                bridge.refresh()
                presenter.say(command)
                _wait(app, lambda slide=slide: source.current_slide() == slide,
                      f"slide {slide}")
            clock.advance(60)
            bridge.refresh()
            shoot(window, app, out / f"slides-follow{suffix}.png")
            presenter.say("quit")
        finally:
            window.shutdown()
            window.hide()
            presenter.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
