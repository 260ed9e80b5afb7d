"""Windows that fit their screen, rows that wrap, and the clipping checker itself."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QMargins, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.core.agenda_check import agenda_from_mapping
from facilitator.core.journal import read_session
from facilitator.core.report import build_report
from facilitator.ui.fit import GUESSED_FRAME, fit_window, fitted_rect, keep_within_screen, kept_rect
from facilitator.ui.flow import FlowLayout
from facilitator.ui.review_chart import chart_image, chart_labels, drift_label_rect, legend_places

from .clipping import clipping_problems
from .test_main_window import Harness
from .test_review_mid_meeting import crowded_agenda, write_log

SIZES = st.integers(min_value=1, max_value=4000)


@given(SIZES, SIZES, st.integers(-2000, 2000), st.integers(-2000, 2000), SIZES, SIZES)
def test_a_fitted_window_lies_within_the_area_and_is_no_larger_than_asked(
        width, height, left, top, area_width, area_height):
    area = QRect(left, top, area_width, area_height)
    frame = QMargins(0, 0, 0, 0)
    rect = fitted_rect(QSize(width, height), area, frame)
    assert area.contains(rect)
    assert rect.width() <= width and rect.height() <= height
    # As large as asked, when the area allows it.
    assert rect.width() == min(width, area_width)
    assert rect.height() == min(height, area_height)


def test_a_fitted_window_leaves_room_for_its_frame_and_is_centred():
    area = QRect(0, 0, 1024, 768)
    rect = fitted_rect(QSize(1100, 760), area, QMargins(4, 32, 4, 4))
    assert rect == QRect(4, 32, 1016, 732)
    small = fitted_rect(QSize(400, 300), area, QMargins())
    assert small.center().x() in (511, 512) and small.center().y() in (383, 384)


@given(st.integers(-3000, 3000), st.integers(-3000, 3000), SIZES, SIZES)
def test_a_kept_window_moves_the_least_into_the_area(left, top, width, height):
    area = QRect(0, 0, 1366, 768)
    current = QRect(left, top, width, height)
    kept = kept_rect(current, area)
    assert area.contains(kept)
    if area.contains(current):
        assert kept == current  # a window on the screen stays where the user put it


def test_a_window_from_a_larger_screen_comes_back_inside(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(2000, 1500)
    window.setGeometry(QRect(1500, 900, 2400, 1600))
    keep_within_screen(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())
    assert window.minimumWidth() <= area.width() and window.minimumHeight() <= area.height()


def test_fit_window_shrinks_to_the_screen_and_centres(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    fit_window(window, QSize(area.width() + 500, 300))
    assert window.width() < area.width()
    assert window.height() == 300
    # Centred with the title bar it will get.
    framed = window.geometry().marginsAdded(GUESSED_FRAME)
    assert abs(framed.center().y() - area.center().y()) <= 1
    assert area.contains(framed)


def _buttons(count: int, parent: QWidget) -> list[QPushButton]:
    layout = FlowLayout()
    parent.setLayout(layout)
    buttons = [QPushButton(f"Button number {n}") for n in range(count)]
    for button in buttons:
        layout.addWidget(button)
    return buttons


def test_a_button_row_wraps_instead_of_clipping(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    row.setMinimumSize(50, 20)  # its own minimum: offscreen cannot take the layout's
    buttons = _buttons(8, row)
    layout = row.layout()
    one_line = layout.sizeHint()
    narrow = one_line.width() // 3
    height = layout.heightForWidth(narrow)
    assert height >= 3 * buttons[0].sizeHint().height()
    row.resize(narrow, height)
    row.show()
    qtbot.waitExposed(row)
    for button in buttons:
        assert row.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width()
    tops = {button.y() for button in buttons}
    assert len(tops) >= 3
    # Wide enough: one line, stretched to the full width.
    row.resize(one_line.width() + 100, one_line.height())
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    assert buttons[-1].geometry().right() == row.width() - 1


def test_the_checker_names_a_label_too_small_for_its_text(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A rather long label that does not fit", window)
    label.setObjectName("squeezed")
    label.setGeometry(0, 0, 40, 10)
    button = QPushButton("Fits", window)
    button.setGeometry(0, 20, 120, 40)
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    problems = clipping_problems(window)
    assert any("#squeezed" in p and "needs" in p for p in problems), problems
    assert not any("'Fits'" in p for p in problems), problems


def test_the_checker_names_a_widget_outside_its_window_and_a_window_off_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(50, 20)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("inside"))
    outside = QPushButton("Out", window)
    outside.setObjectName("outside")
    window.resize(200, 100)
    window.show()
    qtbot.waitExposed(window)
    outside.setGeometry(180, 80, 100, 40)
    area = window.screen().availableGeometry()
    window.move(area.right() - 50, area.top() + 10)
    problems = clipping_problems(window)
    assert any("#outside" in p and "outside the window" in p for p in problems), problems
    assert any("not within the screen" in p for p in problems), problems


def test_the_main_window_fits_the_offscreen_screen_and_clips_nothing(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path)
    w = h.window
    w.show()
    qtbot.waitExposed(w)
    area = w.screen().availableGeometry()
    assert area.contains(w.geometry())
    assert clipping_problems(w) == []
    h.bridge.start()
    h.clock.advance(120)
    h.bridge.refresh()
    assert clipping_problems(w) == []


def test_long_programme_notes_scroll_and_the_timer_keeps_its_share(qtbot, tmp_path):
    notes = "\n".join(f"Line {n} of the programme's notes, long enough to wrap once or twice "
                      f"on a narrow window." for n in range(80))
    agenda = agenda_from_mapping({"title": "Long notes", "notes": notes, "blocks": [
        {"title": f"Block {n}", "minutes": 10, "notes": notes} for n in range(12)]})
    h = Harness(qtbot, tmp_path, agenda)
    w = h.window
    w.show()
    qtbot.waitExposed(w)
    for size in (QSize(780, 560), QSize(1016, 700), QSize(1100, 760)):
        w.resize(size)
        qtbot.waitUntil(lambda s=size: w.centralWidget().height() > s.height() - 120)
        share = w.timer_frame.height() / w.centralWidget().height()
        assert share >= 0.3, (size, share)
        assert w.programme_notes.verticalScrollBar().maximum() > 0  # the notes scroll
    h.bridge.start()
    h.bridge.refresh()
    qtbot.waitUntil(lambda: w.pages.currentIndex() == 1)
    assert w.timer_frame.height() / w.centralWidget().height() >= 0.3


def test_the_chart_legend_wraps_within_the_chart():
    metrics = QFontMetricsF(QFont("DejaVu Sans", 9))
    entries = [("Planned", 12.0), ("Actual", 12.0), ("Past the plan", 12.0),
               ("Behind plan after each block", 14.0)]
    wide = legend_places(metrics, entries, QRectF(0, 0, 900, 14))
    assert len({p.top() for p in wide}) == 1
    narrow_row = QRectF(0, 0, 220, 14)
    narrow = legend_places(metrics, entries, narrow_row)
    assert len({p.top() for p in narrow}) >= 2
    for place in narrow:
        assert place.left() >= 0 and place.right() <= 220 + 0.5
    for first, second in zip(narrow, narrow[1:], strict=False):
        assert not first.intersects(second)


def test_drift_numbers_sit_where_the_line_is_not():
    point = QPointF(100, 100)
    peak = drift_label_rect(point, 1, 5, 2, 20, 10)
    valley = drift_label_rect(point, 5, 1, 3, 20, 10)
    falling = drift_label_rect(point, 5, 3, 1, 20, 10)
    rising = drift_label_rect(point, 1, 3, 5, 20, 10)
    assert peak.bottom() < point.y() and valley.top() > point.y()
    assert falling.bottom() < point.y() and falling.left() > point.x() - 10
    assert rising.bottom() < point.y() and rising.right() < point.x() + 10


@pytest.mark.parametrize("width", [320, 420, 560, 900])
def test_the_chart_legend_is_never_cut_short(qapp, tmp_path, width):
    """However narrow the chart (down to its minimum), each legend entry is whole: it wraps."""
    log = write_log(tmp_path, crowded_agenda(5), [(0, 0), (7, 1), (30, 2), (41, 3),
                                                   (60, 4), (75, None)], finished=True)
    report = build_report(read_session(log))
    placed: list = []
    chart_image(report, width, 300, placed=placed)
    legend = [p.text for p in placed if p.kind == "legend"]
    labels = chart_labels()
    assert legend == [labels.planned, labels.actual, labels.over, labels.drift]
