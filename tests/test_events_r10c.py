"""Event participants by grammar: the people words of the PLOVER agent list, and the quoted
"I" that stands for the quotation's speaker. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.extract.events_lexicon import agent_nouns
from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def actor_texts(events: list[EventMention], category: str) -> list[str]:
    return [p.text for e in events if e.type == category for p in e.actors]


def test_a_head_the_agent_list_uses_once_for_a_thing_names_no_one():
    # "organized crime", "intelligence activity": the people are in the modifier.
    nouns = agent_nouns()
    assert "crime" not in nouns and "activity" not in nouns


def test_heads_the_agent_list_uses_as_people_words_stay():
    # A phrase of its own ("official"), the head of several ("party", "force"), a doer's
    # ending ("investigator"), in either number ("troops").
    nouns = agent_nouns()
    assert {"official", "officials", "party", "force", "forces", "investigator"} <= nouns


def test_a_thing_that_declines_rejects_nothing(parse):
    assert "REJECT" not in types(parse("Violent crime declined sharply in Norland last year."))


def test_a_body_that_declines_an_offer_rejects_it(parse):
    events = parse("The ministry of Norland declined the offer from Velo on Monday.")
    assert "REJECT" in types(events)


def test_quoted_i_is_the_speaker(parse):
    events = parse('"I met the envoy of Velo yesterday," Ola Brandt told reporters.')
    assert "Ola Brandt" in actor_texts(events, "CONSULT")
    assert "I" not in actor_texts(events, "CONSULT")


def test_reported_i_is_not_the_speaker(parse):
    # No quotation marks: the "I" is the writer's, not the one who said it.
    events = parse("Ola Brandt said I could meet the envoy of Velo.")
    assert "Ola Brandt" not in actor_texts(events, "CONSULT")
    assert "I" in actor_texts(events, "CONSULT")


def test_quoted_we_is_the_speakers_side(parse):
    events = parse('"We met the envoy of Velo on Friday," the Norland foreign minister said.')
    assert "the Norland foreign minister" in actor_texts(events, "CONSULT")


def test_we_outside_a_quotation_is_not_replaced(parse):
    events = parse("We met the envoy of Velo on Friday, the minister said.")
    assert "the minister" not in actor_texts(events, "CONSULT")
    assert "We" in actor_texts(events, "CONSULT")
