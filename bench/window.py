"""The window's CPU, memory, first paint and second accuracy, against a bare PySide6 clock."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SECTION = "## Window (bench/window.py)"
DOC = ROOT / "docs" / "benchmarks.md"
#: Start-up noise (imports finishing, first layouts, fonts) is not the steady cost.
SETTLE_S = 5.0
STARTUP_ROUNDS = 5
SCREEN = "2560x900x24"  # wide enough that the two windows never overlap
WINDOW_SIZE = (1100, 760)  # the facilitator's default size; the bare window gets the same

TARGETS = {"cpu": 1.5, "rss": 1.3, "startup": 2.0, "late_ms": 50.0, "drift": 1.0}
#: Set in the facilitator child's environment by --no-sound: the app runs with NoSound.
NO_SOUND_ENV = "BENCH_WINDOW_NO_SOUND"
#: Libraries of Qt Multimedia's FFmpeg backend, looked for in /proc/self/maps.
FFMPEG_MARKERS = ("libavcodec", "libavformat", "libavutil", "ffmpegmediaplugin")


# ---------------------------------------------------------------------- children


class SecondLog:
    """When each displayed second appeared, and how late after its true boundary."""

    def __init__(self) -> None:
        self.times: list[float] = []  # seconds since the log started
        self.late_ms: list[float] = []
        self.skips = 0
        self._last_second: int | None = None
        self._t0 = time.monotonic()

    def add(self, running: float) -> None:
        """`running` is the running time whose whole seconds are on screen now."""
        second = math.floor(running + 1e-6)
        if self._last_second is not None and second - self._last_second != 1:
            self.skips += 1
        self._last_second = second
        self.times.append(time.monotonic() - self._t0)
        self.late_ms.append(max(0.0, running - second) * 1000.0)

    def summary(self) -> dict[str, Any]:
        late = self.late_ms
        if not late:
            return {"n": 0}
        ordered = sorted(late)
        return {
            "n": len(late),
            "max": ordered[-1],
            "p50": statistics.median(ordered),
            "p99": ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)],
            "mean": statistics.fmean(ordered),
            "drift_ms_per_min": _slope([t / 60 for t in self.times], late),
            "skips": self.skips,
        }


def _slope(xs: list[float], ys: list[float]) -> float:
    if len(xs) < 2:
        return 0.0
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0


def _ffmpeg_mapped() -> bool:
    maps = Path("/proc/self/maps").read_text()
    return any(marker in maps for marker in FFMPEG_MARKERS)


def _proc_status() -> dict[str, int]:
    """VmRSS and VmHWM in KiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


class ChildRun:
    """What both children share: first-paint probe, steady-phase accounting, the JSON report."""

    def __init__(self, app: Any, kind: str, spawned_at: float, seconds: float,
                 startup_only: bool) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.app = app
        self.kind = kind
        self.spawned_at = spawned_at
        self.seconds = seconds
        self.startup_only = startup_only
        self.first_paint: float | None = None
        self.tick_log = SecondLog()  # when the label's text was set
        self.paint_log = SecondLog()  # when the label with the new text was painted
        self.minute_late_ms: list[float] = []  # the clock of day (HH:MM) after the minute
        self.on_finish: list[Any] = []
        self._steady: tuple[float, resource.struct_rusage] | None = None
        self._qtimer = QTimer
        run = self

        class FirstPaint(QObject):
            # App-wide, so it sees the window's first paint without knowing its widgets;
            # removed at once, so the steady phase pays nothing for it.
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and run.first_paint is None:
                    run.first_paint = -1.0
                    # Runs after this paint pass has been flushed to the screen.
                    QTimer.singleShot(0, run._painted)
                return False

        self._probe = FirstPaint()
        app.installEventFilter(self._probe)

    def _painted(self) -> None:
        self.first_paint = time.monotonic()
        self.app.removeEventFilter(self._probe)
        if self.startup_only:
            self.finish()
            return
        self._qtimer.singleShot(int(SETTLE_S * 1000), self._start_steady)

    def _start_steady(self) -> None:
        self._steady = (time.monotonic(), resource.getrusage(resource.RUSAGE_SELF))
        self._qtimer.singleShot(int(self.seconds * 1000), self.finish)

    def finish(self) -> None:
        from PySide6.QtCore import qVersion
        from PySide6.QtGui import QGuiApplication

        assert self.first_paint is not None
        report: dict[str, Any] = {
            "kind": self.kind,
            "startup_s": self.first_paint - self.spawned_at,
            "qt": qVersion(),
            "platform": QGuiApplication.platformName(),
        }
        if self._steady is not None:
            t0, r0 = self._steady
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            wall = time.monotonic() - t0
            cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
            status = _proc_status()
            report.update({
                "steady_s": wall,
                "cpu_s": cpu,
                "cpu_percent": 100.0 * cpu / wall,
                "wakeups_per_s": (r1.ru_nvcsw - r0.ru_nvcsw + r1.ru_nivcsw - r0.ru_nivcsw) / wall,
                "rss_kib": status["VmRSS"],
                "hwm_kib": status["VmHWM"],
                "threads": len(os.listdir("/proc/self/task")),
                "ffmpeg": _ffmpeg_mapped(),
                "sound": os.environ.get(NO_SOUND_ENV) != "1",
                "tick": self.tick_log.summary(),
                "paint": self.paint_log.summary(),
                "minute_late_ms": self.minute_late_ms,
            })
        print(json.dumps(report), flush=True)
        for step in self.on_finish:
            step()
        self.app.exit(0)


