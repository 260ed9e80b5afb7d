"""Running `facilitator status` against a scenario's data folder, on the scenario's clock."""

from __future__ import annotations

import io
import json
from typing import Any

from facilitator.cli import build_parser
from facilitator.cli_status import run_status


def status_of(app: Any, *args: str) -> dict[str, Any]:
    """`facilitator status ARGS --data-dir HOME` as it would answer at the scenario's moment."""
    parsed = build_parser().parse_args(["status", *args, "--data-dir", str(app.home)])
    out, err = io.StringIO(), io.StringIO()
    code = run_status(parsed, out, err, clock_for=lambda speed: app.clock)
    result: dict[str, Any] = {"code": code, "out": out.getvalue(), "err": err.getvalue()}
    if "--json" in args:
        result["json"] = json.loads(out.getvalue())
    return result
