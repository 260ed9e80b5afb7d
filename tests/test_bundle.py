"""The app bundle that tools/bundle.py builds, run as a user runs it: start, check, import, log.

The bundle is the folder in $FACILITATOR_BUNDLE (default: dist/facilitator).
Without one the tests skip, saying how to build it; FACILITATOR_REQUIRE_BUNDLE=1
(set by `.ci/run`, which builds the Linux bundle first, and by
.github/workflows/bundles.yml on Windows and macOS) makes that a failure.
Each run gets a data folder of its own (FACILITATOR_HOME).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AGENDAS = ROOT / "agendas"
REQUIRE_BUNDLE = "FACILITATOR_REQUIRE_BUNDLE"
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ.get("FACILITATOR_BUNDLE") or ROOT / "dist" / "facilitator")
    if not (folder / f"facilitator-cli{EXE}").is_file():
        reason = (f"no bundle in {folder}: build one with `pip install -e '.[bundle]'` and "
                  "`python tools/bundle.py` (or set FACILITATOR_BUNDLE)")
        if os.environ.get(REQUIRE_BUNDLE, "") == "1":
            pytest.fail(f"{REQUIRE_BUNDLE}=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return folder


def clean_env(home: Path, **env: str) -> dict[str, str]:
    """A data folder of its own, nothing from this Python's world."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("PYTHON", "QT_", "FACILITATOR_"))}
    environment.update(FACILITATOR_HOME=str(home), **env)
    return environment


def run(program: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=clean_env(home, **env),
                          capture_output=True, text=True, encoding="utf-8", timeout=180,
                          cwd=home)


def journal_records(home: Path) -> list[dict]:
    journals = sorted((home / "sessions").glob("*.jsonl"))
    assert len(journals) == 1, journals
    return [json.loads(line) for line in journals[0].read_text(encoding="utf-8").splitlines()]


def test_the_app_starts_offscreen_opens_a_programme_logs_it_and_closes_itself(bundle, tmp_path):
    programme = tmp_path / "stop-op.yaml"
    shutil.copy(AGENDAS / "stop-op-i-klyngen.yaml", programme)
    done = run(bundle / f"facilitator{EXE}", "--platform", "offscreen", "--start",
               str(programme), home=tmp_path, FACILITATOR_QUIT_AFTER_MS="3000")
    assert done.returncode == 0, done.stderr
    records = journal_records(tmp_path)
    assert records[0]["type"] == "session"
    assert records[0]["agenda"]["title"] == "Stop op i klyngen – og kom godt videre i fællesskab"
    assert records[0]["agenda_source"] == str(programme)
    assert [r["type"] for r in records[1:3]] == ["start", "block_start"]


def test_without_a_file_the_app_opens_its_bundled_klyngemoede(bundle, tmp_path):
    done = run(bundle / f"facilitator{EXE}", "--platform", "offscreen", "--start",
               home=tmp_path, FACILITATOR_QUIT_AFTER_MS="2000")
    assert done.returncode == 0, done.stderr
    assert journal_records(tmp_path)[0]["agenda"]["title"] == "Samarbejde og fællesskab"


def test_the_bundle_serves_the_phone_pages(bundle, tmp_path):
    """The remote (docs/remote.md) works from the bundle: its pages are inside and QtNetwork too."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = subprocess.Popen(
        # The console program: a windowed Windows program may have no stdout to print links to.
        [str(bundle / f"facilitator-cli{EXE}"), "--lang", "en", "--platform", "offscreen",
         "--remote", str(port), "--remote-address", "127.0.0.1"],
        env=clean_env(tmp_path, FACILITATOR_QUIT_AFTER_MS="20000"), cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        assert app.stdout is not None
        view = app.stdout.readline().strip()  # printed (and flushed) once the server listens
        assert view.startswith(f"View (read only): http://127.0.0.1:{port}/view#"), view
        url = view.split(": ", 1)[1].split("#", 1)[0]
        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200 and b"<title>facilitator</title>" in page.read()
    finally:
        app.kill()
        app.communicate(timeout=30)


def test_check_runs_from_the_bundle_in_english_and_danish(bundle, tmp_path):
    cli = bundle / f"facilitator-cli{EXE}"
    files = [str(p) for p in sorted(AGENDAS.glob("*.yaml"))]
    done = run(cli, "--lang", "en", "check", *files, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": ok: ") == len(files)
    danish = run(cli, "--lang", "da", "check", files[-1], home=tmp_path)
    assert danish.returncode == 0 and "blokke" in danish.stdout  # the catalogue is in the bundle
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\nblocks: [}\n", encoding="utf-8")
    refused = run(cli, "check", str(broken), home=tmp_path)
    assert refused.returncode == 1 and f"{broken}:2:" in refused.stdout + refused.stderr


def test_import_runs_from_the_bundle_and_its_programme_checks(bundle, tmp_path):
    cli = bundle / f"facilitator-cli{EXE}"
    text = tmp_path / "program.txt"
    text.write_text("09.00-09.15 Velkomst\n09.15-10.00 Oplæg\n10.00-10.15 Pause\n",
                    encoding="utf-8")
    done = run(cli, "import", str(text), "-o", str(tmp_path / "program.yaml"), home=tmp_path)
    assert done.returncode == 0, done.stderr
    checked = run(cli, "--lang", "en", "check", str(tmp_path / "program.yaml"), home=tmp_path)
    assert checked.returncode == 0 and "3 blocks, 75 min" in checked.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the launcher is Linux's")
def test_the_linux_bundle_has_its_launcher_and_icon(bundle):
    entry = (bundle / "facilitator.desktop").read_text(encoding="utf-8")
    assert "Exec=facilitator %f" in entry and "Icon=facilitator" in entry
    assert (bundle / "facilitator.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd reads Linux's shared libraries")
def test_every_library_in_the_linux_bundle_finds_what_it_links(bundle):
    """Leaving Qt's unused pieces out (tools/bundle.py DROPPED) broke nothing that stays."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = {}
    for library in sorted(internal.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        linked = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env)
        lost = [line.split()[0] for line in linked.stdout.splitlines() if "not found" in line]
        if lost:
            missing[str(library.relative_to(bundle))] = lost
    assert missing == {}


@pytest.mark.xvfb
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is Linux's")
def test_the_linux_bundle_opens_its_window_on_a_real_x_server(bundle, tmp_path):
    from tests.ui.xvfb import xvfb_display

    with xvfb_display() as display:
        done = run(bundle / f"facilitator{EXE}", "--start", home=tmp_path, DISPLAY=display,
                   FACILITATOR_QUIT_AFTER_MS="3000")
    assert done.returncode == 0, done.stderr
    assert journal_records(tmp_path)[0]["agenda"]["title"] == "Samarbejde og fællesskab"
