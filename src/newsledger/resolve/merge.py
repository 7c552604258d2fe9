"""Merging event mentions into ledger events, and deriving an event's status from its sources.

Two mentions describe the same real event when nothing tells them apart: the same type, the
same participants (or, for a mention that names only some of them, the one event in view that
has them all), compatible modes (equal, or one a vaguer restatement), compatible dates and
compatible places. Different explicit dates or two different named places never merge, nor
a contact at a distance (a call, a letter) with one told at the place where the sides met or
by a verb of being in one place ("had met"). An
undated mention ("the alleged call") only merges with an undated event, or with one dated
shortly before the article that mentions it: that is how a later denial meets the report it
denies, without folding every undated mention into some contact of years ago. A letter may be
dated when sent by one side and when received by the other, a day apart. Within an article, a
mention that describes its sides rather than naming them (a headline's "Polish and Czech prime
ministers", "Ghana's president visits Togo") joins the one mention that names them
(`_absorb_vague`); so does a headline that describes the sides as the lead does ("Rebels shell
Dorvik" over "Rebel forces shelled the town of Dorvik"): each description of the headline
restates one of the lead's in the same role, sharing its head noun or a word for people of the
PLOVER agent list, with no country or sector apart (`_retold`, `_same_kind`). Two mentions that
describe the same side in other words ("border police", "border officers": the same country
and sector) beside the same named ones, on the same explicit day, are one act told twice
(`_alike`).

Every join keeps why it was made (`Merge`: the fields compared, and the definite phrase such
as "such a meeting" that points an undated mention back to the event), so an analyst can check
it. The status is derived from the sources' roles (roles.py), never extracted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import fields, replace
from datetime import date, timedelta
from functools import cache

from newsledger.extract.events_lexicon import agent_nouns, before_head_prep
from newsledger.model import (
    Event,
    EventDate,
    EventMention,
    Evidence,
    Merge,
    Participant,
    Source,
    SourceRole,
    StanceKind,
    Status,
)
from newsledger.resolve.pairs import PERSON_NOUNS, pair_kind

# How far before its article's publication an undated mention may point.
UNDATED_WINDOW = timedelta(days=31)


def derive_status(sources: list[Source], participants: Collection[str] = ()) -> str:
    """confirmed / reported / denied / disputed, as product.md defines them.

    Only a source on a participant's side (its role, decided in resolution: the participant,
    its office, spokesperson, ministry, government or state agency) confirms; anyone else's
    assertion only reports. A source named as one of `participants` is that side whatever
    role it carries (a record made without resolution has none). A denial by anyone makes the
    event denied or disputed.
    """
    stances = {s.stance for s in sources}
    asserted, denied = StanceKind.ASSERTS in stances, StanceKind.DENIES in stances
    if asserted and denied:
        return Status.DISPUTED
    if denied:
        return Status.DENIED
    if any(
        s.stance == StanceKind.ASSERTS
        and (s.role == SourceRole.PARTICIPANT or s.name in participants)
        for s in sources
    ):
        return Status.CONFIRMED
    return Status.REPORTED


def _interval(value: EventDate | None) -> tuple[date, date] | None:
    if value is None or not value.start or not value.end:
        return None
    try:
        return date.fromisoformat(value.start[:10]), date.fromisoformat(value.end[:10])
    except ValueError:
        return None


def dates_compatible(
    a: EventDate | None,
    b: EventDate | None,
    published_a: str | None,
    published_b: str | None,
    slack: timedelta = timedelta(0),
) -> bool:
    """Whether two event dates can be the same happening (see the module docstring); `slack`
    widens both intervals (a letter is dated when sent by one side, when received by the other)."""
    span_a, span_b = _interval(a), _interval(b)
    if span_a and span_b:
        return span_a[0] - slack <= span_b[1] and span_b[0] - slack <= span_a[1]
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


# Modes that only restate a contact more vaguely: "talks" between two sides that a parser
# files as multilateral, a "message" that is the letter another sentence names. Any other two
# modes are two ways of being in contact (a call is not a visit, a greeting is not a letter).
VAGUE_MODES = frozenset({"multilateral", "message"})
# Modes of a message carried from one side to the other: sent one day, received the next.
CARRIED_MODES = frozenset({"letter", "telegram", "message"})


def modes_compatible(a: str | None, b: str | None) -> bool:
    """The same contact can be told with both modes: equal, one missing, or one a vaguer
    restatement of the other."""
    return a is None or b is None or a == b or bool({a, b} & VAGUE_MODES)


# Modes of contact at a distance: the sides were not together anywhere.
REMOTE_MODES = CARRIED_MODES | frozenset({"phone", "statement"})


def contacts_compatible(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions can be one contact by how it was made: compatible modes, and not a
    contact at a distance told without a place beside one told with the place where the
    sides met ("spoke by phone" and "met in Tarvel"): a place of meeting makes it in person.
    Nor is a contact at a distance one told by a verb of being in one place ("had met", PLOVER
    CONSULT's meeting or visit) without a mode of its own: a meeting in person is no call. A
    vague mode that says nothing of distance ("multilateral": only how many took part) is no
    mode of its own here."""
    if not modes_compatible(a.mode, b.mode):
        return False
    for one, other in ((a, b), (b, a)):
        if one.mode in REMOTE_MODES and _no_medium(other.mode):
            if other.in_person or (other.location and not one.location):
                return False
    return True


