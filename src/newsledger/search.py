"""Ranked full-text search over the ledger: articles (title and body), quotes and events.

SQLite uses an FTS5 table ranked by bm25; PostgreSQL a table with a weighted tsvector column,
a GIN index and ts_rank. The index is kept in step lazily: before each query, articles whose
(id, content hash) the index has not seen are indexed, articles gone from the ledger are taken
out, and the events each new article fed are indexed again. Saves therefore need no hook, and
an article saved by any process (CLI, API, a second ingest) is found by the next search.

Catch-up runs in one transaction that first deletes what it re-adds, so two searchers catching
up at once still leave one copy of every row: SQLite serialises the writers, PostgreSQL takes
a transaction-scoped advisory lock. The tables are created here, idempotently
(`CREATE ... IF NOT EXISTS`), rather than by a migration, so a ledger of any age gains them on
first search.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from newsledger.store.engine import BUSY_TIMEOUT_S
from newsledger.store.names import name_matches

# How long a search waits for SQLite's write lock to bring the index up to date. A search runs
# on a read request: while an ingest keeps taking the lock article after article, waiting for it
# would stall the reader for the whole ingest, so the search answers from the index it has.
CATCH_UP_WAIT_MS = 200

KINDS = ("article", "quote", "event")
# Tokens of context FTS5 shows around the matched words.
SNIPPET_TOKENS = 16
_ADVISORY_KEY = 7_260_414_001  # any constant shared by every newsledger process
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Hit:
    """One search result: what it is, its id, a snippet with the match marked, and context."""

    kind: str  # article | quote | event
    id: str
    snippet: str  # plain text; the matched words are wrapped in \x02 ... \x03 for highlighting
    article_id: str
    title: str | None = None
    published: str | None = None
    type: str | None = None
    status: str | None = None
    actors: list[str] = field(default_factory=list)
    rank: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The API form: the snippet with its markers removed (clients highlight themselves)."""
        return {
            "kind": self.kind,
            "id": self.id,
            "snippet": plain(self.snippet),
            "article_id": self.article_id,
            "title": self.title,
            "published": self.published,
            "type": self.type,
            "status": self.status,
            "actors": self.actors,
            "rank": self.rank,
        }


def plain(snippet: str) -> str:
    return snippet.replace("\x02", "").replace("\x03", "")


@dataclass
class Filters:
    """The same filters as `events`: kind of record, date range, event type and status, actor."""

    kinds: tuple[str, ...] = KINDS
    since: str | None = None
    until: str | None = None
    type: str | None = None
    status: str | None = None
    actor: str | None = None


def search(
    engine: Engine, query: str, filters: Filters | None = None, limit: int = 20
) -> list[Hit]:
    """The best `limit` records matching every word of `query`, best first."""
    filters = filters or Filters()
    words = _WORD.findall(query)
    if not words or limit <= 0:
        return []
    backend = _backend(engine)
    backend.ensure(engine)
    catch_up(engine)
    # Filters the index cannot apply (actor names match by words) are applied after ranking,
    # over a generous candidate set.
    wanted = limit * 5 if filters.actor else limit
    with engine.connect() as conn:
        hits = backend.query(conn, words, filters, wanted)
    if filters.actor:
        hits = [h for h in hits if any(name_matches(filters.actor, n) for n in h.actors)]
    return hits[:limit]


def catch_up(engine: Engine) -> int:
    """Index every article saved (or replaced) since the last catch-up; returns how many."""
    backend = _backend(engine)
    backend.ensure(engine)
    with engine.connect() as conn:
        if not _stale(conn):
            return 0
    try:
        with backend.writing(engine) as conn:
            backend.lock(conn)
            return _index_changes(conn, backend)
    except OperationalError:
        # Another writer holds SQLite's lock and is catching up (or saving): the next query
        # will see its work; a search never fails for it.
        return 0


def _stale(conn: Connection) -> bool:
    new = conn.execute(
        text(
            "SELECT 1 FROM articles a LEFT JOIN search_sources s ON s.article_id = a.id "
            "WHERE s.content_hash IS NULL OR s.content_hash <> a.content_hash LIMIT 1"
        )
    ).first()
    gone = conn.execute(
        text(
            "SELECT 1 FROM search_sources s LEFT JOIN articles a ON a.id = s.article_id "
            "WHERE a.id IS NULL LIMIT 1"
        )
    ).first()
    return bool(new or gone)