def run_bare(args: argparse.Namespace) -> int:
    """A QLabel clock on Qt's default (coarse) 1000 ms QTimer: the least a ticking window costs."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    run = ChildRun(app, "bare", args.spawned_at, args.seconds, args.startup_only)
    label = QLabel("00:00")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = label.font()
    font.setPixelSize(220)
    font.setBold(True)
    label.setFont(font)
    label.setWindowTitle("bare")
    label.resize(*WINDOW_SIZE)
    label.move(1300, 0)
    start = time.monotonic()

    def shown(elapsed: float) -> str:
        minutes, seconds = divmod(int(elapsed), 60)
        return f"{minutes:02d}:{seconds:02d}"

    def update() -> None:
        elapsed = time.monotonic() - start
        text = shown(elapsed)
        if text != label.text():
            label.setText(text)
            run.tick_log.add(elapsed)

    class PaintLog(QObject):
        last = "00:00"

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and label.text() != self.last:
                self.last = label.text()
                run.paint_log.add(time.monotonic() - start)
            return False

    paint_log = PaintLog()
    label.installEventFilter(paint_log)
    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(update)
    timer.start()
    label.show()
    return int(app.exec())


def run_facilitator(args: argparse.Namespace) -> int:
    """The app as `facilitator --start` opens it (run_app), with the countdown label watched."""
    from datetime import datetime, timezone

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    run = ChildRun(app, "facilitator", args.spawned_at, args.seconds, args.startup_only)

    if os.environ.get(NO_SOUND_ENV) == "1":
        # What the window costs without any sound output (to tell the two apart).
        from facilitator.ui import sound, sound_output

        sound_output.open_sound_backend = lambda sounds: sound.NoSound("bench: --no-sound")
    from facilitator.app import run_app
    from facilitator.cli import app_parser
    from facilitator.core.snapshot import MeetingState
    from facilitator.ui.main_window import MainWindow

    keep: list[object] = []

    def attach() -> None:
        # run_app builds the window before the event loop starts; this runs at its start.
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        bridge = window.bridge
        label = window.timer_label
        state = {"text": label.text(), "painted": label.text(), "running": 0.0, "at": 0.0,
                 "clock": window.clock_label.text()}

        def on_refreshed(snapshot: Any) -> None:
            # Connected after the window's own slot, so the label already shows this snapshot.
            clock = window.clock_label.text()
            if clock != state["clock"]:
                state["clock"] = clock
                run.minute_late_ms.append(
                    (snapshot.now.second + snapshot.now.microsecond / 1e6) * 1000.0)
            text = label.text()
            if snapshot.state is not MeetingState.RUNNING or text == state["text"]:
                return
            state["text"] = text
            state["running"] = snapshot.block_elapsed
            state["at"] = snapshot.now.timestamp()
            run.tick_log.add(snapshot.block_elapsed)

        class PaintLog(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and state["text"] != state["painted"]:
                    state["painted"] = state["text"]
                    since = datetime.now(timezone.utc).timestamp() - state["at"]
                    run.paint_log.add(state["running"] + since)
                return False

        paint_log = PaintLog()
        label.installEventFilter(paint_log)
        bridge.refreshed.connect(on_refreshed)
        keep.extend([paint_log, window])

        def close() -> None:
            window.shutdown()
            window.hide()

        run.on_finish.append(close)

    QTimer.singleShot(0, attach)
    return run_app(app_parser().parse_args(["--start"]))


# ---------------------------------------------------------------------- parent


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, dict[str, str], str]:
    """A private X screen; the offscreen platform when Xvfb is missing."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None, {"QT_QPA_PLATFORM": "offscreen"}, \
            "offscreen platform (Xvfb not found): no real X server, figures are optimistic"
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", SCREEN,
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read], [], [], 0.5)
        if ready:
            chunk = os.read(read, 64)
            if not chunk:
                break
            number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        raise SystemExit("bench/window.py: Xvfb did not report a display")
    display = f":{number.decode().strip()}"
    return proc, {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, f"Xvfb {display} ({SCREEN})"


class Child:
    def __init__(self, kind: str, env: dict[str, str], seconds: float,
                 startup_only: bool) -> None:
        self.kind = kind
        self.home = tempfile.mkdtemp(prefix=f"bench-window-{kind}-")
        argv = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
                "--seconds", str(seconds)]
        if startup_only:
            argv.append("--startup-only")
        self.err = tempfile.TemporaryFile()
        spawned_at = time.monotonic()
        argv += ["--spawned-at", repr(spawned_at)]
        self.proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.err,
                                     env={**os.environ, **env, "FACILITATOR_HOME": self.home})

    def result(self, timeout: float) -> dict[str, Any]:
        try:
            out, _ = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _ = self.proc.communicate()
        finally:
            shutil.rmtree(self.home, ignore_errors=True)
        lines = [line for line in out.decode().splitlines() if line.startswith("{")]
        if not lines:
            self.err.seek(0)
            raise SystemExit(f"bench/window.py: the {self.kind} child reported nothing "
                             f"(exit {self.proc.returncode}):\n"
                             + self.err.read().decode(errors="replace")[-3000:])
        return dict(json.loads(lines[-1]))