def _no_medium(mode: str | None) -> bool:
    """A mode that does not say whether the sides were together (none, or "multilateral")."""
    return not mode or (mode in VAGUE_MODES and mode not in REMOTE_MODES)


def places_compatible(a: str | None, b: str | None) -> bool:
    """Two places can be one: either untold, one naming the other ("Cairo" in "the Ittihadiya
    Palace in Cairo"), or either a description rather than a name ("the Uruguayan capital"),
    which only a gazetteer could compare."""
    if not a or not b:
        return True
    fa, fb = _fold_place(a), _fold_place(b)
    if fa == fb or f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
        return True
    return not (_is_name(a) and _is_name(b))


def _fold_place(text: str) -> str:
    words = text.lower().replace(",", " ").split()
    return " ".join(w for w in words if w not in ("the", "in", "at"))


def _is_name(place: str) -> bool:
    """A proper name ends in a capitalised word ("Kuala Lumpur", "the Union Buildings")."""
    words = place.split()
    return bool(words) and words[-1][:1].isupper()


def compare(
    a: EventMention,
    b: EventMention,
    published_a: str | None,
    published_b: str | None,
    partial: bool = False,
    across: bool = False,
) -> list[str] | None:
    """Why `b` can be the same real event as `a`, one reason per field compared; None when a
    field tells them apart (type, participants, mode, date or place). With `partial`, one may
    name only some of the other's participants (the caller makes sure the choice is unique).
    With `across` (mentions from different articles), a state's unnamed officials are that
    state: one writer's "Ugandan officials met Kenyan counterparts" is another's "Kenya and
    Uganda held talks". Within one article a writer who switches between the two is more
    often telling two occasions apart, so there they stay distinct."""
    if a.type != b.type or not contacts_compatible(a, b):
        return None
    names_a = _sides(a.actors + a.recipients, across)
    names_b = _sides(b.actors + b.recipients, across)
    if names_a == names_b:
        who = f"same participants {', '.join(sorted(names_a))}"
    elif partial and names_a and names_b and (names_a < names_b or names_b < names_a):
        fewer, more = sorted((names_a, names_b), key=len)
        who = f"participants {', '.join(sorted(fewer))} among {', '.join(sorted(more))}"
    else:
        return None
    slack = timedelta(days=1) if {a.mode, b.mode} & CARRIED_MODES else timedelta(0)
    if not dates_compatible(a.date, b.date, published_a, published_b, slack):
        return None
    if not places_compatible(a.location, b.location):
        return None
    reasons = [
        f"same type {a.type}",
        who,
        f"modes {_show(a.mode)} ~ {_show(b.mode)}",
        f"dates {_show_date(a.date)} ~ {_show_date(b.date, published_b)}",
        f"places {_show(a.location)} ~ {_show(b.location)}",
    ]
    tie = anaphor(b)
    if tie:
        reasons.append(f"'{tie}' refers back to a {a.type} told before")
    return reasons


# Determiners by which a noun points back to something already told ("the report", "such a
# meeting", "that call").
ANAPHORIC = frozenset({"the", "such", "that", "this", "these", "those", "any"})


