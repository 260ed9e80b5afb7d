"""Engine speed: a snapshot of a 200-block meeting, and replaying a 10,000-event journal.

Prints absolute figures and, for scale, the ratio to what a bare PySide6
program spends on one displayed second (setting a label's text and painting
it offscreen), measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facilitator.core.agenda_check import agenda_from_mapping  # noqa: E402
from facilitator.core.clock import FakeClock  # noqa: E402
from facilitator.core.engine import MeetingEngine  # noqa: E402


def big_agenda(blocks: int = 200):
    return agenda_from_mapping({
        "title": "Bench", "start": "09:00",
        "blocks": [{"title": f"Block {i}", "minutes": 5 + i % 20,
                    "kind": "break" if i % 7 == 0 else "talk",
                    "steps": [{"title": "a", "minutes": 2}, {"title": "b", "minutes": 3}]}
                   for i in range(blocks)],
    })


def per_call(fn, repeat: int) -> float:
    """Median seconds per call over 7 rounds."""
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        rounds.append((time.perf_counter() - start) / repeat)
    return statistics.median(rounds)


def bare_pyside_second(keep: list[object]) -> float:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel("00:00")
    label.resize(200, 80)
    counter = iter(range(10**9))

    def update() -> None:
        label.setText(f"{next(counter) % 60:02d}:00")
        label.grab()

    keep.extend([app, label])  # Qt objects die at exit, not mid-run
    return per_call(update, 200)


def main() -> None:
    agenda = big_agenda()
    clock = FakeClock()
    engine = MeetingEngine(agenda, clock)
    engine.start()
    engine.jump_to(100)
    clock.advance(123.4)
    snapshot = per_call(engine.snapshot, 500)

    records = []
    engine = MeetingEngine(agenda, clock)
    engine.add_listener(lambda e: records.append(e.to_record()))
    engine.start()
    ops = [lambda: engine.tick(), lambda: engine.adjust(1), lambda: engine.adjust(-1),
           engine.pause, engine.resume, engine.next_block]
    i = 0
    while len(records) < 10_000:
        clock.advance(7)
        try:
            ops[i % len(ops)]()
        except Exception:  # noqa: BLE001 - e.g. resume while running; skip
            pass
        if engine.index >= len(agenda.blocks) - 2:
            engine.jump_to(1)
        i += 1
    records = records[:10_000]
    start = time.perf_counter()
    MeetingEngine.replay(agenda, clock, records)
    replay = time.perf_counter() - start

    keep: list[object] = []
    baseline = bare_pyside_second(keep)
    print("engine benchmark (200 blocks)")
    print(f"  snapshot:            {snapshot * 1e6:8.1f} µs   (target < 1000 µs: "
          f"{snapshot / 1e-3:.3f}× the target)")
    print(f"  replay 10,000 events: {replay * 1e3:7.1f} ms")
    print(f"  bare PySide6 label update + paint: {baseline * 1e6:8.1f} µs")
    print(f"  ratio snapshot / bare PySide6 second: {snapshot / baseline:.2f}×")


if __name__ == "__main__":
    main()
