"""The schema of the releases before migrations: what schema.py's tables were then.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("published", sa.String(32), index=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.Column("raw", sa.LargeBinary),
        sa.Column("raw_kind", sa.String(16)),
        sa.Column("fetched_at", sa.String(40)),
        sa.Column("ingested_at", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary),
        sa.Column("duplicate_of", sa.String, index=True),
    )
    op.create_table(
        "actors",
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("kind", sa.String(16)),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(8)),
        sa.Column("role", sa.Text),
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id", sa.String, sa.ForeignKey("articles.id"), nullable=False, index=True
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String, index=True),
        sa.Column("speaker_text", sa.Text),
        sa.Column("kind", sa.String(16)),
        sa.Column("cue", sa.Text),
        sa.Column("stance", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("published", sa.String(32)),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("mode", sa.String(32)),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("date_value", sa.String(32)),
        sa.Column("date_start", sa.String(10), index=True),
        sa.Column("date_end", sa.String(10)),
        sa.Column("first_seen", sa.String(40), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "event_participants",
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("name", sa.String, primary_key=True),
        sa.Column("role", sa.String(10), primary_key=True),
        sa.Index("ix_event_participants_name", "name"),
    )
    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id", sa.String, sa.ForeignKey("articles.id"), nullable=False, index=True
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id"), index=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "state",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "state",
        "event_mentions",
        "event_participants",
        "events",
        "quotes",
        "actors",
        "articles",
    ):
        op.drop_table(table)
