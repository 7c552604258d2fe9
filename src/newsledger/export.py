"""Datasets to take away: ledger events as JSONL, CSV, Parquet or PLOVER records.

JSONL and Parquet carry each event exactly as `events --format json` prints it (Parquet as
nested columns, so reading it back with pyarrow gives the same records); CSV is the flat row of
`events --format csv`; `plover` is one JSON line per event with the PLOVER record fields, plus
newsledger's status and sources, for tools that speak PLOVER.
"""

from __future__ import annotations

import dataclasses
import io
import types
import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from newsledger import output
from newsledger.ledger import Ledger
from newsledger.model import Event
from newsledger.store import schema

if TYPE_CHECKING:
    import pyarrow as pa

FORMATS = ("jsonl", "csv", "parquet", "plover")
CSV_COLUMNS = output.EVENT_CSV_COLUMNS


def export(ledger: Ledger, events: Sequence[Event], fmt: str) -> bytes:
    """The events in format `fmt` (one of FORMATS), as the bytes of a file."""
    if fmt == "jsonl":
        return output.jsonl(output.events_json(events)).encode()
    if fmt == "csv":
        rows = [output.event_row(e) for e in events]
        return output.csv_text(rows, CSV_COLUMNS).encode()
    if fmt == "parquet":
        return parquet(events)
    if fmt == "plover":
        return output.jsonl(plover_records(ledger, events)).encode()
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def parquet(events: Sequence[Event]) -> bytes:
    """A Parquet file with one row per event, nested as in the JSON output.

    The columns are typed from the Event model, not guessed from the rows: an export whose
    events all lack recipients still types `recipients` as a list of actors (a guess would
    make it a list of nulls, unlike the next export's), and an empty export has every column.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(output.events_json(events), schema=event_schema())
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def event_schema() -> pa.Schema:
    """The Arrow schema of a ledger event as `events --format json` prints it."""
    import pyarrow as pa

    return pa.schema(list(_arrow_type(Event)))


def _arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a model field's type hint (dataclasses become structs of their
    public fields, in the order their JSON has them)."""
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        (item,) = typing.get_args(hint)
        return pa.list_(_arrow_type(item))
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct(
            [
                (f.name, _arrow_type(hints[f.name]))
                for f in dataclasses.fields(hint)
                if not f.metadata.get("internal")
            ]
        )
    scalars = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64()}
    return scalars[hint]


def plover_records(ledger: Ledger, events: Sequence[Event]) -> list[dict[str, Any]]:
    """PLOVER records: actor and recipient are the first participants on each side (all of
    them are in `actors`/`recipients`), cite_info lists the articles behind the event."""
    articles = _article_info(ledger, {ev.article_id for e in events for ev in e.evidence})
    records = []
    for event in events:
        cited = list(dict.fromkeys(ev.article_id for ev in event.evidence))
        first = articles.get(cited[0], {}) if cited else {}
        records.append(
            {
                "id": event.id,
                "date": event.date.value if event.date else None,
                "actor": event.actors[0].name if event.actors else None,
                "recipient": event.recipients[0].name if event.recipients else None,
                "event": event.type,
                "mode": event.mode,
                "context": ", ".join(event.contexts),
                "event_text": event.sentence,
                "text_info": {
                    "article_id": cited[0] if cited else None,
                    "headline": first.get("title"),
                    "published": first.get("published"),
                },
                "cite_info": [{"article_id": a, **articles.get(a, {})} for a in cited],
                "actors": [p.name for p in event.actors],
                "recipients": [p.name for p in event.recipients],
                "location": event.location,
                "status": event.status,
                "sources": [{"name": s.name, "stance": s.stance} for s in event.sources],
            }
        )
    return records


def _article_info(ledger: Ledger, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    a = schema.articles
    with ledger.engine.connect() as conn:
        rows = conn.execute(
            select(a.c.id, a.c.title, a.c.url, a.c.published).where(a.c.id.in_(sorted(ids)))
        ).all()
    return {r.id: {"title": r.title, "url": r.url, "published": r.published} for r in rows}
