"""Resolution of one article: its mention spans -> actors, as of the publication date.

Extraction leaves participants, speakers and sources as text spans ("he", "the Russian
president", "the two leaders"); this is the one place that turns them into actors, in order:
the coreference resolver per span (a past event's "the US leader" is whoever led then; a name
the parser hung on another's apposition joins it; a speaker's name closing a description is
the speaker; a source that can name no speaker, an unplaced "he" or a thing, leaves the outlet
telling the event), the leaders of countries meeting at a
summit, pair phrases ("the two presidents"), the leader a visit to their country went to, the
town a meeting took place in when extraction found none, the recipients of replies, the event
an anaphoric mention points back to ("no such meeting"), each source's role (with what the
speaker's own phrase tells: "its ministry", "government spokesman X"), a rejection of
"the report" turned into a denial of the event reported (denials.py), the merge of mentions of
one event within the article and each event's status.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from newsledger import docindex
from newsledger.extract import events_lexicon
from newsledger.model import (
    Actor,
    ActorKind,
    Article,
    Entity,
    EventMention,
    Participant,
    Quote,
    Source,
    SourceRole,
)
from newsledger.resolve.anaphora import tie_anaphora
from newsledger.resolve.coref import MentionResolver, is_agentive
from newsledger.resolve.dates import approximate_dates
from newsledger.resolve.denials import denials_of_reports
from newsledger.resolve.kb import ActorBase
from newsledger.resolve.merge import derive_status, merge_mentions
from newsledger.resolve.pairs import pair_kind, resolve_pairs
from newsledger.resolve.phrases import OFFICE_RE, name_and_description, norm, singular
from newsledger.resolve.replies import address_replies
from newsledger.resolve.roles import (
    STATE_SECTORS,
    source_role,
    speaker_noun,
    speaker_span,
    speakers_owners,
)

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
    reply_verbs: frozenset[str],
    delivered_types: frozenset[str] = frozenset(),
) -> Resolved:
    """Resolve the article's quotes (speakers, in place) and events; `message_types` are the
    event types a reply may answer, `reply_verbs` the verbs that make an event a reply,
    `delivered_types` those whose goods sent to a town go to its country (AID)."""
    published = article.published
    resolver = MentionResolver(doc, kb, published)
    entities = resolver.entities()
    resolve = _Actors(resolver)
    for quote in quotes:
        actor = _speaker_actor(doc, quote.speaker_start, quote.speaker_end, resolve)
        quote.speaker = actor.name if actor else quote.speaker_text
    outlet = article.site or "the outlet"
    for event in events:
        # "the US leader" in a past event is whoever led then, not at publication.
        day = _past_day(event, published)
        event.actors = _participants(_with_coordinated(doc, event.actors), resolve, day)
        actor_names = {a.name for a in event.actors}
        event.recipients = [
            p for p in _participants(event.recipients, resolve, day) if p.name not in actor_names
        ]
        _without_press(event)
        if event.type in delivered_types:
            _delivered_to_country(event, kb)
        if (event.trigger or "").lower() in LEADER_MEETINGS:
            event.actors = _leaders(event.actors, kb, event, published)
        event.sources = _sources(doc, event.sources, resolve, outlet)
    _resolve_pairs(events, resolve.found, quotes, kb, published)
    _visited_leaders(events, entities, resolve.found, kb, published)
    _meeting_places(doc, events, kb)
    address_replies(doc, events, message_types, reply_verbs)
    tie_anaphora(events, published)
    _assign_roles(doc, events, resolve)
    events = denials_of_reports(
        doc,
        events,
        quotes,
        lambda source, event: _role(doc, source, event, resolve),
        lambda start, end: actor.name if (actor := resolve(start, end)) else None,
    )
    merged = merge_mentions([e for e in events if e.actors or e.recipients], published, article.id)
    approximate_dates(merged, published)
    for event in merged:
        event.status = derive_status(event.sources, event.participant_names())
    return Resolved(merged, list(resolve.found.values()), entities)


def _assign_roles(doc: Doc, events: list[EventMention], resolve: _Actors) -> None:
    """Each source's role for its event: its actor, and whom its phrase says it speaks for."""
    for event in events:
        for source in event.sources:
            source.role = _role(doc, source, event, resolve)


