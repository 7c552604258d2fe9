"""Storage: one interface over SQLite (default) and PostgreSQL, through SQLAlchemy Core."""

from newsledger.store.ledger import Ledger, StoreError

__all__ = ["Ledger", "StoreError"]
