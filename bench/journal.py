"""Journal speed: one synced event, and listing and reporting over 1,000 logged sessions.

Prints the cost of `SessionJournal.append` (one write and one fsync per
event) next to a bare open/write/fsync loop measured in the same run and
folder, and the time of `facilitator sessions` and `facilitator report
--last` over 1,000 synthetic sessions (target: under 2 seconds each).

    .venv/bin/python bench/journal.py [--dir FOLDER] [--events N] [--sessions N]

FOLDER should be on the disk whose fsync matters (default: a new temporary
folder); it is removed afterwards.

`--damaged` measures damaged journals instead: a meeting of 42 records with
one 20 MB or 50 MB line in the middle, read by the journal reader and shown
by the review window, and listing 1,000 sessions. Each figure comes from a
fresh process (time, and peak resident memory above the process's own after
its imports). `--source DIR` runs the same measurements against another
copy of the code (for example an export of an older commit), for a
before/after table:

    .venv/bin/python bench/journal.py --damaged [--source DIR] [--sessions N]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def _source_root() -> str:
    """The code to measure: `--source DIR` if given, else this repository."""
    if "--source" in sys.argv:
        return str(Path(sys.argv[sys.argv.index("--source") + 1]).resolve())
    return str(Path(__file__).resolve().parents[1])


sys.path.insert(0, _source_root())

from facilitator.cli import main as cli_main  # noqa: E402
from facilitator.core.agenda_load import load_agenda  # noqa: E402
from facilitator.core.clock import FakeClock  # noqa: E402
from facilitator.core.engine import MeetingEngine  # noqa: E402
from facilitator.core.journal import SessionJournal  # noqa: E402
from facilitator.core.journal_list import list_sessions  # noqa: E402
from facilitator.core.report import build_report, summarise  # noqa: E402
from facilitator.core.report_render import render_html  # noqa: E402

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


def make_sessions(folder: Path, count: int, one_title: bool = False) -> tuple[int, int]:
    """`count` copies of a real session with their own ids, times and titles (the same
    title for all with `one_title`: a series of one programme)."""
    template = one_real_session(folder)
    header_line, rest = template.split(b"\n", 1)
    header = json.loads(header_line)
    base = datetime(2024, 1, 1, 17, 0, tzinfo=CET)
    total = 0
    for n in range(count):
        created = base + timedelta(days=n, minutes=n % 50)
        header = {**header, "session_id": f"{n:032x}",
                  "created": created.isoformat(timespec="seconds"),
                  "agenda": {**header["agenda"],
                             "title": "Klyngemøde" if one_title else f"Klyngemøde {n}"}}
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


# --------------------------------------------------------------------------- damaged journals


def damaged_journal(folder: Path, line_bytes: int) -> Path:
    """42 records of a real meeting's kind with one `line_bytes` line after the 21st."""
    folder.mkdir(parents=True, exist_ok=True)
    agenda = load_agenda(next(AGENDAS.glob("klynge*.yaml")))
    start = datetime(2026, 11, 22, 17, 0, tzinfo=CET)
    journal = SessionJournal.create(folder, agenda, now=start, app_version="bench")

    def add(seconds: float, kind: str, block: int, **data: object) -> None:
        journal.append({"t": (start + timedelta(seconds=seconds)).isoformat(
            timespec="milliseconds"), "elapsed": float(seconds), "type": kind,
            "block": block, **data})

    add(0, "start", 0)
    add(0, "block_start", 0, reason="start")
    for n in range(19):
        add(30 * (n + 1), "note", 0, text=f"note {n}")
    journal.close()
    assert journal.path is not None
    with open(journal.path, "ab") as handle:
        handle.write(b'{"seq": 999, "type": "note", "text": "')
        chunk = b"x" * (1024 * 1024)
        left = line_bytes
        while left > 0:
            handle.write(chunk[:left])
            left -= len(chunk)
        handle.write(b'"}\n')
        for n in range(20):
            record = {"seq": 22 + n, "t": (start + timedelta(seconds=600 + n)).isoformat(
                timespec="milliseconds"), "elapsed": 600.0 + n, "type": "note", "block": 0,
                "text": f"after {n}"}
            handle.write(json.dumps(record).encode() + b"\n")
        handle.write(json.dumps({"seq": 42, "t": (start + timedelta(seconds=700)).isoformat(
            timespec="milliseconds"), "elapsed": 700.0, "type": "finish",
            "block": 0}).encode() + b"\n")
    return journal.path


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(case: str, path: Path) -> dict[str, object]:
    """One measurement in this (fresh) process: seconds, and peak memory above the start."""
    if case == "review":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from facilitator.ui.review import ReviewWindow

        app = QApplication.instance() or QApplication([])
    base = _peak_kib()
    start = time.perf_counter()
    if case == "read":
        from facilitator.core.journal import JournalError, read_session

        try:
            log = read_session(path)
            shown = {"records": len(log.records), "problems": [str(p) for p in log.problems]}
        except JournalError as exc:
            shown = {"records": 0, "problems": [str(exc)]}
    elif case == "list":
        found = list_sessions(path)
        [summarise(log) for log in found.sessions]
        shown = {"sessions": len(found.sessions), "problems": len(found.problems)}
    else:
        window = ReviewWindow(path, "en")
        window.show()
        app.processEvents()
        shown = {"sessions": window.sessions_proxy.rowCount(),
                 "problems": list(getattr(window, "problems", []))}
    seconds = time.perf_counter() - start
    return {"case": case, "seconds": seconds, "peak_mib": _peak_kib() / 1024,
            "added_mib": (_peak_kib() - base) / 1024, **shown}