def anaphor(mention: EventMention) -> str | None:
    """The definite phrase ending in the mention's event word, when there is one."""
    if mention.trigger_start is None or mention.trigger_end is None:
        return None
    offset = mention.trigger_start - mention.start
    if offset < 0 or offset > len(mention.sentence):
        return None
    before = mention.sentence[:offset].split()[-3:]
    word = (mention.sentence[offset:].split() or [""])[0]
    if word.lower().rstrip(".,;:").endswith("ed"):
        return None  # "the two leaders discussed": a verb, not a noun pointing back
    for n in range(len(before)):
        if before[n].lower() in ANAPHORIC:
            between = before[n + 1 :]
            if any(w.lower() in _NOT_MODIFIERS or w[:1].isupper() for w in between):
                return None  # "the two leaders talk", "the Elysee call": not a reference
            return " ".join(before[n:] + [word])
    return None


# Words between a determiner and an event noun that show the determiner is not the noun's.
_NOT_MODIFIERS = frozenset({"two", "three", "both", "leaders", "sides", "men", "women"})


def _show(value: str | None) -> str:
    return value or "none"


def _show_date(value: EventDate | None, published: str | None = None) -> str:
    if value is not None and value.value:
        return value.value
    return f"undated (published {published[:10]})" if published else "undated"


def same_event(
    event: Event,
    mention: EventMention,
    published: dict[str, str | None],
    article_published: str | None,
    partial: bool = False,
) -> list[str] | None:
    """Why `mention` (from an article published on `article_published`) belongs to `event`,
    or None when it does not (see compare)."""
    first_published = published.get(event.evidence[0].article_id) if event.evidence else None
    return compare(event, mention, first_published, article_published, partial, across=True)


def _names(participants) -> frozenset[str]:
    return frozenset(p.name for p in participants)


def _sides(participants, officials: bool = False) -> frozenset[str]:
    """The participants' names with a country's government named as the country: "Armenia
    signed" and "Armenia's government denied that it had signed" tell one side's act (a
    state acts through its government; CAMEO codes both as the country). With `officials`,
    a state's unnamed officials too (see compare)."""
    return frozenset(side_name(p, officials) for p in participants)


def other_namings(mention: EventMention) -> list[list[str]]:
    """The mention's participant names with each government named as its country, and with
    each country named as its government (merge_service looks up stored events by name)."""
    parts = mention.actors + mention.recipients
    names = sorted({p.name for p in parts})
    countries = sorted({side_name(p) for p in parts})
    governments = sorted({_government(p) for p in parts})
    states = sorted({side_name(p, officials=True) for p in parts})
    # "the two fishermen" stored as told, looked up by "two fishermen" (and the other way)
    definite = sorted({_definite(side_name(p)) for p in parts})
    namings = [countries, governments, states, definite]
    return [n for i, n in enumerate(namings) if n != names and n not in namings[:i]]


def _definite(name: str) -> str:
    """An unnamed group's description with "the" before it, as a later mention writes it."""
    return f"the {name}" if name[:1].islower() else name


def _government(p: Participant) -> str:
    country = _country_names().get(p.country or "")
    return f"Government of {country}" if country and p.name == country else p.name


# Plural nouns for unnamed people sent or employed by a state: "Ugandan officials" met for
# Uganda, as "Kenyan and Ugandan officials" tells of the two countries; "Azerbaijan's forces"
# fired for Azerbaijan (CAMEO codes a state's military as the state, sector MIL).
STATE_PEOPLE = frozenset(
    {"officials", "diplomats", "representatives", "envoys", "negotiators", "delegates",
     "delegations", "delegation", "authorities", "forces", "troops", "army", "military",
     "soldiers"}
)  # fmt: skip
STATE_SECTORS = frozenset({"GOV", "MIL"})
# Words of a state's own bodies: "Malawi's Department of Disaster Management Affairs" took in
# the aid Malawi received, as the state (CAMEO codes a ministry as its state, sector GOV).
STATE_BODIES = frozenset(
    {"ministry", "department", "office", "agency", "embassy", "presidency", "cabinet",
     "administration", "directorate", "secretariat"}
)  # fmt: skip


def side_name(p: Participant, officials: bool = False) -> str:
    """A participant's name, or its country's for the government of that country and, with
    `officials`, for unnamed officials of that state ("Uganda's officials", "Ugandan
    diplomats") and for its bodies ("Malawi's disaster department")."""
    country = _country_names().get(p.country or "")
    if not country:
        return _undetermined(p.name)
    if p.name == f"Government of {country}":
        return country
    words = p.name.split()
    unnamed = p.sector in STATE_SECTORS and bool(words) and words[-1] in STATE_PEOPLE
    body = p.sector == "GOV" and any(w.lower() in STATE_BODIES for w in words)
    if officials and (body or (unnamed and len(words) <= 3)):
        return country
    return _undetermined(p.name)


