"""The meeting itself, free of Qt: programmes, timing, journal, reports, import."""
