"""Eventness on real pages, round 3: sentences that name an event word but tell no act PLOVER
codes, each beside a twin that keeps its event. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def test_going_back_is_no_return_of_property(parse):
    # PLOVER RETREAT/return is the return of property; someone going back concedes nothing.
    assert "RETREAT" not in types(parse("Federal clerks in Varna are returning to the office."))
    events = parse("Norland returned the seized fishing boats to Vesland on Monday.")
    assert "RETREAT" in types(events)


def test_deploying_no_force_is_no_mobilization(parse):
    # PLOVER MOBILIZE is a move of military or police forces (or weapons).
    assert "MOBILIZE" not in types(parse("Governor Ivo Lenk deployed an emergency order in May."))
    assert "MOBILIZE" not in types(
        parse("A strict tactic deployed by Premier Ivo Lenk over the summer drew criticism.")
    )
    assert "MOBILIZE" in types(parse("Norland deployed troops to the border on Monday."))


def test_a_rule_for_anyone_is_no_event(parse):
    # A universal pronoun as the doer states a condition for whoever fits, not an act.
    events = parse("Anyone who visited the Orlen Clinic on Friday may have been exposed.")
    assert "CONSULT" not in types(events)
    events = parse("Minister Ana Velo visited the Orlen Clinic in Varna on Friday.")
    assert "CONSULT" in types(events)


def test_a_sentence_about_the_page_is_no_event(parse):
    # Deixis to the page ("the following table") describes the page, as a caption does.
    events = parse("The following table lists all gifts donated to Mara Lind's campaign in May.")
    assert "AID" not in types(events)
    events = parse("Table tennis star Ola Brandt donated $500 to the Varna shelter in May.")
    assert "AID" in types(events)


def test_breaking_off_nothing_is_no_sanction(parse):
    # SANCTION's "break" severs relations; a body breaking for a recess severs nothing, and
    # "break down" is another verb.
    events = parse("The Velorian parliament will break for its summer recess in July.")
    assert "SANCTION" not in types(events)
    assert "SANCTION" not in types(parse("The Varna police break the figures down by district."))
    events = parse("Norland broke diplomatic relations with Vesland on Monday.")
    assert "SANCTION" in types(events)
    assert "SANCTION" in types(parse("Norland broke with Vesland over the border dispute."))
    assert "SANCTION" in types(parse("Norland has broken down relations with Vesland."))


def test_allowing_for_a_thing_permits_no_one(parse):
    events = parse("The city will close the Varna station overnight to allow for cleaning.")
    assert "CONCEDE" not in types(events)
    events = parse("Norland eased travel restrictions on Vesland's traders on Monday.")
    assert "CONCEDE" in types(events)


def test_aid_sent_there_goes_to_the_place_named_before(parse):
    # An anaphoric "there" after a verb of giving names where the goods went.
    events = parse("Food stocks in Port Amsel stayed low even after Norland supplied tents there.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and aid[0].location == "Port Amsel"
    events = parse("Food stocks in Port Amsel stayed low even after Norland supplied tents.")
    assert "AID" not in types(events)  # aid to no one named is no AID


def test_signing_someone_hires_them(parse):
    # PLOVER SUPPORT signs agreements and treaties; signing a person is hiring.
    assert "AGREE" not in types(parse("Club Marova want to sign him before the summer."))
    events = parse("Norland wants to sign the treaty with Vesland next month.")
    assert "AGREE" in types(events)


def test_a_video_on_the_page_may_show_a_real_act(parse):
    events = parse("The video below shows soldiers firing on protesters in Varna on Monday.")
    assert "ASSAULT" in types(events)
