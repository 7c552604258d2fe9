"""The write path's statements, built once per process with bound parameters.

Saving one article runs dozens of statements (a few per event mention). Building a SQLAlchemy
statement anew for each call, and computing its cache key, cost several times what SQLite
takes to run it; a statement built once with `bindparam`s is looked up in the compiled cache
directly. Lists (`IN (...)`) use expanding parameters, so one statement serves any length.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update

from newsledger.store import schema

a, e, p, m = schema.articles, schema.events, schema.event_participants, schema.event_mentions
n, w, actors, q = schema.actor_names, schema.actor_name_words, schema.actors, schema.quotes

ARTICLES_LIKE = select(a.c.id, a.c.content_hash).where(
    or_(a.c.id == bindparam("id"), a.c.content_hash == bindparam("digest"))
)
INSERT_ARTICLE = insert(a)
# The near-duplicate index's originals (not near-copies), all or from a time on.
ORIGINALS = select(a.c.id, a.c.signature, a.c.ingested_at).where(
    and_(a.c.signature.is_not(None), a.c.duplicate_of.is_(None))
)
# From a time on: by the ingested_at index alone (the originals are picked out of the few
# rows it finds), since SQLite would otherwise walk the duplicate_of index over every original,
# making each save's refresh cost grow with the ledger.
ORIGINALS_SINCE = select(a.c.id, a.c.signature, a.c.ingested_at, a.c.duplicate_of).where(
    a.c.ingested_at >= bindparam("since")
)
INSERT_QUOTES = insert(q)
KNOWN_ACTORS = select(actors.c.name).where(actors.c.name.in_(bindparam("names", expanding=True)))
INSERT_ACTORS = insert(actors)
ACTOR = select(actors).where(actors.c.name == bindparam("name"))
PUBLISHED = select(a.c.id, a.c.published).where(a.c.id.in_(bindparam("ids", expanding=True)))

_having_all = (
    select(p.c.event_id)
    .where(p.c.name.in_(bindparam("names", expanding=True)))
    .group_by(p.c.event_id)
    .having(func.count(func.distinct(p.c.name)) == bindparam("count"))
)
# The type is compared as an expression ("type || ''"), which no index serves: SQLite, left to
# itself, walks the type index over every event of that type (thousands in a large ledger) and
# tests each against the participants' short list, where the name index finds a handful.
_of_type = and_(e.c.id.in_(_having_all), e.c.type.concat("") == bindparam("type"))
_in_window = or_(
    or_(e.c.date_start.is_(None), e.c.date_end.is_(None)),
    and_(e.c.date_start <= bindparam("last"), e.c.date_end >= bindparam("first")),
)
EVENTS_WITH = select(e.c.data).where(_of_type).order_by(e.c.id)
EVENTS_WITH_IN_WINDOW = select(e.c.data).where(and_(_of_type, _in_window)).order_by(e.c.id)
# Events naming any one of the names: one statement where a loop over the names ran one each.
_having_any = select(p.c.event_id).where(p.c.name.in_(bindparam("names", expanding=True)))
_of_type_any = and_(e.c.id.in_(_having_any), e.c.type.concat("") == bindparam("type"))
EVENTS_WITH_ANY = select(e.c.data).where(_of_type_any).order_by(e.c.id)
EVENTS_WITH_ANY_IN_WINDOW = select(e.c.data).where(and_(_of_type_any, _in_window)).order_by(e.c.id)

INSERT_MENTION = insert(m)
MOVE_MENTION = (
    update(m)
    .where(and_(m.c.article_id == bindparam("a_id"), m.c.position == bindparam("a_pos")))
    .values(event_id=bindparam("to_event"))
)
MENTIONS_OF = (
    select(m.c.article_id, m.c.position, m.c.data, a.c.content_hash, a.c.published)
    .join(a, a.c.id == m.c.article_id)
    .where(m.c.event_id == bindparam("event_id"))
)

EVENT_FIRST_SEEN = select(e.c.first_seen).where(e.c.id == bindparam("event_id"))
INSERT_EVENT = insert(e)
UPDATE_EVENT = (
    update(e)
    .where(e.c.id == bindparam("event_id"))
    .values(
        type=bindparam("v_type"),
        mode=bindparam("v_mode"),
        status=bindparam("v_status"),
        date_value=bindparam("v_date_value"),
        date_start=bindparam("v_date_start"),
        date_end=bindparam("v_date_end"),
        data=bindparam("v_data"),
    )
)
PARTICIPANTS = select(p.c.name, p.c.role).where(p.c.event_id == bindparam("event_id"))
DELETE_PARTICIPANTS = delete(p).where(p.c.event_id == bindparam("event_id"))
INSERT_PARTICIPANTS = insert(p)

KNOWN_NAMES = select(n.c.name).where(n.c.name.in_(bindparam("names", expanding=True)))
INSERT_NAMES = insert(n)
INSERT_NAME_WORDS = insert(w)