def _role(doc: Doc, source: Source, event: EventMention, resolve: _Actors) -> str:
    owners: list[Actor] = []
    if source.start is not None and source.end is not None:
        for start, end in speakers_owners(doc, source.start, source.end, resolve.resolver):
            owner = resolve(start, end) or _possessor(doc, start, end, source, event, resolve)
            if owner is not None:
                owners.append(owner)
    actor = resolve.found.get(source.name)
    participants = event.actors + event.recipients
    role = source_role(source, actor, participants, resolve.found.get, owners)
    if role == SourceRole.OTHER and _press_report(doc, source, actor):
        return SourceRole.MEDIA
    if role == SourceRole.OTHER and not owners and _office_voice(source, actor, participants):
        return SourceRole.PARTICIPANT
    return role


# Possessive pronouns that may own a speaker's phrase ("its Ministry of Commerce said").
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _possessor(
    doc: Doc, start: int, end: int, source: Source, event: EventMention, resolve: _Actors
) -> Actor | None:
    """Whom "its" in a speaker's phrase points to when coreference left it open: in "Panama
    suspended imports from Costa Rica, its ministry said" the reporting clause's pronoun
    takes the subject of the clause it reports (the most salient antecedent, centering
    theory's subject preference), here the event's one actor told before the speaker in
    the same sentence. Nothing when the event has several actors or none there."""
    if doc.text[start:end].lower() not in POSSESSIVE_PRONOUNS or source.start is None:
        return None
    sentence_start = event.start
    before = [
        p for p in event.actors if p.start is not None and sentence_start <= p.start < source.start
    ]
    if len(event.actors) != 1 or len(before) != 1:
        return None
    return resolve.found.get(before[0].name)


# The nouns of a speaker who speaks for a body by office (product.md: a spokesperson or the
# minister of a participant is its side); unnamed "officials" are not its record.
OFFICE_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister"})
# Words of a state body's name that say what kind of body it is, not which one.
_BODY_WORDS = frozenset({"ministry", "of", "the", "and", "affairs", "department"})


def _office_voice(source: Source, actor: Actor | None, participants: list[Participant]) -> bool:
    """Whether a speaker of no country of their own, titled by office, speaks for the one
    state body taking part that the title names: "government spokesman X" for Gabon's
    government, "Foreign Minister X" for Haiti's Ministry of Foreign Affairs (the title's
    portfolio word is the body's). With two such bodies taking part, or a speaker placed in
    a country (roles.py decides those), it decides nothing."""
    words = set((source.text or "").lower().split())
    if not words & OFFICE_SPEAKERS or (actor is not None and actor.country):
        return False
    named = [p for p in participants if p.sector == "GOV" and _names_body(words, p)]
    return len(named) == 1


def _names_body(title: set[str], body: Participant) -> bool:
    """Whether a title shares a word with a state body's own name: "government" with the
    Government of X, "foreign" with the Ministry of Foreign Affairs of X. The country's name
    is not such a word: it says whose body it is, not which office."""
    country = ActorBase.default().country_names.get(body.country or "", "")
    generic = _BODY_WORDS | set(country.lower().split())
    return bool({w for w in body.name.lower().split() if w not in generic} & title)


# Exchanges the press may be a side of only as the channel that gathered the story.
PRESS_CONTACT_TYPES = frozenset({"CONSULT"})


def _without_press(event: EventMention) -> None:
    """Drop news outlets the actor base knows (PLOVER sector JRN) from the counterparts of a
    meeting ("speaking to MSNBC's Morning Joe", "told reporters during a visit to X"): an
    interview gathers the story, and PLOVER CONSULT is an exchange between the actors of the
    events told. The extraction stage drops such contacts by their words ("spoke to
    reporters"); an outlet's bare name ("MSNBC", "CBS This Morning") is known only here. An
    outlet as the first actor (journalists meeting a minister) stays; a meeting left with
    one side and no visit makes no event (its participants are emptied)."""
    if event.type not in PRESS_CONTACT_TYPES or not event.actors:
        return
    if event.actors[0].sector == "JRN":
        return
    first, *others = event.actors
    kept_others = [p for p in others if p.sector != "JRN"]
    kept_recipients = [p for p in event.recipients if p.sector != "JRN"]
    if len(kept_others) == len(others) and len(kept_recipients) == len(event.recipients):
        return
    if not kept_others and not kept_recipients and event.mode != "visit":
        event.actors, event.recipients = [], []
        return
    event.actors, event.recipients = [first, *kept_others], kept_recipients


def _past_day(event: EventMention, published: str | None) -> str | None:
    """The first day of an event dated before its article (None when undated or not past)."""
    when = event.date
    if when is None or not when.start or not when.end or event.future:
        return None
    return when.start if published is None or when.end < published[:10] else None


