"""Merging, round 3: two descriptions of one side on the same day are one act, and a contact at
a distance is not a meeting told with its place. All names and sentences are invented."""

from __future__ import annotations

from newsledger.ledger import Ledger
from newsledger.model import (
    Actor,
    Article,
    EventDate,
    EventMention,
    Participant,
    Source,
    StanceKind,
    Status,
)
from newsledger.resolve.merge import compare, contacts_compatible, covers, merge_mentions

PUBLISHED = "2026-05-12"


def _day(value: str) -> EventDate:
    return EventDate(value, value, value, value)


def _arrest(side: Participant, date: EventDate, sources=(), location=None) -> EventMention:
    return EventMention(
        type="COERCE",
        mode="arrest",
        actors=[side],
        recipients=[Participant("Oren Vasko", "ZZB", "BUS", "Oren Vasko")],
        date=date,
        location=location,
        sources=list(sources),
        sentence="s",
        end=1,
    )


GUARDS = Participant("Tarvelian border guards", "ZZA", "COP", "Tarvelian border guards")
OFFICERS = Participant("border officers", "ZZA", "COP", "border officers")


def test_two_descriptions_of_one_side_on_the_same_day_are_one_arrest() -> None:
    monday = _day("2026-05-11")
    because = covers(_arrest(GUARDS, monday), _arrest(OFFICERS, monday), PUBLISHED, "2026-05-14")
    assert because is not None
    assert any("same country and sector" in reason for reason in because)


def test_descriptions_of_other_sides_or_days_stay_apart() -> None:
    monday, tuesday = _day("2026-05-11"), _day("2026-05-12")
    soldiers = Participant("army units", "ZZA", "MIL", "army units")
    foreign = Participant("Dravian border guards", "ZZC", "COP", "Dravian border guards")
    unknown = Participant("gunmen", None, None, "gunmen")
    first = _arrest(GUARDS, monday)
    assert covers(first, _arrest(OFFICERS, tuesday), PUBLISHED) is None
    assert covers(first, _arrest(soldiers, monday), PUBLISHED) is None
    assert covers(first, _arrest(foreign, monday), PUBLISHED) is None
    assert covers(_arrest(unknown, monday), _arrest(unknown, monday), PUBLISHED) is None
    # an undated or approximate telling is not "the same day"
    window = EventDate(None, None, "2026-04-12", "2026-05-12", approximate=True)
    assert covers(first, _arrest(OFFICERS, window), PUBLISHED) is None


def test_a_follow_up_describing_the_arresting_side_otherwise_joins_the_event(tmp_path) -> None:
    monday = _day("2026-05-11")
    site = Source("Nordvik Courier", StanceKind.ASSERTS, role="media")
    ministry = Source("Ministry of Interior of Tarvelia", StanceKind.ASSERTS, role="participant")
    people = [
        Actor("Oren Vasko", "person", "ZZB", "BUS"),
        Actor("Tarvelian border guards", "group", "ZZA", "COP"),
        Actor("border officers", "group", "ZZA", "COP"),
    ]
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        for key, published, side, source in (
            ("a", "2026-05-12", GUARDS, site),
            ("b", "2026-05-14", OFFICERS, ministry),
        ):
            article = Article(
                id=key,
                title=key,
                published=published,
                body=f"{key} body",
                actors=people,
                events=[_arrest(side, monday, [source])],
            )
            ledger.save_article(article)
        (event,) = ledger.events()
        assert event.status == Status.CONFIRMED
        assert {s.name for s in event.sources} == {site.name, ministry.name}
    finally:
        ledger.close()


def _contact(mode=None, location=None, date=None) -> EventMention:
    return EventMention(
        type="CONSULT",
        mode=mode,
        actors=[Participant("Ilse Marr", "ZZA"), Participant("Davor Kell", "ZZB")],
        date=date,
        location=location,
        sentence="s",
        end=1,
    )


def test_a_meeting_told_with_its_place_is_not_the_phone_call() -> None:
    call = _contact("phone", date=_day("2026-05-07"))
    meeting = _contact(location="Brask")
    assert not contacts_compatible(call, meeting)
    assert compare(call, meeting, PUBLISHED, PUBLISHED) is None
    assert len(merge_mentions([call, meeting], PUBLISHED, "a")) == 2


def test_a_restatement_without_a_place_still_joins_the_call() -> None:
    call = _contact("phone", date=_day("2026-05-07"))
    assert contacts_compatible(call, _contact())
    assert len(merge_mentions([call, _contact()], PUBLISHED, "a")) == 1
    # a visit told with its town is in person too: nothing keeps it from the visit
    visit = _contact("visit", location="Brask", date=_day("2026-05-07"))
    assert contacts_compatible(visit, _contact(location="Brask"))
