"""Cleaning: separating page furniture from the body, normalising text, language."""
