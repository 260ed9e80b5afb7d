"""Parse lengths ("1h 5m", "65 min", "1½ time") and clock times ("09:15", "9.15")."""

from __future__ import annotations

import math
import re

from .messages import message

__all__ = ["DurationError", "parse_duration", "parse_clock", "format_clock", "format_minutes"]


class DurationError(ValueError):
    """A length or clock time that cannot be read."""


_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

# Unit words in Danish, Norwegian, Swedish and English, longest first so that
# "minutter" is not read as "min" + "utter".
_HOUR_WORDS = (
    "hours", "hour", "timer", "timme", "timmar", "time", "tim", "hrs", "hr", "t", "h",
)
_MINUTE_WORDS = (
    "minutter", "minuter", "minutes", "minute", "minutt", "minut", "mins", "min", "m",
)

_NUMBER = r"(?:\d+(?:[.,]\d+)?(?:\s*[½¼¾⅓⅔])?|[½¼¾⅓⅔]|\d+\s+\d+/\d+|\d+/\d+)"
_UNIT = "|".join(re.escape(w) for w in _HOUR_WORDS + _MINUTE_WORDS)
_PART = re.compile(rf"({_NUMBER})\s*({_UNIT})\.?(?![a-zæøåäö])", re.IGNORECASE)
_JOINERS = re.compile(r"^(?:\s|,|og|and|och|\+|&)*$", re.IGNORECASE)
_HHMM = re.compile(r"^(\d{1,2}):(\d{2})$")
# What float() is allowed to read: it would also take "inf", "nan" and "1_000".
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")


def _number(text: str) -> float:
    text = text.strip().replace(",", ".")
    mixed = re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        if den == 0:
            raise DurationError(message("division_by_zero", text=repr(text)))
        return whole + num / den
    frac = re.fullmatch(r"(\d+)/(\d+)", text)
    if frac:
        num, den = (int(g) for g in frac.groups())
        if den == 0:
            raise DurationError(message("division_by_zero", text=repr(text)))
        return num / den
    value = 0.0
    if text and text[-1] in _FRACTIONS:
        value += _FRACTIONS[text[-1]]
        text = text[:-1].strip()
    if text:
        if not _PLAIN_NUMBER.fullmatch(text):
            raise ValueError(f"not a number: {text!r}")
        value += float(text)
    return value


def parse_duration(value: object) -> float:
    """Return a length in minutes.

    Accepts a number (minutes), or text such as "65", "65 min", "1h 5m",
    "1 time 20 min", "1½ time", "1 1/2 time", "2 timer og 30 min." or "1:05"
    (hours:minutes). Raises DurationError for anything else.
    """
    if isinstance(value, bool):
        raise DurationError(message("expected_length", got=repr(value)))
    if isinstance(value, (int, float)):
        try:
            minutes = float(value)
        except OverflowError:
            raise DurationError(message("length_too_large")) from None
    elif isinstance(value, str):
        minutes = _parse_text(value)
    else:
        raise DurationError(message("expected_length", got=type(value).__name__))
    if not math.isfinite(minutes):
        raise DurationError(message("expected_length", got=str(minutes)))
    return minutes


def _parse_text(value: str) -> float:
    text = value.strip().lower()
    if not text:
        raise DurationError(message("empty_length"))
    hhmm = _HHMM.match(text)
    if hhmm:
        if int(hhmm.group(2)) > 59:
            raise DurationError(message("not_hours_minutes", value=repr(value)))
        return int(hhmm.group(1)) * 60 + int(hhmm.group(2))
    try:
        return _number(text)
    except (ValueError, OverflowError):
        pass
    total = 0.0
    pos = 0
    found = False
    for match in _PART.finditer(text):
        if not _JOINERS.match(text[pos : match.start()]):
            raise DurationError(message("not_a_length", value=repr(value)))
        try:
            amount = _number(match.group(1))
        except (ValueError, OverflowError):
            # A 5000-digit number, or a fraction too large for a float.
            raise DurationError(message("not_a_length", value=repr(value))) from None
        unit = match.group(2).lower()
        total += amount * 60 if unit in _HOUR_WORDS else amount
        pos = match.end()
        found = True
    if not found or not _JOINERS.match(text[pos:].rstrip(".")):
        raise DurationError(message("not_a_length_try", value=repr(value)))
    return total


_CLOCK = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})$", re.IGNORECASE)


def parse_clock(value: object) -> int:
    """Return minutes after midnight for "09:15", "9.15" or "kl. 9.15"."""
    if isinstance(value, bool) or not isinstance(value, str):
        raise DurationError(message("expected_clock", got=repr(value)))
    match = _CLOCK.match(value.strip())
    if not match:
        raise DurationError(message("expected_clock", got=repr(value)))
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise DurationError(message("no_such_clock", got=repr(value)))
    return hours * 60 + minutes


def format_clock(minutes_after_midnight: float) -> str:
    """Format minutes after midnight as "HH:MM" (wrapping past midnight)."""
    total = int(round(minutes_after_midnight)) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def format_minutes(minutes: float) -> int | float:
    """A length as an int when whole, else rounded to two decimals (for JSON)."""
    if not math.isfinite(minutes):
        return minutes
    rounded = round(minutes, 2)
    return int(rounded) if rounded == int(rounded) else rounded
