"""The preferences dialog and the settings file behind it."""

from __future__ import annotations

import json

from facilitator.settings import SETTINGS_VERSION, Settings
from facilitator.ui.preferences import PreferencesDialog, parse_minutes_list


def test_minutes_lists_are_read_leniently():
    assert parse_minutes_list("5, 1") == [5, 1]
    assert parse_minutes_list("1 5 10") == [10, 5, 1]
    assert parse_minutes_list("2.5; 1") == [2.5, 1]
    assert parse_minutes_list("fem") is None
    assert parse_minutes_list("-1") is None
    assert parse_minutes_list("") is None


def test_the_dialog_shows_and_saves_the_settings(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    dialog = PreferencesDialog(settings, screens=["HDMI-1"])
    qtbot.addWidget(dialog)
    assert dialog.warn_before.text() == "5, 1"
    dialog.warn_before.setText("10, 2")
    dialog.overrun_every.setValue(3)
    dialog.sound_events["step"].setChecked(False)
    dialog.projector_kinds["talk"].setChecked(False)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    dialog.projector_screen.setCurrentIndex(dialog.projector_screen.findData("HDMI-1"))
    changed = dialog.apply()
    assert set(changed) == {"warn_before", "overrun_every", "sound_events", "projector_kinds",
                            "theme", "language", "projector_screen"}
    saved = Settings.load(tmp_path / "settings.json")
    assert saved.get("warn_before") == [10, 2]
    assert saved.get("overrun_every") == 3
    assert "step" not in saved.get("sound_events")
    assert "talk" not in saved.get("projector_kinds")
    assert saved.get("theme") == "dark"
    assert saved.get("language") == "da"
    assert saved.get("projector_screen") == "HDMI-1"
    assert dialog.apply() == []


def test_a_bad_warning_list_is_refused_with_a_message(qtbot, tmp_path):
    dialog = PreferencesDialog(Settings(tmp_path / "s.json"))
    qtbot.addWidget(dialog)
    dialog.warn_before.setText("snart")
    dialog._accept_if_valid()
    assert not dialog.problem.isHidden()
    assert dialog.result() == 0


def test_settings_round_trip_atomically(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = Settings(path)
    settings.set("volume", 0.3)
    settings.add_recent("/a.yaml")
    settings.add_recent("/b.yaml")
    settings.add_recent("/a.yaml")
    assert settings.save() is None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    loaded = Settings.load(path)
    assert loaded.get("volume") == 0.3
    assert loaded.get("recent_files") == ["/a.yaml", "/b.yaml"]
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_an_older_settings_file_is_migrated(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"mute": True, "warn_minutes": [3], "theme": "dark"}),
                    encoding="utf-8")
    loaded = Settings.load(path)
    assert loaded.get("muted") is True
    assert loaded.get("warn_before") == [3]
    assert loaded.get("theme") == "dark"


def test_a_damaged_settings_file_gives_defaults_and_says_so(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    loaded = Settings.load(path)
    assert loaded.get("theme") == "system"
    assert "damaged settings file" in loaded.problems[0]
    path.write_text(json.dumps({"version": 1, "values": {"volume": 7}}), encoding="utf-8")
    loaded = Settings.load(path)
    assert loaded.get("volume") == 0.8
    assert "invalid value" in loaded.problems[0]


def test_an_unwritable_settings_folder_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    settings = Settings(blocker / "settings.json")
    problem = settings.save()
    assert problem is not None and "cannot save settings" in problem


def test_the_slide_source_followed_for_one_run_is_not_saved_unless_picked(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    dialog = PreferencesDialog(settings, slide_source_now="keys")   # --slides keys
    qtbot.addWidget(dialog)
    assert dialog.slide_source.currentData() == "keys"
    assert dialog.apply() == []                  # left alone: nothing saved
    assert settings.get("slide_source") == "none"
    dialog.slide_source.setCurrentIndex(dialog.slide_source.findData("none"))
    assert dialog.apply() == ["slide_source"]    # the saved value, but a change for this run
    dialog = PreferencesDialog(settings, slide_source_now="none")
    qtbot.addWidget(dialog)
    dialog.slide_source.setCurrentIndex(dialog.slide_source.findData("impress"))
    dialog.slides_follow.setCurrentIndex(dialog.slides_follow.findData("follow"))
    assert set(dialog.apply()) == {"slide_source", "slides_follow"}
    saved = Settings.load(tmp_path / "settings.json")
    assert (saved.get("slide_source"), saved.get("slides_follow")) == ("impress", "follow")


def test_an_unknown_slide_source_in_the_settings_file_falls_back_to_none(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION,
                                "values": {"slide_source": "beamer"}}), encoding="utf-8")
    settings = Settings.load(path)
    assert settings.get("slide_source") == "none"
    assert "slide_source" in settings.problems[0]
