"""Writing an imported programme as readable YAML, styled like the hand-written files
(quoted titles, folded notes, steps in flow style), checked to load back to the same
agenda.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from ..agenda import Agenda, AgendaError
from ..agenda_load import load_agenda_text


class _Quoted(str):
    pass


class _Prose(str):
    pass


class _Flow(dict):  # type: ignore[type-arg]
    pass


class _ProgrammeDumper(yaml.SafeDumper):
    """Block style with sequences indented under their key, like the hand-written files."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def write_double_quoted(self, text: str, split: bool = True) -> None:
        # A title broken over two lines with a backslash is hard to edit by hand.
        super().write_double_quoted(text, split=False)


def _represent_quoted(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


def _represent_prose(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # Lists read best line by line; long paragraphs need folding to stay on screen.
    lines = data.split("\n")
    style = "|" if len(lines) > 1 and max(len(line) for line in lines) <= 100 else ">"
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=style)


def _represent_flow(dumper: yaml.SafeDumper, data: dict[str, Any]) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_ProgrammeDumper.add_representer(_Quoted, _represent_quoted)
_ProgrammeDumper.add_representer(_Prose, _represent_prose)
_ProgrammeDumper.add_representer(_Flow, _represent_flow)

_ORDER = ("title", "date", "start", "language", "notes", "alerts", "blocks")
_BLOCK_ORDER = ("title", "day", "at", "until", "minutes", "min_minutes", "max_minutes", "slides",
                "kind", "cue", "notes", "steps", "warn_before", "flexible")


def _styled(mapping: dict[str, Any]) -> dict[str, Any]:
    def text(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        return _Prose(value) if len(value) > 60 or "\n" in value else _Quoted(value)

    result: dict[str, Any] = {}
    for key in _ORDER:
        if key not in mapping:
            continue
        value = mapping[key]
        if key == "blocks":
            value = [_styled_block(b, text) for b in value]
        elif key in ("title", "date", "start", "notes"):
            value = text(value)
        result[key] = value
    return result


def _slides_scalar(value: Any) -> Any:
    """Slides as the programme format writes them: 13, 6-20 or [10, 11]."""
    if isinstance(value, str) and not re.fullmatch(r"\d+-\d+", value):
        return _Quoted(value)
    return value


def _styled_block(block: dict[str, Any], text: Callable[[Any], Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in _BLOCK_ORDER:
        if key not in block:
            continue
        value = block[key]
        if key == "steps":
            value = [_Flow(title=_Quoted(s["title"]), minutes=s["minutes"],
                           **({"slides": _slides_scalar(s["slides"])} if "slides" in s else {}))
                     for s in value]
        elif key in ("title", "at", "until", "cue"):
            value = _Quoted(value)
        elif key == "notes":
            value = text(value)
        elif key == "slides" and isinstance(value, str):
            value = _Quoted(value) if not re.fullmatch(r"\d+-\d+", value) else value
        result[key] = value
    return result


def _to_yaml(mapping: dict[str, Any], agenda: Agenda) -> str:
    source = re.sub(r"\s+", " ", agenda.source)
    header = (f"# Imported from {source} by facilitator import.\n"
              "# Check the import's warnings: they name the lines it kept as notes.\n")
    body = yaml.dump(_styled(mapping), Dumper=_ProgrammeDumper, allow_unicode=True,
                     sort_keys=False, width=88, default_flow_style=False)
    body = re.sub(r"\n(  - title: )", r"\n\n\1", body)
    body = body.replace("\nblocks:\n\n", "\nblocks:\n")
    text = header + body
    if _same_agenda(text, agenda):
        return text
    # Should a style not read back the same, plain quoted YAML always does.
    return header + yaml.dump(mapping, Dumper=yaml.SafeDumper, allow_unicode=True,
                              sort_keys=False, default_style='"')


def _same_agenda(text: str, agenda: Agenda) -> bool:
    try:
        loaded = load_agenda_text(text, source=agenda.source)
    except AgendaError:
        return False
    return _comparable(loaded) == _comparable(agenda)


def _comparable(agenda: Agenda) -> tuple[Any, ...]:
    shown = agenda.to_json()
    del shown["warnings"]
    return shown, agenda.timing_json()
