"""The command line: a thin click layer over the library; every command is a library call.

Errors a user can cause (a missing file, a bad date, an unreachable database) end in one line
on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click

from newsledger import output, settings
from newsledger.model import Article
from newsledger.nlp import ModelNotFound
from newsledger.read.dispatch import Skipped, iter_articles
from newsledger.store import Ledger, StoreError


class IsoDate(click.ParamType):
    """A calendar date written as YYYY-MM-DD (or YYYY-MM / YYYY for --since/--until)."""

    name = "DATE"

    def __init__(self, partial: bool = False):
        self.partial = partial

    def convert(self, value, param, ctx):
        text = str(value)
        candidates = [text]
        if self.partial:
            candidates += [text + "-01", text + "-01-01"]
        for candidate in candidates:
            try:
                date.fromisoformat(candidate)
                return text
            except ValueError:
                continue
        self.fail(f"{value!r} is not a date like 2024-11-11", param, ctx)


db_option = click.option(
    "--db",
    metavar="URL",
    help="Database: a path, sqlite:///PATH or postgresql://... "
    "(default: $NEWSLEDGER_DB or ./newsledger.db).",
)


published_option = click.option(
    "--published", type=IsoDate(), help="Publication date for inputs that carry none."
)
private_option = click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on loopback or private networks."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsledger")
def main() -> None:
    """newsledger: turn news into a ledger of events — who did what to whom, when,
    according to whom — with each event's status across sources."""


class Reader:
    """Articles from the inputs; each skipped input is reported on stderr and remembered."""

    def __init__(self, paths: tuple[str, ...], published: str | None, allow_private: bool):
        self.paths, self.published, self.allow_private = paths, published, allow_private
        self.skipped: list[Skipped] = []

    def __iter__(self) -> Iterator[Article]:
        items = iter_articles(
            self.paths, published=self.published, allow_private=self.allow_private
        )
        for item in items:
            if isinstance(item, Skipped):
                self.skipped.append(item)
                click.echo(f"skipped {item.input}: {item.reason}", err=True)
            else:
                yield item


def _stages():
    from newsledger.pipeline import Stages

    try:
        return Stages.load()
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "text"]),
    default="json",
    show_default=True,
)
@private_option
def analyze(paths, published, fmt, allow_private):
    """Analyse documents without storing them; PATH may be a file, a URL or '-' for stdin.

    \b
    Example:
      newsledger analyze article.txt --published 2024-11-11 --format json
    """
    from newsledger.pipeline import analyze as run

    reader = Reader(paths, published, allow_private)
    results = [a.to_json() for a in run(reader, _stages())]
    if fmt == "json":
        if results:
            click.echo(output.dumps(results[0] if len(results) == 1 else results))
    elif fmt == "jsonl":
        click.echo(output.jsonl(results), nl=False)
    else:
        for result in results:
            click.echo(_text_summary(result))
    if reader.skipped and not results:
        sys.exit(1)


