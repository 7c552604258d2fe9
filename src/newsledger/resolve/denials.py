"""'Brazil rejected the report': a denial of what a report told, not a rejection event.

Extraction codes "X rejected/dismissed/denied the report" as a REJECT whose object is the
report. A report is no actor, and what X rejects is the event the report told: the ledger
needs X as a source denying that event (product.md: a denial of "the report" refers to the
event the report told, with its place and date), and no REJECT event of its own. Within the
article, the report is the latest event told before the denial on the word of a news
organisation (a source whose role is media, or a quote cued by "reported"). Where the
article told no such event, the REJECT stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsledger import docindex
from newsledger.model import EventMention, Quote, Source, SourceRole, StanceKind

# Nouns for what the media told: the object of a rejection that denies an event.
REPORT_NOUNS = frozenset({"report", "story", "article", "broadcast"})
REPORT_CUES = ("report",)


def denials_of_reports(
    doc: Doc,
    events: list[EventMention],
    quotes: list[Quote],
    role_of: Callable[[Source, EventMention], str],
) -> list[EventMention]:
    """The events with each rejection of a report replaced by a denial: a mention of the
    event the report told, in the rejection's sentence, whose one source is the rejecter
    denying it (its trigger the report noun, so the merge records "'the report' refers back
    to ..."). `role_of` decides the rejecter's role for that event."""
    out: list[EventMention] = []
    ordered = sorted(events, key=lambda e: (e.start, e.trigger_start or 0))
    for event in events:
        report = _report_object(doc, event) if event.type == "REJECT" and event.actors else None
        told = _reported(ordered[: _index(ordered, event)], quotes) if report else None
        if report is None or told is None:
            out.append(event)
            continue
        denial = replace(
            told,
            actors=list(told.actors),
            recipients=list(told.recipients),
            topics=list(told.topics),
            contexts=list(told.contexts),
            sources=[],
            merged=[],
            sentence=event.sentence,
            start=event.start,
            end=event.end,
            trigger=report.text,
            trigger_start=report.idx,
            trigger_end=report.idx + len(report.text),
        )
        for actor in event.actors:
            source = Source(actor.name, StanceKind.DENIES, actor.text, actor.start, actor.end)
            source.role = role_of(source, denial)
            denial.sources.append(source)
        out.append(denial)
    return out


def _index(ordered: list[EventMention], event: EventMention) -> int:
    return next(i for i, e in enumerate(ordered) if e is event)


def _report_object(doc: Doc, event: EventMention) -> Token | None:
    """The report a rejection is of ("rejected the report"), or None."""
    word = docindex.head_at(doc, event.trigger_start, event.trigger_end)
    if word is None:
        return None
    objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((o for o in objects if o.lemma_.lower() in REPORT_NOUNS), None)


def _reported(earlier: list[EventMention], quotes: list[Quote]) -> EventMention | None:
    """The latest earlier event told on a news organisation's word."""
    for event in reversed(earlier):
        if not (event.actors or event.recipients) or event.type == "REJECT":
            continue
        if any(s.role == SourceRole.MEDIA for s in event.sources):
            return event
        if any(
            (q.cue or "").lower().startswith(REPORT_CUES)
            and event.start <= q.start < event.end
            and q.stance == StanceKind.ASSERTS
            for q in quotes
        ):
            return event
    return None
