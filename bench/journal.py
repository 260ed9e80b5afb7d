"""Journal speed: one synced event, and listing and reporting over 1,000 logged sessions.

Prints the cost of `SessionJournal.append` (one write and one fsync per
event) next to a bare open/write/fsync loop measured in the same run and
folder, and the time of `facilitator sessions` and `facilitator report
--last` over 1,000 synthetic sessions (target: under 2 seconds each).

    .venv/bin/python bench/journal.py [--dir FOLDER] [--events N] [--sessions N]

FOLDER should be on the disk whose fsync matters (default: a new temporary
folder); it is removed afterwards.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facilitator.cli import main as cli_main  # noqa: E402
from facilitator.core.agenda import load_agenda  # noqa: E402
from facilitator.core.clock import FakeClock  # noqa: E402
from facilitator.core.engine import MeetingEngine  # noqa: E402
from facilitator.core.journal import SessionJournal, list_sessions  # noqa: E402
from facilitator.core.report import build_report, render_html, summarise  # noqa: E402

AGENDAS = Path(__file__).resolve().parents[1] / "agendas"
CET = timezone(timedelta(hours=1))


def file_system(folder: Path) -> str:
    """The mount's type (ext4, tmpfs …), so the fsync figure can be read right."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    best = ("", "unknown")
    for line in mounts:
        parts = line.split()
        if len(parts) > 2 and str(folder).startswith(parts[1]) and len(parts[1]) > len(best[0]):
            best = (parts[1], parts[2])
    return best[1]


def sample_line(n: int) -> dict:
    return {"t": datetime.now(CET).isoformat(timespec="milliseconds"), "elapsed": n * 1.5,
            "type": "note", "block": n % 8, "text": "en kort note om mødet"}


def journal_cost(folder: Path, events: int) -> list[float]:
    """Seconds per `append`, each one written and synced."""
    agenda = load_agenda(next(AGENDAS.glob("klynge*.yaml")))
    journal = SessionJournal.create(folder / "journal", agenda, now=datetime.now(CET),
                                    app_version="bench")
    times = []
    for n in range(events):
        record = sample_line(n)
        start = time.perf_counter()
        journal.append(record)
        times.append(time.perf_counter() - start)
    journal.close()
    assert journal.fallback_reason is None, journal.fallback_reason
    return times


def bare_cost(folder: Path, events: int) -> list[float]:
    """Seconds per write+fsync of the same kind of line, with nothing around it."""
    fd = os.open(folder / "bare.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    times = []
    try:
        for n in range(events):
            start = time.perf_counter()
            line = json.dumps({"seq": n, **sample_line(n)}, ensure_ascii=False) + "\n"
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
            times.append(time.perf_counter() - start)
    finally:
        os.close(fd)
    return times


def one_real_session(folder: Path) -> bytes:
    """A meeting run through the engine on a fake clock, as its journal's bytes."""
    agenda = load_agenda(next(AGENDAS.glob("klynge*.yaml")))
    clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
    engine = MeetingEngine(agenda, clock)
    journal = SessionJournal.create(folder, agenda, now=clock.now(), app_version="bench")
    engine.add_listener(journal.append)
    engine.start()
    for index, block in enumerate(agenda.blocks):
        for _ in range(int(block.minutes * 2) + 4):
            clock.advance(30)
            engine.tick()
        if index == 2:
            engine.pause()
            clock.advance(120)
            engine.resume()
            engine.note("Lang diskussion", reason="discussion")
        engine.next_block()
    journal.close()
    assert journal.path is not None
    data = journal.path.read_bytes()
    journal.path.unlink()
    return data


def make_sessions(folder: Path, count: int) -> tuple[int, int]:
    """`count` copies of a real session with their own ids, times and titles."""
    template = one_real_session(folder)
    header_line, rest = template.split(b"\n", 1)
    header = json.loads(header_line)
    base = datetime(2024, 1, 1, 17, 0, tzinfo=CET)
    total = 0
    for n in range(count):
        created = base + timedelta(days=n, minutes=n % 50)
        header = {**header, "session_id": f"{n:032x}",
                  "created": created.isoformat(timespec="seconds"),
                  "agenda": {**header["agenda"], "title": f"Klyngemøde {n}"}}
        data = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        # Every copy has the same events; their times do not change these figures.
        data += rest
        name = f"{created:%Y-%m-%dT%H-%M-%S}_klyngemoede-{n}.jsonl"
        (folder / name).write_bytes(data)
        total += len(data)
    return total, rest.count(b"\n")


def timed(fn) -> float:
    """Best of three, in seconds (the first run also warms the page cache)."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs)


def microseconds(values: list[float]) -> str:
    return (f"{statistics.mean(values) * 1e6:8.0f} µs mean, "
            f"{statistics.median(values) * 1e6:6.0f} µs median, "
            f"{sorted(values)[int(len(values) * 0.99)] * 1e6:6.0f} µs p99")


def run(folder: Path, events: int, sessions: int) -> None:
    print(f"folder: {folder} ({file_system(folder)})")

    journal = journal_cost(folder, events)
    bare = bare_cost(folder, events)
    ratio = statistics.median(journal) / statistics.median(bare)
    print(f"append + fsync, {events} events:  {microseconds(journal)}")
    print(f"bare write + fsync, same run:   {microseconds(bare)}")
    print(f"journal / bare (medians):       {ratio:.2f}×")

    data_dir = folder / "data"
    sessions_dir = data_dir / "sessions"
    sessions_dir.mkdir(parents=True)
    size, per_session = make_sessions(sessions_dir, sessions)
    print(f"\n{sessions} sessions, {per_session} events each, {size / 1e6:.1f} MB")

    def listing() -> None:
        found = list_sessions(sessions_dir)
        assert len(found.sessions) == sessions, len(found.sessions)
        [summarise(log) for log in found.sessions]

    def report_last() -> None:
        render_html(build_report(list_sessions(sessions_dir).sessions[0]), "da")

    def report_all() -> None:
        for log in list_sessions(sessions_dir).sessions:
            build_report(log)

    def cli(*argv: str) -> None:
        out, err = io.StringIO(), io.StringIO()
        code = cli_main([*argv, "--data-dir", str(data_dir)], out, err)
        assert code == 0, err.getvalue()

    figures = [
        ("list + summaries (core)", timed(listing)),
        ("report --last, HTML (core)", timed(report_last)),
        ("build a report for every session", timed(report_all)),
        ("`facilitator sessions`", timed(lambda: cli("sessions"))),
        ("`facilitator sessions --json`", timed(lambda: cli("sessions", "--json"))),
        ("`facilitator report --last`", timed(lambda: cli("report", "--last"))),
        ("`facilitator report --last --format html`",
         timed(lambda: cli("report", "--last", "--format", "html"))),
    ]
    width = max(len(name) for name, _ in figures)
    for name, seconds in figures:
        verdict = "ok" if seconds < 2 else "OVER the 2 s target"
        print(f"{name:<{width}}  {seconds:6.3f} s  {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="where to write (default: a temporary folder)")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    parent = args.dir.resolve() if args.dir else None
    if parent:
        parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-", dir=parent))
    try:
        run(folder, args.events, args.sessions)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
