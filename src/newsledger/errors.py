"""Every error newsledger raises on purpose, under one base class.

A user can cause each of these (a bad path, an unreachable database, a missing model), so each
carries a one-line message the command line prints as it is, with no traceback. Anything that
is not a NewsledgerError is a bug and keeps its traceback.
"""

from __future__ import annotations


class NewsledgerError(Exception):
    """Base class: the message is one line, written for the user."""

    exit_code = 1


class ConfigError(NewsledgerError):
    """A setting or option is unusable (an unsupported database URL, a bad value)."""

    exit_code = 2


class InputError(NewsledgerError):
    """An input cannot be read at all (as opposed to one skipped record inside it)."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused (private address, robots.txt, size cap)."""


class LimitExceeded(InputError):
    """An input goes over a configured limit (size, nesting depth, time budget)."""


class StoreError(NewsledgerError):
    """The ledger database cannot be opened, read or written."""


class ModelNotFound(NewsledgerError):
    """The configured spaCy pipeline is not installed."""
