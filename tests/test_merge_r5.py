"""Merging, round 5: a meeting in person told without a mode stays apart from a phone call of
the same sides, and a headline that could tell either goes to the lead's. All names and
sentences are invented."""

from __future__ import annotations

from newsledger.model import Article, EventDate, EventMention, Participant
from newsledger.resolve.merge import contacts_compatible, merge_mentions

PUBLISHED = "2026-10-09"


def _contacts(stages, body: str) -> list[EventMention]:
    from newsledger.pipeline import analyze

    article = Article(id="r5", title=body.split("\n")[0], body=body, published=PUBLISHED)
    (analysed,) = analyze([article], stages)
    return [
        e
        for e in analysed.events
        if e.type == "CONSULT" and {"Tomas Varga", "Erik Lund"} <= set(e.participant_names())
    ]


def test_an_earlier_meeting_in_person_is_not_the_call(stages) -> None:
    body = (
        "Estonian and Latvian presidents discuss ferry link\n\n"
        "Estonian President Tomas Varga and Latvian President Erik Lund spoke by telephone "
        "on Wednesday about a planned ferry link, the Estonian presidency said.\n"
        "The presidency recalled that Varga and Lund had first met when both of them were "
        "trade ministers.\n"
        "It did not say when that meeting took place."
    )
    contacts = _contacts(stages, body)
    assert sorted(str(e.mode) for e in contacts) == ["None", "phone"]
    (call,) = [e for e in contacts if e.mode == "phone"]
    assert call.date is not None and call.date.value == "2026-10-07"
    # the headline tells the lead's call, not the meeting recalled below it
    assert any("discuss ferry link" in m.sentence for m in call.merged)


def test_a_call_told_again_still_joins(stages) -> None:
    body = (
        "Estonian President Tomas Varga and Latvian President Erik Lund spoke again by "
        "telephone on Wednesday, the Estonian presidency said.\n"
        "In that call Varga and Lund discussed fishing quotas, the presidency added."
    )
    contacts = _contacts(stages, body)
    assert len(contacts) == 1
    assert contacts[0].mode == "phone"
    assert any(m.sentence.startswith("In that call") for m in contacts[0].merged)


def _consult(mode=None, in_person=False, sentence="s", start=0, names=("Varga", "Lund")):
    mention = EventMention(
        type="CONSULT",
        mode=mode,
        actors=[Participant(n) for n in names],
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )
    mention.in_person = in_person
    return mention


def test_a_verb_of_being_in_one_place_is_no_call_but_a_plain_one_may_be() -> None:
    assert not contacts_compatible(_consult("phone"), _consult(in_person=True))
    assert contacts_compatible(_consult("phone"), _consult())
    assert contacts_compatible(_consult("video"), _consult(in_person=True))


def test_a_headline_fitting_two_events_none_the_lead_stays_apart() -> None:
    day = EventDate("2026-10-07", "2026-10-07", "2026-10-07", "2026-10-07")
    lead = EventMention(
        type="COERCE",
        actors=[Participant("police")],
        date=day,
        sentence="Police detained a trawler crew on Wednesday.",
        start=60,
        end=100,
    )
    headline = _consult(names=("Estonian and Latvian presidents",), sentence="Presidents talk")
    call = _consult("phone", sentence="Varga and Lund spoke by phone.", start=110)
    meeting = _consult(in_person=True, sentence="Varga and Lund had met before.", start=150)
    merged = merge_mentions([headline, lead, call, meeting], PUBLISHED, "a")
    assert any(m is not None and m.sentence == "Presidents talk" for m in merged)


def _analysed(stages, body: str) -> list[EventMention]:
    from newsledger.pipeline import analyze

    article = Article(id="r5", title=body.split("\n")[0], body=body, published=PUBLISHED)
    (analysed,) = analyze([article], stages)
    return analysed.events


def test_a_headline_plural_capitalised_by_its_position_is_no_name(stages) -> None:
    """'Ministers meet ...' opens a headline with a capital: a description of the sides the
    lead names, folded into the lead's meeting, not an event of an actor called Ministers."""
    body = (
        "Ministers meet on fishing quotas\n\n"
        "Estonian Foreign Minister Tomas Varga met Latvian Foreign Minister Erik Lund in Tallinn "
        "on Wednesday to discuss fishing quotas.\n"
    )
    events = [e for e in _analysed(stages, body) if e.type == "CONSULT"]
    assert len(events) == 1
    assert {"Tomas Varga", "Erik Lund"} <= set(events[0].participant_names())
    assert any("Ministers meet" in m.sentence for m in events[0].merged)


def test_a_capitalised_name_in_a_headline_is_still_a_name() -> None:
    """The near miss: a headline's one capitalised word that is no plural of people ("Koski")
    names someone, so it does not stand for the lead's sides."""
    day = EventDate("Wednesday", "2026-10-07", "2026-10-07", "2026-10-07")
    lead = _consult(sentence="Varga met Lund in Tallinn on Wednesday.", start=40)
    lead.date = day
    ministers = _consult(names=("Ministers",), sentence="Ministers meet on quotas")
    assert len(merge_mentions([ministers, lead], PUBLISHED, "a")) == 1
    koski = _consult(names=("Koski",), sentence="Koski meets on quotas")
    assert (
        len(merge_mentions([koski, _consult(sentence=lead.sentence, start=40)], PUBLISHED, "a"))
        == 2
    )