def _delivered_to_country(event: EventMention, kb: ActorBase) -> None:
    """Goods sent to a town ("maize delivered to Blantyre") go to its country: PLOVER's
    recipient of aid is the state or its people, and the town is where the aid went (the
    event's place, unless the text gives another). A capital already stands for its state;
    it is still the place the goods went."""
    recipients: list[Participant] = []
    for part in event.recipients:
        town = kb.town_country(part.name) if part.sector == "CVL" else None
        if town is None:
            said = (part.text or "").strip()
            if said and part.country and kb.capital_country(said) == part.country:
                event.location = event.location or said  # "flew rice to Libreville"
            recipients.append(part)
            continue
        iso, country = town
        event.location = event.location or part.name
        recipients.append(Participant(country, iso, None, part.text, part.start, part.end))
    names = {p.name for p in event.actors}
    event.recipients = [
        p
        for n, p in enumerate(recipients)
        if p.name not in names and p.name not in {q.name for q in recipients[:n]}
    ]


def _participants(
    participants: list[Participant], resolve: _Actors, day: str | None = None
) -> list[Participant]:
    resolved: dict[str, Participant] = {}
    for p in participants:
        actor = resolve(p.start, p.end, day)
        if actor is None and pair_kind(p.text) is not None:
            # "the two leaders": kept for _resolve_pairs, which names the pair or drops it
            resolved.setdefault(
                p.text or "", Participant(p.text or "", None, None, p.text, p.start, p.end)
            )
            continue
        if actor is None or _bare_title(actor, resolve.resolver.kb):
            continue  # an unresolvable span ("it", "the sides") is not an actor
        actor = _placed_by_own_phrase(actor, p.text, resolve.resolver, day)
        actor = _owner_of_thing(actor, p, resolve.resolver)
        resolved.setdefault(
            actor.name,
            Participant(actor.name, actor.country, actor.sector, p.text, p.start, p.end),
        )
    return list(resolved.values())


# Nouns that count what follows them ("hundreds of", "a group of"): never the thing itself.
QUANTITY_NOUNS = frozenset(
    {"hundred", "thousand", "million", "ten", "dozen", "score", "group", "crowd", "number"}
)


def _doer(lemma: str, kb: ActorBase) -> bool:
    """A noun of someone who does something ("provider", "supporter"), by its suffix, unless
    the base knows it as a vehicle, craft or weapon ("trawler", "bomber")."""
    if not lemma.endswith(events_lexicon.DOER_SUFFIXES):
        return False
    return lemma not in kb.instruments and singular(lemma) not in kb.instruments


def _owner_of_thing(actor: Actor, p: Participant, resolver: MentionResolver) -> Actor:
    """A thing named with its country ("imports of Ugandan sugar", "Kestrian fishing boats
    seized"): PLOVER's participants are political actors, so an act on a country's goods,
    places or property is an act on that country. Only a phrase the resolver left as itself
    (no body or person of the base) whose head noun names neither people nor a body."""
    if actor.kind not in ("organization", "group") or not actor.country or p.start is None:
        return actor
    if actor.name != (p.text or "").strip() or actor.sector:
        return actor
    span = resolver.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.like_num:
        return actor
    kb = resolver.kb
    for token in span:  # "hundreds of Cubans", "tens of thousands of farmers": people
        word = token.lower_
        if (
            token.pos_ in ("NOUN", "PROPN")
            and (
                is_agentive(token.lemma_.lower(), kb)
                or _doer(token.lemma_.lower(), kb)  # "providers", "supporters": people
                or kb.places.get(word[:-1], ("", ""))[1] == "adjective"  # a demonym's people
                or token.lemma_.lower() in QUANTITY_NOUNS
            )
        ):
            return actor
    # the country must come from a nationality adjective ("Ugandan sugar"), not from a
    # place's name ("the Miami crowd": where, not whose)
    kinds = {kb.places.get(token.lower_, ("", ""))[1] for token in span}
    if "adjective" not in kinds or kinds & {"city", "capital"}:
        return actor
    name = kb.country_names.get(actor.country, actor.country)
    return Actor(name=name, kind="place", country=actor.country)


def _placed_by_own_phrase(
    actor: Actor, phrase: str | None, resolver: MentionResolver, day: str | None
) -> Actor:
    """A person left without a country whose participant phrase says whose official they
    are ("... with Ugandan President X", where the tagger missed the name and the title):
    the phrase read alone as the base reads a mention gives the same person a country."""
    if actor.kind != "person" or actor.country or not phrase or " " not in phrase.strip():
        return actor
    own = resolver.kb.lookup(phrase, day or resolver.dct)
    if own is None or own.name != actor.name or not own.country:
        return actor
    return replace(
        actor, country=own.country, sector=actor.sector or own.sector, role=actor.role or own.role
    )


