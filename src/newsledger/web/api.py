"""The JSON API under /api/: the CLI's queries over HTTP, and ingest for holders of the token.

Lists answer `{"items": [...], "next": URL or null}`; `next` carries an opaque cursor, so a
client pages by following it. Events are exactly what `events --format json` prints. Reads
are open (the server binds loopback by default); `POST /api/ingest` needs
`Authorization: Bearer $NEWSLEDGER_TOKEN`, and with no token configured writes are refused.
"""

from __future__ import annotations

import hmac
import json
import os
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field, model_validator

from newsledger import search as fts
from newsledger.ledger import Ledger
from newsledger.model import to_json
from newsledger.output import events_json, quote_rows
from newsledger.web import queries
from newsledger.web.actors import actor_summary

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Status = Literal["confirmed", "reported", "denied", "disputed"]


def ledger_of(request: Request) -> Ledger:
    return request.app.state.ledger


LedgerDep = Annotated[Ledger, Depends(ledger_of)]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Cursor = Annotated[
    str | None, Query(max_length=20, description="Where to go on: from a previous `next`.")
]


class Page(BaseModel):
    items: list[dict[str, Any]]
    next: str | None = Field(description="URL of the next page, or null on the last one.")


def _offset(cursor: str | None) -> int:
    if cursor is None:
        return 0
    if not cursor.isdigit():
        raise HTTPException(400, "bad cursor: use the `next` URL of a previous page")
    return int(cursor)


def _page(request: Request, items: list, offset: int, limit: int) -> Page:
    chunk = items[offset : offset + limit]
    more = offset + limit < len(items)
    nxt = str(request.url.include_query_params(cursor=str(offset + limit))) if more else None
    return Page(items=chunk, next=nxt)


@router.get("/events", response_model=Page)
def events(
    request: Request,
    ledger: LedgerDep,
    actor: Annotated[list[str], Query(description="Repeat: all must take part.")] = [],  # noqa: B006
    type: Annotated[str | None, Query(max_length=16, description="PLOVER type.")] = None,
    status: Status | None = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    country: Annotated[
        str | None,
        Query(pattern="^[A-Za-z]{3}$", description="A participant's country (ISO alpha-3)."),
    ] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page:
    """Ledger events, newest first, exactly as `events --format json` prints them."""
    offset = _offset(cursor)
    # One row past the page tells whether there is a next one; only the page is read and decoded.
    found = ledger.events(
        actors=actor,
        type=type,
        status=status,
        since=since,
        until=until,
        limit=limit + 1,
        offset=offset,
        country=country,
    )
    more = len(found) > limit
    nxt = str(request.url.include_query_params(cursor=str(offset + limit))) if more else None
    return Page(items=events_json(found[:limit]), next=nxt)


@router.get("/events/{event_id}")
def event(event_id: str, ledger: LedgerDep) -> dict[str, Any]:
    """One ledger event by id."""
    found = ledger.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return queries.event_json(found)


@router.get("/search", response_model=Page)
def search(
    request: Request,
    ledger: LedgerDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
    kind: Annotated[list[Literal["article", "quote", "event"]], Query()] = [],  # noqa: B006
    type: Annotated[str | None, Query(max_length=16)] = None,
    status: Status | None = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Page:
    """Articles, quotes and events matching every word, best first (bm25 / ts_rank)."""
    filters = fts.Filters(
        kinds=tuple(kind) or fts.KINDS,
        since=since,
        until=until,
        type=type,
        status=status,
        actor=actor,
    )
    hits = fts.search(ledger.engine, q, filters, limit=limit)
    return Page(items=[h.to_json() for h in hits], next=None)


@router.get("/quotes", response_model=Page)
def quotes(
    request: Request,
    ledger: LedgerDep,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    search: Annotated[str | None, Query(max_length=500)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page:
    """Stored quotations, newest first, as `quotes --format json` prints them."""
    offset = _offset(cursor)
    found = quote_rows(ledger.quotes(speaker=speaker, search=search))
    return _page(request, found, offset, limit)


@router.get("/actors/{name}")
def actor(name: str, ledger: LedgerDep) -> dict[str, Any]:
    """An actor: offices over time (knowledge base), counts, latest events and quotes."""
    summary = actor_summary(ledger, name)
    if summary is None:
        raise HTTPException(404, f"no actor {name} in the ledger or the knowledge base")
    return summary.to_json()


@router.get("/articles/{article_id:path}")
def article(article_id: str, ledger: LedgerDep) -> dict[str, Any]:
    """A stored article with everything extracted from it, as `analyze` prints it."""
    found = ledger.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return {**to_json(found), "url": found.url, "site": found.site}


class IngestRequest(BaseModel):
    """A document to ingest: its kind and content (for `url`, the address to fetch).

    A JSONL record posted as it is, `{"id", "text" or "html", "title", "published", "url"}`,
    is read as one line of a .jsonl input (its text verbatim as the body, its id kept), and a
    bare `{"url": ...}` is fetched: the record shape the specification gives for inputs."""

    kind: Literal["text", "html", "jsonl", "url"]
    content: str = Field(min_length=1, max_length=20_000_000)
    name: str | None = Field(None, max_length=200, description="File name to store it under.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    @model_validator(mode="before")
    @classmethod
    def _from_record(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "kind" in data or "content" in data:
            return data
        if isinstance(data.get("text"), str) or isinstance(data.get("html"), str):
            record = {k: data[k] for k in RECORD_FIELDS if data.get(k) is not None}
            return {"kind": "jsonl", "content": json.dumps(record, ensure_ascii=False)}
        if isinstance(data.get("url"), str):
            return {"kind": "url", "content": data["url"], "published": data.get("published")}
        return data


RECORD_FIELDS = ("id", "text", "html", "title", "published", "url")


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """401 for a request with no token or a wrong one, whatever the server's setting (the
    contract: no `Authorization: Bearer` header, 401); 403 for a token sent to a server that
    takes none, because no NEWSLEDGER_TOKEN was set when it started."""
    expected = os.environ.get("NEWSLEDGER_TOKEN")
    if not authorization:
        detail = "missing token: send Authorization: Bearer $NEWSLEDGER_TOKEN"
        if not expected:
            detail += " (this server has no NEWSLEDGER_TOKEN set: writes are disabled)"
        raise HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with NEWSLEDGER_TOKEN set")
    given = authorization.removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token", headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", status_code=201, dependencies=[Depends(require_token)])
def ingest(body: IngestRequest, request: Request, ledger: LedgerDep) -> dict[str, Any]:
    """Read, analyse and store a document (text, HTML, JSONL or a public URL)."""
    if "\x00" in body.content or "\x00" in (body.name or ""):
        raise HTTPException(400, "NUL characters are not allowed")
    if body.kind == "url" and not body.content.lower().startswith(("http://", "https://")):
        raise HTTPException(400, "a url must start with http:// or https://")
    report = request.app.state.ingest(
        ledger, body.kind, body.content, name=body.name, published=body.published
    )
    return {"saved": report.saved, "skipped": report.skipped}
