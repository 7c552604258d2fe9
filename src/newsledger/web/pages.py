"""The HTML pages: search, events with facets, pair timelines, events, actors, articles and
disputed claims; rendered on the server with Jinja2 (autoescape on), usable without JavaScript.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from newsledger import output
from newsledger import search as fts
from newsledger.ledger import Ledger
from newsledger.model import STATUSES, Event
from newsledger.web import queries, svg
from newsledger.web.actors import actor_summary
from newsledger.web.highlight import Span, excerpt, mark

router = APIRouter(include_in_schema=False)
_env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
templates = Jinja2Templates(env=_env)
_env.globals["urlencode"] = urlencode
_env.filters["when"] = lambda date: output.date_label(date) or "undated"
_env.filters["snippet"] = lambda s: mark(
    fts.plain(s), [Span(a, b, "match") for a, b in _marker_spans(s)]
)
PAGE = 50
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _marker_spans(snippet: str) -> list[tuple[int, int]]:
    """Where the search's \\x02...\\x03 markers were, as offsets into the plain snippet."""
    spans, offset, start = [], 0, None
    for ch in snippet:
        if ch == "\x02":
            start = offset
        elif ch == "\x03":
            if start is not None:
                spans.append((start, offset))
            start = None
        else:
            offset += 1
    return spans


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def _render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _not_found(request: Request, what: str) -> HTMLResponse:
    return _render(request, "missing.html", status_code=404, what=what)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    ledger = _ledger(request)
    events = ledger.events()
    chart = svg.bars(queries.per_month(queries.day(e) for e in events))
    disputed = [e for e in events if e.status == "disputed"]
    return _render(
        request,
        "home.html",
        counts=ledger.counts(),
        chart=chart,
        latest=events[:10],
        disputed=len(disputed),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    kind: Annotated[str, Query(max_length=10)] = "",
    type: Annotated[str, Query(max_length=16)] = "",
    status: Annotated[str, Query(max_length=16)] = "",
    actor: Annotated[str, Query(max_length=200)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
):
    bad = [n for n, v in (("since", since), ("until", until)) if v and not re.match(DATE, v)]
    filters = fts.Filters(
        kinds=(kind,) if kind in fts.KINDS else fts.KINDS,
        since=None if "since" in bad else since or None,
        until=None if "until" in bad else until or None,
        type=type or None,
        status=status if status in STATUSES else None,
        actor=actor or None,
    )
    hits = fts.search(_ledger(request).engine, q, filters, limit=50) if q.strip() else []
    form = dict(q=q, kind=kind, type=type, status=status, actor=actor, since=since, until=until)
    return _render(request, "search.html", hits=hits, form=form, bad=bad, statuses=STATUSES)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    type: Annotated[str, Query(max_length=16)] = "",
    status: Annotated[str, Query(max_length=16)] = "",
    mode: Annotated[str, Query(max_length=32)] = "",
    actor: Annotated[str, Query(max_length=200)] = "",
    country: Annotated[str, Query(max_length=3)] = "",
    month: Annotated[str, Query(max_length=7)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    ledger = _ledger(request)
    found = ledger.events(
        actors=[actor] if actor else (),
        type=type or None,
        status=status if status in STATUSES else None,
    )
    found = queries.refine(found, {"mode": mode, "country": country, "month": month})
    chosen = dict(type=type, status=status, mode=mode, actor=actor, country=country, month=month)
    chosen = {k: v for k, v in chosen.items() if v}
    return _render(
        request,
        "events.html",
        events=found[(page - 1) * PAGE : page * PAGE],
        total=len(found),
        page=page,
        pages=max(1, -(-len(found) // PAGE)),
        facets=queries.facet_counts(found),
        chosen=chosen,
        chart=svg.bars(queries.per_month(queries.day(e) for e in found)),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    ledger = _ledger(request)
    event = ledger.event(event_id)
    if event is None:
        return _not_found(request, f"event {event_id}")
    heads = queries.headers(ledger, (ev.article_id for ev in event.evidence))
    bodies = {}
    for article_id in heads:
        article = ledger.article(article_id)
        if article is not None:
            bodies[article_id] = article.body
    # One card per quoted passage, listing every source whose stance rests on it.
    cards: dict[tuple[str, int, int], dict] = {}
    for ev in event.evidence:
        card = cards.setdefault(
            (ev.article_id, ev.start, ev.end),
            dict(
                item=ev,
                sources=[],
                header=heads.get(ev.article_id),
                context=excerpt(bodies.get(ev.article_id, ""), ev.start, ev.end)
                or excerpt(ev.sentence, 0, len(ev.sentence)),
            ),
        )
        card["sources"].append(ev)
    evidence = list(cards.values())
    return _render(request, "event.html", event=event, evidence=evidence)


@router.get("/pair", response_class=HTMLResponse)
def pair_page(
    request: Request,
    a: Annotated[str, Query(max_length=200)] = "",
    b: Annotated[str, Query(max_length=200)] = "",
):
    ledger = _ledger(request)
    names = [n for n in (a.strip(), b.strip()) if n]
    events: list[Event] = ledger.events(actors=names) if len(names) == 2 else []
    dated = sorted(
        (e for e in events if e.date and e.date.start and not e.date.approximate),
        key=lambda e: (e.date.start, e.id),
    )
    undated = [e for e in events if e not in dated]  # approximate: placed where first reported
    heads = queries.headers(ledger, (ev.article_id for e in undated for ev in e.evidence))
    reported = {}
    for event in undated:
        days = [heads[ev.article_id].published for ev in event.evidence if ev.article_id in heads]
        days = [d[:10] for d in days if d]
        if days:
            reported[event.id] = min(days)
    return _render(
        request,
        "pair.html",
        a=a,
        b=b,
        dated=dated,
        undated=undated,
        timeline=svg.timeline(events, reported),
        actors=ledger.actor_names(),
    )


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request):
    return _render(request, "actors.html", actors=_ledger(request).actor_names())


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor_page(request: Request, name: str):
    summary = actor_summary(_ledger(request), name)
    if summary is None:
        return _not_found(request, f"actor {name}")
    return _render(
        request,
        "actor.html",
        actor=summary,
        events_chart=svg.bars(summary.events_by_month()),
        quotes_chart=svg.bars(summary.quotes_by_month(), "quotes per month"),
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    ledger = _ledger(request)
    article = ledger.article(article_id)
    if article is None:
        return _not_found(request, f"article {article_id}")
    mentions = queries.article_mentions(ledger, article_id)
    spans = [Span(m.start, m.end, "ev", f"{m.type} ({m.status})", anchor=True) for m, _ in mentions]
    spans += [
        Span(start, end, "q", f"quote: {q.speaker or 'unknown'}")
        for q in article.quotes
        for start, end in q.spans()  # a quotation's parts, its attribution left unmarked
    ]
    spans += [
        Span(e.start, e.end, "ent", f"{e.label}: {e.actor}" if e.actor else e.label)
        for e in article.entities
    ]
    return _render(
        request,
        "article.html",
        article=article,
        body=mark(article.body, spans),
        mentions=mentions,
        has_raw=article.raw is not None,
    )


@router.get("/raw/{article_id:path}")
def raw_download(request: Request, article_id: str):
    found = queries.raw_input(_ledger(request), article_id)
    if found is None:
        return _not_found(request, f"raw input of {article_id}")
    data, kind = found
    stem = "".join(c if c.isalnum() or c in "._-" else "_" for c in article_id)[-80:]
    filename = stem if stem.endswith(f".{kind}") else f"{stem}.{kind}"
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/disputed", response_class=HTMLResponse)
def disputed_page(request: Request):
    events = _ledger(request).events(status="disputed")
    return _render(request, "disputed.html", events=events)
