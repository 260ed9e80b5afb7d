"""Synthesises the alert chimes into assets/sounds as 16-bit mono PCM WAV files."""

from __future__ import annotations

import argparse
import math
import struct
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
SAMPLE_WIDTH = 2
FULL_SCALE = 32_767

#: Harmonic partials (ratio, level): a soft, rounded tone.
SOFT = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.05))
#: Inharmonic partials of a small struck bell, so time-up reads as a bell, not a beep.
BELL = ((1.0, 1.0), (2.0, 0.35), (2.76, 0.22), (5.40, 0.07))
#: A dull body for knocks: mostly fundamental, a little wood-like overtone.
KNOCK = ((1.0, 1.0), (1.5, 0.30), (2.3, 0.12))
#: A brighter tone for the end of a break, which has to cut through chatter.
BRIGHT = ((1.0, 1.0), (2.0, 0.40), (3.0, 0.20), (4.0, 0.10))

#: Long enough to hide the onset click, short enough to keep the attack crisp.
FADE_IN_S = 0.005
#: Every file ends on an exact zero so stopping or looping never pops.
FADE_OUT_S = 0.080


@dataclass(frozen=True)
class Note:
    """One struck note inside a chime."""

    start: float
    pitch: int  # MIDI note number
    level: float
    decay: float  # seconds for the level to fall to 1/e
    partials: Sequence[tuple[float, float]] = SOFT


@dataclass(frozen=True)
class Chime:
    """A whole sound: its notes, its length and the loudest sample it may reach."""

    duration: float
    peak_dbfs: float
    notes: Sequence[Note]


def frequency(pitch: int) -> float:
    return 440.0 * 2.0 ** ((pitch - 69) / 12)


def _render(chime: Chime) -> list[float]:
    length = round(chime.duration * RATE)
    mix = [0.0] * length
    fade_in = round(FADE_IN_S * RATE)
    for note in chime.notes:
        first = round(note.start * RATE)
        base = frequency(note.pitch)
        # Upper partials die faster than the fundamental, as in a real bell or string.
        partials = [(2 * math.pi * base * ratio / RATE, level, note.decay / ratio ** 0.5)
                    for ratio, level in note.partials if base * ratio < RATE / 2]
        for offset in range(length - first):
            t = offset / RATE
            value = 0.0
            for step, level, decay in partials:
                value += level * math.exp(-t / decay) * math.sin(step * offset)
            if offset < fade_in:
                value *= 0.5 - 0.5 * math.cos(math.pi * offset / fade_in)
            mix[first + offset] += note.level * value
    fade_out = round(FADE_OUT_S * RATE)
    for index in range(fade_out):
        mix[length - 1 - index] *= index / fade_out
    return mix


def _normalise(samples: list[float], peak_dbfs: float) -> array:
    loudest = max(abs(s) for s in samples) or 1.0
    gain = FULL_SCALE * 10.0 ** (peak_dbfs / 20) / loudest
    return array("h", (round(s * gain) for s in samples))


def chimes() -> dict[str, Chime]:
    """What each alert sounds like, kept as data so the sounds are easy to retune."""
    return {
        # Two gentle rising notes (E5, A5): "heads up", not alarming.
        "warning": Chime(0.9, -4.0, [
            Note(0.00, 76, 0.8, 0.30),
            Note(0.16, 81, 1.0, 0.35),
        ]),
        # A descending three-note bell (G5, E5, C5): the time for this item is spent.
        "time_up": Chime(1.4, -2.0, [
            Note(0.00, 79, 1.0, 0.45, BELL),
            Note(0.22, 76, 1.0, 0.45, BELL),
            Note(0.44, 72, 1.0, 0.60, BELL),
        ]),
        # A low double knock (G3) repeated while an item overruns: insistent but dull.
        "overrun": Chime(0.5, -3.0, [
            Note(0.00, 55, 1.0, 0.06, KNOCK),
            Note(0.17, 55, 0.9, 0.06, KNOCK),
        ]),
        # A bright ascending C major arpeggio: the break is over, come back.
        "break_over": Chime(1.2, -2.0, [
            Note(0.00, 72, 0.8, 0.35, BRIGHT),
            Note(0.10, 76, 0.8, 0.35, BRIGHT),
            Note(0.20, 79, 0.9, 0.40, BRIGHT),
            Note(0.30, 84, 1.0, 0.55, BRIGHT),
        ]),
        # One very soft short tick (E6) when the programme moves on: barely there.
        "step": Chime(0.3, -20.0, [
            Note(0.00, 88, 1.0, 0.035, ((1.0, 1.0), (2.0, 0.1))),
        ]),
        # A dominant seventh resolving to C major: the meeting is done.
        "finish": Chime(1.5, -3.0, [
            Note(0.00, 67, 0.6, 0.25),
            Note(0.00, 71, 0.6, 0.25),
            Note(0.00, 74, 0.6, 0.25),
            Note(0.00, 77, 0.5, 0.25),
            Note(0.35, 72, 0.7, 0.60),
            Note(0.35, 76, 0.6, 0.60),
            Note(0.35, 79, 0.6, 0.60),
            Note(0.35, 84, 0.5, 0.55),
        ]),
    }


def write_wav(path: Path, samples: array) -> None:
    data = struct.pack(f"<{len(samples)}h", *samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(RATE)
        out.writeframes(data)


def write_sounds(folder: Path, report: Callable[[str], None] | None = None) -> list[Path]:
    """Render every chime into folder (created if missing); returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, chime in chimes().items():
        path = folder / f"{name}.wav"
        samples = _normalise(_render(chime), chime.peak_dbfs)
        write_wav(path, samples)
        written.append(path)
        if report is not None:
            report(f"{path}  {chime.duration:.2f} s  peak {chime.peak_dbfs:.0f} dBFS")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    default = Path(__file__).resolve().parent.parent / "assets" / "sounds"
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=default,
                        help=f"folder to write the WAV files to (default: {default})")
    args = parser.parse_args(argv)
    write_sounds(args.out, report=print)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
