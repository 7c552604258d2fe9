"""The database schema, written once for every backend SQLAlchemy speaks.

This is the current (head) schema; databases are created and upgraded to it by the Alembic
revisions in store/migrations, which must change together with this module.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# One row per ingested document; `raw` is the input as read, zlib-compressed, for reprocessing.
articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("site", Text),
    Column("language", String(16)),
    Column("published", String(32), index=True),
    Column("body", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # the `analyze` JSON, internals included
    Column("raw", LargeBinary),
    Column("raw_kind", String(16)),
    Column("fetched_at", String(40)),
    Column("ingested_at", String(40), nullable=False, index=True),
    # MinHash signature of the body, and the earlier article this one is a near-copy of
    # (a syndicated wire story): a copy is kept and linked, but its records are not counted again.
    Column("signature", LargeBinary),
    Column("duplicate_of", String, index=True),
)

actors = Table(
    "actors",
    metadata,
    Column("name", String, primary_key=True),
    Column("kind", String(16)),
    Column("country", String(16)),  # ISO alpha-3, or a body's code (NATO)
    Column("sector", String(16)),
    Column("role", Text),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("speaker", String, index=True),
    Column("speaker_text", Text),
    Column("kind", String(16)),
    Column("cue", Text),
    Column("stance", String(16)),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("published", String(32)),
)

# A ledger event: the merged view of its mentions; `data` is the Event JSON, internals included.
events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(64), nullable=False, index=True),
    Column("mode", String(64)),
    Column("status", String(16), nullable=False, index=True),
    Column("date_value", String(32)),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("first_seen", String(40), nullable=False),
    Column("data", Text, nullable=False),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id"), primary_key=True),
    Column("name", String, primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Index("ix_event_participants_name", "name"),
)

# Each mention as extracted from one article; events are rebuilt from these when an article changes.
event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String, ForeignKey("articles.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("event_id", String(32), ForeignKey("events.id"), index=True),
    Column("data", Text, nullable=False),
)

# Every participant and speaker name with its folded form (' word word ', see store/names.py),
# and each folded word: the --actor / --speaker filters look a word up here instead of scanning
# every name. (Revision 2.)
actor_names = Table(
    "actor_names",
    metadata,
    Column("name", String, primary_key=True),
    Column("folded", Text, nullable=False),
)

actor_name_words = Table(
    "actor_name_words",
    metadata,
    Column("word", String, primary_key=True),
    Column("name", String, primary_key=True),
)

# Key-value state that readers keep between runs (feed ETags, seen entries).
state = Table(
    "state",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)
