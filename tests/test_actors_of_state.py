"""A state named in an "of" phrase right after a person's name is that person's own ("Foreign
Minister Ilse Varga of Chile", "Senator Dale Orrin of Ohio"), as a possessor before the name
is ("Chile's Ilse Varga"). Sentences and names invented for these tests."""

from analysis import analyse
from test_actors_r12 import resolve_nth  # the shared helper


def test_a_titled_name_of_a_country_takes_that_country(pipeline):
    text = "Foreign Minister Ilse Varga of Chile met Trade Minister Oren Pask of Peru on Monday."
    varga = resolve_nth(pipeline, text, "Ilse Varga")
    pask = resolve_nth(pipeline, text, "Oren Pask")
    assert varga is not None and (varga.country, varga.sector) == ("CHL", "GOV")
    assert pask is not None and pask.country == "PER"


def test_a_name_of_a_state_of_a_country_takes_the_country(pipeline):
    text = "Senator Dale Orrin of Ohio said the bill would pass."
    orrin = resolve_nth(pipeline, text, "Dale Orrin")
    assert orrin is not None and orrin.country == "USA"


def test_a_name_of_a_university_takes_no_country(pipeline):
    """Near miss: "of" an institution tells where someone works, not their state."""
    text = "Professor Ilse Varga of Harvard met Oren Pask on Monday."
    varga = resolve_nth(pipeline, text, "Ilse Varga")
    assert varga is not None and varga.country is None


def test_a_country_further_on_is_not_the_persons(pipeline):
    """Near miss: the state must follow the name at once; "of" after the title's object is
    someone else's."""
    text = "Ilse Varga spoke to reporters in the capital of Chile on Monday."
    varga = resolve_nth(pipeline, text, "Ilse Varga")
    assert varga is None or varga.country is None


def _participants(text: str):
    return {p.name: p.country for e in analyse(text).events for p in e.actors + e.recipients}


def test_a_participant_phrase_with_a_national_title_places_the_person(pipeline):
    """The tagger often misses a titled name in object position ("... with Ugandan President
    Ama Lule"); the participant's own phrase still says whose president she is."""
    text = (
        "Kenyan President Jomo Ostrander spoke by phone with Ugandan President Ama Lule on Tuesday."
    )
    assert _participants(text).get("Ama Lule") == "UGA"


def test_a_participant_phrase_without_a_title_places_no_one(pipeline):
    """Near miss: a bare name says nothing of a country."""
    text = "Kenyan President Jomo Ostrander spoke by phone with Ama Lule on Tuesday."
    assert _participants(text).get("Ama Lule") is None
