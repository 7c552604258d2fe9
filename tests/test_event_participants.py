"""Participants the grammar gives an event, each rule beside a twin that must not change:
groups of people as recipients (not only PLOVER agent nouns), goods handed over (AID), a
passive reception (CONSULT with its host), a relative clause's own act, passive agents of an
aiming verb, and the charge of an accusation kept out of its accuser. Every sentence is
invented."""

from __future__ import annotations

import pytest

from newsledger.model import EventMention


@pytest.fixture(scope="module")
def parse(events_of):
    return events_of


def of_type(events: list[EventMention], kind: str) -> EventMention:
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found[0]


def names(parts) -> list[str]:
    return [p.text for p in parts]


def test_a_group_of_people_is_a_recipient(parse):
    aid = of_type(parse("The ministry provided food to the quarrymen and the pensioners."), "AID")
    assert names(aid.recipients) == ["the quarrymen", "the pensioners"]
    aid = of_type(parse("The Velmar government provided food to the miners."), "AID")
    assert names(aid.recipients) == ["the miners"]


def test_a_thing_stays_out_of_the_recipients(parse):
    aid = of_type(parse("The Velmar government provided funds to the plan."), "AID")
    assert aid.recipients == []
    aid = of_type(parse("The Velmar government provided food to the report."), "AID")
    assert aid.recipients == []


def test_a_collective_noun_and_the_poor_are_recipients(parse):
    aid = of_type(parse("The Norland agency delivered aid to the crew."), "AID")
    assert names(aid.recipients) == ["the crew"]
    aid = of_type(parse("The Norland agency sent aid to the poor."), "AID")
    assert names(aid.recipients) == ["the poor"]


def test_a_target_group_of_harm(parse):
    attack = of_type(parse("Gunmen attacked the shopkeepers in Dalby."), "ASSAULT")
    assert "the shopkeepers" in names(attack.recipients)
    attack = of_type(parse("Gunmen attacked the farmers in Dalby."), "ASSAULT")
    assert "the farmers" in names(attack.recipients)


def test_no_one_is_no_participant(parse):
    assert parse("No civilians were killed in Dalby.") == []
    attack = of_type(parse("Two civilians were killed in Dalby."), "ASSAULT")
    assert names(attack.recipients) == ["Two civilians"]


def test_goods_given_to_someone_are_aid(parse):
    aid = of_type(parse("The Red Cross gave the families food."), "AID")
    assert names(aid.actors) == ["The Red Cross"]
    assert names(aid.recipients) == ["the families"]
    aid = of_type(parse("The Velmar army sent weapons to the rebels."), "AID")
    assert names(aid.recipients) == ["the rebels"]


def test_a_passive_ditransitive_keeps_giver_and_taker(parse):
    aid = of_type(parse("Miners were given food by the Red Cross."), "AID")
    assert names(aid.actors) == ["the Red Cross"]
    assert names(aid.recipients) == ["Miners"]
    aid = of_type(parse("Food was given to the miners by the Velmar army."), "AID")
    assert names(aid.actors) == ["the Velmar army"]
    assert names(aid.recipients) == ["the miners"]  # the food is what was given, not to whom


def test_a_transfer_verb_with_an_event_noun_or_a_thing_is_no_aid(parse):
    assert "AID" not in [e.type for e in parse("The minister gave a speech to the farmers.")]
    assert "AID" not in [e.type for e in parse("He gave the report to the committee.")]


def test_a_passive_reception_is_a_meeting_with_its_host(parse):
    meeting = of_type(parse("The envoy was received by King Osric in Dalby."), "CONSULT")
    assert names(meeting.actors) == ["The envoy", "King Osric"]
    meeting = of_type(parse("King Osric received the envoy in Dalby."), "CONSULT")
    assert names(meeting.actors) == ["King Osric", "the envoy"]


def test_a_passive_reception_of_things_is_no_meeting(parse):
    assert parse("Forty votes were received by the Velmar party.") == []


def test_a_relative_clause_tells_its_own_act(parse):
    events = parse("The senator, whose speech the president criticized, resigned.")
    accuse = of_type(events, "ACCUSE")
    assert names(accuse.actors) == ["the president"]
    assert names(accuse.recipients) == ["The senator"]
    assert names(of_type(events, "RETREAT").actors) == ["The senator"]
    accuse = of_type(parse("The senator, whom the president criticized, resigned."), "ACCUSE")
    assert names(accuse.recipients) == ["The senator"]


def test_a_relative_clause_on_a_group_owner(parse):
    attack = of_type(parse("The rebels, whose leader the army captured, retreated."), "ASSAULT")
    assert names(attack.recipients) == ["The rebels"]


def test_a_present_relative_clause_is_a_standing_attitude(parse):
    events = parse("Guards beat the refugees, whom the authorities blame for the unrest.")
    assert "ACCUSE" not in [e.type for e in events]
    assert "ASSAULT" in [e.type for e in events]


def test_a_relative_clause_on_a_thing_adds_no_participant(parse):
    for event in parse("The film showed the landscape of Velmar that it captured."):
        assert "landscape" not in " ".join(names(event.recipients))


def test_an_aimed_act_takes_its_category_from_the_doer(parse):
    protest = of_type(parse("The clinic was targeted by protesters."), "PROTEST")
    assert names(protest.actors) == ["protesters"]
    assert names(protest.recipients) == ["The clinic"]
    sanction = of_type(parse("The Velmar government was targeted with sanctions."), "SANCTION")
    assert names(sanction.recipients) == ["The Velmar government"]


def test_an_aimed_act_of_no_conflict_is_no_event(parse):
    assert parse("The campaign targeted young voters.") == []
    assert parse("Supporters targeted the minister.") == []


def test_the_charge_is_not_part_of_the_accuser(parse):
    accuse = of_type(parse("The minister was accused by the opposition of lying."), "ACCUSE")
    assert names(accuse.actors) == ["the opposition"]
    assert names(accuse.recipients) == ["The minister"]
    accuse = of_type(parse("The minister was accused by members of the opposition."), "ACCUSE")
    assert names(accuse.actors) == ["members of the opposition"]


def test_passive_praise_keeps_its_agent(parse):
    support = of_type(parse("The minister was praised by the union."), "SUPPORT")
    assert names(support.actors) == ["the union"]
    assert names(support.recipients) == ["The minister"]


def test_a_group_met_is_a_party_to_the_meeting(parse):
    meeting = of_type(parse("The minister met the miners in Dalby."), "CONSULT")
    assert names(meeting.actors) == ["The minister", "the miners"]
    assert "CONSULT" not in [e.type for e in parse("The minister met the deadline.")]


def test_a_volunteer_group_is_thanked(parse):
    support = of_type(parse("The mayor thanked the volunteers."), "SUPPORT")
    assert names(support.recipients) == ["the volunteers"]
    support = of_type(parse("The mayor thanked the firefighters."), "SUPPORT")
    assert names(support.recipients) == ["the firefighters"]


def test_a_passive_target_is_not_joined_by_the_target_of_the_act_charged(parse):
    accuse = of_type(
        parse("The governor is accused of pressuring judges into investigating rivals."), "ACCUSE"
    )
    assert names(accuse.recipients) == ["The governor"]
    threat = of_type(parse("The rebels threatened to attack the village."), "THREATEN")
    assert names(threat.recipients) == ["the village"]
