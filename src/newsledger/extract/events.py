"""The PLOVER event coder: event mentions with type, mode, participants, place, date and flags.

Reads a parsed Doc: every verb or noun of the event lexicon (data/events.yaml) is a candidate
event word; an event word governed by another one is part of that event ("agreed to meet" is one
AGREE, "condemned the attack" one ACCUSE), as PLOVER codes the main predicate. Participants come
from the dependency relations (events_args). A post-pass lets a definite event noun without
participants of its own ("the call", "such a conversation") take them from the latest
compatible mention in the article, so repeated mentions of one event line up for the merge stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger.extract import events_args as args
from newsledger.extract import events_lexicon, events_model
from newsledger.extract.events_lexicon import Lexicon
from newsledger.model import EventDate, EventMention, Participant, TimeExpr

try:
    from newsledger.extract.times import attached_time, to_event_date
except ImportError:  # the time stage is optional: without it events carry no date
    attached_time = None
    to_event_date = None

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "COMMUNICATE"})
PROMISABLE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Acts of force that, promised ("vowed to fight"), make the promise a threat.
VIOLENT = frozenset({"ASSAULT", "COERCE"})
# Acts done to things in a place, whose object's place is the event's ("shelled targets in X").
PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "AID", "RETREAT"})
# Yielding acts one declares oneself willing or committed to do: also AGREE (willingness).
WILLING = frozenset({"RETREAT", "CONCEDE"})
# Harmful acts that, announced for the future under a condition, are threats (PLOVER THREATEN).
HARMFUL = frozenset({"SANCTION", "COERCE", "ASSAULT", "RETREAT", "MOBILIZE", "REJECT"})
# The mode a REQUEST or REJECT takes from the kind of event it asks for or refuses.
ASKED_MODE = {
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "RETREAT": "yield",
    "CONCEDE": "yield",
}
NOT_PARTICIPANT_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}
)
AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "no"})


@dataclass
class _Candidate:
    """An event word before it becomes a mention: its possible categories and support verb."""

    trigger: Token
    categories: tuple[str, ...]
    support: Token | None = None  # light, occurrence or speech verb carrying a noun trigger
    support_kind: str | None = None
    governed: list[_Candidate] = field(default_factory=list)


@dataclass
class _Draft:
    """A mention under construction, with what the anaphora post-pass needs."""

    mention: EventMention
    categories: tuple[str, ...]
    sentence_index: int
    anaphoric: bool  # a definite event noun with no participants of its own
    supported: bool
    verbal: bool


def extract_events(doc: Doc, times: list[TimeExpr]) -> list[EventMention]:
    """Every event mention in `doc`, in text order, with participants as text spans."""
    lexicon = events_lexicon.load()
    drafts: list[_Draft] = []
    segments = [seg for sent in doc.sents for seg in _segments(sent)]
    for index, segment in enumerate(segments):
        for candidate in _sentence_candidates(segment, lexicon):
            drafts.append(_draft(candidate, segment, index, times, lexicon))
    return [d.mention for d in _resolve_anaphora(drafts)]


def _segments(sent: Span) -> list[Span]:
    """The sentence cut at line breaks: a heading glued to the next line is its own unit."""
    doc, pieces, start = sent.doc, [], sent.start
    for token in sent:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                pieces.append(doc[start : token.i])
            start = token.i + 1
    if start < sent.end:
        pieces.append(doc[start : sent.end])
    return [p for p in pieces if p.text.strip()]


def _sentence_candidates(sent: Span, lexicon: Lexicon) -> list[_Candidate]:
    """Candidate event words of one sentence, keeping only those no other candidate governs."""
    found: dict[int, _Candidate] = {}
    for token in sent:
        candidate = _verb_candidate(token, lexicon) or _noun_candidate(token, lexicon)
        if candidate is None:
            candidate = _obligation_candidate(token, lexicon)
        if candidate is not None:
            found[token.i] = candidate
    supports = {
        c.support.i: c
        for c in found.values()
        if c.support is not None and c.support_kind in ("light", "occurrence")
    }
    top: list[_Candidate] = []
    for candidate in found.values():
        governor = _governor(candidate, found, supports, sent)
        if governor is None:
            top.append(candidate)
        else:
            governor.governed.append(candidate)
    return sorted(top, key=lambda c: c.trigger.i)


def _governor(
    candidate: _Candidate,
    found: dict[int, _Candidate],
    supports: dict[int, _Candidate],
    sent: Span,
) -> _Candidate | None:
    """The nearest candidate above this one in the parse, skipping coordination links.

    A light verb stands for its event noun: in "began a hunger strike to demand ...", the
    demand hangs from "began" and so belongs to the strike.
    """
    token = candidate.trigger
    while token.head != token:
        via_conj = token.dep_ == "conj"
        purpose = token.dep_ in ("advcl", "xcomp")
        token = token.head
        if not sent.start <= token.i < sent.end:
            return None
        if via_conj:
            continue
        if token.i in found:
            return found[token.i]
        if purpose and token.i in supports and supports[token.i] is not candidate:
            return supports[token.i]
    return None


def _verb_candidate(token: Token, lexicon: Lexicon) -> _Candidate | None:
    if token.pos_ != "VERB" or token.dep_ == "amod":
        return None  # "the Israeli-occupied West Bank": a participle describing, not an act
    lemma = token.lemma_.lower()
    speech = _speech_head(token, lexicon)
    if speech is not None and "COMMUNICATE" in lexicon.verbs.get(lemma, ()):
        return _Candidate(token, ("COMMUNICATE",), speech, "speech")
    for child in token.children:
        if child.dep_ in ("prt", "prep", "dobj"):
            category = lexicon.phrasal.get(f"{lemma} {child.lemma_.lower()}")
            if category:
                return _Candidate(token, (category,))
    categories = lexicon.verbs.get(lemma)
    if not categories:
        return None
    if lemma in lexicon.attempt_verbs and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "tried to hack": the attempted act is the event
    if lemma in lexicon.light_verbs and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lexicon.nouns for c in token.children
    ):
        return None  # "signed an agreement", "hosted talks": the noun is the event
    return _Candidate(token, categories)


def _noun_candidate(token: Token, lexicon: Lexicon) -> _Candidate | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
        return None
    categories = lexicon.nouns.get(token.lemma_.lower()) or lexicon.nouns.get(token.lower_)
    if not categories:
        return None
    head = token.head
    head_lemma = head.lemma_.lower()
    if token.dep_ in ("dobj", "obj", "nsubjpass") and head_lemma in lexicon.light_verbs:
        phrasal = lexicon.phrasal.get(f"{head_lemma} {token.lemma_.lower()}")
        return _Candidate(token, (phrasal,) if phrasal else categories, head, "light")
    if token.dep_ == "pobj" and head.lower_ in ("on", "for") and head.head.pos_ == "VERB":
        if head.head.lemma_.lower() in lexicon.light_verbs:  # "arrived on a visit"
            return _Candidate(token, categories, head.head, "light")
    if token.dep_ in ("nsubj", "nsubjpass") and head_lemma in lexicon.occurrence_verbs:
        return _Candidate(token, categories, head, "occurrence")
    if token.dep_ == "attr" and head_lemma == "be" and any(c.dep_ == "expl" for c in head.children):
        return _Candidate(token, categories, head, "occurrence")
    speech = _speech_head(token, lexicon)
    if speech is not None and "COMMUNICATE" in categories:
        return _Candidate(token, ("COMMUNICATE",), speech, "speech")
    if token.lemma_.lower() in lexicon.needs_support and not _own_participants(token, lexicon):
        if not any(c.lower_ == "joint" for c in token.children):
            return None
    return _Candidate(token, categories)


def _speech_head(token: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb of "said in a letter", "responded in writing" (the medium of a message)."""
    head = token.head
    if token.dep_ in ("pobj", "pcomp") and head.lower_ == "in":
        if head.head.lemma_.lower() in lexicon.speech_verbs:
            return head.head
    return None


