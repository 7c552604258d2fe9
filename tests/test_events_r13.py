"""Events that are no events, second pass: predicates that say what a thing means, relation
nouns held as a state, light verbs by their object, sightseeing visits, and a warning that
foretells a thing's fate. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events if not e.negated]


# 1. Predicates that characterise: what a thing signifies or amounts to.


def test_what_a_move_signifies_is_no_rejection(parse):
    text = "Critics say the new tariff signifies a rejection of the trade rules agreed in Kessa."
    events = parse(text)
    assert "REJECT" not in types(events)


def test_a_rejection_issued_is_a_rejection(parse):
    events = parse("The ministry of Norland issued a rejection of the Velo proposal on Monday.")
    assert "REJECT" in types(events)


def test_what_a_treaty_amounts_to_is_no_recognition(parse):
    events = parse("The customs pact amounts to a tacit Norland recognition of Velo's borders.")
    assert "SUPPORT" not in types(events)


def test_recognising_borders_is_support(parse):
    events = parse("Norland formally recognised Velo's borders on Monday.")
    assert "SUPPORT" in types(events)


# 2. Relation nouns held, not acted on.


def test_having_ties_is_no_support(parse):
    events = parse("Fishermen in Norland say they have deep ties to the northern coast.")
    assert "SUPPORT" not in types(events)


def test_shedding_old_ties_is_no_support(parse):
    events = parse("The two ports shed their old trading ties to Velo last year.")
    assert "SUPPORT" not in types(events)


def test_announcing_new_ties_is_support(parse):
    # The relation noun is the event word here too, with a verb that makes the ties.
    events = parse("Norland and Velo announced new ties on Monday.")
    assert "SUPPORT" in types(events)


def test_restoring_ties_is_support(parse):
    events = parse("Norland restored diplomatic ties with Velo last week.")
    assert "SUPPORT" in types(events)


# 3. Light verbs with objects that are no event of theirs.


def test_delivering_a_homage_is_no_aid(parse):
    events = parse(
        "Veterans filled the main square of Kessa to deliver a tribute to the fallen sailors."
    )
    assert "AID" not in types(events)


def test_delivering_food_is_aid(parse):
    events = parse("Norland delivered food to the villages of Velo on Monday.")
    assert "AID" in types(events)


def test_occupying_a_seat_is_no_assault(parse):
    events = parse("Ola Brandt occupies a prominent seat on the council of Kessa.")
    assert "ASSAULT" not in types(events)


def test_occupying_a_town_is_an_assault(parse):
    events = parse("Norland troops occupied the town of Kessa on Monday.")
    assert "ASSAULT" in types(events)


def test_shelling_positions_is_an_assault(parse):
    events = parse("Norland tanks shelled positions of the Velo militia near Kessa.")
    assert "ASSAULT" in types(events)


def test_exchanging_one_rule_for_another_is_no_cooperation(parse):
    events = parse("The two states exchanged one system of rule for another in 1990.")
    assert "COOPERATE" not in types(events)


def test_exchanging_prisoners_is_cooperation(parse):
    events = parse("Norland and Velo exchanged prisoners for the first time on Monday.")
    assert "COOPERATE" in types(events)


# 4. A visit to a place that is no one's seat.


def test_visiting_a_park_is_no_meeting(parse):
    events = parse("The minister of Norland visited the Kessa Park on Sunday.")
    assert "CONSULT" not in types(events)


def test_visiting_a_beach_is_no_meeting(parse):
    events = parse("The minister of Norland visited the Kessa beach on Sunday.")
    assert "CONSULT" not in types(events)


def test_visiting_a_country_is_a_visit(parse):
    events = parse("The minister of Norland visited Velo on Sunday.")
    assert "CONSULT" in types(events)


def test_visiting_a_park_with_a_host_is_a_visit(parse):
    events = parse("The minister of Norland visited the Kessa Park with President Ivo Marek.")
    assert "CONSULT" in types(events)


# 5. A warning of what may befall a thing foretells; it threatens no one.


def test_warning_that_a_bridge_may_be_closed_is_no_threat(parse):
    events = parse("The agency warned that the old bridge may be closed for repairs.")
    assert "THREATEN" not in types(events)


def test_warning_that_a_species_may_be_reclassified_is_no_threat(parse):
    # A name may stand for someone who acts; undergoing the act, it does nothing.
    events = parse("The minister warned that the Kessa lynx may have to be reclassified.")
    assert "THREATEN" not in types(events)


def test_warning_that_talks_may_be_suspended_is_a_threat(parse):
    events = parse("The minister of Norland warned that the talks may have to be suspended.")
    assert "THREATEN" in types(events)


def test_warning_that_a_state_may_strike_is_a_threat(parse):
    events = parse("The minister warned that Norland may have to strike Velo.")
    assert "THREATEN" in types(events)
