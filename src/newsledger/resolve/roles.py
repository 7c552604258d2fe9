"""Who each source is relative to the event it speaks of: the participant's side, the media,
the publishing outlet, or some other party.

Status is derived from these roles (merge.derive_status): only a participant's own side
confirms. The role is decided from what resolution already knows of the source (its actor's
kind, country and PLOVER sector) compared with the event's participants. A ministry, a
presidency or a spokesperson of a participant's government speaks for that participant;
unnamed "officials" do not (they are no official record). "Both governments" or "the two
sides" speak for all participants. A news organisation is media, unless it is the state itself
speaking: a state agency the actor base classes GOV, or a body named after the office it
serves. Whom a speaker belongs to is also read from its own phrase: "Anwar's office", "the
spokesman for Milei", "Egypt's information service", or, for a spokesperson with no owner in
its phrase, from the body coreference placed it with (one rule, in coref); a body named after
an office with no
country of its own ("the Royal Court") speaks for the one participant holding that office.
A source must be someone who can speak (speaker_span): a name, a noun of people, a body or
the press, or a text that reports, never a thing ("a trade pact calling for E") nor a pronoun
left unplaced. What one article cannot place, the ledger may (ledger_role): it knows a
participant's country from the other articles that named them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsledger.extract import cues, events_lexicon
from newsledger.model import Actor, ActorKind, Participant, Source, SourceRole
from newsledger.resolve.coref import MentionResolver
from newsledger.resolve.kb import ActorBase
from newsledger.resolve.pairs import pair_kind
from newsledger.resolve.phrases import OUTLET_NOUNS

# Sectors through which a state speaks for itself: its executive and its armed forces.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# Sectors of a state's own agents, whose acts its government tells: executive, army, police.
AGENT_SECTORS = STATE_SECTORS | {"COP"}
# Sectors of armed bodies and police, which speak of their own operations.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Sectors of news organisations (PLOVER's JRN; CAMEO's MED is mapped to it by the base).
MEDIA_SECTORS = frozenset({"JRN"})
# Nouns that say a speaker is a news organisation: the outlet nouns, a (news) site, and
# "news" itself ("the news portal", "a news service").
MEDIA_NOUNS = frozenset(OUTLET_NOUNS | {"site", "news"})
# Words that name a body after the office it serves ("the presidential press service", "the
# government information office"): the state speaking, not the press, whatever its noun.
OFFICE_WORDS = frozenset(
    {"presidential", "government", "governmental", "ministerial", "royal", "cabinet"}
)
# Dependency links from a speaker's head to the one it speaks for: "Anwar's office" (poss),
# "the spokesman for Milei" / "the office of the prime minister" (prep + pobj), and an
# appositive that describes the speaker ("Adorni, the spokesman for Milei").
_FOR_PREPS = frozenset({"for", "of"})


def source_role(
    source: Source,
    actor: Actor | None,
    participants: Sequence[Participant],
    actor_of: Callable[[str], Actor | None],
    speaks_for: Sequence[Actor] = (),
) -> SourceRole:
    """The role of one source for an event with these participants.

    `actor` is the source's resolved actor (None when its span resolved to nothing);
    `actor_of` looks up a participant's actor (for its kind: a country speaks through its
    government); `speaks_for` are the actors the source's own phrase says it belongs to
    ("Anwar's office", "the spokesman for Milei", "Egypt's information service").
    """
    if source.start is None:
        return SourceRole.OUTLET  # no speaker in the text: the outlet states it
    names = {p.name for p in participants}
    if source.name in names:
        return SourceRole.PARTICIPANT
    if pair_kind(source.text) is not None and len(names) >= 2:
        return SourceRole.PARTICIPANT  # "both governments", "the two sides"
    if _is_media(source, actor):
        return SourceRole.MEDIA
    states = {_state_of(p, actor_of) for p in participants} - {None}
    for owner in speaks_for:
        if owner.name in names:
            return SourceRole.PARTICIPANT  # "the head of the FBI inquiry" when the FBI acted
        if owner.kind not in (ActorKind.PERSON, ActorKind.PLACE):
            continue  # "the Ministry of Foreign Affairs": a portfolio, not an owner
        if any(_same_person(owner.name, name) for name in names):
            return SourceRole.PARTICIPANT
        if _is_state(owner) and owner.country in states:
            return SourceRole.PARTICIPANT
    # Unnamed "officials" (a group) are not the government's record: they may be anyone in it.
    unnamed = actor is not None and (actor.kind == ActorKind.GROUP or _unnamed_many(source))
    if actor is not None and actor.country in states and not unnamed:
        if _is_state(actor) or _named_for_office(source):
            return SourceRole.PARTICIPANT
    if (actor is None or not actor.country) and _office_holder(source, participants, actor_of):
        return SourceRole.PARTICIPANT  # "the Royal Court" of the one king taking part
    if _own_agents(actor, speaks_for, participants, actor_of):
        return SourceRole.PARTICIPANT  # "the interior ministry said border officers ..."
    if _spokesperson_of(source, names):
        return SourceRole.PARTICIPANT  # "a police spokesman" of what the police did
    if _own_force(source, actor, participants):
        return SourceRole.PARTICIPANT  # "Ugandan forces shelled ..., the army said"
    return SourceRole.OTHER


# Plural nouns for unnamed people inside a body: whoever they are, no official record.
UNNAMED_MANY = frozenset({"officials", "sources", "diplomats", "aides", "insiders", "people"})


def _unnamed_many(source: Source) -> bool:
    """Whether a source is unnamed people placed by where they work ("officials in Ankara",
    "sources at the ministry"): the resolver may read the place as its government, but a
    group of unnamed officials is not the government's record."""
    words = (source.text or source.name).lower().split()
    for i, word in enumerate(words):
        if word in ("in", "at", "from", "of", "close", "familiar", "with"):
            words = words[:i]
            break
    return bool(words) and words[-1] in UNNAMED_MANY


