"""Resolution of one article: its mention spans -> actors, as of the publication date.

Extraction leaves participants, speakers and sources as text spans ("he", "the Russian
president", "the two leaders"); this is the one place that turns them into actors, in order:
the coreference resolver per span (a past event's "the US leader" is whoever led then), the
leaders of countries meeting at a summit, pair phrases ("the two presidents"), the recipients
of replies, the event an anaphoric mention points back to ("no such meeting"), each source's
role, the merge of mentions of one event within the article and each event's status.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger.model import (
    Actor,
    ActorKind,
    Article,
    Entity,
    EventMention,
    Participant,
    Quote,
    Source,
)
from newsledger.resolve.anaphora import tie_anaphora
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.dates import approximate_dates
from newsledger.resolve.kb import ActorBase
from newsledger.resolve.merge import derive_status, merge_mentions
from newsledger.resolve.pairs import resolve_pairs
from newsledger.resolve.replies import address_replies
from newsledger.resolve.roles import source_role, speakers_owners

# Meetings that are by definition between leaders: "the Russia-US summit" is a meeting of the
# two countries' leaders in office at its date.
LEADER_MEETINGS = frozenset({"summit", "summits"})


@dataclass
class Resolved:
    """An article's resolved events (merged, with status), actors and named entities."""

    events: list[EventMention]
    actors: list[Actor]
    entities: list[Entity]


class _Actors:
    """Spans -> actors through the coreference resolver, collecting every actor named."""

    def __init__(self, resolver: MentionResolver) -> None:
        self.resolver = resolver
        self.found: dict[str, Actor] = {a.name: a for a in resolver.actors()}

    def __call__(self, start: int | None, end: int | None, day: str | None = None) -> Actor | None:
        if start is None or end is None:
            return None
        actor = self.resolver.resolve(start, end, day)
        if actor is not None:
            self.found.setdefault(actor.name, actor)
        return actor


def resolve_article(
    doc: Doc,
    article: Article,
    quotes: list[Quote],
    events: list[EventMention],
    kb: ActorBase,
    message_types: frozenset[str],
) -> Resolved:
    """Resolve the article's quotes (speakers, in place) and events; `message_types` are the
    event types a reply may answer."""
    published = article.published
    resolver = MentionResolver(doc, kb, published)
    entities = resolver.entities()
    resolve = _Actors(resolver)
    for quote in quotes:
        actor = resolve(quote.speaker_start, quote.speaker_end)
        quote.speaker = actor.name if actor else quote.speaker_text
    outlet = article.site or "the outlet"
    for event in events:
        # "the US leader" in a past event is whoever led then, not at publication.
        day = _past_day(event, published)
        event.actors = _participants(event.actors, resolve, day)
        actor_names = {a.name for a in event.actors}
        event.recipients = [
            p for p in _participants(event.recipients, resolve, day) if p.name not in actor_names
        ]
        if (event.trigger or "").lower() in LEADER_MEETINGS:
            event.actors = _leaders(event.actors, kb, event, published)
        event.sources = _sources(event.sources, resolve, outlet)
    _resolve_pairs(events, resolve.found, quotes, kb, published)
    address_replies(doc, events, message_types)
    tie_anaphora(events, published)
    _assign_roles(doc, events, resolve)
    merged = merge_mentions([e for e in events if e.actors or e.recipients], published, article.id)
    approximate_dates(merged, published)
    for event in merged:
        event.status = derive_status(event.sources, event.participant_names())
    return Resolved(merged, list(resolve.found.values()), entities)


def _assign_roles(doc: Doc, events: list[EventMention], resolve: _Actors) -> None:
    """Each source's role for its event: its actor, and whom its phrase says it speaks for."""
    for event in events:
        participants = event.actors + event.recipients
        for source in event.sources:
            owners: list[Actor] = []
            if source.start is not None and source.end is not None:
                for start, end in speakers_owners(doc, source.start, source.end):
                    owner = resolve(start, end)
                    if owner is not None:
                        owners.append(owner)
            actor = resolve.found.get(source.name)
            source.role = source_role(source, actor, participants, resolve.found.get, owners)


def _past_day(event: EventMention, published: str | None) -> str | None:
    """The first day of an event dated before its article (None when undated or not past)."""
    when = event.date
    if when is None or not when.start or not when.end or event.future:
        return None
    return when.start if published is None or when.end < published[:10] else None


def _participants(
    participants: list[Participant], resolve: _Actors, day: str | None = None
) -> list[Participant]:
    resolved: dict[str, Participant] = {}
    for p in participants:
        actor = resolve(p.start, p.end, day)
        if actor is None:
            continue  # an unresolvable span ("it", "the sides") is not an actor
        resolved.setdefault(
            actor.name,
            Participant(actor.name, actor.country, actor.sector, p.text, p.start, p.end),
        )
    return list(resolved.values())


def _leaders(
    participants: list[Participant], kb: ActorBase, event: EventMention, published: str | None
) -> list[Participant]:
    """Countries meeting at a summit are their leaders as of the summit's date."""
    day = (event.date.start if event.date and event.date.start else None) or published
    leaders: list[Participant] = []
    for p in participants:
        known = kb.lookup(p.name, day)
        is_place = known is not None and known.kind == ActorKind.PLACE
        name = kb.holder(p.country, "leader", day) if is_place else None
        leader = kb.actor(name, day) if name else None
        if leader is None:
            leaders.append(p)
        else:
            leaders.append(
                Participant(leader.name, leader.country, leader.sector, p.text, p.start, p.end)
            )
    return leaders


def _sources(sources: list[Source], resolve: _Actors, outlet: str) -> list[Source]:
    resolved: dict[tuple[str, str], Source] = {}
    for s in sources:
        actor = resolve(s.start, s.end) if s.start is not None else None
        name = actor.name if actor else s.name or outlet
        resolved.setdefault((name, s.stance), Source(name, s.stance, s.text, s.start, s.end))
    return list(resolved.values())


def _resolve_pairs(
    events: list[EventMention],
    actors: dict[str, Actor],
    quotes: list[Quote],
    kb: ActorBase,
    published: str | None,
) -> None:
    """'The two presidents' -> the pair an earlier event names; the phrase is no actor then."""

    def country(code: str) -> Participant | None:
        place = kb.lookup(kb.country_names.get(code, code), published)
        if place is None or place.kind != ActorKind.PLACE:
            return None
        actors.setdefault(place.name, place)
        return Participant(place.name, place.country, place.sector)

    speakers = {q.speaker for q in quotes}
    for name in resolve_pairs(events, actors.get, country):
        if name not in speakers:
            actors.pop(name, None)
