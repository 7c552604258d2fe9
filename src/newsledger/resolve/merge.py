"""Merging event mentions into ledger events, and deriving an event's status from its sources.

Two mentions describe the same real event when they have the same type and the same
participants, compatible modes and compatible dates. An undated mention ("the alleged call")
only merges with an undated event, or with one dated shortly before the article that mentions
it: that is how a later denial meets the report it denies, without folding every undated
mention into some contact of years ago.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, timedelta

from newsledger.model import Actor, Event, EventDate, EventMention, Evidence, Source

# How far before its article's publication an undated mention may point.
UNDATED_WINDOW = timedelta(days=31)


def derive_status(
    sources: list[Source],
    participants: list[str],
    actor_of: Callable[[str], Actor | None] = lambda name: None,
) -> str:
    """confirmed / reported / denied / disputed, as product.md defines them.

    A participant's own word, or its government's official record (a GOV organisation of a
    participant's country, such as a head of state's office), confirms; anyone else only reports.
    """
    stances = {s.stance for s in sources}
    asserted, denied = "asserts" in stances, "denies" in stances
    if asserted and denied:
        return "disputed"
    if denied:
        return "denied"
    if asserted and any(
        s.stance == "asserts" and _speaks_for_participant(s.name, participants, actor_of)
        for s in sources
    ):
        return "confirmed"
    return "reported"


def _speaks_for_participant(
    name: str, participants: list[str], actor_of: Callable[[str], Actor | None]
) -> bool:
    if name in participants:
        return True
    source = actor_of(name)
    # An office or ministry is an official record; unnamed "officials" (a group) are not.
    if source is None or source.kind != "organization" or source.sector != "GOV":
        return False
    if not source.country:
        return False
    for participant in participants:
        actor = actor_of(participant)
        if actor is not None and actor.country == source.country and actor.sector == "GOV":
            return True
    return False


def _interval(value: EventDate | None) -> tuple[date, date] | None:
    if value is None or not value.start or not value.end:
        return None
    try:
        return date.fromisoformat(value.start[:10]), date.fromisoformat(value.end[:10])
    except ValueError:
        return None


def dates_compatible(
    a: EventDate | None, b: EventDate | None, published_a: str | None, published_b: str | None
) -> bool:
    """Whether two event dates can be the same happening (see the module docstring)."""
    span_a, span_b = _interval(a), _interval(b)
    if span_a and span_b:
        return span_a[0] <= span_b[1] and span_b[0] <= span_a[1]
    if a is not None and b is not None and a.value and b.value:
        return a.value == b.value  # vague or unanchored values: only the same value
    if span_a is None and span_b is None:
        return (a is None or not a.value) and (b is None or not b.value)
    dated, published = (span_a, published_b) if span_a else (span_b, published_a)
    if not published:
        return False
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return False
    return dated[0] <= day + timedelta(days=1) and dated[1] >= day - UNDATED_WINDOW


def modes_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def same_event(
    event: Event,
    mention: EventMention,
    published: dict[str, str | None],
    article_published: str | None,
) -> bool:
    """Whether `mention` (from an article published on `article_published`) belongs to `event`."""
    if event.type != mention.type or not modes_compatible(event.mode, mention.mode):
        return False
    if _names(event.actors + event.recipients) != _names(mention.actors + mention.recipients):
        return False
    first_published = published.get(event.evidence[0].article_id) if event.evidence else None
    return dates_compatible(event.date, mention.date, first_published, article_published)


def _names(participants) -> frozenset[str]:
    return frozenset(p.name for p in participants)


def event_id(mention: EventMention, article_key: str) -> str:
    """A mention's key: its type, participants, article (content hash) and offsets. An event
    takes the key of its first mention in canonical order (see merge_service)."""
    parts = [
        mention.type,
        ",".join(mention.participant_names()),
        article_key,
        str(mention.start),
        str(mention.trigger_start),
    ]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def new_event(mention: EventMention, article_id: str, article_key: str) -> Event:
    values = {f.name: getattr(mention, f.name) for f in fields(EventMention)}
    values.update(
        actors=list(mention.actors),
        recipients=list(mention.recipients),
        topics=list(mention.topics),
        contexts=list(mention.contexts),
        sources=[],
    )
    event = Event(**values, id=event_id(mention, article_key))
    add_mention(event, mention, article_id)
    return event


def add_mention(event: Event, mention: EventMention, article_id: str) -> None:
    """Fold one mention into an event: fill what the event lacks, collect sources and evidence."""
    event.mode = event.mode or mention.mode
    event.location = event.location or mention.location
    if mention.date is not None and (event.date is None or _narrower(mention.date, event.date)):
        event.date = mention.date
    for topic in mention.topics:
        if topic not in event.topics:
            event.topics.append(topic)
    for context in mention.contexts:
        if context not in event.contexts:
            event.contexts.append(context)
    for source in mention.sources:
        evidence = Evidence(
            article_id, source.name, source.stance, mention.sentence, mention.start, mention.end
        )
        if evidence not in event.evidence:
            event.evidence.append(evidence)
    event.sources = _sources_from_evidence(event.evidence)


def _narrower(a: EventDate, b: EventDate) -> bool:
    span_a, span_b = _interval(a), _interval(b)
    if span_a is None:
        return False
    if span_b is None:
        return True
    return (span_a[1] - span_a[0]) < (span_b[1] - span_b[0])


def _sources_from_evidence(evidence: list[Evidence]) -> list[Source]:
    """One entry per (source, stance), in the order they were first seen."""
    seen: dict[tuple[str, str], Source] = {}
    for item in evidence:
        seen.setdefault((item.source, item.stance), Source(item.source, item.stance))
    return list(seen.values())


def merge_mentions(mentions: list[EventMention], published: str | None) -> list[EventMention]:
    """Fold the mentions of one article that describe the same event into one.

    An article often names an event several times (headline, lead, a later "the call"); each
    mention may carry a different source, and only together do they show that one side reports
    what the other denies. The first mention keeps its sentence and offsets.
    """
    merged: list[EventMention] = []
    for mention in mentions:
        # Of several candidates, an anaphoric mention ("such a call") means the closest one
        # before it of the same kind: the latest, preferring one whose mode agrees.
        candidates = [m for m in merged if _same_mention(m, mention, published)]
        candidates.sort(key=lambda m: mention.mode is not None and m.mode == mention.mode)
        target = candidates[-1] if candidates else None
        if target is None:
            merged.append(
                replace(mention, sources=list(mention.sources), topics=list(mention.topics))
            )
            continue
        target.mode = target.mode or mention.mode
        target.location = target.location or mention.location
        if mention.date is not None and (
            target.date is None or _narrower(mention.date, target.date)
        ):
            target.date = mention.date
        target.topics += [t for t in mention.topics if t not in target.topics]
        target.sources += [
            s
            for s in mention.sources
            if (s.name, s.stance) not in {(t.name, t.stance) for t in target.sources}
        ]
        target.negated = target.negated and mention.negated
        target.hypothetical = target.hypothetical and mention.hypothetical
        target.future = target.future and mention.future
    return merged


def _same_mention(a: EventMention, b: EventMention, published: str | None) -> bool:
    if a.type != b.type or not modes_compatible(a.mode, b.mode):
        return False
    if a.hypothetical != b.hypothetical or not a.participant_names():
        return False
    if _names(a.actors + a.recipients) != _names(b.actors + b.recipients):
        return False
    return dates_compatible(a.date, b.date, published, published)
