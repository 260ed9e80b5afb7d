"""Watches LibreOffice Impress over UNO and reports the show as JSON lines on stdout.

Run under the system Python that has LibreOffice's ``uno`` module (Debian:
python3-uno), not the application's environment: only the standard library
and ``uno`` are imported, so this file must not import anything from
facilitator. ``facilitator.slides.impress.ImpressSource`` starts it and
reads what it prints, one JSON object a line:

    {"connection": "connecting"}     trying to reach soffice on the port
    {"connection": "connected"}
    {"connection": "lost"}           soffice went away; it keeps trying
    {"show": "started"}
    {"slide": 13, "count": 37}       1-based, as the audience sees it
    {"show": "ended"}
    {"error": "no-uno", "detail": "..."}   then exits with status 3

Polling, not listeners: a slide-show listener lives on the presentation
that is running now, so a show started later, or from another document,
would need one more listener registered at the right moment anyway; one
look every ``--poll`` seconds sees every case the same way. A slide shown
for less than that is not reported. The helper ends when its stdin closes.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import sys
import time

NO_UNO_STATUS = 3


def emit(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def wait(poll: float) -> bool:
    """Wait `poll` seconds; False when stdin has closed: the reader is gone, so stop.

    The application holds the helper's stdin open as long as it runs; if it dies
    without stopping the helper, this is how the helper learns it (POSIX pipes;
    on Windows `select` takes no pipes, and the helper only sleeps).
    """
    if os.name != "posix":
        time.sleep(poll)
        return True
    readable, _, _ = select.select([sys.stdin], [], [], poll)
    return not readable or sys.stdin.readline() != ""


def running_show(desktop):  # type: ignore[no-untyped-def]
    """The controller of the first running slide show on the desktop, or None."""
    components = desktop.getComponents().createEnumeration()
    while components.hasMoreElements():
        component = components.nextElement()
        if not hasattr(component, "getPresentation"):
            continue
        controller = component.getPresentation().getController()
        if controller is not None and controller.isRunning():
            return controller
    return None


def watch(host: str, port: int, poll: float) -> int:
    try:
        import uno  # type: ignore[import-not-found]
    except ImportError as error:
        emit(error="no-uno", detail=str(error))
        return NO_UNO_STATUS
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:socket,host={host},port={port};urp;StarOffice.ComponentContext"
    connection = None
    shown: tuple[int, int] | None = None  # (slide, count) last reported
    in_show = False
    desktop = None
    while True:
        if desktop is None:
            if connection != "connecting":
                connection = "connecting"
                emit(connection=connection)
            try:
                context = resolver.resolve(url)
                desktop = context.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", context)
            except Exception:  # noqa: BLE001 - NoConnectException and friends
                if not wait(poll):
                    return 0
                continue
            connection = "connected"
            emit(connection=connection)
        try:
            controller = running_show(desktop)
            now = None
            if controller is not None:
                now = (controller.getCurrentSlideIndex() + 1, controller.getSlideCount())
        except Exception:  # noqa: BLE001 - DisposedException, RuntimeException: soffice gone
            desktop = None
            if in_show:
                in_show, shown = False, None
                emit(show="ended")
            connection = "lost"
            emit(connection=connection)
            if not wait(poll):
                return 0
            continue
        if now is None and in_show:
            in_show, shown = False, None
            emit(show="ended")
        elif now is not None:
            if not in_show:
                in_show = True
                emit(show="started")
            # Between slides the index can read 0 (no slide yet); 1-based 0 is not a slide.
            if now != shown and now[0] >= 1:
                shown = now
                emit(slide=now[0], count=now[1])
        if not wait(poll):
            return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--poll", type=float, default=0.2)
    args = parser.parse_args(argv)
    try:
        return watch(args.host, args.port, args.poll)
    except KeyboardInterrupt:
        return 0
    except BrokenPipeError:
        # The reader is gone: nobody to tell.
        return 0


if __name__ == "__main__":
    sys.exit(main())
