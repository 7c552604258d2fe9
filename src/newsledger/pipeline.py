"""The pipeline: read -> clean -> analyse -> extract -> resolve -> store, in batches.

Each stage is a function of the previous stage's output; this module only orders them.
Mentions are extracted as text spans first (who is "he"? which office is "the Russian
president"?) and resolved to actors afterwards, so extraction never depends on the knowledge
base and each stage can be tested alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from newsledger import nlp
from newsledger.clean.language import detect_language
from newsledger.extract.events import extract_events
from newsledger.extract.quotes import extract_quotes
from newsledger.extract.stance import attach_sources
from newsledger.extract.times import extract_times
from newsledger.extract.topics import attach_topics
from newsledger.model import Actor, Article, Participant, Source
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase
from newsledger.resolve.merge import derive_status, merge_mentions
from newsledger.resolve.pairs import resolve_pairs
from newsledger.resolve.replies import address_replies

BATCH_SIZE = 16
# Meetings that are by definition between leaders: "the Russia-US summit" is a meeting of the
# two countries' leaders in office at its date.
LEADER_MEETINGS = frozenset({"summit", "summits"})


@dataclass
class Stages:
    """The loaded, shared parts of the pipeline: built once per process."""

    kb: ActorBase

    @classmethod
    def load(cls) -> Stages:
        nlp.load()
        return cls(kb=ActorBase.default())


def analyze(
    articles: Iterable[Article], stages: Stages | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Article]:
    """Analyse articles in batches through one spaCy pipeline; yields each as it is done."""
    stages = stages or Stages.load()
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _analyze_batch(pending, stages)
            pending = []
    if pending:
        yield from _analyze_batch(pending, stages)


def _analyze_batch(batch: list[Article], stages: Stages) -> Iterator[Article]:
    docs = nlp.parse([a.body for a in batch], batch_size=len(batch))
    for article, doc in zip(batch, docs, strict=True):
        analyze_doc(article, doc, stages)
        yield article


def analyze_doc(article: Article, doc: Doc, stages: Stages) -> Article:
    """Run every extraction and resolution stage on one parsed article."""
    if not article.language:
        article.language = detect_language(article.body)
    dct = _date(article.published)

    # extract: spans only
    article.times = extract_times(doc, dct)
    quotes = extract_quotes(doc)
    events = [e for e in extract_events(doc, article.times) if not _subheading(doc, article, e)]
    attach_topics(doc, events)
    outlet = article.site or "the outlet"
    attach_sources(doc, events, quotes, outlet)

    # resolve: spans -> actors, as of the publication date
    resolver = MentionResolver(doc, stages.kb, article.published)
    article.entities = resolver.entities()
    actors: dict[str, Actor] = {a.name: a for a in resolver.actors()}

    def resolve(
        text: str | None, start: int | None, end: int | None, day: str | None = None
    ) -> Actor | None:
        if start is None or end is None:
            return None
        actor = resolver.resolve(start, end, day)
        if actor is not None:
            actors.setdefault(actor.name, actor)
        return actor

    for quote in quotes:
        actor = resolve(quote.speaker_text, quote.speaker_start, quote.speaker_end)
        quote.speaker = actor.name if actor else quote.speaker_text
    article.quotes = quotes

    for event in events:
        # "the US leader" in a past event is whoever led then, not at publication.
        day = _past_day(event, article.published)
        event.actors = _resolved_participants(event.actors, resolve, day)
        event.recipients = [
            p
            for p in _resolved_participants(event.recipients, resolve, day)
            if p.name not in {a.name for a in event.actors}
        ]
        if (event.trigger or "").lower() in LEADER_MEETINGS:
            event.actors = _leaders(event.actors, stages.kb, event, article.published)
        event.sources = _resolved_sources(event.sources, resolve, outlet)
        if event.negated:
            # A source telling that something did not happen denies it.
            event.sources = [
                Source(s.name, "denies", s.text, s.start, s.end) if s.stance == "asserts" else s
                for s in event.sources
            ]
    _resolve_pairs(events, actors, quotes, stages.kb, article.published)
    address_replies(doc, events)
    events = merge_mentions([e for e in events if e.actors or e.recipients], article.published)
    for event in events:
        event.status = derive_status(event.sources, event.participant_names(), actors.get)
    article.events = events
    article.actors = list(actors.values())
    return article


def _resolve_pairs(
    events: list, actors: dict[str, Actor], quotes: list, kb: ActorBase, published: str | None
) -> None:
    """'The two presidents' -> the pair an earlier event names; the phrase is no actor then."""

    def country(code: str) -> Participant | None:
        place = kb.lookup(kb.country_names.get(code, code), published)
        if place is None or place.kind != "place":
            return None
        actors.setdefault(place.name, place)
        return Participant(place.name, place.country, place.sector)

    speakers = {q.speaker for q in quotes}
    for name in resolve_pairs(events, actors.get, country):
        if name not in speakers:
            actors.pop(name, None)


def _subheading(doc: Doc, article: Article, event) -> bool:
    """A verbless line of its own inside the body ("Contacts with American leaders") labels
    the section below it; the events are told there, so it adds no mention of its own. The
    headline is not a subheading: it is often the only statement of its event."""
    if article.title_start is not None and event.start == article.title_start:
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, event.start) + 1
    line_end = text.find("\n", event.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip() != event.sentence.strip():
        return False  # part of a paragraph
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _past_day(event, published: str | None) -> str | None:
    """The first day of an event dated before its article (None when undated or not past)."""
    when = event.date
    if when is None or not when.start or not when.end or event.future:
        return None
    return when.start if published is None or when.end < published[:10] else None


def _resolved_participants(
    participants: list[Participant], resolve, day: str | None = None
) -> list[Participant]:
    resolved: dict[str, Participant] = {}
    for p in participants:
        actor = resolve(p.text, p.start, p.end, day)
        if actor is None:
            continue  # an unresolvable span ("it", "the sides") is not an actor
        resolved.setdefault(
            actor.name,
            Participant(actor.name, actor.country, actor.sector, p.text, p.start, p.end),
        )
    return list(resolved.values())


def _leaders(
    participants: list[Participant], kb: ActorBase, event, published: str | None
) -> list[Participant]:
    """Countries meeting at a summit are their leaders as of the summit's date."""
    day = (event.date.start if event.date and event.date.start else None) or published
    leaders: list[Participant] = []
    for p in participants:
        known = kb.lookup(p.name, day)
        name = kb.holder(p.country, "leader", day) if known and known.kind == "place" else None
        leader = kb.actor(name, day) if name else None
        if leader is None:
            leaders.append(p)
        else:
            leaders.append(
                Participant(leader.name, leader.country, leader.sector, p.text, p.start, p.end)
            )
    return leaders


def _resolved_sources(sources: list[Source], resolve, outlet: str) -> list[Source]:
    resolved: dict[tuple[str, str], Source] = {}
    for s in sources:
        actor = resolve(s.text, s.start, s.end) if s.start is not None else None
        name = actor.name if actor else s.name or outlet
        resolved.setdefault((name, s.stance), Source(name, s.stance, s.text, s.start, s.end))
    return list(resolved.values())


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
