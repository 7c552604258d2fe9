"""Ranked full-text search (FTS5 on SQLite, tsvector on PostgreSQL): ranking, filters, query
text that is not query syntax, catching up with saves from other writers, and the CLI."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from click.testing import CliRunner
from databases import postgres_url
from sqlalchemy import text
from web_ledger import articles

from newsledger import search
from newsledger.cli import main
from newsledger.ledger import Ledger
from newsledger.model import Article
from newsledger.pipeline import analyze


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    with postgres_url() as pg:
        yield pg


@pytest.fixture
def ledger(url):
    db = Ledger(url)
    for article in articles():
        db.save_article(article)
    yield db
    db.close()


def ids(hits):
    return [h.id for h in hits]


def test_title_words_rank_above_body_words(ledger):
    ledger.save_article(
        Article(id="tariff-title.txt", title="Tariff talks", published="2024-05-01",
                body="Talks went on late into the night in Bergen.")
    )  # fmt: skip
    ledger.save_article(
        Article(id="tariff-body.txt", title="Night in Bergen", published="2024-05-02",
                body="Ministers spoke of many things, a tariff among them, and went home.")
    )  # fmt: skip
    hits = search.search(ledger.engine, "tariff", search.Filters(kinds=("article",)))
    assert ids(hits)[:2] == ["tariff-title.txt", "tariff-body.txt"]
    assert hits[0].rank > hits[1].rank
    assert "\x02" in hits[0].snippet or "\x02" in hits[1].snippet  # the match is marked


def test_filters_narrow_by_kind_date_type_status_and_actor(ledger):
    engine = ledger.engine
    kinds = {h.kind for h in search.search(engine, "fishing")}
    assert kinds == {"article", "quote", "event"}
    quotes = search.search(engine, "fishing", search.Filters(kinds=("quote",)))
    assert [h.actors for h in quotes] == [["Ana Lima"]]
    disputed = search.search(engine, "call", search.Filters(status="disputed"))
    assert [h.kind for h in disputed] == ["event"] and disputed[0].type == "CONSULT"
    assert search.search(engine, "Oslo", search.Filters(type="CONSULT")) == []
    march = search.search(engine, "Lima", search.Filters(since="2024-03", until="2024-03-31"))
    assert march and all("2024-03" <= h.published <= "2024-03-31" for h in march)
    by_actor = search.search(engine, "Oslo", search.Filters(kinds=("event",), actor="Berg"))
    assert [h.type for h in by_actor] == ["AGREE"]
    assert search.search(engine, "Oslo", search.Filters(actor="Nobody")) == []


@pytest.mark.parametrize(
    "query", ['"', "fish*", "NEAR(a b)", "a OR", "title:x", "-- ;", "'); DROP TABLE events; --"]
)
def test_query_text_is_words_never_syntax(ledger, query):
    hits = search.search(ledger.engine, query)
    assert isinstance(hits, list)
    assert ledger.counts()["events"] == 2


def test_saves_by_another_writer_and_replacements_are_found(ledger, url):
    assert search.search(ledger.engine, "herring") == []
    other = Ledger(url)  # a second writer, as another process would be
    try:
        first = Article(id="herring.txt", title="Herring", published="2024-06-01",
                        body="The herring catch doubled this spring.")  # fmt: skip
        other.save_article(first)
        assert ids(search.search(ledger.engine, "herring")) == ["herring.txt"]
        cod = replace(first, title="Cod", body="The cod catch doubled this spring.")
        other.save_article(cod, replace=True)
    finally:
        other.close()
    assert ids(search.search(ledger.engine, "cod")) == ["herring.txt"]
    assert search.search(ledger.engine, "herring") == []


def test_concurrent_catch_up_indexes_each_record_once(url):
    db = Ledger(url)
    try:
        for article in articles():
            db.save_article(article)
        search.catch_up(db.engine)  # create the tables, index the first articles
        for n in range(20):
            db.save_article(Article(id=f"n{n}.txt", title=f"Note {n}", published="2024-07-01",
                                    body=f"Salmon report number {n} of twenty."))  # fmt: skip
        barrier = threading.Barrier(4)

        def worker():
            barrier.wait()
            search.catch_up(db.engine)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        search.catch_up(db.engine)  # whatever a locked-out thread left
        assert len(search.search(db.engine, "salmon", limit=100)) == 20
        table = "search_docs" if db.engine.dialect.name == "postgresql" else "search_fts"
        with db.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT kind, ref FROM {table}")).all()
        assert len(rows) == len(set(rows))
    finally:
        db.close()


def test_cli_search_and_actors(tmp_path):
    path = tmp_path / "ledger.db"
    db = Ledger(f"sqlite:///{path}")
    for article in articles():
        db.save_article(article)
    db.close()
    runner = CliRunner()
    found = runner.invoke(main, ["search", "fishing", "--db", str(path), "--format", "json"])
    assert found.exit_code == 0, found.output
    assert {h["kind"] for h in json.loads(found.stdout)} == {"article", "quote", "event"}
    table = runner.invoke(main, ["search", "call", "--db", str(path), "--kind", "event"])
    assert table.exit_code == 0 and "event" in table.stdout and "call" in table.stdout
    actor = runner.invoke(main, ["actors", "Lima", "--db", str(path)])
    assert actor.exit_code == 0, actor.output
    assert "Ana Lima" in actor.stdout and "events: 2   quotes: 2" in actor.stdout
    putin = runner.invoke(main, ["actors", "Putin", "--db", str(path), "--format", "json"])
    offices = json.loads(putin.stdout)["offices"]
    assert any("President" in o["role"] for o in offices)
    assert [o["start"] for o in offices] == sorted(o["start"] for o in offices)
    missing = runner.invoke(main, ["actors", "Nobody Atall", "--db", str(path)])
    assert missing.exit_code == 1 and "no actor" in missing.output


def test_an_undated_event_is_found_at_the_day_it_was_reported(tmp_path):
    """Its window (product.md) ends at the article's publication; a month before it, where the
    window starts, nothing was known about it yet."""
    db = Ledger(f"sqlite:///{tmp_path / 'ledger.db'}")
    db.save_article(
        Article(id="harbour.txt", title="Harbour talks", published="2024-06-20",
                body="The foreign ministers of Norway and Chile met in Oslo to discuss harbours.")
    )  # fmt: skip
    (analysed,) = analyze([db.article("harbour.txt")])
    db.save_article(analysed, replace=True)
    events = search.search(db.engine, "harbours", search.Filters(kinds=("event",)))
    assert [h.published for h in events] == ["2024-06-20"]
    db.close()
