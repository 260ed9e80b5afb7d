"""Read a programme written as a document (a guide, clock times, Markdown) into the YAML format."""

from __future__ import annotations

import bisect
import datetime
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import yaml

from .agenda import (
    MAX_FILE_BYTES,
    Agenda,
    AgendaError,
    Block,
    Diagnostic,
    agenda_from_mapping,
    load_agenda_text,
)
from .durations import format_clock, format_minutes

__all__ = ["ImportResult", "ProgrammeImportError", "import_text"]


# --------------------------------------------------------------------------- public API


class ProgrammeImportError(Exception):
    """A text in which no programme can be found (nothing timed, or not a text at all)."""

    def __init__(self, message: str, source: str = "<text>") -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass(frozen=True)
class ImportResult:
    """A programme read from a document, with what was recognised and what was not."""

    mapping: dict[str, Any]
    agenda: Agenda
    recognised: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]

    def to_yaml(self) -> str:
        """The programme as readable YAML that loads back to the same agenda."""
        return _to_yaml(self.mapping, self.agenda)


def import_text(text: str, source: str = "<text>", title: str | None = None) -> ImportResult:
    """Read a programme from text or Markdown; raise ProgrammeImportError if none is there."""
    if not isinstance(text, str):
        raise ProgrammeImportError(f"expected text, got {type(text).__name__}", source)
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ProgrammeImportError(
            f"the text is larger than {MAX_FILE_BYTES // 1024} KiB; not a programme", source)
    lines = _split_lines(text)
    context = _Context(tab_table=_is_tab_table(lines))
    entries = [_recognise(line, context) for line in lines]
    _merge(entries)
    plan = _Builder(entries, source).build()
    return _finish(plan, source, title)


# --------------------------------------------------------------------------- words

_LETTER = "a-zæøåäöüéèáàíóúñ"
_NB = rf"(?![{_LETTER}0-9])"  # a unit word ends here ("min" but not "mine")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

# Numbers are kept short so a phone number or a year is never read as a length.
_NUM = (r"(?<![\d.,/])(?:\d{1,4}\s+\d{1,3}/\d{1,3}|\d{1,3}/\d{1,3}"
        r"|\d{1,4}(?:[.,]\d{1,3})?(?:\s?[½¼¾⅓⅔])?|[½¼¾⅓⅔])")
_HOUR_UNIT = r"(?:timmar|timmer|timme|timer|time|tim|hours|hour|hrs|hr|h|t)"
_MIN_UNIT = r"(?:minutters|minutter|minuter|minutes|minute|minutt|minut|mins|min|m|['’´])"
_H_PART = rf"{_NUM}\s*{_HOUR_UNIT}\.?{_NB}"
_M_PART = rf"{_NUM}\s*{_MIN_UNIT}\.?{_NB}"
_LEN = (rf"(?:(?P<lo>{_NUM})\s*(?:-|–|—|to|til|till)\s*)?"
        rf"(?P<len>\d{{1,2}}[ht]\d{{2}}{_NB}"
        rf"|{_H_PART}(?:\s*(?:,|og|and|och|\+|&)?\s*{_M_PART})?|{_M_PART})")
_APPROX = r"(?:(?:ca|cirka|circa|c:a|approx|approximately|about|omkring|ungefär|omtrent|~)\.?\s*)?"
_LENGTH_LABEL = (r"(?:tid|time|timing|varighed|varighet|varaktighet|duration|length|længde|"
                 r"längd|lengde|tidsramme|tidsforbrug|tidsforbruk|tidsbruk|tidsåtgång|"
                 r"estimated time|tidsestimat)")
_TOTAL_LABEL = (r"(?:total(?:\s+(?:length|time|duration|tid|varighed|varighet|längd|lengde))?"
                r"|samlet(?:\s+(?:tid|varighed|varighet|længde|lengde))?|samlad\s+tid"
                r"|tid\s+i\s+alt|varighed\s+i\s+alt|i\s+alt|totalt|totaltid|total\s+tid"
                r"|sammanlagt|sammanlagd\s+tid|til\s+sammen|tilsammen|in\s+total|overall"
                r"(?:\s+(?:length|time|duration))?|programmets\s+længde|mødets\s+(?:længde|"
                r"varighed)|meeting\s+length)")

_LEN_ANY = re.compile(rf"{_APPROX}{_LEN}", re.IGNORECASE)
_LEN_LABELLED = re.compile(
    rf"(?<![{_LETTER}]){_LENGTH_LABEL}\s*[:=]\s*{_APPROX}{_LEN}", re.IGNORECASE)
_LEN_PAREN = re.compile(rf"[(\[]\s*{_APPROX}{_LEN}\s*[)\]]", re.IGNORECASE)
_LEN_WHOLE = re.compile(
    rf"^(?:{_LENGTH_LABEL}\s*[:=]?\s*)?{_APPROX}[(\[]?\s*{_APPROX}{_LEN}\s*[)\]]?\s*[.,;]?$",
    re.IGNORECASE)
_LEN_AFTER_TITLE = re.compile(
    rf"^\s*[-–—:,]?\s*[(\[]?\s*{_APPROX}{_LEN}\s*[)\]]?\s*[.,;:]?", re.IGNORECASE)
_TOTAL_LINE = re.compile(
    rf"^{_TOTAL_LABEL}\s*[:=]?\s*{_APPROX}(?:{_LEN}|(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}}))\s*\.?$",
    re.IGNORECASE)
_PART_VALUE = re.compile(rf"({_NUM})\s*({_HOUR_UNIT}|{_MIN_UNIT})", re.IGNORECASE)
_TAIL = re.compile(r"[\s.!,;:)\]]*")

# Lengths written in words, rewritten to digits before anything else reads the line.
_WORD_LENGTHS = (
    (re.compile(r"\b(?:halvanden|halvannen)\s+time\b|\bhalvannan\s+timme\b"
                r"|\bone\s+and\s+a\s+half\s+hours?\b|\ben\s+och\s+en\s+halv\s+timme\b",
                re.IGNORECASE), "90 min"),
    (re.compile(r"\b(?:en\s+)?halv\s*(?:time|timme)\b|\bhalf\s+an\s+hour\b|\bhalf[-\s]hour\b",
                re.IGNORECASE), "30 min"),
    (re.compile(r"\btre\s+kvart(?:er)?\b|\bthree\s+quarters\s+of\s+an\s+hour\b",
                re.IGNORECASE), "45 min"),
    (re.compile(r"\b(?:et|ett|en)\s+kvart(?:er)?\b|\ba\s+quarter\s+of\s+an\s+hour\b",
                re.IGNORECASE), "15 min"),
    (re.compile(r"\b(?:en|ett|one)\s+(?=(?:time|timme)\b)|\b(?:an|one)\s+(?=hour\b)",
                re.IGNORECASE), "1 "),
)

_KL = r"(?:kl(?:o|okken|okka|ockan)?\s*\.?\s*:?\s*)"
_CLOCK_LABEL = r"(?:(?:tid|time|tidspunkt|when|hvornår|när|når)\s*:\s*)"
_HM = (r"(?P<{0}h>\d{{1,2}})(?:[.:](?P<{0}m>\d{{2}}))?"
       r"(?:\s?(?P<{0}ap>[ap])\.?\s?m\.?(?![{1}]))?")
_CLOCK = re.compile(
    rf"{_CLOCK_LABEL}?(?P<kl>{_KL})?{_HM.format('a', _LETTER)}"
    rf"(?:\s*(?:-|–|—|−|to|til|till|until)\s*{_APPROX}{_KL}?{_HM.format('b', _LETTER)})?",
    re.IGNORECASE)
_UNIT_AHEAD = re.compile(rf"\s*(?:{_HOUR_UNIT}|{_MIN_UNIT})\.?{_NB}", re.IGNORECASE)

_SLIDE_WORD = r"(?:slides?|dias|lysark|lysbilder?|bilder|bild|sl\.)"
_SLIDES = re.compile(
    rf"(?<![{_LETTER}]){_SLIDE_WORD}\s*(?:nr\.?\s*|no\.?\s*)?:?\s*(?P<first>\d{{1,4}})"
    r"(?:\s*(?:-|–|—|til|to|till)\s*(?P<last>\d{1,4}))?"
    r"(?P<more>(?:\s*(?:,|og|and|och|&)\s*\d{1,4})*)(?!\d)",
    re.IGNORECASE)

