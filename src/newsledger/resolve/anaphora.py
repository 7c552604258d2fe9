"""'No such meeting', 'the call': an event word that points back to an event told before.

A denial often names no participants of its own ("the ministry said no such meeting had taken
place"); left so, it cannot merge with anything and the denial is lost, or, merged by date
alone, lands on whichever contact of the same type is nearest in time. A reader resolves it as
an anaphor: the definite noun means the closest event of its kind the article told before it,
with that event's participants. Only a mention without participants of its own, marked by a
definite determiner, is resolved, and only to an earlier event whose mode, place and date it
does not contradict.
"""

from __future__ import annotations

from newsledger.model import EventMention
from newsledger.resolve.merge import anaphor, dates_compatible, modes_compatible, places_compatible


def tie_anaphora(events: list[EventMention], published: str | None) -> None:
    """Give each anaphoric mention without participants those of the event it points back to."""
    ordered = sorted(events, key=lambda e: (e.start, e.trigger_start or 0))
    for n, event in enumerate(ordered):
        if event.actors or event.recipients or anaphor(event) is None:
            continue
        for earlier in reversed(ordered[:n]):
            if _antecedent(earlier, event, published):
                event.actors = list(earlier.actors)
                event.recipients = list(earlier.recipients)
                break


def _antecedent(earlier: EventMention, event: EventMention, published: str | None) -> bool:
    return (
        earlier.type == event.type
        and bool(earlier.actors or earlier.recipients)
        and not earlier.hypothetical
        and modes_compatible(earlier.mode, event.mode)
        and places_compatible(earlier.location, event.location)
        and dates_compatible(earlier.date, event.date, published, published)
    )
