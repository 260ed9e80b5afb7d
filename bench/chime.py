"""From an alert to the chime's audio sink starting, on the real audio output; and what is loaded.

Run with a sound server up (PulseAudio or PipeWire's pulse server); on a
machine without one, a null sink is enough:

    pulseaudio -D --exit-idle-time=-1 -n --load=module-null-sink \\
        --load=module-native-protocol-unix
    python bench/chime.py

Each round plays every chime the way an alert does (`SoundAlertSink` calling
the player's `play`), one after the other, and times it from the call to the
moment the chime's QAudioSink reports ActiveState (it has taken the first
samples), in a fresh process that opened the sound output as the app does
(`open_sound_backend`). The first round is the first play of each chime since
start-up: the one that used to lag. Afterwards it reads /proc/self/maps for
FFmpeg (libavcodec, libavformat, Qt's ffmpeg media plugin) and reports VmRSS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FFMPEG_MARKERS = ("libavcodec", "libavformat", "libavutil", "libswresample", "ffmpegmediaplugin")


def loaded_ffmpeg() -> list[str]:
    """FFmpeg libraries mapped into this process."""
    found = set()
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split()[-1] if "/" in line else ""
        if any(marker in path for marker in FFMPEG_MARKERS):
            found.add(Path(path).name)
    return sorted(found)


def vm_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure(rounds: int, timeout_s: float) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from datetime import datetime, timezone

    from facilitator.core.events import MeetingEvent
    from facilitator.resources import sound_files
    from facilitator.ui.alerts import SOUND_FOR_EVENT, SoundAlertSink
    from facilitator.ui.sound_output import open_sound_backend

    with sound_files() as paths:
        t0 = time.perf_counter()
        backend = open_sound_backend(paths)
        opened_ms = (time.perf_counter() - t0) * 1000
        report: dict[str, Any] = {"backend": type(backend).__name__, "open_ms": opened_ms,
                                  "unavailable": str(backend.unavailable)}
        if backend.unavailable is not None:
            report["ffmpeg"] = loaded_ffmpeg()
            return report
        player: Any = backend
        player.set_volume(0.0)  # a null sink plays nowhere, a real one stays quiet
        alerts = SoundAlertSink(player.play, lambda: list(paths))
        event_for = {name: MeetingEvent(kind, 60.0, 0, datetime.now(timezone.utc), {"step": 1})
                     for kind, name in SOUND_FOR_EVENT.items()}
        started: dict[str, float] = {}
        player.sinkStarted.connect(lambda name: started.setdefault(name, time.perf_counter()))

        def wait(until: Any) -> bool:
            loop = QEventLoop()
            deadline = time.monotonic() + timeout_s
            timer = QTimer()
            timer.setInterval(1)
            timer.timeout.connect(lambda: (until() or time.monotonic() > deadline)
                                  and loop.quit())
            timer.start()
            loop.exec()
            timer.stop()
            return bool(until())

        from PySide6.QtMultimedia import QtAudio
        latencies: list[list[float]] = []
        samples: list[list[float]] = []
        for _ in range(rounds):
            this_round, this_samples = [], []
            for name in paths:
                started.pop(name, None)
                sink = player.sinks()[name]
                t_alert = time.perf_counter()
                alerts.alert(event_for[name], None)  # type: ignore[arg-type]  # unused
                if not wait(lambda name=name: name in started):
                    raise SystemExit(f"bench/chime.py: the {name} sink did not start")
                this_round.append((started[name] - t_alert) * 1000)
                # Polled each millisecond: when the output has played the first samples.
                if wait(lambda sink=sink: sink.processedUSecs() > 0):
                    this_samples.append((time.perf_counter() - t_alert) * 1000)
                wait(lambda sink=sink: sink.state() == QtAudio.State.StoppedState)
            latencies.append(this_round)
            samples.append(this_samples)
        app.processEvents()
        report.update({
            "chimes": list(paths),
            "first_ms": latencies[0],
            "later_ms": [v for r in latencies[1:] for v in r],
            "first_samples_ms": samples[0],
            "later_samples_ms": [v for r in samples[1:] for v in r],
            "ffmpeg": loaded_ffmpeg(),
            "rss_kib": vm_rss_kib(),
            "output": player.output_description,
        })
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of all six chimes")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds to wait per chime")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = measure(args.rounds, args.timeout)
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"sound output opened in {report['open_ms']:.1f} ms ({report['backend']})")
    if "first_ms" not in report:
        print(f"no chime can sound here: {report['unavailable']}")
    else:
        first, later = report["first_ms"], report["later_ms"]
        print(f"output: {report['output']}")
        print("alert to sink start, first play of each chime: "
              + ", ".join(f"{n} {v:.1f}" for n, v in zip(report["chimes"], first, strict=True))
              + " ms")
        if later:
            ordered = sorted(later)
            print(f"alert to sink start, later plays ({len(later)}): median "
                  f"{statistics.median(ordered):.1f} ms, max {ordered[-1]:.1f} ms")
        for label, key in (("first play", "first_samples_ms"), ("later plays", "later_samples_ms")):
            values = sorted(report[key])
            if values:
                print(f"alert to first samples played ({label}, {len(values)}): median "
                      f"{statistics.median(values):.1f} ms, max {values[-1]:.1f} ms")
        print(f"VmRSS after playing: {report['rss_kib'] / 1024:.1f} MiB")
    print("FFmpeg loaded: " + (", ".join(report["ffmpeg"]) or "no"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