def _undetermined(name: str) -> str:
    """An unnamed group's description without its article: "the two fishermen" points back
    to the "two fishermen" told before, one group (a name, "The Hague", keeps its article)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the" and words[1][:1].islower():
        return " ".join(words[1:])
    return name


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
        merged=[],
    )
    event = Event(**values, id=event_id(mention, article_key))
    add_mention(event, mention, article_id)
    return event


def add_mention(
    event: Event, mention: EventMention, article_id: str, because: list[str] | None = None
) -> None:
    """Fold one mention into an event: fill what the event lacks, collect sources and evidence,
    and keep why it joined (`because`, for every mention after the first) and the reasons the
    mention itself carries from its article's own merges."""
    if because is not None:
        event.merged.append(Merge(article_id, mention.sentence, because))
    for earlier in mention.merged:
        item = Merge(article_id, earlier.sentence, earlier.because)
        if item not in event.merged:
            event.merged.append(item)
    _adopt_participants(event, mention)
    event.mode = _specific_mode(event.mode, mention.mode)
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
            article_id,
            source.name,
            source.stance,
            mention.sentence,
            mention.start,
            mention.end,
            source.role,
        )
        if evidence not in event.evidence:
            event.evidence.append(evidence)
    event.sources = sources_from_evidence(event.evidence)


def _adopt_participants(target: EventMention, mention: EventMention) -> None:
    """A mention that names more of the participants (a partial one joined first) gives them."""
    if _names(mention.actors + mention.recipients) > _names(target.actors + target.recipients):
        target.actors = list(mention.actors)
        target.recipients = list(mention.recipients)


def _narrower(a: EventDate, b: EventDate) -> bool:
    if a.approximate != b.approximate:
        return b.approximate  # a date the text gives beats a window placed at publication
    span_a, span_b = _interval(a), _interval(b)
    if span_a is None:
        return False
    if span_b is None:
        return True
    return (span_a[1] - span_a[0]) < (span_b[1] - span_b[0])


def sources_from_evidence(evidence: list[Evidence]) -> list[Source]:
    """One entry per (source, stance), in the order they were first seen; a participant's
    side wherever one of its items says so (an article that could place the source)."""
    seen: dict[tuple[str, str], Source] = {}
    for item in evidence:
        source = seen.setdefault(
            (item.source, item.stance), Source(item.source, item.stance, role=item.role)
        )
        if item.role == SourceRole.PARTICIPANT:
            source.role = item.role
    return list(seen.values())


def _specific_mode(a: str | None, b: str | None) -> str | None:
    """Of two compatible modes, the one that says how the contact was made."""
    if a is None or a in VAGUE_MODES:
        return b or a
    return a


def merge_mentions(
    mentions: list[EventMention], published: str | None, article_id: str | None = None
) -> list[EventMention]:
    """Fold the mentions of one article that describe the same event into one.

    An article often names an event several times (headline, lead, a later "the call"); each
    mention may carry a different source, and only together do they show that one side reports
    what the other denies. The first mention keeps its sentence and offsets, and records in
    `merged` why each later one joined it.
    """
    merged: list[EventMention] = []
    lead = True  # no mention of the body seen yet
    for mention in mentions:
        candidates = _candidates(merged, mention, published, lead)
        lead = lead and _headline(mention.sentence)
        if not candidates:
            merged.append(
                replace(
                    mention,
                    sources=list(mention.sources),
                    topics=list(mention.topics),
                    merged=list(mention.merged),
                )
            )
            continue
        target, because = candidates[-1]
        _fold(target, mention, because, article_id)
    return _absorb_vague(merged, published, article_id)


def _fold(
    target: EventMention, mention: EventMention, because: list[str], article_id: str | None
) -> None:
    """Fold one mention of an article into an earlier one it was found to restate."""
    target.merged.append(Merge(article_id, mention.sentence, because))
    _adopt_participants(target, mention)
    target.mode = _specific_mode(target.mode, mention.mode)
    target.location = target.location or mention.location
    if mention.date is not None and (target.date is None or _narrower(mention.date, target.date)):
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


