"""The main window's panels, top to bottom.

Each panel makes its own widgets and knows how to show a snapshot on them;
none of them computes time or talks to the engine. The window
(ui/main_window.py) builds them, lays their widgets out in its one column
and calls them when the bridge reports a new moment:

- current_block.py: the block's title and facts, the clock of day, the big
  timer in its phase colours, the cue;
- pages.py: the pages under the timer: the programme before the start,
  the steps and notes while it runs (steps.py), the summary at the end;
- schedule.py: what comes next, the timeline strip, the schedule line;
- controls.py: the row of buttons;
- actions.py: the menus, the keyboard shortcuts and the overlay listing them;
- parts.py: the small widgets the panels share.

Panels are not windows: they never subclass QMainWindow or QDialog and
never import a window module (tests/test_import_graph.py).
"""
