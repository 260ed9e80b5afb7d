"""Reading the pieces of one line: numbers and lengths ("1 time og 30 min"), clock
times and spans ("kl. 9.00-10.15"), slide numbers, dates, a title cleaned of markup,
timed steps inside prose, and a guess at the kind of block.

Each function takes a piece of text and returns what it found (and where), knowing
nothing of lines, shapes or blocks.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from typing import Any

from .words import (
    _CLOCK,
    _DATES,
    _FRACTIONS,
    _HOUR_UNIT,
    _KIND_RES,
    _LEN_ANY,
    _LEN_LABELLED,
    _LEN_PAREN,
    _LETTER,
    _MONTHS,
    _PART_VALUE,
    _SLIDES,
    _TAIL,
    _UNIT_AHEAD,
)


def _number_value(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    mixed = re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        return whole + num / den if den else None
    fraction = re.fullmatch(r"(\d+)/(\d+)", text)
    if fraction:
        num, den = (int(g) for g in fraction.groups())
        return num / den if den else None
    value = 0.0
    if text and text[-1] in _FRACTIONS:
        value += _FRACTIONS[text[-1]]
        text = text[:-1].strip()
    if text:
        try:
            value += float(text)
        except ValueError:
            return None
    return value


def _length_value(text: str) -> tuple[float, bool] | None:
    """Minutes in a length like "1 time og 30 min", and whether its first unit is hours."""
    compact = re.fullmatch(r"\s*(\d{1,2})[ht](\d{2})\W*", text, re.IGNORECASE)
    if compact:
        return int(compact.group(1)) * 60 + int(compact.group(2)), True
    total = 0.0
    first_is_hours: bool | None = None
    for part in _PART_VALUE.finditer(text):
        number = _number_value(part.group(1))
        if number is None:
            return None
        hours = re.fullmatch(_HOUR_UNIT, part.group(2), re.IGNORECASE) is not None
        if first_is_hours is None:
            first_is_hours = hours
        total += number * 60 if hours else number
    if first_is_hours is None:
        return None
    return total, first_is_hours


def _good_minutes(minutes: float | None) -> bool:
    # Under a second is no length a timer can show; over a day is no meeting.
    return minutes is not None and 1 / 60 <= minutes <= 24 * 60


@dataclass(frozen=True)
class _LengthHit:
    """A length found in a line: where it is and how to cut it out of the title."""

    minutes: float
    low: float | None
    start: int
    end: int
    where: str  # labelled, bracketed, bracketed inside, trailing, leading, inside
    count: int  # how many lengths the text holds


def _length_of(match: re.Match[str]) -> tuple[float, float | None] | None:
    value = _length_value(match.group("len"))
    if value is None:
        return None
    minutes, hours = value
    if not _good_minutes(minutes):
        return None
    low = None
    if match.group("lo"):
        number = _number_value(match.group("lo"))
        if number is not None:
            low = number * 60 if hours else number
            if not 0 < low < minutes:
                low = None
    return minutes, low


def _find_length(text: str) -> _LengthHit | None:
    hits = [(m, v) for m in _LEN_ANY.finditer(text) if (v := _length_of(m))]
    if not hits:
        return None
    count = len(hits)

    def hit(match: re.Match[str], value: tuple[float, float | None], where: str,
            end: int | None = None) -> _LengthHit:
        return _LengthHit(value[0], value[1], match.start(), end or match.end(), where, count)

    labelled = _LEN_LABELLED.search(text)
    if labelled and (value := _length_of(labelled)):
        return hit(labelled, value, "labelled")
    brackets = [(m, v) for m in _LEN_PAREN.finditer(text) if (v := _length_of(m))]
    if brackets and _TAIL.fullmatch(text, brackets[-1][0].end()):
        return hit(*brackets[-1], "bracketed")
    last, value = hits[-1]
    if _TAIL.fullmatch(text, last.end()) and (
            last.start() == 0 or text[last.start() - 1] in " \t,:;–—-|/"):
        return hit(last, value, "trailing")
    first, value = hits[0]
    if first.start() == 0:
        separator = re.compile(r"[\s:.\-–—|,)]*").match(text, first.end())
        return hit(first, value, "leading", separator.end() if separator else None)
    if brackets:
        return hit(*brackets[0], "bracketed inside")
    return hit(first, value, "inside")


@dataclass(frozen=True)
class _Clock:
    at: int
    until: int | None
    explicit: bool  # written with am/pm, so never shifted by twelve hours
    start: int
    end: int


def _clock_part(match: re.Match[str], name: str, hour_only: bool) -> tuple[int, bool] | None:
    hours = int(match.group(f"{name}h"))
    minutes = int(match.group(f"{name}m")) if match.group(f"{name}m") else 0
    half = match.group(f"{name}ap")
    if not match.group(f"{name}m") and not half and not hour_only:
        return None
    if half:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half.lower() == "p" else 0)
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes, bool(half)


def _read_clock(match: re.Match[str], text: str) -> _Clock | None:
    after = text[match.end():]
    first = _clock_part(match, "a", hour_only=bool(match.group("kl")))
    if first is None:
        return None
    until, explicit, end = None, first[1], match.end()
    if match.group("bh"):
        hour_only = not match.group("am") or bool(match.group("bap"))
        second = _clock_part(match, "b", hour_only=hour_only)
        if second is not None and not re.match(r"[\d]|[.:/]\d", after):
            until = second[0]
            explicit = explicit or second[1]
        else:
            end = match.end("aap") if match.group("aap") else (
                match.end("am") if match.group("am") else match.end("ah"))
            after = text[end:]
    if re.match(r"\d|[.:/]\d", after):
        return None  # a date (12.03.2025), a version or a longer number
    if until is None and _UNIT_AHEAD.match(after):
        return None  # "1.30 timer" is a length
    return _Clock(first[0], until, explicit, match.start(), end)


def _leading_clock(text: str) -> _Clock | None:
    match = _CLOCK.match(text)
    return _read_clock(match, text) if match else None


def _trailing_clock(text: str) -> _Clock | None:
    found = None
    for match in _CLOCK.finditer(text):
        if match.start() == 0 or text[match.start() - 1] not in " \t(,–—-|[":
            continue
        clock = _read_clock(match, text)
        if clock is None or not (clock.until is not None or match.group("kl")):
            continue
        if _TAIL.fullmatch(text, clock.end):
            found = clock
    return found


def _slides_value(match: re.Match[str]) -> int | str | list[int] | None:
    first = int(match.group("first"))
    if first < 1:
        return None
    if match.group("more"):
        numbers = [first] + [int(n) for n in re.findall(r"\d+", match.group("more"))]
        if match.group("last"):
            return None  # "3-5, 7": rare enough to keep as text
        return numbers if all(n >= 1 for n in numbers) else None
    if match.group("last"):
        last = int(match.group("last"))
        if last < first or last - first > 10000:
            return None
        return f"{first}-{last}" if last > first else first
    return first


def _take_slides(text: str) -> tuple[Any, str]:
    """Slides named at the start, the end or in brackets of a title, and the title without."""
    for match in _SLIDES.finditer(text):
        value = _slides_value(match)
        if value is None:
            continue
        start, end = match.start(), match.end()
        before, after = text[:start], text[end:]
        if before.rstrip().endswith(("(", "[")) and re.match(r"\s*[)\]]", after):
            start = len(before.rstrip()) - 1
            end += re.match(r"\s*[)\]]", after).end()  # type: ignore[union-attr]
        elif before.strip(" \t-–—:|,") and _TAIL.fullmatch(text, end) is None:
            continue  # slides mentioned inside a sentence belong to the sentence
        return value, (text[:start] + " " + text[end:]).strip()
    return None, text


def _find_date(text: str) -> tuple[str | None, int, int] | None:
    for pattern, order in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = _MONTHS.get(parts["mon"].lower().rstrip(".")) if "mon" in parts else None
        if month is None:
            month = int(parts["m"]) if parts.get("m") else 0
        try:
            day = int(parts["d"])
            year = int(parts["y"]) if parts.get("y") else None
            if year is None:
                datetime.date(2000, month, day)
                return None, match.start(), match.end()
            return datetime.date(year, month, day).isoformat(), match.start(), match.end()
        except (TypeError, ValueError):
            continue
    return None


def _clean_title(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w])[*_`]+|[*_`]+(?![\w])", "", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"\s+", " ", text).strip(" \t-–—:|,;/")
    if re.search(rf"[{_LETTER}]{{4}}\.$", text, re.IGNORECASE) and not text.endswith(".."):
        text = text[:-1]
    return text.strip()


_TOTAL_NOUNS = (r"session|meeting|workshop|møde|møte|möte|program|programme|seminar|kursus"
                r"|kurs|course|event|day|dag|pass|forløb|forløp|træf|webinar|webinär")
_LEAD_IN = (r"a|an|en|et|ett|ei|på|of|i|in|om|over|över|for|för|ca\.?|cirka|about|approx\.?"
            r"|omkring|ungefär|omtrent|with|med|lasting|som\s+varer|der\s+varer")


def _title_without_length(title: str, length_text: str) -> str:
    """"Team offsite – a 3 hours session" → "Team offsite": a title stating the whole's
    length, without the length and the words that only led to it."""
    if not length_text or length_text not in title:
        # The length was cut already ("Forslag til program på"): only its lead-in is left.
        return re.sub(rf"(?:\s+(?:{_LEAD_IN}))+\s*$", "", title, flags=re.IGNORECASE) or title
    # "a 3-hour retreat": after an article, the length and the noun it describes go together.
    with_article = re.compile(
        rf"\s*(?:[-–—,:|(]\s*)?(?:a|an|en|et|ett|ei)\s+(?:(?:{_LEAD_IN})\s+)*"
        rf"{re.escape(length_text)}\s+(?P<noun>[{_LETTER}]+)(?![{_LETTER}])\s*\)?",
        re.IGNORECASE)
    phrase = re.compile(
        rf"\s*(?:[-–—,:|(]\s*)?(?:(?:{_LEAD_IN})\s+)*{re.escape(length_text)}"
        rf"(?:\s+(?P<noun>{_TOTAL_NOUNS})(?![{_LETTER}]))?\s*\)?", re.IGNORECASE)
    match = with_article.search(title) or phrase.search(title)
    if match is None:
        return title
    cut = _clean_title(title[:match.start()] + " " + title[match.end():])
    if not cut and match.group("noun"):
        noun = match.group("noun")
        return noun[:1].upper() + noun[1:]
    return cut or title


def _plain(text: str) -> str:
    """Prose for notes: bold sub-headings become sentences, markup goes."""
    def sentence(match: re.Match[str]) -> str:
        head = match.group(1).strip()
        rest = match.group(2)
        if rest and head and head[-1] not in ".:!?":
            return f"{head}. "
        return f"{head} " if rest else head
    text = re.sub(r"\*\*([^*]*)\*\*(\s*\S?)", lambda m: sentence(m) + m.group(2).lstrip(), text)
    text = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 (\2)", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _short_step_title(text: str) -> str:
    text = _clean_title(text)
    text = re.sub(r"^(?:(?:og|and|och|samt|then|så|derefter|dernæst|herefter|deretter"
                  r"|sedan|därefter|afterwards|finally|til\s+sidst|endelig)\s+)+", "", text,
                  flags=re.IGNORECASE)
    if len(text) > 60:
        cut = re.search(r",\s|\s(?:og|and|och|samt)\s|\s[-–—]\s", text[15:])
        if cut:
            text = text[: 15 + cut.start()]
    if len(text) > 90:
        text = text[:87].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _prose_steps(text: str) -> list[tuple[str, float]]:
    """Steps in a description: "Vis videoen (3 min.). Introducér … (7 min.)"."""
    bolds = [(m.end(), m.group(1)) for m in re.finditer(r"\*\*([^*]+)\*\*", text)]
    bold_ends = [end for end, _words in bolds]
    boundaries = [m.end() for m in re.finditer(r"[.!?;:](?=\s)|\s{2,}|\*\*", text)]
    steps: list[tuple[str, float]] = []
    previous_end = 0
    hits = [(m, v) for m in _LEN_ANY.finditer(text) if (v := _length_of(m))]
    for number, (match, (minutes, _low)) in enumerate(hits):
        start, end = match.start(), match.end()
        if start < previous_end:
            continue
        before = text[:start].rstrip()
        closing = re.match(r"\s*\.?\s*[)\]]", text[end:])
        if before.endswith(("(", "[")) and closing:
            start = len(before) - 1
            end += closing.end()
        # The bold sub-heading before it ("Del 1: …") names its part.
        label = ""
        floor = previous_end
        last_bold = bisect.bisect_right(bold_ends, start) - 1
        if last_bold >= 0:
            b_end, words = bolds[last_bold]
            floor = max(floor, b_end)
            head = words.split(":", 1)[0].strip()
            label = head if ":" in words and len(head) <= 25 else ""
        last_boundary = bisect.bisect_right(boundaries, start) - 1
        if last_boundary >= 0:
            floor = max(floor, boundaries[last_boundary])
        title = text[floor:start]
        trailing_slide = re.match(r"\s*\(\s*(?:slides?|dias)\b[^()]*\)", text[end:], re.I)
        if trailing_slide:
            title += " " + trailing_slide.group().strip()
            end += trailing_slide.end()
        if not _clean_title(title):
            following = hits[number + 1][0].start() if number + 1 < len(hits) else len(text)
            next_boundary = bisect.bisect_right(boundaries, end)
            stop = min(boundaries[next_boundary] if next_boundary < len(boundaries)
                       else len(text), following)
            title = text[end:stop]
        title = _short_step_title(title) or "Step"
        if label and not title.lower().startswith(label.lower()):
            title = f"{label}: {title}"
        steps.append((title, minutes))
        previous_end = end
    return steps


def _guess_kind(title: str, description: str = "") -> str:
    for kind, pattern in _KIND_RES:
        if pattern.search(title):
            return kind
    for kind, pattern in _KIND_RES:
        if kind != "break" and pattern.search(description):
            return kind
    return "other"


def _slides_text(slides: Any) -> str:
    if isinstance(slides, list):
        return ", ".join(str(s) for s in slides)
    return str(slides)