def _candidates(
    merged: list[EventMention], mention: EventMention, published: str | None, lead: bool
) -> list[tuple[EventMention, list[str]]]:
    """The earlier mentions `mention` can join, best last. Those with the same participants
    come first; failing them, a mention naming only some of one event's participants (or
    more of them) joins it, but only when a single such event is in view: a partial mention
    that could be either of two contacts stays apart."""
    found = [
        (m, because)
        for m in merged
        if m.hypothetical == mention.hypothetical
        and m.participant_names()
        and (because := compare(m, mention, published, published, partial=True)) is not None
    ] or (_dated_by_body(merged, mention, published) if lead else [])
    names = _sides(mention.actors + mention.recipients)
    exact = [c for c in found if _sides(c[0].actors + c[0].recipients) == names]
    if not exact and len({_names(m.actors + m.recipients) for m, _ in found}) > 1:
        return []
    candidates = exact or found
    # Of several, an anaphoric mention ("such a call") means the closest one before it of the
    # same kind: the latest, preferring one whose mode agrees.
    candidates.sort(key=lambda c: mention.mode is not None and c[0].mode == mention.mode)
    return candidates


def _dated_by_body(
    merged: list[EventMention], mention: EventMention, published: str | None
) -> list[tuple[EventMention, list[str]]]:
    """The headline that `mention`, dated by the text, restates although the window placed
    at publication for the headline's own missing date does not reach that day: a headline
    that gives no time sums up what the body's lead dates ("Ministers confirm Lisbon talks"
    over "... met in Lisbon on 3 March"). Same type, the same participants, compatible mode
    and place; the caller asks only for the body's first mention: a contact recalled further
    down ("they last spoke in July") is not what a headline about a new one tells. A
    headline with a time of its own is compared as any mention is."""
    if mention.date is None or mention.date.approximate or not mention.date.text:
        return []
    if _headline(mention.sentence):
        return []  # a second headline line (a deck) is compared as any mention is
    found = []
    for m in merged:
        if not _headline(m.sentence) or m.hypothetical != mention.hypothetical:
            continue
        if m.date is not None and m.date.text:
            continue
        because = compare(replace(m, date=mention.date), mention, published, published)
        if because is not None and m.participant_names():
            dated = f"dates undated headline ~ {mention.date.value or mention.date.text}"
            found.append((m, [dated if r.startswith("dates ") else r for r in because]))
    return found


# Plural nouns for people that name no one in particular ("ministers", "the leaders"): a
# headline's way of telling the meeting its lead names.
_PEOPLE_NOUNS = PERSON_NOUNS | frozenset({"officials", "envoys", "diplomats", "chiefs"})


def _absorb_vague(
    merged: list[EventMention], published: str | None, article_id: str | None
) -> list[EventMention]:
    """Fold each headline told only by description ("Polish and Czech prime ministers
    discuss ...", "Ghana's president visits Togo", "report of ministers' meeting") into the one
    mention of the article that names those participants.

    A headline names the sides by country or office, not by name, so it shares no participant
    name with the lead that tells the same fact. It joins an event of the
    same type with compatible mode, date and place whose named participants include its own
    and whose participants each described one stands for (same country, or any for a plural
    like "ministers"). Only a single such event is taken; of several, a denial goes to the one
    a news organisation reported (a denial of "the report of a meeting" denies what the report
    told), and otherwise the one the lead tells (_lead_fit). A headline side described as the
    lead describes one ("Rebels", the lead's "rebel forces") restates it (_restates); a
    headline naming no side the lead does not, and describing each as the lead does, joins it
    even when the lead names no more sides than it (_retold). A side the headline describes in
    a role the lead leaves untold (the addressee of "demanded the release") is named by the
    headline: the event takes it (_untold_sides).
    Otherwise the mention stays as it is.
    """
    absorbed: set[int] = set()
    for mention in merged:
        if not _vague_names(mention) or not _headline(mention.sentence):
            continue
        fits = [
            (m, because)
            for m in merged
            if m is not mention
            and id(m) not in absorbed
            and m.hypothetical == mention.hypothetical
            and (because := _covers(m, mention, published, fill=True)) is not None
        ]
        if len(fits) > 1 and any(s.stance == StanceKind.DENIES for s in mention.sources):
            fits = [f for f in fits if any(s.role == SourceRole.MEDIA for s in f[0].sources)]
        if len(fits) > 1:
            fits = _lead_fit(merged, fits)
        if len(fits) == 1:
            target = fits[0][0]
            untold = _untold_sides(target, mention)
            _fold(target, mention, fits[0][1], article_id)
            target.actors += untold.actors
            target.recipients += untold.recipients
            absorbed.add(id(mention))
    return [m for m in merged if id(m) not in absorbed]


