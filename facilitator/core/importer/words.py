"""The importer's vocabulary: the words and patterns of lengths, clock times, slides,
dates, headings, lists, kinds of block and languages, in Danish, Norwegian, Swedish and
English.

Only compiled patterns and word tables live here, no logic; every other module of the
importer reads them. A new way of writing a length, a clock time or a kind of block is
usually a new word in this file.
"""

from __future__ import annotations

import re

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
    # Lengths written as one word with a hyphen: "a 3-hour session", "en 2-timers workshop",
    # "ett 90-minuters möte".
    (re.compile(r"(?<![\d.,/])(\d{1,2}(?:[.,]\d)?|\d?\s?½)\s?-\s?(?:hours?|hrs?)\b",
                re.IGNORECASE), r"\1 hours"),
    (re.compile(r"(?<![\d.,/])(\d{1,2}(?:[.,]\d)?|\d?\s?½)\s?-\s?(?:timers?|times|timars|timmars?"
                r"|timmes|tim)\b", re.IGNORECASE), r"\1 timer"),
    (re.compile(r"(?<![\d.,/])(\d{1,3})\s?-\s?(?:minutes?|minutters?|minuters?|minutts?|min)\b",
                re.IGNORECASE), r"\1 min"),
)

# How a title states the whole's length: in brackets ("Workshop (2 timer)") or led in by a
# word ("a 3 hours session", "program på 1 1/2 time", "möte om 2 timmar").
_TOTAL_PHRASE = re.compile(
    rf"[(\[]\s*{_APPROX}{_NUM}\s*{_HOUR_UNIT}\.?{_NB}[^()\[\]]*[)\]]"
    rf"|(?<![{_LETTER}])(?:på|of|a|an|en|et|ett|ei|i|in|om|over|över|for|för|lasting|varer)"
    rf"\s+{_APPROX}{_NUM}\s*{_HOUR_UNIT}\.?{_NB}",
    re.IGNORECASE)

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

# A line that says when the programme ends, and nothing else: "Slut kl. 15", "Dagen slutter
# kl. 15.00", "Ends at 3 pm", "Mötet slutar 15.30". What follows these words must be a clock.
_END_STATEMENT = re.compile(
    r"^(?:(?:dagen|mødet|møtet|mötet|programmet|kurset|kursusdagen|temadagen|seminaret"
    r"|seminariet|workshoppen|the\s+day|the\s+meeting|the\s+session|the\s+workshop"
    r"|the\s+programme|the\s+program|we|vi)\s+)?"
    r"(?:slut(?:ter|tid|ar|t)?|ends?|ending|finish(?:es)?|closes?|afsluttes|avsluttes|avslutas"
    r"|sluttar|end\s+time)"
    r"(?:\s+(?:at|by|around|senest|ca\.?|cirka|omkring|ungefär|omtrent|approx\.?"
    r"|approximately|about|efter|etter))*\s*[:.\-–]?\s*",
    re.IGNORECASE)

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

# An item that says it may not happen ("Evt. generalforsamling", "Optional: Q&A", "Fika
# (om tid finns)") takes no share of a stated length when minutes are proposed.
_OPTIONAL = re.compile(
    r"^(?:evt\.?|eventuel{1,2}t(?=\s+\S)|ev\.|optional(?:ly)?|possibly|if\s+time(?:\s+allows)?"
    r"|valgfri(?:t|tt)?|frivillig(?:t)?|ved\s+behov|vid\s+behov|om\s+tid\s+finns"
    rf"|hvis\s+tiden\s+tillader|hvis\s+tiden\s+tillater|om\s+tiden\s+räcker)(?![{_LETTER}])"
    r"|[(\[]\s*(?:evt\.?|eventuelt|eventuellt|optional|if\s+time(?:\s+allows)?|valgfri(?:t|tt)?"
    r"|frivillig(?:t)?|ved\s+behov|vid\s+behov|om\s+tid\s+finns|hvis\s+tiden\s+tillader"
    r"|hvis\s+tiden\s+tillater)\s*[)\]]",
    re.IGNORECASE)