def _own_force(source: Source, actor: Actor | None, participants: Sequence[Participant]) -> bool:
    """Whether an armed body or police named only by what it is ("the army", "the military",
    "police") speaks of the one participant of its own kind: a story that says "Ugandan
    forces shelled ..., the army said" quotes that army. With two participants of the kind
    ("the army" in a clash of two armies) it could be either, so neither is assumed."""
    if actor is None or actor.country or actor.sector not in FORCE_SECTORS:
        return False
    said = (source.text or source.name).strip()
    if not said.replace(" ", "").isalpha() or not said.islower():
        return False  # a name ("@just_security", "Army Times") is no description of a force
    same = [p for p in participants if p.sector == actor.sector]
    return len(same) == 1


# Nouns of people whose office is to speak for the body they are named after.
SPOKESPERSON_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)


def _spokesperson_of(source: Source, names: set[str]) -> bool:
    """Whether the source is a spokesperson named after a participant ("a police spokesman"
    when the police acted, "the army spokeswoman" of the army's act): the words before the
    noun name the body whose voice the spokesperson is. A spokesperson of another body
    ("an army spokesman" on what the police did) is not the participant's side."""
    text = (source.text or "").lower().replace("\u2019s ", " ").replace("'s ", " ")
    words = [w for w in text.split() if w not in ("a", "an", "the")]
    for at, word in enumerate(words[1:-1], start=1):
        if word in ("for", "of") and words[at - 1] in SPOKESPERSON_NOUNS:
            words = words[at + 1 :] + [words[at - 1]]  # "a spokesman for the police"
            break
    if len(words) < 2 or words[-1] not in SPOKESPERSON_NOUNS:
        return False
    owner = " ".join(words[:-1])
    folded = {" ".join(n.lower().split()) for n in names}
    return any(n == owner or n.endswith(" " + owner) for n in folded)


def _own_agents(
    actor: Actor | None,
    speaks_for: Sequence[Actor],
    participants: Sequence[Participant],
    actor_of: Callable[[str], Actor | None],
) -> bool:
    """Whether a state body tells of its state's own agents, named only by what they are:
    "border officers", "troops", "police" with no country of their own are, in a ministry's or
    a government's words, that state's (an unmarked description is the speaker's own side).
    Only a body speaks so (a ministry, a government: a person's word is their own), and only
    of bodies and groups named by a description, not by a proper name ("the Food Agency")."""
    bodies = (ActorKind.ORGANIZATION, ActorKind.PLACE)
    speaker = [a for a in ([actor] if actor is not None else []) if a.kind in bodies]
    speaker += [a for a in speaks_for if a.kind == ActorKind.PLACE]
    if not any(_is_state(a) for a in speaker):
        return False
    for p in participants:
        if p.country or p.sector not in AGENT_SECTORS or _proper_name(p.name):
            continue
        known = actor_of(p.name)
        if known is not None and known.kind in (ActorKind.GROUP, ActorKind.ORGANIZATION):
            return True
    return False