def _lead_fit(
    merged: list[EventMention], fits: list[tuple[EventMention, list[str]]]
) -> list[tuple[EventMention, list[str]]]:
    """Of several events a headline could tell, the one its lead tells: a headline sums up
    the news of the article's first sentence, not a contact recalled further down."""
    lead = next((m for m in merged if not _headline(m.sentence)), None)
    chosen = [f for f in fits if f[0] is lead]
    return chosen or fits


def covers(
    event: EventMention,
    vague: EventMention,
    published: str | None,
    published_vague: str | None = None,
) -> list[str] | None:
    """Why a mention told by description restates `event` (see _absorb_vague), or None; the
    mention may come from another article (published on `published_vague`).

    A described participant with no country and no person in it ("river patrols") is a topic
    the parser took for a side; it does not keep apart two tellings of the same explicit day."""
    return _covers(event, vague, published, published_vague)


def _headline(sentence: str) -> bool:
    """A headline's line: no closing punctuation ("Ghana's president visits Togo"). Body
    sentences that name sides by country tell facts of their own ("Turkey's parliament
    approved ..."), so only a headline is read as a restatement of the lead."""
    text = sentence.strip().rstrip("\"'”’)")
    return bool(text) and text[-1] not in ".!?:;"


def _untold_sides(event: EventMention, vague: EventMention) -> EventMention:
    """The sides a headline describes in a role its lead leaves untold: "Haiti demands
    release" over "Haiti's foreign minister demanded the men's release", whose addressee
    is implicit; "Chile detains fishermen" over "12 fishermen were detained". Returned as
    a mention holding only those sides, each in the role the headline gives it."""
    described = _vague_names(vague)
    return EventMention(
        type=vague.type,
        actors=[p for p in vague.actors if p.name in described] if not event.actors else [],
        recipients=(
            [p for p in vague.recipients if p.name in described] if not event.recipients else []
        ),
    )


def _covers(
    event: EventMention,
    vague: EventMention,
    published: str | None,
    published_vague: str | None = None,
    fill: bool = False,
) -> list[str] | None:
    """Why a mention told by description restates `event` (see _absorb_vague), or None.
    With `fill`, a described side may stand in a role the event leaves untold (the headline
    then names it: _untold_sides); only within an article, where the headline tells the
    same story as its lead."""
    published_vague = published_vague or published
    untold = _untold_sides(event, vague) if fill else None
    filled = _names(untold.actors + untold.recipients) if untold is not None else frozenset()
    if event.type != vague.type or not contacts_compatible(event, vague):
        return None
    described = _vague_names(vague)
    named = _names(vague.actors + vague.recipients) - described
    if len(_names(event.actors + event.recipients) - _vague_names(event)) <= len(named):
        # The event names no more of the sides than the description does: only two
        # descriptions of the same side can still tell it apart from nothing, or, within an
        # article, a headline describing each side as its lead does.
        if fill and _retold(event, vague, named):
            return _retelling(event, vague, published, published_vague)
        return _alike(event, vague, published, published_vague)
    theirs = event.actors + event.recipients
    if not named <= _names(theirs):
        return None
    same_day = _same_day(event.date, vague.date)
    # A described side is another than the named ones ("Strand and his Danish counterpart").
    others = [q for q in theirs if q.name not in named]
    for p in vague.actors + vague.recipients:
        if p.name not in described or any(_stands_for(p, q, theirs) for q in others):
            continue
        if fill and _restates(p, vague, event):
            continue
        if p.name in filled:
            continue
        if not (same_day and _topic_like(p)):
            return None
    if filled and not (described - filled or named):
        return None  # the headline must share a side with the event, not only add one
    slack = timedelta(days=1) if {event.mode, vague.mode} & CARRIED_MODES else timedelta(0)
    if not dates_compatible(event.date, vague.date, published, published_vague, slack):
        return None
    if not places_compatible(event.location, vague.location):
        return None
    reasons = [
        f"same type {event.type}",
        f"{', '.join(sorted(described))} described among {', '.join(sorted(_names(theirs)))}",
        f"modes {_show(event.mode)} ~ {_show(vague.mode)}",
        f"dates {_show_date(event.date)} ~ {_show_date(vague.date, published_vague)}",
        f"places {_show(event.location)} ~ {_show(vague.location)}",
    ]
    if filled:
        reasons.append(f"{', '.join(sorted(filled))} named by the headline only")
    return reasons


