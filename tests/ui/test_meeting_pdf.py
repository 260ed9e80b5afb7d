"""The meeting's PDF: paginated by hand, the table kept together, and `report --format pdf`."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QPdfWriter
from PySide6.QtPdf import QPdfDocument

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import SessionJournal, read_session
from facilitator.core.report import build_report
from facilitator.ui.meeting_pdf import PAGE, lay_out_pdf
from facilitator.ui.review import chart_image, write_meeting
from tests.test_cli_journal import T0, add_session, run


def meeting(folder, count, finished=True, notes=False):
    """A meeting of `count` blocks, each run in turn; some titles and notes wrap."""
    agenda = agenda_from_mapping({"title": "Kursusdag", "blocks": [
        {"title": f"Punkt {n + 1}" + (" om økonomi, budget og regnskab" * (n % 3)),
         "minutes": 5 + n % 4} for n in range(count)]})
    journal = SessionJournal.create(folder, agenda, now=T0)

    def add(seconds, kind, block, **data):
        journal.append({"t": (T0 + timedelta(seconds=seconds)).isoformat(),
                        "elapsed": float(seconds), "type": kind, "block": block, **data})

    add(0, "start", 0)
    for n in range(count):
        add(n * 400, "block_start", n, reason="next")
        if notes and n % 4 == 0:
            add(n * 400 + 5, "note", n, text="Lang drøftelse af sagen, " * 6,
                reason="discussion")
    add(count * 400, "finish" if finished else "note", count - 1, text="slut")
    journal.close()
    return build_report(read_session(journal.path))


@pytest.fixture
def device(tmp_path):
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(72)
    writer.setPageSize(PAGE)
    return writer


@pytest.mark.parametrize("notes", [False, True])
def test_the_total_row_never_stands_alone_and_every_row_is_placed_once(tmp_path, device,
                                                                       notes):
    moved = 0
    for count in range(1, 61):
        folder = tmp_path / f"{count}-{notes}"
        report = meeting(folder, count, notes=notes)
        pages = lay_out_pdf(report, "da", device, chart_image(report, 62, 40))
        placed = [row for page in pages for row in page.rows]
        assert [row.cells[0] for row in placed] == [str(n + 1) for n in range(count)] + [""]
        [last] = [page for page in pages if page.rows and page.rows[-1].kind == "total"]
        assert len(last.rows) >= 2, f"{count} blocks: the total row alone on a page"
        assert all(page.rows for page in pages[1:])  # no page without table rows after the first
        if len(last.rows) == 2 and len(pages) > 1 and pages[-2].rows:
            moved += 1  # the last block went over with the total
    assert moved, "no case tried had the total at a page break"


def test_the_pdf_keeps_the_table_together_and_numbers_its_pages(qapp, tmp_path):
    report = meeting(tmp_path, 34, notes=True)
    target = tmp_path / "meeting.pdf"
    write_meeting(report, target, "da")
    document = QPdfDocument()
    document.load(str(target))
    assert document.status() == QPdfDocument.Status.Ready
    pages = document.pageCount()
    assert pages >= 2
    texts = [document.getAllText(n).text() for n in range(pages)]
    for number, text in enumerate(texts, start=1):
        assert f"Side {number} af {pages}" in text
        assert "Lavet af facilitator" in text
    assert texts[0].startswith("Tidsrapport")
    [with_total] = [text for text in texts if "I alt" in text]
    assert "Punkt 34" in with_total
    # The header row is repeated on every page the table continues on.
    assert sum("Nr." in text and "Planlagt" in text for text in texts) >= 2


def test_a_running_meeting_s_pdf_says_to_come_and_so_far(qapp, tmp_path):
    report = meeting(tmp_path, 4, finished=False)
    pages = lay_out_pdf(report, "en", QPdfWriter(str(tmp_path / "m.pdf")))
    rows = [row for page in pages for row in page.rows]
    assert [row.kind for row in rows] == ["done", "done", "done", "running", "total"]
    assert rows[-1].cells[1] == "Total so far"
    report = build_report(read_session(add_session(tmp_path / "half", "Halvt", T0,
                                                   finished=False)))
    rows = [row for page in lay_out_pdf(report, "da", QPdfWriter(str(tmp_path / "h.pdf")))
            for row in page.rows]
    assert rows[1].cells[1].endswith("(i gang)") and rows[-1].cells[1] == "I alt indtil nu"


# --------------------------------------------------------------------------- report --format pdf


def test_report_format_pdf_writes_the_pdf(qapp, tmp_path, translators_restored):
    # The command installs the report language's catalogue in the one test app.
    add_session(tmp_path, "Klyngemøde", T0, session_id="aaaa1111")
    target = tmp_path / "rapport.pdf"
    code, out, err = run("report", "--format", "pdf", "-o", str(target),
                         "--data-dir", str(tmp_path), "--lang", "da")
    assert code == 0, err
    assert out == "" and "rapport.pdf: skrev pdf-rapporten om" in err
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0  # only the user reads it
    document = QPdfDocument()
    document.load(str(target))
    assert "Klyngemøde" in document.getAllText(0).text()
    # -o FILE.pdf alone is enough; without -o there is nowhere to put a PDF.
    other = tmp_path / "igen.pdf"
    assert run("report", "-o", str(other), "--data-dir", str(tmp_path))[0] == 0
    assert other.read_bytes().startswith(b"%PDF")
    code, out, err = run("report", "--format", "pdf", "--data-dir", str(tmp_path),
                         "--lang", "en")
    assert code == 2 and out == "" and "--format pdf needs -o FILE" in err
