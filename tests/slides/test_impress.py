"""The Impress source against a fake helper process: lines read, errors and endings reported.

The fake helper is a small Python script that prints the lines a test gives it and
then either waits (like the real helper watching a show) or exits with a status.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.slides.impress import (
    NO_UNO_STATUS,
    UNO_PYTHON_ENV,
    HelperEvent,
    ImpressSource,
    default_uno_python,
    helper_script,
    parse_helper_line,
    soffice_command,
)
from facilitator.slides.source import ConnectionState

WAIT = 10000  # ms; a ceiling, not a pause: the waits end when the signal comes


def fake_helper(tmp_path: Path, lines: list[str], exit_status: int | None = None,
                stderr: str = "") -> Path:
    script = tmp_path / "fake_helper.py"
    body = [
        "import sys",
        f"for line in {lines!r}:",
        "    print(line, flush=True)",
        f"sys.stderr.write({stderr!r})",
        "sys.stderr.flush()",
    ]
    if exit_status is None:
        body.append("sys.stdin.read()  # watch until killed")
    else:
        body.append(f"sys.exit({exit_status})")
    script.write_text("\n".join(body) + "\n", encoding="utf-8")
    return script


def recording(source: ImpressSource) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    source.show_started.connect(lambda: seen.append(("show", "started")))
    source.show_ended.connect(lambda: seen.append(("show", "ended")))
    source.slide_changed.connect(lambda n: seen.append(("slide", n)))
    source.error.connect(lambda message: seen.append(("error", message)))
    source.connection_changed.connect(lambda state: seen.append(("connection", state)))
    return seen


SHOW = ['{"connection": "connecting"}', '{"connection": "connected"}',
        '{"show": "started"}', '{"slide": 1, "count": 37}', '{"slide": 6, "count": 37}',
        '{"slide": 6, "count": 37}', '{"slide": 13, "count": 37}']


def test_lines_of_the_helper_are_understood():
    assert parse_helper_line('{"slide": 13, "count": 37}\n') == HelperEvent(slide=13)
    assert parse_helper_line('{"show": "started"}') == HelperEvent(show=True)
    assert parse_helper_line('{"show": "ended"}') == HelperEvent(show=False)
    assert parse_helper_line('{"connection": "lost"}') == HelperEvent(
        connection=ConnectionState.LOST)
    assert parse_helper_line('{"error": "no-uno", "detail": "No module named uno"}') == \
        HelperEvent(error="no-uno: No module named uno")


@pytest.mark.parametrize("line", [
    "Traceback (most recent call last):", "", "[13]", '{"slide": 0}', '{"slide": "13"}',
    '{"slide": true}', '{"slide": 1.5}', '{"show": "paused"}', '{"connection": "maybe"}',
    '{"what": 1}', '{"slide": 13',
])
def test_anything_else_is_refused_and_quoted(line):
    with pytest.raises(ValueError, match="unexpected"):
        parse_helper_line(line)


def test_a_show_is_followed_slide_by_slide_and_stop_ends_it(qtbot, tmp_path):
    source = ImpressSource(sys.executable, 2002, helper=fake_helper(tmp_path, SHOW))
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.current_slide() == 13, timeout=WAIT)
    assert seen == [("connection", ConnectionState.CONNECTING),
                    ("connection", ConnectionState.CONNECTED),
                    ("show", "started"), ("slide", 1), ("slide", 6), ("slide", 13)]
    assert source.showing()
    source.stop()
    assert seen[-2:] == [("show", "ended"), ("connection", ConnectionState.STOPPED)]
    assert source.current_slide() is None


def test_the_show_ending_is_reported_and_the_source_keeps_watching(qtbot, tmp_path):
    lines = [*SHOW, '{"show": "ended"}', '{"connection": "connected"}']
    source = ImpressSource(sys.executable, helper=fake_helper(tmp_path, lines))
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: ("show", "ended") in seen, timeout=WAIT)
    assert seen[-2:] == [("slide", 13), ("show", "ended")]
    assert source.connection() is ConnectionState.CONNECTED
    assert source.current_slide() is None
    source.stop()


def test_garbage_lines_are_reported_once_and_skipped(qtbot, tmp_path):
    lines = ['{"connection": "connected"}', "Gtk-WARNING: cannot open display",
             '{"slide": 4}', "{not json", '{"slide": 5}']
    source = ImpressSource(sys.executable, helper=fake_helper(tmp_path, lines))
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.current_slide() == 5, timeout=WAIT)
    errors = [message for kind, message in seen if kind == "error"]
    assert len(errors) == 1 and "Gtk-WARNING" in str(errors[0])
    # A slide without a "show started" first still means a show is running.
    assert [event for event in seen if event[0] in ("show", "slide")] == [
        ("show", "started"), ("slide", 4), ("slide", 5)]
    source.stop()


def test_a_helper_that_dies_ends_the_show_and_says_why(qtbot, tmp_path):
    helper = fake_helper(tmp_path, SHOW, exit_status=1,
                         stderr="Traceback (most recent call last):\nRuntimeError: boom\n")
    source = ImpressSource(sys.executable, helper=helper)
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.connection() is ConnectionState.FAILED, timeout=WAIT)
    assert seen[-3:-1] == [("show", "ended"), ("connection", ConnectionState.FAILED)]
    kind, message = seen[-1]
    assert kind == "error"
    assert "exit status 1" in str(message) and "RuntimeError: boom" in str(message)
    assert source.current_slide() is None
    source.stop()
    assert source.connection() is ConnectionState.STOPPED


def test_a_python_without_uno_is_named(qtbot, tmp_path):
    helper = fake_helper(tmp_path, ['{"error": "no-uno", "detail": "No module named uno"}'],
                         exit_status=3)
    source = ImpressSource(sys.executable, helper=helper)
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.connection() is ConnectionState.FAILED, timeout=WAIT)
    errors = [str(message) for kind, message in seen if kind == "error"]
    assert "No module named uno" in errors[0]
    assert "python3-uno" in errors[-1] and UNO_PYTHON_ENV in errors[-1]


def test_a_missing_python_fails_at_once(qtbot, tmp_path):
    source = ImpressSource(str(tmp_path / "no-such-python"), helper=helper_script())
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.connection() is ConnectionState.FAILED, timeout=WAIT)
    errors = [str(message) for kind, message in seen if kind == "error"]
    assert len(errors) == 1 and "cannot run" in errors[0] and UNO_PYTHON_ENV in errors[0]
    assert ("show", "started") not in seen


def test_a_missing_soffice_is_reported_and_the_helper_still_waits_for_one(qtbot, tmp_path):
    launch = soffice_command(tmp_path / "deck.odp", 2002, str(tmp_path / "no-soffice"))
    source = ImpressSource(sys.executable,
                           helper=fake_helper(tmp_path, ['{"connection": "connecting"}']),
                           launch=launch)
    seen = recording(source)
    with qtbot.waitSignal(source.error, timeout=WAIT) as blocker:
        source.start()
    assert "cannot start LibreOffice" in blocker.args[0]
    assert "no-soffice" in blocker.args[0]
    assert source.connection() is ConnectionState.CONNECTING
    source.stop()
    assert seen[-1] == ("connection", ConnectionState.STOPPED)


def test_libreoffice_is_launched_detached_accepting_on_the_port(qtbot, tmp_path):
    called = tmp_path / "soffice-called"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\necho \"$@\" >> {called}\n", encoding="utf-8")
    soffice.chmod(0o755)
    launch = soffice_command(tmp_path / "deck.odp", 2010, str(soffice))
    source = ImpressSource(sys.executable,
                           helper=fake_helper(tmp_path, ['{"connection": "connecting"}']),
                           launch=launch)
    with qtbot.assertNotEmitted(source.error):
        source.start()
        qtbot.waitUntil(called.exists, timeout=WAIT)
    source.stop()
    qtbot.waitUntil(lambda: called.read_text(encoding="utf-8").endswith("\n"), timeout=WAIT)
    assert called.read_text(encoding="utf-8") == (
        f"--accept=socket,host=127.0.0.1,port=2010;urp; {tmp_path / 'deck.odp'}\n")


def test_losing_libreoffice_mid_show_ends_the_show(qtbot, tmp_path):
    lines = [*SHOW, '{"show": "ended"}', '{"connection": "lost"}',
             '{"connection": "connecting"}']
    source = ImpressSource(sys.executable, helper=fake_helper(tmp_path, lines))
    seen = recording(source)
    source.start()
    qtbot.waitUntil(lambda: source.connection() is ConnectionState.CONNECTING
                    and ("show", "ended") in seen, timeout=WAIT)
    assert seen[-3:] == [("show", "ended"), ("connection", ConnectionState.LOST),
                         ("connection", ConnectionState.CONNECTING)]
    source.stop()


def test_the_uno_python_comes_from_the_environment_or_the_platform():
    assert default_uno_python("linux", {}) == "/usr/bin/python3"
    assert default_uno_python("linux", {UNO_PYTHON_ENV: "/opt/lo/python"}) == "/opt/lo/python"
    assert default_uno_python("win32", {}).endswith(r"LibreOffice\program\python.exe")
    assert default_uno_python("darwin", {}).startswith("/Applications/LibreOffice.app/")


def test_soffice_is_started_accepting_uno_on_the_port():
    assert soffice_command(Path("/talks/klynge.odp"), 2010) == [
        "soffice", "--accept=socket,host=127.0.0.1,port=2010;urp;", "/talks/klynge.odp"]


def test_the_helper_ships_beside_the_source():
    script = helper_script()
    assert script.is_file()
    # It runs under another Python: nothing from facilitator may be imported there.
    assert "facilitator" not in "".join(
        line for line in script.read_text(encoding="utf-8").splitlines()
        if line.startswith(("import", "from")))


FAKE_UNO = '''
"""A uno module whose LibreOffice is never there."""
class _Resolver:
    def resolve(self, url):
        raise RuntimeError("no office at " + url)
class _Manager:
    def createInstanceWithContext(self, name, context):
        return _Resolver()
class _Context:
    ServiceManager = _Manager()
def getComponentContext():
    return _Context()
'''


def test_the_real_helper_waits_for_libreoffice_and_ends_when_its_reader_goes(tmp_path):
    (tmp_path / "uno.py").write_text(FAKE_UNO, encoding="utf-8")
    helper = subprocess.Popen(
        [sys.executable, str(helper_script()), "--port", "2010", "--poll", "0.05"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert helper.stdin is not None and helper.stdout is not None
    with helper.stdin, helper.stdout:
        assert parse_helper_line(helper.stdout.readline()) == HelperEvent(
            connection=ConnectionState.CONNECTING)
        helper.stdin.close()  # as when the application dies without stopping it
        assert helper.wait(timeout=10) == 0
        assert helper.stdout.read() == ""


def test_the_real_helper_says_when_its_python_has_no_uno(tmp_path):
    (tmp_path / "uno.py").write_text("raise ImportError('No module named uno')\n",
                                     encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(helper_script()), "--port", "2010"], capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(tmp_path)}, timeout=30, check=False)
    assert done.returncode == NO_UNO_STATUS
    assert parse_helper_line(done.stdout) == HelperEvent(error="no-uno: No module named uno")
