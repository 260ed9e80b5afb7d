"""Bundled meeting programmes, shipped inside the package as facilitator.agendas."""
