"""Folded actor names for the --actor / --speaker filters; an index for near-duplicate refresh.

The filters used to fold every stored name in Python on each query; the folded names and their
words now live in tables, filled here from the names already stored. Writers reload the
near-duplicate signatures other processes added by `ingested_at`, hence its index.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from newsledger.store.names import folded_name, name_words

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    names = op.create_table(
        "actor_names",
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("folded", sa.Text, nullable=False),
    )
    words = op.create_table(
        "actor_name_words",
        sa.Column("word", sa.String, primary_key=True),
        sa.Column("name", sa.String, primary_key=True),
    )
    op.create_index("ix_articles_ingested_at", "articles", ["ingested_at"])
    conn = op.get_bind()
    stored = set(
        conn.execute(sa.text("SELECT DISTINCT name FROM event_participants")).scalars()
    ) | set(
        conn.execute(
            sa.text("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        ).scalars()
    )
    if stored:
        op.bulk_insert(names, [dict(name=n, folded=folded_name(n)) for n in sorted(stored)])
        rows = [dict(word=w, name=n) for n in sorted(stored) for w in sorted(set(name_words(n)))]
        if rows:
            op.bulk_insert(words, rows)


def downgrade() -> None:
    op.drop_index("ix_articles_ingested_at", "articles")
    op.drop_table("actor_name_words")
    op.drop_table("actor_names")