def _index_changes(conn: Connection, backend: _Backend) -> int:
    changed = conn.execute(
        text(
            "SELECT a.id, a.content_hash, a.title, a.body, a.published, a.duplicate_of "
            "FROM articles a LEFT JOIN search_sources s ON s.article_id = a.id "
            "WHERE s.content_hash IS NULL OR s.content_hash <> a.content_hash"
        )
    ).all()
    gone = list(
        conn.execute(
            text(
                "SELECT s.article_id FROM search_sources s "
                "LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
            )
        ).scalars()
    )
    ids = [r.id for r in changed] + gone
    for chunk in _chunks(ids, 500):
        params = {"ids": chunk}
        expanding = bindparam("ids", expanding=True)
        backend.delete(conn, "article_id IN :ids", params, expanding)
        conn.execute(
            text("DELETE FROM search_sources WHERE article_id IN :ids").bindparams(expanding),
            params,
        )
    docs: list[dict[str, Any]] = []
    for row in changed:
        if row.duplicate_of is None:  # a syndicated copy would only double its original's hits
            docs.append(
                _doc("article", row.id, row.id, row.published, row.title, row.body, title=row.title)
            )
    changed_ids = [r.id for r in changed]
    for chunk in _chunks(changed_ids, 500):
        expanding = bindparam("ids", expanding=True)
        quotes = conn.execute(
            text(
                "SELECT q.article_id, q.position, q.speaker, q.text, q.published, a.title "
                "FROM quotes q JOIN articles a ON a.id = q.article_id "
                "WHERE q.article_id IN :ids"
            ).bindparams(expanding),
            {"ids": chunk},
        )
        for q in quotes:
            docs.append(
                _doc(
                    "quote",
                    f"{q.article_id}#{q.position}",
                    q.article_id,
                    q.published,
                    q.title,
                    q.text,
                    actors=[q.speaker] if q.speaker else [],
                )
            )
    events = _touched_events(conn, changed_ids)
    if events:
        backend.delete(
            conn,
            "kind = 'event' AND ref IN :refs",
            {"refs": list(events)},
            bindparam("refs", expanding=True),
        )
    for event_id, (data, status, event_type) in events.items():
        event = json.loads(data)
        names = [p["name"] for p in event["actors"] + event["recipients"]]
        evidence = event.get("evidence") or [{}]
        sentences = [e["sentence"] for e in evidence if e.get("sentence")]
        date = event.get("date") or {}
        docs.append(
            _doc(
                "event",
                event_id,
                evidence[0].get("article_id") or "",
                # A window the text did not give ends at the report: its day, not a month before.
                date.get("end") if date.get("approximate") else date.get("start"),
                f"{event_type} · {' ↔ '.join(names)}",
                # Every sentence behind the event: a denial words it differently from a report.
                "\n".join(dict.fromkeys([event.get("sentence") or ""] + sentences)),
                actors=names,
                type=event_type,
                status=status,
                title=event_type,
            )
        )
    # Events deleted because the article behind them went away.
    backend.delete(conn, "kind = 'event' AND ref NOT IN (SELECT id FROM events)", {}, None)
    if docs:
        backend.insert(conn, docs)
    if changed:
        conn.execute(
            text("INSERT INTO search_sources (article_id, content_hash) VALUES (:id, :hash)"),
            [{"id": r.id, "hash": r.content_hash} for r in changed],
        )
    return len(changed)


