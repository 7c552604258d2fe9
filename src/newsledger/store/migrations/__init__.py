"""Alembic revisions of the ledger schema (run by newsledger.store.migrate)."""
