"""Core's errors and warnings in Danish and English, rendered in one place (messages_text.py)."""

from __future__ import annotations

import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from io import StringIO
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from facilitator.cli import main
from facilitator.core.agenda import AgendaError
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.agenda_load import load_agenda, load_agenda_text
from facilitator.core.messages import ENGLISH, PLURALS, Message, message
from facilitator.messages_text import CONTEXT, SOURCES, for_language, installed
from facilitator.ui.i18n import install_translators

from .fakes import CannedAsker

ROOT = Path(__file__).resolve().parents[2]
DANISH = ROOT / "assets" / "i18n" / "facilitator_da.ts"

BROKEN = """\
title: Møde
blocks:
  - title: A
    minutes: -5
  - title: B
    minutes: 10
    kind: brek
"""


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def danish_catalogue() -> dict[str, list[str]]:
    """CoreMessages source -> its finished Danish text(s)."""
    found: dict[str, list[str]] = {}
    for context in ET.parse(DANISH).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if all(t.strip() for t in texts):
                found[entry.findtext("source") or ""] = texts
    return found


def test_every_core_message_has_its_source_text_here():
    assert SOURCES == {code: text for code, text in ENGLISH.items() if code not in PLURALS}


def test_every_core_message_has_a_danish_rendering_with_the_same_values():
    catalogue = danish_catalogue()
    missing = [code for code, text in ENGLISH.items() if text not in catalogue]
    assert missing == [], f"core messages without Danish in {DANISH.name}: {missing}"
    for code, text in ENGLISH.items():
        for danish in catalogue[text]:
            assert fields(danish) == fields(text), (code, danish)
    for code in PLURALS:
        assert len(catalogue[ENGLISH[code]]) == 2, f"{code} needs Danish singular and plural"
        assert "%n" in ENGLISH[code], f"{code} is counted: its source says %n"


def test_every_code_core_uses_is_known():
    used = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        used |= set(re.findall(r'\bmessage\(\s*"(\w+)"', path.read_text(encoding="utf-8")))
    assert used, "no message codes found: the scan is broken"
    assert used - set(ENGLISH) == set()


def test_a_message_is_its_english_sentence_with_a_code():
    block = message("block_titled", number=1, title="A")
    error = message("positive_number", what=block, key="minutes", got="-5")
    assert error == 'block 1 "A": minutes must be a positive number, got -5'
    assert isinstance(error, str) and error.code == "positive_number"
    assert error.values["what"].code == "block_titled"


def test_danish_renders_nested_messages():
    text = for_language("da")
    error = message("positive_number", what=message("block_titled", number=1, title="A"),
                    key="minutes", got="-5")
    assert text(error) == 'punkt 1 "A": minutes skal være et positivt tal, men er -5'
    assert for_language("en")(error) == str(error)
    assert text("plain text stays") == "plain text stays"


def test_danish_diagnostics_keep_file_line_and_column():
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(BROKEN, source="p.yaml")
    english = [str(d) for d in caught.value.diagnostics]
    danish = [for_language("da").diagnostic(d) for d in caught.value.diagnostics]
    assert english[0] == ('p.yaml:4:14: error: block 1 "A": '
                          "minutes must be a positive number, got -5")
    assert danish[0] == ('p.yaml:4:14: fejl: punkt 1 "A": '
                         "minutes skal være et positivt tal, men er -5")
    assert [d.split(": ")[0] for d in danish] == [e.split(": ")[0] for e in english]


def test_a_warning_is_danish_too():
    agenda = agenda_from_mapping({"title": "M", "blocks": [
        {"title": "Velkomst", "minutes": 5}, {"title": "Kaffe"}]}, source="m.yaml")
    [warning] = agenda.warnings
    assert for_language("da").diagnostic(warning) == (
        'm.yaml: advarsel: punkt 2 "Kaffe": punkt uden tid (ingen minutes); det beholdes, '
        "men får ingen planlagt tid")