_LIST_MARK = re.compile(
    r"^(?:[-*•◦▪▫‣⁃·+–—»]|\d{1,3}[.)](?!\d)|[a-zA-Z][.)](?=\s)|\(\d{1,3}\)|\[[ xX]?\])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_BOLD_START = re.compile(r"^\*\*(?P<head>[^*]+?)\*\*(?P<rest>.*)$")
_RULE = re.compile(r"^(?:[-=_*~]\s*){3,}$|^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?)?\s*$")

_GENERIC_TITLE = re.compile(
    r"^(?:(?:forslag\s+til\s+)?(?:program(?:me|met|mmet)?|dagsprogram|dagens\s+program)"
    r"|agenda|dagsorden(?:en)?|dagordning(?:en)?|dagorden|schedule|timetable|tidsplan(?:en)?"
    r"|timeplan|køreplan|körschema|plan\s+for\s+dagen|overview|oversigt|oversikt|översikt"
    r"|run\s+of\s+show|rundown)(?![a-zæøåäö])",
    re.IGNORECASE)

_WEEKDAYS = ("mandag|måndag|monday|tirsdag|tisdag|tuesday|onsdag|wednesday|torsdag|thursday"
             "|fredag|friday|lørdag|lördag|saturday|søndag|söndag|sunday")
_DAY = re.compile(
    rf"^(?:(?:dag|day|dagur|päivä)\s*\d{{1,2}}|(?:første|anden|andre|tredje|fjerde|femte|"
    rf"första|andra|fjärde|first|second|third|fourth|fifth)\s+(?:dag|day|dagen)|{_WEEKDAYS})"
    rf"(?![{_LETTER}])",
    re.IGNORECASE)
_MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "januari": 1, "feb": 2, "februar": 2, "february": 2,
    "februari": 2, "mar": 3, "marts": 3, "mars": 3, "march": 3, "apr": 4, "april": 4,
    "maj": 5, "mai": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7,
    "july": 7, "aug": 8, "august": 8, "augusti": 8, "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "des": 12, "december": 12, "desember": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = (
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), ("y", "m", "d")),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s*({_MONTH})\.?(?:\s+(\d{{4}}))?(?![{_LETTER}])",
                re.IGNORECASE), ("d", "mon", "y")),
    (re.compile(rf"(?<![{_LETTER}])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(\d{{4}}))?",
                re.IGNORECASE), ("mon", "d", "y")),
    (re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"), ("d", "m", "y")),
)

# Words that say what kind of block it is, checked in this order (a "gruppediskussion"
# is group work, not plenary). Break words are only trusted in the title.
_KIND_WORDS = (
    ("break", r"pause|paus|break(?!out)|frokost|lunch|lunsj|kaffe|coffee|fika|middag|dinner"
              r"|aftensmad|morgenmad|breakfast|frukost|måltid|meal|snack|forfriskning"
              r"|refreshment|kage|tea\b"),
    ("group", r"gruppe|grupp|group|workshop|breakout|øvelse|övning|øving|exercise|buzz"
              r"|walk.?and.?talk|rollespil|rollespel|case"),
    ("video", r"video|film"),
    ("plenary", r"plenum|plenar|plenary|opsamling|oppsummering|sammanfattning|summary|wrap"
                r"|q&a|questions|diskussion|discussion|debat|debate|runde|check.?in"
                r"|check.?out|evaluering|evaluation|afrunding|afslutning|avslutning|closing"
                r"|opfølgning|oppfølging|uppföljning|follow.?up"),
    ("talk", r"oplæg|talk|introduktion|introduction|intro\b|præsentation|presentation"
             r"|foredrag|föredrag|föreläsning|forelesning|lecture|keynote|innlegg|inlägg"
             r"|velkomst|velkommen|välkommen|welcome|orientering|briefing"),
)
_KIND_RES = tuple((kind, re.compile(rf"(?<![{_LETTER}])(?:{words})", re.IGNORECASE))
                  for kind, words in _KIND_WORDS)

# A last start time with one of these titles is when the meeting ends, not a block.
_END_MARKER = re.compile(
    r"^(?:slut(?:t)?|end|ends|the\s+end|close|closed|finish(?:ed)?|farvel|goodbye|mødet\s+slutter"
    r"|møtet\s+slutter|mötet\s+(?:slutar|avslutas)|meeting\s+(?:ends|closes)"
    r"|programmet\s+slutter|tak\s+for\s+i\s*dag|takk\s+for\s+i\s*dag|tack\s+för\s+i\s*dag"
    r"|hjemrejse|hjemreise|hemresa|hjemtur|departure|afgang|avresa|end\s+of\s+(?:day|meeting))"
    r"[\s.!]*$",
    re.IGNORECASE)

_HEADER_WORDS = {
    "clock": {"tid", "time", "kl", "kl.", "klokken", "klockan", "klokkeslett", "tidspunkt",
              "when", "hvornår", "när", "når", "start", "starttid", "from", "fra", "från"},
    "length": {"length", "duration", "varighed", "varighet", "längd", "lengde", "længde",
               "min", "min.", "minutter", "minutes", "minuter", "mins", "minut",
               "tidsforbrug", "tidsbruk", "tidsåtgång", "minutt"},
    "title": {"emne", "ämne", "tema", "topic", "title", "titel", "tittel", "punkt",
              "programpunkt", "aktivitet", "activity", "item", "agenda", "what", "hvad",
              "vad", "hva", "indslag", "session", "program", "overskrift"},
    "notes": {"beskrivelse", "description", "indhold", "innhold", "innehåll", "content",
              "notes", "noter", "notater", "anteckningar", "kommentar", "comments",
              "bemærkninger", "detaljer", "details", "ansvarlig", "ansvar", "responsible",
              "who", "hvem", "vem", "presenter", "facilitator", "oplægsholder", "taler",
              "speaker", "sted", "location", "lokale", "room", "rum", "format", "metode",
              "method", "form", "materialer", "materials", "formål", "purpose", "mål",
              "end", "slut"},
    "slides": {"slide", "slides", "dias", "bilder", "bild", "lysark", "lysbilder",
               "lysbilde"},
}
_ENGLISH = re.compile(
    r"\b(?:the|and|of|with|for|to|break|lunch|welcome|session|minutes|hours?|introduction"
    r"|discussion|coffee|group|day|work|what|how|meeting|closing)\b", re.IGNORECASE)
_NORDIC = re.compile(
    r"\b(?:og|och|med|til|för|af|av|på|der|det|som|om|pause|paus|frokost|velkomst|minutter"
    r"|minuter|timer|timme|gruppe|grupp|dag|hvad|hvordan|vad|hur|møde|möte|møte|kl)\b",
    re.IGNORECASE)


# --------------------------------------------------------------------------- reading pieces


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


# --------------------------------------------------------------------------- lines


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


# --------------------------------------------------------------------------- recognisers


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


@dataclass
class _Context:
    """What recognisers share across lines: whether tabs make a table, and its header."""

    tab_table: bool
    columns: list[str] | None = None
    column_names: list[str] | None = None


_Recogniser = Callable[[_Line, _Context], "_Entry | None"]


def _unwrap(text: str) -> str:
    """A line without its heading marks, list mark and surrounding bold."""
    text = re.sub(r"^#{1,6}\s+", "", text)
    text = _LIST_MARK.sub("", text, count=1)
    if text.startswith("**") and text.endswith("**") and text.count("**") == 2:
        text = text[2:-2]
    return text.strip().rstrip(":").strip()


def _fill(entry: _Entry, text: str, *, heading: bool) -> _Entry:
    """Read clock, length, slides and title from a line's text into its entry."""
    body = text.strip()
    probe = re.sub(r"^\*\*([^*]+)\*\*", r"\1", body) if re.match(r"\*\*\s*(?:\d|kl)", body,
                                                              re.IGNORECASE) else body
    clock = _leading_clock(probe)
    if clock is not None:
        body = probe[clock.end:]
        body = re.sub(r"^[\s:.\-–—|,)]+", "", body)
        body = _LIST_MARK.sub("", body, count=1)  # "10:00  1. Welcome"
        body = re.sub(r"^[\s:.\-–—|,)]+", "", body)
    else:
        clock = _trailing_clock(body)
        if clock is not None:
            before = body[:clock.start].rstrip()
            if before.endswith(("(", "[")):
                before = before[:-1]
            body = before.rstrip(" \t-–—:|,")
    if clock is not None:
        entry.at, entry.until, entry.explicit_clock = clock.at, clock.until, clock.explicit
    for pattern, words in _WORD_LENGTHS:
        body = pattern.sub(words, body)

    bold = _BOLD_START.match(body)
    if bold and bold.group("rest").strip() and not _LEN_WHOLE.match(bold.group("rest").strip()):
        head, rest = bold.group("head"), bold.group("rest")
        hit = _find_length(head)
        after = _LEN_AFTER_TITLE.match(rest)
        labelled = _LEN_LABELLED.search(rest)
        if hit is None and after and (value := _length_of(after)):
            entry.minutes, entry.low = value
            entry.length_text = after.group().strip(" -–—:,.;()[]")
            rest = rest[after.end():]
        elif hit is None and labelled and (value := _length_of(labelled)):
            entry.minutes, entry.low = value
            entry.length_text = labelled.group()
            rest = rest[:labelled.start()] + " " + rest[labelled.end():]
        elif hit is not None:
            entry.minutes, entry.low = hit.minutes, hit.low
            entry.length_text = head[hit.start:hit.end].strip()
            head = head[:hit.start] + " " + head[hit.end:]
        entry.slides, head = _take_slides(head)
        entry.title = _clean_title(head)
        rest = rest.strip()
        if rest:
            entry.description = rest
            entry.steps = _prose_steps(rest)
        return entry

    hit = _find_length(body)
    if hit is not None and not heading and (
            hit.count >= 2 or (hit.where in ("inside", "bracketed inside") and len(body) > 60)):
        entry.prose = True
        entry.description = body
        entry.steps = _prose_steps(body)
        return entry
    entry.slides, body = _take_slides(body)
    hit = _find_length(body)
    if hit is not None:
        entry.minutes, entry.low = hit.minutes, hit.low
        entry.length_text = body[hit.start:hit.end].strip(" -–—:,.;()[]")
        if hit.where != "inside":
            body = body[:hit.start] + " " + body[hit.end:]
    entry.title = _clean_title(body)
    return entry


