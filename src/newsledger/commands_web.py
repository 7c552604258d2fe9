"""The commands over the ledger as a place to work: `serve`, `search`, `export`, `actors`.

Kept apart from cli.py (which registers them) because they share the web layer's code: the
search command runs the same query as the search page, `actors` prints what the actor page
shows, and `export` writes what the API lists.
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import click

from newsledger import output
from newsledger.cli_common import STATUSES, Iso3, IsoDate, db_option, event_filters, open_ledger


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db, host, port):
    """Serve the web app and JSON API (docs: /openapi.json) over the ledger.

    Reads are open; POST /api/ingest needs `Authorization: Bearer $NEWSLEDGER_TOKEN`
    (without NEWSLEDGER_TOKEN set, writes are refused). Binds loopback unless --host says so.

    \b
    Example:
      newsledger serve --db ledger.db --port 8000
    """
    import uvicorn

    from newsledger.web import create_app

    ledger = open_ledger(db)
    app = create_app(ledger.url, ledger)
    click.echo(f"serving {ledger.url} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command()
@click.argument("query")
@db_option
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["article", "quote", "event"]),
    help="Only these kinds of record (repeat).",
)
@click.option("--actor", metavar="NAME", help="Only records naming this actor.")
@click.option("--type", "type_", metavar="T", help="Only events of this PLOVER type.")
@click.option("--status", type=click.Choice(STATUSES), help="Only events with this status.")
@click.option("--since", type=IsoDate(partial=True), help="Dated on or after (YYYY[-MM[-DD]]).")
@click.option("--until", type=IsoDate(partial=True), help="Dated on or before (YYYY[-MM[-DD]]).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def search(query, db, kinds, actor, type_, status, since, until, limit, fmt):
    """Ranked full-text search over articles, quotes and events (every word must match).

    \b
    Example:
      newsledger search "phone call" --kind event --status disputed
    """
    from newsledger import search as fts

    filters = fts.Filters(
        kinds=tuple(kinds) or fts.KINDS,
        since=since,
        until=until,
        type=type_,
        status=status,
        actor=actor,
    )
    hits = fts.search(open_ledger(db, create=False).engine, query, filters, limit=limit)
    rows = [h.to_json() for h in hits]
    if fmt == "json":
        click.echo(output.dumps(rows))
        return
    columns = ("kind", "published", "id", "snippet")
    widths = {"kind": 7, "published": 10, "id": 28, "snippet": 80}
    click.echo(output.table(rows, columns, widths), nl=False)
    click.echo(f"{len(rows)} results", err=True)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "plover"]),
    default="jsonl",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@event_filters
def export(db, fmt, out, filters):
    """Export ledger events (filters as in `events`) as JSONL, CSV, Parquet or PLOVER.

    \b
    Example:
      newsledger export --format parquet --out events.parquet --status disputed
    """
    from newsledger.export import export as run

    if fmt == "parquet" and out is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give --out FILE (or redirect stdout)")
    ledger = open_ledger(db, create=False)
    found = ledger.events(**filters)
    data = run(ledger, found, fmt)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        out.write_bytes(data)
    click.echo(f"{len(found)} events exported", err=True)


@click.command()
@click.argument("name", required=False)
@db_option
@click.option(
    "--country",
    type=Iso3(),
    metavar="ISO3",
    help="Without NAME: only actors of this country (ISO 3166 alpha-3, e.g. DEU).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    metavar="N",
    help="Without NAME: list at most N actors.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def actors(name, db, country, limit, fmt):
    """An actor: offices over time (knowledge base), event and quote counts, latest events.
    Without NAME, the ledger's actors, most active first.

    \b
    Examples:
      newsledger actors Scholz
      newsledger actors --country DEU --limit 20
    """
    from newsledger.web.actors import actor_summary

    if name is None:
        found = open_ledger(db, create=False).actor_counts(country=country, limit=limit)
        rows = [asdict(a) for a in found]
        if fmt == "json":
            click.echo(output.dumps(rows))
            return
        columns = ("name", "kind", "country", "sector", "events", "quotes", "role")
        widths = {"name": 30, "kind": 12, "country": 7, "sector": 6, "events": 6, "quotes": 6}
        click.echo(output.table(rows, columns, {**widths, "role": 40}), nl=False)
        click.echo(f"{len(rows)} actors", err=True)
        return
    summary = actor_summary(open_ledger(db, create=False), name)
    if summary is None:
        raise click.ClickException(f"no actor {name!r} in the ledger or the knowledge base")
    if fmt == "json":
        click.echo(output.dumps(summary.to_json()))
        return
    lines = [f"{summary.name}" + (f" ({summary.country})" if summary.country else "")]
    if summary.offices:
        lines.append("offices:")
        for o in summary.offices:
            lines.append(f"  {o.start or '?':10}  {o.end or 'now':10}  {o.role}")
    lines.append(f"events: {len(summary.events)}   quotes: {len(summary.quotes)}")
    by_month = summary.events_by_month()
    if by_month:
        lines.append("events by month: " + ", ".join(f"{m} {n}" for m, n in by_month[-12:]))
    if summary.events:
        lines.append("latest events:")
        rows = [output.event_row(e) for e in summary.events[:10]]
        table = output.table(rows, output.EVENT_COLUMNS, output.EVENT_WIDTHS)
        lines.extend("  " + line for line in table.splitlines())
    click.echo("\n".join(lines))
