"""The preferences dialog: alerts, sounds, projector, slides, theme, language and text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
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
from ..slides.names import SOURCE_NAMES
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
                 parent: QWidget | None = None, sound_unavailable: str = "",
                 programme_slides: str | None = None, slide_source_now: str = "") -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        ScreenFit(self)
        layout = QVBoxLayout(self)
        # Two columns: one would not fit a 1024×768 screen with large text.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        layout.addLayout(columns)

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
        left.addWidget(alerts)

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
        left.addWidget(sounds)

        projector = QGroupBox(self.tr("Projector countdown"))
        projector_form = QFormLayout(projector)
        projector_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.projector_screen = QComboBox()
        self.projector_screen.addItem(self.tr("The screen without the control window"), "")
        for name in screens or []:
            self.projector_screen.addItem(name, name)
        index = self.projector_screen.findData(settings.get("projector_screen"))
        self.projector_screen.setCurrentIndex(max(0, index))
        projector_form.addRow(self.tr("Screen"), self.projector_screen)
        kinds_row = QWidget()
        kinds_layout = QGridLayout(kinds_row)  # three a row: the dialog has two columns
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        shown = set(settings.get("projector_kinds"))
        self.projector_kinds: dict[str, QCheckBox] = {}
        for number, kind in enumerate(BlockKind):
            box = QCheckBox(interface_words().kind(kind))
            box.setChecked(not shown or kind.value in shown)
            self.projector_kinds[kind.value] = box
            kinds_layout.addWidget(box, number // 3, number % 3)
        projector_form.addRow(self.tr("Show the countdown during"), kinds_row)
        right.addWidget(projector)

        right.addWidget(self._slides_group(settings, programme_slides, slide_source_now))

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
        left.addWidget(look)
        left.addStretch(1)
        right.addStretch(1)

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

    def _slides_group(self, settings: Settings, programme_slides: str | None,
                      source_now: str) -> QGroupBox:
        """The slide show to follow and what its slide changes do (docs/slides.md).

        The source shown is the one followed now (`--slides` may have chosen it for
        this run); it is saved only when the facilitator picks another.
        """
        group = QGroupBox(self.tr("Slides"))
        form = QFormLayout(group)
        self.slide_source = QComboBox()
        self.slide_source.setObjectName("prefSlideSource")
        titles = {
            "none": self.tr("None"),
            "impress": "LibreOffice Impress",
            "powerpoint": "PowerPoint",
            "keynote": self.tr("Keynote (macOS)"),
            "keys": self.tr("The clicker's keys (PageDown/PageUp in this window)"),
        }
        for name in SOURCE_NAMES:
            self.slide_source.addItem(titles[name], name)
        self.slide_source.setCurrentIndex(
            max(0, self.slide_source.findData(source_now or settings.get("slide_source"))))
        self._source_at_open = self.slide_source.currentData()
        form.addRow(self.tr("Follow the slide show of"), self.slide_source)
        self.slides_follow = QComboBox()
        self.slides_follow.setObjectName("prefSlidesFollow")
        for value, label in (("off", self.tr("Nothing: only record the slides")),
                             ("suggest", self.tr("Suggest the block a slide belongs to")),
                             ("follow", self.tr("Follow: a slide starts its block and step"))):
            self.slides_follow.addItem(label, value)
        self.slides_follow.setCurrentIndex(
            max(0, self.slides_follow.findData(settings.get("slides_follow"))))
        form.addRow(self.tr("A change of slide does"), self.slides_follow)
        for combo in (self.slide_source, self.slides_follow):
            # A long choice is shown cut in the closed box, never widening the dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        # The programme's own slides_follow wins over this choice (core/slides.effective_mode).
        if programme_slides:
            mode = self.slides_follow.itemText(self.slides_follow.findData(programme_slides))
            note = self.tr("The open programme sets its own: %1. It wins over this choice "
                           "while it is open.").replace("%1", mode)
        else:
            note = self.tr("A programme that sets slides_follow itself wins over this choice.")
        self.slides_follow.setToolTip(plain_tip(note) or "")
        self.slides_note = QLabel(note if programme_slides else "")
        self.slides_note.setObjectName("prefSlidesNote")
        self.slides_note.setTextFormat(Qt.TextFormat.PlainText)
        self.slides_note.setWordWrap(True)
        form.addRow(self.slides_note)
        self.slides_note.setVisible(bool(programme_slides))
        return group

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
            "slide_source": self.slide_source.currentData() if self.source_picked()
            else self._settings.get("slide_source"),
            "slides_follow": self.slides_follow.currentData(),
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
        if self.source_picked() and "slide_source" not in changed:
            changed.append("slide_source")  # picked what was saved, away from --slides
        if changed:
            self._settings.save()
        return changed

    def source_picked(self) -> bool:
        """Whether the facilitator picked another slide source than the one followed."""
        return bool(self.slide_source.currentData() != self._source_at_open)
