"""Checks the event-precision test files share."""

from __future__ import annotations


def told(events, category: str) -> list:
    """The mentions of `category` told as done (hypothetical ones make no ledger event)."""
    return [e for e in events if e.type == category and not e.hypothetical]
