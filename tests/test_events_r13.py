"""Events that are no events, second pass: predicates that say what a thing means, relation
nouns held as a state, light verbs by their object, sightseeing visits, and a warning that
foretells a thing's fate. Every sentence is invented; each rule has its near miss beside it."""

from __future__ import annotations

import pytest

# (sentence, the PLOVER type the rule keeps out) -- each fails without its rule
NO_EVENT = {
    # 1. Predicates that characterise: what a thing signifies or amounts to.
    "what_a_move_signifies_is_no_rejection": (
        "Critics say the new tariff signifies a rejection of the trade rules agreed in Kessa.",
        "REJECT",
    ),
    "what_a_treaty_amounts_to_is_no_recognition": (
        "The customs pact amounts to a tacit Norland recognition of Velo's borders.",
        "SUPPORT",
    ),
    # 2. Relation nouns held, not acted on.
    "having_ties_is_no_support": (
        "Fishermen in Norland say they have deep ties to the northern coast.",
        "SUPPORT",
    ),
    "shedding_old_ties_is_no_support": (
        "The two ports shed their old trading ties to Velo last year.",
        "SUPPORT",
    ),
    # 3. Light verbs with objects that are no event of theirs.
    "delivering_a_homage_is_no_aid": (
        "Veterans filled the main square of Kessa to deliver a tribute to the fallen sailors.",
        "AID",
    ),
    "occupying_a_seat_is_no_assault": (
        "Ola Brandt occupies a prominent seat on the council of Kessa.",
        "ASSAULT",
    ),
    "exchanging_one_rule_for_another_is_no_cooperation": (
        "The two states exchanged one system of rule for another in 1990.",
        "COOPERATE",
    ),
    # 4. A visit to a place that is no one's seat.
    "visiting_a_park_is_no_meeting": (
        "The minister of Norland visited the Kessa Park on Sunday.",
        "CONSULT",
    ),
    "visiting_a_beach_is_no_meeting": (
        "The minister of Norland visited the Kessa beach on Sunday.",
        "CONSULT",
    ),
    # 5. A warning of what may befall a thing foretells; it threatens no one (a name may stand
    # for someone who acts; undergoing the act, it does nothing).
    "warning_that_a_bridge_may_be_closed_is_no_threat": (
        "The agency warned that the old bridge may be closed for repairs.",
        "THREATEN",
    ),
    "warning_that_a_species_may_be_reclassified_is_no_threat": (
        "The minister warned that the Kessa lynx may have to be reclassified.",
        "THREATEN",
    ),
}

# (sentence, the type the same words still tell) -- each fails when its rule is widened
STILL_EVENT = {
    "a_rejection_issued_is_a_rejection": (
        "The ministry of Norland issued a rejection of the Velo proposal on Monday.",
        "REJECT",
    ),
    "recognising_borders_is_support": (
        "Norland formally recognised Velo's borders on Monday.",
        "SUPPORT",
    ),
    # the relation noun is the event word here too, with a verb that makes the ties
    "announcing_new_ties_is_support": ("Norland and Velo announced new ties on Monday.", "SUPPORT"),
    "restoring_ties_is_support": (
        "Norland restored diplomatic ties with Velo last week.",
        "SUPPORT",
    ),
    "delivering_food_is_aid": ("Norland delivered food to the villages of Velo on Monday.", "AID"),
    "occupying_a_town_is_an_assault": (
        "Norland troops occupied the town of Kessa on Monday.",
        "ASSAULT",
    ),
    "shelling_positions_is_an_assault": (
        "Norland tanks shelled positions of the Velo militia near Kessa.",
        "ASSAULT",
    ),
    "exchanging_prisoners_is_cooperation": (
        "Norland and Velo exchanged prisoners for the first time on Monday.",
        "COOPERATE",
    ),
    "visiting_a_country_is_a_visit": ("The minister of Norland visited Velo on Sunday.", "CONSULT"),
    "visiting_a_park_with_a_host_is_a_visit": (
        "The minister of Norland visited the Kessa Park with President Ivo Marek.",
        "CONSULT",
    ),
    "warning_that_talks_may_be_suspended_is_a_threat": (
        "The minister of Norland warned that the talks may have to be suspended.",
        "THREATEN",
    ),
    "warning_that_a_state_may_strike_is_a_threat": (
        "The minister warned that Norland may have to strike Velo.",
        "THREATEN",
    ),
}


def _types(events_of, text: str) -> list[str]:
    return [e.type for e in events_of(text) if not e.negated]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT.values(), ids=NO_EVENT.keys())
def test_no_event(events_of, text: str, kind: str) -> None:
    assert kind not in _types(events_of, text)


@pytest.mark.parametrize(("text", "kind"), STILL_EVENT.values(), ids=STILL_EVENT.keys())
def test_still_an_event(events_of, text: str, kind: str) -> None:
    assert kind in _types(events_of, text)
