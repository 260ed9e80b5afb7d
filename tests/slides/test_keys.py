"""The clicker's keys as a slide source: PageDown and PageUp counted from where the meeting is."""

from __future__ import annotations

from facilitator.core.agenda_load import load_agenda
from facilitator.core.slides import SlideMap, clicker_origin
from facilitator.slides.keys import KeySlideSource
from facilitator.slides.source import ConnectionState

from .fakes import recording

C = ConnectionState


def test_presses_count_from_the_start_given_and_then_from_the_slide_before(qapp):
    source = KeySlideSource()
    seen = recording(source)
    source.forward(6)                    # not started: a press counts nothing
    source.start()
    source.forward(6)                    # the first press: one on from slide 6
    source.forward(99)                   # later presses move from the slide before
    source.back(1)
    source.back(1)
    source.back(1)                       # never before slide 1
    source.back(1)
    source.stop()
    assert seen == [("connection", C.CONNECTED), ("show", "started"), ("slide", 7),
                    ("slide", 8), ("slide", 7), ("slide", 6), ("slide", 5), ("slide", 4),
                    ("show", "ended"), ("connection", C.STOPPED)]


def test_the_first_press_back_from_slide_1_stays_on_slide_1(qapp):
    source = KeySlideSource()
    source.start()
    source.back(1)
    assert source.current_slide() == 1


def test_the_count_starts_at_the_running_blocks_first_slide_or_1(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("title: T\nblocks:\n"
                    "  - {title: Velkomst, minutes: 5}\n"
                    "  - {title: A, minutes: 10, slides: 6-20, steps: "
                    "[{title: s, minutes: 5, slides: 4}]}\n", encoding="utf-8")
    slides = SlideMap(load_agenda(path))
    assert clicker_origin(slides, 0) == 1      # a block without slides
    assert clicker_origin(slides, 1) == 4      # a step's slide counts as its block's
    assert clicker_origin(slides, 7) == 1      # past the end (finished)
