"""The data model: typed records that flow through the pipeline and out as JSON.

Every stage takes and returns these objects, so a stage can be tested alone and the JSON shape
(product.md's `analyze` output) is defined in exactly one place. Fields marked
``internal`` are working state (mention spans, hashes, raw bytes) that later stages need but
that are not part of the public JSON shape.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal

STANCES = ("asserts", "denies", "hedges")
STATUSES = ("confirmed", "reported", "denied", "disputed")

Stance = Literal["asserts", "denies", "hedges"]


class StanceKind(StrEnum):
    """What a source says of an event."""

    ASSERTS = "asserts"
    DENIES = "denies"
    HEDGES = "hedges"


class Status(StrEnum):
    """An event's status over all its sources (derived, never extracted)."""

    CONFIRMED = "confirmed"
    REPORTED = "reported"
    DENIED = "denied"
    DISPUTED = "disputed"


class SourceRole(StrEnum):
    """Who a source is relative to the event: its own side, another party, the media."""

    PARTICIPANT = "participant"
    OTHER = "other"
    MEDIA = "media"
    OUTLET = "outlet"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    GROUP = "group"


@dataclass
class Skipped:
    """An input (or a record inside one) that was not read, and why (one line, for the user)."""

    input: str
    reason: str


def internal(default: Any = None, factory: Any = None) -> Any:
    """A field kept on the object but left out of its JSON form."""
    if factory is not None:
        return field(default_factory=factory, metadata={"internal": True}, compare=False)
    return field(default=default, metadata={"internal": True}, compare=False)


@functools.cache
def _field_names(cls: type, with_internal: bool) -> tuple[str, ...]:
    """The fields of a model class that go into its JSON form (read once per class: the store
    turns thousands of objects to and from JSON per article)."""
    return tuple(f.name for f in fields(cls) if with_internal or not f.metadata.get("internal"))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_json(value: Any, with_internal: bool = False) -> Any:
    """Turn model objects (and lists of them) into plain JSON-ready values.

    `with_internal` keeps the working fields too (bytes excepted), for storage that must
    rebuild the objects exactly.
    """
    if hasattr(value, "__dataclass_fields__"):
        return {
            name: to_json(item, with_internal)
            for name in _field_names(type(value), with_internal)
            if not isinstance(item := getattr(value, name), bytes)
        }
    if isinstance(value, list | tuple):
        return [to_json(v, with_internal) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v, with_internal) for k, v in value.items()}
    return value


def from_json(cls: type, data: Any) -> Any:
    """Rebuild a model object (nested dataclasses and lists included) from `to_json` output."""
    if data is None:
        return None
    converters = _converters(cls)
    return cls(
        **{
            k: v if (convert := converters[k]) is None or v is None else convert(v)
            for k, v in data.items()
            if k in converters
        }
    )


@functools.cache
def _converters(cls: type) -> dict[str, Callable[[Any], Any] | None]:
    """Per field of `cls`, how to rebuild its JSON value (None: as it is). Worked out once per
    class, because the store decodes thousands of stored events and mentions per article."""
    return {name: _converter(hint) for name, hint in _hints(cls).items()}


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        arg = next((a for a in typing.get_args(hint) if a is not type(None)), None)
        return None if arg is None else _converter(arg)
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        item = _converter(item_hint)
        if item is None:
            return list
        return lambda values: [None if v is None else item(v) for v in values]
    if isinstance(hint, type) and hasattr(hint, "__dataclass_fields__"):
        return functools.partial(from_json, hint)
    return None


@dataclass
class Furniture:
    """A line of page furniture (ticker, menu, share line, byline, ...) kept apart from the body."""

    text: str
    kind: str
    line: int | None = internal()  # 0-based line number in the raw dump, for re-assembly


@dataclass
class Actor:
    """A resolved actor: a person, organisation, place or group, as of the article's date."""

    name: str
    kind: str = "person"  # person | organization | place | group
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # PLOVER sector code: GOV, MIL, JRN, ...
    role: str | None = None
    aliases: list[str] = internal(factory=list)


@dataclass
class Entity:
    """A named-entity span in the body; `actor` is the canonical actor it resolves to."""

    text: str
    label: str
    start: int
    end: int
    actor: str | None = None


