"""A reply's recipient: whoever last wrote or spoke to the one replying.

"Scholz sent him a letter ... Macron responded in writing" names no recipient for the response,
yet a reader knows it went to Scholz. A reply with no recipient of its own goes to the actors of
the latest earlier communication in the article that had the replying actor as its recipient.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsledger import docindex
from newsledger.model import EventMention, Participant


def address_replies(
    doc: Doc,
    events: list[EventMention],
    message_types: frozenset[str],
    reply_verbs: frozenset[str],
) -> None:
    """Give each reply without a recipient the senders of the message it answers.

    `message_types` are the event types a reply can answer (the vocabulary's `message` trait);
    `reply_verbs` the verbs of answering (its `reply_verbs`), found on the event word itself
    ("replied") or the verb it hangs from ("responded in writing", "answered with a letter").
    """
    ordered = sorted(events, key=lambda e: (e.start, e.trigger_start or 0))
    for n, event in enumerate(ordered):
        if event.recipients or not event.actors or not _is_reply(doc, event, reply_verbs):
            continue
        repliers = {a.name for a in event.actors}
        for earlier in reversed(ordered[:n]):
            if earlier.type not in message_types:
                continue
            if repliers & {r.name for r in earlier.recipients}:
                event.recipients = [
                    Participant(a.name, a.country, a.sector, a.text, a.start, a.end)
                    for a in earlier.actors
                    if a.name not in repliers
                ]
                break


def _is_reply(doc: Doc, event: EventMention, reply_verbs: frozenset[str]) -> bool:
    tok = docindex.head_at(doc, event.trigger_start, event.trigger_end)
    if tok is None:
        return False
    for _ in range(3):  # the word, and up through "in" / "with" to the verb it modifies
        if tok.lemma_.lower() in reply_verbs:
            return True
        if tok.dep_ not in ("pobj", "prep", "pcomp", "advcl", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
    return tok.lemma_.lower() in reply_verbs