def _obligation_candidate(token: Token, lexicon: Lexicon) -> _Candidate | None:
    """ "X said that Y must stop ..." is a REQUEST from X to Y (a demand in reported speech)."""
    if token.pos_ != "VERB" or token.dep_ not in ("ccomp", "advcl"):
        return None
    if token.head.lemma_.lower() not in lexicon.speech_verbs:
        return None
    if any(c.dep_ == "aux" and c.lower_ in lexicon.obligation_modals for c in token.children):
        return _Candidate(token, ("REQUEST",), token.head, "speech")
    return None


def _own_participants(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun names its participants itself ("talks with X", "X's visit")."""
    if any(c.dep_ == "poss" for c in token.children):
        return True
    if args.prep_objects(token, lexicon.actor_preps | lexicon.agent_preps):
        return True
    return bool(args.hyphen_names(token))


def _draft(
    candidate: _Candidate, sent: Span, index: int, times: list[TimeExpr], lexicon: Lexicon
) -> _Draft:
    trigger, support = candidate.trigger, candidate.support
    category = _choose(candidate, sent, lexicon)
    actors, recipients = _participants(candidate, category, lexicon)
    actors = [p for p in actors if sent.start_char <= p.start and p.end <= sent.end_char]
    recipients = [p for p in recipients if sent.start_char <= p.start and p.end <= sent.end_char]
    anchors = [t for t in (trigger, support) if t is not None]
    negated, hypothetical, future = args.flags(anchors, lexicon)
    promised = _promised(trigger if support is None else support, lexicon)
    if category in HARMFUL and (future or hypothetical) and _conditional(anchors, lexicon):
        category = "THREATEN"
    elif category in PROMISABLE and (promised or (future and not negated)):
        category = "AGREE"
    elif category in WILLING and promised:
        category = "AGREE"
    if (
        category == "AGREE"
        and trigger.lemma_.lower() in lexicon.promise_verbs
        and any(
            g.categories[0] in VIOLENT and g.trigger.head == trigger and g.trigger.dep_ == "xcomp"
            for g in candidate.governed
        )
    ):
        category = "THREATEN"  # "vowed to fight": a promised harm is a threat
    if negated and category in ("AGREE", "CONCEDE"):
        category, negated = "REJECT", False  # not agreeing or yielding is a rejection
    place = args.place_of(
        anchors + [g.trigger for g in candidate.governed], lexicon, deep=category in PHYSICAL
    )
    location = place.text if place is not None else None
    mode = _mode(candidate, category, actors, location, lexicon)
    if place is not None and not recipients and (category not in SYMMETRIC or mode == "visit"):
        recipients = [place]  # PLOVER codes the place acted on when no one else is named
    mention = EventMention(
        type=category,
        mode=mode,
        actors=actors,
        recipients=recipients,
        date=_date(sent.doc, times, anchors),
        location=location,
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        sentence=sent.text,
        start=sent.start_char,
        end=sent.end_char,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
    )
    nominal = trigger.pos_ in ("NOUN", "PROPN")
    anaphoric = nominal and not actors and not recipients and _definite(trigger)
    return _Draft(mention, candidate.categories, index, anaphoric, support is not None, not nominal)


def _choose(candidate: _Candidate, sent: Span, lexicon: Lexicon) -> str:
    """The category of an ambiguous event word: a phrasal or mode word decides, else the model."""
    if len(candidate.categories) == 1:
        return candidate.categories[0]
    trigger = candidate.trigger
    for child in trigger.children:
        phrasal = lexicon.phrasal.get(f"{trigger.lemma_.lower()} {child.lower_}")
        if phrasal in candidate.categories:
            return phrasal
    modifiers = [c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod")]
    for category in candidate.categories:
        if lexicon.mode_for(category, modifiers):
            return category
    return events_model.choose(sent.text, candidate.categories)


def _conditional(anchors: list[Token], lexicon: Lexicon) -> bool:
    """Whether the act is announced under a condition ("... unless X", "if X ...")."""
    return any(
        clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in lexicon.conditional_marks for m in clause.children)
        for token in anchors
        for clause in token.children
    )


def _promised(token: Token, lexicon: Lexicon) -> bool:
    """Whether the event word is what someone promises, plans or agrees to do."""
    current = token
    while current.dep_ in ("xcomp", "ccomp", "conj") and current.head != current:
        current = current.head
        if current.lemma_.lower() in lexicon.promise_verbs:
            return True
    return False


def _participants(
    candidate: _Candidate, category: str, lexicon: Lexicon
) -> tuple[list[Participant], list[Participant]]:
    """Actors and recipients of the event word, from its own relations and its support verb."""
    trigger, support = candidate.trigger, candidate.support
    to_side = lexicon.recipient_preps | lexicon.category_preps.get(category, frozenset())
    actor_heads: list[Token] = []
    recipient_heads: list[Token] = []
    patients: list[Token] = []
    symmetric = category in SYMMETRIC
    if candidate.support_kind == "speech" and category == "REQUEST":
        actor_heads += args.subject_of(support)[0]
        recipient_heads += args.subject_of(trigger)[0]
    else:
        verb = support if candidate.support_kind in ("light", "speech") else trigger
        if trigger.pos_ == "VERB" or candidate.support_kind in ("light", "speech"):
            subjects, passive = args.subject_of(verb)
            subjects = [s for s in subjects if s != trigger]
            if passive and not symmetric:
                patients = subjects  # "the village was attacked": a target, even if no agent
            else:
                actor_heads.extend(subjects)
            actor_heads += args.prep_objects(verb, lexicon.agent_preps)
            objects = [c for c in verb.children if c.dep_ in args.OBJECTS and c != trigger]
            if category == "CONSULT" and verb == trigger:
                actor_heads += [o for o in objects if _agent_like(o, lexicon)]
            elif candidate.support_kind != "speech":
                recipient_heads += [o for o in objects if not _own(o)]
            for dative in (c for c in verb.children if c.dep_ in args.DATIVES):
                # spaCy labels the "to" of "sent aid to X" dative too: take its object.
                recipient_heads += [o for o in dative.children if o.dep_ == "pobj"] or [dative]
            recipient_heads += args.prep_objects(verb, to_side)
        for child in trigger.children:
            if child.dep_ == "poss":
                actor_heads.append(child)
        actor_heads += args.prep_objects(trigger, lexicon.agent_preps)
        with_side = args.prep_objects(trigger, lexicon.actor_preps)
        if support is not None and candidate.support_kind == "light":
            with_side += args.prep_objects(support, lexicon.actor_preps)
        elif trigger.pos_ == "VERB":
            with_side += args.prep_objects(trigger, lexicon.actor_preps)
        (actor_heads if symmetric else recipient_heads).extend(with_side)
        if trigger.pos_ != "VERB":
            recipient_heads += args.prep_objects(trigger, to_side)
        if not recipient_heads:  # "threatened to strike X": the target of the act threatened
            for governed in candidate.governed:
                if governed.trigger.pos_ == "VERB":
                    recipient_heads += [
                        c for c in governed.trigger.children if c.dep_ in args.OBJECTS
                    ]
                    recipient_heads += args.prep_objects(governed.trigger, to_side)
    actors = _expand(actor_heads, trigger)
    if trigger.pos_ != "VERB":
        actors += args.hyphen_names(trigger)
    recipients = _expand(
        patients + [h for h in recipient_heads if _agent_like(h, lexicon)], trigger
    )
    actors = _unique(actors, [])
    return actors, _unique(recipients, actors)


def _agent_like(token: Token, lexicon: Lexicon) -> bool:
    """Whether an object names someone (not a thing or topic: "discussed the situation").

    A common noun counts when it names people (a PLOVER agent noun: "activists") or a name or
    nationality qualifies it ("Palestinian forces").
    """
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in AGENT_ENTS:
        return True
    lemma = token.lemma_.lower()
    if lemma in lexicon.agent_nouns and lemma not in lexicon.nouns:
        return True  # people ("activists"), not event words that also end agent phrases
    return any(t.ent_type_ in AGENT_ENTS for t in args.mention_tokens(token))


def _expand(heads: list[Token], trigger: Token) -> list[Participant]:
    parts: list[Participant] = []
    for head in heads:
        counted = (head.pos_ == "NUM" or head.ent_type_ in NOT_PARTICIPANT_ENTS) and any(
            c.lower_ == "of" for c in head.children
        )
        if head.pos_ not in ("PROPN", "NOUN", "PRON") and not counted:
            continue  # "Thousands of farmers" counts, "five" alone does not
        if head.ent_type_ in NOT_PARTICIPANT_ENTS and not counted:
            continue
        if head.tag_ == "WP" or head.dep_ == "expl" or head.lower_ == "there":
            continue
        head = _speaker_for_pronoun(head)
        parts += [p for p in args.participants_of(head) if not (p.start <= trigger.idx < p.end)]
    return parts


def _own(token: Token) -> bool:
    """Whether an object is the actor's own ("withdrew its troops"): not a recipient."""
    return any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in token.children
    )


