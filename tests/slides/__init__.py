"""Tests of the slide sources."""