# Words that rank an office without naming another ("Deputy Prime Minister").
RANKS = frozenset({"the", "deputy", "vice", "acting", "first", "assistant", "chief", "senior"})


def _with_coordinated(doc: Doc, participants: list[Participant]) -> list[Participant]:
    """Participants with the names coordinated to their apposition: in "Foreign Minister
    Mauro Vieira and Foreign Minister Gerardo Werthein held talks" the parser may hang the
    second name on the first one's apposition, out of the extraction's reach."""
    out = list(participants)
    taken = {(p.start, p.end) for p in participants}
    for p in participants:
        root = _token(doc, p.start, p.end)
        if root is None:
            continue
        for appos in (c for c in root.children if c.dep_ == "appos"):
            for other in appos.conjuncts:
                if other.ent_type_ != "PERSON" or other.i < appos.i:
                    continue
                words = [t for t in other.subtree if t.i <= other.i]
                start, end = words[0].idx, other.idx + len(other.text)
                if (start, end) not in taken and not any(
                    q.start is not None and q.start <= start < (q.end or 0) for q in out
                ):
                    taken.add((start, end))
                    out.append(Participant(doc.text[start:end], text=doc.text[start:end],
                                           start=start, end=end))  # fmt: skip
    return out


def _bare_title(actor: Actor, kb: ActorBase) -> bool:
    """A title of no country and no name ("Deputy Prime Minister" coordinated with a
    titled name): no one the ledger could tell apart."""
    if actor.kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION) or actor.country:
        return False
    if name_and_description(actor.name)[0] or kb.country_in(norm(actor.name)):
        return False
    words = [w for w in norm(actor.name).split() if w not in RANKS]
    return OFFICE_RE.fullmatch(" " + " ".join(words)) is not None


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


# Modes of contact at a distance: no place of meeting.
REMOTE_MODES = frozenset({"phone", "letter", "telegram", "message", "statement"})


def _meeting_places(doc: Doc, events: list[EventMention], kb: ActorBase) -> None:
    """The town a meeting took place in when extraction found none: "met X in Vilnius"
    (the parser hangs the town on the person met) or "a meeting in Montevideo" (the tagger
    took the town for something else); the base, not the tagger, says it is a town."""
    for event in events:
        if event.type != "CONSULT" or event.location or event.mode in REMOTE_MODES:
            continue
        heads = [_token(doc, event.trigger_start, event.trigger_end)]
        heads += [_token(doc, p.start, p.end) for p in event.actors + event.recipients]
        for head in (h for h in heads if h is not None):
            place = _town_in(head, kb)
            if place is not None:
                event.location = place
                break


def _token(doc: Doc, start: int | None, end: int | None):
    return docindex.head_at(doc, start, end)


def _town_in(head, kb: ActorBase) -> str | None:
    """The place an "in"/"at" phrase on `head` names, when the base knows it as a place."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            words = [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN"]
            text = " ".join(t.text for t in words)
            known = kb.places.get(norm(text))
            if known is not None and known[1] in ("name", "capital", "city"):
                return text
    return None


def _visited_leaders(
    events: list[EventMention],
    entities: list[Entity],
    found: dict[str, Actor],
    kb: ActorBase,
    published: str | None,
) -> None:
    """A visit to a country is a meeting with its leader when the sentence names that leader
    ("arrived in Tashkent for a state visit at the invitation of Uzbek President X"): the
    country the visit went to becomes the leader, so the visit lines up with the leaders'
    other contacts."""
    for event in events:
        if event.type != "CONSULT" or event.mode != "visit":
            continue
        day = (event.date.start if event.date and event.date.start else None) or published
        for role in ("actors", "recipients"):
            out: list[Participant] = []
            for p in getattr(event, role):
                actor = found.get(p.name)
                leader = None
                if actor is not None and actor.kind == ActorKind.PLACE and p.country:
                    leader = _leader_named(event, entities, found, kb, p.country, day)
                    _keep_town(event, p, kb)
                out.append(
                    Participant(leader.name, leader.country, leader.sector, p.text, p.start, p.end)
                    if leader is not None and leader.name not in event.participant_names()
                    else p
                )
            setattr(event, role, out)


def _keep_town(event: EventMention, place: Participant, kb: ActorBase) -> None:
    """'paid a visit to Lome': the town visited is where the meeting took place once its
    country's leader stands for the host; a country named alone tells no town."""
    known = kb.places.get(norm(place.text or place.name))
    if event.location is None and known is not None and known[1] in ("capital", "city"):
        event.location = place.text or place.name


