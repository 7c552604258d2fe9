"""Deciding which stored event each mention of a new article joins, and keeping events whole.

The merge rules themselves (same_event, dates_compatible, derive_status) are in merge.py; this
module applies them to events fetched through the store's Writer, inside the write transaction
the caller holds, so no other process merges at the same time.

An event is always rebuilt from all its mentions in one canonical order (earliest publication,
then article id, then position in the article), and its id is the key of the first of them
(merge.event_id). So its id, sentence, evidence and sources do not depend on which article was
ingested first: a newly ingested earlier report re-keys the event.

Where order can still matter: merging is greedy. A mention joins the first stored event the
rules accept, and an event is never split or re-merged when later mentions change its date or
its first article's date (which same_event reads), so with unusual date combinations two
ingestion orders can group mentions differently. Near-copies and exact duplicates likewise keep
whichever article arrived first as the original, and an actor's attributes are those of the
first article that named it.
"""

from __future__ import annotations

from newsledger.model import Article, Event, EventMention
from newsledger.resolve import merge
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
                event.status = self._status(w, event)
                w.save_event(event)
                w.insert_mention(article.id, position, event.id, mention)
                event_id = event.id
            else:
                w.insert_mention(article.id, position, match.id, mention)
                event_id = self.rebuild(w, match.id) or match.id
                touched = [event_id if t == match.id else t for t in touched]
            if event_id not in touched:
                touched.append(event_id)
        return touched

    def rebuild(self, w: Writer, event_id: str) -> str | None:
        """Recompute an event from its stored mentions, re-keying it when its first mention
        changed; delete it when none is left. The event's id afterwards, or None."""
        mentions = sorted(w.mentions_of(event_id), key=_canonical)
        if not mentions:
            w.delete_event(event_id)
            return None
        first = mentions[0]
        event = merge.new_event(first.mention, first.article_id, first.article_key)
        for item in mentions[1:]:
            merge.add_mention(event, item.mention, item.article_id)
        event.status = self._status(w, event)
        w.save_event(event, old_id=event_id)
        return event.id

    def _matching_event(
        self, w: Writer, mention: EventMention, published: str | None
    ) -> Event | None:
        candidates = w.events_with(mention.participant_names(), mention.type)
        if not candidates:
            return None
        first_published = w.published(e.evidence[0].article_id for e in candidates if e.evidence)
        matches = [
            e for e in candidates if merge.same_event(e, mention, first_published, published)
        ]
        # Prefer the event whose date agrees exactly, then the lowest id (a stable choice).
        matches.sort(key=lambda e: (e.date is None) != (mention.date is None))
        return matches[0] if matches else None

    def _status(self, w: Writer, event: Event) -> str:
        participants = [p.name for p in event.actors + event.recipients]
        return merge.derive_status(event.sources, participants, w.actor)


def _canonical(item: StoredMention) -> tuple:
    """Earliest publication first (undated articles last), then article id and position."""
    return (item.published is None, item.published or "", item.article_id, item.position)
