"""Danish and English: every visible string is marked, translated, and built into the catalogues."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.ui.i18n import install_translators, pick_language
from facilitator.ui.text import Plurals, minutes_text

from .fakes import CannedAsker

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "facilitator" / "ui"
I18N = ROOT / "assets" / "i18n"
TOOL = ROOT / "tools" / "i18n.py"

#: Calls whose string arguments reach the screen.
TEXT_CALLS = {
    "setText", "setWindowTitle", "showMessage", "setPlaceholderText", "setToolTip",
    "addMenu", "addAction", "QLabel", "QPushButton", "QAction", "plain_label", "addItem",
    "setHorizontalHeaderLabels", "inform", "choose", "QMessageBox", "setStatusTip",
    "setTitle", "QCheckBox", "QGroupBox", "QRadioButton", "addTab", "setSuffix", "setPrefix",
}


def load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unmarked_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_CALLS:
            continue
        candidates: list[ast.expr] = list(node.args)
        for arg in node.args:
            if isinstance(arg, (ast.List, ast.Tuple)):
                candidates.extend(arg.elts)
        for arg in candidates:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                    and any(ch.isalpha() for ch in arg.value):
                found.append(f"{path.name}:{arg.lineno}: {arg.value!r}")
    return found


def test_no_visible_string_in_ui_is_left_unmarked():
    problems = [p for path in sorted(UI.glob("*.py")) for p in unmarked_strings(path)]
    assert problems == []


def messages(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")}


def test_the_catalogues_hold_every_marked_string_and_are_finished(tmp_path):
    tool = load_tool()
    lupdate = tool._tool("pyside6-lupdate")
    fresh = tmp_path / "fresh_da.ts"
    subprocess.run([lupdate, *map(str, tool.sources()), "-no-obsolete", "-target-language",
                    "da", "-ts", str(fresh)], check=True, capture_output=True)
    committed = I18N / "facilitator_da.ts"
    missing = messages(fresh) - messages(committed)
    assert missing == set(), "run: python tools/i18n.py update, translate, release"
    assert tool.unfinished(committed) == []
    assert tool.unfinished(I18N / "facilitator_en.ts") == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_shipped_qm_is_built_from_the_ts(tmp_path, language):
    tool = load_tool()
    built = tmp_path / f"facilitator_{language}.qm"
    subprocess.run([tool._tool("pyside6-lrelease"), str(I18N / f"facilitator_{language}.ts"),
                    "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == (I18N / f"facilitator_{language}.qm").read_bytes(), \
        "run: python tools/i18n.py release"


def test_the_system_locale_chooses_unless_told():
    assert pick_language(None, QLocale(QLocale.Language.Danish)) == "da"
    assert pick_language(None, QLocale(QLocale.Language.German)) == "en"
    assert pick_language("en", QLocale(QLocale.Language.Danish)) == "en"
    assert pick_language("da", QLocale(QLocale.Language.English)) == "da"


@pytest.fixture
def language(qapp):
    """Install a language for one test, and take it away again."""
    installed: list = []

    def use(code: str) -> None:
        before = {id(t) for t in qapp.findChildren(QTranslator)}
        install_translators(qapp, code)
        installed.extend(t for t in qapp.findChildren(QTranslator) if id(t) not in before)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_plurals_are_right_in_danish(language):
    language("da")
    words = Plurals()
    assert words.minutes_left(1) == "▲ 1 minut tilbage"
    assert words.minutes_left(2) == "▲ 2 minutter tilbage"
    assert words.behind(1) == "1 minut bagud"
    assert words.ahead(4) == "4 minutter foran"
    assert minutes_text(25) == "25 min."


def test_plurals_are_right_in_english(language):
    language("en")
    words = Plurals()
    assert words.minutes_left(1) == "▲ 1 minute left"
    assert words.minutes_left(2) == "▲ 2 minutes left"
    assert words.behind(3) == "3 minutes behind"


def test_the_window_speaks_danish(qtbot, tmp_path, language):
    language("da")
    from facilitator.core.clock import FakeClock
    from facilitator.core.engine import MeetingEngine
    from facilitator.settings import Settings
    from facilitator.ui.bridge import MeetingBridge
    from facilitator.ui.main_window import MainWindow, MeetingSession

    agenda = agenda_from_mapping({"title": "Møde", "blocks": [
        {"title": "Pause", "minutes": 15, "kind": "break"}]})
    bridge = MeetingBridge(MeetingEngine(agenda, FakeClock()))
    session = MeetingSession(agenda, bridge, "x", lambda: "", lambda: None)
    window = MainWindow(session, Settings(tmp_path / "s.json"), lambda p: session,
                        asker=CannedAsker([1]))
    qtbot.addWidget(window)
    assert window.start_button.text() == "Start"
    assert window.next_button.text() == "Næste ▶"
    assert window.phase_label.text() == "Klar · tryk mellemrum for at starte"
    assert "Pause · Ingen slides" in window.meta_label.text()
    bridge.start()
    assert window.start_button.text() == "Sæt uret på pause"  # the block is called "Pause"
    assert isinstance(QApplication.instance(), QApplication)


def test_the_i18n_tool_reports_unfinished_entries(tmp_path):
    tool = load_tool()
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="da">'
                  "<context><name>c</name><message><source>Hello</source>"
                  '<translation type="unfinished"></translation></message>'
                  "<message><source>Done</source><translation>Færdig</translation></message>"
                  "</context></TS>", encoding="utf-8")
    assert tool.unfinished(ts) == ["Hello"]
    assert sys.executable


def test_the_schedule_line_says_timed_from_start_in_danish(language):
    """The bundled programme's 17:00 started at 02:19: the words of the issue."""
    language("da")
    from datetime import datetime, timedelta, timezone

    from facilitator.core.clock import FakeClock
    from facilitator.core.engine import MeetingEngine
    from facilitator.ui.text import schedule_text

    agenda = agenda_from_mapping({"title": "Møde", "start": "17:00", "blocks": [
        {"title": "Oplæg", "minutes": 10}, {"title": "Drøftelse", "minutes": 20}]})
    clock = FakeClock(start=datetime(2026, 11, 23, 2, 19, tzinfo=timezone(timedelta(hours=1))))
    engine = MeetingEngine(agenda, clock)
    assert schedule_text(engine.snapshot()) == \
        "Planlagt 17:00 · times fra start · start nu slutter 02:49"
    engine.start()
    clock.advance(12 * 60)
    assert schedule_text(engine.snapshot()) == \
        "2 minutter bagud · slutter 02:51 (planlagt 02:49) · planlagt 17:00 · timet fra start 02:19"
