"""Eventness: sentences that tell no codable event between political actors, each beside a
twin that does. Captions, plans told in headline style, rules under an obligation modal,
people in general, aid that goes to no one, characterisations, label lines, greetings and open
forums; failed acts and reported demands. Every sentence is invented."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


def told(events: list[EventMention]) -> list[str]:
    """The types of the mentions told as having happened (what the ledger codes as done)."""
    return [e.type for e in events if not (e.hypothetical or e.future or e.negated)]


def test_a_file_photo_caption_tells_no_event(parse):
    caption = "FILE PHOTO: Premier Ola Brandt delivers aid to flood victims in Norland, May 2."
    assert parse(caption) == []
    assert "AID" in types(parse("Premier Ola Brandt delivered aid to flood victims in Norland."))


def test_a_headline_infinitive_is_a_plan(parse):
    events = parse("Lakeshire County to host talks with Norland envoys in May")
    assert events and all(e.future for e in events)
    done = parse("Lakeshire County hosted talks with Norland envoys in May.")
    assert done and not any(e.future for e in done)


def test_next_week_makes_an_act_future(parse):
    events = parse("Norland envoys meet the Eastfield mayor in Westby next week.")
    assert events and events[0].future
    events = parse("Norland envoys met the Eastfield mayor in Westby last week.")
    assert events and not events[0].future
    # Counted from the story's own time, "the next day" is no future.
    events = parse("Norland envoys met the Eastfield mayor in Westby the next day.")
    assert events and not events[0].future


def test_a_meeting_one_body_will_hold_is_no_meeting(parse):
    # One agency's session is no contact between actors, promised or not.
    assert parse("The state water agency will hold a meeting next month on the dam permits.") == []
    events = parse("The state water agency will hold a meeting with Norland officials next month.")
    assert "AGREE" in types(events)


def test_a_rule_under_must_tells_no_act(parse):
    assert told(parse("Every campaign must disclose donations to its candidates.")) == []
    events = parse("The Norland Red Cross donated blankets to the flood victims.")
    assert "AID" in told(events)


def test_people_in_general_are_no_actor(parse):
    assert parse("People were talking about the minister's remarks for days.") == []
    events = parse("Five people were killed when gunmen attacked the Eastfield market.")
    assert "ASSAULT" in types(events)


def test_aid_to_no_one_is_no_aid(parse):
    assert "AID" not in types(parse("The opposition deputies provided examples in the debate."))
    events = parse("The opposition deputies provided food to the striking miners.")
    assert "AID" in types(events)


def test_an_event_noun_that_characterises_a_thing_is_no_event(parse):
    text = "These exemptions represent a retreat from the governor's original plan."
    assert "RETREAT" not in types(parse(text))
    text = "Norland announced a retreat of its troops from the Eastfield border."
    assert "RETREAT" in types(parse(text))


def test_a_gerund_label_line_tells_no_act(parse):
    assert parse("Sending Norland troops to support the government of Eastland.") == []
    events = parse("Norland is sending troops to support the government of Eastland.")
    assert "SUPPORT" in types(events)


def test_a_public_hearing_is_an_open_forum(parse):
    assert parse("The county council held a public hearing on the bridge permits.") == []
    events = parse("The committee held a public hearing with the defence minister on Tuesday.")
    assert "ACCUSE" in types(events)


def test_a_thing_is_no_counterpart_of_a_meeting(parse):
    # Only someone can be met: a thing beside the one party leaves the meeting one-sided.
    events = parse("Minister Ola Brandt and the annual report talked about the budget.")
    assert "CONSULT" not in types(events)
    events = parse("Minister Ola Brandt and the envoy talked about the budget.")
    assert "CONSULT" in types(events)


def test_a_failed_act_did_not_happen(parse):
    events = parse("Norland was unable to meet the Eastland envoys.")
    assert events and all(e.negated for e in events)
    events = parse("Norland was able to meet the Eastland envoys.")
    assert events and not any(e.negated for e in events)


def test_a_demand_reported_with_must_is_a_request(parse):
    # The demanded act is the request's content: neither the act itself nor a negation of it.
    assert told(parse("The deputies said that Norland must withdraw its envoy.")) == ["REQUEST"]
    assert told(parse("The deputies said that Norland must not attack the port.")) == ["REQUEST"]
    # A passive wish tells no one to act.
    assert parse("The deputies argued that Norland should not be drawn into the war.") == []


def test_a_greeting_to_the_reader_is_no_support(parse):
    text = "Hello and welcome to our live coverage of the cup final between Eastfield and Westby."
    assert "SUPPORT" not in types(parse(text))
    assert "SUPPORT" in types(parse("Norland welcomed the ceasefire between Eastfield and Westby."))
