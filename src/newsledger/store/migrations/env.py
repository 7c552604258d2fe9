"""Alembic's entry point: run the revisions on the connection newsledger.store.migrate passes,
inside the transaction (and lock) it already holds."""

from alembic import context

context.configure(connection=context.config.attributes["connection"])
with context.begin_transaction():
    context.run_migrations()