def _text_summary(result: dict) -> str:
    lines = [f"# {result['title'] or result['id']}  ({result['published'] or 'undated'})"]
    for f in result["furniture"]:
        lines.append(f"  furniture [{f['kind']}] {f['text']}")
    for q in result["quotes"]:
        lines.append(f"  quote ({q['kind']}, {q['stance']}) {q['speaker']}: {q['text']}")
    for t in result["times"]:
        lines.append(f"  time {t['text']!r} -> {t['type']} {t['value']}")
    for e in result["events"]:
        when = e["date"]["value"] if e["date"] else "undated"
        who = ", ".join(p["name"] for p in e["actors"])
        to = ", ".join(p["name"] for p in e["recipients"])
        srcs = ", ".join(f"{s['name']} {s['stance']}" for s in e["sources"])
        flags = [k for k in ("negated", "hypothetical", "future") if e[k]]
        lines.append(
            f"  event {e['type']}/{e['mode'] or '-'} {when}: {who}"
            f"{' -> ' + to if to else ''} [{e['status']}; {srcs}]"
            f"{' ' + ','.join(flags) if flags else ''}"
        )
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@private_option
def ingest(paths, db, published, allow_private):
    """Analyse documents and store them in the ledger; repeated ingestion changes nothing.

    \b
    Example:
      newsledger ingest examples/*.txt --published 2024-11-11
    """
    from newsledger.pipeline import analyze as run

    ledger = _open(db)
    reader = Reader(paths, published, allow_private)
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "duplicate": 0, "near-duplicate": 0}
    for article in run(reader, _stages()):
        try:
            result = ledger.save_article(article)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        counts[result.outcome] += 1
        detail = f"{len(article.events)} events, {len(article.quotes)} quotes"
        if result.outcome == "duplicate":
            detail = f"same content as {result.duplicate_of}"
        elif result.outcome == "near-duplicate":
            detail = f"a copy of {result.duplicate_of}; linked, not counted again"
        click.echo(f"{result.outcome} {article.id}: {detail}", err=True)
    total = ledger.counts()
    click.echo(
        f"{counts['added']} added, {counts['replaced']} replaced, "
        f"{counts['unchanged'] + counts['duplicate']} unchanged, "
        f"{counts['near-duplicate']} near-duplicates, {len(reader.skipped)} skipped; "
        f"ledger: {total['articles']} articles, {total['events']} events, "
        f"{total['quotes']} quotes",
        err=True,
    )
    if reader.skipped and not any(counts.values()):
        sys.exit(1)


