"""Deciding which stored event each mention of a new article joins, and keeping events whole.

The merge rules themselves (same_event, dates_compatible, derive_status) are in merge.py; this
module applies them to events fetched through the store's Writer, inside the write transaction
the caller holds, so no other process merges at the same time.

Before matching, a mention is read with what the ledger knows: a person the article names by
one name only gets the full name of the one stored person it can be (`_known_people`), and a
pair phrase its article could not resolve ("the two foreign ministers") the pair of the one
stored event it fits (`_ledger_pairs`).

Each event's sources are also placed with what the ledger knows (roles.ledger_role): a source
an article could not tie to a participant becomes that participant's side when the actors
table knows the participant's country from another article.

An event is always rebuilt from all its mentions in one canonical order (earliest publication,
then article id, then position in the article), and its id is the key of the first of them
(merge.event_id). So its id, sentence, evidence and sources do not depend on which article was
ingested first: a newly ingested earlier report re-keys the event.

A rebuild also re-decides membership: it walks the event's mentions in canonical order and
each joins the first group whose event so far it is compatible with (merge.same_event), so a
mention that a later article tells apart (another date, another place) splits off into an event
of its own. Where order can still matter: merging is greedy. A mention joins the first stored
event the rules accept, and two events are never re-merged when later mentions make them
compatible, so with unusual date combinations two ingestion orders can group mentions
differently. Near-copies and exact duplicates likewise keep
whichever article arrived first as the original, and an actor's attributes are those of the
first article that named it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import and_, or_, select

from newsledger.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventDate,
    EventMention,
    Participant,
    SourceRole,
    from_json,
)
from newsledger.resolve import merge, pairs, roles
from newsledger.store import schema
from newsledger.store.repository import StoredMention, Writer


class MergeService:
    """Merges article mentions into ledger events through a store Writer."""

    def prepare(self) -> None:
        """Load what merging reads besides the ledger (the actor base's country names) now,
        not inside the first save: with worker processes this process loads nothing else,
        and the load then overlaps the workers' own start."""
        merge.prepare()

    def merge_article(self, w: Writer, article: Article, article_key: str) -> list[str]:
        """Store each mention of `article` and merge it; the ids of the events it touched."""
        touched: list[str] = []
        for position, mention in enumerate(article.events):
            # Hypothetical and future mentions are kept with their article, but the ledger
            # holds events that happened (product.md): a meeting "due on Friday" is none yet.
            if not mention.participant_names() or mention.hypothetical or mention.future:
                w.insert_mention(article.id, position, None, mention)
                continue
            _known_people(w, mention)
            _ledger_pairs(w, mention, article.published)
            match = self._matching_event(w, mention, article.published)
            if match is None and mention.unclaimed_denial():
                w.insert_mention(article.id, position, None, mention)
                continue
            if match is None:
                event = merge.new_event(mention, article.id, article_key)
                _ledger_roles(w, event)
                event.status = merge.derive_status(event.sources, event.participant_names())
                w.save_event(event)
                w.insert_mention(article.id, position, event.id, mention)
                event_id = event.id
            else:
                w.insert_mention(article.id, position, match.id, mention)
                rebuilt = self._rebuild(w, match.id) or [match.id]
                event_id = rebuilt[0]
                touched = [event_id if t == match.id else t for t in touched]
                touched += [t for t in rebuilt[1:] if t not in touched]
            if event_id not in touched:
                touched.append(event_id)
        return touched

    def rebuild(self, w: Writer, event_id: str) -> str | None:
        """Recompute an event from its stored mentions, re-keying it when its first mention
        changed and splitting off the mentions its own evidence no longer joins; delete it
        when none is left. The event's id afterwards (that of its first group), or None."""
        rebuilt = self._rebuild(w, event_id)
        return rebuilt[0] if rebuilt else None

    def _rebuild(self, w: Writer, event_id: str) -> list[str]:
        """The rebuild itself: the ids of the event and of any split off it, first group first."""
        mentions = sorted(w.mentions_of(event_id), key=_canonical)
        if not mentions:
            w.delete_event(event_id)
            return []
        ids: list[str] = []
        for n, (event, members) in enumerate(_groups(mentions)):
            _ledger_roles(w, event)
            event.status = merge.derive_status(event.sources, event.participant_names())
            w.save_event(event, old_id=event_id if n == 0 else None)
            ids.append(event.id)
            if n > 0:
                for item in members:
                    w.move_mention(item.article_id, item.position, event.id)
        return ids

    def _matching_event(
        self, w: Writer, mention: EventMention, published: str | None
    ) -> Event | None:
        names = mention.participant_names()
        candidates = w.events_with(names, mention.type, _window(mention.date))
        if not candidates:
            # "X met Z during his visit to Norway" adds Z's own country beside her: the
            # event told without it is the same one (merge.compare's partial reading).
            core = [n for n in names if n not in _redundant_countries(w, mention)]
            if core != names and core:
                candidates = w.events_with(core, mention.type, _window(mention.date))
        if not candidates:
            # "Armenia's government denied that it had signed" and "Armenia signed": the
            # events told with the country for its government, or the other way round.
            for named in merge.other_namings(mention):
                candidates = w.events_with(named, mention.type, _window(mention.date))
                if candidates:
                    break
        if not candidates:
            return _described_match(w, mention, published)
        first_published = w.published(e.evidence[0].article_id for e in candidates if e.evidence)
        matches = [
            e for e in candidates if merge.same_event(e, mention, first_published, published)
        ]
        if not matches:
            # A mention naming only some of an event's participants ("Abiy reviewed the line
            # in their call") joins it when it is the only such event it fits.
            partial = [
                e
                for e in candidates
                if merge.same_event(e, mention, first_published, published, partial=True)
            ]
            matches = partial if len(partial) == 1 else []
        if not matches:
            return _described_match(w, mention, published)
        # Prefer the event whose date agrees exactly, then the lowest id (a stable choice).
        matches.sort(key=lambda e: (e.date is None) != (mention.date is None))
        return matches[0] if matches else None


def _redundant_countries(w: Writer, mention: EventMention) -> set[str]:
    """The countries among the mention's participants that one of their own people or bodies
    also among them already stands for (a person's country as the article or, failing that,
    the ledger knows it)."""
    parts = mention.actors + mention.recipients
    stored = {p.name: w.actor(p.name) for p in parts}
    places = {
        p.name: p.country or a.country
        for p in parts
        if (a := stored[p.name]) is not None and a.kind == ActorKind.PLACE
    }
    others = {
        p.country or a.country
        for p in parts
        if (a := stored[p.name]) is not None and a.kind != ActorKind.PLACE
    }
    return {name for name, code in places.items() if code and code in others}


def _described_match(w: Writer, mention: EventMention, published: str | None) -> Event | None:
    """The one stored event that tells the mention's fact while describing some of the sides
    the other names ("Villaveces discussed patrols with his Peruvian counterpart during their
    March 2 call" and "Villaveces and Quispe spoke on March 2", in either order): they share a
    named participant, and each described one stands for a participant of the other
    (merge.covers). A mention describing every side is looked for among the events of its
    type on its explicit day only."""
    names = set(mention.participant_names())
    named = names - merge.vague_names(mention)
    window = _window(mention.date)
    if not named:
        # Only described sides ("the foreign ministers of Chile and Peru held talks in
        # Arica on May 2"): the events of that type on its explicit day.
        if window is None or mention.date is None or mention.date.approximate:
            return None
        candidates = _events_near(w, mention, published)
    elif named != names:  # the mention describes: the events naming what it names
        candidates = w.events_with(sorted(named), mention.type, window)
    else:  # the mention names: stored events describing some of its sides
        candidates = w.events_with_any(sorted(named), mention.type, window)
    first = w.published(e.evidence[0].article_id for e in candidates if e.evidence)
    fits = []
    for e in candidates:
        stored = first.get(e.evidence[0].article_id) if e.evidence else None
        if named != names:
            because = merge.covers(e, mention, stored, published)
        else:
            because = merge.covers(mention, e, published, stored)
        if because is not None:
            fits.append(e)
    return fits[0] if len(fits) == 1 else None


def _known_people(w: Writer, mention: EventMention) -> None:
    """Name in full each participant an article calls by one name only ("Villaveces" in a
    follow-up that never gives his first name) when the ledger knows exactly one person of
    that name from another article ("Andres Villaveces"), taking its country and sector.

    Follow-up stories often name people as their readers already know them; left as they are,
    such a mention shares no participant with the event it continues and is never merged.
    Only a person whose every known word contains the name, and whose country does not
    contradict the mention's, qualifies; two such people leave the name as it is.
    """
    for role in ("actors", "recipients"):
        people = getattr(mention, role)
        for n, p in enumerate(people):
            if len(p.name.split()) != 1 or not p.name[:1].isupper():
                continue
            actor = w.actor(p.name)
            if actor is not None and (actor.kind != ActorKind.PERSON or actor.country):
                continue  # a country, an organisation, or a person the article already placed
            full = _only_person_named(w, p.name, p.country)
            if full is not None and all(q.name != full.name for q in people):
                people[n] = replace(
                    p, name=full.name, country=full.country, sector=p.sector or full.sector
                )


def _ledger_pairs(w: Writer, mention: EventMention, published: str | None) -> None:
    """Name the pair a follow-up's pair phrase points back to when its own article named none
    ("Asked about the report of a meeting between the two foreign ministers ..."): the one
    stored event of the mention's type, of exactly two people holding the office the phrase
    names, that the mention would join (mode, date and place compatible; an undated mention
    only an event shortly before its article). Of several such events, none is chosen."""
    phrases = [
        p for p in mention.actors if p.name == p.text and pairs.pair_kind(p.text) == "person"
    ]
    if len(phrases) != 1 or mention.recipients or len(mention.actors) != 1:
        return
    phrase = phrases[0]
    found: list[list[Participant]] = []
    for event in _events_near(w, mention, published):
        people = [p for p in event.actors + event.recipients if _is_person(w, p.name)]
        actors = [w.actor(p.name) for p in people]
        if len(people) != 2 or not pairs.fits_office(phrase.text or "", [a for a in actors if a]):
            continue
        trial = replace(mention, actors=list(people), recipients=[])
        first = w.published(e.article_id for e in event.evidence[:1])
        if merge.same_event(event, trial, first, published) is not None:
            found.append(people)
    if len(found) == 1:
        mention.actors = [
            Participant(p.name, p.country, p.sector, phrase.text, phrase.start, phrase.end)
            for p in found[0]
        ]


def _is_person(w: Writer, name: str) -> bool:
    actor = w.actor(name)
    return actor is not None and actor.kind == ActorKind.PERSON


def _events_near(w: Writer, mention: EventMention, published: str | None) -> list[Event]:
    """Stored events of the mention's type that may fall on its date (an undated mention:
    the weeks before its article)."""
    window = _window(mention.date)
    if window is None:
        day = _day(published)
        if day is None:
            return []
        window = (
            (day - merge.UNDATED_WINDOW).isoformat(),
            (day + timedelta(days=1)).isoformat(),
        )
    table = schema.events
    rows = w.conn.execute(
        select(table.c.data).where(
            table.c.type == mention.type,
            or_(
                table.c.date_start.is_(None),
                table.c.date_end.is_(None),
                and_(table.c.date_start <= window[1], table.c.date_end >= window[0]),
            ),
        )
    ).scalars()
    return [from_json(Event, json.loads(data)) for data in rows]


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _only_person_named(w: Writer, word: str, country: str | None) -> Actor | None:
    """The one stored person with `word` among the words of a longer name, or None."""
    pattern = f"%{word}%"
    rows = w.conn.execute(
        select(schema.actors).where(
            schema.actors.c.kind == ActorKind.PERSON, schema.actors.c.name.like(pattern)
        )
    ).all()
    found = [
        Actor(name=r.name, kind=r.kind, country=r.country, sector=r.sector, role=r.role)
        for r in rows
        if word.lower() in r.name.lower().split()
        and r.name != word
        and (country is None or r.country in (None, country))
    ]
    return found[0] if len(found) == 1 else None


def _ledger_roles(w: Writer, event: Event) -> None:
    """Upgrade to a participant's side each source an article could not place but the
    ledger can: the actors table knows a participant's country from another article
    (roles.ledger_role). Evidence and the event's sources follow; nothing is downgraded."""
    known: dict[str, Actor | None] = {}

    def actor_of(name: str) -> Actor | None:
        if name not in known:
            known[name] = w.actor(name)
        return known[name]

    participants = event.actors + event.recipients
    changed = False
    for n, item in enumerate(event.evidence):
        if item.role != SourceRole.OTHER:
            continue
        if roles.ledger_role(actor_of(item.source), participants, actor_of) is not None:
            event.evidence[n] = replace(item, role=SourceRole.PARTICIPANT)
            changed = True
    if changed:
        event.sources = merge.sources_from_evidence(event.evidence)


def _groups(mentions: list[StoredMention]) -> list[tuple[Event, list[StoredMention]]]:
    """The mentions (in canonical order) grouped into events: each joins the first group whose
    event so far it is compatible with, recording why; the rest start groups of their own."""
    groups: list[tuple[Event, list[StoredMention]]] = []
    for item in mentions:
        for event, members in groups:
            first = members[0].published
            # Another article's telling in the group lets a state's body stand for the state
            # (merge.compare), though the article's own headline joined the group first.
            across = any(m.article_id != item.article_id for m in members)
            because = merge.compare(
                event, item.mention, first, item.published, partial=True, across=across
            )
            if because is None:
                because = merge.covers(event, item.mention, first, item.published)
            if because is None and merge.covers(item.mention, event, item.published, first):
                # The new mention names the sides the group so far only described.
                because = ["names the participants the event described"]
                event.actors, event.recipients = (
                    list(item.mention.actors),
                    list(item.mention.recipients),
                )
            if because is not None:
                merge.add_mention(event, item.mention, item.article_id, because)
                members.append(item)
                break
        else:
            event = merge.new_event(item.mention, item.article_id, item.article_key)
            groups.append((event, [item]))
    return groups


def _canonical(item: StoredMention) -> tuple:
    """Earliest publication first (undated articles last), then article id and position."""
    return (item.published is None, item.published or "", item.article_id, item.position)


# Wider than any slack the merge rules allow between two dated tellings of one event (a letter
# is dated a day apart by its sender and its recipient): a window only narrows the candidates.
WINDOW_MARGIN = timedelta(days=3)


def _window(when: EventDate | None) -> tuple[str, str] | None:
    """The days a dated mention's event may fall on, for the candidate query (None: any)."""
    if when is None or not when.start or not when.end:
        return None
    try:
        first = date.fromisoformat(when.start[:10]) - WINDOW_MARGIN
        last = date.fromisoformat(when.end[:10]) + WINDOW_MARGIN
    except ValueError:
        return None
    return first.isoformat(), last.isoformat()