# The office an office word names a body after ("the Royal Court", "the presidential press
# service"), by the words a holder's role shows; words that name a lesser office beside it.
OFFICE_HOLDERS = {
    "royal": ({"monarch", "king", "queen", "emir", "sultan"}, {"crown"}),
    "presidential": ({"president"}, {"vice"}),
}


def _office_holder(
    source: Source, participants: Sequence[Participant], actor_of: Callable[[str], Actor | None]
) -> bool:
    """Whether a body named after an office and of no known country ("the Royal Hashemite
    Court") belongs to a participant: the one participant whose role is that office."""
    words = set((source.text or source.name).lower().split())
    for word, (titles, lesser) in OFFICE_HOLDERS.items():
        if word not in words:
            continue
        holders = []
        for p in participants:
            actor = actor_of(p.name)
            role = set((actor.role or "").lower().split()) if actor is not None else set()
            if role & titles and not role & lesser:
                holders.append(p.name)
        if len(holders) == 1:
            return True
    return False


def ledger_role(
    actor: Actor | None,
    participants: Sequence[Participant],
    actor_of: Callable[[str], Actor | None],
) -> SourceRole | None:
    """A participant's side that the ledger recognises although the article alone could not:
    the source is a participant's state body once the ledger knows that participant's country
    from another article ("Ethiopia's Office of the Prime Minister" on a call whose article
    names Abiy Ahmed without his office). PARTICIPANT, or None when nothing more is known."""
    if actor is None or actor.kind == ActorKind.GROUP or actor.sector in MEDIA_SECTORS:
        return None
    if not actor.country or not _is_state(actor):
        return None
    for p in participants:
        known = actor_of(p.name)
        country = p.country or (known.country if known is not None else None)
        sector = p.sector or (known.sector if known is not None else None)
        place = known is not None and known.kind == ActorKind.PLACE
        if country == actor.country and (sector in AGENT_SECTORS or place):
            return SourceRole.PARTICIPANT
    return None


def _proper_name(name: str) -> bool:
    """A name rather than a description: a capitalised word after the first."""
    return any(word[:1].isupper() for word in name.split()[1:])


