"""Event precision on real pages, round 4: titles of works, states
of attitude, official complaints and places "off the coast of X". Each rule has a
sentence it must change and a near twin it must leave alone. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def told(events: list[EventMention], category: str) -> list[EventMention]:
    """The mentions of a category told as done (a hypothetical one makes no ledger event)."""
    return [e for e in events if e.type == category and not e.hypothetical]


def test_the_title_of_a_work_is_no_event(parse):
    events = parse('Her new documentary, "The Siege of Kerva", premiered in Varna on Friday.')
    assert "ASSAULT" not in types(events)
    events = parse("Rebel units laid siege to Kerva on Friday and shelled the town.")
    assert "ASSAULT" in types(events)


def test_an_attitude_held_is_no_act(parse):
    # A stative verb in the simple present describing someone tells a state, not an act.
    events = parse("Ivo Lenk, who opposes the Kerva dam, spoke to reporters in Varna.")
    assert "REJECT" not in types(events)
    events = parse("Ivo Lenk, who opposed the Kerva dam in a vote on Monday, left Varna.")
    assert "REJECT" in types(events)


def test_an_attitude_said_is_expressed(parse):
    events = parse("Just because the senators skipped the vote does not mean they oppose it.")
    assert "REJECT" not in types(events)
    events = parse("The minister said Norland supports the Kerva resolution.")
    assert "SUPPORT" in types(events)


def test_a_protest_note_is_an_official_complaint(parse):
    # CAMEO 114 "complain officially" -> PLOVER ACCUSE (CAMEO2PLOVER), not a plain letter.
    events = parse("The Vesland ministry handed a formal protest note to the Norland envoy.")
    assert "ACCUSE" in types(events) and "COMMUNICATE" not in types(events)
    events = parse("The Vesland ministry delivered a note of protest to the Norland embassy.")
    assert "ACCUSE" in types(events)
    events = parse("The Vesland ministry handed a letter to the Norland envoy.")
    assert "COMMUNICATE" in types(events) and "ACCUSE" not in types(events)


def test_a_lodged_protest_is_a_complaint_not_a_rally(parse):
    events = parse("The Vesland ministry lodged a formal protest with the Norland embassy.")
    assert "ACCUSE" in types(events) and "PROTEST" not in types(events)
    events = parse("Thousands of farmers staged a protest outside the Norland embassy.")
    assert "PROTEST" in types(events)


def test_off_the_coast_of_a_place_is_there(parse):
    events = parse("A Norland patrol boat fired on a trawler off the town of Kerva.")
    assert "Kerva" in [e.location for e in events]
    events = parse("A Norland patrol boat fired on a trawler off the coast near a buoy.")
    assert all(e.location is None for e in events)


def test_striking_down_a_law_is_no_strike(parse):
    # A phrasal verb is its own lexeme: "strike down" annuls, it is no labour strike.
    events = parse("Ivo Lenk wrote that he hopes the high court strikes down the Kerva law.")
    assert not {"PROTEST", "ASSAULT"} & set(types(events))
    events = parse("The Kerva dockers struck on Monday over unpaid wages.")
    assert "PROTEST" in types(events)


def test_fighting_a_thing_is_no_assault(parse):
    # PLOVER ASSAULT is violence against someone; fighting a disease or a fire is a struggle.
    events = parse("The Kerva clinic helps children who are fighting childhood obesity.")
    assert "ASSAULT" not in types(events)
    events = parse("Rebels fought the army near Kerva on Monday.")
    assert "ASSAULT" in types(events)
    assert "ASSAULT" in types(parse("Rebels fought near Kerva on Monday."))
