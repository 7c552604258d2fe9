"""The ledger's rows: articles, quotes, actors, events and their mentions, in and out.

One class over any supported SQLAlchemy URL, so the CLI, the API and the workers share one code
path whether the ledger is a local SQLite file or a PostgreSQL server. It stores and finds rows
and decides nothing: which event a mention joins is the merge service's job (resolve/), and
duplicate detection is the facade's (newsledger.ledger).

Writers take one global write lock per transaction (`Repository.writing`): SQLite's
BEGIN IMMEDIATE, PostgreSQL's transaction-level advisory lock. A save reads what other
processes committed before it, so two processes can ingest into one ledger.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, delete, false, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import Select

from newsledger.errors import StoreError
from newsledger.model import Actor, Article, Event, EventMention, from_json, to_json
from newsledger.store import schema
from newsledger.store.engine import MERGE_LOCK, is_postgresql, open_engine
from newsledger.store.migrate import upgrade
from newsledger.store.names import folded_name, name_words, query_words


@dataclass
class StoredQuote:
    """A stored quotation with the title of its article (fields in the CLI's column order)."""

    article_id: str
    position: int
    speaker: str | None
    speaker_text: str | None
    kind: str | None
    cue: str | None
    stance: str | None
    text: str
    start: int | None
    end: int | None
    published: str | None
    title: str | None


@dataclass
class StoredMention:
    """One event mention as stored, with what the merge service needs to order and key it."""

    article_id: str
    position: int
    article_key: str  # the article's content hash
    published: str | None
    mention: EventMention


@dataclass
class StoredArticle:
    """An article row's identity, for duplicate checks."""

    id: str
    content_hash: str


class Repository:
    """A ledger database at a SQLAlchemy URL (``sqlite:///path`` or ``postgresql://...``).

    `create=False` refuses to make a new SQLite file: a query against a mistyped path should
    say so rather than answer from an empty ledger.
    """

    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.engine: Engine = open_engine(url, create=create)
        try:
            upgrade(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {url}: {reason(exc)}") from exc

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One transaction holding the ledger's write lock; commits on success."""
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                if is_postgresql(self.engine):
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MERGE_LOCK})
                yield Writer(conn)

    # -- state kept for readers --------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.state.c.value).where(schema.state.c.key == key)
            ).scalar()

    def set_state(self, key: str, value: str) -> None:
        with self.writing() as w:
            w.conn.execute(delete(schema.state).where(schema.state.c.key == key))
            w.conn.execute(insert(schema.state).values(key=key, value=value))

    # -- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        a = schema.articles
        with self.engine.connect() as conn:
            return conn.execute(select(a.c.id).where(a.c.id == article_id)).first() is not None

    def article_ids(self) -> list[str]:
        """Every stored article's id, oldest ingestion first."""
        a = schema.articles
        with self.engine.connect() as conn:
            return list(conn.execute(select(a.c.id).order_by(a.c.ingested_at, a.c.id)).scalars())

    def article(self, article_id: str) -> Article | None:
        a = schema.articles
        with self.engine.connect() as conn:
            row = conn.execute(select(a.c.analysis, a.c.raw).where(a.c.id == article_id)).first()
        if row is None:
            return None
        article = from_json(Article, json.loads(row.analysis))
        article.raw = zlib.decompress(row.raw) if row.raw else None
        return article

    def articles(self, limit: int | None = None, offset: int = 0) -> list[Article]:
        """Stored articles (their analyses, without the raw input), newest publication first."""
        a = schema.articles
        query = (
            select(a.c.analysis)
            .order_by(a.c.published.desc().nulls_last(), a.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).scalars().all()
        return [from_json(Article, json.loads(data)) for data in rows]

    def event(self, event_id: str) -> Event | None:
        with self.engine.connect() as conn:
            return _event(conn, event_id)

    def originals_since(self, ingested_at: str | None) -> list[tuple[str, bytes, str]]:
        with self.engine.connect() as conn:
            return originals_since(conn, ingested_at)

    def events(
        self,
        actors: Iterable[str] = (),
        type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Ledger events, undated (fresh reports) first, then newest date first; every named
        actor must take part. `since`/`until` keep only dated events overlapping the range."""
        e, p = schema.events, schema.event_participants
        query = select(e.c.data)
        for wanted in actors:
            query = query.where(
                e.c.id.in_(select(p.c.event_id).where(p.c.name.in_(_named(wanted))))
            )
        if type:
            query = query.where(e.c.type == type.upper())
        if status:
            query = query.where(e.c.status == status.lower())
        if since or until:
            query = query.where(e.c.date_start.is_not(None))
        if since:
            query = query.where(or_(e.c.date_end >= since, e.c.date_end.is_(None)))
        if until:
            query = query.where(e.c.date_start <= until)
        query = query.order_by(
            e.c.date_start.is_(None).desc(),
            e.c.date_start.desc(),
            e.c.date_end.desc().nulls_last(),
            e.c.id,
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).scalars().all()
        return [from_json(Event, json.loads(data)) for data in rows]

    def actor_names(self) -> list[str]:
        """Every participant and speaker name in the ledger, sorted."""
        n = schema.actor_names
        with self.engine.connect() as conn:
            return list(conn.execute(select(n.c.name).order_by(n.c.name)).scalars())

    def quotes(self, speaker: str | None = None, search: str | None = None) -> list[StoredQuote]:
        """Quotations, newest first; `speaker` names the speaker as --actor names a participant."""
        q, a = schema.quotes, schema.articles
        query = select(q, a.c.title).join(a, a.c.id == q.c.article_id)
        if search:
            query = query.where(q.c.text.ilike(f"%{escape_like(search)}%", escape="\\"))
        if speaker:
            query = query.where(q.c.speaker.in_(_named(speaker)))
        query = query.order_by(q.c.published.desc(), q.c.article_id, q.c.position)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        fields = StoredQuote.__dataclass_fields__
        return [StoredQuote(**{k: v for k, v in r._mapping.items() if k in fields}) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("articles", schema.articles),
                    ("events", schema.events),
                    ("quotes", schema.quotes),
                )
            }


class Writer:
    """The row operations of one locked write transaction (see `Repository.writing`)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    # -- articles ----------------------------------------------------------------------------

    def articles_like(self, article_id: str, digest: str) -> list[StoredArticle]:
        """Stored articles with this id or this content."""
        a = schema.articles
        rows = self.conn.execute(
            select(a.c.id, a.c.content_hash).where(
                or_(a.c.id == article_id, a.c.content_hash == digest)
            )
        ).all()
        return [StoredArticle(r.id, r.content_hash) for r in rows]

    def originals_since(self, ingested_at: str | None) -> list[tuple[str, bytes, str]]:
        return originals_since(self.conn, ingested_at)

    def insert_article(
        self, article: Article, digest: str, signature: bytes, copy_of: str | None
    ) -> None:
        """The article row; for an original also its quotes and actors (a near-copy's claims
        are already counted through the original)."""
        self.conn.execute(
            insert(schema.articles).values(
                id=article.id,
                content_hash=digest,
                title=article.title,
                url=article.url,
                site=article.site,
                language=article.language,
                published=article.published,
                body=article.body,
                analysis=json.dumps(to_json(article, with_internal=True)),
                raw=zlib.compress(article.raw) if article.raw else None,
                raw_kind=article.raw_kind,
                fetched_at=article.fetched_at,
                ingested_at=datetime.now(UTC).isoformat(timespec="microseconds"),
                signature=signature,
                duplicate_of=copy_of,
            )
        )
        if copy_of:
            return
        if article.quotes:
            self.conn.execute(
                insert(schema.quotes),
                [
                    dict(
                        article_id=article.id,
                        position=i,
                        speaker=q.speaker,
                        speaker_text=q.speaker_text,
                        kind=q.kind,
                        cue=q.cue,
                        stance=q.stance,
                        text=q.text,
                        start=q.start,
                        end=q.end,
                        published=article.published,
                    )
                    for i, q in enumerate(article.quotes)
                ],
            )
            self._register_names(q.speaker for q in article.quotes if q.speaker)
        known = set(
            self.conn.execute(
                select(schema.actors.c.name).where(
                    schema.actors.c.name.in_([a.name for a in article.actors])
                )
            ).scalars()
        )
        for actor in article.actors:
            if actor.name not in known:
                known.add(actor.name)
                self.conn.execute(
                    insert(schema.actors).values(
                        name=actor.name,
                        kind=actor.kind,
                        country=actor.country,
                        sector=actor.sector,
                        role=actor.role,
                    )
                )

    def remove_article(self, article_id: str) -> set[str]:
        """Delete an article with its quotes and mentions; the ids of the events they fed."""
        m = schema.event_mentions
        event_ids = set(
            self.conn.execute(
                select(m.c.event_id).where(
                    and_(m.c.article_id == article_id, m.c.event_id.is_not(None))
                )
            ).scalars()
        )
        self.conn.execute(delete(m).where(m.c.article_id == article_id))
        self.conn.execute(delete(schema.quotes).where(schema.quotes.c.article_id == article_id))
        self.conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
        return event_ids

    def published(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        a = schema.articles
        return dict(
            self.conn.execute(
                select(a.c.id, a.c.published).where(a.c.id.in_(set(article_ids)))
            ).all()
        )

    def actor(self, name: str) -> Actor | None:
        row = self.conn.execute(select(schema.actors).where(schema.actors.c.name == name)).first()
        if row is None:
            return None
        return Actor(
            name=row.name, kind=row.kind, country=row.country, sector=row.sector, role=row.role
        )

    # -- events ------------------------------------------------------------------------------

    def events_with(
        self, names: list[str], type: str, overlapping: tuple[str, str] | None = None
    ) -> list[Event]:
        """Events of `type` whose participants include every one of `names`, by id.

        `overlapping` (first and last ISO day) leaves out events dated wholly outside that
        window, in SQL: a pair of leaders meets hundreds of times in a large ledger, and only
        the few near the mention's date need decoding.
        """
        p, e = schema.event_participants, schema.events
        having_all = (
            select(p.c.event_id)
            .where(p.c.name.in_(names))
            .group_by(p.c.event_id)
            .having(func.count(func.distinct(p.c.name)) == len(names))
        )
        wanted = and_(e.c.id.in_(having_all), e.c.type == type)
        if overlapping is not None:
            first, last = overlapping
            undated = or_(e.c.date_start.is_(None), e.c.date_end.is_(None))
            wanted = and_(wanted, or_(undated, and_(e.c.date_start <= last, e.c.date_end >= first)))
        rows = self.conn.execute(select(e.c.data).where(wanted).order_by(e.c.id)).scalars()
        return [from_json(Event, json.loads(data)) for data in rows]

    def insert_mention(
        self, article_id: str, position: int, event_id: str | None, mention: EventMention
    ) -> None:
        self.conn.execute(
            insert(schema.event_mentions).values(
                article_id=article_id,
                position=position,
                event_id=event_id,
                data=json.dumps(to_json(mention, with_internal=True)),
            )
        )

    def move_mention(self, article_id: str, position: int, event_id: str) -> None:
        """Point a stored mention at another (already saved) event: a rebuild split it off."""
        m = schema.event_mentions
        self.conn.execute(
            update(m)
            .where(and_(m.c.article_id == article_id, m.c.position == position))
            .values(event_id=event_id)
        )

    def mentions_of(self, event_id: str) -> list[StoredMention]:
        """The mentions merged into an event, with their articles' keys and dates."""
        m, a = schema.event_mentions, schema.articles
        rows = self.conn.execute(
            select(m.c.article_id, m.c.position, m.c.data, a.c.content_hash, a.c.published)
            .join(a, a.c.id == m.c.article_id)
            .where(m.c.event_id == event_id)
        ).all()
        return [
            StoredMention(
                r.article_id,
                r.position,
                r.content_hash,
                r.published,
                from_json(EventMention, json.loads(r.data)),
            )
            for r in rows
        ]

    def save_event(self, event: Event, old_id: str | None = None) -> None:
        """Insert or update an event and its participants. With `old_id` (the id it was stored
        under) different from `event.id`, the event is re-keyed: its mentions follow it."""
        e, p, m = schema.events, schema.event_participants, schema.event_mentions
        values = dict(
            type=event.type,
            mode=event.mode,
            status=event.status,
            date_value=event.date.value if event.date else None,
            date_start=(event.date.start or None) if event.date else None,
            date_end=(event.date.end or None) if event.date else None,
            data=json.dumps(to_json(event, with_internal=True)),
        )
        stored = old_id or event.id
        exists = self.conn.execute(select(e.c.first_seen).where(e.c.id == stored)).first()
        if exists is not None and stored == event.id:
            self.conn.execute(update(e).where(e.c.id == event.id).values(**values))
        else:
            first_seen = (
                exists.first_seen
                if exists
                else datetime.now(UTC).isoformat(timespec="microseconds")
            )
            self.conn.execute(insert(e).values(id=event.id, first_seen=first_seen, **values))
        self.conn.execute(delete(p).where(p.c.event_id == stored))
        if stored != event.id:
            self.conn.execute(update(m).where(m.c.event_id == stored).values(event_id=event.id))
            self.conn.execute(delete(e).where(e.c.id == stored))
        rows = {(x.name, "actor") for x in event.actors} | {
            (x.name, "recipient") for x in event.recipients
        }
        self.conn.execute(
            insert(p), [dict(event_id=event.id, name=n, role=r) for n, r in sorted(rows)]
        )
        self._register_names(n for n, _ in rows)

    def delete_event(self, event_id: str) -> None:
        p, e = schema.event_participants, schema.events
        self.conn.execute(delete(p).where(p.c.event_id == event_id))
        self.conn.execute(delete(e).where(e.c.id == event_id))

    def _register_names(self, names: Iterable[str]) -> None:
        """Add names the filters have not seen to actor_names and actor_name_words."""
        wanted = set(names)
        if not wanted:
            return
        n = schema.actor_names
        known = set(self.conn.execute(select(n.c.name).where(n.c.name.in_(wanted))).scalars())
        fresh = sorted(wanted - known)
        if not fresh:
            return
        self.conn.execute(insert(n), [dict(name=x, folded=folded_name(x)) for x in fresh])
        words = [dict(word=w, name=x) for x in fresh for w in sorted(set(name_words(x)))]
        if words:
            self.conn.execute(insert(schema.actor_name_words), words)


def _named(wanted: str) -> Select:
    """The stored names `wanted` names (see store/names.py), as a subquery."""
    n, w = schema.actor_names, schema.actor_name_words
    words = query_words(wanted)
    if not words:
        return select(n.c.name).where(false())
    pattern = f"% {escape_like(' '.join(words))} %"
    return select(n.c.name).where(
        and_(
            n.c.name.in_(select(w.c.name).where(w.c.word == words[0])),
            n.c.folded.like(pattern, escape="\\"),
        )
    )


def originals_since(conn: Connection, ingested_at: str | None) -> list[tuple[str, bytes, str]]:
    """(id, signature, ingested_at) of the originals (not near-copies) stored from a time on,
    for the near-duplicate index."""
    a = schema.articles
    query = select(a.c.id, a.c.signature, a.c.ingested_at).where(
        and_(a.c.signature.is_not(None), a.c.duplicate_of.is_(None))
    )
    if ingested_at is not None:
        query = query.where(a.c.ingested_at >= ingested_at)
    return [(r.id, r.signature, r.ingested_at) for r in conn.execute(query)]


def _event(conn: Connection, event_id: str) -> Event | None:
    data = conn.execute(select(schema.events.c.data).where(schema.events.c.id == event_id)).scalar()
    return from_json(Event, json.loads(data)) if data else None


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def reason(exc: SQLAlchemyError) -> str:
    """The first line of the driver's message: enough for the user, no SQL dump."""
    message = str(getattr(exc, "orig", None) or exc)
    return message.splitlines()[0] if message else type(exc).__name__