def measure_startup(env: dict[str, str]) -> dict[str, list[float]]:
    """First paint, one launch at a time so neither slows the other; round 0 warms the caches."""
    times: dict[str, list[float]] = {"facilitator": [], "bare": []}
    for round_ in range(STARTUP_ROUNDS + 1):
        for kind in ("bare", "facilitator") if round_ % 2 else ("facilitator", "bare"):
            report = Child(kind, env, 0, startup_only=True).result(timeout=120)
            if round_:
                times[kind].append(report["startup_s"])
    return times


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": model or platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "pyside6": metadata.version("PySide6") if _has_dist("PySide6")
        else metadata.version("PySide6-Essentials"),
        "os": platform.platform(terse=True),
    }


def _has_dist(name: str) -> bool:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def rows(fac: dict[str, Any], bare: dict[str, Any],
         startup: dict[str, list[float]]) -> list[list[str]]:
    """measure, facilitator, bare, facilitator/bare, target, result."""
    # Best of the launches: a busy machine only ever adds time to a launch.
    s_fac, s_bare = min(startup["facilitator"]), min(startup["bare"])
    m_fac, m_bare = statistics.median(startup["facilitator"]), statistics.median(startup["bare"])
    cpu_ratio = fac["cpu_percent"] / bare["cpu_percent"] if bare["cpu_percent"] else math.inf
    hwm_ratio = fac["hwm_kib"] / bare["hwm_kib"]
    rss_ratio = fac["rss_kib"] / bare["rss_kib"]
    ft, bt, fp, bp = fac["tick"], bare["tick"], fac["paint"], bare["paint"]
    minute = fac["minute_late_ms"]
    late = TARGETS["late_ms"]

    def ms(v: float) -> str:
        return f"{v:.1f} ms"

    def mib(kib: int) -> str:
        return f"{kib / 1024:.1f} MiB"

    def drift(v: float) -> str:
        return f"{round(v, 2) or 0.0:+.2f} ms/min"  # no "-0.00"

    return [
        ["CPU while running", f"{fac['cpu_percent']:.3f} % ({fac['cpu_s']:.2f} s)",
         f"{bare['cpu_percent']:.3f} % ({bare['cpu_s']:.2f} s)", f"{cpu_ratio:.2f}×",
         f"≤ {TARGETS['cpu']}×", verdict(cpu_ratio <= TARGETS["cpu"])],
        ["wake-ups (context switches)", f"{fac['wakeups_per_s']:.1f} /s",
         f"{bare['wakeups_per_s']:.1f} /s",
         f"{fac['wakeups_per_s'] / max(bare['wakeups_per_s'], 1e-9):.2f}×", "", ""],
        ["peak resident memory (VmHWM)", mib(fac["hwm_kib"]), mib(bare["hwm_kib"]),
         f"{hwm_ratio:.2f}×", f"≤ {TARGETS['rss']}×", verdict(hwm_ratio <= TARGETS["rss"])],
        ["resident memory at the end (VmRSS)", mib(fac["rss_kib"]), mib(bare["rss_kib"]),
         f"{rss_ratio:.2f}×", f"≤ {TARGETS['rss']}×", verdict(rss_ratio <= TARGETS["rss"])],
        ["time to first painted window (best)", ms(s_fac * 1000), ms(s_bare * 1000),
         f"{s_fac / s_bare:.2f}×", f"≤ {TARGETS['startup']}×",
         verdict(s_fac / s_bare <= TARGETS["startup"])],
        ["time to first painted window (median)", ms(m_fac * 1000), ms(m_bare * 1000),
         f"{m_fac / m_bare:.2f}×", "", ""],
        ["seconds shown", str(ft["n"]), str(bt["n"]), "", "", ""],
        ["seconds skipped or repeated", str(ft["skips"]), str(bt["skips"]), "", "0",
         verdict(ft["skips"] == 0)],
        ["late at text change: max", ms(ft["max"]), ms(bt["max"]), "", f"≤ {late:.0f} ms",
         verdict(ft["max"] <= late)],
        ["late at text change: p50 / p99", f"{ms(ft['p50'])} / {ms(ft['p99'])}",
         f"{ms(bt['p50'])} / {ms(bt['p99'])}", "", "", ""],
        ["late when painted: max", ms(fp["max"]), ms(bp["max"]), "", f"≤ {late:.0f} ms",
         verdict(fp["max"] <= late)],
        ["late when painted: p50 / p99", f"{ms(fp['p50'])} / {ms(fp['p99'])}",
         f"{ms(bp['p50'])} / {ms(bp['p99'])}", "", "", ""],
        ["drift of lateness (slope)", drift(ft["drift_ms_per_min"]),
         drift(bt["drift_ms_per_min"]), "", f"|slope| < {TARGETS['drift']:.0f} ms/min",
         verdict(abs(ft["drift_ms_per_min"]) < TARGETS["drift"])],
        ["FFmpeg libraries mapped", "yes" if fac["ffmpeg"] else "no",
         "yes" if bare["ffmpeg"] else "no", "", "no", verdict(not fac["ffmpeg"])],
        ["clock of day (HH:MM) late after the minute: max",
         f"{ms(max(minute))} ({len(minute)} changes)" if minute else "–", "–", "", "", ""],
    ]


