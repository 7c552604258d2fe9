"""Extraction: spaCy Doc (+ context) -> records (times, quotes, events, stance)."""
