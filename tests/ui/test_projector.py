"""The projector countdown: what the room sees, and where it goes as screens come and go."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.core.snapshot import Phase
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge
from facilitator.ui.projector import ProjectorView, available_screens

from .xvfb import xvfb_display

ROOT = Path(__file__).resolve().parents[2]
CET = timezone(timedelta(hours=1))

# Qt raises the window as it goes full-screen, which the offscreen platform can only warn about.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")

NOTES = "Husk at dele arkene ud"
CUE = "Sid IKKE sammen med kolleger fra egen praksis"
PROGRAMME_NOTES = "OBS: kun for facilitatoren"


def programme():
    return agenda_from_mapping({"title": "Klyngemøde", "start": "17:00", "notes": PROGRAMME_NOTES,
                                "blocks": [
        {"title": "Velkomst", "minutes": 5, "kind": "talk", "notes": NOTES, "cue": CUE},
        {"title": "Blok 1", "minutes": 20, "kind": "group", "slides": "6-20", "notes": NOTES,
         "cue": CUE, "steps": [{"title": "Video", "minutes": 6},
                               {"title": "Gruppearbejde", "minutes": 14}]},
        {"title": "Kaffe", "minutes": 10, "kind": "break"},
        {"title": "Opsamling", "kind": "plenary"},
    ]})


class Harness:
    def __init__(self, qtbot, tmp_path, control=True):
        self.qtbot = qtbot
        self.clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=CET))
        self.settings = Settings(tmp_path / "settings.json")
        self.bridge = MeetingBridge(MeetingEngine(programme(), self.clock))
        self.control = None
        if control:
            self.control = QWidget()
            qtbot.addWidget(self.control)
            self.control.setGeometry(40, 40, 400, 300)
            self.control.show()
        self.view = ProjectorView(self.bridge, self.settings, self.control)
        qtbot.addWidget(self.view)

    def advance(self, seconds):
        self.clock.advance(seconds)
        self.bridge.refresh()

    def texts(self):
        return [label.text() for label in self.view.findChildren(QLabel)]


@pytest.fixture
def harness(qtbot, tmp_path):
    return Harness(qtbot, tmp_path)


def test_the_countdown_of_the_block_and_its_steps(harness):
    view = harness.view
    harness.bridge.start()
    assert view.mode == "countdown"
    assert view.headline == "Talk · 05:00"
    assert view.title_label.text() == "Velkomst"
    assert view.clock_label.text() == "17:00"
    harness.advance(61)
    assert view.countdown_label.text() == "03:59"
    harness.bridge.next_block()
    assert view.headline == "Video · 06:00"  # a block with steps counts down its step
    assert view.title_label.text() == "Blok 1"
    harness.advance(6 * 60 + 2 * 60)
    assert view.headline == "Gruppearbejde · 12:00"
    harness.bridge.toggle()
    assert view.status_label.text() == "❚❚ Paused"
    harness.bridge.toggle()
    assert view.status_label.text() == ""
    harness.advance(12 * 60 + 10)
    assert view.countdown_label.text() == "+00:10"
    assert view.frame.property("phase") == Phase.TIME_UP.value
    harness.bridge.next_block()
    assert view.headline == "Break · 10:00"
    harness.bridge.next_block()
    assert view.mode == "untimed"  # no countdown for an untimed block
    assert view.headline == "Plenary"
    assert view.title_label.text() == "Opsamling"


def test_nothing_private_reaches_the_room(harness):
    harness.bridge.start()
    for step in range(3):
        harness.advance(60)
        shown = " ".join(harness.texts())
        for private in (NOTES, CUE, PROGRAMME_NOTES, "behind", "ends", "Next", "Slides"):
            assert private not in shown, (step, private)
        assert "Kaffe" not in shown or step == 2  # the next block is not announced
        harness.bridge.next_block()


def test_before_the_start_and_after_the_end_it_holds(harness):
    view = harness.view
    harness.bridge.begin()
    assert view.mode == "holding"
    assert view.title_label.text() == "Klyngemøde"
    assert view.countdown_label.text() == "17:00"  # the clock of day, no countdown
    assert view.what_label.text() == ""
    assert view.frame.property("phase") == Phase.UNTIMED.value
    harness.bridge.start()
    harness.bridge.finish()
    assert view.mode == "holding"
    assert view.title_label.text() == "Klyngemøde"


def test_only_the_chosen_kinds_are_counted_down(harness):
    view = harness.view
    harness.settings.set("projector_kinds", ["group", "break"])
    harness.bridge.start()
    assert view.mode == "holding"
    assert view.title_label.text() == "Klyngemøde"
    assert "Velkomst" not in harness.texts()
    harness.bridge.next_block()
    assert view.mode == "countdown"
    assert view.headline == "Video · 06:00"
    harness.bridge.next_block()
    assert view.headline == "Break · 10:00"
    harness.bridge.next_block()
    assert view.mode == "holding"
    harness.settings.set("projector_kinds", [])
    harness.bridge.refresh()
    assert view.mode == "untimed"


def test_programme_text_is_plain_text(qtbot, tmp_path):
    markup = '<b>Fed</b> <a href="http://example.invalid">link</a>'
    h = Harness(qtbot, tmp_path)
    h.bridge = MeetingBridge(MeetingEngine(agenda_from_mapping(
        {"title": markup, "blocks": [{"title": markup, "minutes": 5,
                                      "steps": [{"title": markup, "minutes": 5}]}]}), h.clock))
    h.view.set_bridge(h.bridge)
    assert h.view.title_label.text() == markup  # the holding display: the meeting's title
    h.bridge.start()
    for label in h.view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert h.view.title_label.text() == markup
    assert h.view.what_label.text() == markup


def test_the_countdown_grows_with_the_screen(harness):
    view = harness.view
    harness.bridge.start()
    view.show()
    view.resize(640, 360)
    small = view.countdown_label.font().pixelSize()
    view.resize(1920, 1080)
    large = view.countdown_label.font().pixelSize()
    assert large > 2.5 * small
    assert large >= 300
    metrics = view.countdown_label.fontMetrics()
    assert metrics.horizontalAdvance(view.countdown_label.text()) < view.width()


def test_one_screen_shows_nothing_over_the_control_window_unless_asked(qtbot, harness):
    view = harness.view
    screen = QGuiApplication.primaryScreen()
    assert not view.has_screen_of_its_own
    with qtbot.assertNotEmitted(view.screenChanged):
        assert view.present() is False
    assert not view.isVisible()  # never a window dropped over the facilitator's timer
    assert harness.settings.get("projector_screen") == ""
    with qtbot.waitSignal(view.screenChanged) as blocker:
        view.fill_screen(screen)  # what the control window offers instead
    assert blocker.args == [screen.name()]
    assert view.projecting and view.filling_control_screen
    assert view.isFullScreen() and view.geometry() == screen.geometry()
    qtbot.waitUntil(view.isActiveWindow)  # it has the keys: Esc reaches it
    assert view.present() is True  # asked again while shown: it stays
    assert view.filling_control_screen
    assert harness.settings.get("projector_screen") == ""  # nothing remembered for next time


def test_a_chosen_screen_is_filled_without_a_frame(qtbot, harness):
    view = harness.view
    screen = QGuiApplication.primaryScreen()
    view.choose_screen(screen)
    assert view.projecting
    assert view.isFullScreen()
    assert view.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert view.geometry() == screen.geometry()
    assert view.current_screen is screen
    # It covers the control window (a mirrored laptop): it takes the keys, Esc gives them back.
    assert view.covers_control_window
    qtbot.waitUntil(view.isActiveWindow)
    with qtbot.waitSignal(view.closed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(harness.control.isActiveWindow)
    view.choose_screen(screen)
    view.choose_screen(None)  # the default, and no other screen: nothing over the timer
    assert not view.projecting and not view.isVisible()


def test_losing_its_screen_brings_it_back_in_sight(qtbot, harness):
    view = harness.view
    screen = QGuiApplication.primaryScreen()
    view.choose_screen(screen)
    assert view.isFullScreen()
    # As if the projector's cable were pulled: Qt calls this before the screen goes.
    with qtbot.waitSignal(view.screenChanged):
        view.on_screen_removed(screen)
    assert view.isVisible()
    assert not view.isFullScreen() and not view.projecting
    assert not view.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert screen.availableGeometry().contains(view.geometry())


def test_other_screens_coming_and_going_leave_it_alone(qtbot, harness):
    view = harness.view
    view.present()
    geometry = view.geometry()
    with qtbot.assertNotEmitted(view.screenChanged):
        view.on_screen_added(QGuiApplication.primaryScreen())
    assert view.geometry() == geometry
    view.close()
    with qtbot.assertNotEmitted(view.screenChanged):
        view.on_screen_added(QGuiApplication.primaryScreen())
    assert not view.isVisible()


def test_toggle_escape_and_f5_close_it(qtbot, harness):
    view = harness.view
    assert view.toggle() is False  # one screen: nothing shown, the caller offers full screen
    assert not view.isVisible()
    screen = QGuiApplication.primaryScreen()
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
        view.fill_screen(screen)
        qtbot.waitUntil(view.isActiveWindow)
        with qtbot.waitSignal(view.closed):
            qtbot.keyClick(view, key)
        assert not view.isVisible() and not view.filling_control_screen
        qtbot.waitUntil(harness.control.isActiveWindow)  # the keys go back to the facilitator
    view.fill_screen(screen)
    with qtbot.waitSignal(view.closed):
        assert view.toggle() is True


def test_available_screens_name_every_screen():
    screens = available_screens()
    assert [screen for _, screen in screens] == QGuiApplication.screens()
    assert all(label for label, _ in screens)


# ---------------------------------------------------------------------- two screens

CHILD_PRELUDE = """
import json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, {root!r})
from PySide6.QtCore import QDeadlineTimer, Qt, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.clock import FakeClock
from facilitator.core.engine import MeetingEngine
from facilitator.settings import Settings
from facilitator.ui.bridge import MeetingBridge
from facilitator.ui.projector import ProjectorView, available_screens

