"""Knowledge grown from whole lists: every country's adjective, seats of government by country,
and which office "the <country> leader" means."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("mention", "country"),
    [("Palazzo Chigi", "ITA"), ("the Moncloa", "ESP"), ("Casa Rosada", "ARG"),
     ("the Blue House", "KOR"), ("Malacanang", "PHL"), ("Planalto", "BRA")],
)  # fmt: skip
def test_a_seat_of_government_is_its_government(kb, mention, country):
    actor = kb.lookup(mention, "2020-06-01")
    assert actor is not None and actor.country == country and actor.sector == "GOV"


def test_a_seat_in_a_role_phrase_gives_the_country(kb):
    assert kb.country_in("a moncloa source") == "ESP"
    assert kb.country_in("the palazzo chigi spokesman") == "ITA"


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("swedish", "SWE"), ("icelandic", "ISL"), ("nepali", "NPL"), ("maldivian", "MDV")],
)
def test_every_country_has_its_adjective(kb, adjective, country):
    assert kb.places[adjective] == (country, "adjective")


def test_an_adjective_gives_an_unknown_office_holder_a_country(kb):
    actor = kb.lookup("Swedish Prime Minister Olle Berglund", "2020-06-01")
    assert actor is not None and actor.country == "SWE" and actor.sector == "GOV"


def test_the_leader_of_a_parliamentary_country_is_its_prime_minister(kb):
    actor = kb.lookup("New Zealand leader Mere Tane", "2020-06-01")
    assert actor is not None and actor.country == "NZL"
    assert actor.role == "Prime Minister of New Zealand"
    assert kb.leader_office["USA"] == "president"  # offices.yaml's own word stands
