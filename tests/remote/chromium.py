"""A real headless Chromium for the remote's pages (Debian's chromium and chromium-driver).

Selenium talks to /usr/bin/chromedriver, so nothing is downloaded. Its calls
block, and the app's server answers only while Qt's event loop runs: every
browser call therefore runs on a worker thread while the test's thread keeps
the loop turning (`Browser.run`). Without Chromium the tests skip, saying
why; with FACILITATOR_REQUIRE_CHROMIUM=1 (as `.ci/run` sets) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

REQUIRE_CHROMIUM = "FACILITATOR_REQUIRE_CHROMIUM"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
#: A phone's screen in CSS pixels (an iPhone 12-15).
PHONE = (390, 844)
T = TypeVar("T")


def no_chromium(reason: str) -> None:
    """Skip (or fail, where Chromium is required) for want of it."""
    if os.environ.get(REQUIRE_CHROMIUM, "") == "1":
        pytest.fail(f"{REQUIRE_CHROMIUM}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def missing() -> str | None:
    """Why no browser test can run here, or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            return f"{path} is missing (Debian: apt-get install {package})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


class Browser:
    """One headless Chromium at a phone's size; `run` calls it without stalling Qt."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        self.qtbot: Any = None

    def run(self, call: Callable[[Any], T], timeout: float = 15.0) -> T:
        """`call(driver)` on a worker thread while this thread turns Qt's event loop."""
        result: list[Any] = []
        failure: list[BaseException] = []
        done = threading.Event()

        def work() -> None:
            try:
                result.append(call(self.driver))
            except BaseException as exc:  # noqa: BLE001 - re-raised on the test's thread
                failure.append(exc)
            finally:
                done.set()

        threading.Thread(target=work, daemon=True).start()
        self.qtbot.waitUntil(done.is_set, timeout=int(timeout * 1000))
        if failure:
            raise failure[0]
        return result[0]

    def text(self, element_id: str) -> str:
        return self.run(lambda d: d.find_element("id", element_id).text)

    def wait_for(self, condition: Callable[[Any], Any], timeout: float = 5.0) -> Any:
        """Poll `condition(driver)` in the browser until it is true (WebDriverWait)."""
        from selenium.webdriver.support.ui import WebDriverWait

        return self.run(lambda d: WebDriverWait(d, timeout, poll_frequency=0.05)
                        .until(condition), timeout=timeout + 5)


def start_chromium(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                 f"--window-size={PHONE[0]},{PHONE[1]}", "--force-device-scale-factor=1",
                 "--lang=en-GB"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(10)
    driver.set_script_timeout(10)
    # The viewport, not the window, is the phone's screen.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True})
    return driver


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """One browser for a test module (starting one takes about a second)."""
    reason = missing()
    if reason is not None:
        no_chromium(reason)
    profile = tempfile.mkdtemp(prefix="facilitator-chromium-")
    try:
        driver = start_chromium(profile)
    except Exception as exc:  # noqa: BLE001 - any failure to start is "no browser here"
        shutil.rmtree(profile, ignore_errors=True)
        no_chromium(f"Chromium did not start: {exc}")
        raise
    try:
        yield Browser(driver)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser(chromium: Browser, qtbot: Any) -> Iterator[Browser]:
    """The module's browser for this test: a blank page, no device name left from before."""
    chromium.qtbot = qtbot
    yield chromium
    chromium.run(lambda d: d.get("about:blank"))
