"""The slide panel's words: the pace line with its quiet warning, the connection label."""

from __future__ import annotations

from facilitator.core.slides import slide_pace
from facilitator.slides.source import ConnectionState
from facilitator.ui.panels.slides import SlidesPanel


def test_the_pace_line_warns_quietly_when_the_slides_left_cannot_fit(qapp):
    panel = SlidesPanel()
    # Slide 12 of 6-20 with 14 minutes left: 8 slides at 60 s fit, at 120 s they do not.
    fits = slide_pace(range(6, 21), 12, 14 * 60, 60.0)
    assert panel.pace_text(fits) == "slide 12 of 6–20 · 8 slides left · 14 min left"
    short = slide_pace(range(6, 21), 12, 14 * 60, 120.0)
    assert panel.pace_text(short) == ("slide 12 of 6–20 · 8 slides left · 14 min left · "
                                      "the slides left will not fit at this meeting's pace")
    unmeasured = slide_pace(range(6, 21), 19, 5 * 60, None)
    assert panel.pace_text(unmeasured) == "slide 19 of 6–20 · 1 slide left · 5 min left"
    over = slide_pace([21], 21, -90, None)
    assert panel.pace_text(over) == "slide 21 · 0 slides left · 0 min left"


def test_no_pace_hides_the_line(qapp):
    panel = SlidesPanel()
    panel.show_pace(slide_pace(range(6, 21), 12, 600, None))
    assert not panel.pace_label.isHidden()
    panel.show_pace(slide_pace(range(6, 21), 30, 600, None))  # not this block's slide
    assert panel.pace_label.isHidden()
    assert panel.pace_label.text() == ""


def test_the_connection_label_names_the_source_and_its_state(qapp):
    panel = SlidesPanel()
    assert panel.connection_label.isHidden()
    said = {}
    for state in ConnectionState:
        panel.show_connection("LibreOffice Impress", state)
        said[state] = panel.connection_label.text()
    assert said == {
        ConnectionState.STOPPED: "Slides: LibreOffice Impress · stopped",
        ConnectionState.CONNECTING: "Slides: LibreOffice Impress · looking for the show…",
        ConnectionState.CONNECTED: "Slides: LibreOffice Impress · connected",
        ConnectionState.LOST: "Slides: LibreOffice Impress · connection lost",
        ConnectionState.FAILED: "Slides: LibreOffice Impress · not available",
    }
    panel.show_connection("LibreOffice Impress", ConnectionState.CONNECTED, 13)
    assert panel.connection_label.text() == "Slides: LibreOffice Impress · connected · slide 13"
    assert not panel.connection_label.isHidden()
