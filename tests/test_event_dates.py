"""Event dates: the text's own time where the parse ties it to the event, else an approximate
window ending at publication for a past event (resolve/dates.py), and none for a future one."""

from __future__ import annotations

from datetime import date

from newsledger.model import Article, EventDate, EventMention
from newsledger.pipeline import analyze
from newsledger.resolve.dates import WINDOW, approximate_dates


def events_of(stages, body: str, published: str | None = "2024-03-10"):
    article = Article(id="t", title="", body=body, published=published, site="example.org")
    return next(iter(analyze([article], stages))).events


def test_an_undated_past_event_gets_a_window_ending_at_publication(stages):
    (event,) = events_of(stages, "The parliament of Chile rejected the trade agreement with Peru.")
    assert event.date == EventDate(None, None, "2024-02-09", "2024-03-10", approximate=True)
    assert date.fromisoformat(event.date.end) - date.fromisoformat(event.date.start) == WINDOW


def test_a_dated_event_keeps_its_own_date(stages):
    (event,) = events_of(stages, "Lula met Macron in Brasilia on 3 March.")
    assert event.date.value == "2024-03-03"
    assert not event.date.approximate


def test_the_time_of_the_verb_an_event_is_the_purpose_of(stages):
    events = events_of(stages, "Lula flew to Paris on Monday to meet Macron.")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.date.value == "2024-03-04"


def test_future_and_hypothetical_events_get_no_window():
    future = EventMention(type="CONSULT", future=True)
    maybe = EventMention(type="CONSULT", hypothetical=True)
    past = EventMention(type="CONSULT")
    vague = EventMention(type="CONSULT", date=EventDate("recently", "PAST_REF"))
    approximate_dates([future, maybe, past, vague], "2024-03-10T08:00:00")
    assert future.date is None and maybe.date is None
    assert past.date is not None and past.date.approximate and past.date.end == "2024-03-10"
    # "recently" names no interval: placed like an undated past event, its phrase kept
    assert vague.date.text == "recently" and vague.date.value == "PAST_REF"
    assert vague.date.approximate and vague.date.end == "2024-03-10"


def test_no_publication_date_no_window():
    event = EventMention(type="CONSULT")
    approximate_dates([event], None)
    approximate_dates([event], "not a date")
    assert event.date is None


def test_a_datelines_date_is_the_filing_day_not_the_events(stages):
    body = (
        "VELDORIA, March 11 (Harbour Wire) - Norland's trade minister Ivo Brandt met his "
        "Estmark counterpart, Lene Kask, in the port of Saltvik on Sunday to discuss fishing "
        "quotas."
    )
    events = events_of(stages, body, published="2024-03-12")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.date.value == "2024-03-10"  # the Sunday before, not the dateline's day


def test_the_same_date_in_the_sentence_itself_dates_the_event(stages):
    body = (
        "Norland's trade minister Ivo Brandt met his Estmark counterpart, Lene Kask, in the "
        "port of Saltvik on March 11 to discuss fishing quotas."
    )
    events = events_of(stages, body, published="2024-03-12")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.date.value == "2024-03-11"


def test_a_dateline_is_told_apart_from_a_line_opening_with_a_date():
    from newsledger.datelines import in_dateline

    text = "OSLO, June 2 (Wire) - Talks began.\nOn June 2 the talks began."
    assert in_dateline(text, text.index("June 2"), text.index("June 2") + 6)
    second = text.rindex("June 2")
    assert not in_dateline(text, second, second + 6)
