"""Screenshots of a meeting on small screens (1024×768, 1280×720, 1366×768), for docs/screenshots.

Each screen is a private Xvfb of that size; the meeting is played by
tests/scenarios/small_screen_driver.py (the same driver the scenario tests
run), and a few of its moments are copied here:
    .venv/bin/python tools/screenshots_small.py docs/screenshots
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: (screen, text scale, moment) → the file name under the output folder.
SHOTS = {
    ("1024x768", 1.0, "before-start"): "small-1024x768-before-start-da.png",
    ("1024x768", 1.0, "steps-warning"): "small-1024x768-mid-block-da.png",
    ("1024x768", 1.5, "overrun"): "small-1024x768-text150-overrun-da.png",
    ("1280x720", 1.5, "before-start"): "small-1280x720-text150-before-start-da.png",
    ("1024x768", 1.0, "review-meeting"): "small-1024x768-review-da.png",
    ("1366x768", 1.0, "review-meeting"): "small-1366x768-review-da.png",
}


def play(size: str, scale: float, out: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", sys.executable, "-m",
                    "tests.scenarios.small_screen_driver", str(out), str(scale)],
                   cwd=ROOT, env=env, check=True, timeout=300)
    return json.loads((out / "result.json").read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    target = Path(argv[1] if len(argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    runs = sorted({(size, scale) for size, scale, _moment in SHOTS})
    with tempfile.TemporaryDirectory() as scratch:
        for size, scale in runs:
            out = Path(scratch) / f"{size}-{scale}"
            seen = play(size, scale, out)
            for (s, k, moment), name in SHOTS.items():
                if (s, k) == (size, scale):
                    problems = seen[moment]["problems"]
                    if problems:
                        print(f"{size} {scale} {moment}: {problems}", file=sys.stderr)
                        return 1
                    shutil.copyfile(out / f"{moment}.png", target / name)
                    print(target / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