@main.command()
@db_option
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="Only events this actor takes part in (repeat: all must take part).",
)
@click.option("--type", "type_", metavar="T", help="PLOVER type, e.g. CONSULT.")
@click.option("--status", type=click.Choice(["confirmed", "reported", "denied", "disputed"]))
@click.option("--since", type=IsoDate(partial=True), help="Events dated on or after this date.")
@click.option("--until", type=IsoDate(partial=True), help="Events dated on or before this date.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def events(db, actors, type_, status, since, until, fmt):
    """List ledger events, newest first, with status and sources.

    \b
    Example:
      newsledger events --actor Macron --actor Scholz --format json
    """
    found = _open(db).events(actors=actors, type=type_, status=status, since=since, until=until)
    if fmt == "json":
        click.echo(output.dumps(output.events_json(found)))
    elif fmt == "csv":
        rows = [output.event_row(e) for e in found]
        click.echo(output.csv_text(rows, ("id",) + output.EVENT_COLUMNS + ("sentence",)), nl=False)
    else:
        rows = [output.event_row(e) for e in found]
        click.echo(output.table(rows, output.EVENT_COLUMNS, output.EVENT_WIDTHS), nl=False)
        click.echo(f"{len(found)} events", err=True)


@main.command()
@db_option
@click.option("--speaker", metavar="NAME", help="Only quotes by this speaker (any of their names).")
@click.option("--search", metavar="TEXT", help="Only quotes containing this text.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def quotes(db, speaker, search, fmt):
    """List stored quotations with their speakers, newest first.

    \b
    Example:
      newsledger quotes --speaker Hebestreit --search call
    """
    rows = _open(db).quotes(speaker=speaker, search=search)
    if fmt == "json":
        click.echo(output.dumps(rows))
    elif fmt == "csv":
        click.echo(output.csv_text(rows, list(rows[0]) if rows else output.QUOTE_COLUMNS), nl=False)
    else:
        click.echo(output.table(rows, output.QUOTE_COLUMNS, output.QUOTE_WIDTHS), nl=False)
        click.echo(f"{len(rows)} quotes", err=True)


@main.command()
@click.argument("mention")
@click.option("--date", "when", type=IsoDate(), help="Resolve offices as of this date.")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
def resolve(mention, when, fmt):
    """Resolve a mention (or a JSONL file of {id, text, date}) to an actor.

    \b
    Examples:
      newsledger resolve "the US president" --date 2020-07-01
      newsledger resolve mentions.jsonl --format jsonl
    """
    from newsledger.resolve.kb import resolve_record

    records: list[dict] = []
    path = Path(mention)
    if mention.endswith(".jsonl"):
        if not path.is_file():
            raise click.ClickException(f"{mention}: no such file")
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
            except (json.JSONDecodeError, KeyError, TypeError):
                click.echo(f"skipped {mention}:{number}: needs a JSON object with 'text'", err=True)
                continue
            result = resolve_record(str(text), record.get("date") or when, record.get("context"))
            records.append({"id": record.get("id"), **result})
    else:
        records.append({"id": None, **resolve_record(mention, when)})
    if fmt == "jsonl" or len(records) > 1:
        click.echo(output.jsonl(records), nl=False)
    else:
        click.echo(output.dumps(records[0]))


@main.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.option(
    "--interval",
    type=click.FloatRange(min=1),
    default=900,
    show_default=True,
    help="Seconds between polls of the whole list.",
)
@click.option("--once", is_flag=True, help="Poll every feed once and exit.")
@click.option(
    "--allow-private", is_flag=True, help="Allow feeds and pages on loopback or private networks."
)
def watch(feeds_file, db, interval, once, allow_private):
    """Poll the feeds listed in FEEDS_FILE (one URL a line) and ingest new items.

    Each feed's ETag, Last-Modified and seen entries are kept in the ledger, so nothing is
    fetched or stored twice across runs. Stop with Ctrl-C.

    \b
    Example:
      newsledger watch feeds.txt --interval 600
    """
    from newsledger.watch import read_feed_list
    from newsledger.watch import watch as run

    feeds = read_feed_list(feeds_file)
    if not feeds:
        raise click.ClickException(f"{feeds_file}: no feeds listed")
    ledger = _open(db)

    def report(feed, result):
        if isinstance(result, Skipped):
            click.echo(f"skipped {result.input}: {result.reason}", err=True)
        else:
            click.echo(f"{result.outcome} {result.article_id}", err=True)

    try:
        run(
            feeds,
            ledger,
            _stages(),
            interval=interval,
            rounds=1 if once else None,
            allow_private=allow_private,
            report=report,
        )
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    counts = ledger.counts()
    click.echo(f"ledger: {counts['articles']} articles, {counts['events']} events", err=True)


@main.command()
@db_option
def reprocess(db):
    """Analyse every stored article again from its kept raw input, with the current readers,
    model and knowledge base; events and statuses are rebuilt from the new analyses.

    Use it after an upgrade, or to plug in a larger spaCy pipeline for the whole ledger.
    Articles whose analysis comes out the same are left as they are.

    \b
    Example:
      NEWSLEDGER_SPACY_MODEL=en_core_web_md newsledger reprocess --db ledger.db
    """
    from newsledger.model import to_json
    from newsledger.pipeline import analyze as run
    from newsledger.read.dispatch import reread

    ledger = _open(db)
    ids = ledger.article_ids()
    before: dict[str, str] = {}
    skipped: list[Skipped] = []

    def fresh() -> Iterator[Article]:
        with click.progressbar(ids, label="reprocessing", file=sys.stderr) as bar:
            for article_id in bar:
                stored = ledger.article(article_id)
                try:
                    item = reread(stored) if stored else Skipped(article_id, "gone from the ledger")
                except Exception as exc:  # a reader meeting stored web input: skip, never stop
                    reason = " ".join(str(exc).split())[:200]
                    item = Skipped(article_id, f"reader failed: {type(exc).__name__}: {reason}")
                if isinstance(item, Skipped):
                    skipped.append(item)
                    continue
                before[article_id] = json.dumps(to_json(stored, with_internal=True))
                yield item

    changed = same = 0
    for article in run(fresh(), _stages()):
        if json.dumps(to_json(article, with_internal=True)) == before.pop(article.id):
            same += 1
            continue
        try:
            ledger.save_article(article, replace=True)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        changed += 1
    for item in skipped:
        click.echo(f"skipped {item.input}: {item.reason}", err=True)
    total = ledger.counts()
    click.echo(
        f"{changed} reanalysed, {same} unchanged, {len(skipped)} skipped; "
        f"ledger: {total['articles']} articles, {total['events']} events, "
        f"{total['quotes']} quotes",
        err=True,
    )


def _open(db: str | None) -> Ledger:
    try:
        return Ledger(settings.database_url(db))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":  # pragma: no cover
    main()