def _touched_events(conn: Connection, article_ids: list[str]) -> dict[str, tuple[str, str, str]]:
    found: dict[str, tuple[str, str, str]] = {}
    for chunk in _chunks(article_ids, 500):
        rows = conn.execute(
            text(
                "SELECT e.id, e.data, e.status, e.type FROM events e WHERE e.id IN "
                "(SELECT m.event_id FROM event_mentions m WHERE m.article_id IN :ids)"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": chunk},
        )
        for row in rows:
            found[row.id] = (row.data, row.status, row.type)
    return found


def _doc(
    kind: str,
    ref: str,
    article_id: str,
    published: str | None,
    label: str | None,
    body: str,
    actors: Iterable[str] = (),
    type: str | None = None,
    status: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """An index row: `title` is ranked above the body (only an article's own headline and an
    event's type); `label` is what a hit shows as its heading."""
    return {
        "kind": kind,
        "ref": ref,
        "article_id": article_id,
        "published": (published or "")[:10],
        "title": title or "",
        "label": label or "",
        "body": body,
        "actors": "\n".join(actors),
        "type": type or "",
        "status": status or "",
    }


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _where(filters: Filters, params: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """SQL conditions (with bound parameters) for the filters the index stores."""
    clauses: list[str] = []
    binds: list[Any] = []
    kinds = [k for k in filters.kinds if k in KINDS] or list(KINDS)
    clauses.append("d.kind IN :kinds")
    params["kinds"] = kinds
    binds.append(bindparam("kinds", expanding=True))
    if filters.since:
        clauses.append("d.published >= :since")
        params["since"] = filters.since
    if filters.until:
        clauses.append("d.published <> '' AND substr(d.published, 1, :n) <= :until")
        params["until"] = filters.until
        params["n"] = len(filters.until)
    if filters.type:
        clauses.append("d.type = :type")
        params["type"] = filters.type.upper()
    if filters.status:
        clauses.append("d.status = :status")
        params["status"] = filters.status.lower()
    return clauses, binds


def _hit(row: Any) -> Hit:
    return Hit(
        kind=row.kind,
        id=row.ref,
        snippet=row.snippet or "",
        article_id=row.article_id,
        title=row.label or None,
        published=row.published or None,
        type=row.type or None,
        status=row.status or None,
        actors=[n for n in (row.actors or "").split("\n") if n],
        rank=float(row.rank),
    )


class _Backend:
    def ensure(self, engine: Engine) -> None:
        raise NotImplementedError

    def lock(self, conn: Connection) -> None:
        """Serialise catch-ups (SQLite's single writer already does)."""

    @contextmanager
    def writing(self, engine: Engine) -> Iterator[Connection]:
        """A transaction for bringing the index up to date."""
        with engine.begin() as conn:
            yield conn

    def delete(self, conn: Connection, where: str, params: dict, bind: Any) -> None:
        raise NotImplementedError

    def insert(self, conn: Connection, docs: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def query(self, conn: Connection, words: list[str], filters: Filters, limit: int) -> list[Hit]:
        raise NotImplementedError


_SOURCES_DDL = (
    "CREATE TABLE IF NOT EXISTS search_sources "
    "(article_id VARCHAR PRIMARY KEY, content_hash VARCHAR(64) NOT NULL)"
)


class _SQLite(_Backend):
    @contextmanager
    def writing(self, engine: Engine) -> Iterator[Connection]:
        """Take the write lock at once (BEGIN IMMEDIATE) but wait for it only briefly; a busy
        ledger raises OperationalError, and the search answers from the index it has."""
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute(f"PRAGMA busy_timeout = {CATCH_UP_WAIT_MS}")
            try:
                with conn.execution_options(sqlite_begin="IMMEDIATE").begin():
                    yield conn
            finally:
                raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")

    """FTS5 with porter stemming; bm25 weighs titles 4x bodies, actor names 2x."""

    ready: set[str] = set()

    def ensure(self, engine: Engine) -> None:
        key = str(engine.url)
        if key in self.ready:
            return
        with engine.begin() as conn:
            conn.execute(text(_SOURCES_DDL))
            conn.execute(
                text(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                    "title, body, actors, label UNINDEXED, kind UNINDEXED, ref UNINDEXED, "
                    "article_id UNINDEXED, "
                    "published UNINDEXED, type UNINDEXED, status UNINDEXED, "
                    "tokenize = 'porter unicode61 remove_diacritics 2')"
                )
            )
        self.ready.add(key)

    def delete(self, conn: Connection, where: str, params: dict, bind: Any) -> None:
        statement = text(f"DELETE FROM search_fts WHERE {where}")
        conn.execute(statement.bindparams(bind) if bind is not None else statement, params)

    def insert(self, conn: Connection, docs: list[dict[str, Any]]) -> None:
        conn.execute(
            text(
                "INSERT INTO search_fts (title, body, actors, label, kind, ref, article_id, "
                "published, type, status) VALUES (:title, :body, :actors, :label, :kind, :ref, "
                ":article_id, "
                ":published, :type, :status)"
            ),
            docs,
        )

    def query(self, conn: Connection, words: list[str], filters: Filters, limit: int) -> list[Hit]:
        # Each word quoted, so user input is never read as FTS5 query syntax.
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        params: dict[str, Any] = {"match": match, "limit": limit}
        clauses, binds = _where(filters, params)
        sql = (
            "SELECT d.kind, d.ref, d.article_id, d.label, d.published, d.type, d.status, "
            "d.actors, snippet(search_fts, 1, char(2), char(3), '…', "
            f"{SNIPPET_TOKENS}) AS snippet, bm25(search_fts, 4.0, 1.0, 2.0) AS rank "
            "FROM search_fts d WHERE search_fts MATCH :match AND "
            + " AND ".join(clauses)
            + " ORDER BY rank LIMIT :limit"
        )
        rows = conn.execute(text(sql).bindparams(*binds), params).all()
        hits = [_hit(r) for r in rows]
        for h in hits:
            h.rank = -h.rank  # bm25 is lower-is-better; the API says higher is better
        return hits


class _Postgres(_Backend):
    """A weighted tsvector (title A, actors B, body C) with a GIN index, ranked by ts_rank."""

    ready: set[str] = set()

    def ensure(self, engine: Engine) -> None:
        key = str(engine.url)
        if key in self.ready:
            return
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})
            conn.execute(text(_SOURCES_DDL))
            conn.execute(
                text(
                    "CREATE TABLE IF NOT EXISTS search_docs ("
                    "id BIGSERIAL PRIMARY KEY, kind VARCHAR(8) NOT NULL, ref VARCHAR NOT NULL, "
                    "article_id VARCHAR NOT NULL, published VARCHAR(10) NOT NULL, "
                    "title TEXT NOT NULL, body TEXT NOT NULL, actors TEXT NOT NULL, "
                    "label TEXT NOT NULL, "
                    "type VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL, "
                    "tsv tsvector GENERATED ALWAYS AS ("
                    "setweight(to_tsvector('english', title), 'A') || "
                    "setweight(to_tsvector('english', actors), 'B') || "
                    "setweight(to_tsvector('english', body), 'C')) STORED)"
                )
            )
            conn.execute(
                text("CREATE INDEX IF NOT EXISTS ix_search_docs_tsv ON search_docs USING GIN (tsv)")
            )
            conn.execute(
                text(
                    "CREATE INDEX IF NOT EXISTS ix_search_docs_article ON search_docs (article_id)"
                )
            )
        self.ready.add(key)

    def lock(self, conn: Connection) -> None:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})

    def delete(self, conn: Connection, where: str, params: dict, bind: Any) -> None:
        statement = text(f"DELETE FROM search_docs WHERE {where}")
        conn.execute(statement.bindparams(bind) if bind is not None else statement, params)

    def insert(self, conn: Connection, docs: list[dict[str, Any]]) -> None:
        conn.execute(
            text(
                "INSERT INTO search_docs (title, body, actors, label, kind, ref, article_id, "
                "published, type, status) VALUES (:title, :body, :actors, :label, :kind, :ref, "
                ":article_id, "
                ":published, :type, :status)"
            ),
            docs,
        )

    def query(self, conn: Connection, words: list[str], filters: Filters, limit: int) -> list[Hit]:
        params: dict[str, Any] = {
            "q": " ".join(words),
            "limit": limit,
            "headline": "StartSel=\x02, StopSel=\x03, MaxWords=30, MinWords=12",
        }
        clauses, binds = _where(filters, params)
        sql = (
            "SELECT d.kind, d.ref, d.article_id, d.label, d.published, d.type, d.status, "
            "d.actors, ts_headline('english', d.body, q, :headline) AS snippet, "
            "ts_rank(d.tsv, q) AS rank "
            "FROM search_docs d, plainto_tsquery('english', :q) q WHERE d.tsv @@ q AND "
            + " AND ".join(clauses)
            + " ORDER BY rank DESC, d.id LIMIT :limit"
        )
        return [_hit(r) for r in conn.execute(text(sql).bindparams(*binds), params).all()]


def _backend(engine: Engine) -> _Backend:
    return _Postgres() if engine.dialect.name == "postgresql" else _SQLite()
