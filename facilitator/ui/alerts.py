"""Alert sinks: which meeting events make a sound."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core.events import EventType, MeetingEvent
from ..core.snapshot import Snapshot

__all__ = ["SOUND_FOR_EVENT", "SoundAlertSink"]

#: The chime for each event that sounds; block starts are shown, not heard.
SOUND_FOR_EVENT: dict[EventType, str] = {
    EventType.WARNING: "warning",
    EventType.TIME_UP: "time_up",
    EventType.OVERRUN: "overrun",
    EventType.BREAK_OVER: "break_over",
    EventType.STEP_START: "step",
    EventType.FINISH: "finish",
}


class SoundAlertSink:
    """Plays the chime for an alert, if that event is one the user wants to hear."""

    def __init__(self, play: Callable[[str], bool], enabled: Callable[[], Iterable[str]]) -> None:
        self._play = play
        self._enabled = enabled

    def alert(self, event: MeetingEvent, snapshot: Snapshot) -> None:
        name = SOUND_FOR_EVENT.get(event.type)
        if name is None or name not in set(self._enabled()):
            return
        # The first step starts with its block; the block's own cue is enough then.
        if event.type is EventType.STEP_START and event.data.get("step") == 0:
            return
        self._play(name)
