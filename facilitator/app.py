"""The composition root: picks the clock, paths, settings, sounds and journal, and wires the app."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .core.agenda import AgendaError
from .core.clock import Clock, ScaledClock, SystemClock
from .core.engine import MeetingEngine
from .core.events import EventType, MeetingEvent
from .core.journal import SessionJournal, fallback_folder
from .core.journal_lock import JournalLock
from .core.resumption import programme_identity
from .paths import AppPaths, resolve_paths, tighten_folders
from .programme_file import LoadedProgramme, load_programme
from .resume_offers import ResumeOffers
from .settings import Settings

if TYPE_CHECKING:
    from .remote.server import Handler, RemoteServer
    from .slides.source import SlideSource
    from .ui.sound import SoundBackend, Unavailable

__all__ = ["run_app", "compose", "begin", "AppParts", "SessionRecorder"]


class SessionRecorder:
    """Writes a meeting's events to its journal, creating the file when the meeting starts.

    `lock` is this copy's hold on the journal (see `core.journal_lock`); it is
    let go when the recorder closes, so another copy may then resume the meeting.
    """

    def __init__(
        self, open_journal: Callable[[], SessionJournal], journal: SessionJournal | None = None,
        lock: JournalLock | None = None,
    ) -> None:
        self._open = open_journal
        self.journal = journal
        self.lock = lock
        self._watchers: list[Callable[[], None]] = []

    def watch(self, callback: Callable[[], None]) -> None:
        """Call `callback` as soon as the log moves or fails, whatever the meeting is doing."""
        self._watchers.append(callback)

    def record(self, event: MeetingEvent) -> None:
        if self.journal is None:
            if event.type is not EventType.START:
                return
            self.journal = self._open()
            before: tuple[Any, ...] = (None, False)
        else:
            before = (self.journal.path, self.journal.failed)
        self.journal.append(event)
        if (self.journal.path, self.journal.failed) != before and self.warning() is not None:
            for callback in self._watchers:
                callback()

    def status(self) -> str:
        """Where the log is going, in words for the status bar."""
        from .messages_text import installed as installed_text
        from .ui.text import translate

        journal = self.journal
        if journal is None:
            return translate("facilitator", "The log starts with the meeting.")
        if journal.failed:
            return translate("facilitator", "The log could not be written: %1").replace(
                "%1", installed_text()(journal.failure or "")
            )
        if journal.fallback_reason:
            return (
                translate("facilitator", "Log moved to %1 (%2)")
                .replace("%1", str(journal.path))
                .replace("%2", installed_text()(journal.fallback_reason))
            )
        return translate("facilitator", "Log: %1").replace("%1", str(journal.path))

    def warning(self) -> str | None:
        """A message the user must see: the log is not where it should be."""
        journal = self.journal
        if journal is None or not (journal.failed or journal.fallback_reason):
            return None
        return self.status()

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()
        if self.lock is not None:
            self.lock.release()


class SoundControl:
    """The chimes, loaded once the window is up; until then alerts are silent.

    `backend` is the sound output to use (a fake in tests); without one the
    real output is opened by `load`. Watchers hear when sound becomes
    unavailable or available again.
    """

    def __init__(self, sounds: dict[str, Path], settings: Settings,
                 backend: SoundBackend | None = None) -> None:
        self._sounds = sounds
        self._settings = settings
        self._player: SoundBackend | None = None
        self._watchers: list[Callable[[], None]] = []
        if backend is not None:
            self._take(backend)

    def load(self) -> None:
        from .ui.sound_output import open_sound_backend

        if self._player is None:
            self._take(open_sound_backend(self._sounds))

    def _take(self, backend: SoundBackend) -> None:
        self._player = backend
        self.apply_settings()
        backend.watch(self._changed)
        self._changed()

    def _changed(self) -> None:
        for callback in self._watchers:
            callback()

    def watch(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the output is loaded and whenever it comes or goes."""
        self._watchers.append(callback)

    def unavailable(self) -> tuple[Unavailable | None, str]:
        """Why nothing can sound, and the detail; (None, "") while sound works or is loading."""
        if self._player is None:
            return None, ""
        return self._player.unavailable, self._player.detail

    def apply_settings(self) -> None:
        if self._player is None:
            return
        self._player.set_volume(float(self._settings.get("volume")))
        self._player.set_muted(bool(self._settings.get("muted"))
                               or not self._settings.get("sounds"))

    def set_muted(self, muted: bool) -> None:
        self._settings.set("muted", muted)
        self.apply_settings()

    def play(self, name: str) -> bool:
        return bool(self._player.play(name)) if self._player is not None else False


@dataclass
class AppParts:
    """What `compose` built: the window and what it was wired from, for `run_app` and tests."""

    app: Any
    window: Any
    settings: Settings
    paths: AppPaths
    player: SoundControl
    resumed: Any  # the resumed MeetingSession, or None
    make_clock: Callable[..., Clock]  # (speed factor or None for --speed) -> Clock
    offers: ResumeOffers | None = None


