"""Schema migrations: a ledger from before migrations is upgraded in place, and the revisions
build exactly the tables schema.py describes. Also the errors a bad --db gives."""

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from databases import ledger_url
from sqlalchemy import create_engine, insert, inspect, text

from newsledger.errors import StoreError
from newsledger.ledger import Ledger
from newsledger.model import Event, EventDate, Participant, Source, to_json
from newsledger.store import migrate, schema

# The tables of the releases before migrations (revision 1).
REVISION_1 = [
    schema.articles,
    schema.actors,
    schema.quotes,
    schema.events,
    schema.event_participants,
    schema.event_mentions,
    schema.state,
]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    with ledger_url(request.param, tmp_path) as url:
        yield url


def _engine(url):
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def make_old_ledger(url):
    """What the previous release's `create_all` made (no alembic_version), with one article,
    one event between two people and a quote."""
    engine = _engine(url)
    schema.metadata.create_all(engine, tables=REVISION_1)
    event = Event(
        type="CONSULT",
        mode="phone",
        actors=[Participant("Recep Tayyip Erdoğan", "TUR", "GOV")],
        recipients=[Participant("Olaf Scholz", "DEU", "GOV")],
        date=EventDate("on Friday", "2024-03-08", "2024-03-08", "2024-03-08"),
        sources=[Source("Olaf Scholz", "asserts")],
        status="confirmed",
        id="0123456789abcdef",
    )
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_ingested_at"))  # added by revision 2
        conn.execute(
            insert(schema.articles).values(
                id="old.txt",
                content_hash="0" * 64,
                title="Old article",
                published="2024-03-09",
                body="Scholz and Erdogan spoke.",
                analysis=json.dumps({"id": "old.txt", "body": "Scholz and Erdogan spoke."}),
                ingested_at="2024-03-09T10:00:00+00:00",
            )
        )
        conn.execute(
            insert(schema.events).values(
                id=event.id,
                type="CONSULT",
                mode="phone",
                status="confirmed",
                date_start="2024-03-08",
                date_end="2024-03-08",
                first_seen="2024-03-09T10:00:00+00:00",
                data=json.dumps(to_json(event, with_internal=True)),
            )
        )
        conn.execute(
            insert(schema.event_participants),
            [
                dict(event_id=event.id, name="Recep Tayyip Erdoğan", role="actor"),
                dict(event_id=event.id, name="Olaf Scholz", role="recipient"),
            ],
        )
        conn.execute(
            insert(schema.quotes).values(
                article_id="old.txt",
                position=0,
                speaker="Olaf Scholz",
                kind="direct",
                text="We spoke at length.",
                published="2024-03-09",
            )
        )
    engine.dispose()
    return event


def test_old_ledger_is_stamped_and_upgraded_with_its_data(url):
    event = make_old_ledger(url)
    ledger = Ledger(url)
    assert ledger.counts() == {"articles": 1, "events": 1, "quotes": 1}
    # the names already stored were folded into the new tables: the filters find them
    assert [e.id for e in ledger.events(actors=["Erdogan"])] == [event.id]
    assert [e.id for e in ledger.events(actors=["olaf scholz", "tayyip erdogan"])] == [event.id]
    assert ledger.events(actors=["Scho"]) == []
    assert [q.text for q in ledger.quotes(speaker="Scholz")] == ["We spoke at length."]
    assert ledger.actor_names() == ["Olaf Scholz", "Recep Tayyip Erdoğan"]
    with ledger.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == migrate.head()
    ledger.close()
    Ledger(url).close()  # opening a current ledger again changes nothing


def test_revisions_build_exactly_the_schema_module(url):
    Ledger(url).close()
    engine = _engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), schema.metadata) == []
        assert "alembic_version" in inspect(conn).get_table_names()
    engine.dispose()


def test_ledger_from_a_newer_release_is_refused_not_damaged(tmp_path):
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    Ledger(url).close()
    engine = _engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"revision 9999\) is newer than this newsledger"):
        Ledger(url)


def test_unsupported_url_is_a_clear_error():
    with pytest.raises(StoreError, match=r"unsupported database URL 'mysql://x/y' \(use a path"):
        Ledger("mysql://x/y")


def test_read_only_open_of_a_missing_file_does_not_create_it(tmp_path):
    path = tmp_path / "typo.db"
    with pytest.raises(StoreError, match=r"no ledger at .*typo\.db \(ingest something first"):
        Ledger(f"sqlite:///{path}", create=False)
    assert not path.exists()
