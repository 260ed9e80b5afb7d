"""The preferences dialog: alerts, sounds, projector, theme, language and text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.agenda import BlockKind
from ..settings import Settings
from .fit import ScreenFit
from .programme_words import interface_words
from .text import plain_tip

__all__ = ["PreferencesDialog", "parse_minutes_list"]

SOUND_EVENTS = ("warning", "time_up", "overrun", "break_over", "step", "finish")


def parse_minutes_list(text: str) -> list[float] | None:
    """'5, 1' -> [5, 1]; None when it is not a list of positive minutes."""
    parts = [p.strip().replace(",", ".") for p in text.replace(";", " ").replace(",", " ").split()]
    values: list[float] = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            return None
        if not 0 < value < 600:
            return None
        values.append(int(value) if value == int(value) else value)
    return sorted(set(values), reverse=True) or None


class PreferencesDialog(QDialog):
    """Edits the settings; `apply()` writes them back and returns the keys that changed."""

    def __init__(self, settings: Settings, screens: list[str] | None = None,
                 parent: QWidget | None = None, sound_unavailable: str = "") -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        ScreenFit(self)
        layout = QVBoxLayout(self)

        alerts = QGroupBox(self.tr("Alerts"))
        form = QFormLayout(alerts)
        self.warn_before = QLineEdit(", ".join(f"{m:g}" for m in settings.get("warn_before")))
        self.warn_before.setToolTip(self.tr("Minutes before a block ends, e.g. 5, 1. "
                                            "A programme's own alert settings win."))
        form.addRow(self.tr("Warn before the end (minutes)"), self.warn_before)
        self.overrun_every = QSpinBox()
        self.overrun_every.setRange(1, 120)
        self.overrun_every.setValue(int(settings.get("overrun_every")))
        form.addRow(self.tr("Remind while over time, every (minutes)"), self.overrun_every)
        layout.addWidget(alerts)

        sounds = QGroupBox(self.tr("Sounds"))
        sound_form = QFormLayout(sounds)
        self.sounds = QCheckBox(self.tr("Play sounds"))
        self.sounds.setChecked(bool(settings.get("sounds")))
        sound_form.addRow(self.sounds)
        # No output to play on: the choice cannot be made now; it is kept for when one comes.
        self.sounds_unavailable = QLabel(sound_unavailable)
        self.sounds_unavailable.setObjectName("soundsUnavailable")
        self.sounds_unavailable.setTextFormat(Qt.TextFormat.PlainText)
        self.sounds_unavailable.setWordWrap(True)
        self.sounds_unavailable.setVisible(bool(sound_unavailable))
        self.sounds.setEnabled(not sound_unavailable)
        self.sounds.setToolTip(plain_tip(sound_unavailable) or "")
        sound_form.addRow(self.sounds_unavailable)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(int(round(float(settings.get("volume")) * 100)))
        self.volume.setEnabled(not sound_unavailable)
        sound_form.addRow(self.tr("Volume"), self.volume)
        names = {
            "warning": self.tr("Warning before the end"),
            "time_up": self.tr("Time is up"),
            "overrun": self.tr("Reminder while over time"),
            "break_over": self.tr("Break is over"),
            "step": self.tr("Next step (soft)"),
            "finish": self.tr("Meeting finished"),
        }
        enabled = set(settings.get("sound_events"))
        self.sound_events: dict[str, QCheckBox] = {}
        for event in SOUND_EVENTS:
            box = QCheckBox(names[event])
            box.setChecked(event in enabled)
            self.sound_events[event] = box
            sound_form.addRow(box)
        layout.addWidget(sounds)

        projector = QGroupBox(self.tr("Projector countdown"))
        projector_form = QFormLayout(projector)
        self.projector_screen = QComboBox()
        self.projector_screen.addItem(self.tr("The screen without the control window"), "")
        for name in screens or []:
            self.projector_screen.addItem(name, name)
        index = self.projector_screen.findData(settings.get("projector_screen"))
        self.projector_screen.setCurrentIndex(max(0, index))
        projector_form.addRow(self.tr("Screen"), self.projector_screen)
        kinds_row = QWidget()
        kinds_layout = QHBoxLayout(kinds_row)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        shown = set(settings.get("projector_kinds"))
        self.projector_kinds: dict[str, QCheckBox] = {}
        for kind in BlockKind:
            box = QCheckBox(interface_words().kind(kind))
            box.setChecked(not shown or kind.value in shown)
            self.projector_kinds[kind.value] = box
            kinds_layout.addWidget(box)
        projector_form.addRow(self.tr("Show the countdown during"), kinds_row)
        layout.addWidget(projector)

        look = QGroupBox(self.tr("Appearance"))
        look_form = QFormLayout(look)
        self.theme = QComboBox()
        for value, label in (("system", self.tr("As the system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("theme"))))
        look_form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        for value, label in (("", self.tr("As the system")), ("da", "Dansk"),
                             ("en", "English")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        look_form.addRow(self.tr("Language"), self.language)
        self.font_scale = QDoubleSpinBox()
        self.font_scale.setRange(0.5, 3.0)
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setValue(float(settings.get("font_scale")))
        look_form.addRow(self.tr("Text size"), self.font_scale)
        layout.addWidget(look)

        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept_if_valid(self) -> None:
        if parse_minutes_list(self.warn_before.text()) is None:
            self.problem.setText(self.tr("Warn before: write positive minutes like 5, 1."))
            self.problem.show()
            self.warn_before.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, object]:
        """What the dialog holds now, as settings values."""
        kinds = [k for k, box in self.projector_kinds.items() if box.isChecked()]
        return {
            "warn_before": parse_minutes_list(self.warn_before.text())
            or self._settings.get("warn_before"),
            "overrun_every": self.overrun_every.value(),
            "sounds": self.sounds.isChecked(),
            "volume": self.volume.value() / 100,
            "sound_events": [e for e, box in self.sound_events.items() if box.isChecked()],
            "projector_screen": self.projector_screen.currentData() or "",
            # All kinds ticked is stored as "all", so new kinds are shown too.
            "projector_kinds": [] if len(kinds) == len(self.projector_kinds) else kinds,
            "theme": self.theme.currentData(),
            "language": self.language.currentData(),
            "font_scale": round(self.font_scale.value(), 2),
        }

    def apply(self) -> list[str]:
        """Write the values into the settings and save; returns the changed keys."""
        changed = []
        for key, value in self.values().items():
            if self._settings.get(key) != value:
                self._settings.set(key, value)
                changed.append(key)
        if changed:
            self._settings.save()
        return changed
