"""facilitator: a desktop meeting timer for the person who runs the meeting."""

from .source_lines import forget_source_lines

__version__ = "0.1.0"

# Before any other module of the app loads: PySide6 would have Python keep the
# source of every one of them (source_lines.py says why and how much).
forget_source_lines()