def _speaker_for_pronoun(head: Token) -> Token:
    """In "X said it would ...", "it"/"they" is X: the subject of the reporting clause."""
    clause = head.head
    if head.lower_ not in ("it", "they") or head.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return head
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return speakers[0] if speakers and speakers[0].pos_ in ("PROPN", "NOUN") else head


def _unique(parts: list[Participant], exclude: list[Participant]) -> list[Participant]:
    seen = {(p.start, p.end) for p in exclude}
    kept = []
    for part in parts:
        if (part.start, part.end) not in seen:
            seen.add((part.start, part.end))
            kept.append(part)
    return kept


def _mode(
    candidate: _Candidate,
    category: str,
    actors: list[Participant],
    location: str | None,
    lexicon: Lexicon,
) -> str | None:
    trigger = candidate.trigger
    if category in ("REQUEST", "REJECT") and candidate.support_kind != "speech":
        for governed in candidate.governed:
            asked = ASKED_MODE.get(governed.categories[0])
            if asked:
                return asked
    words = [trigger.lemma_.lower(), trigger.lower_]
    words += [c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod")]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "via", "in"):
            words += [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
    if category == "COMMUNICATE" and trigger.lemma_.lower() == "statement":
        return "statement"
    mode = lexicon.mode_for(category, words)
    if mode or category != "CONSULT":
        return mode
    if len(actors) >= 3:
        return "multilateral"
    return _host_mode(actors, location) if location else None


@lru_cache(maxsize=1)
def _country_finder() -> Callable[[str], str | None] | None:
    """The actor base's country finder (names, adjectives, capitals), or None without it."""
    try:
        from newsledger.resolve.kb import ActorBase, norm
    except ImportError:
        return None
    base = ActorBase.default()
    return lambda text: base.country_in(norm(text))


def _host_mode(actors: list[Participant], location: str) -> str | None:
    """PLOVER's CONSULT mode from where a meeting is: `visit` in one participant's country,
    `third-party` in none of theirs; None when the countries are not all known."""
    country_of = _country_finder()
    if country_of is None:
        return None
    place = country_of(location)
    theirs = [country_of(p.text or p.name) for p in actors]
    if place is None or not theirs:
        return None
    if place in theirs:
        return "visit" if len(set(theirs)) > 1 else None
    return "third-party" if None not in theirs else None


def _date(doc: Doc, times: list[TimeExpr], anchors: list[Token]) -> EventDate | None:
    """The time attached to the event word or its support verb, else to the verb reporting it.

    "This summer, X mentioned that Y sent him a letter": the report's time bounds the event.
    """
    if attached_time is None or to_event_date is None:
        return None
    reporting = [t.head for t in anchors if t.dep_ == "ccomp" and t.head.pos_ == "VERB"]
    for token in anchors + reporting:
        if not _has_clause_verb(token):
            continue  # attached_time anchors on the clause verb; a verbless heading has none
        time = attached_time(doc, times, token)
        if time is not None:
            return to_event_date(time)
    return None


def _has_clause_verb(token: Token) -> bool:
    return any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
        for t in [token, *token.ancestors]
    )


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in DEFINITE for c in token.children)


