"""A real LibreOffice Impress, headless, runs a 37-slide show; the source follows it.

Also in the same LibreOffice (it takes a second or two to start): a Draw document
open beside the deck, the show run a second time and its document closed mid-show,
and LibreOffice quitting.

The presenter is played by impress_driver.py over UNO (gotoSlideIndex, gotoNextSlide)
under the system Python; the source under test is the one the application uses,
reading its helper through a QProcess. Skipped where soffice or python3-uno is
missing; with FACILITATOR_REQUIRE_IMPRESS=1 (as `.ci/run` sets) that is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.slides.impress import ImpressSource, default_uno_python, soffice_command
from facilitator.slides.source import ConnectionState

REQUIRE_IMPRESS = "FACILITATOR_REQUIRE_IMPRESS"
DRIVER = Path(__file__).with_name("impress_driver.py")
#: Seconds for LibreOffice to start with a fresh profile and answer (about 2 s here).
PATIENCE = 60.0


def _no_impress(reason: str) -> None:
    if os.environ.get(REQUIRE_IMPRESS, "") == "1":
        pytest.fail(f"{REQUIRE_IMPRESS}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def headless_office(folder: Path, soffice: str = "soffice") -> Iterator[int]:
    """A headless soffice accepting UNO on a free port, its profile in `folder`: the port.

    Started in a session of its own; when done it is waited for (the presenter
    asks it to quit), and its whole process group is killed if it does not go.
    """
    port = _free_port()
    profile = (folder / "profile").as_uri()
    process = subprocess.Popen(
        soffice_command(None, port, soffice, "--headless", "--invisible", "--norestore",
                        "--nologo", "--nodefault", f"-env:UserInstallation={profile}"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        yield port
    finally:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


class Presenter:
    """The driver process: one command, one answer."""

    def __init__(self, python: str, port: int) -> None:
        self.process = subprocess.Popen(
            [python, str(DRIVER), str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True)

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    def say(self, command: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer.startswith("ok"), f"{command!r}: {answer!r}"
        return answer


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """A headless soffice accepting UNO on a free port, with its own profile: (python, port)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        _no_impress("LibreOffice (soffice) is not installed")
    python = default_uno_python()
    probe = subprocess.run([python, "-c", "import uno"], capture_output=True, check=False) \
        if shutil.which(python) or Path(python).exists() else None
    if probe is None or probe.returncode != 0:
        _no_impress(f"{python} cannot import uno (python3-uno is not installed)")
    with headless_office(tmp_path, soffice) as port:
        yield python, port


def test_the_source_follows_a_real_impress_show(qtbot, office):
    python, port = office
    began = time.monotonic()
    source = ImpressSource(python, port, poll=0.05)
    seen: list[tuple[str, object]] = []
    source.show_started.connect(lambda: seen.append(("show", "started")))
    source.show_ended.connect(lambda: seen.append(("show", "ended")))
    source.slide_changed.connect(lambda n: seen.append(("slide", n)))
    source.error.connect(lambda message: seen.append(("error", message)))
    source.start()
    presenter = Presenter(python, port)
    try:
        qtbot.waitUntil(lambda: source.connection() is ConnectionState.CONNECTED,
                        timeout=int(PATIENCE * 1000))
        presenter.say("draw")  # a document without a show, which the helper passes over
        assert presenter.say("deck 37") == "ok 37"
        presenter.say("start")
        qtbot.waitUntil(lambda: seen[-1:] == [("slide", 1)], timeout=20000)
        assert source.showing() and source.current_slide() == 1
        # Wait for each slide to be reported before moving on: the helper looks every
        # 50 ms, and a slide passed through faster than that is (rightly) not reported.
        for command, slide in (("goto 5", 6), ("goto 12", 13), ("goto 20", 21),
                               ("next", 22)):
            presenter.say(command)
            qtbot.waitUntil(lambda slide=slide: seen[-1:] == [("slide", slide)],
                            timeout=20000)
            assert source.current_slide() == slide
        presenter.say("end")
        qtbot.waitUntil(lambda: seen[-1:] == [("show", "ended")], timeout=20000)
        assert seen == [("show", "started"), ("slide", 1), ("slide", 6), ("slide", 13),
                        ("slide", 21), ("slide", 22), ("show", "ended")]
        assert source.current_slide() is None and not source.showing()
        # The show again, and its document closed in the middle of it: the show has
        # ended, LibreOffice is still there.
        presenter.say("start")
        presenter.say("goto 2")
        qtbot.waitUntil(lambda: seen[-1:] == [("slide", 3)], timeout=20000)
        presenter.say("close")
        qtbot.waitUntil(lambda: seen[-1:] == [("show", "ended")], timeout=20000)
        assert source.connection() is ConnectionState.CONNECTED
        assert not [event for event in seen if event[0] == "error"]
        presenter.say("quit")
        # soffice gone: the helper says so, and the source keeps looking.
        qtbot.waitUntil(lambda: source.connection() in (ConnectionState.LOST,
                                                        ConnectionState.CONNECTING),
                        timeout=20000)
    finally:
        source.stop()
        presenter.close()
    assert source.connection() is ConnectionState.STOPPED
    print(f"real Impress show followed in {time.monotonic() - began:.1f} s")


def test_a_missing_impress_skips_here_and_fails_where_required(monkeypatch):
    monkeypatch.delenv(REQUIRE_IMPRESS, raising=False)
    with pytest.raises(pytest.skip.Exception, match="python3-uno is not installed"):
        _no_impress("/usr/bin/python3 cannot import uno (python3-uno is not installed)")
    monkeypatch.setenv(REQUIRE_IMPRESS, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_IMPRESS}=1 but soffice"):
        _no_impress("soffice is missing")


def test_ci_installs_impress_and_refuses_to_skip_it():
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE_IMPRESS}=1" in ci
    assert "libreoffice-impress-nogui python3-uno" in ci
