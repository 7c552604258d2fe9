"""The merge service against a real SQLite ledger: a rebuild re-decides which mentions belong
to an event, and each ledger event keeps why its mentions were joined."""

from newsledger.ledger import Ledger
from newsledger.model import Actor, Article, EventDate, EventMention, Participant, Source

PEOPLE = [
    Actor("Ana Lima", "person", "BRA", "GOV"),
    Actor("Jon Berg", "person", "NOR", "GOV"),
]


def meeting(source, day=None, location=None):
    date = EventDate(day, day, day, day) if day else None
    return EventMention(
        type="CONSULT",
        actors=[Participant("Ana Lima", "BRA", "GOV"), Participant("Jon Berg", "NOR", "GOV")],
        date=date,
        location=location,
        sources=[source],
        sentence="Lima and Berg met.",
        start=0,
        end=18,
    )


def article(id, published, event):
    return Article(id=id, title=id, published=published, body=f"{id} body", actors=PEOPLE,
                   events=[event])  # fmt: skip


def test_a_later_report_joins_with_its_reasons(tmp_path):
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ledger.save_article(
            article("a", "2024-11-09", meeting(Source("Wire", "asserts"), "2024-11-08", "Quito"))
        )
        ledger.save_article(article("b", "2024-11-10", meeting(Source("Ana Lima", "asserts"))))
        (event,) = ledger.events()
        assert event.status == "confirmed"
        assert [m.article_id for m in event.merged] == ["b"]
        assert "places Quito ~ none" in event.merged[0].because
        # a meeting elsewhere on the same day is another event
        ledger.save_article(
            article("c", "2024-11-10", meeting(Source("Wire", "asserts"), "2024-11-08", "Lima"))
        )
        assert len(ledger.events()) == 2
    finally:
        ledger.close()


def test_a_rebuild_splits_off_what_the_evidence_tells_apart(tmp_path):
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ledger.save_article(
            article("a", "2024-11-09", meeting(Source("Wire", "asserts"), "2024-11-08", "Quito"))
        )
        ledger.save_article(
            article("b", "2024-11-10", meeting(Source("Ana Lima", "denies"), "2024-11-08", "Lima"))
        )
        quito, lima = sorted(ledger.events(), key=lambda e: e.location)[::-1]
        # a wrong merge as an older version of the rules stored it: both mentions on one event
        with ledger.repository.writing() as w:
            w.move_mention("b", 0, quito.id)
            w.delete_event(lima.id)
            ledger.merger.rebuild(w, quito.id)
        events = sorted(ledger.events(), key=lambda e: e.location or "")
        assert [(e.location, e.status) for e in events] == [
            ("Lima", "denied"),
            ("Quito", "reported"),
        ]
    finally:
        ledger.close()


def test_a_country_beside_its_own_minister_does_not_keep_a_retelling_apart(tmp_path):
    """'Lima met Berg during her visit to Norway': Norway adds nothing Berg does not stand
    for, so the retelling joins the meeting told without it."""
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ledger.save_article(
            article("a", "2024-11-09", meeting(Source("Wire", "asserts"), "2024-11-08", "Oslo"))
        )
        retold = meeting(Source("Wire", "asserts"), "2024-11-08", "Oslo")
        retold.actors[1] = Participant("Jon Berg", None, "GOV")  # this article gives no country
        retold.recipients = [Participant("Norway", "NOR", "GOV")]
        places = [*PEOPLE, Actor("Norway", "place", "NOR", "GOV")]
        later = Article(id="b", title="b", published="2024-11-10", body="b body",
                        actors=places, events=[retold])  # fmt: skip
        ledger.save_article(later)
        (event,) = ledger.events()
        assert [m.article_id for m in event.merged] == ["b"]
        # the country of someone who is not there keeps its place
        third = meeting(Source("Wire", "asserts"), "2024-11-08", "Oslo")
        third.recipients = [Participant("Peru", "PER", "GOV")]
        ledger.save_article(
            Article(id="c", title="c", published="2024-11-10", body="c body",
                    actors=[*PEOPLE, Actor("Peru", "place", "PER", "GOV")], events=[third])
        )  # fmt: skip
        assert len(ledger.events()) == 2
    finally:
        ledger.close()


def test_a_meeting_told_by_countries_alone_joins_the_one_its_people_held_that_day(tmp_path):
    """'The foreign ministers of Brazil and Norway held talks in Oslo on November 8' is the
    meeting of the two ministers named elsewhere on that day in that city."""
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    countries = [Actor("Brazil", "place", "BRA", "GOV"), Actor("Norway", "place", "NOR", "GOV")]

    def by_countries(day, place):
        told = meeting(Source("Wire", "asserts"), day, place)
        told.actors = [Participant("Brazil", "BRA", "GOV"), Participant("Norway", "NOR", "GOV")]
        return told

    try:
        ledger.save_article(
            article("a", "2024-11-09", meeting(Source("Wire", "asserts"), "2024-11-08", "Oslo"))
        )
        ledger.save_article(
            Article(id="b", title="b", published="2024-11-10", body="b body",
                    actors=countries, events=[by_countries("2024-11-08", "Oslo")])
        )  # fmt: skip
        (event,) = ledger.events()
        assert {"Ana Lima", "Jon Berg"} == set(event.participant_names())
        # another day is another meeting
        ledger.save_article(
            Article(id="c", title="c", published="2024-11-10", body="c body",
                    actors=countries, events=[by_countries("2024-11-05", "Oslo")])
        )  # fmt: skip
        assert len(ledger.events()) == 2
    finally:
        ledger.close()
