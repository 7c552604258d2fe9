"""Event coder leftovers of issue 11, each rule beside a twin the rule must leave alone:
dates of reported past events (TimeML), "called X frank", "spoke by telephone", a letter
delivered, and topics of talks read as parties. Sentences are invented for these tests."""

from __future__ import annotations


def _one(events_of, text: str, kind: str):
    found = [e for e in events_of(text) if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text)]
    return found[0]


def test_a_past_event_reported_on_a_day_gets_a_window_ending_that_day(events_of):
    event = _one(
        events_of,
        "The Ruritanian minister Ana Rivas said on Tuesday that she had talked with Tomas Vidal.",
        "CONSULT",
    )
    assert event.date is not None and event.date.approximate
    assert event.date.end == "2024-11-05" and event.date.start < "2024-11-05"
    assert event.date.text is None


def test_twin_an_event_told_with_its_own_day_keeps_that_day(events_of):
    event = _one(
        events_of, "Ana Rivas and Tomas Vidal spoke on Tuesday, officials said.", "CONSULT"
    )
    assert event.date.value == "2024-11-05" and not event.date.approximate


def test_twin_a_present_event_reported_on_a_day_keeps_the_day(events_of):
    event = _one(events_of, "Ana Rivas said on Tuesday that she is meeting Tomas Vidal.", "CONSULT")
    assert event.date.value == "2024-11-05" and not event.date.approximate


def test_called_the_meeting_cordial_is_no_call(events_of):
    assert not [e for e in events_of("Rivas called the meeting cordial and brief.")]


def test_twin_called_a_minister_is_a_call(events_of):
    event = _one(events_of, "Rivas called the foreign minister on Monday.", "CONSULT")
    assert event.mode == "phone"


def test_spoken_once_by_telephone_is_a_phone_consult(events_of):
    text = "The two envoys have talked twice by phone since June, the ministry said."
    assert _one(events_of, text, "CONSULT").mode == "phone"


def test_twin_spoken_once_in_a_town_is_no_phone_call(events_of):
    text = "The two envoys have talked twice in Leiria since June, the ministry said."
    assert _one(events_of, text, "CONSULT").mode != "phone"


def test_a_letter_delivered_is_a_letter_not_aid(events_of):
    events = events_of("A letter from Ana Rivas was delivered to Tomas Vidal on Thursday.")
    assert not [e for e in events if e.type == "AID"]
    event = _one(events_of, "A letter from Ana Rivas was delivered to Tomas Vidal.", "COMMUNICATE")
    assert event.mode == "letter"
    assert [a.text for a in event.actors] == ["Ana Rivas"]
    assert [r.text for r in event.recipients] == ["Tomas Vidal"]


def test_twin_food_delivered_stays_aid(events_of):
    assert _one(events_of, "Food was delivered to the villagers by the agency.", "AID")


def test_a_topic_discussed_is_no_participant(events_of):
    event = _one(events_of, "Rivas and Vidal discussed grain tariffs on Monday.", "CONSULT")
    assert [a.text for a in event.actors] == ["Rivas", "Vidal"]
    event = _one(
        events_of, "The envoys discussed a ceasefire line between rival militias.", "CONSULT"
    )
    assert [a.text for a in event.actors] == ["The envoys"]


def test_twin_people_met_are_participants(events_of):
    event = _one(events_of, "Rivas met the army officers on Monday.", "CONSULT")
    assert "the army officers" in [a.text for a in event.actors]
    event = _one(events_of, "Rivas discussed the crisis with Vidal.", "CONSULT")
    assert [a.text for a in event.actors] == ["Rivas", "Vidal"]


def test_the_topic_of_a_meeting_s_purpose_is_no_target(events_of):
    text = "Ana Rivas and Tomas Vidal met in Leiria on Friday to discuss fishing quotas."
    event = _one(events_of, text, "CONSULT")
    assert not event.recipients or "fishing quotas" not in [r.text for r in event.recipients]


def test_twin_the_target_of_a_threatened_act_stays(events_of):
    event = _one(events_of, "The rebels threatened to attack the miners.", "THREATEN")
    assert [r.text for r in event.recipients] == ["the miners"]


def test_a_topic_in_a_call_s_setting_is_no_recipient(events_of):
    text = "Rivas and Vidal discussed grain tariffs in a video call."
    for event in events_of(text):
        assert "grain tariffs" not in [p.text for p in event.actors + event.recipients]


def test_a_letter_received_from_someone_goes_from_them(events_of):
    event = _one(events_of, "Ana Rivas received a letter from Tomas Vidal.", "COMMUNICATE")
    assert [a.text for a in event.actors] == ["Tomas Vidal"]
    assert [r.text for r in event.recipients] == ["Ana Rivas"]


def test_twin_a_letter_sent_goes_from_its_subject(events_of):
    event = _one(events_of, "Ana Rivas sent a letter to Tomas Vidal.", "COMMUNICATE")
    assert [a.text for a in event.actors] == ["Ana Rivas"]
    assert [r.text for r in event.recipients] == ["Tomas Vidal"]


def test_an_idea_proposed_is_no_recipient(events_of):
    text = "Ana Rivas proposed a standing committee to audit the dam project."
    for event in events_of(text):
        assert "a standing committee" not in [p.text for p in event.actors + event.recipients]


def test_twin_someone_addressed_stays_a_recipient(events_of):
    event = _one(events_of, "Ana Rivas warned the rebels on Monday.", "THREATEN")
    assert [r.text for r in event.recipients] == ["the rebels"]


def test_a_meeting_at_a_site_named_after_a_town_is_in_that_town(events_of):
    text = "Ana Rivas and Tomas Vidal met on Sunday at the Leiria ferry terminal."
    assert _one(events_of, text, "CONSULT").location == "Leiria"


def test_twin_a_meeting_at_a_named_summit_is_not_placed_by_the_name(events_of):
    text = "Ana Rivas and Tomas Vidal met at the Leiria summit."
    assert _one(events_of, text, "CONSULT").location is None
