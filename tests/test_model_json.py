"""Model objects survive the JSON round trip the store relies on (model.to_json/from_json)."""

from __future__ import annotations

import json

from newsledger.model import (
    Article,
    Event,
    EventDate,
    Evidence,
    Merge,
    Participant,
    Quote,
    QuotePart,
    Source,
    from_json,
    to_json,
)


def _event() -> Event:
    return Event(
        type="CONSULT",
        mode="phone",
        actors=[Participant("Ana Ruiz", "ESP", "GOV", text="Ruiz", start=4, end=8)],
        recipients=[Participant("Lars Holm", None, None)],
        date=EventDate("on Monday", "2026-03-02", approximate=False),
        topics=["fisheries"],
        sources=[Source("Ana Ruiz", "asserts", text="she", start=40, end=43, role="participant")],
        merged=[Merge("a1", "Ruiz called Holm.", ["same participants", "same day"])],
        trigger="called",
        trigger_start=5,
        trigger_end=11,
        id="e1",
        evidence=[Evidence("a1", "Ana Ruiz", "asserts", "Ruiz called Holm.", 0, 17, "participant")],
    )


def test_nested_objects_come_back_equal_through_stored_json():
    event = _event()
    stored = json.dumps(to_json(event, with_internal=True))
    assert from_json(Event, json.loads(stored)) == event


def test_working_fields_are_left_out_unless_asked_and_default_on_the_way_back():
    event = _event()
    public = from_json(Event, json.loads(json.dumps(to_json(event))))
    assert public.trigger is None and public.actors[0].text is None
    assert public.actors[0].name == "Ana Ruiz" and public.evidence[0].role == "participant"


def test_lists_are_new_objects_and_missing_optionals_stay_none():
    quote = Quote("we agreed", 0, 9, "direct", parts=[QuotePart(0, 4), QuotePart(5, 9)])
    data = to_json(quote, with_internal=True)
    back = from_json(Quote, data)
    assert back == quote and back.parts is not data["parts"]
    article = from_json(Article, {"id": "x", "events": [to_json(_event())], "title": None})
    assert article.title is None and isinstance(article.events[0].actors[0], Participant)
    assert from_json(Article, None) is None
