"""Opening a database: which URLs are supported, and the connection settings writers rely on.

SQLite: WAL so readers keep reading while one process writes, a 60 s busy timeout so a second
writer waits for the lock instead of failing, and transactions begun by us (pysqlite's own
handling is switched off) so a writer can say BEGIN IMMEDIATE and take the write lock before it
reads. PostgreSQL: through psycopg 3; writers serialise on advisory locks (MERGE_LOCK).
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from newsledger.errors import StoreError

BUSY_TIMEOUT_S = 60
# Advisory lock keys (any fixed 64-bit integers): one for merges, one for schema upgrades.
MERGE_LOCK = 0x6E6C_6D65_7267
MIGRATE_LOCK = 0x6E6C_6D69_6772


def open_engine(url: str, create: bool = True) -> Engine:
    """An engine for `url`, or a StoreError that says what is wrong with it."""
    if url.startswith("sqlite:"):
        path = sqlite_path(url)
        if path is not None:
            if str(path.parent) and not path.parent.exists():
                raise StoreError(f"cannot open database {url}: folder {path.parent} does not exist")
            if not create and not path.exists():
                raise StoreError(f"no ledger at {path} (ingest something first, or check --db)")
        return _sqlite_engine(url, path)
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg://"):
        if url.startswith(prefix):
            try:
                return create_engine("postgresql+psycopg://" + url.removeprefix(prefix))
            except ImportError as exc:
                raise StoreError(f"cannot open database {url}: {exc}") from exc
    raise StoreError(
        f"unsupported database URL {url!r} (use a path, sqlite:///PATH or postgresql://...)"
    )


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for an in-memory database)."""
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else ""
    return Path(path) if path and path != ":memory:" else None


def _sqlite_engine(url: str, path: Path | None) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        if path is not None:
            _wal(dbapi_connection)
            # In WAL mode NORMAL still keeps every committed transaction through a crash of the
            # process (a killed ingest loses nothing it committed); only a power cut may undo the
            # last commits, never corrupt the file. It saves an fsync per article.
            dbapi_connection.execute("PRAGMA synchronous = NORMAL")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', '')}")

    return engine


def _wal(dbapi_connection) -> None:
    """Switch the file to WAL (persistent; a no-op once done). Changing the journal mode can
    report 'locked' without waiting while another process opens the same fresh file."""
    for attempt in range(100):
        try:
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            return
        except Exception as exc:  # sqlite3.OperationalError: database is locked
            if "locked" not in str(exc) or attempt == 99:
                raise OperationalError("PRAGMA journal_mode = WAL", None, exc) from exc
            time.sleep(0.05)
