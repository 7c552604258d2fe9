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
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import and_, delete, false, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import Select

from newsledger.errors import StoreError
from newsledger.model import Actor, Article, Event, EventMention, from_json, to_json
from newsledger.store import schema
from newsledger.store import statements as st
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
        self._known = KnownNames()  # names committed, as this process has seen them
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
                writer = Writer(conn, self._known)
                yield writer
                writer.finish()
            self._known.update(writer.learned)

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
        country: str | None = None,
    ) -> list[Event]:
        """Ledger events, undated (fresh reports) first, then newest date first; every named
        actor must take part. `since`/`until` keep only dated events overlapping the range;
        `country` (ISO 3166 alpha-3) those with a participant of that country (as the
        actors table knows it)."""
        e, p, a = schema.events, schema.event_participants, schema.actors
        query = select(e.c.data)
        for wanted in actors:
            query = query.where(
                e.c.id.in_(select(p.c.event_id).where(p.c.name.in_(_named(wanted))))
            )
        if country:
            of_country = select(a.c.name).where(a.c.country == country.upper())
            query = query.where(e.c.id.in_(select(p.c.event_id).where(p.c.name.in_(of_country))))
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

    def actor_counts(
        self, country: str | None = None, limit: int | None = None
    ) -> list[ActorCount]:
        """The ledger's participants and speakers with how many events and quotes each has,
        most active first (then by name); `country` keeps those of one country."""
        p, q, actors = schema.event_participants, schema.quotes, schema.actors
        events = (
            select(p.c.name.label("name"), func.count(func.distinct(p.c.event_id)).label("n"))
            .group_by(p.c.name)
            .subquery()
        )
        quotes = (
            select(q.c.speaker.label("name"), func.count().label("n"))
            .where(q.c.speaker.is_not(None))
            .group_by(q.c.speaker)
            .subquery()
        )
        names = select(events.c.name).union(select(quotes.c.name)).subquery()
        n_events = func.coalesce(events.c.n, 0)
        n_quotes = func.coalesce(quotes.c.n, 0)
        query = (
            select(
                names.c.name,
                actors.c.kind,
                actors.c.country,
                actors.c.sector,
                actors.c.role,
                n_events.label("events"),
                n_quotes.label("quotes"),
            )
            .select_from(names)
            .outerjoin(events, events.c.name == names.c.name)
            .outerjoin(quotes, quotes.c.name == names.c.name)
            .outerjoin(actors, actors.c.name == names.c.name)
            .order_by((n_events + n_quotes).desc(), names.c.name)
        )
        if country:
            query = query.where(actors.c.country == country.upper())
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit)).all()
        return [ActorCount(**r._mapping) for r in rows]

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


@dataclass
class ActorCount:
    """One participant or speaker of the ledger, with its stored attributes and activity."""

    name: str
    kind: str | None
    country: str | None
    sector: str | None
    role: str | None
    events: int
    quotes: int


class KnownNames:
    """Names this process has seen committed to the ledger (actor_names and actors rows).

    Those rows are never deleted, so a name once committed needs no look-up again: saving an
    article asks the database only about names new to this process. A transaction's names
    join only after it commits (a rolled-back insert must be looked up again).
    """

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.actors: dict[str, Actor] = {}  # a stored actor's row is never changed

    def update(self, other: KnownNames) -> None:
        self.names |= other.names
        self.actors.update(other.actors)