warnings = []
def keep(kind, context, message):
    if "does not support raise" not in message:
        warnings.append(message)
qInstallMessageHandler(keep)

def wait_until(condition, seconds=10):
    deadline = QDeadlineTimer(int(seconds * 1000))
    while not condition() and not deadline.hasExpired():
        QTest.qWait(20)
    return condition()

def state(view):
    g = view.geometry()
    return dict(screen=view.current_screen.name() if view.current_screen else None,
                on=view.screen().name(), full=view.isFullScreen(), projecting=view.projecting,
                visible=view.isVisible(), geometry=[g.x(), g.y(), g.width(), g.height()],
                frameless=bool(view.windowFlags() & Qt.WindowType.FramelessWindowHint))

app = QApplication([])
clock = FakeClock(start=datetime(2026, 11, 22, 17, 0, tzinfo=timezone(timedelta(hours=1))))
agenda = agenda_from_mapping({{"title": "Møde", "blocks": [
    {{"title": "Gruppearbejde", "minutes": 12, "kind": "group"}}]}})
bridge = MeetingBridge(MeetingEngine(agenda, clock))
settings = Settings(None)
control = QWidget()
control.setGeometry(100, 100, 600, 400)
control.show()
QTest.qWaitForWindowExposed(control)
bridge.start()
out = {{"screens": [s.name() for s in QGuiApplication.screens()],
        "menu": [label for label, _ in available_screens()]}}
