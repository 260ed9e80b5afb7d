"""Lines and entries: the text split into normalised lines (`_Line`), and what one
line was recognised as (`_Entry`), which every later step reads and amends.

Also how far later steps look for a line's neighbours (`_LOOKAROUND`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..messages import Message, message


@dataclass(frozen=True)
class _Line:
    number: int
    raw: str  # with its tabs, for tables
    text: str  # stripped, tabs as spaces
    indent: int


_UNPRINTABLE = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def _split_lines(text: str) -> list[_Line]:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub("[\x85\u2028\u2029\x0b\x0c]", "\n", text)
    text = re.sub("[\u200b-\u200d\u2060\ufeff\xad]", "", text)
    text = re.sub("[\xa0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    text = _UNPRINTABLE.sub("", text)
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if "<" in raw or "&" in raw:
            raw = re.sub(r"<br\s*/?>", " ", raw, flags=re.IGNORECASE)
            raw = re.sub(r"</?(?:b|strong)(?:\s[^<>]*)?>", "**", raw, flags=re.IGNORECASE)
            raw = _HTML_TAG.sub("", raw)
            raw = _UNPRINTABLE.sub("", html.unescape(raw)).replace("\n", " ")
        raw = re.sub(r"(?<![\w*])__(?=\S)(.+?)(?<=\S)__(?![\w*])", r"**\1**", raw)
        raw = re.sub(r"^(\s*)>\s?", r"\1", raw)  # quoted text reads like any other
        expanded = raw.expandtabs(4)
        stripped = expanded.strip()
        lines.append(_Line(number, raw.rstrip(), stripped,
                           len(expanded) - len(expanded.lstrip())))
    return lines


def _tab_cells(raw: str) -> list[str]:
    return [cell.strip() for cell in raw.strip("\n").split("\t")]


def _is_tab_table(lines: Sequence[_Line]) -> bool:
    rows = sum(1 for line in lines
               if "\t" in line.raw.strip() and sum(1 for c in _tab_cells(line.raw) if c) >= 2)
    return rows >= 2


@dataclass
class _Entry:
    """What one line was recognised as. The builder decides what it becomes."""

    line: int
    shape: str  # the recogniser's name, for the report
    role: str  # blank rule header row day total length slides clock heading list text
    text: str = ""
    title: str = ""
    level: int | None = None  # heading level; 7 for a bold line
    indent: int = 0
    minutes: float | None = None
    low: float | None = None
    length_text: str = ""
    at: int | None = None
    until: int | None = None
    explicit_clock: bool = False
    slides: Any = None
    description: str = ""
    steps: list[tuple[str, float]] = field(default_factory=list)
    prose: bool = False
    date: str | None = None
    day: int = 0  # for a day heading, the number of the day it begins
    cells_notes: list[str] = field(default_factory=list)
    untitled: bool = False
    report: str = ""  # what a consumed line contributed

    @property
    def timed(self) -> bool:
        return self.minutes is not None or self.at is not None

    @property
    def titled(self) -> bool:
        return self.role in ("heading", "text", "row", "clock", "list") and not self.prose



def _reshaped(shape: str, code: str, wrap: Callable[[Message], str]) -> str:
    """`shape` with its part named `code` wrapped (a shape is a message that may hold
    another: "start time" inside "start time with title below")."""
    if not isinstance(shape, Message):
        return shape
    if shape.code == code:
        return wrap(shape)
    inner = shape.values.get("shape")
    if isinstance(inner, Message):
        return message(shape.code, **{**shape.values, "shape": _reshaped(inner, code, wrap)})
    return shape

# How far to look for a line's siblings: further away they say nothing about it, and an
# unbounded look would make a long document quadratic.
_LOOKAROUND = 400
