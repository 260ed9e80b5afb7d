"""Read a programme written as a document (a guide, clock times, Markdown) into the YAML format.

`import_text` is the face of the importer; it runs the layers below in order. Each
module imports only modules above it in this list (no cycles):

1. `words`: the vocabulary and patterns (lengths, clocks, slides, dates, kinds).
2. `pieces`: reading a line's pieces (lengths, clocks, slides, dates, titles, steps).
3. `lines`: splitting the text into lines; the entry each line is recognised as.
4. `shapes`: recognising a line's shape, one small function per shape.
5. `merge`: joining clock times, titles, lengths and slides across lines.
6. `plan`: the draft blocks, sections and plan being assembled.
7. `scope`: sections and containers (timed headings and spans that hold blocks).
8. `builder`: assembling blocks and steps from the recognised lines.
9. `propose`: sharing a stated length out among items that have none (a proposal).
10. `schedule`: lengths and the start from clock times, day by day.
11. `yaml_out`: writing the programme as readable YAML.
12. `result`: `ImportResult` and `ProgrammeImportError`.
13. `report`: the mapping, validation, the trace of what was recognised, warnings.
"""

from __future__ import annotations

from ..agenda_load import MAX_FILE_BYTES
from ..messages import message
from .builder import _Builder
from .lines import _is_tab_table, _split_lines
from .merge import _merge
from .report import _finish
from .result import ImportResult, ProgrammeImportError
from .shapes import _Context, _recognise

__all__ = ["ImportResult", "ProgrammeImportError", "import_text"]


def import_text(text: str, source: str = "<text>", title: str | None = None) -> ImportResult:
    """Read a programme from text or Markdown; raise ProgrammeImportError if none is there."""
    if not isinstance(text, str):
        raise ProgrammeImportError(message("import_expected_text", got=type(text).__name__),
                                   source)
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ProgrammeImportError(
            message("import_text_too_large", max=MAX_FILE_BYTES // 1024), source)
    lines = _split_lines(text)
    context = _Context(tab_table=_is_tab_table(lines))
    entries = [_recognise(line, context) for line in lines]
    _merge(entries)
    plan = _Builder(entries, source).build()
    return _finish(plan, source, title)