def _blank_line(line: _Line, context: _Context) -> _Entry | None:
    if line.text.strip(" \t*_#>") == "" and "**" not in line.text.replace("****", ""):
        return _Entry(line.number, "blank line", "blank")
    return None


def _rule_line(line: _Line, context: _Context) -> _Entry | None:
    if _RULE.match(line.text):
        return _Entry(line.number, "rule", "rule", text=line.text)
    return None


def _header_cells(line: _Line, context: _Context) -> list[str]:
    if context.tab_table and "\t" in line.raw.strip():
        return [c for c in _tab_cells(line.raw) if c]
    if line.text.startswith("|") or line.text.count("|") >= 2:
        return [c.strip() for c in line.text.strip("|").split("|") if c.strip()]
    return line.text.split()


def _column_role(cell: str) -> str | None:
    words = [w for w in re.split(r"[\s/&,]+", _clean_title(cell).lower()) if w]
    if not words or len(words) > 3:
        return None
    for role, vocabulary in _HEADER_WORDS.items():
        if all(w in vocabulary or w in ("og", "and", "och") for w in words):
            return role
    if all(any(w in v for v in _HEADER_WORDS.values()) for w in words):
        return "notes"
    return None


def _table_header(line: _Line, context: _Context) -> _Entry | None:
    cells = _header_cells(line, context)
    if len(cells) < 2 or len(line.text) > 120:
        return None
    roles = [_column_role(cell) for cell in cells]
    if any(role is None for role in roles):
        return None
    table = "\t" in line.raw or "|" in line.text
    context.columns = [r for r in roles if r] if table else None
    context.column_names = [_clean_title(c) for c in cells] if table else None
    return _Entry(line.number, "table header", "header", text=line.text)


def _read_cell(entry: _Entry, cell: str, role: str | None, name: str = "") -> None:
    plain = _clean_title(cell)
    if role == "notes":
        entry.cells_notes.append(f"{name}: {_plain(cell)}" if name else _plain(cell))
        return
    slides = _SLIDES.fullmatch(plain) or (
        re.fullmatch(r"(?P<first>\d{1,4})(?:\s*[-–]\s*(?P<last>\d{1,4}))?(?P<more>)", plain)
        if role == "slides" else None)
    if slides and entry.slides is None and (value := _slides_value(slides)) is not None:
        entry.slides = value
        return
    clock = _leading_clock(plain)
    if clock is not None and _TAIL.fullmatch(plain, clock.end) and entry.at is None:
        entry.at, entry.until, entry.explicit_clock = clock.at, clock.until, clock.explicit
        return
    if entry.minutes is None:
        whole = _LEN_WHOLE.match(plain)
        bare = re.fullmatch(r"\d{1,4}", plain) if role == "length" else None
        length = _length_of(whole) if whole else ((float(plain), None) if bare else None)
        if length and _good_minutes(length[0]):
            entry.minutes, entry.low = length
            entry.length_text = plain
            return
    if not entry.title and role in (None, "title", "clock", "length"):
        sub = _fill(_Entry(entry.line, entry.shape, "row"), cell, heading=True)
        if sub.title or sub.description:
            entry.title = sub.title
            if entry.minutes is None:
                entry.minutes, entry.low, entry.length_text = sub.minutes, sub.low, sub.length_text
            if entry.at is None and sub.at is not None:
                entry.at, entry.until, entry.explicit_clock = sub.at, sub.until, sub.explicit_clock
            if entry.slides is None:
                entry.slides = sub.slides
            if sub.description:
                entry.description = (entry.description + " " + sub.description).strip()
                entry.steps.extend(sub.steps)
            if not entry.title and entry.description:
                entry.title, entry.description = _title_from_prose(entry.description)
            return
    entry.description = (entry.description + "  " + cell).strip()
    entry.steps.extend(_prose_steps(cell))


def _title_from_prose(text: str) -> tuple[str, str]:
    bold = _BOLD_START.match(text)
    if bold:
        return _clean_title(bold.group("head")), bold.group("rest").strip()
    sentence = re.match(r"(.{3,80}?[.!?:])(?:\s|$)", text)
    if sentence:
        return _clean_title(sentence.group(1)), text[sentence.end():].strip()
    return _short_step_title(text), text


def _table_row(line: _Line, context: _Context) -> _Entry | None:
    stripped = line.raw.strip()
    if context.tab_table and "\t" in line.raw and not _LIST_MARK.match(stripped):
        cells = _tab_cells(line.raw)
        shape = "tab guide row"
    elif line.text.startswith("|") or (line.text.count("|") >= 2 and "||" not in line.text):
        cells = [c.strip() for c in line.text.strip().strip("|").split("|")]
        shape = "table row"
    else:
        return None
    if not any(cells):
        return _Entry(line.number, shape, "blank")
    entry = _Entry(line.number, shape, "row", text=line.text)
    columns = context.columns if context.columns and len(context.columns) == len(
        [c for c in cells if c] if shape == "table row" else cells) else None
    names = context.column_names if columns else None
    for index, cell in enumerate(cells):
        if cell:
            _read_cell(entry, cell, columns[index] if columns else None,
                       names[index] if names and index < len(names) else "")
    if not entry.title:
        if entry.description:
            entry.title, entry.description = _title_from_prose(entry.description)
        elif entry.cells_notes:
            entry.title = _clean_title(entry.cells_notes.pop(0))
    return entry


def _day_heading(line: _Line, context: _Context) -> _Entry | None:
    if _LIST_MARK.match(line.text) and not re.match(r"\d{1,2}\.\s", line.text):
        return None
    text = _unwrap(line.text)
    if not text or len(text) > 80 or _find_length(text) or _leading_clock(text):
        return None
    date = _find_date(text)
    named = _DAY.match(text)
    covers = date is not None and (date[2] - date[1]) >= 0.6 * len(text.strip(" ,.-–:"))
    if not named and not covers:
        return None
    span = _trailing_clock(text)
    label = text[:span.start] if span else text
    entry = _Entry(line.number, "day heading", "day", text=line.text,
                   title=_clean_title(label.rstrip(" (-–—,")) or _clean_title(text))
    entry.date = date[0] if date else None
    if span is not None:
        entry.at, entry.until = span.at, span.until
    return entry


_META = re.compile(r"^(?:tid|tidspunkt|dato|date|datum|when|hvornår|när|når|time|dag|day)"
                   r"\s*:\s*(?P<value>.+)$", re.IGNORECASE)


def _date_and_time_line(line: _Line, context: _Context) -> _Entry | None:
    """"Tid: onsdag 9. oktober 2024 kl. 9.00-15.30": when the whole programme is."""
    match = _META.match(line.text.replace("**", "").strip())
    if not match:
        return None
    value = match.group("value").strip()
    date = _find_date(value)
    span = _trailing_clock(value) or _leading_clock(value)
    if date is None and (span is None or span.until is None):
        return None
    entry = _Entry(line.number, "date and time line", "day", text=line.text,
                   title=_clean_title(value))
    entry.date = date[0] if date else None
    if span is not None:
        entry.at, entry.until = span.at, span.until
    return entry