HEADER = ["measure", "facilitator", "bare PySide6", "ratio", "target", "result"]


def text_table(table: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEADER, *table]) for i in range(len(HEADER))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in [HEADER, *table]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(table: list[list[str]], fac: dict[str, Any], bare: dict[str, Any],
             startup: dict[str, list[float]], info: dict[str, str], screen: str,
             command: str, load: tuple[float, float]) -> str:
    def fmt(values: list[float]) -> str:
        return ", ".join(f"{v * 1000:.0f}" for v in values)

    out = [
        SECTION, "",
        f"{date.today().isoformat()} · {info['nproc']} CPUs ({info['cpu']}) · {info['os']} · "
        f"Python {info['python']} · PySide6 {info['pyside6']} (Qt {fac['qt']}) · "
        f"{screen}, Qt platform `{fac['platform']}`", "",
        f"Command: `{command}`", "",
        f"Load average (1 min) when the run started: {load[0]:.2f}; when it ended: "
        f"{load[1]:.2f}. Other programs running at the same time make CPU and lateness "
        "figures worse for both windows.", "",
        "The facilitator is `run_app` with `--start` on the bundled programme (the real "
        "SystemClock, MeetingBridge, MainWindow, settings, journal and sound player"
        + ("" if fac["sound"] else "; here with `--no-sound`: no sound output at all")
        + "), with FACILITATOR_HOME in a temporary folder. The bare window is a "
        f"{WINDOW_SIZE[0]}×{WINDOW_SIZE[1]} QLabel showing mm:ss since its start, updated "
        "by a plain `QTimer` (1000 ms, Qt's default coarse type). Both run at the same "
        f"time for {fac['steady_s']:.0f} s after a {SETTLE_S:.0f} s settling time; CPU "
        "(user + system, all threads) and wake-ups are counted over that steady phase "
        "only. Time to first paint runs from the parent's spawn to the first painted frame, "
        f"best of {STARTUP_ROUNDS} launches one at a time after a warm-up launch "
        f"(facilitator: {fmt(startup['facilitator'])} ms; bare: {fmt(startup['bare'])} ms). "
        "Lateness is how far past the true second boundary of the shown running time "
        "(the block's running time from the engine's clock; the bare window's time since "
        "its start) the label's text changed, and when that label was next painted; drift "
        "is the least-squares slope of lateness against time.", "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---"] + ["--:"] * 3 + ["---", ":-:"]) + "|",
    ]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in table]
    return "\n".join(out) + "\n"


