"""The user's preferences: every setting declared once with its default, saved atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.messages import message, os_reason
from .core.private import ensure_private_folder
from .slides.names import SOURCE_NAMES

__all__ = ["Option", "OPTIONS", "Settings", "SETTINGS_VERSION"]

SETTINGS_VERSION = 1


def _minutes_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < 600 for v in value)


def _number(low: float, high: float) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


@dataclass(frozen=True)
class Option:
    """One setting: its key, default, a check of stored values, and what it is for."""

    key: str
    default: Any
    valid: Callable[[Any], bool]
    doc: str


OPTIONS: tuple[Option, ...] = (
    Option("warn_before", [5, 1], _minutes_list,
           "minutes before a block ends that warn (a programme's own alerts win)"),
    Option("overrun_every", 5, _number(1, 120), "minutes between reminders while running over"),
    Option("sounds", True, lambda v: isinstance(v, bool), "play sounds at alerts"),
    Option("volume", 0.8, _number(0, 1), "sound volume, 0 to 1"),
    Option("sound_events", ["warning", "time_up", "overrun", "break_over", "step", "finish"],
           _text_list, "which events sound"),
    Option("muted", False, lambda v: isinstance(v, bool), "sounds muted for now (M)"),
    Option("projector_screen", "", lambda v: isinstance(v, str),
           "screen name for the projector countdown (empty: the other screen)"),
    Option("projector_kinds", [], _text_list,
           "block kinds the projector shows (empty: all)"),
    Option("theme", "system", lambda v: v in ("system", "light", "dark"), "colour theme"),
    Option("language", "", lambda v: v in ("", "da", "en"),
           "interface language (empty: the system's)"),
    Option("font_scale", 1.0, _number(0.5, 3.0), "size of the text"),
    Option("recent_files", [], _text_list, "programmes opened lately, newest first"),
    Option("window_geometry", "", lambda v: isinstance(v, str), "main window placement"),
    Option("compact_geometry", "", lambda v: isinstance(v, str), "compact view placement"),
    Option("slides_follow", "suggest", lambda v: v in ("off", "suggest", "follow"),
           "what a change of slide does: off, suggest or follow (a programme's own "
           "slides_follow wins; docs/slides.md)"),
    Option("slide_source", "none", lambda v: v in SOURCE_NAMES,
           "the slide show to follow: none, impress, powerpoint, keynote, or keys (the "
           "clicker's PageDown/PageUp); --slides wins for one run"),
)

_BY_KEY = {o.key: o for o in OPTIONS}
MAX_RECENT = 8


class Settings:
    """The settings file: versioned JSON, unknown or invalid values fall back to defaults."""

    def __init__(self, path: Path | None, values: Mapping[str, Any] | None = None,
                 problems: list[str] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self.problems: list[str] = list(problems or [])
        for key, value in (values or {}).items():
            option = _BY_KEY.get(key)
            if option is None:
                continue
            if option.valid(value):
                self._values[key] = value
            else:
                self.problems.append(message("settings_bad_value", path=str(path),
                                             key=repr(key), value=repr(value),
                                             default=repr(option.default)))

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read the file; a missing or damaged file gives defaults and a problem note."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            return cls(path, problems=[message("settings_unreadable", path=str(path),
                                               why=os_reason(exc))])
        try:
            data = json.loads(raw)
        except ValueError as exc:
            return cls(path, problems=[message("settings_damaged", path=str(path),
                                               problem=str(exc))])
        if not isinstance(data, dict):
            return cls(path, problems=[message("settings_not_object", path=str(path))])
        version = data.get("version", 0)
        values = data.get("values", {}) if isinstance(data.get("values"), dict) else {}
        if version == 0:
            values = cls._migrate_v0(data)
        return cls(path, values)

    @staticmethod
    def _migrate_v0(data: Mapping[str, Any]) -> dict[str, Any]:
        """Version 0 was a flat object with `mute` and `warn_minutes`."""
        values = {k: v for k, v in data.items() if k in _BY_KEY}
        if "mute" in data:
            values["muted"] = data["mute"]
        if "warn_minutes" in data:
            values["warn_before"] = data["warn_minutes"]
        return values

    def get(self, key: str) -> Any:
        option = _BY_KEY[key]
        value = self._values.get(key, option.default)
        return list(value) if isinstance(value, list) else value

    def set(self, key: str, value: Any) -> None:
        option = _BY_KEY[key]
        if not option.valid(value):
            raise ValueError(f"invalid value for {key}: {value!r}")
        self._values[key] = value

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.get("recent_files") if p != path]
        self.set("recent_files", [path, *recent][:MAX_RECENT])

    def save(self) -> str | None:
        """Write atomically; returns a message instead of raising when it cannot."""
        if self.path is None:
            return None
        payload = json.dumps({"version": SETTINGS_VERSION, "values": self._values},
                             ensure_ascii=False, indent=2)
        try:
            ensure_private_folder(self.path.parent)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            return message("settings_unsaved", path=str(self.path), why=os_reason(exc))
        return None
