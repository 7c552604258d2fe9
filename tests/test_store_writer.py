"""The write path's shortcuts (store.repository.Writer): names and actors remembered only once
committed, queued mention rows written before anything reads them, unchanged participant rows
left alone."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from newsledger.model import Actor, Event, EventMention, Participant
from newsledger.store import schema
from newsledger.store.repository import Repository


class Stop(Exception):
    pass


def _event(event_id: str, *names: str) -> Event:
    return Event(type="MEET", actors=[Participant(n) for n in names], id=event_id)


def _names(repo: Repository) -> set[str]:
    with repo.engine.connect() as conn:
        return set(conn.execute(select(schema.actor_names.c.name)).scalars())


def test_a_name_from_a_rolled_back_transaction_is_registered_again(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'l.db'}")
    with pytest.raises(Stop):
        with repo.writing() as w:
            w.save_event(_event("e1", "Ana Moreno", "Bo Lind"))
            raise Stop
    assert _names(repo) == set()
    with repo.writing() as w:
        w.save_event(_event("e2", "Ana Moreno"))
    assert _names(repo) == {"Ana Moreno"}
    with repo.writing() as w:  # known now: no second row, no error
        w.save_event(_event("e3", "Ana Moreno", "Bo Lind"))
    assert _names(repo) == {"Ana Moreno", "Bo Lind"}
    repo.close()


def test_an_actor_is_read_as_stored_and_a_rolled_back_one_is_forgotten(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'l.db'}")
    with pytest.raises(Stop):
        with repo.writing() as w:
            w._insert_actors([Actor("Cara Holm", country="SWE")])
            assert w.actor("Cara Holm").country == "SWE"
            raise Stop
    with repo.writing() as w:
        assert w.actor("Cara Holm") is None
        w._insert_actors([Actor("Cara Holm", country="NOR"), Actor("Cara Holm", country="DNK")])
    with repo.writing() as w:
        found = w.actor("Cara Holm")
        found.country = "changed by the caller"
        assert w.actor("Cara Holm").country == "NOR"  # the first mention's, and a copy
    repo.close()


def test_queued_mentions_are_written_before_they_are_read(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'l.db'}")
    with repo.writing() as w:
        w.conn.execute(
            schema.articles.insert().values(
                id="a1", content_hash="h", body="b", analysis="{}", ingested_at="t"
            )
        )
        w.save_event(_event("e1", "Ana Moreno"))
        for position in range(3):
            w.insert_mention("a1", position, "e1", EventMention(type="MEET"))
        assert [m.position for m in w.mentions_of("e1")] == [0, 1, 2]
        w.insert_mention("a1", 3, None, EventMention(type="MEET"))
    with repo.engine.connect() as conn:
        count = select(func.count()).select_from(schema.event_mentions)
        assert conn.execute(count).scalar_one() == 4
    repo.close()


def test_an_event_update_keeps_or_replaces_its_participant_rows(tmp_path):
    repo = Repository(f"sqlite:///{tmp_path / 'l.db'}")
    with repo.writing() as w:
        w.save_event(_event("e1", "Ana Moreno"))
    with repo.writing() as w:
        w.save_event(_event("e1", "Ana Moreno"))  # the same rows
        w.save_event(_event("e1", "Ana Moreno", "Bo Lind"))  # one more
        assert [e.id for e in w.events_with(["Bo Lind", "Ana Moreno"], "MEET")] == ["e1"]
    with repo.writing() as w:
        w.save_event(_event("e2", "Bo Lind"), old_id="e1")  # re-keyed, one fewer
        assert w.events_with(["Ana Moreno"], "MEET") == []
        assert [e.id for e in w.events_with(["Bo Lind"], "MEET")] == ["e2"]
    assert _names(repo) == {"Ana Moreno", "Bo Lind"}
    repo.close()