class Writer:
    """The row operations of one locked write transaction (see `Repository.writing`).

    Mention rows are queued and inserted together (`flush`) before any statement that reads
    or changes event_mentions and before the commit, so the rows and their order are the
    same as when each was inserted at once. Names for the actor filters are only read by
    queries, never by the write path, so they are registered once, at the end (`finish`).
    """

    def __init__(self, conn: Connection, known: KnownNames | None = None):
        self.conn = conn
        self.known = known or KnownNames()
        self.learned = KnownNames()  # joins `known` when the transaction commits
        self._mentions: list[dict] = []
        self._names: set[str] = set()

    def flush(self) -> None:
        """Insert the queued mention rows."""
        if self._mentions:
            self.conn.execute(st.INSERT_MENTION, self._mentions)
            self._mentions = []

    def finish(self) -> None:
        """Write what is queued: the last step of the transaction, before its commit."""
        self.flush()
        names, self._names = self._names, set()
        self._add_names(names)

    # -- articles ----------------------------------------------------------------------------

    def articles_like(self, article_id: str, digest: str) -> list[StoredArticle]:
        """Stored articles with this id or this content."""
        rows = self.conn.execute(st.ARTICLES_LIKE, {"id": article_id, "digest": digest}).all()
        return [StoredArticle(r.id, r.content_hash) for r in rows]

    def originals_since(self, ingested_at: str | None) -> list[tuple[str, bytes, str]]:
        return originals_since(self.conn, ingested_at)

    def insert_article(
        self, article: Article, digest: str, signature: bytes, copy_of: str | None
    ) -> None:
        """The article row; for an original also its quotes and actors (a near-copy's claims
        are already counted through the original)."""
        self.conn.execute(
            st.INSERT_ARTICLE,
            dict(
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
            ),
        )
        if copy_of:
            return
        if article.quotes:
            self.conn.execute(
                st.INSERT_QUOTES,
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
        self._insert_actors(article.actors)

    def _insert_actors(self, found: Iterable[Actor]) -> None:
        """Actors not stored yet, with the attributes of their first mention here."""
        fresh: dict[str, Actor] = {}
        for actor in found:
            name = actor.name
            if name not in self.known.actors and name not in self.learned.actors:
                fresh.setdefault(name, actor)
        if not fresh:
            return
        stored = set(self.conn.execute(st.KNOWN_ACTORS, {"names": list(fresh)}).scalars())
        rows = [
            dict(name=x.name, kind=x.kind, country=x.country, sector=x.sector, role=x.role)
            for name, x in fresh.items()
            if name not in stored
        ]
        if rows:
            self.conn.execute(st.INSERT_ACTORS, rows)
        for row in rows:  # as stored (the rows already there are read when asked for)
            self.learned.actors[row["name"]] = Actor(**row)

    def remove_article(self, article_id: str) -> set[str]:
        """Delete an article with its quotes and mentions; the ids of the events they fed."""
        self.flush()
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
        ids = sorted(set(article_ids))
        if not ids:
            return {}
        return dict(self.conn.execute(st.PUBLISHED, {"ids": ids}).all())

    def actor(self, name: str) -> Actor | None:
        """The stored actor of this name (a copy: callers may change it), else None."""
        found = self.known.actors.get(name) or self.learned.actors.get(name)
        if found is None:
            row = self.conn.execute(st.ACTOR, {"name": name}).first()
            if row is None:
                return None
            found = Actor(
                name=row.name, kind=row.kind, country=row.country, sector=row.sector, role=row.role
            )
            self.learned.actors[name] = found
        return replace(found)

    # -- events ------------------------------------------------------------------------------

    def events_with(
        self, names: list[str], type: str, overlapping: tuple[str, str] | None = None
    ) -> list[Event]:
        """Events of `type` whose participants include every one of `names`, by id.

        `overlapping` (first and last ISO day) leaves out events dated wholly outside that
        window, in SQL: a pair of leaders meets hundreds of times in a large ledger, and only
        the few near the mention's date need decoding.
        """
        params = {"names": sorted(set(names)), "count": len(names), "type": type}
        return self._events(st.EVENTS_WITH, st.EVENTS_WITH_IN_WINDOW, params, overlapping)

    def events_with_any(
        self, names: list[str], type: str, overlapping: tuple[str, str] | None = None
    ) -> list[Event]:
        """Events of `type` whose participants include at least one of `names`, by id
        (`overlapping` as in events_with)."""
        params = {"names": sorted(set(names)), "type": type}
        return self._events(st.EVENTS_WITH_ANY, st.EVENTS_WITH_ANY_IN_WINDOW, params, overlapping)

    def _events(
        self, statement, in_window, params: dict, overlapping: tuple[str, str] | None
    ) -> list[Event]:
        """The decoded events a look-up finds, through its window statement when given one."""
        if overlapping is not None:
            params = {**params, "first": overlapping[0], "last": overlapping[1]}
            statement = in_window
        rows = self.conn.execute(statement, params).scalars()
        return [from_json(Event, json.loads(data)) for data in rows]

    def insert_mention(
        self, article_id: str, position: int, event_id: str | None, mention: EventMention
    ) -> None:
        self._mentions.append(
            dict(
                article_id=article_id,
                position=position,
                event_id=event_id,
                data=json.dumps(to_json(mention, with_internal=True)),
            )
        )

    def move_mention(self, article_id: str, position: int, event_id: str) -> None:
        """Point a stored mention at another (already saved) event: a rebuild split it off."""
        self.flush()
        self.conn.execute(
            st.MOVE_MENTION, {"a_id": article_id, "a_pos": position, "to_event": event_id}
        )

    def mentions_of(self, event_id: str) -> list[StoredMention]:
        """The mentions merged into an event, with their articles' keys and dates."""
        self.flush()
        rows = self.conn.execute(st.MENTIONS_OF, {"event_id": event_id}).all()
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
        e, m = schema.events, schema.event_mentions
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
        exists = self.conn.execute(st.EVENT_FIRST_SEEN, {"event_id": stored}).first()
        rows = {(x.name, "actor") for x in event.actors} | {
            (x.name, "recipient") for x in event.recipients
        }
        if exists is not None and stored == event.id:
            self.conn.execute(
                st.UPDATE_EVENT,
                {"event_id": event.id, **{f"v_{k}": v for k, v in values.items()}},
            )
            # A merged mention seldom brings a new participant: keep the rows when they hold.
            current = {tuple(r) for r in self.conn.execute(st.PARTICIPANTS, {"event_id": stored})}
            if current == rows:
                return
        else:
            first_seen = (
                exists.first_seen
                if exists
                else datetime.now(UTC).isoformat(timespec="microseconds")
            )
            self.conn.execute(st.INSERT_EVENT, dict(id=event.id, first_seen=first_seen, **values))
        if exists is not None:  # an event that was never stored has no participant rows
            self.conn.execute(st.DELETE_PARTICIPANTS, {"event_id": stored})
        if stored != event.id:
            self.flush()
            self.conn.execute(update(m).where(m.c.event_id == stored).values(event_id=event.id))
            self.conn.execute(delete(e).where(e.c.id == stored))
        self.conn.execute(
            st.INSERT_PARTICIPANTS,
            [dict(event_id=event.id, name=n, role=r) for n, r in sorted(rows)],
        )
        self._register_names(n for n, _ in rows)

    def delete_event(self, event_id: str) -> None:
        p, e = schema.event_participants, schema.events
        self.conn.execute(delete(p).where(p.c.event_id == event_id))
        self.conn.execute(delete(e).where(e.c.id == event_id))

    def _register_names(self, names: Iterable[str]) -> None:
        """Queue the names for actor_names and actor_name_words (written by `finish`)."""
        self._names.update(names)

    def _add_names(self, names: set[str]) -> None:
        """Add names the filters have not seen to actor_names and actor_name_words."""
        wanted = names - self.known.names - self.learned.names
        if not wanted:
            return
        known = set(self.conn.execute(st.KNOWN_NAMES, {"names": sorted(wanted)}).scalars())
        self.learned.names.update(wanted)
        fresh = sorted(wanted - known)
        if not fresh:
            return
        self.conn.execute(st.INSERT_NAMES, [dict(name=x, folded=folded_name(x)) for x in fresh])
        words = [dict(word=w, name=x) for x in fresh for w in sorted(set(name_words(x)))]
        if words:
            self.conn.execute(st.INSERT_NAME_WORDS, words)


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
    if ingested_at is None:
        rows = conn.execute(st.ORIGINALS).all()
    else:
        found = conn.execute(st.ORIGINALS_SINCE, {"since": ingested_at})
        rows = [r for r in found if r.signature is not None and r.duplicate_of is None]
    return [(r.id, r.signature, r.ingested_at) for r in rows]


def _event(conn: Connection, event_id: str) -> Event | None:
    data = conn.execute(select(schema.events.c.data).where(schema.events.c.id == event_id)).scalar()
    return from_json(Event, json.loads(data)) if data else None


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def reason(exc: SQLAlchemyError) -> str:
    """The first line of the driver's message: enough for the user, no SQL dump."""
    message = str(getattr(exc, "orig", None) or exc)
    return message.splitlines()[0] if message else type(exc).__name__