def _resolve_anaphora(drafts: list[_Draft]) -> list[_Draft]:
    """Fill participant-less event nouns from the latest compatible mention; drop the rest.

    A definite event noun ("the call", "such a conversation") refers back to an event the
    article already introduced, so it takes that event's type, mode and participants. A
    modeless CONSULT right after a CONSULT with a mode ("... telephone conversation ... He and
    X talked") elaborates the same contact and takes its mode (and date, when it has none).
    """
    kept: list[_Draft] = []
    for draft in drafts:
        mention = draft.mention
        if draft.anaphoric:
            antecedent = _antecedent(kept, draft)
            if antecedent is not None:
                source = antecedent.mention
                mention.type = source.type
                mention.mode = mention.mode or source.mode
                mention.actors = list(source.actors)
                mention.recipients = list(source.recipients)
            elif not draft.supported:
                continue
        elif mention.type == "CONSULT" and mention.mode is None and draft.verbal:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and previous.mention.type == "CONSULT"
                and previous.mention.mode
                and draft.sentence_index - previous.sentence_index == 1
            ):
                mention.mode = previous.mention.mode
                mention.date = mention.date or previous.mention.date
        elif not mention.actors and not mention.recipients and not draft.verbal:
            if not draft.supported:
                continue
        kept.append(draft)
    return kept


def _antecedent(kept: list[_Draft], draft: _Draft) -> _Draft | None:
    for previous in reversed(kept):
        mention = previous.mention
        if mention.type in draft.categories and (mention.actors or mention.recipients):
            return previous
    return None
