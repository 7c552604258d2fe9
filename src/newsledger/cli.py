"""The command line: a thin click layer over the library; every command is a library call.

Errors a user can cause (a missing file, a bad date, an unreachable database) are
NewsledgerErrors: the group catches them once and prints one line, `Error: ...`, on stderr with
the error's exit code, never a traceback. A usage error (an unknown --format, a malformed
--since) is one line too, exit 2, naming the --help to read. Ctrl-C exits 130.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import click

from newsledger import log, output
from newsledger.cli_common import IsoDate, db_option, event_filters, open_ledger
from newsledger.errors import InputError, NewsledgerError
from newsledger.ledger import Ledger
from newsledger.model import Article, Skipped
from newsledger.read.dispatch import iter_articles
from newsledger.store.repository import StoredQuote

published_option = click.option(
    "--published", type=IsoDate(), help="Publication date for inputs that carry none."
)
private_option = click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on loopback or private networks."
)


class Group(click.Group):
    """The command group: a NewsledgerError or a usage error from any command ends in one
    line on stderr and its exit code; Ctrl-C in "interrupted" and the conventional 130.

    Click would print a usage error as four lines (usage, a hint, a blank, the error); a
    script reading stderr gets the one that matters, with the hint folded into it."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.NoArgsIsHelpError:
            raise  # no command at all: click shows the help
        except click.UsageError as exc:
            _usage_error(ctx, exc)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _usage_error(ctx, exc)
        except NewsledgerError as exc:
            if _interrupted(exc):  # Ctrl-C inside a database call surfaces as its cleanup error
                click.echo("interrupted", err=True)
                ctx.exit(130)
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)


def _usage_error(ctx: click.Context, exc: click.UsageError) -> NoReturn:
    """One line for a usage error, with the --help of the command it concerns."""
    where = exc.ctx.command_path if exc.ctx is not None else ctx.command_path
    click.echo(f"Error: {exc.format_message()} (see '{where} --help')", err=True)
    ctx.exit(exc.exit_code)


