"""What the commands share: the parameter types (dates, country codes), the --db and
--country options, and opening the ledger a --db names."""

from __future__ import annotations

from datetime import date

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
