"""Reads the web pages and the API need beyond the Ledger's public methods.

The Ledger answers events (by filter or id), quotes and whole articles; pages also need the
mentions an article fed, facets and light article headers. These are read here with
SQLAlchemy Core and bound parameters over the ledger's own tables, so the web layer never
writes SQL by string.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from newsledger.ledger import Ledger
from newsledger.model import Event, EventMention, from_json
from newsledger.output import events_json
from newsledger.store import schema


def article_mentions(ledger: Ledger, article_id: str) -> list[tuple[EventMention, str | None]]:
    """Each event mention in an article, with the ledger event it was merged into."""
    m = schema.event_mentions
    with ledger.engine.connect() as conn:
        rows = conn.execute(
            select(m.c.data, m.c.event_id)
            .where(m.c.article_id == article_id)
            .order_by(m.c.position)
        ).all()
    return [(from_json(EventMention, json.loads(r.data)), r.event_id) for r in rows]


@dataclass
class Header:
    """What a page shows about an article without loading its analysis."""

    id: str
    title: str | None
    url: str | None
    site: str | None
    published: str | None


def headers(ledger: Ledger, article_ids: Iterable[str]) -> dict[str, Header]:
    """Headers of the given articles, by id."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    a = schema.articles
    with ledger.engine.connect() as conn:
        rows = conn.execute(
            select(a.c.id, a.c.title, a.c.url, a.c.site, a.c.published).where(a.c.id.in_(ids))
        ).all()
    return {r.id: Header(r.id, r.title, r.url, r.site, r.published) for r in rows}


def raw_input(ledger: Ledger, article_id: str) -> tuple[bytes, str] | None:
    """The article's input as read (for download), and its kind (txt, html, jsonl, ...)."""
    article = ledger.article(article_id)
    if article is None or article.raw is None:
        return None
    return article.raw, article.raw_kind or "txt"


def month(event: Event) -> str | None:
    """The month an event is counted in: its date's, or for an approximate date (a window
    ending at the report's publication) the month of that report, since the text gives no
    earlier month and the window's start is only where the guess stops."""
    return day(event)[:7] if day(event) else None


def day(event: Event) -> str | None:
    """The day an event is placed at on charts: its date's start, or an approximate window's end."""
    date = event.date
    if date is None:
        return None
    return (date.end if date.approximate else date.start) or None


def countries(event: Event) -> set[str]:
    return {p.country for p in event.actors + event.recipients if p.country}


FACETS = ("type", "status", "mode", "actor", "country", "month")


def facet_values(event: Event, facet: str) -> set[str]:
    """The values an event has for a facet (an event has several actors and countries)."""
    if facet == "actor":
        return {p.name for p in event.actors + event.recipients}
    if facet == "country":
        return countries(event)
    if facet == "month":
        value = month(event)
        return {value} if value else set()
    value = getattr(event, facet)
    return {value} if value else set()


def facet_counts(events: Sequence[Event], limit: int = 12) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its most frequent values among `events` with their counts."""
    result: dict[str, list[tuple[str, int]]] = {}
    for facet in FACETS:
        counter: Counter[str] = Counter()
        for ev in events:
            counter.update(facet_values(ev, facet))
        ranked = counter.most_common()
        if facet == "month":
            ranked = sorted(ranked, reverse=True)
        result[facet] = ranked[:limit]
    return result


def refine(events: Sequence[Event], chosen: dict[str, str]) -> list[Event]:
    """The events having every chosen facet value (mode, country and month; the Ledger
    filters actor, type and status itself)."""
    return [
        ev
        for ev in events
        if all(not value or value in facet_values(ev, facet) for facet, value in chosen.items())
    ]


def per_month(dates: Iterable[str | None]) -> list[tuple[str, int]]:
    """Counts by month (YYYY-MM), in calendar order, skipping undated items."""
    counter = Counter(d[:7] for d in dates if d and len(d) >= 7)
    return sorted(counter.items())


def event_json(event: Event) -> dict[str, Any]:
    """An event exactly as `events --format json` prints it."""
    return events_json([event])[0]