def _alike(
    a: EventMention, b: EventMention, published: str | None, published_b: str | None
) -> list[str] | None:
    """Why two mentions that describe the same side in other words ("Lutvian border guards",
    "border officers") and name the same others are one fact, or None.

    A description identifies a side only by what it says of it, its country and its sector
    (as resolution read them); two descriptions that agree on both, both known, can be the
    same side. That is only enough on the same explicit day, with the same named sides, type,
    mode and place: two acts of one kind against the same named person on the same day,
    by sides the text does not tell apart, are one act told twice."""
    named_a = _names(a.actors + a.recipients) - _vague_names(a)
    named_b = _names(b.actors + b.recipients) - _vague_names(b)
    if not named_a or named_a != named_b or not _same_day(a.date, b.date):
        return None
    if a.mode != b.mode or not places_compatible(a.location, b.location):
        return None
    sides_a = sorted(_side(p) for p in a.actors + a.recipients if p.name not in named_a)
    sides_b = sorted(_side(p) for p in b.actors + b.recipients if p.name not in named_b)
    if sides_a != sides_b or any(None in side for side in sides_a):
        return None
    described_a = ", ".join(sorted(_vague_names(a)))
    described_b = ", ".join(sorted(_vague_names(b)))
    return [
        f"same type {a.type}",
        f"same participants {', '.join(sorted(named_a))}",
        f"{described_a} ~ {described_b}: same country and sector",
        f"modes {_show(a.mode)} ~ {_show(b.mode)}",
        f"dates {_show_date(a.date)} ~ {_show_date(b.date, published_b)}",
        f"places {_show(a.location)} ~ {_show(b.location)}",
    ]


def _side(p: Participant) -> tuple[str | None, str | None]:
    return (p.country, p.sector)


def _same_day(a: EventDate | None, b: EventDate | None) -> bool:
    """Both dates given by the text, and the same single day."""
    if a is None or b is None or a.approximate or b.approximate:
        return False
    return bool(a.start) and a.start == a.end == b.start == b.end


def _topic_like(p: Participant) -> bool:
    """A described participant with no country that names no people ("river patrols")."""
    last = p.name.split()[-1].lower()
    return not p.country and last not in _PEOPLE_NOUNS and pair_kind(p.text) is None


def vague_names(mention: EventMention) -> frozenset[str]:
    """The participants a mention describes rather than names (see _vague_names)."""
    return _vague_names(mention)


def _vague_names(mention: EventMention) -> frozenset[str]:
    """The participants a mention describes rather than names: a country standing for its
    side, or a phrase resolution left as common nouns ("Czech prime ministers", "his
    Peruvian counterpart")."""
    return frozenset(p.name for p in mention.actors + mention.recipients if _described(p))


def _described(p: Participant) -> bool:
    words = p.name.split()
    if not words or pair_kind(p.text) == "country":
        return False  # "the two governments" resolved to their countries tell a fact of theirs
    if words[-1][:1].islower():
        return True
    if len(words) == 1 and (words[0].lower() in _PEOPLE_NOUNS or _agent_plural(words[0])):
        return True  # "Ministers meet on ...": a headline's capital makes no common noun a name
    return bool(p.country) and _country_names().get(p.country) == p.name


def _stands_for(described: Participant, named: Participant, among: list[Participant]) -> bool:
    """Whether a described participant can be this named one: the same country (or a person
    whose country the article did not give, when no one else there has that country: "his
    Czech counterpart, Ondrej Kratochvil"), or a plural of people with no country
    ("ministers"); not a pair phrase ("the two foreign ministers"), which names an office the
    merge cannot check and is left to pairs.py."""
    if described.country:
        if named.country is None and not _described(named):
            return all(q.country != described.country for q in among)
        return described.country == named.country
    if pair_kind(described.text or described.name) is not None:
        return False  # "the two foreign ministers" points back to a pair: pairs.py's to name
    last = described.name.split()[-1].lower()
    return last in _PEOPLE_NOUNS and not _described(named)


