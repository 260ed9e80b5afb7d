"""The slide sources' names, free of Qt: for the command line, the settings and choose.py."""

from __future__ import annotations

#: The names a user can choose (`--slides`, Preferences, the `slide_source` setting),
#: in the order Preferences lists them.
SOURCE_NAMES = ("none", "impress", "powerpoint", "keynote", "keys")
