"""Storage: the ledger's rows over SQLite (default) or PostgreSQL, through SQLAlchemy Core.

Depends only on the model, the schema and the errors; the library facade that also merges
events is newsledger.ledger.Ledger.
"""

from newsledger.errors import StoreError
from newsledger.store.repository import Repository, StoredQuote, Writer

__all__ = ["Repository", "StoreError", "StoredQuote", "Writer"]
