"""Event mentions built by hand over a parsed text, for tests of the stages that read them."""

from __future__ import annotations

from newsledger.model import EventMention


def event_at(doc, trigger: str, after: str = "") -> EventMention:
    """An event mention built by hand: the first `trigger` after the text `after`."""
    begin = doc.text.index(trigger, doc.text.index(after) if after else 0)
    sent = doc.char_span(begin, begin + len(trigger), alignment_mode="expand").sent
    return EventMention(
        type="CONSULT",
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        trigger=trigger,
        trigger_start=begin,
        trigger_end=begin + len(trigger),
    )


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The character offsets of the `nth` (from 0) occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def resolver_of(pipeline, text: str):
    """A mention resolver over `text` parsed by `pipeline`, as of a fixed day."""
    from newsledger.resolve.coref import MentionResolver
    from newsledger.resolve.kb import ActorBase

    return MentionResolver(pipeline(text), ActorBase.default(), "2026-03-01")
