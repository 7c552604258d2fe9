"""Approximate dates: a past event the text does not date still goes on the timeline.

News tells most events without a date ("X has accused Y of ..."); they happened before the
article was published, usually shortly before. Rather than leave them undated (product.md),
such an event gets the window of the `WINDOW` days up to the publication day, flagged
`approximate` and with no date phrase, so a timeline can place it without pretending to know
the day. This runs after extraction looked for the event's own time; an event told as future or
hypothetical did not happen yet and gets no window, and without a publication date there is
nothing to anchor one to.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsledger.model import EventDate, EventMention

WINDOW = timedelta(days=30)


def approximate_dates(events: list[EventMention], published: str | None) -> None:
    """Give each undated past event of an article published on `published` its window."""
    day = _day(published)
    if day is None:
        return
    for event in events:
        if event.future or event.hypothetical or _dated(event.date):
            continue
        event.date = _placed(event.date, window_before(day))


def window_before(day: date) -> EventDate:
    """The approximate window of an undated event told on `day`."""
    return EventDate(
        text=None,
        value=None,
        start=(day - WINDOW).isoformat(),
        end=day.isoformat(),
        approximate=True,
    )


# TimeML's values for a time told only relative to the moment of speaking ("recently", "now",
# "currently"): they name no interval, so the event is placed like an undated one, keeping
# the phrase the text gave.
_REFERENCE_VALUES = frozenset({"PAST_REF", "PRESENT_REF"})


def _dated(when: EventDate | None) -> bool:
    """Whether the text gave the event a time: an interval, or at least a value ("2020-W32");
    "recently" or "now" (a bare PAST_REF or PRESENT_REF) is none."""
    if when is None or when.start:
        return when is not None
    return bool(when.value) and when.value not in _REFERENCE_VALUES


def _placed(told: EventDate | None, window: EventDate) -> EventDate:
    """The window, keeping the phrase and reference value of a "recently" or "now"."""
    if told is None or told.value not in _REFERENCE_VALUES:
        return window
    return EventDate(
        text=told.text, value=told.value, start=window.start, end=window.end, approximate=True
    )


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
