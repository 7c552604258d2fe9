"""Which month the web app's charts and month facet count an event in."""

from __future__ import annotations

from newsledger.model import Event, EventDate
from newsledger.web.queries import facet_counts, month, per_month


def _event(date: EventDate | None) -> Event:
    return Event(type="CONSULT", date=date)


def test_an_exact_date_counts_in_its_own_month():
    event = _event(EventDate("on 30 April", "2024-04-30", "2024-04-30", "2024-04-30"))
    assert month(event) == "2024-04"


def test_an_approximate_window_counts_in_the_month_of_the_report_that_bounds_it():
    window = EventDate(None, None, "2024-04-12", "2024-05-12", approximate=True)
    assert month(_event(window)) == "2024-05"


def test_a_month_long_date_given_by_the_text_counts_in_that_month():
    event = _event(EventDate("in March", "2024-03", "2024-03-01", "2024-03-31"))
    assert month(event) == "2024-03"


def test_charts_and_facets_agree_and_skip_undated_events():
    events = [
        _event(EventDate(None, None, "2024-04-12", "2024-05-12", approximate=True)),
        _event(EventDate("May 3", "2024-05-03", "2024-05-03", "2024-05-03")),
        _event(None),
    ]
    assert facet_counts(events)["month"] == [("2024-05", 2)]
    assert per_month(month(e) for e in events) == [("2024-05", 2)]