def in_fresh_process(case: str, path: Path, source: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", case, str(path), "--source", source],
        capture_output=True, text=True, check=False, timeout=600)
    if out.returncode != 0:
        return {"case": case, "crashed": out.returncode, "stderr": out.stderr[-400:]}
    return json.loads(out.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def damaged_run(folder: Path, sessions: int, source: str) -> None:
    print(f"code measured: {source}")
    rows = []
    for mib in (20, 50):
        sessions_dir = folder / f"line-{mib}" / "sessions"
        path = damaged_journal(sessions_dir, mib * 1000 * 1000)
        size = path.stat().st_size / 1e6
        for case, target in (("read", path), ("review", sessions_dir)):
            result = in_fresh_process(case, target, source)
            rows.append((f"{mib} MB line ({size:.1f} MB file), {case}", result))
    for one_title in (False, True):
        listing = folder / f"many-{one_title}" / "sessions"
        listing.mkdir(parents=True)
        make_sessions(listing, sessions, one_title)
        kind = "one programme" if one_title else "each its own programme"
        rows.append((f"list + summaries, {sessions} sessions, {kind}",
                     in_fresh_process("list", listing, source)))
    width = max(len(name) for name, _ in rows)
    for name, result in rows:
        if "crashed" in result:
            print(f"{name:<{width}}  CRASHED (exit {result['crashed']}): {result['stderr']}")
            continue
        seen = (f"{result['records']} records" if "records" in result
                else f"{result['sessions']} sessions listed")
        problems = result.get("problems")
        first = problems[0] if isinstance(problems, list) and problems else ""
        print(f"{name:<{width}}  {result['seconds']:7.3f} s  peak {result['peak_mib']:6.0f} MiB "
              f"(+{result['added_mib']:4.0f} MiB)  {seen}"
              + (f"; {first.split(': warning: ')[-1][:90]}" if first else ""))


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="where to write (default: a temporary folder)")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--damaged", action="store_true",
                        help="measure damaged journals (huge lines) and listing instead")
    parser.add_argument("--source", default=_source_root(),
                        help="the copy of the code to measure (default: this one)")
    args = parser.parse_args()
    parent = args.dir.resolve() if args.dir else None
    if parent:
        parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-", dir=parent))
    try:
        if args.damaged:
            damaged_run(folder, args.sessions, args.source)
        else:
            run(folder, args.events, args.sessions)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
