"""Bringing a database to the current schema with the Alembic revisions in store/migrations.

Run on every open, so upgrading newsledger upgrades the ledger. A database made before
migrations existed (tables from `create_all`, no alembic_version) is stamped as revision 1
first. Two processes opening a fresh database at once must not both create tables, so the
upgrade runs under a lock: SQLite's write lock (BEGIN IMMEDIATE), PostgreSQL's advisory lock.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from newsledger.errors import StoreError
from newsledger.store.engine import MIGRATE_LOCK, is_postgresql

MIGRATIONS = Path(__file__).parent / "migrations"
FIRST_REVISION = "0001"


def head() -> str:
    """The newest revision this release knows."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema; a no-op (one read) when it is current."""
    scripts = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == scripts.get_current_head():
        return
    if current is not None and current not in {r.revision for r in scripts.walk_revisions()}:
        raise StoreError(
            f"the ledger's schema (revision {current}) is newer than this newsledger: upgrade it"
        )
    with engine.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            if is_postgresql(engine):
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
            _upgrade_locked(conn)


def _upgrade_locked(conn: Connection) -> None:
    config = _config(conn)
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables and "articles" in tables:
        command.stamp(config, FIRST_REVISION)
    command.upgrade(config, "head")


def _config(conn: Connection | None = None) -> Config:
    """Alembic's configuration, built here: no alembic.ini is needed at run time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config