@pytest.mark.parametrize("argv", [["--lang", "da", "check"], ["check", "--lang", "da"]])
def test_check_speaks_danish_with_the_same_location_and_exit_code(tmp_path, argv):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    out, err = StringIO(), StringIO()
    assert main([*argv, str(broken)], out, err) == 1
    lines = err.getvalue().splitlines()
    assert lines == [
        f'{broken}:4:14: fejl: punkt 1 "A": minutes skal være et positivt tal, men er -5',
        f"{broken}:7:11: fejl: punkt 2 \"B\": kind skal være en af talk, video, group, "
        f"plenary, break, other, men er 'brek' (mente du \"break\"?)",
    ]
    english = StringIO()
    assert main(["--lang", "en", "check", str(broken)], StringIO(), english) == 1
    assert [line.split(": ")[0] for line in english.getvalue().splitlines()] == \
        [line.split(": ")[0] for line in lines]


def test_the_installed_command_speaks_danish(tmp_path):
    """The real process, as a facilitator types it, before and after the subcommand."""
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    for argv in (["--lang", "da", "check", str(broken)], ["check", "--lang", "da", str(broken)]):
        done = subprocess.run([sys.executable, "-m", "facilitator", *argv], capture_output=True,
                              text=True, env=env, timeout=60)
        assert done.returncode == 1
        assert done.stderr.splitlines()[0] == (
            f'{broken}:4:14: fejl: punkt 1 "A": minutes skal være et positivt tal, men er -5')


def test_the_danish_locale_chooses_danish_without_lang(tmp_path, monkeypatch):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    err = StringIO()
    assert main(["check", str(broken)], StringIO(), err) == 1
    assert "fejl: punkt 1" in err.getvalue()


