"""The room on a phone: a view and a remote control served over the local network."""
