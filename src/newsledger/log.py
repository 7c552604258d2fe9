"""Logging set-up for the command line: the library only logs, the CLI decides how much shows.

Library modules log through `logging.getLogger(__name__)`; `-v` shows what each article became
(INFO), `-vv` everything (DEBUG), `-q` only errors.
"""

from __future__ import annotations

import logging
import sys


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (click's test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.setStream(sys.stderr)
        super().emit(record)


def configure(verbose: int = 0, quiet: bool = False) -> None:
    """Route newsledger's log records to stderr at the level the options ask for."""
    if quiet:
        level = logging.ERROR
    else:
        level = {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    logger = logging.getLogger("newsledger")
    for handler in list(logger.handlers):
        if isinstance(handler, _StderrHandler):
            logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(
        logging.Formatter("%(message)s" if verbose < 2 else "%(name)s: %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
