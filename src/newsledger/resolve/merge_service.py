"""Deciding which stored event each mention of a new article joins, and keeping events whole.

The merge rules themselves (same_event, dates_compatible, derive_status) are in merge.py; this
module applies them to events fetched through the store's Writer, inside the write transaction
the caller holds, so no other process merges at the same time.

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

from dataclasses import replace
from datetime import date, timedelta

from newsledger.model import Actor, Article, Event, EventDate, EventMention, SourceRole
from newsledger.resolve import merge, roles
from newsledger.store.repository import StoredMention, Writer


class MergeService:
    """Merges article mentions into ledger events through a store Writer."""

    def merge_article(self, w: Writer, article: Article, article_key: str) -> list[str]:
        """Store each mention of `article` and merge it; the ids of the events it touched."""
        touched: list[str] = []
        for position, mention in enumerate(article.events):
            if not mention.participant_names() or mention.hypothetical:
                w.insert_mention(article.id, position, None, mention)
                continue
            match = self._matching_event(w, mention, article.published)
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
        candidates = w.events_with(mention.participant_names(), mention.type, _window(mention.date))
        if not candidates:
            return None
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
        # Prefer the event whose date agrees exactly, then the lowest id (a stable choice).
        matches.sort(key=lambda e: (e.date is None) != (mention.date is None))
        return matches[0] if matches else None


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
            because = merge.compare(
                event, item.mention, members[0].published, item.published, partial=True
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
