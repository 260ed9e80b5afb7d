"""The Qt faces of the meeting: windows, widgets, models and the engine bridge."""
