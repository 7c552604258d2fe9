"""Precision on real news pages: what the coder must not read as an event, beside its twin that
is one. Every sentence is invented; each pair holds the rule to the codebook's argument
structure rather than to a word list."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def test_offer_of_nothing_to_no_one_is_no_agreement(parse):
    assert "AGREE" not in types(parse("The new series offers a wry look at the city's past."))
    assert "AGREE" in types(parse("Norland offered to mediate between the two neighbours."))


def test_swearing_in_is_a_ceremony_not_a_promise(parse):
    events = parse("The new mayor, Ola Brandt, was sworn in on Monday by Governor Ivo Lenk.")
    assert "AGREE" not in types(events)


def test_a_question_asked_is_no_request(parse):
    assert "REQUEST" not in types(parse("Coach Ivo Marek was asked about the transfer."))
    events = parse("Minister Ana Velo asked the parliament to approve the budget.")
    assert "REQUEST" in types(events)


def test_metaphor_of_harm_between_things_is_no_assault(parse):
    # No one acts and no one is harmed. (Things that kill people, "airstrikes killed ten
    # civilians", are harm done: a thing as actor alone is no metaphor.)
    assert "ASSAULT" not in types(parse("The long lockdown is killing the local economy."))
    assert "ASSAULT" in types(parse("Airstrikes killed ten civilians in Varna on Monday."))
    assert "ASSAULT" in types(parse("Rebels killed three soldiers near Varna on Monday."))


def test_firing_a_person_is_a_dismissal(parse):
    assert "ASSAULT" not in types(parse("The club fired its coach, Tom Berg, on Friday."))
    assert "ASSAULT" not in types(parse("The owner tried to get him fired."))
    assert "ASSAULT" in types(parse("Soldiers fired on protesters in Varna on Monday."))


def test_one_way_contact_needs_someone_it_goes_to(parse):
    events = parse("Minister Lena Ostrova said in a statement that talks would resume.")
    assert "COMMUNICATE" not in types(events)
    events = parse("Minister Lena Ostrova sent a letter to the Velorian ambassador on Monday.")
    assert "COMMUNICATE" in types(events)


def test_a_meeting_needs_a_counterpart(parse):
    events = parse("President Arvo Kask spoke during a news conference on Monday.")
    assert "CONSULT" not in types(events)
    events = parse("President Arvo Kask spoke with Prime Minister Maria Lind on Monday.")
    assert "CONSULT" in types(events)


def test_a_visit_to_a_thing_is_no_meeting(parse):
    events = parse("President Arvo Kask began the year with a visit to a golf course.")
    assert "CONSULT" not in types(events)


def test_advice_to_the_reader_is_no_event(parse):
    assert parse("To attend the hearing, go to the county website and use the meeting code.") == []
    assert parse("Ease yourself into meeting new people with a larger group activity.") == []


def test_what_can_be_done_did_not_happen(parse):
    events = parse("Donations can be made to political candidates in various amounts.")
    assert all(e.hypothetical for e in events)


def test_a_role_set_off_by_a_name_is_that_person(parse):
    events = parse("The former county clerk, Mira Dalton, resigned on Monday.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and [p.text for p in retreat[0].actors] == ["Mira Dalton"]


def test_an_invitation_to_act_is_a_request_and_to_visit_an_agreement(parse):
    events = parse("The county invited the state agency to review the flood plan.")
    assert "REQUEST" in types(events) and "AGREE" not in types(events)
    assert "AGREE" in types(
        parse("President Arvo Kask invited Prime Minister Maria Lind to visit.")
    )


def test_a_name_with_and_inside_stays_one_participant(parse):
    events = parse("The Securities and Exchange Commission accused two banks of fraud.")
    assert [p.text for p in events[0].actors] == ["The Securities and Exchange Commission"]
    events = parse("Hungarian and Romanian officials met in Vienna on Monday.")
    assert len(events[0].actors) == 2


def test_the_target_of_an_act_against_a_plan_is_its_owner(parse):
    events = parse("Thousands protested against the Velorian government's pension plan.")
    protest = [e for e in events if e.type == "PROTEST"]
    assert protest and [p.text for p in protest[0].recipients] == ["the Velorian government"]