def prepare() -> None:
    """Load the tables the merge rules read (see MergeService.prepare)."""
    _country_names()


@cache
def _country_names() -> dict[str, str]:
    """Country codes to the names the actor base gives countries ("TGO" -> "Togo")."""
    from newsledger.resolve.kb import ActorBase

    return dict(ActorBase.default().country_names)


def _retold(event: EventMention, vague: EventMention, named: frozenset[str]) -> bool:
    """Whether a headline tells each side as its lead does: the sides it names are the lead's
    own, and each side it describes restates a description of the lead in the same role."""
    if not named <= _names(event.actors + event.recipients) - _vague_names(event):
        return False
    described = _vague_names(vague) - named
    sides = [p for p in vague.actors + vague.recipients if p.name in described]
    return bool(sides) and all(_restates(p, vague, event) for p in sides)


def _retelling(
    event: EventMention, vague: EventMention, published: str | None, published_vague: str | None
) -> list[str] | None:
    """Why a headline that describes the sides as its lead does tells the lead's fact (see
    _retold), or None when its date or place tells them apart."""
    slack = timedelta(days=1) if {event.mode, vague.mode} & CARRIED_MODES else timedelta(0)
    if not dates_compatible(event.date, vague.date, published, published_vague, slack):
        return None
    if not places_compatible(event.location, vague.location):
        return None
    return [
        f"same type {event.type}",
        f"{', '.join(sorted(_vague_names(vague)))} restate "
        f"{', '.join(sorted(_names(event.actors + event.recipients)))}",
        f"modes {_show(event.mode)} ~ {_show(vague.mode)}",
        f"dates {_show_date(event.date)} ~ {_show_date(vague.date, published_vague)}",
        f"places {_show(event.location)} ~ {_show(vague.location)}",
    ]


def _restates(p: Participant, vague: EventMention, event: EventMention) -> bool:
    """Whether a described side of a headline restates a description the lead gives the side
    in the same role ("Rebels" the lead's "rebel forces", "Police" its "riot police")."""
    role = event.actors if p in vague.actors else event.recipients
    return any((_described(q) or _unnamed(q)) and _same_kind(p, q) for q in role)


def _unnamed(p: Participant) -> bool:
    """One person the article describes without a name ("a football player"), as resolution
    marks them."""
    return p.name.endswith(UNNAMED)


# The mark resolution gives a person the article does not name (kb.ActorBase).
UNNAMED = " (unnamed)"


def _same_kind(a: Participant, b: Participant) -> bool:
    """Two descriptions of people that can be one side: they share their head noun, or both
    heads name people (the PLOVER agent list) and they share such a word ("Rebels", "rebel
    forces"; not "a police car"), and neither the countries nor the sectors resolution
    read in them differ ("Soldiers" are no "Protesters")."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.sector and b.sector and a.sector != b.sector:
        return False
    words_a, words_b = _phrase(a), _phrase(b)
    if not words_a or not words_b:
        return False
    if _singular(words_a[-1]) == _singular(words_b[-1]):
        return True
    if not (_people_word(words_a[-1]) and _people_word(words_b[-1])):
        return False
    kinds_a = {_singular(w) for w in words_a if _people_word(w)}
    return bool(kinds_a & {_singular(w) for w in words_b if _people_word(w)})


def _people_word(word: str) -> bool:
    """A noun of the PLOVER agent list, in the singular or the plural."""
    return word in agent_nouns() or _singular(word) in agent_nouns()


def _phrase(p: Participant) -> list[str]:
    """The words of a participant's phrase as the text gives it, up to its head: a country
    read from "the foreign ministers of Paraguay" is described as "foreign ministers"."""
    words = [w.strip(",.;:'\"’").removesuffix("'s") for w in (p.text or p.name).lower().split()]
    return [w for w in before_head_prep(words) if w]


def _agent_plural(word: str) -> bool:
    """A plural noun for people of the PLOVER agent list ("Rebels", "Gunmen", "Police")."""
    lower = word.lower()
    if lower in _UNMARKED_PLURALS:
        return True
    return lower != _singular(lower) and _singular(lower) in agent_nouns()


# Nouns for people that are plural without a plural ending ("the police are").
_UNMARKED_PLURALS = frozenset({"police", "people", "personnel"})


def _singular(word: str) -> str:
    """The singular of an English plural noun by its regular endings ("militiamen",
    "authorities", "marches"); other words as they are."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word
