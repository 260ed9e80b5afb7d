"""Opening a programme: a YAML file, a text or Markdown file through the importer, or the
bundled klyngemøde; with the digest that tells a resumed meeting its programme."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .core.agenda import Agenda, AgendaError, Diagnostic
from .core.agenda_load import load_agenda, load_agenda_text
from .core.digest import sha256_hex
from .core.messages import message, os_reason

__all__ = ["IMPORTABLE", "LoadedProgramme", "load_programme"]

IMPORTABLE = (".txt", ".md", ".markdown", ".text")


@dataclass(frozen=True)
class LoadedProgramme:
    agenda: Agenda
    source: str
    sha256: str
    imported: bool = False


def load_programme(path: Path | None) -> LoadedProgramme:
    """A programme file, or the bundled klyngemøde; text and Markdown go through the importer."""
    if path is None:
        from .resources import DEFAULT_AGENDA, bundled_agenda

        entry = bundled_agenda()
        raw = entry.read_bytes()
        agenda = load_agenda_text(raw.decode("utf-8"), source=f"<bundled>/{DEFAULT_AGENDA}")
        return LoadedProgramme(
            agenda, f"<bundled>/{DEFAULT_AGENDA}", sha256_hex(raw)
        )
    if path.suffix.lower() in IMPORTABLE:
        from .core.importer import ProgrammeImportError, import_text

        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8-sig")
        except OSError as exc:
            raise AgendaError([_diagnostic(path, message("cannot_read",
                                                         why=os_reason(exc)))]) from None
        except UnicodeDecodeError:
            raise AgendaError(
                [_diagnostic(path, message("not_utf8"))]
            ) from None
        try:
            result = import_text(text, source=str(path))
        except ProgrammeImportError as exc:
            raise AgendaError([_diagnostic(path, exc.message)]) from None
        return LoadedProgramme(result.agenda, str(path), sha256_hex(raw), True)
    agenda = load_agenda(path)
    try:
        digest = sha256_hex(path.read_bytes())
    except OSError:
        digest = ""
    return LoadedProgramme(agenda, str(path), digest)


def _diagnostic(path: Path, message: str) -> Diagnostic:
    return Diagnostic(message, str(path))