def _interrupted(exc: BaseException) -> bool:
    """Whether a KeyboardInterrupt lies somewhere behind `exc` (its cause or context chain)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsledger")
@click.option("-v", "--verbose", count=True, help="Say more: -v each article, -vv everything.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and skipped inputs; no progress.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """newsledger: turn news into a ledger of events — who did what to whom, when,
    according to whom — with each event's status across sources.

    \b
    Example:
      newsledger -v ingest examples/*.txt --published 2024-11-11
    """
    log.configure(verbose, quiet)
    ctx.obj = {"quiet": quiet}


def _quiet() -> bool:
    ctx = click.get_current_context()
    return bool(ctx.find_root().obj and ctx.find_root().obj.get("quiet"))


class SkipNotes:
    """Skipped inputs, said on stderr one line each as they come, except the first: it waits
    for the next item. When it was the only item (one missing, empty or binary file), the
    command's error says it in one line, `Error: nothing analysed, skipped a.txt: no such
    file`, rather than a skip line and then an error line that only says "every input"."""

    def __init__(self, say: Callable[[str], None]):
        self.say = say
        self.count = 0
        self.held: Skipped | None = None

    def skipped(self, item: Skipped) -> None:
        self.count += 1
        if self.count == 1:
            self.held = item
            return
        self.read()
        self.say(_skip_line(item))

    def read(self) -> None:
        """Something else came: the held skip is one of several, said as it is."""
        if self.held is not None:
            self.say(_skip_line(self.held))
            self.held = None

    def failure(self, nothing: str) -> InputError:
        """The error when nothing came through: `nothing` is what ("nothing analysed")."""
        if self.held is not None and self.count == 1:
            only, self.held = self.held, None
            return InputError(f"{nothing}, {_skip_line(only)}")
        self.read()
        return InputError(f"{nothing}: every input was skipped")


def _skip_line(item: Skipped) -> str:
    return f"skipped {item.input}: {item.reason}"


class Reader:
    """Articles from the inputs (for `analyze`); each skipped input is reported on stderr."""

    def __init__(self, paths: tuple[str, ...], published: str | None, allow_private: bool):
        self.paths, self.published, self.allow_private = paths, published, allow_private
        self.skipped: list[Skipped] = []
        self.notes = SkipNotes(lambda line: click.echo(line, err=True))

    def __iter__(self) -> Iterator[Article]:
        items = iter_articles(
            self.paths, published=self.published, allow_private=self.allow_private
        )
        for item in items:
            if isinstance(item, Article):
                self.notes.read()
                yield item
            else:
                self.skipped.append(item)
                self.notes.skipped(item)


def _stages():
    from newsledger.pipeline import Stages

    return Stages.load()


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
        raise reader.notes.failure("nothing analysed")
    reader.notes.read()


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
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Analyse in this many processes (each loads the pipeline once).",
)
@click.option("--cluster", metavar="ADDRESS", help="Analyse on a Dask cluster, e.g. tcp://h:8786.")
def ingest(paths, db, published, allow_private, workers, cluster):
    """Analyse documents and store them in the ledger; repeated ingestion changes nothing.

    The ledger is the same whatever --workers or --cluster: this process alone writes it, in
    input order. An input with no date keeps the date already stored for its article.

    \b
    Example:
      newsledger ingest examples/*.txt --published 2024-11-11
    """
    from newsledger.ingest import ArticleResult
    from newsledger.ingest import ingest as run
    from newsledger.progress import Progress

    ledger = open_ledger(db)
    progress = Progress()
    notes = SkipNotes(progress.note)

    def report(item: ArticleResult | Skipped) -> None:
        if isinstance(item, Skipped):
            notes.skipped(item)
        else:
            notes.read()
            if item.kept_published:
                progress.note(f"{item.outcome} {item.article_id}: {item.describe()}")
        if not _quiet():
            progress(item)

    try:
        done = run(
            paths,
            ledger,
            published=published,
            allow_private=allow_private,
            workers=workers,
            cluster=cluster,
            report=report,
        )
    finally:
        progress.close()
    if done.skipped and not done.stored:
        raise notes.failure("nothing ingested")  # one line: the ledger is as it was
    notes.read()
    counts, total = done.counts, ledger.counts()
    if not _quiet():
        click.echo(
            f"{counts['added']} added, {counts['replaced']} replaced, "
            f"{counts['unchanged'] + counts['duplicate']} unchanged, "
            f"{counts['near-duplicate']} near-duplicates, {len(done.skipped)} skipped; "
            f"ledger: {total['articles']} articles, {total['events']} events, "
            f"{total['quotes']} quotes",
            err=True,
        )


@main.command()
@db_option
@event_filters
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
def events(db, filters, fmt):
    """List ledger events, newest first, with status and sources.

    \b
    Examples:
      newsledger events --actor Macron --actor Scholz --format json
      newsledger events --country FRA --status disputed --limit 20
    """
    found = open_ledger(db, create=False).events(**filters)
    if fmt == "json":
        click.echo(output.dumps(output.events_json(found)))
    elif fmt == "jsonl":
        click.echo(output.jsonl(output.events_json(found)), nl=False)
    elif fmt == "csv":
        rows = [output.event_row(e) for e in found]
        click.echo(output.csv_text(rows, output.EVENT_CSV_COLUMNS), nl=False)
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
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
def quotes(db, speaker, search, fmt):
    """List stored quotations with their speakers, newest first.

    \b
    Example:
      newsledger quotes --speaker Hebestreit --search call
    """
    rows = output.quote_rows(open_ledger(db, create=False).quotes(speaker=speaker, search=search))
    if fmt == "json":
        click.echo(output.dumps(rows))
    elif fmt == "jsonl":
        click.echo(output.jsonl(rows), nl=False)
    elif fmt == "csv":
        # Every field, even with no quote to show: a script's columns do not depend on the hits.
        columns = [f.name for f in dataclasses.fields(StoredQuote)]
        click.echo(output.csv_text(rows, columns), nl=False)
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

    Answers {id, text, name, kind, country, sector, role}; for a file, --format json prints
    one list of them and --format jsonl one line per record.

    \b
    Examples:
      newsledger resolve "the US president" --date 2020-07-01
      newsledger resolve mentions.jsonl --format jsonl
    """
    from newsledger.resolve.kb import resolve_record

    records: list[dict] = []
    path = Path(mention)
    from_file = mention.endswith(".jsonl")
    if from_file:
        if not path.is_file():
            raise InputError(f"{mention}: no such file")
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
    if fmt == "jsonl":
        click.echo(output.jsonl(records), nl=False)
    elif from_file:  # --format json over a file: one JSON document, the list of its answers
        click.echo(output.dumps(records))
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
        raise InputError(f"{feeds_file}: no feeds listed")
    ledger = open_ledger(db)

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
        # Ctrl-C is how a watch ends: say what the ledger holds, then exit as every
        # interrupted command does (130), so a supervising script can tell it was stopped.
        click.echo("stopped", err=True)
        _ledger_summary(ledger)
        raise SystemExit(130) from None
    _ledger_summary(ledger)


def _ledger_summary(ledger: Ledger) -> None:
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
    Examples:
      newsledger reprocess
      NEWSLEDGER_SPACY_MODEL=en_core_web_md newsledger reprocess --db ledger.db
    """
    from newsledger.ingest import reprocess as run

    ledger = open_ledger(db, create=False)
    with click.progressbar(
        length=len(ledger.article_ids()),
        label="reprocessing",
        file=sys.stderr,
        hidden=_quiet() or not sys.stderr.isatty(),
    ) as bar:

        def report(item: str | Skipped) -> None:
            bar.update(1)
            if isinstance(item, Skipped):
                click.echo(f"skipped {item.input}: {item.reason}", err=True)

        done = run(ledger, _stages(), report=report)
    total = ledger.counts()
    click.echo(
        f"{done.changed} reanalysed, {done.unchanged} unchanged, {len(done.skipped)} skipped; "
        f"ledger: {total['articles']} articles, {total['events']} events, "
        f"{total['quotes']} quotes",
        err=True,
    )


@main.command()
@click.option(
    "--input",
    "inputs",
    multiple=True,
    metavar="FILE",
    help="Input to measure on (repeatable; default: examples/ and the PolNeAR texts).",
)
@click.option(
    "--articles",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="At most this many.",
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def bench(inputs, articles, workers, fmt):
    """Measure ingest against the bare spaCy parse of the same texts, in one run: articles/s,
    words/s, their ratio, each stage's share and peak memory. Nothing is stored.

    \b
    Example:
      newsledger bench --input examples/franco_german_meseberg.txt --format json
    """
    from newsledger import bench as measure

    # The default inputs are page dumps, one article each: read only those measured.
    chosen = list(inputs) or measure.default_inputs()[:articles]
    if not chosen:
        raise InputError("no input to measure: give --input FILE")
    result = measure.run(chosen, articles=articles, workers=workers)
    if not result.articles:
        raise InputError("no article could be read from the inputs")
    if fmt == "json":
        click.echo(output.dumps(result.to_json()))
    else:
        click.echo(result.table(), nl=False)


from newsledger import commands_web  # noqa: E402 - after `main`, which it does not import

main.add_command(commands_web.serve)
main.add_command(commands_web.search)
main.add_command(commands_web.export)
main.add_command(commands_web.actors)

if __name__ == "__main__":  # pragma: no cover
    main()
