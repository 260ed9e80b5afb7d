"""Guards against a Qt binding that would crash a long meeting."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_setting_label_text_keeps_none_alive(qtbot):
    # PySide6 6.12.0 drops a reference to None on every call of a method that
    # returns nothing; on Python < 3.12, where None is not immortal, a window
    # updating its labels every second then crashes within the hour.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.setWordWrap(True)
    assert sys.getrefcount(None) >= before - 10
