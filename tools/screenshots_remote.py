"""Screenshots of the phone pages (view and control) in headless Chromium, for docs/screenshots.

    .venv/bin/python tools/screenshots_remote.py docs/screenshots da

The app runs offscreen on a fake clock (the bundled klyngemøde, Blok 1 mid-way
and a few minutes behind), serves the pages on 127.0.0.1, and Debian's
Chromium shows them at a phone's size (390×844 CSS pixels, two device pixels
to one, as phones have). Writes remote-view{suffix}.png and
remote-control{suffix}.png, and the window's dialog as remote-dialog{suffix}.png.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.app import compose  # noqa: E402
from facilitator.cli import app_parser  # noqa: E402
from facilitator.core.clock import FakeClock  # noqa: E402
from facilitator.remote.addresses import LOOPBACK  # noqa: E402
from tests.remote.chromium import PHONE, start_chromium  # noqa: E402


def in_browser(app: QApplication, call: Callable[[], Any], timeout: float = 20) -> Any:
    """`call()` on a worker thread while the app's event loop turns (the server answers)."""
    result: list[Any] = []
    done = threading.Event()

    def work() -> None:
        try:
            result.append(call())
        finally:
            done.set()

    threading.Thread(target=work, daemon=True).start()
    end = time.monotonic() + timeout
    while not done.is_set():
        if time.monotonic() > end:
            raise TimeoutError("the browser did not answer")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return result[0] if result else None


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    language = argv[2] if len(argv) > 2 else "da"
    suffix = "" if language == "en" else f"-{language}"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 3, tzinfo=timezone(timedelta(hours=1))))
    options = app_parser().parse_args(["--lang", language, "--data-dir", str(home),
                                       "--platform", "offscreen"])
    parts = compose(options, sounds={}, base_clock=clock)
    assert not isinstance(parts, int)
    app, window = parts.app, parts.window
    bridge = window.bridge
    bridge.start()
    clock.advance(6 * 60)
    bridge.next_block()
    clock.advance(11 * 60 + 40)
    bridge.next_block()  # Blok 1: the video, then the questions
    clock.advance(7 * 60 + 12)
    bridge.refresh()
    link = window.remote_link()
    link.start(LOOPBACK, 0)
    view, control = link.links()
    # The dialog as the facilitator sees it after Start (the window's View menu).
    from facilitator.ui.remote_dialog import RemoteDialog

    dialog = RemoteDialog(link, window, addresses=[LOOPBACK])
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(out / f"remote-dialog{suffix}.png"))
    print(out / f"remote-dialog{suffix}.png")
    dialog.close()

    profile = tempfile.mkdtemp(prefix="facilitator-chromium-")
    driver = start_chromium(profile)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 2, "mobile": True})
        for name, url in (("view", view), ("control", control)):
            in_browser(app, lambda url=url: driver.get(url))
            in_browser(app, lambda: _wait_for_block(driver))
            target = out / f"remote-{name}{suffix}.png"
            in_browser(app, lambda target=target: driver.save_screenshot(str(target)))
            print(target)
    finally:
        driver.quit()
        link.stop()
        window.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
    return 0


def _wait_for_block(driver: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: d.find_element("id", "block").text)
    time.sleep(0.3)  # the first count and the fonts settle


if __name__ == "__main__":
    sys.exit(main(sys.argv))
