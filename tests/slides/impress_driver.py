"""Plays the presenter in the real-Impress test: makes a deck, runs its show, moves slides.

Run under the system Python with LibreOffice's ``uno`` (like the source's helper),
never imported by the tests. Reads one command a line on stdin and answers one line:

    draw         a Draw document (not a presentation)   -> "ok"
    deck N       a new Impress document with N slides   -> "ok N"
    start        its slide show, in a window            -> "ok"
    goto I       to slide index I (0-based, as UNO)     -> "ok"
    next         to the next slide                      -> "ok"
    end          ends the show                          -> "ok"
    close        closes the Impress document            -> "ok"
    quit         closes the document, quits soffice     -> "ok"
anything going wrong -> "error ..." and the driver exits.
"""

from __future__ import annotations

import sys
import time

import uno  # type: ignore[import-not-found]


def connect(port: int, seconds: float = 60.0):  # type: ignore[no-untyped-def]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(url)
        except Exception:  # noqa: BLE001 - soffice still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main() -> int:
    context = connect(int(sys.argv[1]))
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    document = presentation = None
    for line in sys.stdin:
        command, *args = line.split()
        if command == "deck":
            document = desktop.loadComponentFromURL("private:factory/simpress", "_blank", 0, ())
            pages = document.getDrawPages()
            while pages.getCount() < int(args[0]):
                pages.insertNewByIndex(pages.getCount() - 1)
            presentation = document.getPresentation()
            print(f"ok {pages.getCount()}", flush=True)
            continue
        if command == "draw":
            desktop.loadComponentFromURL("private:factory/sdraw", "_blank", 0, ())
        elif command == "close":
            document.close(True)
            document = None
        elif command == "start":
            # A windowed show: a full-screen one does not start under --headless.
            presentation.setPropertyValue("IsFullScreen", False)
            presentation.start()
            deadline = time.monotonic() + 30
            while presentation.getController() is None:
                if time.monotonic() > deadline:
                    print("error the show did not start", flush=True)
                    return 1
                time.sleep(0.05)
        elif command == "goto":
            presentation.getController().gotoSlideIndex(int(args[0]))
        elif command == "next":
            presentation.getController().gotoNextSlide()
        elif command == "end":
            presentation.end()
        elif command == "quit":
            if document is not None:
                document.close(True)
            print("ok", flush=True)
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 - the bridge goes down with soffice
                pass
            return 0
        else:
            print(f"error unknown command {command}", flush=True)
            return 1
        print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
