"""The command line's own words in Danish and English (the reports carry their own)."""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["say", "language_for", "MESSAGES"]

MESSAGES: dict[str, dict[str, str]] = {
    "ok": {"en": '{name}: ok: "{title}", {blocks} blocks, {minutes} min',
           "da": '{name}: ok: "{title}", {blocks} blokke, {minutes} min.'},
    "no_file": {"en": "{name}: error: no such file", "da": "{name}: fejl: filen findes ikke"},
    "not_utf8": {"en": "{name}: error: not UTF-8 text; save the file as UTF-8",
                 "da": "{name}: fejl: ikke UTF-8-tekst; gem filen som UTF-8"},
    "cannot_read": {"en": "{name}: error: cannot read: {why}",
                    "da": "{name}: fejl: kan ikke læses: {why}"},
    "cannot_write": {"en": "{name}: error: cannot write: {why}",
                     "da": "{name}: fejl: kan ikke skrives: {why}"},
    "exists": {"en": "{name}: error: exists; use --force to overwrite",
               "da": "{name}: fejl: findes allerede; brug --force for at overskrive"},
    "wrote_programme": {"en": '{name}: wrote "{title}", {blocks} blocks, {minutes} min',
                        "da": '{name}: skrev "{title}", {blocks} blokke, {minutes} min.'},
    "no_sessions": {"en": "no sessions yet in {folder}",
                    "da": "ingen møder logget endnu i {folder}"},
    "no_display": {
        "en": "facilitator: cannot open a window: there is no display (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set).\nStart it from a desktop session; for automated runs "
              "choose a platform: --platform offscreen",
        "da": "facilitator: kan ikke åbne et vindue: der er ingen skærm (hverken DISPLAY eller "
              "WAYLAND_DISPLAY er sat).\nStart programmet fra skrivebordet; vælg en platform til "
              "automatiske kørsler: --platform offscreen"},
    "missing_libraries": {
        "en": "facilitator: cannot open a window: Qt's X11 platform plugin needs system "
              "libraries that are missing: {libraries}",
        "da": "facilitator: kan ikke åbne et vindue: Qt's X11-platformmodul mangler disse "
              "systembiblioteker: {libraries}"},
    "install_them": {"en": "Install them, then start facilitator again:",
                     "da": "Installér dem, og start facilitator igen:"},
    "install_unknown": {
        "en": "Install the packages that provide them with your system's package manager.",
        "da": "Installér de pakker, der indeholder dem, med systemets pakkeværktøj."},
    "wrote_report": {"en": "{name}: wrote the {fmt} report on {session}",
                     "da": "{name}: skrev {fmt}-rapporten om {session}"},
}


def language_for(choice: str | None, env: Mapping[str, str] | None = None) -> str:
    """`--lang` if given, else Danish for a Danish locale and English otherwise."""
    if choice:
        return choice
    env = os.environ if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(variable, "")
        if value:
            # LANGUAGE may list several ("da:en"); the first one is preferred.
            return "da" if value.split(":")[0].lower().startswith("da") else "en"
    return "en"


def say(key: str, lang: str, **values: object) -> str:
    texts = MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**values)