def _leader_named(
    event: EventMention,
    entities: list[Entity],
    found: dict[str, Actor],
    kb: ActorBase,
    country: str,
    day: str | None,
) -> Actor | None:
    """The one person the event's sentence names who leads `country` on `day`."""
    holder = kb.holder(country, "leader", day)
    named = {
        e.actor
        for e in entities
        if e.actor and event.start <= e.start < event.end and e.actor in found
    }
    leaders = [
        found[name]
        for name in named
        if found[name].kind == ActorKind.PERSON
        and found[name].country == country
        and (name == holder or _leads(found[name], kb, country))
    ]
    return leaders[0] if len(leaders) == 1 else None


def _leads(actor: Actor, kb: ActorBase, country: str) -> bool:
    """Whether a person's role (as the article titles them) is the country's leading office."""
    office = kb.office_of(actor.role or "")
    leading = kb.leader_office.get(country, "president")
    return office is not None and office[1] in (leading, "monarch")


def _sources(doc: Doc, sources: list[Source], resolve: _Actors, outlet: str) -> list[Source]:
    """Each source as the actor its span refers to. A span that names no one the article can
    place and cannot speak (an unresolved "he" or "which", "a trade pact calling for E") is no
    speaker: the outlet is left telling it."""
    resolved: dict[tuple[str, str], Source] = {}
    for s in sources:
        actor = _speaker_actor(doc, s.start, s.end, resolve)
        if actor is None and s.start is not None and not speaker_span(doc, s.start, s.end):
            s = Source(outlet, s.stance)
        name = actor.name if actor else s.name or outlet
        resolved.setdefault((name, s.stance), Source(name, s.stance, s.text, s.start, s.end))
    return list(resolved.values())


def _press_report(doc: Doc, source: Source, actor: Actor | None) -> bool:
    """Whether a bare organisation name cites as the press does: the news closes with "...,
    KTV reports." (present tense, after what it tells), the form one outlet uses to credit
    another. A name with a body noun ("the Vale Mining Company", "the Interior Ministry") or a
    person's name speaks for itself, and a past "reported" is any organisation's report."""
    if source.start is None or source.end is None:
        return False
    if actor is not None and actor.sector in STATE_SECTORS:
        return False
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.ent_type_ != "ORG":
        return False
    names = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if any(t.pos_ != "PROPN" or speaker_noun(t.lower_) for t in names):
        return False
    verb = span.root.head
    if verb.lemma_.lower() != "report" or verb.tag_ != "VBZ":
        return False
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    return bool(told) and all(c.i < span.start for c in told)


def _speaker_actor(doc: Doc, start: int | None, end: int | None, resolve: _Actors) -> Actor | None:
    """The actor a speaker's span refers to; when the span is a description closed by the
    speaker's name ("the head of the police inquiry in Port Vale, Ana Ruiz, said"), the name.
    The parser may hang that name on the last noun of the description (the town), and the
    whole span then resolves to a fragment ("Port Vale, Ana Ruiz")."""
    if start is None or end is None:
        return None
    name = _closing_name(doc, start, end)
    if name is not None:
        actor = resolve(*name)
        if actor is not None:
            return actor
    return resolve(start, end)


def _closing_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span of a person's name that closes a common-noun description as its appositive,
    the parser having attached it to a noun inside the description rather than to its head
    ("The chief of the inquiry in Port Vale, Ana Ruiz,"): None when no such name closes it, or
    when the appositive hangs on the head itself (then the resolver already joins the two)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return None
    words = [t for t in span if not t.is_punct]
    if not words or words[-1].ent_type_ != "PERSON":
        return None
    last = words[-1]
    appos = last if last.dep_ == "appos" else None
    if appos is None or appos.head == span.root or appos.head not in span:
        return None
    name = [t for t in span if t.ent_type_ == "PERSON" and appos.left_edge.i <= t.i <= last.i]
    return name[0].idx, last.idx + len(last.text)


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

    def holder(code: str, office: str, event: EventMention) -> Participant | None:
        day = (event.date.start if event.date and event.date.start else None) or published
        name = kb.holder(code, office, day)
        person = kb.actor(name, day) if name else None
        if person is None:
            return None
        actors.setdefault(person.name, person)
        return Participant(person.name, person.country, person.sector)

    speakers = {q.speaker for q in quotes}
    for name in resolve_pairs(events, actors.get, country, holder):
        if name not in speakers:
            actors.pop(name, None)
    for event in events:  # a pair phrase with no pair before it names no one
        event.actors = [p for p in event.actors if p.name in actors or p.name != p.text]
        event.recipients = [p for p in event.recipients if p.name in actors or p.name != p.text]
