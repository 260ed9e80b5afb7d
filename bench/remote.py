"""The phone remote under load, on loopback: 50 view clients for 60 s against none.

Runs the app as it runs for a facilitator (`facilitator --remote --start`,
offscreen, the bundled klyngemøde), first without the remote, then with it
and no phone, then with N view clients reading the event stream for S
seconds (bounded: --clients at most 200, --seconds at most 300). Measures
the app's CPU (from /proc: user + system time over wall time), its memory
(VmRSS) and the push latency: from the moment the app computed a state
(`server_ms`, the app's wall clock) to the client having read it (this
process's wall clock, the same machine).

    python bench/remote.py                 # 50 clients, 60 s
    python bench/remote.py --clients 5 --seconds 5 --settle 2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import selectors
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
MAX_CLIENTS = 200
MAX_SECONDS = 300.0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Phase:
    name: str
    seconds: float
    cpu_percent: float
    rss_mb: float
    latencies_ms: list[float] = field(default_factory=list)
    events: int = 0
    clients: int = 0
    dropped: int = 0


def start_app(home: Path, port: int | None, quit_after_s: float) -> tuple[subprocess.Popen,
                                                                         tuple[str, str]]:
    args = [sys.executable, "-m", "facilitator", "--platform", "offscreen", "--start",
            "--data-dir", str(home), "--lang", "en"]
    if port is not None:
        args += ["--remote", str(port), "--remote-address", "127.0.0.1"]
    env = dict(os.environ, FACILITATOR_QUIT_AFTER_MS=str(int(quit_after_s * 1000)),
               QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    links = ("", "")
    if port is not None:
        assert app.stdout is not None
        view = app.stdout.readline().strip().split(": ", 1)[1]
        control = app.stdout.readline().strip().split(": ", 1)[1]
        links = (view, control)
    return app, links


def measure(pid: int, seconds: float, name: str) -> Phase:
    cpu0, wall0 = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    cpu1, wall1 = cpu_seconds(pid), time.monotonic()
    return Phase(name, wall1 - wall0, 100 * (cpu1 - cpu0) / (wall1 - wall0), rss_mb(pid))


def load(pid: int, view: str, clients: int, seconds: float) -> Phase:
    """`clients` sockets reading /api/events for `seconds`; every event's latency."""
    address = view.split("//", 1)[1].split("/", 1)[0]
    host, port = address.rsplit(":", 1)
    token = view.split("#", 1)[1]
    request = (f"GET /api/events HTTP/1.1\r\nHost: {address}\r\n"
               f"Authorization: Bearer {token}\r\n\r\n").encode()
    selector = selectors.DefaultSelector()
    buffers: dict[socket.socket, bytearray] = {}
    for _ in range(clients):
        conn = socket.create_connection((host, int(port)), timeout=5)
        conn.sendall(request)
        conn.setblocking(False)
        selector.register(conn, selectors.EVENT_READ)
        buffers[conn] = bytearray()
    latencies: list[float] = []
    dropped = 0
    cpu0, wall0 = cpu_seconds(pid), time.monotonic()
    end = wall0 + seconds
    while time.monotonic() < end and buffers:
        for key, _ in selector.select(timeout=0.5):
            conn = key.fileobj
            assert isinstance(conn, socket.socket)
            chunk = conn.recv(65536)
            received = time.time() * 1000
            if not chunk:
                selector.unregister(conn)
                conn.close()
                del buffers[conn]
                dropped += 1
                continue
            buffer = buffers[conn]
            buffer += chunk
            while (cut := buffer.find(b"\n\n")) >= 0:
                event, rest = bytes(buffer[:cut]), buffer[cut + 2:]
                buffer[:] = rest
                for line in event.split(b"\n"):
                    if line.startswith(b"data: "):
                        state = json.loads(line[6:])
                        latencies.append(received - state["server_ms"])
    cpu1, wall1 = cpu_seconds(pid), time.monotonic()
    phase = Phase(f"remote, {clients} view clients", wall1 - wall0,
                  100 * (cpu1 - cpu0) / (wall1 - wall0), rss_mb(pid), latencies,
                  len(latencies), clients, dropped)
    for conn in list(buffers):
        conn.close()
    return phase


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--idle", type=float, default=15.0, help="seconds of each idle phase")
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after start-up")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    clients = max(1, min(args.clients, MAX_CLIENTS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    home = Path(tempfile.mkdtemp(prefix="facilitator-bench-remote-"))
    phases: list[Phase] = []
    try:
        bare, _ = start_app(home / "a", None, args.settle + args.idle + 30)
        time.sleep(args.settle)
        phases.append(measure(bare.pid, args.idle, "without the remote"))
        bare.terminate()
        bare.wait(10)

        port = args.port or _free_port()
        served, (view, _control) = start_app(home / "b", port,
                                             args.settle + args.idle + seconds + 30)
        try:
            time.sleep(args.settle)
            phases.append(measure(served.pid, args.idle, "remote on, no clients"))
            phases.append(load(served.pid, view, clients, seconds))
        finally:
            served.terminate()
            served.wait(10)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    print(f"remote benchmark: {platform.python_version()}, {os.cpu_count()} cores, "
          f"loopback, {clients} clients for {seconds:.0f} s")
    for phase in phases:
        line = (f"  {phase.name:<28} CPU {phase.cpu_percent:5.1f} %   RSS "
                f"{phase.rss_mb:6.1f} MB")
        if phase.latencies_ms:
            per_client = phase.events / phase.clients / phase.seconds
            line += (f"   push latency p50 {statistics.median(phase.latencies_ms):5.1f} ms, "
                     f"p99 {percentile(phase.latencies_ms, 99):5.1f} ms, max "
                     f"{max(phase.latencies_ms):5.1f} ms; {phase.events} events "
                     f"({per_client:.2f}/s per client), {phase.dropped} dropped")
        print(line)
    return 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    sys.exit(main())