def run_app(options: argparse.Namespace) -> int:
    """Open the window on a programme and run until it closes."""
    from PySide6.QtCore import QTimer

    from .resources import sound_files

    with sound_files() as sounds:
        parts = compose(options, sounds=sounds)
        if isinstance(parts, int):
            return parts
        parts.window.show()
        # Qt Multimedia takes a while to load and probe the audio devices: let
        # the window paint first, and load the chimes right after.
        QTimer.singleShot(0, parts.player.load)
        begin(parts, options)
        _quit_after_env(parts.app, parts.window)
        return int(parts.app.exec())


def begin(parts: AppParts, options: argparse.Namespace) -> None:
    """Once the window is up: send the resumed meeting's events, or start (--start)."""
    if parts.resumed is not None:
        parts.resumed.bridge.take_resume_events()
    elif options.start:
        if parts.offers is not None and parts.offers.offered is not None:
            # Starting afresh would close the offered meeting: that is the facilitator's call.
            from .ui.text import translate

            parts.window.statusBar().showMessage(translate(
                "facilitator", "Not started: an unfinished meeting can be resumed (see above)."),
                15000)
        else:
            parts.window.bridge.start()


def compose(
    options: argparse.Namespace,
    *,
    sounds: dict[str, Path],
    base_clock: Clock | None = None,
    asker: Any = None,
    sound_backend: SoundBackend | None = None,
    slide_source: SlideSource | None = None,
    remote_server: Callable[[Handler], RemoteServer] | None = None,
) -> AppParts | int:
    """Build the app from the command-line options: the one place that wires it together.

    `base_clock`, `asker`, `sound_backend`, `slide_source` and `remote_server`
    are the real clock, message boxes, sound output, the slide source
    `--slides` names and the phone remote's server unless a test passes fakes; the scenario tests
    drive the composed window on a fake clock. Returns an exit code instead
    when the app cannot open.
    """
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtWidgets import QApplication

    from .app_slides import apply_slide_preferences, follow_slides
    from .ui.alerts import SoundAlertSink
    from .ui.bridge import MeetingBridge
    from .ui.i18n import install_translators
    from .ui.icon import WINDOW_ICON_LARGEST, app_icon
    from .ui.main_window import MainWindow, MeetingSession
    from .ui.resume_bar import ResumeBar
    from .ui.widgets import MessageBoxAsker

    # Qt Multimedia reports every optional library it probes for (VA-API,
    # PipeWire) and FFmpeg's version; nothing a facilitator can act on.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\n"
                                    "qt.multimedia.ffmpeg.info=false\n"
                                    "qt.multimedia.ffmpeg.*.info=false")
    paths: AppPaths = resolve_paths(options.data_dir)
    settings = Settings.load(paths.settings_file)
    if getattr(options, "platform", None):
        # Qt reads the platform when the QApplication is made, and only from here
        # (the app hands Qt no command-line arguments of its own).
        os.environ["QT_QPA_PLATFORM"] = options.platform
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("facilitator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("facilitator")
    app.setWindowIcon(app_icon(WINDOW_ICON_LARGEST))  # every window and dialog wears it
    app.setDesktopFileName("facilitator")  # the launcher (facilitator.desktop) it belongs to
    language = install_translators(app, options.lang or settings.get("language") or None)
    base_point_size = app.font().pointSizeF()
    _apply_font_scale(app, base_point_size, float(settings.get("font_scale")))

    speed = float(options.speed if options.speed is not None else 1.0)
    if not 0 < speed < float("inf"):  # also refuses nan
        from .cli_words import say

        print(say("speed_positive", language), file=sys.stderr)
        return 2
    real_clock: Clock = base_clock or SystemClock()

    def make_clock(factor: float | None = None) -> Clock:
        # Only the meeting clock runs faster in a rehearsal; wall time stays real.
        factor = speed if factor is None else factor
        return ScaledClock(real_clock, factor) if factor != 1.0 else real_clock

    try:
        first = load_programme(Path(options.programme) if options.programme else None)
    except AgendaError as exc:
        from .messages_text import installed as message_text

        print(message_text().diagnostics(exc.diagnostics), file=sys.stderr)
        return 1

    player = SoundControl(sounds, settings, sound_backend)
    sink = SoundAlertSink(player.play, lambda: settings.get("sound_events"))

    def session_for(
        loaded: LoadedProgramme,
        engine: MeetingEngine | None = None,
        journal: SessionJournal | None = None,
        lock: JournalLock | None = None,
    ) -> MeetingSession:
        clock = make_clock()
        fresh = engine is None
        if engine is None:
            agenda = loaded.agenda.with_preferred_alerts(
                settings.get("warn_before"), settings.get("overrun_every"))
            loaded = dataclasses.replace(loaded, agenda=agenda)
            engine = MeetingEngine(agenda, clock)
        # What slide changes do, where the programme does not say (docs/slides.md).
        engine.slide_preference = settings.get("slides_follow")
        run_speed = engine.clock.speed  # a resumed rehearsal keeps the speed it ran at

        def open_journal() -> SessionJournal:
            session_id = uuid.uuid4().hex
            # Locked before its first line is written, so no other copy ever offers it.
            recorder.lock = JournalLock.acquire(offers.lock_folders, session_id)
            return SessionJournal.create(
                paths.sessions_dir,
                loaded.agenda,
                agenda_source=programme_identity(loaded.source),
                agenda_sha256=loaded.sha256,
                now=clock.now(),
                app_version=__version__,
                speed=run_speed,
                session_id=session_id,
                fallback_dir=fallback_folder(paths.sessions_dir),
            )

        recorder = SessionRecorder(open_journal, journal, lock)
        engine.add_listener(recorder.record)
        if fresh:
            engine.add_listener(offers.meeting_started)
        bridge = MeetingBridge(engine, sinks=[sink], speed=run_speed)
        return MeetingSession(
            loaded.agenda,
            bridge,
            loaded.source,
            recorder.status,
            recorder.close,
            recorder.warning,
            recorder.watch,
            journal_path=lambda: recorder.journal.path if recorder.journal else None,
        )

    def open_session(path: Path) -> MeetingSession:
        loaded = load_programme(path)
        opened = session_for(loaded)
        offers.opening(loaded)
        return opened

    offers = ResumeOffers(paths, make_clock, session_for)
    session = session_for(first)
    if asker is None:
        asker = MessageBoxAsker()
    resumed, notice = offers.resume_at_start() if options.resume else (None, None)
    window = MainWindow(
        resumed or session,
        settings,
        open_session,
        asker=asker,
        theme=settings.get("theme"),
        set_muted=player.set_muted,
        sessions_dir=paths.sessions_dir,
        data_dir=paths.data_dir,
        remote=_remote_maker(remote_server, language),
    )
    if asker.parent() is None:
        asker.setParent(window)
    offers.attach(window, ResumeBar())
    if notice is not None:
        offers.tell(notice)
    elif resumed is not None and offers.damage is not None:
        offers.tell(offers.damage)
    elif not options.resume:
        # With no programme named, whatever meeting was left unfinished is offered.
        offers.check(first, any_programme=options.programme is None)

    def preferences_changed(changed: list[str]) -> None:
        if "volume" in changed or "sounds" in changed:
            player.apply_settings()
        if "font_scale" in changed:
            _apply_font_scale(app, base_point_size, float(settings.get("font_scale")))
        apply_slide_preferences(window, settings, changed)

    window.preferencesChanged.connect(preferences_changed)
    # --slides wins for this run; without it, the source chosen in Preferences.
    follow_slides(window, slide_source,
                  getattr(options, "slides", None) or settings.get("slide_source"))
    if getattr(options, "remote", None) is not None:
        from .ui.remote_link import start_from_command_line

        start_from_command_line(window, options.remote, options.remote_address)
    _show_sound_state(window, player)
    from .messages_text import installed as message_text

    for problem in settings.problems:
        window.statusBar().showMessage(message_text()(problem), 10000)
    _say_tightened(window, tighten_folders(paths))
    return AppParts(app, window, settings, paths, player, resumed, make_clock, offers)


def _remote_maker(server: Callable[[Handler], RemoteServer] | None, language: str
                  ) -> Callable[[Any], Any]:
    """Makes the window's phone remote when first asked; nothing of it is loaded before."""

    def make(window: Any) -> Any:
        from .remote.serve import open_server
        from .ui.remote_link import RemoteLink

        return RemoteLink(window, server or open_server, language, parent=window)

    return make


def _show_sound_state(window: Any, player: SoundControl) -> None:
    """The window says when alerts cannot sound, and stops saying it when they can again."""
    from .ui.sound import describe_unavailable

    def show() -> None:
        window.show_sound_unavailable(*describe_unavailable(*player.unavailable()))

    player.watch(show)
    show()


def _say_tightened(window: Any, changed: list[tuple[Path, int]]) -> None:
    """A note in the status bar for each of the app's folders that was open to others."""
    from .ui.text import translate

    for folder, mode in changed:
        window.statusBar().showMessage(
            translate("facilitator", "%1 was open to others (mode %2); now only you can "
                      "open it.").replace("%1", str(folder)).replace("%2", f"{mode:o}"), 15000)


def _quit_after_env(app: Any, window: Any) -> None:
    """FACILITATOR_QUIT_AFTER_MS: close without questions after a while (automated runs)."""
    from PySide6.QtCore import QTimer

    value = os.environ.get("FACILITATOR_QUIT_AFTER_MS", "")
    if not value.isdigit():
        return

    def quit_now() -> None:
        window.shutdown()
        window.hide()
        app.exit(0)

    QTimer.singleShot(int(value), quit_now)


def _apply_font_scale(app: Any, base: float, scale: float) -> None:
    """Scale the application font; the big timer scales with its window anyway."""
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    font.setPointSizeF(max(6.0, base * scale))
    app.setFont(font)
