"""Rendering records for the terminal: tables, JSON, JSONL and CSV.

Kept apart from cli.py so that every command formats the same way and the formats can be
tested without running a command.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from newsledger.model import Event, EventDate, Source, to_json

if TYPE_CHECKING:
    from newsledger.store.repository import StoredQuote


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def jsonl(rows: Sequence[Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], widths: dict[str, int]) -> str:
    """A plain fixed-width table; long cells are cut with an ellipsis so rows stay one line."""

    def fit(text: str, width: int) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = ["  ".join(c.upper().ljust(widths.get(c, 12)) for c in columns).rstrip()]
    for row in rows:
        cells = [
            fit(_cell(row.get(c)), widths.get(c, 12)).ljust(widths.get(c, 12)) for c in columns
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    return str(value)


EVENT_COLUMNS = ("date", "type", "mode", "actors", "recipients", "status", "sources", "location")
# CSV also carries each date's interval: an approximate window has no value to show.
EVENT_CSV_COLUMNS = (
    ("id",) + EVENT_COLUMNS + ("date_start", "date_end", "date_approximate", "sentence")
)
EVENT_WIDTHS = {
    "date": 12,
    "type": 11,
    "mode": 11,
    "actors": 30,
    "recipients": 22,
    "status": 9,
    "sources": 44,
    "location": 12,
}


def event_row(event: Event) -> dict[str, Any]:
    """A flat view of a ledger event for tables and CSV."""
    return {
        "id": event.id,
        "date": date_label(event.date),
        "date_start": event.date.start if event.date else None,
        "date_end": event.date.end if event.date else None,
        "date_approximate": event.date.approximate if event.date else None,
        "type": event.type,
        "mode": event.mode,
        "actors": [p.name for p in event.actors],
        "recipients": [p.name for p in event.recipients],
        "status": event.status,
        "sources": [_source_cell(s) for s in event.sources],
        "location": event.location,
        "sentence": event.sentence,
    }


def date_label(date: EventDate | None) -> str | None:
    """An event's date as people read it: its value ("2022-02-12", "2021-SU"); for a window the
    text did not give, "≤" and the window's last day (it happened by then, most likely in the
    month before: product.md's approximate date), so a table never shows such an event as
    undated. None when there is no date at all."""
    if date is None:
        return None
    if date.value:
        return date.value
    if date.end:
        return f"≤{date.end}" if date.approximate else f"{date.start}/{date.end}"
    return None


def _source_cell(source: Source) -> str:
    """'Name (stance, role)'; a source stored before roles existed shows its stance alone."""
    said = f"{source.stance}, {source.role}" if source.role else source.stance
    return f"{source.name} ({said})"


def events_json(events: Sequence[Event]) -> list[dict[str, Any]]:
    return [to_json(e) for e in events]


def quote_rows(quotes: Sequence[StoredQuote]) -> list[dict[str, Any]]:
    """Stored quotes as flat rows for JSON, tables and CSV."""
    return [asdict(q) for q in quotes]


QUOTE_COLUMNS = ("published", "speaker", "kind", "stance", "text", "article_id")
QUOTE_WIDTHS = {
    "published": 10,
    "speaker": 22,
    "kind": 8,
    "stance": 7,
    "text": 70,
    "article_id": 24,
}
