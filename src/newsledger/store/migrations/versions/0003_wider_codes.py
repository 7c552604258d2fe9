"""Room for codes that are not three letters and for categories added as data.

Bodies that are not countries carry their own code as `country` ("NATO", "EUR"), and a
category added to the event vocabulary may have a longer name than the PLOVER ones; SQLite never
enforced these lengths, PostgreSQL did and refused the row.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

WIDER = {
    "actors": [("country", 3, 16), ("sector", 8, 16)],
    "events": [("type", 16, 64), ("mode", 32, 64)],
}


def upgrade() -> None:
    for table, columns in WIDER.items():
        with op.batch_alter_table(table) as batch:
            for name, old, new in columns:
                batch.alter_column(name, type_=sa.String(new), existing_type=sa.String(old))


def downgrade() -> None:
    for table, columns in WIDER.items():
        with op.batch_alter_table(table) as batch:
            for name, old, new in columns:
                batch.alter_column(name, type_=sa.String(old), existing_type=sa.String(new))
