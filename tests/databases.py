"""Fresh ledgers for tests: a new SQLite file, or a new database on the local PostgreSQL.

Every test run gets its own PostgreSQL database, dropped afterwards; without a server the test
skips with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


@contextmanager
def postgres_url() -> Iterator[str]:
    """A fresh database on the local PostgreSQL, dropped afterwards (skips when absent)."""
    psycopg = pytest.importorskip("psycopg")
    name = f"newsledger_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN.replace("postgresql", "postgres", 1), autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432 ({str(exc).splitlines()[0]})")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


@contextmanager
def ledger_url(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty ledger on `backend` ("sqlite" or "postgresql")."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'ledger.db'}"
        return
    with postgres_url() as url:
        yield url