@dataclass
class TimeExpr:
    """A time expression with its TIMEX3 type and value, normalised against the publication date."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    # The calendar interval the value covers, ISO dates (None for vague or unanchored values).
    range_start: str | None = internal()
    range_end: str | None = internal()


@dataclass
class QuotePart:
    """One contiguous piece of a quotation that its attribution interrupts."""

    start: int
    end: int


@dataclass
class Quote:
    """Who said what: content span, cue, speaker mention and the actor it resolves to."""

    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    stance: str = "asserts"
    # A quotation its attribution interrupts ('"Q1," she said. "Q2."', or fragments quoted
    # under one cue) is one quote: `text` joins its pieces, `start`..`end` runs from the first
    # to the last, and `parts` keeps each piece's exact span. Empty for a quote in one piece,
    # whose `text` is body[start:end].
    parts: list[QuotePart] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        """The exact spans of the quoted words: the parts, or start..end for one piece."""
        return [(p.start, p.end) for p in self.parts] or [(self.start, self.end)]


@dataclass
class Participant:
    """An actor or recipient of an event mention: the mention span and what it resolves to."""

    name: str
    country: str | None = None
    sector: str | None = None
    text: str | None = internal()
    start: int | None = internal()
    end: int | None = internal()


@dataclass
class EventDate:
    """When an event happened: the phrase, its TIMEX3 value and the ISO interval it spans."""

    text: str | None
    value: str | None
    start: str | None = None
    end: str | None = None
    # A window the text did not give (it ends at the article's publication): placed, not known.
    approximate: bool = False


@dataclass
class Source:
    """Who says an event happened (asserts), did not happen (denies), or might have (hedges)."""

    name: str
    stance: str = "asserts"
    # The mention of the source in the text (a speaker span); None for the outlet itself.
    text: str | None = internal()
    start: int | None = internal()
    end: int | None = internal()
    # Who the source is relative to the event (SourceRole), decided in resolution; None until
    # then. Status is derived from it: only a participant's side confirms. (Last, so the
    # positional form Source(name, stance, text, start, end) stays as it was.)
    role: str | None = None


@dataclass
class Merge:
    """Why one mention was joined to an event: the comparisons that allowed it, in words
    ("same type CONSULT", "dates 2025-03-08 ~ undated", "places Quito ~ none")."""

    article_id: str | None
    sentence: str
    because: list[str] = field(default_factory=list)


@dataclass
class EventMention:
    """One mention of an event in one article."""

    type: str
    mode: str | None = None
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    date: EventDate | None = None
    location: str | None = None
    topics: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    status: str = "reported"
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    sentence: str = ""
    start: int = 0  # character offsets of the event's sentence in the body
    end: int = 0
    quad: int | None = None  # cooperation/conflict class 0..4 (CAMEO quad), extract/quad.py
    # The other mentions folded into this one, and why (empty for a mention told once).
    merged: list[Merge] = field(default_factory=list)
    trigger: str | None = internal()  # the event word, e.g. "call", "met"
    trigger_start: int | None = internal()
    trigger_end: int | None = internal()
    # Told by a verb of being in one place ("met", "visited"): a contact made in person.
    in_person: bool = internal(False)

    def participant_names(self) -> list[str]:
        return sorted({p.name for p in self.actors + self.recipients})

    def unclaimed_denial(self) -> bool:
        """Told only as not having happened, by the outlet alone ("has no convictions", "had
        not signed"): no one claims the act, so on its own it makes no ledger event; it can
        still deny an event another telling claims."""
        return (
            self.negated
            and bool(self.sources)
            and all(s.role == SourceRole.OUTLET for s in self.sources)
        )


@dataclass
class Evidence:
    """Where one source's stance on a ledger event comes from."""

    article_id: str
    source: str
    stance: str
    sentence: str
    start: int
    end: int
    role: str | None = None  # the source's SourceRole for this event


@dataclass
class Event(EventMention):
    """A ledger event: every mention of the same real event, merged across articles.

    It carries a mention's fields (those of the first mention, filled in by later ones) plus
    a stable id and the evidence behind each source's stance.
    """

    id: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ArticleStance:
    """The article's own stance toward the claim its headline and lead tell (for: stated in
    its own voice, observing: reported or hedged, against: denied), extract/lead_stance.py."""

    reading: str  # for | against | observing
    score: float  # the model's probability for `reading`, 0..1


@dataclass
class Article:
    """One news document, from raw input to every record extracted from it."""

    id: str
    title: str | None = None
    language: str | None = None
    published: str | None = None  # ISO date
    body: str = ""
    furniture: list[Furniture] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    stance: ArticleStance | None = None  # toward the lead claim
    url: str | None = internal()
    site: str | None = internal()
    author: str | None = internal()
    raw: bytes | None = internal()  # the input as read, for reprocessing
    raw_kind: str | None = internal()  # txt | html | jsonl | ...
    fetched_at: str | None = internal()
    title_start: int | None = internal()  # offset of the headline in the body, when it is there
    # The body's near-duplicate signature (clean/dedupe.py), when a worker process computed it
    # beside the analysis: the single writer then need not.
    signature: bytes | None = internal()

    def to_json(self) -> dict[str, Any]:
        return to_json(self)
