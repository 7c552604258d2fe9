"""Actors, round 10c: people a place holds by "in" are those people, not the place.

Sentences written for these tests. "Police in Lyon" are police of France, as "French police"
are; the city is only where they are. People the place stands for ("residents in Lyon") stay
the place; a single body ("the embassy in Lima") is left alone, since it may be another
state's; and a place after the verb ("ministers met in Lyon") is no part of the subject.
"""

import re

import pytest

from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase

DAY = "2021-03-01"


def resolve(pipeline, text: str, phrase: str):
    start = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text).start()
    resolver = MentionResolver(pipeline(text), ActorBase.default(), DAY)
    return resolver.resolve(start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("Police in Lyon held two cyclists on Sunday.", "Police in Lyon", "FRA", "COP"),
        ("Authorities in Lyon shut the old bridge.", "Authorities in Lyon", "FRA", "GOV"),
        ("Officials in Nairobi said the talks had stalled.", "Officials in Nairobi", "KEN", "GOV"),
        ("Protesters in Lagos blocked the ring road.", "Protesters in Lagos", "NGA", "CVL"),
        ("Police in France held two cyclists.", "Police in France", "FRA", "COP"),
    ],
)
def test_people_in_a_place_are_of_its_country(pipeline, text, phrase, country, sector):
    actor = resolve(pipeline, text, phrase)
    assert actor.kind != "place"
    assert (actor.country, actor.sector) == (country, sector)


def test_a_demonym_phrase_is_unchanged(pipeline):
    actor = resolve(pipeline, "French police held two cyclists.", "French police")
    assert (actor.kind, actor.country, actor.sector) == ("organization", "FRA", "COP")


def test_residents_in_a_place_stay_the_place(pipeline):
    actor = resolve(pipeline, "Residents in Lyon said the water was cut.", "Residents in Lyon")
    assert (actor.name, actor.kind, actor.country) == ("Lyon", "place", "FRA")


def test_people_from_a_place_stay_the_place(pipeline):
    actor = resolve(pipeline, "Students from Lyon marched on Friday.", "Students from Lyon")
    assert (actor.name, actor.kind) == ("Lyon", "place")


def test_an_owned_embassy_in_a_place_keeps_its_owner(pipeline):
    text = "The French embassy in Lima said the talks had stalled."
    actor = resolve(pipeline, text, "The French embassy in Lima")
    assert actor.country == "FRA"


def test_a_bare_embassy_in_a_place_is_not_made_a_body_of_its_site(pipeline):
    text = "The embassy in Lima said the talks had stalled."
    actor = resolve(pipeline, text, "The embassy in Lima")
    assert actor is None or actor.name != "The embassy in Lima"


def test_a_meeting_place_is_no_part_of_the_subject(pipeline):
    actor = resolve(pipeline, "Ministers met in Lyon on Monday.", "Ministers")
    assert actor is None or actor.country is None