def test_the_lang_after_the_subcommand_wins(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    err = StringIO()
    assert main(["--lang", "da", "check", "--lang", "en", str(broken)], StringIO(), err) == 1
    assert ": error: block 1" in err.getvalue()


@pytest.fixture
def danish(qapp):
    before = {id(t) for t in qapp.findChildren(QTranslator)}
    install_translators(qapp, "da")
    added = [t for t in qapp.findChildren(QTranslator) if id(t) not in before]
    yield
    for translator in added:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_installed_translator_renders_danish(danish):
    assert installed()(message("no_such_file")) == "filen findes ikke"


def test_the_window_says_why_a_programme_cannot_open_in_danish(qtbot, tmp_path, danish):
    from facilitator.core.clock import FakeClock
    from facilitator.core.engine import MeetingEngine
    from facilitator.settings import Settings
    from facilitator.ui.bridge import MeetingBridge
    from facilitator.ui.main_window import MainWindow, MeetingSession

    agenda = agenda_from_mapping({"title": "Møde", "blocks": [{"title": "A", "minutes": 5}]})
    session = MeetingSession(agenda, MeetingBridge(MeetingEngine(agenda, FakeClock())), "x",
                             lambda: "", lambda: None)
    asker = CannedAsker([])
    window = MainWindow(session, Settings(tmp_path / "s.json"),
                        lambda path: load_agenda(path) and session, asker=asker)
    qtbot.addWidget(window)
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    assert not window.open_programme(broken)
    [shown] = asker.informed
    assert shown.splitlines()[0] == (
        f'{broken}:4:14: fejl: punkt 1 "A": minutes skal være et positivt tal, men er -5')
    assert isinstance(message("nothing"), Message)


def test_the_window_says_why_the_log_could_not_be_made_in_danish(qtbot, tmp_path, danish):
    """A file system refusal on opening (the log's folder) is said in Danish too."""
    import errno

    from facilitator.core.clock import FakeClock
    from facilitator.core.engine import MeetingEngine
    from facilitator.settings import Settings
    from facilitator.ui.bridge import MeetingBridge
    from facilitator.ui.main_window import MainWindow, MeetingSession

    agenda = agenda_from_mapping({"title": "Møde", "blocks": [{"title": "A", "minutes": 5}]})
    session = MeetingSession(agenda, MeetingBridge(MeetingEngine(agenda, FakeClock())), "x",
                             lambda: "", lambda: None)
    asker = CannedAsker([])

    def refused(path):
        raise OSError(errno.EROFS, "Read-only file system")

    window = MainWindow(session, Settings(tmp_path / "s.json"), refused, asker=asker)
    qtbot.addWidget(window)
    assert not window.open_programme(tmp_path / "p.yaml")
    assert asker.informed == [f"{tmp_path / 'p.yaml'}: disken er skrivebeskyttet"]


@pytest.mark.parametrize(("name", "english", "danish"), [
    ("ENOENT", "no such file or folder", "filen eller mappen findes ikke"),
    ("EACCES", "permission denied", "adgang nægtet"),
    ("EISDIR", "is a folder", "er en mappe"),
    ("ENOSPC", "the disk is full", "disken er fuld"),
    ("EROFS", "the disk is read-only", "disken er skrivebeskyttet"),
])
def test_the_system_s_common_refusals_are_said_in_danish(name, english, danish):
    import errno

    from facilitator.core.messages import os_reason

    said = os_reason(OSError(getattr(errno, name), "the system's own words"))
    assert str(said) == english
    assert for_language("da")(said) == danish
    odd = os_reason(OSError(errno.EIO, "Input/output error"))  # else: the system's words
    assert odd == "Input/output error" and for_language("da")(odd) == odd


def test_a_log_moved_off_a_full_disk_says_why_in_danish(tmp_path):
    """The status bar's "Log moved to … (why)" renders the journal's reason in Danish."""
    import errno

    from facilitator.core.journal import _describe

    why = _describe(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert str(why) == f"the disk is full ({tmp_path})"
    assert for_language("da")(why) == f"disken er fuld ({tmp_path})"


def test_the_cli_says_why_it_cannot_read_or_write_in_danish(tmp_path):
    source = tmp_path / "p.txt"
    source.write_text("09:00-09:30 Velkomst\n", encoding="utf-8")
    err = StringIO()
    assert main(["--lang", "da", "import", str(source), "-o",
                 str(tmp_path / "no" / "p.yaml")], StringIO(), err) == 1
    assert err.getvalue().splitlines()[-1] == (
        f"{tmp_path / 'no' / 'p.yaml'}: fejl: kan ikke skrives: filen eller mappen findes ikke")
    err = StringIO()
    assert main(["--lang", "da", "import", str(tmp_path)], StringIO(), err) == 1
    assert err.getvalue() == f"{tmp_path}: fejl: kan ikke læses: er en mappe\n"
    err = StringIO()
    assert main(["import", "--lang", "en", str(tmp_path)], StringIO(), err) == 1
    assert err.getvalue() == f"{tmp_path}: error: cannot read: is a folder\n"


IMPORTED = """\
Klyngemøde
Samlet tid: 2 timer

17:00-17:10 Velkomst
Her er noget tekst som ikke forstås
og en linje mere uden mening
17:30 Kaffe 20 min
17:55-17:50 Afslutning
"""


def test_import_warnings_are_danish_at_the_same_lines(tmp_path):
    source = tmp_path / "p.txt"
    source.write_text(IMPORTED, encoding="utf-8")
    danish, english = StringIO(), StringIO()
    assert main(["--lang", "da", "import", str(source)], StringIO(), danish) == 0
    assert main(["import", "--lang", "en", str(source)], StringIO(), english) == 0
    warned = [line for line in danish.getvalue().splitlines() if ": advarsel: " in line]
    assert f"{source}:2: advarsel: den angivne længde er 120 min. (Samlet tid: 2 timer), " \
           f"men punkterne giver tilsammen 50 min." in warned
    assert any(line.startswith(f"{source}:8: advarsel: \"Afslutning\": slutter kl. 17:50")
               for line in warned)
    assert any("2 linjer ikke forstået (linje 5-6); gemt i noterne til punkt 1 \"Velkomst\""
               in line for line in warned)
    english_warned = [line for line in english.getvalue().splitlines() if ": warning: " in line]
    assert [line.split(": ")[0] for line in warned] == \
        [line.split(": ")[0] for line in english_warned]



def test_the_import_trace_is_danish_with_the_same_structure(tmp_path):
    """`facilitator --lang da import` says what each line became in Danish; the
    English trace is as it was, line for line."""
    source = tmp_path / "p.txt"
    source.write_text(IMPORTED, encoding="utf-8")
    danish, english = StringIO(), StringIO()
    assert main(["--lang", "da", "import", str(source)], StringIO(), danish) == 0
    assert main(["import", "--lang", "en", str(source)], StringIO(), english) == 0
    traced = [line for line in danish.getvalue().splitlines() if ": linje " in line]
    assert f'{source}: linje 1: titel "Klyngemøde"' in traced
    assert f'{source}: linje 4: punkt 1 "Velkomst" kl. 17:00 10 min. [tidsrum]' in traced
    assert f'{source}: linje 7: punkt 2 "Kaffe" kl. 17:30 20 min. [klokkeslæt og længde]' \
        in traced
    english_traced = [line for line in english.getvalue().splitlines() if ": line " in line]
    assert f'{source}: line 4: block 1 "Velkomst" at 17:00 10 min [clock range]' \
        in english_traced
    assert [line.split(": ")[1].split()[1] for line in traced] == \
        [line.split(": ")[1].split()[1] for line in english_traced]  # the same lines
    assert not any(": line " in line for line in danish.getvalue().splitlines())


def test_the_trace_counts_steps_and_names_shapes_in_danish():
    """Plural steps, slides, "uden tid" and a shape with its title below, rendered."""
    from facilitator.core.importer import import_text

    result = import_text("Dagsorden\n\n09:00-09:30\nVelkomst\n- Navne 10 min\n"
                         "- Mål 20 min\n09:30-09:45 Pause (slide 4)\n09:45-09:50 Tak 1 min\n")
    danish = [for_language("da")(line) for line in result.recognised]
    english = [str(line) for line in result.recognised]
    assert for_language("en")(result.recognised[0]) == english[0]
    assert any("2 trin" in line and "[tidsrum med titlen nedenunder]" in line
               for line in danish), danish
    assert any("2 steps" in line and "[clock range with title below]" in line
               for line in english), english
    assert any(line.endswith("(dias 4) [tidsrum]") for line in danish), danish
    one = import_text("09:00-09:30 Velkomst\n- Navne 30 min\n09:30-09:40 Tak\n").recognised[0]
    assert str(one).endswith(", 1 step [clock range]")
    assert for_language("en")(one) == str(one)
    assert for_language("da")(one).endswith("30 min., 1 trin [tidsrum]")


def test_could_not_make_a_valid_programme_lists_its_errors_in_danish():
    """The importer's last resort names the checker's errors, each on its line, in Danish."""
    from facilitator.core.importer import ProgrammeImportError
    from facilitator.core.importer.report import _validate

    mapping = {"title": "T", "blocks": [{"title": "A", "minutes": -5},
                                        {"title": "B", "kind": "grup", "minutes": 5}]}
    with pytest.raises(ProgrammeImportError) as caught:
        _validate(mapping, "p.txt", [])
    said = caught.value.message
    assert said == (
        'could not make a valid programme: p.txt: error: block 1 "A": minutes must be a '
        "positive number, got -5\n"
        'p.txt: error: block 2 "B": kind must be one of talk, video, group, plenary, '
        "break, other, got 'grup' (did you mean \"group\"?)")
    danish = for_language("da")(said)
    assert danish.startswith('kunne ikke lave et gyldigt program: p.txt: fejl: punkt 1 "A": '
                             "minutes skal være et positivt tal, men er -5\np.txt: fejl: punkt 2")
    assert "error" not in danish

def test_import_of_nothing_timed_says_so_in_danish(tmp_path):
    source = tmp_path / "p.txt"
    source.write_text("bare noget tekst\n", encoding="utf-8")
    err = StringIO()
    assert main(["import", "--lang", "da", str(source)], StringIO(), err) == 1
    assert err.getvalue() == (f'{source}: fejl: fandt intet med tid: ingen varigheder som '
                              f'"10 min" eller "Tid: 10 min." og ingen klokkeslæt som '
                              f'"09:00-09:15" eller "Kl. 13.00"\n')


def test_the_import_dialog_speaks_danish(qtbot, danish):
    from facilitator.ui.import_dialog import ImportDialog

    dialog = ImportDialog(text=IMPORTED)
    qtbot.addWidget(dialog)
    shown = [dialog.warnings.item(row).text() for row in range(dialog.warnings.count())]
    assert any("advarsel: \"Afslutning\": slutter kl. 17:50, ikke efter sin start kl. 17:55"
               in line for line in shown), shown
    dialog.yaml.setPlainText("title: x\nblocks:\n  - title: A\n    minutes: -5\n")
    dialog._yaml_edited()
    assert dialog.status.text().endswith(
        ':4:14: fejl: punkt 1 "A": minutes skal være et positivt tal, men er -5')
    nothing = ImportDialog(text="bare noget tekst")
    qtbot.addWidget(nothing)
    assert "fandt intet med tid" in nothing.status.text()


def test_the_review_and_report_commands_speak_danish(tmp_path):
    err = StringIO()
    assert main(["--lang", "da", "review", "--meeting", "--data-dir", str(tmp_path)],
                StringIO(), err) == 2
    assert err.getvalue() == "fejl: --meeting kræver -o FIL (.pdf, .html, .csv eller .json)\n"
    err = StringIO()
    assert main(["report", "--lang", "da", "--data-dir", str(tmp_path)], StringIO(), err) == 1
    assert err.getvalue().startswith("fejl: ingen møder logget endnu i ")
    err = StringIO()
    assert main(["review", "--series", "x", "--lang", "da", "--data-dir", str(tmp_path)],
                StringIO(), err) == 1
    assert err.getvalue().startswith("fejl: ingen møder logget endnu (i ")


def test_a_damaged_journal_is_reported_in_danish_at_the_same_lines(tmp_path):
    from datetime import datetime, timedelta, timezone

    from tests.damaged_journals import damaged_meeting

    agenda = agenda_from_mapping({"title": "Klyngemøde", "start": "17:00", "blocks": [
        {"title": "Velkommen", "minutes": 10}, {"title": "Drøftelse", "minutes": 20}]})
    start = datetime(2026, 11, 22, 17, 0, tzinfo=timezone(timedelta(hours=1)))
    path = damaged_meeting(tmp_path / "sessions", agenda, start)
    danish, english = StringIO(), StringIO()
    for lang, err in (("da", danish), ("en", english)):
        assert main(["report", "--last", "--format", "json", "--lang", lang,
                     "--data-dir", str(tmp_path)], StringIO(), err) == 0
    warned = danish.getvalue().splitlines()
    assert f"{path}:5: advarsel: seq 3 igen (første gang på linje 4); gentagelsen springes " \
           "over og tælles ikke to gange" in warned
    assert any(line.startswith(f"{path}:") and "er ikke et endeligt tal (nan)" in line
               for line in warned)
    assert [line.split(": ")[0] for line in warned] == \
        [line.split(": ")[0] for line in english.getvalue().splitlines()]


@pytest.mark.parametrize(("count", "danish", "english"), [
    (1, "7 er ikke programmets eneste punkt", "7 is not the programme's one block"),
    (3, "7 er ikke et af programmets 3 punkter", "7 is not one of the programme's 3 blocks"),
])
def test_a_counted_message_takes_the_right_plural_form(count, danish, english):
    said = message("value_not_programme_block", value="7", n=count)
    assert str(said) == english
    assert for_language("da")(said) == danish
    assert for_language("en")(said) == english


def test_a_counted_message_through_the_installed_translator(danish):
    said = message("value_not_programme_block", value="7", n=3)
    assert installed()(said) == "7 er ikke et af programmets 3 punkter"


def test_one_block_is_one_block_in_both_languages(tmp_path):
    """`check` and `import -o` count blocks with the right plural ("1 blok", "2 blokke")."""
    one = tmp_path / "one.yaml"
    one.write_text("title: Kort\nblocks:\n  - {title: A, minutes: 5}\n", encoding="utf-8")
    two = tmp_path / "two.yaml"
    two.write_text("title: To\nblocks:\n  - {title: A, minutes: 5}\n  - {title: B, minutes: 5}\n",
                   encoding="utf-8")
    said = {}
    for lang in ("da", "en"):
        out = StringIO()
        assert main(["check", "--lang", lang, str(one), str(two)], out, StringIO()) == 0
        said[lang] = out.getvalue().splitlines()
    assert said["da"] == [f'{one}: ok: "Kort", 1 blok, 5 min.',
                          f'{two}: ok: "To", 2 blokke, 10 min.']
    assert said["en"] == [f'{one}: ok: "Kort", 1 block, 5 min',
                          f'{two}: ok: "To", 2 blocks, 10 min']
    source = tmp_path / "p.txt"
    source.write_text("09:00-09:30 Velkomst\n", encoding="utf-8")
    err = StringIO()
    assert main(["--lang", "da", "import", str(source), "-o", str(tmp_path / "p.yaml")],
                StringIO(), err) == 0
    assert err.getvalue().splitlines()[-1] == f'{tmp_path / "p.yaml"}: skrev "P", 1 blok, 30 min.'


@pytest.mark.parametrize(("text", "english", "danish"), [
    ("title: a: b\n", "1:9: error: YAML syntax: mapping values are not allowed here",
     "1:9: fejl: YAML-syntaks: kolon og værdi er ikke tilladt her (sæt teksten i "
     "anførselstegn, eller ret indrykningen)"),
    ("title: A\nblocks: [1, 2\nb: 3\n",
     "3:2: error: YAML syntax: expected ',' or ']', but got ':' (while parsing a flow sequence)",
     "3:2: fejl: YAML-syntaks: forventede ',' eller ']', men fik ':' (under læsning af en "
     "liste i [ ])"),
    ("title: 'x\n", "2:1: error: YAML syntax: found unexpected end of stream (while scanning "
     "a quoted scalar)",
     "2:1: fejl: YAML-syntaks: filen slutter uventet (under læsning af en tekst i "
     "anførselstegn)"),
    ("title: A\nblocks:\n\t- x\n", "3:1: error: YAML syntax: found character '\\t' that "
     "cannot start any token (while scanning for the next token)",
     "3:1: fejl: YAML-syntaks: et tabulatortegn kan ikke stå her (ryk ind med mellemrum) "
     "(under læsning af det næste)"),
    ("title: {a: 1\n", "2:1: error: YAML syntax: expected ',' or '}', but got '<stream end>' "
     "(while parsing a flow mapping)",
     "2:1: fejl: YAML-syntaks: forventede ',' eller '}', men fik '<stream end>' (under "
     "læsning af nøgler i { })"),
])
def test_check_says_yaml_syntax_errors_in_danish(tmp_path, text, english, danish):
    """PyYAML's English becomes Danish for the common syntax errors; the English and the
    location stay exactly as PyYAML and the checker said them."""
    broken = tmp_path / "p.yaml"
    broken.write_text(text, encoding="utf-8")
    said = {}
    for lang in ("da", "en"):
        err = StringIO()
        assert main(["check", "--lang", lang, str(broken)], StringIO(), err) == 1
        said[lang] = err.getvalue()
    assert said["en"] == f"{broken}:{english}\n"
    assert said["da"] == f"{broken}:{danish}\n"


def test_an_unknown_yaml_problem_keeps_pyyaml_s_words():
    from facilitator.core.yaml_problems import yaml_problem

    said = yaml_problem("found a problem nobody listed", "while doing something new")
    assert said == "found a problem nobody listed (while doing something new)"
    assert for_language("da")(said) == "found a problem nobody listed (while doing something new)"
    assert for_language("da")(yaml_problem(None, None)) == "ugyldig YAML"


def test_a_folder_not_trusted_and_a_damaged_settings_file_are_said_in_danish(tmp_path):
    """Why a sessions folder is not read (core/private.py) and what is wrong with the
    settings file come in Danish too; the English is as it was."""
    import os

    from facilitator.core.private import folder_refusal
    from facilitator.settings import Settings

    loose = tmp_path / "loose"
    loose.mkdir()
    os.chmod(loose, 0o777)
    refusal = folder_refusal(loose)
    assert refusal == "others can open it (mode 777)"
    assert for_language("da")(refusal) == "andre kan åbne den (tilstand 777)"
    link = tmp_path / "link"
    link.symlink_to(loose)
    assert for_language("da")(folder_refusal(link)) == "den er et symbolsk link"

    settings_file = tmp_path / "settings.json"
    settings_file.write_text("[1, 2]", encoding="utf-8")
    [problem] = Settings.load(settings_file).problems
    assert problem == f"{settings_file}: settings file is not an object; using defaults"
    assert for_language("da")(problem) == (
        f"{settings_file}: indstillingsfilen er ikke et JSON-objekt; standardindstillingerne "
        "bruges")
    settings_file.write_text('{"version": 1, "values": {"theme": "purple"}}', encoding="utf-8")
    [problem] = Settings.load(settings_file).problems
    assert for_language("da")(problem).startswith(
        f"{settings_file}: indstillingen 'theme' har en ugyldig værdi 'purple'; standardværdien ")
