"""The write path's lookups go through the index that finds a few rows, not one that walks a
whole class of them: each save runs them, so a wrong plan makes ingest slow down as the ledger
grows (SQLite without statistics picks the type index or the duplicate_of index otherwise)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.dialects import sqlite

from newsledger.clean import dedupe
from newsledger.ledger import Ledger
from newsledger.model import Article
from newsledger.parallel import signed
from newsledger.store import statements as st

VALUES = dict(names=["Ana Ruiz", "Ben Okoro"], count=2, type="CONSULT", since="2024-01-01")


def plan(db: str, statement) -> list[str]:
    """SQLite's plan for a statement with sample values, one line per step."""
    bound = statement.params(**VALUES, first="2024-01-01", last="2024-01-31")
    sql = str(bound.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite3.connect(db) as conn:
        return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


def fresh(tmp_path) -> str:
    path = tmp_path / "plans.db"
    Ledger(f"sqlite:///{path}").close()
    return str(path)


def test_events_with_names_start_from_the_participants_index(tmp_path):
    db = fresh(tmp_path)
    for statement in (
        st.EVENTS_WITH,
        st.EVENTS_WITH_IN_WINDOW,
        st.EVENTS_WITH_ANY,
        st.EVENTS_WITH_ANY_IN_WINDOW,
    ):
        steps = plan(db, statement)
        assert any("ix_event_participants_name" in s for s in steps), steps
        assert not any("ix_events_type" in s or s.startswith("SCAN") for s in steps), steps


def test_near_duplicate_refresh_reads_only_the_newest_rows(tmp_path):
    steps = plan(fresh(tmp_path), st.ORIGINALS_SINCE)
    assert any("ix_articles_ingested_at" in s for s in steps), steps


def test_refresh_still_leaves_near_copies_and_unsigned_rows_out(tmp_path):
    ledger = Ledger(f"sqlite:///{tmp_path / 'refresh.db'}")
    body = " ".join(f"word{i}" for i in range(80))
    ledger.save_article(Article(id="first", body=body, published="2024-02-01"))
    ledger.save_article(Article(id="copy", body=body + " more", published="2024-02-01"))
    rows = ledger.repository.originals_since("2000-01-01")
    assert [r[0] for r in rows] == ["first"]
    ledger.close()


def test_a_worker_signs_what_it_analysed_and_the_writer_uses_it(tmp_path):
    article = signed(Article(id="a", body="The ministers met in a lakeside town on Monday."))
    assert article.signature == dedupe.signature(article.body)
    ledger = Ledger(f"sqlite:///{tmp_path / 'signed.db'}")
    ledger.save_article(article)
    stored = ledger.repository.originals_since(None)
    assert stored[0][1] == article.signature
    ledger.close()


def test_events_with_any_name_finds_each_event_once(tmp_path):
    from newsledger.model import EventMention, Participant, Source

    ledger = Ledger(f"sqlite:///{tmp_path / 'any.db'}")

    def meeting(first: str, second: str) -> EventMention:
        return EventMention(
            type="CONSULT",
            actors=[Participant(first), Participant(second)],
            sentence=f"{first} met {second}.",
            sources=[Source(first, "asserts")],
        )

    events = [meeting("Ana Ruiz", "Ben Okoro"), meeting("Ana Ruiz", "Cleo Park")]
    ledger.save_article(Article(id="a", body="Two meetings.", events=events))
    with ledger.repository.writing() as w:
        both = w.events_with_any(["Ana Ruiz", "Ben Okoro"], "CONSULT")
        one = w.events_with_any(["Cleo Park", "Nobody"], "CONSULT")
        none = w.events_with_any(["Ana Ruiz"], "ASSAULT")
    assert len(both) == 2 and len({e.id for e in both}) == 2
    assert [sorted(e.participant_names()) for e in one] == [["Ana Ruiz", "Cleo Park"]]
    assert none == []
    ledger.close()
