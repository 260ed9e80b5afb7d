"""Slide sources: where the facilitator learns which slide a running show is on."""
