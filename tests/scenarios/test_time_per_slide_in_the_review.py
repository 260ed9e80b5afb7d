"""After a klyngemøde run from the slides, the facilitator asks the review which slides
took the time.

The bundled klyngemøde under `slides_follow: follow`, in Danish, the presenter moving a
slideshow (a FakeSlideSource, as LibreOffice Impress would report it) and the meeting
clock faked. Group work on slide 13 runs twice its 12 minutes, with a pause in the middle;
in Blok 2 the presenter looks back at an introduction slide for a minute. The review,
opened mid-meeting and again after the finish, tells it slide by slide (docs/review.md,
*Time per slide*).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.slides.source import FakeSlideSource
from facilitator.ui.review import ReviewWindow
from facilitator.ui.review_slides import SeriesSlidesModel, SlideTimesModel

from .harness import App
from .test_slides_drive_the_meeting import programme

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")


def rows(model, *columns):
    return [tuple(model.text(row, c) for c in columns) for row in range(model.rowCount())]


def test_the_review_tells_which_slides_took_the_time(qtbot, home, tmp_path, danish):
    source = FakeSlideSource()
    app = App(qtbot, home, [str(programme(tmp_path, "follow")), "--lang", "da"],
              slide_source=source, answers=[0])
    app.press(Qt.Key.Key_Space)
    app.minutes(5)  # the untimed follow-up, before the show starts
    source.begin_show(1)
    app.minutes(3)
    source.go_to(2)
    app.minutes(3)
    source.go_to(3)
    app.minutes(3)
    source.go_to(6)  # Blok 1
    app.minutes(2)
    source.go_to(8)
    app.minutes(6)
    source.go_to(13)  # group work, planned 12 minutes
    app.minutes(20)
    app.press(Qt.Key.Key_Space)  # a pause: time on no slide
    app.minutes(5)
    app.press(Qt.Key.Key_Space)
    app.minutes(4)
    source.go_to(21)  # Pause
    app.minutes(15)
    source.go_to(22)  # Blok 2
    app.minutes(2)
    source.go_to(3)  # a look back at the introduction: the meeting stays in Blok 2
    app.minutes(1)
    source.go_to(22)
    app.minutes(1)
    assert app.text("blockTitle").startswith("Blok 2")

    app.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [review] = app.window.findChildren(ReviewWindow)
    panel = review.slides_panel
    review.tabs.setCurrentWidget(panel)
    assert review.tabs.tabText(review.tabs.currentIndex()) == "Slides"
    assert panel.isVisible() and panel.meeting_table.isVisible()
    meeting = panel.meeting_model
    assert rows(meeting, SlideTimesModel.SLIDE, SlideTimesModel.BLOCK, SlideTimesModel.TIME,
                SlideTimesModel.PLANNED, SlideTimesModel.SHOWN, SlideTimesModel.NOTE) == [
        ("1", "2. Introduktion", "3:00", "2:00", "1×", ""),
        ("2", "2. Introduktion", "3:00", "2:00", "1×", ""),
        ("3", "2. Introduktion", "4:00", "2:00", "2×", "1:00 som tilbageblik"),
        ("6", "3. Blok 1: Ledelse og samarbejde", "2:00", "2:00", "1×", ""),
        ("8", "3. Blok 1: Ledelse og samarbejde", "6:00", "6:00", "1×", ""),
        ("13", "3. Blok 1: Ledelse og samarbejde", "24:00", "12:00", "1×", "for lang"),
        ("21", "4. Pause", "15:00", "15:00", "1×", ""),
        ("22", "5. Blok 2: Kollegial støtte og fællesskab blandt læger i og/eller udenfor "
               "klinikken", "3:00", "2:12", "2×", ""),
    ]
    # The step running while each slide showed, as the journal tells it.
    assert rows(meeting, SlideTimesModel.SLIDE, SlideTimesModel.STEP)[3:6] == [
        ("6", "1. Del 1: Video om ledelse"),
        ("8", "1. Del 1: Video om ledelse"),
        ("13", "3. Del 1: Gruppearbejde"),
    ]
    assert meeting.text(0, SlideTimesModel.STEP) == "1. Video: introduktion til emnet"
    # Counted up to now: the slide on screen has had its last minute.
    assert panel.meeting_summary.text().splitlines() == [
        "Slides blev fulgt i 1:00:00 af mødets 1:05:00 (pauser regnes ikke med).",
        "Mest tid: slide 13 (24:00), slide 21 (15:00), slide 8 (6:00)",
        "Tog for lang tid: slide 13 (24:00, planlagt 12:00)",
    ]
    # Nothing finished yet: no series to count.
    assert panel.series_summary.text() == \
        "Intet afsluttet møde med dette program at tælle endnu."
    assert not panel.series_table.isVisible()

    app.minutes(2)
    app.press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # finish, answered yes
    assert app.engine.state.value == "finished"
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow)
    qtbot.keyClick(review, Qt.Key.Key_F5)  # reload
    assert meeting.text(7, SlideTimesModel.TIME) == "5:00"  # slide 22 ran to the finish
    series = panel.series_model
    assert panel.series_table.isVisible()
    assert rows(series, SeriesSlidesModel.SLIDE, SeriesSlidesModel.MEDIAN,
                SeriesSlidesModel.LONG)[5] == ("13", "24:00", "1 af 1")
    assert panel.series_summary.text().startswith(
        "Mediantid pr. slide over 1 møder med slide-data.")
    app.close()