def write_section(section: str, doc: Path = DOC) -> None:
    """Replace this bench's section of the document, keeping the others as they are."""
    if not doc.exists():
        doc.parent.mkdir(parents=True, exist_ok=True)
        doc.write_text("# Benchmarks\n\n" + section, encoding="utf-8")
        return
    lines = doc.read_text(encoding="utf-8").splitlines(keepends=True)
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == SECTION)
    except StopIteration:
        text = "".join(lines).rstrip("\n") + "\n\n" + section
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        rest = "".join(lines[end:])
        text = "".join(lines[:start]) + section + ("\n" + rest if rest else "")
    doc.write_text(text, encoding="utf-8")


def parent(args: argparse.Namespace) -> int:
    xvfb, env, screen = start_xvfb()
    if args.no_sound:
        env[NO_SOUND_ENV] = "1"
    # An installed app starts from compiled bytecode; a PYTHONDONTWRITEBYTECODE shell
    # would make every launch recompile the sources. The warm-up launch fills this cache.
    cache = tempfile.mkdtemp(prefix="bench-window-pycache-")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    try:
        if xvfb is None:
            print(f"note: {screen}", file=sys.stderr)
        startup = measure_startup(env)
        for kind, values in startup.items():
            print(f"first paint, {kind}: " + ", ".join(f"{v * 1000:.0f}" for v in values)
                  + " ms", file=sys.stderr)
        print(f"running both windows for {args.seconds:.0f} s (+{SETTLE_S:.0f} s settling)…",
              file=sys.stderr)
        load_before = os.getloadavg()[0]
        children = [Child(kind, env, args.seconds, startup_only=False)
                    for kind in ("facilitator", "bare")]
        limit = args.seconds + SETTLE_S + 120
        fac, bare = (child.result(timeout=limit) for child in children)
        load = (load_before, os.getloadavg()[0])
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        shutil.rmtree(cache, ignore_errors=True)
    table = rows(fac, bare, startup)
    command = "python bench/window.py" + "".join(f" {a}" for a in sys.argv[1:])
    print(f"window benchmark, {fac['steady_s']:.0f} s steady, {screen}")
    print(text_table(table))
    print(f"load average (1 min): {load[0]:.2f} at the start, {load[1]:.2f} at the end")
    if args.no_sound:
        print(f"(--no-sound: not written to {DOC.relative_to(ROOT)})")
        return 0
    write_section(markdown(table, fac, bare, startup, machine(), screen, command, load))
    print(f"written to {DOC.relative_to(ROOT)}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0,
                        help="how long both windows run after settling (default: 600)")
    parser.add_argument("--no-sound", action="store_true",
                        help="run the facilitator without its sound output (to attribute memory)")
    parser.add_argument("--child", choices=("facilitator", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--startup-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is None:
        return parent(args)
    if args.spawned_at is None:
        args.spawned_at = time.monotonic()
    return run_facilitator(args) if args.child == "facilitator" else run_bare(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
