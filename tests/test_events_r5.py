"""Event grammar, round 5: a meeting or an earlier contact is no elaboration of a phone call."""

from __future__ import annotations

from datetime import date

CALL = (
    "Chilean President Ana Rojas and Peruvian President Luis Quispe spoke by telephone on "
    "Monday about a shared fishing zone. "
)


def _contact(events_of, text: str, trigger: str):
    found = [e for e in events_of(text, date(2026, 4, 9)) if e.trigger == trigger]
    assert found, f"no event on {trigger!r}"
    return found[0]


def test_a_meeting_verb_does_not_take_the_calls_mode(events_of):
    met = _contact(events_of, CALL + "The two presidents met in person for the first time.", "met")
    assert met.mode is None
    assert met.date is None


def test_a_past_perfect_contact_does_not_take_the_calls_mode(events_of):
    text = CALL + "The two presidents had talked about fishing quotas before."
    talked = _contact(events_of, text, "talked")
    assert talked.mode is None


def test_a_talk_verb_right_after_the_call_still_elaborates_it(events_of):
    text = CALL + "The two presidents discussed fishing quotas and port fees."
    discussed = _contact(events_of, text, "discussed")
    assert discussed.mode == "phone"
    assert discussed.date is not None and discussed.date.value == "2026-04-06"


def _names(parts) -> list[str]:
    return [p.text if hasattr(p, "text") else p.name for p in parts]


def test_a_place_after_in_or_at_is_where_aid_went_not_who_got_it(events_of):
    aid = _contact(events_of, "Chile donated water pumps at Arica on Monday.", "donated")
    assert aid.location == "Arica"
    assert "Arica" not in _names(aid.recipients)


def test_a_place_shot_at_is_still_the_target_of_an_attack(events_of):
    attack = _contact(events_of, "Bolivian rebels opened fire in Tarija on Monday.", "opened")
    assert attack.location == "Tarija"
    assert "Tarija" in _names(attack.recipients)


def test_a_clause_spliced_on_by_a_comma_keeps_its_own_event(events_of):
    text = "Ecuador confirms detention of Colombian trawlermen, Bogota demands release"
    triggers = [e.trigger for e in events_of(text)]
    assert "detention" in triggers
    assert "demands" in triggers


def test_a_postposed_reporting_verb_still_takes_the_clause_before_it(events_of):
    text = "Quito must free the Colombian trawlermen at once, Bogota demanded on Monday."
    events = events_of(text)
    assert [e.type for e in events] == ["REQUEST"]