def _same_person(short: str, full: str) -> bool:
    """'Anwar' for 'Anwar Ibrahim': every word of one name is a word of the other."""
    a, b = set(short.lower().split()), set(full.lower().split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def _named_for_office(source: Source) -> bool:
    return bool(OFFICE_WORDS & set((source.text or source.name).lower().split()))


# Named entities that can speak: people, bodies, states and peoples ("the Kenyans said").
SPEAKING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Sources that are no one in particular but stand for someone the writer heard ("according to
# sources", "a judicial source said").
SOURCE_NOUNS = frozenset({"source", "sources"})
# Bodies and people that speak, beyond the agent and people vocabularies: collective bodies
# ("the panel", "the bloc"), and people by what they do where no agent suffix shows it.
SPEAKING_NOUNS = frozenset(
    {"panel", "team", "bloc", "church", "club", "campaign", "presidency", "witness", "analyst"}
)


def speaker_span(doc: Doc, start: int, end: int) -> bool:
    """Whether a source's span can be a speaker: someone who can speak (a name, a people or
    agent noun, a state or polity, a news organisation) or a text that reports (a report, a
    statement, a study). A pronoun is its antecedent's, so a pronoun the article's resolution
    left unplaced ("he", "which") names no one; nor does a thing ("a trade pact calling for
    E", "the swabs could identify E")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True  # no parse to judge by: leave the span as extraction found it
    head = span.root
    if head.pos_ == "PRON" or head.tag_ in ("PRP$", "WDT", "WP"):
        return False
    if pair_kind(span.text) is not None:
        return True  # "both sides", "the two sides": the participants speaking together
    if head.pos_ == "PROPN" or head.ent_type_ in SPEAKING_ENTS:
        return True
    if any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKING_ENTS for t in head.lefts):
        return True  # "the Delta council", "Kenya's police"
    return speaker_noun(head.lemma_.lower(), head.lower_)


def speaker_noun(lemma: str, word: str | None = None) -> bool:
    """A common noun of someone who speaks or of a text that does (see speaker_span)."""
    word = word or lemma
    places = ActorBase.default().places
    if word.endswith("s") and places.get(word[:-1], ("", ""))[1] == "adjective":
        return True  # a nationality's people: "Kestrians feel E"
    if {lemma, word} & _speaking_words():
        return True
    return lemma.endswith(events_lexicon.DOER_SUFFIXES) and lemma not in events_lexicon.load().nouns


@lru_cache(maxsize=1)
def _speaking_words() -> frozenset[str]:
    """Nouns of people and bodies (the PLOVER agent nouns, the vocabulary's people, relation,
    polity and institution nouns, the nouns of people serving a body), of the press, and of
    texts that report (documents, statements, reports)."""
    lexicon = events_lexicon.load()
    said = cues.load()
    kb = ActorBase.default()
    people = lexicon.agent_nouns | lexicon.people_nouns | lexicon.relation_nouns
    people |= lexicon.generic_people | lexicon.polity_nouns | kb.class_nouns | kb.serving_nouns
    texts = said.documents | set(said.nouns) | lexicon.report_nouns
    return frozenset(
        people | texts | MEDIA_NOUNS | SPOKESPERSON_NOUNS | SPEAKING_NOUNS | SOURCE_NOUNS
    )


def speakers_owners(
    doc: Doc, start: int, end: int, resolver: MentionResolver | None = None
) -> list[tuple[int, int]]:
    """Character spans of whom a speaker's phrase says it belongs to or speaks for: the
    possessor of its head ("Anwar's office"), the object of "for"/"of" after it ("the
    spokesman for Milei"), and the same inside an appositive describing it. A speaker with no
    owner of its own may be a spokesperson the article's resolution placed with the body it
    speaks for ("the ministry spokeswoman" after "Norway's defence ministry", a later "She
    said"): that body's owner. `resolver` is the article's (one is built when not given)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    heads = [span.root]
    heads += [c for c in span.root.children if c.dep_ == "appos"]
    owners = _owners_of(heads)
    if not owners:
        resolver = resolver or MentionResolver(doc, ActorBase.default(), None)
        body = resolver.spoken_for(start, end)
        spoken = doc.char_span(*body, alignment_mode="expand") if body else None
        owners = _owners_of([spoken.root]) if spoken is not None else []
    return owners


def _owners_of(heads: Sequence[Token]) -> list[tuple[int, int]]:
    owners: list[tuple[int, int]] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "poss":
                owners.append(_phrase(child))
            elif child.dep_ == "prep" and child.lower_ in _FOR_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        owners.append(_phrase(obj))
                        owners += _named_body_of(obj)
    return owners


def _named_body_of(work: Token) -> list[tuple[int, int]]:
    """The named body a common noun's work belongs to: "the FBI inquiry", "the UN mission"
    (a name of an organisation before the noun). The head of a body's inquiry speaks for the
    body; a plain noun ("the murder inquiry") names none."""
    if work.pos_ != "NOUN":
        return []
    return [
        _phrase(c)
        for c in work.children
        if c.dep_ in ("compound", "nmod") and c.i < work.i and c.ent_type_ == "ORG"
    ]


def _phrase(token: Token) -> tuple[int, int]:
    """A token's phrase without a trailing possessive marker."""
    words = [t for t in token.subtree if t.dep_ != "case"]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _is_state(actor: Actor) -> bool:
    """A country's executive or armed forces, or the country itself (it speaks through them)."""
    return bool(actor.country) and (actor.sector in STATE_SECTORS or actor.kind == ActorKind.PLACE)


def _state_of(participant: Participant, actor_of: Callable[[str], Actor | None]) -> str | None:
    """The country whose government a participant belongs to: a state official, its police,
    or the country itself; None for a participant outside the state (a party, a rebel group)."""
    if not participant.country:
        return None
    if participant.sector in AGENT_SECTORS:  # its police too ("Moldovan border police")
        return participant.country
    actor = actor_of(participant.name)
    if actor is not None and actor.kind == ActorKind.PLACE:
        return participant.country
    return None


def _is_media(source: Source, actor: Actor | None) -> bool:
    """A news organisation: by its sector, or by the noun its name or mention ends in
    ("state television", "the daily"); a state agency the base classes GOV is not."""
    if _named_for_office(source):
        return False
    if actor is not None and actor.sector in MEDIA_SECTORS:
        return True
    if actor is not None and actor.sector in STATE_SECTORS and actor.kind != ActorKind.GROUP:
        return False
    # The noun that says what it is: its name's last word, or a word of its mention ("the
    # daily El Cronista", "state television").
    words = (actor.name.lower().split()[-1:] if actor else []) + (
        (source.text or source.name).lower().split()
    )
    # and what the article called it: "the investigative news site X" gives X that role
    words += (actor.role or "").lower().split() if actor else []
    return bool(MEDIA_NOUNS & set(words))
