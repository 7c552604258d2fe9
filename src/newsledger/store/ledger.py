"""The ledger database: saving analysed articles, merging their events, and querying.

One class over any SQLAlchemy URL, so the CLI, the API and the workers share one code path
whether the ledger is a local SQLite file or a PostgreSQL server. Each article is saved in one
transaction: a crash mid-batch keeps every article committed before it.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import and_, create_engine, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from newsledger.clean import dedupe
from newsledger.model import Actor, Article, Event, EventMention, from_json, to_json
from newsledger.resolve import merge
from newsledger.store import schema


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message is for the user."""


@dataclass
class SaveResult:
    """What saving one article did: added, replaced (new content), or unchanged/duplicate."""

    article_id: str
    outcome: str  # added | replaced | unchanged | duplicate | near-duplicate
    events: list[str] = field(default_factory=list)
    duplicate_of: str | None = None


def content_hash(article: Article) -> str:
    """Identity of an article's content: the same text and date ingested twice is one article."""
    return dedupe.content_hash(
        "\x1f".join([article.title or "", article.published or "", article.body])
    )


class Ledger:
    """A ledger database at a SQLAlchemy URL (``sqlite:///path`` or ``postgresql://...``)."""

    def __init__(self, url: str):
        self.url = url
        try:
            if url.startswith("sqlite:///"):
                folder = Path(url.removeprefix("sqlite:///")).parent
                if str(folder) and not folder.exists():
                    raise StoreError(f"folder {folder} does not exist")
            self.engine: Engine = create_engine(_driver_url(url), future=True)
            schema.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {url}: {_reason(exc)}") from exc
        self._near: dedupe.NearDuplicateIndex | None = None

    def _near_duplicates(self) -> dedupe.NearDuplicateIndex:
        """The index of stored originals, built from their signatures on first use."""
        if self._near is None:
            self._near = dedupe.NearDuplicateIndex()
            a = schema.articles
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(a.c.id, a.c.signature).where(
                        and_(a.c.signature.is_not(None), a.c.duplicate_of.is_(None))
                    )
                )
                for row in rows:
                    self._near.add_signature(row.id, row.signature)
        return self._near

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------------------

    def save_article(self, article: Article, replace: bool = False) -> SaveResult:
        """Store an analysed article and merge its event mentions into the ledger.

        `replace` stores a new analysis of an article already here even when its text is the
        same (`reprocess` with a better model); otherwise the same text is left unchanged.
        """
        digest = content_hash(article)
        signature = dedupe.signature(article.body)
        copy_of = self._near_duplicates().find_signature(signature)
        if copy_of == article.id:
            copy_of = None
        try:
            with self.engine.begin() as conn:
                existing = conn.execute(
                    select(schema.articles.c.id, schema.articles.c.content_hash).where(
                        or_(
                            schema.articles.c.id == article.id,
                            schema.articles.c.content_hash == digest,
                        )
                    )
                ).all()
                for row in existing:
                    if row.content_hash == digest and not (replace and row.id == article.id):
                        outcome = "unchanged" if row.id == article.id else "duplicate"
                        return SaveResult(article.id, outcome, duplicate_of=row.id)
                replaced = bool(existing)
                if replaced:
                    self._remove_article(conn, article.id)
                self._insert_article(conn, article, digest, signature, copy_of)
                touched = [] if copy_of else self._merge_mentions(conn, article, digest)
            if copy_of:
                return SaveResult(article.id, "near-duplicate", duplicate_of=copy_of)
            self._near_duplicates().add_signature(article.id, signature)
            return SaveResult(article.id, "replaced" if replaced else "added", touched)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot save {article.id}: {_reason(exc)}") from exc

    def _insert_article(
        self,
        conn: Connection,
        article: Article,
        digest: str,
        signature: bytes,
        copy_of: str | None,
    ) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn.execute(
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
                ingested_at=now,
                signature=signature,
                duplicate_of=copy_of,
            )
        )
        if copy_of:
            return  # a syndicated copy: kept and linked, its claims already counted
        if article.quotes:
            conn.execute(
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
        known = set(
            conn.execute(
                select(schema.actors.c.name).where(
                    schema.actors.c.name.in_([a.name for a in article.actors])
                )
            ).scalars()
        )
        for actor in article.actors:
            if actor.name not in known:
                known.add(actor.name)
                conn.execute(
                    insert(schema.actors).values(
                        name=actor.name,
                        kind=actor.kind,
                        country=actor.country,
                        sector=actor.sector,
                        role=actor.role,
                    )
                )

    def _merge_mentions(self, conn: Connection, article: Article, digest: str) -> list[str]:
        touched: list[str] = []
        for position, mention in enumerate(article.events):
            event_id = None
            if mention.participant_names() and not mention.hypothetical:
                event = self._matching_event(conn, mention, article.published)
                if event is None:
                    event = merge.new_event(mention, article.id, digest)
                    self._write_event(conn, event, created=True)
                else:
                    merge.add_mention(event, mention, article.id)
                    self._write_event(conn, event, created=False)
                event_id = event.id
                if event_id not in touched:
                    touched.append(event_id)
            conn.execute(
                insert(schema.event_mentions).values(
                    article_id=article.id,
                    position=position,
                    event_id=event_id,
                    data=json.dumps(to_json(mention, with_internal=True)),
                )
            )
        return touched

    def _matching_event(
        self, conn: Connection, mention: EventMention, published: str | None
    ) -> Event | None:
        names = mention.participant_names()
        p = schema.event_participants
        candidate_ids = (
            conn.execute(
                select(p.c.event_id)
                .where(p.c.name.in_(names))
                .group_by(p.c.event_id)
                .having(func.count(func.distinct(p.c.name)) == len(names))
            )
            .scalars()
            .all()
        )
        if not candidate_ids:
            return None
        rows = (
            conn.execute(
                select(schema.events.c.data)
                .where(
                    and_(
                        schema.events.c.id.in_(candidate_ids), schema.events.c.type == mention.type
                    )
                )
                .order_by(schema.events.c.first_seen)
            )
            .scalars()
            .all()
        )
        candidates = [from_json(Event, json.loads(data)) for data in rows]
        article_ids = {e.evidence[0].article_id for e in candidates if e.evidence}
        published_by_article = dict(
            conn.execute(
                select(schema.articles.c.id, schema.articles.c.published).where(
                    schema.articles.c.id.in_(article_ids)
                )
            ).all()
        )
        matches = [
            e for e in candidates if merge.same_event(e, mention, published_by_article, published)
        ]
        # Prefer the event whose date agrees exactly, then the oldest.
        matches.sort(key=lambda e: (e.date is None) != (mention.date is None))
        return matches[0] if matches else None

    def _write_event(self, conn: Connection, event: Event, created: bool) -> None:
        participants = event.actors + event.recipients
        event.status = merge.derive_status(
            event.sources, [p.name for p in participants], lambda n: self._actor(conn, n)
        )
        values = dict(
            type=event.type,
            mode=event.mode,
            status=event.status,
            date_value=event.date.value if event.date else None,
            date_start=(event.date.start or None) if event.date else None,
            date_end=(event.date.end or None) if event.date else None,
            data=json.dumps(to_json(event, with_internal=True)),
        )
        if created:
            now = datetime.now(UTC).isoformat(timespec="microseconds")
            conn.execute(insert(schema.events).values(id=event.id, first_seen=now, **values))
        else:
            conn.execute(
                update(schema.events).where(schema.events.c.id == event.id).values(**values)
            )
            conn.execute(
                delete(schema.event_participants).where(
                    schema.event_participants.c.event_id == event.id
                )
            )
        rows = {(p.name, "actor") for p in event.actors} | {
            (p.name, "recipient") for p in event.recipients
        }
        conn.execute(
            insert(schema.event_participants),
            [dict(event_id=event.id, name=n, role=r) for n, r in sorted(rows)],
        )

    def _actor(self, conn: Connection, name: str) -> Actor | None:
        row = conn.execute(select(schema.actors).where(schema.actors.c.name == name)).first()
        if row is None:
            return None
        return Actor(
            name=row.name, kind=row.kind, country=row.country, sector=row.sector, role=row.role
        )

    def _remove_article(self, conn: Connection, article_id: str) -> None:
        """Take an article's records out and rebuild the events its mentions fed."""
        m = schema.event_mentions
        event_ids = set(
            conn.execute(
                select(m.c.event_id).where(
                    and_(m.c.article_id == article_id, m.c.event_id.is_not(None))
                )
            ).scalars()
        )
        conn.execute(delete(m).where(m.c.article_id == article_id))
        conn.execute(delete(schema.quotes).where(schema.quotes.c.article_id == article_id))
        conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
        for event_id in event_ids:
            rows = conn.execute(
                select(m.c.article_id, m.c.data).where(m.c.event_id == event_id).order_by(m.c.id)
            ).all()
            old = self._event(conn, event_id)
            mentions = [(r.article_id, from_json(EventMention, json.loads(r.data))) for r in rows]
            fresh = merge.rebuild(old, mentions) if old else None
            if fresh is None:
                conn.execute(
                    delete(schema.event_participants).where(
                        schema.event_participants.c.event_id == event_id
                    )
                )
                conn.execute(delete(schema.events).where(schema.events.c.id == event_id))
            else:
                self._write_event(conn, fresh, created=False)

    def _event(self, conn: Connection, event_id: str) -> Event | None:
        data = conn.execute(
            select(schema.events.c.data).where(schema.events.c.id == event_id)
        ).scalar()
        return from_json(Event, json.loads(data)) if data else None

    # -- state kept for readers --------------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.state.c.value).where(schema.state.c.key == key)
            ).scalar()

    def set_state(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.state).where(schema.state.c.key == key))
            conn.execute(insert(schema.state).values(key=key, value=value))

    # -- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    select(schema.articles.c.id).where(schema.articles.c.id == article_id)
                ).first()
                is not None
            )

    def article_ids(self) -> list[str]:
        """Every stored article's id, oldest ingestion first."""
        a = schema.articles
        with self.engine.connect() as conn:
            return list(conn.execute(select(a.c.id).order_by(a.c.ingested_at, a.c.id)).scalars())

    def article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(schema.articles.c.analysis, schema.articles.c.raw).where(
                    schema.articles.c.id == article_id
                )
            ).first()
        if row is None:
            return None
        article = from_json(Article, json.loads(row.analysis))
        article.raw = zlib.decompress(row.raw) if row.raw else None
        return article

    def events(
        self,
        actors: Iterable[str] = (),
        type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Event]:
        """Ledger events, newest first; every named actor must take part."""
        e, p = schema.events, schema.event_participants
        query = select(e.c.data)
        with self.engine.connect() as conn:
            for wanted in actors:
                names = self._names_matching(conn, wanted)
                query = query.where(e.c.id.in_(select(p.c.event_id).where(p.c.name.in_(names))))
            if type:
                query = query.where(e.c.type == type.upper())
            if status:
                query = query.where(e.c.status == status.lower())
            if since:
                query = query.where(or_(e.c.date_end >= since, e.c.date_end.is_(None)))
            if until:
                query = query.where(or_(e.c.date_start <= until, e.c.date_start.is_(None)))
            rows = conn.execute(query).scalars().all()
        found = [from_json(Event, json.loads(data)) for data in rows]
        if since or until:
            found = [ev for ev in found if ev.date is not None and ev.date.start]
        return sorted(found, key=_newest_first_key, reverse=True)

    def _names_matching(self, conn: Connection, wanted: str) -> list[str]:
        """Participant names that `wanted` names: the whole name, or any word of it."""
        names = conn.execute(select(schema.event_participants.c.name).distinct()).scalars()
        return [n for n in names if name_matches(wanted, n)]

    def quotes(self, speaker: str | None = None, search: str | None = None) -> list[dict]:
        q = schema.quotes
        query = select(q, schema.articles.c.title).join(
            schema.articles, schema.articles.c.id == q.c.article_id
        )
        if search:
            query = query.where(q.c.text.ilike(f"%{_escape_like(search)}%", escape="\\"))
        with self.engine.connect() as conn:
            rows = [
                dict(r._mapping)
                for r in conn.execute(
                    query.order_by(q.c.published.desc(), q.c.article_id, q.c.position)
                )
            ]
        if speaker:
            rows = [r for r in rows if r["speaker"] and name_matches(speaker, r["speaker"])]
        for row in rows:
            row.pop("id", None)
        return rows

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


def name_matches(wanted: str, name: str) -> bool:
    """'Scholz' names 'Olaf Scholz'; 'olaf scholz' too; 'Scho' does not; 'Erdogan'
    names 'Recep Tayyip Erdoğan' (users type names without their diacritics)."""
    wanted_words = _fold(wanted).split()
    words = _fold(name).replace("-", " ").split()
    if not wanted_words:
        return False
    n = len(wanted_words)
    return any(words[i : i + n] == wanted_words for i in range(len(words) - n + 1))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _newest_first_key(event: Event) -> tuple:
    """Dated events by date; undated ones count as newest (they are usually the fresh reports)."""
    if event.date is None or not event.date.start:
        return (1, "", "")
    return (0, event.date.start, event.date.end or "")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _driver_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def _reason(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__