"""

OFFSCREEN_CHILD = CHILD_PRELUDE + """
view = ProjectorView(bridge, settings, control)
moves = []
view.screenChanged.connect(moves.append)
view.present()
out["default"] = state(view)
projector = view.current_screen
view.on_screen_removed(projector)
out["removed"] = state(view)
view.on_screen_added(projector)
out["added"] = state(view)
laptop = [s for s in QGuiApplication.screens() if s.name() == "Laptop"][0]
view.choose_screen(laptop)
out["chosen"] = state(view)
out["setting"] = settings.get("projector_screen")
view.close()
again = ProjectorView(bridge, settings, control)
again.present()
out["remembered"] = state(again)
out["moves"] = moves
out["warnings"] = warnings
print(json.dumps(out))
"""

SCREENS = {"screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
    {"name": "Projector", "x": 1280, "y": 0, "width": 1024, "height": 768,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0},
]}


def run_child(script: str, env: dict[str, str], tmp_path: Path) -> dict:
    path = tmp_path / "child.py"
    path.write_text(script, encoding="utf-8")
    result = subprocess.run([sys.executable, str(path)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_two_offscreen_screens(tmp_path):
    """Qt's offscreen platform with two screens, described in a JSON file."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    out = run_child(OFFSCREEN_CHILD.format(root=str(ROOT)), env, tmp_path)
    assert out["screens"] == ["Laptop", "Projector"]
    assert out["menu"] == ["Laptop · 1280×800", "Projector · 1024×768"]
    # By default the screen without the control window, filled and frameless.
    assert out["default"] == dict(screen="Projector", on="Projector", full=True, projecting=True,
                                  visible=True, geometry=[1280, 0, 1024, 768], frameless=True)
    removed = out["removed"]
    assert removed["screen"] == "Laptop" and not removed["full"] and removed["visible"]
    assert not removed["frameless"]
    x, y, width, height = removed["geometry"]
    assert 0 <= x and x + width <= 1280 and 0 <= y and y + height <= 800
    assert out["added"]["screen"] == "Projector" and out["added"]["full"]
    assert out["chosen"]["screen"] == "Laptop" and out["chosen"]["geometry"] == [0, 0, 1280, 800]
    assert out["setting"] == "Laptop"
    assert out["remembered"]["screen"] == "Laptop" and out["remembered"]["full"]
    assert out["moves"] == ["Projector", "Laptop", "Projector", "Laptop"]
    assert out["warnings"] == []


