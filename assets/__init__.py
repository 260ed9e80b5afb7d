"""Bundled assets (sounds, translations), shipped as facilitator.assets."""
