"""Progress of a long ingest on stderr: a live counter on a terminal, periodic lines otherwise.

A log file or CI output gets one line every `interval` seconds instead of a redrawn counter,
so it stays readable; `--quiet` turns both off.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from newsledger.ingest import ArticleResult
from newsledger.model import Skipped


class Progress:
    """A `report` callback for `ingest`: counts articles and skips, shows the rate."""

    def __init__(
        self, stream: TextIO | None = None, interval: float = 10.0, live: bool | None = None
    ):
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.interval = 0.2 if self.live else interval
        self.started = self.shown = time.monotonic()
        self.articles = self.skipped = 0

    def __call__(self, item: ArticleResult | Skipped) -> None:
        if isinstance(item, Skipped):
            self.skipped += 1
        else:
            self.articles += 1
        now = time.monotonic()
        if now - self.shown >= self.interval:
            self.shown = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        return (
            f"ingested {self.articles} articles, {self.skipped} skipped, "
            f"{self.articles / elapsed:.1f} articles/s"
        )

    def _show(self, now: float) -> None:
        if self.live:
            self.stream.write("\r" + self.line(now))
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def note(self, text: str) -> None:
        """A line of its own (a skipped input), clearing a live counter first."""
        self.stream.write(("\r\033[K" if self.live else "") + text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End a live counter's line so the summary starts on its own."""
        if self.live and self.shown > self.started:
            self.stream.write("\n")
            self.stream.flush()
