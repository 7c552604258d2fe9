"""What the commands share: the parameter types (dates, country codes), the --db and
--country options, and opening the ledger a --db names."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from newsledger import settings
from newsledger.errors import ConfigError
from newsledger.ledger import Ledger


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


class Iso3(click.ParamType):
    """A country code as the ledger stores it: ISO 3166-1 alpha-3, any case."""

    name = "ISO3"

    def convert(self, value, param, ctx):
        text = str(value).strip().upper()
        if len(text) != 3 or not text.isalpha():
            self.fail(f"{value!r} is not a three-letter country code like FRA", param, ctx)
        return text


db_option = click.option(
    "--db",
    metavar="URL",
    help="Database: a path, sqlite:///PATH or postgresql://... "
    "(default: $NEWSLEDGER_DB or ./newsledger.db).",
)


country_option = click.option(
    "--country",
    type=Iso3(),
    metavar="ISO3",
    help="Only events with a participant of this country (ISO 3166 alpha-3, e.g. FRA).",
)


STATUSES = ("confirmed", "reported", "denied", "disputed")
# Each filter option's parameter -> the `Ledger.events` argument it sets.
_FILTERS = {
    "actors": "actors",
    "country": "country",
    "type_": "type",
    "status": "status",
    "since": "since",
    "until": "until",
    "limit": "limit",
}


def event_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ledger-event filters `events` and `export` share (the same options, the same
    meaning): the command gets them as one `filters` dict of `Ledger.events` arguments."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        filters = {arg: kwargs.pop(param) for param, arg in _FILTERS.items()}
        return command(*args, filters=filters, **kwargs)

    options = [
        click.option(
            "--actor",
            "actors",
            multiple=True,
            metavar="NAME",
            help="Only events this actor takes part in (repeat: all must take part).",
        ),
        country_option,
        click.option("--type", "type_", metavar="T", help="PLOVER type, e.g. CONSULT."),
        click.option("--status", type=click.Choice(STATUSES), help="Only events with this status."),
        click.option(
            "--since", type=IsoDate(partial=True), help="Events dated on or after this date."
        ),
        click.option(
            "--until", type=IsoDate(partial=True), help="Events dated on or before this date."
        ),
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            metavar="N",
            help="At most N events (the newest).",
        ),
    ]
    for option in reversed(options):
        run = option(run)
    return run


SCHEMES = ("sqlite", "postgresql", "postgres")


def open_ledger(db: str | None, create: bool = True) -> Ledger:
    """The ledger at --db; query commands pass create=False so a mistyped path is an error,
    not a new empty database. A URL of another database kind is a usage error (exit 2)."""
    url = settings.database_url(db)
    if url.split("://", 1)[0].split("+", 1)[0].lower() not in SCHEMES:
        raise ConfigError(
            f"unsupported database URL {url!r}: use a path, sqlite:///PATH or postgresql://..."
        )
    return Ledger(url, create=create)
