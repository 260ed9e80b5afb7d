"""The words the window makes up for a programme (its blocks' kinds, "untimed"), in its language.

A programme that states its `language:` gets these words in that language,
whatever the interface speaks: a Danish klyngemøde on an English desktop says
"Gruppearbejde" and "uden tid" under English buttons. A programme that does
not state it follows the interface. The interface's own words (buttons,
"minutes behind", menus) always follow the interface.

The words live once in the catalogue, in the context "ProgrammeWords": the
interface's installed catalogue renders them for a programme without a
language (and for the preferences), and the programme's language's catalogue,
loaded here without being installed, for one that states it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QTranslator

from ..core.agenda import Agenda, BlockKind
from ..resources import i18n_dir

__all__ = ["CONTEXT", "ProgrammeWords", "programme_words", "interface_words"]

CONTEXT = "ProgrammeWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark *text* for the translation catalogue; it is translated when shown."""
    return text


_KINDS: dict[BlockKind, str] = {
    BlockKind.TALK: QT_TRANSLATE_NOOP("ProgrammeWords", "Talk"),
    BlockKind.VIDEO: QT_TRANSLATE_NOOP("ProgrammeWords", "Video"),
    BlockKind.GROUP: QT_TRANSLATE_NOOP("ProgrammeWords", "Group work"),
    BlockKind.PLENARY: QT_TRANSLATE_NOOP("ProgrammeWords", "Plenary"),
    BlockKind.BREAK: QT_TRANSLATE_NOOP("ProgrammeWords", "Break"),
    BlockKind.OTHER: QT_TRANSLATE_NOOP("ProgrammeWords", "Item"),
}
_UNTIMED = QT_TRANSLATE_NOOP("ProgrammeWords", "untimed")


class ProgrammeWords:
    """A programme's words through one translator (source text in, its rendering or "" out)."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        self._translate = translate

    def _say(self, source: str) -> str:
        return self._translate(source) or source

    def kind(self, kind: BlockKind) -> str:
        """'Gruppearbejde' / 'Group work'."""
        return self._say(_KINDS[kind])

    def untimed(self) -> str:
        """A block's length when it has none: 'uden tid' / 'untimed'."""
        return self._say(_UNTIMED)


def interface_words() -> ProgrammeWords:
    """The words in the interface's language (the application's installed catalogue)."""
    return ProgrammeWords(lambda source: QCoreApplication.translate(CONTEXT, source) or "")


@cache
def _catalogue(language: str) -> QTranslator | None:
    # Loaded once per language and never installed, so the interface keeps its own.
    translator = QTranslator()
    with i18n_dir() as folder:
        loaded = translator.load(str(folder / f"facilitator_{language}.qm"))
    return translator if loaded else None


def programme_words(agenda: Agenda | None) -> ProgrammeWords:
    """The words for *agenda*: in its stated language, else in the interface's."""
    language = agenda.language if agenda is not None else None
    if language is None:
        return interface_words()
    translator = _catalogue(language)
    if translator is None:  # no catalogue for it: the source words, English
        return ProgrammeWords(lambda source: "")
    return ProgrammeWords(lambda source: translator.translate(CONTEXT, source) or "")