def _stated_total(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    for pattern, words in _WORD_LENGTHS:
        text = pattern.sub(words, text)
    match = _TOTAL_LINE.match(text)
    if not match:
        return None
    if match.group("hh"):
        minutes: float | None = int(match.group("hh")) * 60 + int(match.group("mm"))
    else:
        value = _length_of(match)
        minutes = value[0] if value else None
    if not _good_minutes(minutes):
        return None
    return _Entry(line.number, "stated total", "total", text=line.text, minutes=minutes,
                  length_text=text)


def _length_line(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    for pattern, words in _WORD_LENGTHS:
        text = pattern.sub(words, text)
    match = _LEN_WHOLE.match(text)
    if not match or not (value := _length_of(match)):
        return None
    return _Entry(line.number, "length line", "length", text=line.text, indent=line.indent,
                  minutes=value[0], low=value[1], length_text=text)


def _slides_line(line: _Line, context: _Context) -> _Entry | None:
    text = _unwrap(line.text)
    match = _SLIDES.fullmatch(text.rstrip("."))
    if not match or (value := _slides_value(match)) is None:
        return None
    return _Entry(line.number, "slides line", "slides", text=line.text, indent=line.indent,
                  slides=value)


def _markdown_heading(line: _Line, context: _Context) -> _Entry | None:
    match = _MD_HEADING.match(line.text)
    if not match:
        return None
    if not (match.group(2) or "").strip():
        return _Entry(line.number, "empty heading", "rule", text=line.text)
    entry = _Entry(line.number, "Markdown heading", "heading", text=line.text,
                   level=len(match.group(1)), indent=line.indent)
    return _fill(entry, match.group(2), heading=True)


def _list_item(line: _Line, context: _Context) -> _Entry | None:
    match = _LIST_MARK.match(line.text)
    if not match:
        return None
    entry = _Entry(line.number, "list item", "list", text=line.text, indent=line.indent)
    entry = _fill(entry, line.text[match.end():], heading=False)
    if entry.at is not None:
        entry.shape = "list item with clock time"
    return entry


def _clock_line(line: _Line, context: _Context) -> _Entry | None:
    probe = re.sub(r"^\*\*([^*]+)\*\*", r"\1", line.text)
    if _leading_clock(probe) is None:
        return None
    entry = _fill(_Entry(line.number, "clock line", "clock", text=line.text,
                         indent=line.indent), line.text, heading=True)
    if entry.at is None:
        return None
    if entry.until is not None:
        entry.shape = "clock range"
    elif entry.minutes is not None:
        entry.shape = "time and length"
    else:
        entry.shape = "start time"
    return entry


def _bold_heading(line: _Line, context: _Context) -> _Entry | None:
    if not _BOLD_START.match(line.text):
        return None
    entry = _Entry(line.number, "bold title", "heading", text=line.text, level=7,
                   indent=line.indent)
    return _fill(entry, line.text, heading=True)


def _text_line(line: _Line, context: _Context) -> _Entry | None:
    entry = _Entry(line.number, "text line", "text", text=line.text, indent=line.indent)
    entry = _fill(entry, line.text, heading=False)
    if entry.at is not None:
        entry.role = "clock"
        entry.shape = "clock range after title" if entry.until is not None else "start time"
    elif entry.prose:
        entry.shape = "description"
    elif entry.minutes is not None:
        entry.shape = "line with length"
    return entry


# Tried in order; the first that recognises a line wins. A new shape of programme is a
# new function here, not a new branch in the builder.
_RECOGNISERS: tuple[_Recogniser, ...] = (
    _blank_line,
    _rule_line,
    _table_header,
    _table_row,
    _day_heading,
    _date_and_time_line,
    _stated_total,
    _length_line,
    _slides_line,
    _markdown_heading,
    _list_item,
    _clock_line,
    _bold_heading,
    _text_line,
)


def _recognise(line: _Line, context: _Context) -> _Entry:
    for recogniser in _RECOGNISERS:
        entry = recogniser(line, context)
        if entry is not None:
            if entry.role not in ("row", "blank", "header", "rule"):
                context.columns = None
            return entry
    return _Entry(line.number, "text line", "text", text=line.text)


# --------------------------------------------------------------------------- merging lines


def _next_filled(entries: Sequence[_Entry], index: int) -> int | None:
    for j in range(index + 1, len(entries)):
        if entries[j].role not in ("blank", "consumed"):
            return j
    return None


def _merge(entries: list[_Entry]) -> None:
    """Join what belongs together across lines: a clock and its title, a title and its length."""
    for index in range(1, len(entries)):
        entry, previous = entries[index], entries[index - 1]
        if entry.role == "rule" and entry.text[:1] in "=-" and previous.role == "text" \
                and not previous.prose and previous.title and "|" not in entry.text:
            previous.role, previous.level = "heading", 1 if entry.text[0] == "=" else 2
            previous.shape = "underlined heading"
            entry.role = "blank"
    for index, entry in enumerate(entries):
        if entry.at is not None and not entry.title and entry.role in ("clock", "text", "list"):
            _take_title(entries, index)
    seen_timed = False
    for index, entry in enumerate(entries):
        if entry.role == "length":
            _place_length(entries, index, seen_timed)
        seen_timed = seen_timed or entry.role == "consumed" or (
            entry.timed and entry.role not in ("day", "total", "length"))
    for index, entry in enumerate(entries):
        if entry.role == "slides":
            _place_slides(entries, index)


def _take_title(entries: list[_Entry], index: int) -> None:
    clock = entries[index]
    j = _next_filled(entries, index)
    candidate = entries[j] if j is not None else None
    if candidate is not None and candidate.role in ("text", "heading", "list") \
            and candidate.at is None and not candidate.prose and candidate.title:
        clock.title = candidate.title
        clock.description = candidate.description
        clock.steps = list(candidate.steps)
        if clock.slides is None:
            clock.slides = candidate.slides
        if clock.minutes is None and clock.until is None:
            clock.minutes, clock.low = candidate.minutes, candidate.low
        elif candidate.minutes is not None:
            clock.length_text = candidate.length_text
            clock.low = candidate.low
            if clock.until is None:
                clock.minutes = candidate.minutes
        clock.shape += " with title below" if candidate.role != "list" else \
            " with its first bullet as title"
        clock.role = "clock"
        candidate.role = "consumed"
        candidate.report = f"title of the {clock.shape.split(' with')[0]} on line {clock.line}"
    else:
        clock.title = _clean_title(clock.text)
        clock.untitled = True
        clock.role = "clock"


def _place_length(entries: list[_Entry], index: int, seen_timed: bool) -> None:
    entry = entries[index]
    k = index - 1
    while k >= max(0, index - _LOOKAROUND):
        previous = entries[k]
        if previous.role in ("blank", "slides", "consumed", "rule"):
            k -= 1
        elif previous.role == "list" and not previous.timed and previous.indent >= entry.indent:
            k -= 1
        else:
            break
    target = entries[k] if k >= max(0, index - _LOOKAROUND) else None
    if target is not None and target.titled and target.title:
        if target.minutes is None and target.until is None:
            target.minutes, target.low = entry.minutes, entry.low
            target.length_text = entry.length_text
            entry.role = "consumed"
            entry.report = f'length of "{target.title}" (line {target.line})'
        elif target.minutes is not None and abs(target.minutes - (entry.minutes or 0)) < 0.01:
            entry.role = "consumed"
            entry.report = f'length of "{target.title}" (line {target.line}), again'
        return
    if not seen_timed:
        entry.role = "total"
        entry.shape = "stated length of the whole"


def _place_slides(entries: list[_Entry], index: int) -> None:
    entry = entries[index]
    previous = None
    for k in range(index - 1, max(-1, index - _LOOKAROUND), -1):
        if entries[k].role in ("blank", "consumed", "length"):
            continue
        if entries[k].titled:
            previous = entries[k]
        break
    j = _next_filled(entries, index)
    following = entries[j] if j is not None else None
    if previous is not None and previous.slides is None:
        target = previous
    elif following is not None and following.titled and following.slides is None:
        target = following
    else:
        return
    target.slides = entry.slides
    entry.role = "consumed"
    entry.report = f'slides of "{target.title or "the next line"}" (line {target.line})'


# --------------------------------------------------------------------------- building blocks


@dataclass
class _Note:
    line: int
    text: str
    warn: bool


@dataclass
class _Draft:
    """A block being assembled from entries."""

    entry: _Entry
    index: int  # of its entry
    day: int
    title: str
    minutes: float | None
    low: float | None
    at: int | None
    until: int | None
    slides: Any
    notes: list[_Note] = field(default_factory=list)
    steps: list[tuple[str, float, int]] = field(default_factory=list)
    step_heading_level: int | None = None  # steps from a heading: bullets under it are notes
    divider: bool = False
    clock_note: str = ""
    step_minutes: float = 0.0

    def add_step(self, title: str, minutes: float, line: int) -> None:
        self.steps.append((title, minutes, line))
        self.step_minutes += minutes

    @property
    def role(self) -> str:
        return "clock" if self.entry.at is not None else self.entry.role


@dataclass
class _Section:
    """A heading (or a day) that holds blocks: its stated length and clock span."""

    line: int
    title: str
    start: int  # entry index range
    end: int
    minutes: float | None
    length_text: str
    until: int | None


@dataclass
class _Plan:
    blocks: list[_Draft]
    notes: list[_Note]
    title_candidates: list[tuple[_Entry, bool]]  # entry, generic
    sections: list[_Section]
    days: list[_Entry]
    recognised: list[tuple[int, str]]
    warnings: list[Diagnostic]
    texts: list[str]
    source: str

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(Diagnostic(message, self.source, line, None, "warning"))


# How far to look for a line's siblings: further away they say nothing about it, and an
# unbounded look would make a long document quadratic.
_LOOKAROUND = 400


def _scope_ends(entries: Sequence[_Entry]) -> list[int]:
    """Where each line's section ends: a heading's at the next heading as high, a day's at
    the next day, any other line's at the next heading."""
    ends = [len(entries)] * len(entries)
    open_headings: list[int] = []
    others: list[int] = []
    for index, entry in enumerate(entries):
        if entry.role in ("heading", "day"):
            level = entry.level or 0 if entry.role == "heading" else -1
            while open_headings and (
                    level < 0 or (entries[open_headings[-1]].level or 0) >= level):
                ends[open_headings.pop()] = index
            for other in others:
                ends[other] = index
            others = []
            if entry.role == "heading":
                open_headings.append(index)
        else:
            others.append(index)
    return ends


def _find_containers(entries: Sequence[_Entry]) -> dict[int, int]:
    """Timed headings and spans that hold other blocks are sections, not blocks."""
    containers: dict[int, int] = {}
    ends = _scope_ends(entries)
    first = next((i for i, e in enumerate(entries) if e.role not in ("blank", "rule")), None)
    next_clock: list[int | None] = [None] * len(entries)
    following: int | None = None
    for index in range(len(entries) - 1, -1, -1):
        next_clock[index] = following
        if entries[index].at is not None:
            following = index
    for index, entry in enumerate(entries):
        if entry.role not in ("heading", "text", "clock") or not entry.timed or entry.prose:
            continue
        heading = entry.role == "heading"
        generic = _GENERIC_TITLE.match(entry.title) is not None
        span = entry.at is not None and entry.until is not None
        if not (heading or generic or span or index == first):
            continue
        end = ends[index]
        inside = (e for e in entries[index + 1:end] if e.role not in ("blank", "consumed"))
        if generic and any(e.timed for e in inside):
            containers[index] = end
            continue
        if index == first and entry.at is None and _is_title_total(entries, index, end):
            containers[index] = end if heading else len(entries)
            continue
        if heading:
            held = [e for e in entries[index + 1:end] if e.role not in ("blank", "consumed")]
            if any(e.role == "row" or e.at is not None for e in held):
                containers[index] = end
                continue
            deeper = [e for e in held
                      if e.role == "heading" and e.timed and (e.level or 0) > (entry.level or 0)]
            if deeper and not _has_timed_sibling(entries, index) \
                    and (entry.minutes or 0) >= 0.9 * sum(e.minutes or 0 for e in deeper):
                containers[index] = end
                continue
        if span:
            assert entry.at is not None and entry.until is not None
            j = next_clock[index]
            if j is not None and j < end and entry.at <= (entries[j].at or 0) < entry.until:
                while j is not None and j < end and (entries[j].at or 0) < entry.until:
                    j = next_clock[j]
                containers[index] = j if j is not None and j < end else end
    return containers


def _is_title_total(entries: Sequence[_Entry], index: int, end: int) -> bool:
    """Is the document's first line, having a length, its title with the total of what follows?"""
    entry = entries[index]
    scope = [e for e in (entries[index + 1:end] if entry.role == "heading" else entries[index + 1:])
             if e.timed and e.role not in ("total", "day", "consumed")]
    if len(scope) < 2 or not entry.minutes:
        return False
    shallowest = min(e.indent for e in scope)
    held = sum(e.minutes or 0 for e in scope if e.indent == shallowest)
    below = entry.role == "heading" or all(
        e.role == "list" or e.indent > entry.indent for e in scope)
    return abs(entry.minutes - held) <= 0.1 * entry.minutes or (below and entry.minutes >= held)


def _has_timed_sibling(entries: Sequence[_Entry], index: int) -> bool:
    level = entries[index].level or 0
    for direction in (-1, 1):
        j = index + direction
        while 0 <= j < len(entries) and abs(j - index) <= _LOOKAROUND:
            other = entries[j]
            if other.role == "day" or (other.role == "heading" and (other.level or 0) < level):
                break
            if other.role == "heading" and other.level == level and other.timed:
                return True
            j += direction
    return False


def _timed_siblings_after(entries: Sequence[_Entry], index: int, containers: dict[int, int]
                          ) -> int:
    """How many timed headings (or list items) follow at the same level, before its parent ends."""
    entry = entries[index]
    count = 0
    for j in range(index + 1, min(len(entries), index + 1 + _LOOKAROUND)):
        other = entries[j]
        if other.role == "day" or count >= 2:
            break
        if entry.role == "heading":
            if other.role == "heading" and (other.level or 0) < (entry.level or 0):
                break
            if other.role == "heading" and other.level == entry.level and other.timed \
                    and j not in containers:
                count += 1
        elif entry.role == "list":
            if other.role in ("heading", "row") or other.at is not None:
                break
            if other.role in ("list", "text") and other.indent < entry.indent:
                break
            if other.role == "list" and other.indent == entry.indent and other.timed:
                count += 1
    return count


class _Builder:
    """Walks the recognised lines in order and decides what each becomes."""

    def __init__(self, entries: list[_Entry], source: str) -> None:
        self.entries = entries
        self.source = source
        self.containers = _find_containers(entries)
        self.next_day = [len(entries)] * len(entries)
        for index in range(len(entries) - 2, -1, -1):
            following = entries[index + 1]
            self.next_day[index] = index + 1 if following.role == "day" else \
                self.next_day[index + 1]
        self.day_start = 0
        self.blocks: list[_Draft] = []
        self.current: _Draft | None = None
        self.notes: list[_Note] = []
        self.pending_sections: list[_Note] = []
        self.title_candidates: list[tuple[_Entry, bool]] = []
        self.sections: list[_Section] = []
        self.days: list[_Entry] = []
        self.day = 0
        self.recognised: list[tuple[int, str]] = []
        self.warnings: list[Diagnostic] = []
        self.handlers: dict[str, Callable[[int, _Entry], None]] = {
            "blank": self.skip,
            "rule": self.skip,
            "consumed": self.consumed,
            "header": self.header,
            "row": self.row,
            "day": self.day_heading,
            "total": self.total,
            "length": self.stray_length,
            "slides": self.stray_slides,
            "clock": self.clock,
            "heading": self.heading,
            "list": self.list_item,
            "text": self.text,
        }

    # ------------------------------------------------------------------ helpers

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(Diagnostic(message, self.source, line, None, "warning"))

    def start_block(self, index: int, entry: _Entry) -> _Draft:
        title = entry.title
        if len(title) > 120:
            short = title[:100].rsplit(" ", 1)[0] + "…"
            entry.description = (title + " " + entry.description).strip()
            title = short
        draft = _Draft(entry=entry, index=index, day=self.day, title=title,
                       minutes=entry.minutes, low=entry.low, at=entry.at, until=entry.until,
                       slides=entry.slides)
        for note in self.pending_sections:
            draft.notes.append(note)
        self.pending_sections = []
        if entry.description:
            draft.notes.append(_Note(entry.line, _plain(entry.description), False))
        for text in entry.cells_notes:
            draft.notes.append(_Note(entry.line, text, False))
        for step_title, minutes in entry.steps:
            draft.add_step(step_title, minutes, entry.line)
        if entry.untitled:
            self.warn(entry.line, f"{entry.text.strip()!r}: a clock time with no title "
                                  f"after it; the time is used as the title")
        self.blocks.append(draft)
        self.current = draft
        return draft

    def add_step(self, entry: _Entry) -> None:
        assert self.current is not None
        block = self.current
        minutes = entry.minutes or 0.0
        title = entry.title or "Step"
        if entry.slides is not None:
            title += f" (slide {_slides_text(entry.slides)})"
        if block.step_heading_level is not None and entry.role != "heading":
            block.notes.append(_Note(entry.line, _plain(entry.text), False))
            self.recognised.append((entry.line, f'part of step with length, in notes of '
                                                f'"{block.title}"'))
            return
        block.add_step(title, minutes, entry.line)
        if entry.role == "heading":
            block.step_heading_level = entry.level
        if entry.description:
            block.notes.append(_Note(entry.line, _plain(entry.description), False))
        for step_title, step_minutes in entry.steps:
            block.notes.append(_Note(entry.line, f"{step_title} ({format_minutes(step_minutes)}"
                                                 f" min)", False))

    def owns(self, entry: _Entry) -> bool:
        block = self.current
        if block is None or entry.role in ("day", "row") or entry.at is not None:
            return False
        if entry.minutes is not None and block.minutes is not None and not entry.prose:
            if block.step_minutes + entry.minutes > block.minutes * 1.1 + 0.5:
                return False  # it does not fit in the block, so it is not a part of it
        owner = block.entry
        role = block.role
        if entry.role == "heading":
            return role == "heading" and (entry.level or 0) > (owner.level or 0)
        if role == "heading":
            return True
        if role in ("clock", "row"):
            return not (entry.role == "text" and entry.minutes is not None and not entry.prose
                        and entry.indent <= owner.indent)
        if entry.role == "list" and role == "text":
            return True
        if entry.indent > owner.indent:
            return True
        return entry.role == "text" and (entry.minutes is None or entry.prose)

    def nearest_notes(self, entry: _Entry, text: str, warn: bool) -> None:
        note = _Note(entry.line, text, warn)
        if self.blocks and self.pending_sections:
            # Headings that no block followed are notes like the lines under them.
            for pending in self.pending_sections:
                self.blocks[-1].notes.append(_Note(pending.line, pending.text, True))
            self.pending_sections = []
        if self.blocks:
            self.blocks[-1].notes.append(note)
        else:
            self.notes.append(note)

    # ------------------------------------------------------------------ handlers

    def skip(self, index: int, entry: _Entry) -> None:
        return

    def consumed(self, index: int, entry: _Entry) -> None:
        if entry.report:
            self.recognised.append((entry.line, entry.report))

    def header(self, index: int, entry: _Entry) -> None:
        self.recognised.append((entry.line, f"table header {entry.text.strip()!r}"))

    def row(self, index: int, entry: _Entry) -> None:
        self.start_block(index, entry)

    def clock(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
            return
        self.start_block(index, entry)

    def day_heading(self, index: int, entry: _Entry) -> None:
        self.current = None
        if self.blocks or self.days:
            self.day += 1
        self.days.append(entry)
        entry.day = self.day
        self.day_start = index
        self.sections.append(_Section(entry.line, entry.title, index, self.next_day[index],
                                      None, "", entry.until))

    def total(self, index: int, entry: _Entry) -> None:
        start, end = 0, len(self.entries)
        if self.days:
            start, end = self.day_start, self.next_day[index]
        self.sections.append(_Section(entry.line, "", start, end, entry.minutes,
                                      entry.length_text.strip(), None))

    def container(self, index: int, entry: _Entry) -> None:
        end = self.containers[index]
        self.current = None
        self.sections.append(_Section(entry.line, entry.title, index, end, entry.minutes,
                                      entry.length_text, entry.until))
        what = "section"
        if entry.minutes is not None:
            what += f" of {format_minutes(entry.minutes)} min"
        if entry.at is not None:
            what += f" {format_clock(entry.at)}"
            if entry.until is not None:
                what += f"-{format_clock(entry.until)}"
        self.recognised.append((entry.line, f'{what} "{entry.title}"'))
        self.section_label(entry)

    def section_label(self, entry: _Entry) -> None:
        if not self.blocks:
            self.title_candidates.append((entry, bool(_GENERIC_TITLE.match(entry.title))))
            self.notes.append(_Note(entry.line, _plain(entry.text.lstrip("# ")), True))
        elif entry.title:
            self.pending_sections.append(_Note(entry.line, _plain(entry.text.lstrip("# ")),
                                               False))

    def heading(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
            return
        if entry.at is not None:
            self.start_block(index, entry)
            return
        if entry.minutes is not None or (entry.steps and not self.owns(entry)):
            self.timed_line(index, entry)
            return
        if self.owns(entry):
            assert self.current is not None
            self.current.notes.append(_Note(entry.line, _plain(entry.text.lstrip("# ")), False))
            self.current.step_heading_level = None
            return
        self.current = None
        # An untimed heading among timed ones at its level is an untimed block.
        siblings = _timed_siblings_after(self.entries, index, self.containers)
        previous = self.blocks[-1].entry if self.blocks else None
        among_blocks = previous is not None and previous.role == "heading" \
            and previous.level == entry.level and siblings >= 1
        if entry.title and (among_blocks or siblings >= 2):
            self.start_block(index, entry)
            return
        if entry.description:
            self.nearest_notes(entry, _plain(entry.text), True)
            return
        self.section_label(entry)
        if self.blocks:
            self.recognised.append((entry.line, f'section heading "{entry.title}"'))

    def timed_line(self, index: int, entry: _Entry) -> None:
        """A line with a length: a step of the block that owns it, else a block of its own."""
        if self.owns(entry):
            self.add_step(entry)
        else:
            self.start_block(index, entry)

    def list_item(self, index: int, entry: _Entry) -> None:
        if entry.at is not None:
            self.start_block(index, entry)
        elif entry.prose:
            self.prose(index, entry)
        elif entry.minutes is not None:
            self.timed_line(index, entry)
        elif self.owns(entry):
            assert self.current is not None
            self.current.notes.append(_Note(entry.line, _plain(entry.text), False))
        elif self.blocks and self.blocks[-1].role == "list" and \
                self.blocks[-1].entry.indent == entry.indent and \
                _timed_siblings_after(self.entries, index, self.containers):
            self.start_block(index, entry)
        else:
            self.nearest_notes(entry, _plain(entry.text), True)

    def text(self, index: int, entry: _Entry) -> None:
        if index in self.containers:
            self.container(index, entry)
        elif entry.prose:
            self.prose(index, entry)
        elif entry.minutes is not None:
            self.timed_line(index, entry)
        elif self.owns(entry):
            assert self.current is not None
            # A line indented under its block is its description; one at the margin may be
            # anything, so it is pointed out.
            described = entry.indent > self.current.entry.indent
            self.current.notes.append(_Note(entry.line, _plain(entry.text), not described))
        elif not self.blocks:
            self.title_candidates.append((entry, bool(_GENERIC_TITLE.match(entry.title))))
            self.notes.append(_Note(entry.line, _plain(entry.text), True))
        else:
            self.nearest_notes(entry, _plain(entry.text), True)

    def prose(self, index: int, entry: _Entry) -> None:
        if self.current is not None and self.owns(entry):
            self.current.notes.append(_Note(entry.line, _plain(entry.description), False))
            for title, minutes in entry.steps:
                self.current.add_step(title, minutes, entry.line)
            self.recognised.append((entry.line, f'description of "{self.current.title}" with '
                                                f"{len(entry.steps)} timed steps"))
            return
        # Prose with times and no block to hold it: each timed clause is a block.
        for title, minutes in entry.steps:
            part = _Entry(entry.line, "timed clause in prose", "text", text=entry.text,
                          title=title, minutes=minutes)
            self.start_block(index, part)
        self.current = None
        self.nearest_notes(entry, _plain(entry.description), False)

    def stray_length(self, index: int, entry: _Entry) -> None:
        block = self.current
        if block is not None and block.minutes is None and block.until is None:
            block.minutes, block.low = entry.minutes, entry.low
            self.recognised.append((entry.line, f'length of "{block.title}"'))
            return
        self.nearest_notes(entry, _plain(entry.text), True)

    def stray_slides(self, index: int, entry: _Entry) -> None:
        block = self.current
        if block is not None and block.slides is None:
            block.slides = entry.slides
            self.recognised.append((entry.line, f'slides of "{block.title}"'))
            return
        self.nearest_notes(entry, _plain(entry.text), True)

    # ------------------------------------------------------------------ walk

    def build(self) -> _Plan:
        for index, entry in enumerate(self.entries):
            self.handlers.get(entry.role, self.text)(index, entry)
        if self.blocks:
            for note in self.pending_sections:
                self.blocks[-1].notes.append(_Note(note.line, note.text, True))
        return _Plan(self.blocks, self.notes, self.title_candidates, self.sections, self.days,
                     self.recognised, self.warnings, [e.text for e in self.entries],
                     self.source)


# --------------------------------------------------------------------------- schedule


def _schedule(plan: _Plan) -> int | None:
    """Turn clock times into lengths, day by day; return the programme's start."""
    blocks = plan.blocks
    _drop_end_markers(plan)
    twelve_hour = all(b.at is None or b.at < 13 * 60 for b in blocks) and all(
        b.until is None or b.until < 13 * 60 for b in blocks)
    if twelve_hour:
        # "1:00 to 1:10" in a programme written on a twelve-hour clock is after noon.
        for block in blocks:
            if block.at is not None and not block.entry.explicit_clock and 60 <= block.at < 7 * 60:
                block.at += 12 * 60
                if block.until is not None and block.until < 12 * 60:
                    block.until += 12 * 60
    last_clock: int | None = None
    current_day = 0
    shift = 0  # days begun by clock times that go back, with no day headings
    for block in blocks:
        block.day += shift
        if block.day != current_day:
            current_day, last_clock = block.day, None
        if block.at is None:
            continue
        if last_clock is not None and block.at < last_clock:
            if twelve_hour and not block.entry.explicit_clock and block.at < 12 * 60 \
                    and block.at + 12 * 60 >= last_clock:
                block.at += 12 * 60
                if block.until is not None and block.until < 12 * 60:
                    block.until += 12 * 60
            elif not plan.days:
                plan.warn(block.entry.line,
                    f"{format_clock(block.at)} comes before the time above it; read as the "
                    f"start of another day")
                shift += 1
                block.day += 1
                current_day = block.day
        if block.until is not None and block.until <= block.at:
            if twelve_hour and not block.entry.explicit_clock and block.until + 720 > block.at \
                    and block.until < 720:
                block.until += 12 * 60
            else:
                plan.warn(block.entry.line,
                    f'"{block.title}": ends at {format_clock(block.until)}, not after its '
                    f"start at {format_clock(block.at)}; the end time is ignored")
                block.until = None
        last_clock = block.until if block.until is not None else block.at
    _lengths_from_clocks(plan)
    return _anchor(plan)


def _drop_end_markers(plan: _Plan) -> None:
    blocks = plan.blocks
    kept: list[_Draft] = []
    for index, block in enumerate(blocks):
        last_of_day = index == len(blocks) - 1 or blocks[index + 1].day != block.day
        previous = kept[-1] if kept else None
        if not (last_of_day and previous is not None and previous.day == block.day
                and block.at is not None and block.minutes is None and block.until is None
                and not block.steps and _END_MARKER.match(block.title)):
            kept.append(block)
            continue
        previous.notes.extend(block.notes)
        if previous.at is not None and previous.minutes is None and previous.until is None \
                and previous.at < block.at:
            previous.until = block.at
        plan.recognised.append((block.entry.line,
                                f'end of the day at {format_clock(block.at)} ("{block.title}")'))
    plan.blocks[:] = kept


def _span_end(plan: _Plan, block: _Draft) -> int | None:
    ends = [s.until for s in plan.sections if s.until is not None and s.start <= block.index
            < s.end]
    return ends[-1] if ends else None


def _lengths_from_clocks(plan: _Plan) -> None:
    blocks = plan.blocks
    for position, block in enumerate(blocks):
        if block.at is None:
            continue
        stated = block.minutes
        if block.until is not None:
            clock_minutes = float(block.until - block.at)
            if stated is not None and abs(stated - clock_minutes) > 0.01:
                plan.warn(block.entry.line,
                    f'"{block.title}": says {format_minutes(stated)} min but its clock '
                    f"times give {format_minutes(clock_minutes)} min; the clock times are used")
            block.minutes = clock_minutes
            continue
        between = 0.0
        next_at = None
        for later in blocks[position + 1:]:
            if later.day != block.day:
                break
            if later.at is not None:
                next_at = later.at
                break
            between += later.minutes or 0.0
        if next_at is not None:
            gap = next_at - block.at - between
            if stated is None and gap > 0:
                block.minutes = float(gap)
                block.entry.shape = block.entry.shape.replace("start time", "start time "
                                                              "(length to the next time)")
            elif stated is not None and stated - gap > 0.01 and gap > 0:
                plan.warn(block.entry.line,
                    f'"{block.title}": {format_minutes(stated)} min would run past the next '
                    f"time ({format_clock(next_at)}); shortened to {format_minutes(gap)} min")
                block.minutes = float(gap)
        elif stated is None:
            end = _span_end(plan, block)
            if end is not None and end > block.at:
                block.minutes = float(end - block.at)
                block.until = end
    for block in blocks:
        if block.minutes is None and block.steps:
            block.minutes = sum(minutes for _title, minutes, _line in block.steps)
            plan.recognised.append((block.entry.line,
                                    f'length of "{block.title}" from its steps'))
        if block.minutes is not None and not _good_minutes(block.minutes):
            block.minutes = None


def _anchor(plan: _Plan) -> int | None:
    """Keep clock times on the first day where they fit; elsewhere keep them as notes."""
    blocks = plan.blocks
    start: int | None = None
    cursor: float | None = None
    for block in blocks:
        if block.at is not None and (block.day != 0 or block.minutes is None):
            end = block.at + (block.minutes or 0)
            block.clock_note = format_clock(block.at) + (
                f"-{format_clock(end)}" if block.minutes else "")
            block.at = None
            block.until = None
        if block.at is not None:
            if cursor is None:
                before = sum(b.minutes or 0 for b in blocks[:blocks.index(block)])
                start = block.at - int(round(before)) if block.at >= before else None
                cursor = float(block.at)
            elif block.at < cursor - 0.01:
                plan.warn(block.entry.line,
                    f'"{block.title}": {format_clock(block.at)} overlaps the block before it; '
                    f"the clock time is kept in its notes")
                block.clock_note = format_clock(block.at)
                block.at = None
                block.until = None
            else:
                cursor = float(block.at)
        if cursor is not None:
            cursor += block.minutes or 0
    return start


# --------------------------------------------------------------------------- result


def _slides_text(slides: Any) -> str:
    if isinstance(slides, list):
        return ", ".join(str(s) for s in slides)
    return str(slides)


def _round(minutes: float) -> int | float:
    return format_minutes(minutes)


def _language(texts: Iterable[str]) -> str:
    joined = " ".join(texts)
    return "en" if len(_ENGLISH.findall(joined)) > len(_NORDIC.findall(joined)) else "da"


def _choose_title(plan: _Plan, source: str, title: str | None, language: str
                  ) -> tuple[str, _Entry | None]:
    chosen: _Entry | None = None
    headings = [(e, g) for e, g in plan.title_candidates if e.role in ("heading", "clock")
                or e.level]
    for entry, generic in headings:
        if not generic and entry.title:
            chosen = entry
            break
    if chosen is None and headings and headings[0][0].title:
        chosen = headings[0][0]
    if chosen is None:
        texts = [e for e, _g in plan.title_candidates if e.role == "text" and e.title]
        first = texts[0] if texts else None
        if first is not None and len(first.title) <= 80 and first is plan.title_candidates[0][0]:
            chosen = first
    if title is not None and title.strip():
        return _clean_title(title) or title.strip(), chosen
    if chosen is not None:
        return chosen.title, chosen
    stem = PurePath(source).stem if source and not source.startswith("<") else ""
    stem = re.sub(r"[-_]+", " ", stem).strip()
    if stem and stem != "-":
        return stem[:1].upper() + stem[1:], None
    return ("Programme" if language == "en" else "Program"), None


def _draft_mapping(block: _Draft, language: str, number: int) -> dict[str, Any]:
    title = block.title or (f"Item {number}" if language == "en" else f"Punkt {number}")
    mapping: dict[str, Any] = {"title": title}
    if block.at is not None:
        mapping["at"] = format_clock(block.at)
        if block.until is not None and block.minutes is not None \
                and abs(block.until - block.at - block.minutes) < 0.01:
            mapping["until"] = format_clock(block.until)
    if block.minutes is not None and "until" not in mapping:
        mapping["minutes"] = _round(block.minutes)
    if block.low is not None and block.minutes is not None and block.low < block.minutes:
        mapping["min_minutes"] = _round(block.low)
    if block.slides is not None:
        mapping["slides"] = block.slides
    notes_text = " ".join(n.text for n in block.notes)
    mapping["kind"] = "other" if block.divider else _guess_kind(title, notes_text)
    notes = [n.text for n in block.notes if n.text]
    if block.clock_note:
        notes.insert(0, block.clock_note)
    if notes:
        mapping["notes"] = "\n".join(notes)
    steps = [{"title": t or f"Step {i}", "minutes": _round(m)}
             for i, (t, m, _line) in enumerate(block.steps, start=1) if _good_minutes(m)]
    if steps:
        mapping["steps"] = steps
    return mapping


def _add_days(plan: _Plan) -> None:
    if len({b.day for b in plan.blocks}) < 2:
        return
    headings = {day.day: day for day in plan.days}
    blocks: list[_Draft] = []
    for block in plan.blocks:
        day = headings.pop(block.day, None)
        if day is not None:
            blocks.append(_Draft(entry=day, index=block.index, day=block.day, title=day.title,
                                 minutes=None, low=None, at=None, until=None, slides=None,
                                 divider=True))
        blocks.append(block)
    plan.blocks[:] = blocks


def _check_totals(plan: _Plan, offsets: dict[int, tuple[float, float]]) -> None:
    """Compare each stated length with the planned time of the blocks it covers."""
    positions = [b.index for b in plan.blocks]  # in document order
    for section in plan.sections:
        if section.minutes is None:
            continue
        first = bisect.bisect_left(positions, section.start)
        last = bisect.bisect_left(positions, section.end)
        by_day: dict[int, list[_Draft]] = {}
        for block in plan.blocks[first:last]:
            if not block.divider:
                by_day.setdefault(block.day, []).append(block)
        if not by_day:
            continue
        # Each day counts from its first block to its last; the nights between do not.
        planned = sum(offsets[id(day[-1])][1] - offsets[id(day[0])][0]
                      for day in by_day.values())
        stated = section.minutes
        what = f"stated length {format_minutes(stated)} min"
        if section.length_text:
            what += f" ({section.length_text.strip()})"
        if abs(planned - stated) > 0.5:
            plan.warn(section.line,
                      f"{what}, but the blocks add up to {format_minutes(planned)} min")
        else:
            plan.recognised.append((section.line, f"{what}; the blocks add up to it"))


def _offsets(blocks: Sequence[_Draft], start: int | None) -> dict[int, tuple[float, float]]:
    result: dict[int, tuple[float, float]] = {}
    cursor = 0.0
    day = None
    for block in blocks:
        if block.day != day:
            day, cursor = block.day, 0.0
        if block.at is not None and start is not None:
            cursor = max(cursor, float(block.at - start))
        result[id(block)] = (cursor, cursor + (block.minutes or 0))
        cursor += block.minutes or 0
    return result


def _report_block(number: int, block: _Draft, written: Block) -> str:
    if block.divider:
        return f'day {number} "{written.title}"'
    text = f'block {number} "{written.title}"'
    if written.at is not None:
        text += f" at {format_clock(written.at)}"
    text += f" {format_minutes(written.minutes)} min" if written.minutes else " untimed"
    if written.slides is not None:
        plural = "s" if len(written.slides.slides) > 1 else ""
        text += f" (slide{plural} {written.slides})"
    if written.steps:
        text += f", {len(written.steps)} step{'s' if len(written.steps) != 1 else ''}"
    return f"{text} [{block.entry.shape}]"


_BLOCK_WARNING = re.compile(r'^block (\d+)( "[^"]*")?:')


def _finish(plan: _Plan, source: str, title: str | None) -> ImportResult:
    start = _schedule(plan)
    if not any(b.minutes for b in plan.blocks):
        raise ProgrammeImportError(
            "found nothing timed: no lengths like \"10 min\" or \"Tid: 10 min.\" and no clock "
            "times like \"09:00-09:15\" or \"Kl. 13.00\"", source)
    _add_days(plan)
    language = _language(plan.texts)
    programme_title, title_entry = _choose_title(plan, source, title, language)
    if title_entry is not None:
        plan.recognised.append((title_entry.line, f'title "{programme_title}"'))
    programme_notes = [n for n in plan.notes
                       if not (title_entry is not None and n.line == title_entry.line)]
    programme_notes.extend(_footer(plan.blocks[-1]) if plan.blocks else [])
    if len(plan.days) == 1:
        day = plan.days[0]
        programme_notes.insert(0, _Note(day.line, _plain(day.text), False))
        plan.recognised.append((day.line, f'day "{day.title}"'))

    mapping: dict[str, Any] = {"title": programme_title}
    dates = {d.date for d in plan.days if d.date}
    if len(dates) == 1 and len(plan.days) == 1:
        mapping["date"] = dates.pop()
    if start is not None and any(b.at is not None for b in plan.blocks):
        mapping["start"] = format_clock(start)
    mapping["language"] = language
    notes = "\n".join(n.text for n in programme_notes if n.text)
    if notes:
        mapping["notes"] = notes
    mapping["blocks"] = [_draft_mapping(b, language, i)
                         for i, b in enumerate(plan.blocks, start=1)]
    _check_totals(plan, _offsets(plan.blocks, start))

    warnings = list(plan.warnings)
    warnings.extend(_unplaced(programme_notes, "the programme's notes", source))
    for number, block in enumerate(plan.blocks, start=1):
        warnings.extend(_unplaced(block.notes, f'the notes of block {number} "{block.title}"',
                                  source))
    agenda = _validate(mapping, source, warnings)
    warnings.extend(_located(agenda, plan.blocks))
    warnings.sort(key=lambda d: d.line or 0)
    recognised = list(plan.recognised)
    for number, (block, written) in enumerate(zip(plan.blocks, agenda.blocks, strict=True),
                                              start=1):
        recognised.append((block.entry.line, _report_block(number, block, written)))
    recognised.sort(key=lambda item: item[0])
    return ImportResult(mapping=mapping, agenda=agenda,
                        recognised=tuple(f"line {line}: {text}" for line, text in recognised),
                        warnings=tuple(warnings))


def _located(agenda: Agenda, blocks: Sequence[_Draft]) -> list[Diagnostic]:
    """The validator's warnings, pointing at the lines of the text the blocks came from."""
    located = []
    for diagnostic in agenda.warnings:
        match = _BLOCK_WARNING.match(diagnostic.message)
        block = blocks[int(match.group(1)) - 1] if match else None
        if block is not None and block.divider and "untimed" in diagnostic.message:
            continue  # a day heading takes no time, as everyone knows
        located.append(Diagnostic(diagnostic.message, agenda.source,
                                  block.entry.line if block else None, None, "warning"))
    return located


_CONTACT = re.compile(r"@|https?://|www\.|\b(?:tlf|tel|phone|telefon|mobil)\b|\d{8}"
                      r"|\d{2} \d{2} \d{2} \d{2}", re.IGNORECASE)


def _footer(block: _Draft) -> list[_Note]:
    """Contact lines at the very end belong to the whole programme, not its last block."""
    footer: list[_Note] = []
    while block.notes and block.notes[-1].warn and _CONTACT.search(block.notes[-1].text):
        footer.insert(0, block.notes.pop())
    return footer


def _unplaced(notes: Sequence[_Note], where: str, source: str) -> list[Diagnostic]:
    """One warning per run of lines that were not understood and went into notes."""
    runs: list[list[_Note]] = []
    for note in notes:
        if not note.warn:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(note)
        else:
            runs.append([note])
    warnings = []
    for run in (r for r in runs if r):
        first, last = run[0], run[-1]
        if len(run) == 1:
            message = f"not understood; kept in {where}: {_quote(first.text)}"
        else:
            message = (f"{len(run)} lines not understood (lines {first.line}-{last.line}); "
                       f"kept in {where}, starting {_quote(first.text)}")
        warnings.append(Diagnostic(message, source, first.line, None, "warning"))
    return warnings


def _quote(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    return repr(text if len(text) <= 70 else text[:67] + "...")


def _validate(mapping: dict[str, Any], source: str, warnings: list[Diagnostic]) -> Agenda:
    try:
        return agenda_from_mapping(mapping, source=source)
    except AgendaError as first:
        # Clock times that still do not fit are kept as notes rather than lost.
        for block in mapping["blocks"]:
            at, until = block.pop("at", None), block.pop("until", None)
            if at is not None:
                block.setdefault("notes", "")
                block["notes"] = (f"{at}-{until}" if until else at) + (
                    "\n" + block["notes"] if block["notes"] else "")
            if until is not None and "minutes" not in block:
                block["minutes"] = _round(_clock_minutes(until) - _clock_minutes(at or until))
                if block["minutes"] <= 0:
                    del block["minutes"]
        mapping.pop("start", None)
        reason = first.diagnostics[0].message
        warnings.append(Diagnostic(f"clock times do not fit together ({reason}); they are "
                                   f"kept in the notes", source, None, None, "warning"))
        try:
            return agenda_from_mapping(mapping, source=source)
        except AgendaError as second:
            raise ProgrammeImportError(f"could not make a valid programme: {second}",
                                       source) from None


def _clock_minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


# --------------------------------------------------------------------------- YAML


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
_BLOCK_ORDER = ("title", "at", "until", "minutes", "min_minutes", "max_minutes", "slides",
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


def _styled_block(block: dict[str, Any], text: Callable[[Any], Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in _BLOCK_ORDER:
        if key not in block:
            continue
        value = block[key]
        if key == "steps":
            value = [_Flow(title=_Quoted(s["title"]), minutes=s["minutes"]) for s in value]
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
