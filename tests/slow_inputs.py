"""Inputs whose reading takes long, for the worker tests: a Pending item made with these is
unpickled in a worker process, so the function must be importable there (tests/ is on the
path the spawned workers inherit)."""

from __future__ import annotations

import time

from newsledger.model import Article


def read_slowly(seconds: float, id: str, body: str) -> Article:
    """An article that takes `seconds` to read, like a pathological page."""
    time.sleep(seconds)
    return Article(id=id, body=body)
