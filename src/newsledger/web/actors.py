"""An actor's page in data: offices over time from the knowledge base, and what the ledger
holds about them (event and quote counts, by month, latest first).

Shared by the actor page, `GET /api/actors/{name}` and `newsledger actors NAME`, so the three
always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsledger.ledger import Ledger
from newsledger.model import Event
from newsledger.output import events_json, quote_rows
from newsledger.store.names import name_matches
from newsledger.web.queries import day, per_month

LATEST = 20


@dataclass
class Office:
    """One dated role of the actor (start and end are ISO dates, '' when open)."""

    role: str
    country: str | None
    sector: str | None
    start: str
    end: str


@dataclass
class ActorSummary:
    name: str
    kind: str | None
    country: str | None
    offices: list[Office] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def events_by_month(self) -> list[tuple[str, int]]:
        return per_month(day(e) for e in self.events)

    def quotes_by_month(self) -> list[tuple[str, int]]:
        return per_month(q.get("published") for q in self.quotes)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "offices": [vars(o) for o in self.offices],
            "counts": {"events": len(self.events), "quotes": len(self.quotes)},
            "events_by_month": dict(self.events_by_month()),
            "quotes_by_month": dict(self.quotes_by_month()),
            "latest_events": events_json(self.events[:LATEST]),
            "latest_quotes": self.quotes[:LATEST],
        }


def actor_summary(ledger: Ledger, name: str) -> ActorSummary | None:
    """Everything known about `name` (any of its names), or None when nothing is."""
    from newsledger.resolve.kb import ActorBase

    name = " ".join(name.split())
    if not name:
        return None
    entry = ActorBase.default().entry(name)
    canonical = entry.name if entry else _ledger_name(ledger, name)
    events = ledger.events(actors=[canonical])
    quotes = quote_rows(ledger.quotes(speaker=canonical))
    if entry is None and not events and not quotes:
        return None
    offices = []
    if entry:
        dated = [r for r in entry.roles if r.role and (r.start or r.end)]
        for role in sorted(dated, key=lambda r: (r.start or "", r.end or "9")):
            offices.append(Office(role.role or "", role.country, role.sector, role.start, role.end))
    return ActorSummary(
        name=canonical,
        kind=entry.kind if entry else None,
        country=entry.country if entry else None,
        offices=offices,
        events=events,
        quotes=quotes,
    )


def _ledger_name(ledger: Ledger, name: str) -> str:
    """The one ledger name that `name` names ('Lima' -> 'Ana Lima'), else `name` itself."""
    matches = [n for n in ledger.actor_names() if name_matches(name, n)]
    return matches[0] if len(matches) == 1 else name
