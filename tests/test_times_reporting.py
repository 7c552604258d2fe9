"""A time between a reporting verb and its complement's subject is the report's time."""

from __future__ import annotations

from newsledger.model import Article
from newsledger.pipeline import analyze

PUBLISHED = "2024-03-13"  # a Wednesday


def _monday(stages, body: str) -> str:
    article = Article(id="t", title="", body=body, published=PUBLISHED)
    times = next(iter(analyze([article], stages))).times
    return next(t.value for t in times if t.text == "Monday")


def test_the_reports_monday_is_the_past_one(stages):
    body = "Chilean President Rosa Vidal said on Monday she would meet Dina Soto in Lima."
    assert _monday(stages, body) == "2024-03-11"


def test_a_monday_inside_the_reported_future_is_the_next_one(stages):
    body = "Chilean President Rosa Vidal said she would meet Dina Soto in Lima on Monday."
    assert _monday(stages, body) == "2024-03-18"


def test_after_that_the_time_is_the_complements_own(stages):
    body = "Chilean President Rosa Vidal said that on Monday she would meet Dina Soto in Lima."
    assert _monday(stages, body) == "2024-03-18"


def _event(stages, body: str, type_: str):
    article = Article(id="t", title="", body=body, published=PUBLISHED)
    events = next(iter(analyze([article], stages))).events
    return next(e for e in events if e.type == type_)


def test_an_event_a_report_confirms_is_not_dated_at_the_report(stages):
    """The confirming was on Monday; the detention it confirms was before, on a day the text
    does not give: an approximate window, not Monday."""
    body = "The defence ministry on Monday confirmed the detention of nine sailors by the navy."
    date = _event(stages, body, "COERCE").date
    assert date is not None and date.value is None and date.approximate


def test_an_event_a_light_verb_carries_out_keeps_the_verbs_day(stages):
    body = "The foreign ministers of Peru and Chile held talks in Lima on Monday."
    assert _event(stages, body, "CONSULT").date.value == "2024-03-11"


def test_a_meeting_planned_for_a_time_is_dated_at_it(stages):
    body = "The next meeting of the two foreign ministers is planned for Monday."
    assert _event(stages, body, "CONSULT").date.value == "2024-03-18"