# ---------------------------------------------------------------------- a real X server


class RandrMonitors:
    """Monitors on an X screen, made and removed through RandR 1.5 as `xrandr --setmonitor`.

    Xvfb has one output; RandR monitors split its screen into a laptop and a
    projector that Qt's xcb platform sees as two screens, and deleting one is
    what Qt sees when a projector is unplugged.
    """

    class Monitor(ctypes.Structure):
        _fields_ = [("name", ctypes.c_ulong), ("primary", ctypes.c_int),
                    ("automatic", ctypes.c_int), ("noutput", ctypes.c_int),
                    ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                    ("height", ctypes.c_int), ("mwidth", ctypes.c_int), ("mheight", ctypes.c_int),
                    ("outputs", ctypes.POINTER(ctypes.c_ulong))]

    def __init__(self, display: str) -> None:
        x11_name, xrandr_name = ctypes.util.find_library("X11"), ctypes.util.find_library("Xrandr")
        if not x11_name or not xrandr_name:
            raise OSError("libX11 or libXrandr is missing")
        x11, xrr = ctypes.CDLL(x11_name), ctypes.CDLL(xrandr_name)
        pointer, ulong, monitor = ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(self.Monitor)
        x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = pointer, [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = ulong, [pointer]
        x11.XInternAtom.restype = ulong
        x11.XInternAtom.argtypes = [pointer, ctypes.c_char_p, ctypes.c_int]
        x11.XSync.argtypes = [pointer, ctypes.c_int]
        x11.XCloseDisplay.argtypes = [pointer]
        xrr.XRRQueryVersion.argtypes = [pointer, ctypes.POINTER(ctypes.c_int),
                                        ctypes.POINTER(ctypes.c_int)]
        xrr.XRRAllocateMonitor.restype, xrr.XRRAllocateMonitor.argtypes = monitor, [pointer,
                                                                                   ctypes.c_int]
        xrr.XRRGetMonitors.restype = monitor
        xrr.XRRGetMonitors.argtypes = [pointer, ulong, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
        xrr.XRRFreeMonitors.argtypes = [monitor]
        xrr.XRRSetMonitor.argtypes = [pointer, ulong, monitor]
        xrr.XRRDeleteMonitor.argtypes = [pointer, ulong, ulong]
        self._x11, self._xrr = x11, xrr
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open display {display}")
        major, minor = ctypes.c_int(), ctypes.c_int()
        if not xrr.XRRQueryVersion(self._display, ctypes.byref(major), ctypes.byref(minor)) \
                or (major.value, minor.value) < (1, 5):
            raise OSError("the X server has no RandR 1.5")
        self._root = x11.XDefaultRootWindow(self._display)

    def _outputs(self) -> list[int]:
        count = ctypes.c_int()
        monitors = self._xrr.XRRGetMonitors(self._display, self._root, 0, ctypes.byref(count))
        outputs = [monitors[i].outputs[j] for i in range(count.value)
                   for j in range(monitors[i].noutput)]
        self._xrr.XRRFreeMonitors(monitors)
        return outputs

    def set(self, name: str, x: int, y: int, width: int, height: int,
            with_output: bool = False) -> None:
        """Add a monitor; with the server's output it replaces the automatic one."""
        outputs = self._outputs()[:1] if with_output else []
        monitor = self._xrr.XRRAllocateMonitor(self._display, len(outputs))
        info = monitor.contents
        info.name = self._x11.XInternAtom(self._display, name.encode(), 0)
        info.x, info.y, info.width, info.height = x, y, width, height
        info.mwidth, info.mheight = width * 254 // 960, height * 254 // 960  # 96 dpi
        for index, output in enumerate(outputs):
            info.outputs[index] = output
        self._xrr.XRRSetMonitor(self._display, self._root, monitor)
        self._x11.XSync(self._display, 0)

    def delete(self, name: str) -> None:
        atom = self._x11.XInternAtom(self._display, name.encode(), 0)
        self._xrr.XRRDeleteMonitor(self._display, self._root, atom)
        self._x11.XSync(self._display, 0)

    def close(self) -> None:
        self._x11.XCloseDisplay(self._display)


XCB_CHILD = CHILD_PRELUDE + """
from tests.ui.test_projector import RandrMonitors
monitors = RandrMonitors(os.environ["DISPLAY"])
view = ProjectorView(bridge, settings, control)
view.present()
wait_until(lambda: view.windowHandle() is not None and view.windowHandle().isExposed())
out["default"] = state(view)
projector = view.current_screen
shot = projector.grabWindow(0, 0, 0, projector.geometry().width(),
                            projector.geometry().height()).toImage()
out["colour"] = shot.pixelColor(20, projector.geometry().height() // 2).name()
monitors.delete("PROJECTOR")
out["gone"] = wait_until(lambda: len(QGuiApplication.screens()) == 1)
wait_until(lambda: view.current_screen is not None and view.windowHandle().isExposed())
out["removed"] = state(view)
monitors.set("PROJECTOR", 1280, 0, 1024, 768)
out["back"] = wait_until(lambda: len(QGuiApplication.screens()) == 2)
wait_until(lambda: view.current_screen is not None
           and view.current_screen.name() == "PROJECTOR" and view.isFullScreen())
out["added"] = state(view)
monitors.close()
out["warnings"] = warnings
print(json.dumps(out))
"""


@pytest.fixture
def two_monitor_display():
    """A private Xvfb screen split by RandR into a laptop and a projector."""
    # A reset, when the last client leaves, would forget the monitors.
    with xvfb_display("2304x800x24", "-noreset") as display:
        try:
            monitors = RandrMonitors(display)
        except OSError as exc:
            pytest.skip(str(exc))
        monitors.set("LAPTOP", 0, 0, 1280, 800, with_output=True)
        monitors.set("PROJECTOR", 1280, 0, 1024, 768)
        monitors.close()
        yield display


@pytest.mark.xvfb
def test_a_projector_plugged_out_and_in_on_xcb(two_monitor_display, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=two_monitor_display, QT_QPA_PLATFORM="xcb")
    out = run_child(XCB_CHILD.format(root=str(ROOT)), env, tmp_path)
    assert sorted(out["screens"]) == ["LAPTOP", "PROJECTOR"]
    default = out["default"]
    assert default["screen"] == "PROJECTOR" and default["full"] and default["frameless"]
    assert default["geometry"] == [1280, 0, 1024, 768]
    assert out["colour"] == "#16321f"  # the dark theme's running colour fills the projector
    assert out["gone"]
    removed = out["removed"]
    assert removed["screen"] == "LAPTOP" and not removed["full"] and removed["visible"]
    x, y, width, height = removed["geometry"]
    assert 0 <= x and x + width <= 1280 and 0 <= y and y + height <= 800
    assert out["back"]
    added = out["added"]
    assert added["screen"] == "PROJECTOR" and added["full"]
    assert added["geometry"] == [1280, 0, 1024, 768]
    assert out["warnings"] == []


@pytest.mark.xvfb
def test_screenshots_of_the_views(two_monitor_display, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=two_monitor_display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots_views.py"), str(tmp_path), "da"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    compact = QImage(str(tmp_path / "compact-da.png"))
    assert compact.size().toTuple() == (240, 96)
    projector = QImage(str(tmp_path / "projector-da.png"))
    assert projector.size().toTuple() == (1280, 800)  # the whole laptop screen
    # A real picture, not a blank frame: the countdown's pixels differ from the background.
    colours = {projector.pixel(x, y) for x in range(0, 1280, 23) for y in range(0, 800, 19)}
    assert len(colours) > 2
