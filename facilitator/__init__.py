"""facilitator: a desktop meeting timer for the person who runs the meeting."""

__version__ = "0.1.0"
