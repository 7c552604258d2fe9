"""Event topics: what a call, meeting, letter or agreement was about, read from the parse.

An analyst reading "X phoned Y about the grain deal" wants the CONSULT event to carry "grain
deal". The event coder finds who met whom; this stage adds what about, from four places:

- a subject-matter preposition ("about", "on", "over", "regarding", ...) on the event word,
  on the verb carrying it ("held talks on X"), on its event-noun object ("signed agreements on
  X"), on the setting act ("clashed over X in a call") or, for an agreement or a request, on the
  act agreed or asked ("agreed to expand cooperation on X");
- the objects of discussion verbs tied to the event: the event word itself ("discussed X"), a
  verb coordinated with it or hanging from it ("met and discussed X", "met to discuss X",
  "talks that focused on X"), a verb it is the subject of ("the talks covered X");
- an agenda sentence ("the main topics were X and Y", "the agenda included X"), in the event's
  sentence or the next;
- a next sentence "They also discussed X" whose subject points back to the participants
  ("they", "the two", "both leaders") and that tells no event of its own.

Each coordinated noun phrase is its own topic; "the situation in X" is X, and a vague head
("various issues, including X", "the question of X", "concern about X") gives way to what it
names. Times, modes and settings ("on Tuesday", "on the phone", "on the sidelines of") are not
topics. Rules read the parse only: no wording of any one article.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsledger import docindex
from newsledger.extract import events_lexicon
from newsledger.extract.events_lexicon import Lexicon
from newsledger.model import EventMention

SUBJECT_PREPS = frozenset({"about", "on", "upon", "over", "regarding", "concerning", "re"})
# The prepositions that say "what about" even on a noun that is no event ("wrote to X about Y").
ABOUT_PREPS = frozenset({"about", "regarding", "concerning", "re"})
FOR = frozenset({"for"})
PARTY_PREPS = frozenset({"to", "with"})
# "with regard to X", "in relation to X": the noun after which the subject matter follows.
REGARD_NOUNS = frozenset({"regard", "respect", "relation", "reference", "connection"})
# Verbs whose direct object is what was discussed.
OBJECT_VERBS = frozenset(
    "discuss debate address review raise tackle examine cover negotiate explore".split()
)
# Verbs that name what was discussed only through a preposition ("talked about X"), with the
# prepositions they add to SUBJECT_PREPS ("dealt with X").
PREP_VERBS = {
    "talk": frozenset(),
    "speak": frozenset(),
    "confer": frozenset(),
    "converse": frozenset(),
    "consult": frozenset(),
    "focus": frozenset(),
    "centre": frozenset(),
    "center": frozenset(),
    "concentrate": frozenset(),
    "touch": frozenset(),
    "dwell": frozenset(),
    "brief": frozenset(),
    "deal": frozenset({"with"}),
    "revolve": frozenset({"around"}),
}
# Verbs whose object is an audience, not a subject ("addressed parliament", "briefed reporters").
AUDIENCE_VERBS = frozenset({"address", "brief"})
# Verbs that voice a view: only what the view is about counts ("expressed concern about X").
VIEW_VERBS = frozenset({"express", "voice", "exchange", "share"})
# Verbs that, with an event word as subject, list its topics ("the talks included X").
LISTING_VERBS = frozenset({"include", "concern", "involve", "cover", "feature"})
# Subjects of an agenda sentence ("the main topics were X") and the verbs that list it.
AGENDA_NOUNS = frozenset({"topic", "issue", "agenda", "subject", "theme", "focus"})
AGENDA_VERBS = frozenset({"be", "include", "cover", "concern", "involve", "feature"})
# Heads that name nothing themselves: the topic is what they include or are about.
VAGUE_HEADS = frozenset(
    """
        issue matter topic question subject theme problem area aspect point thing range
        variety number host series set list concern view opinion idea information thought
        proposal plan situation development state
    """.split()
)
# Modifiers that leave a vague head vague ("various international issues").
VAGUE_MODIFIERS = frozenset(
    """
        various several other many some all key main major important international regional
        global current pressing topical wide broad whole certain specific common joint serious
        deep grave new further latest bilateral a an the this that these those such of
    """.split()
)
# What a vague head hands on to: "the situation in X", "issues such as X", "concern about X".
INNER_PREPS = SUBJECT_PREPS | {"of", "in", "around", "with", "for", "including", "like", "as"}
NOT_TOPIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Objects of "on"/"over" that are a time, a medium or a setting, never a subject matter.
NOT_TOPIC_NOUNS = frozenset(
    """
        phone telephone line video videoconference videolink link camera record sideline
        sidelines margin margins fringe fringes behalf eve occasion way basis condition
        invitation weekend lunch dinner breakfast coffee tea visit trip tour day night morning
        evening afternoon week month year time board foot arrival spot ground air television
        tv radio channel platform website site page account x twitter telegram facebook
        instagram weibo wechat youtube tiktok instance average side part hand heel heels back
        whole course period
    """.split()
)
# Clauses that tell their own story ("met Y, while Z discussed X"): not the event's.
OWN_CLAUSE_MARKS = frozenset(
    "when after while since because although though before whereas if unless".split()
)
# Clause links along which a discussion verb still tells the same contact.
CLAUSE_LINKS = frozenset({"conj", "xcomp", "advcl", "relcl", "acl", "parataxis"})
SETTING_PREPS = frozenset({"in", "during", "at"})
REFERRING_PRONOUNS = frozenset({"they", "we"})
DROPPED_DEPS = frozenset({"conj", "cc", "appos", "relcl", "advcl", "parataxis", "preconj"})
LEADING_ARTICLES = frozenset({"the", "a", "an"})
MAX_TOPIC_TOKENS = 15
# Verbs an agenda or follow-up sentence turns on.
CUE_LEMMAS = AGENDA_VERBS | LISTING_VERBS | OBJECT_VERBS | frozenset(PREP_VERBS)


def attach_topics(doc: Doc, mentions: list[EventMention], lexicon: Lexicon | None = None) -> None:
    """Fill `topics` of the mentions of `doc` whose type has a subject matter, in place.

    Which categories have one is data (traits in events.yaml): `about` ("talks on X", not
    ASSAULT's "attack on X"), `contact` (a next sentence "They also discussed X" elaborates it)
    and `act` (the subject matter may sit on the act agreed or asked for).
    """
    if not mentions:
        return
    lexicon = lexicon or events_lexicon.load()
    topic_types = lexicon.having("about")
    contact_types = lexicon.having("contact")
    index = docindex.of(doc)
    found = [(m, _trigger(doc, m)) for m in mentions]
    # The triggers of each sentence, in mention order.
    triggers: dict[int, list[tuple[EventMention, Token]]] = {}
    for mention, trigger in found:
        if trigger is not None:
            triggers.setdefault(index.sentence_index(trigger.i), []).append((mention, trigger))
    for mention, trigger in found:
        if trigger is not None and mention.type in topic_types:
            _add(mention, _own_topics(mention, trigger, lexicon))
    # Agenda and follow-up sentences hang on a few verbs: find those once, not word by word.
    cues: dict[int, list[Token]] = {}
    for token in _cue_verbs(doc):
        cues.setdefault(index.sentence_index(token.i), []).append(token)
    for number, verbs in sorted(cues.items()):
        here = triggers.get(number, [])
        before = triggers.get(number - 1, [])
        for topics in _agenda_topics(verbs, lexicon, {t.i for _, t in here}):
            target = _latest(here, topic_types, prefer=contact_types)
            if target is None and not here:
                target = _latest(before, contact_types)
            if target is not None:
                _add(target, topics)
        follow_ups = [v for v in verbs if _follow_up(v)]
        told = {t.i for _, t in here}
        if follow_ups and told <= {verb.i for verb in follow_ups}:
            target = _latest(before, frozenset({"CONSULT"}))
            if target is not None:
                for verb in follow_ups:
                    _add(target, _discussed(verb, lexicon))


def _cue_verbs(doc: Doc) -> list[Token]:
    """Tokens whose lemma is an agenda, listing or discussion verb, read from the lemma array."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in CUE_LEMMAS}
    lemmas = doc.to_array("LEMMA")
    return [doc[i] for i, lemma in enumerate(lemmas.tolist()) if lemma in wanted]


def _trigger(doc: Doc, mention: EventMention) -> Token | None:
    return docindex.head_at(doc, mention.trigger_start, mention.trigger_end)


def _add(mention: EventMention, topics: Iterable[str]) -> None:
    seen = {t.lower() for t in mention.topics}
    for topic in topics:
        if topic.lower() not in seen:
            seen.add(topic.lower())
            mention.topics.append(topic)


def _latest(
    candidates: list[tuple[EventMention, Token]],
    types: frozenset[str],
    prefer: frozenset[str] = frozenset(),
) -> EventMention | None:
    """The mention told last among `candidates` of one of `types`, those of `prefer` first."""
    fitting = [(m, t) for m, t in candidates if m.type in types]
    preferred = [(m, t) for m, t in fitting if m.type in prefer] or fitting
    return max(preferred, key=lambda pair: pair[1].i)[0] if preferred else None


# --- the event's own sentence -------------------------------------------------------------


def _own_topics(mention: EventMention, trigger: Token, lexicon: Lexicon) -> list[str]:
    """Topics from the event word's own relations and the discussion verbs tied to it."""
    excluded = set(lexicon.category_preps.get(mention.type, frozenset()))
    lemma = trigger.lemma_.lower()
    excluded |= {p for p in SUBJECT_PREPS if f"{lemma} {p}" in lexicon.phrasal_bare}
    preps = SUBJECT_PREPS - excluded  # "called on X" visits X, "called on X to" asks X
    heads: list[Token] = []
    anchors = [trigger]
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and head != trigger:
        if trigger.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lexicon.light_verbs:
            anchors.append(head)  # "held talks on X", "a deal was signed on X"
        elif trigger.dep_ == "pobj" and head.lower_ in SETTING_PREPS and head.head.pos_ == "VERB":
            anchors.append(head.head)  # "clashed over X in a phone call"
        elif trigger.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
            anchors.append(head)  # "the call was about X", "the talks focused on X"
            if head.lemma_.lower() in LISTING_VERBS:
                heads += _objects(head)
    for anchor in anchors:
        heads += _prep_objects(anchor, preps, mention.location)
    # Event nouns the event word acts on ("signed agreements on X", "asked for talks on X")
    # and the acts agreed or asked for ("agreed to present proposals on X") carry their own.
    objects = [o for a in anchors for o in _objects(a)]
    things = [o for o in objects if o.lemma_.lower() in lexicon.nouns]
    if mention.type in lexicon.having("act"):
        things += [o for o in _objects_of(trigger, FOR) if o.lemma_.lower() in lexicon.nouns]
        acts = _acts(trigger)
        things += acts
        # What is asked or agreed is the object of the last act ("asked X to speed up land
        # acquisition for the rail line", "called on the EU to consider common borrowing").
        last = [a for a in acts if a.pos_ == "VERB"][-1:]
        heads += [o for a in last for o in _objects(a) if _subject_matter(o, lexicon)]
    for thing in things:
        if thing != trigger:
            heads += _prep_objects(thing, SUBJECT_PREPS, mention.location)
    # "wrote to X about Y", "met X regarding Y": hung on a party, where only "about" is safe.
    parties = [o for a in anchors for o in _objects_of(a, PARTY_PREPS)] + objects
    for party in parties:
        if party not in things:
            heads += _prep_objects(party, ABOUT_PREPS, mention.location)
    in_order = sorted({h.i: h for h in heads}.values(), key=lambda h: h.i)
    topics = [topic for h in in_order for topic in _topics_of(h, lexicon)]
    for verb in _tied_verbs(anchors):
        topics += _discussed(verb, lexicon, mention.location)
    return topics


def _acts(trigger: Token) -> list[Token]:
    """The acts an agreement or request is about ("agreed to present proposals"), objects too."""
    acts: list[Token] = []
    current = trigger
    for _ in range(3):
        nxt = [c for c in current.children if c.pos_ == "VERB" and _complement(c)]
        if not nxt:
            break
        current = nxt[0]
        acts += [current, *_objects(current)]
    return acts


def _complement(verb: Token) -> bool:
    """ "agreed to X", "called on Y to X": the act agreed or asked for."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _objects(token: Token) -> list[Token]:
    """Direct objects and complements, with nouns coordinated to them on the verb."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]
    if objects:
        objects += [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    return objects


def _objects_of(token: Token, preps: frozenset[str]) -> list[Token]:
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _prep_objects(token: Token, preps: frozenset[str], location: str | None = None) -> list[Token]:
    """Objects of subject-matter prepositions on `token`, times, media and settings left out.

    Reads coordinated prepositions too ("proposals on X and on Y"), "regarding X" parsed as a
    verb, and "with regard to X".
    """
    found: list[Token] = []
    for child in token.children:
        word = child.lower_
        if child.dep_ in ("prep", "acl", "advcl") and word in ("regarding", "concerning"):
            found += [o for o in child.children if o.dep_ in ("pobj", "dobj", "pcomp")]
        elif child.dep_ == "prep" and word in ("with", "in"):
            for regard in (o for o in child.children if o.dep_ == "pobj"):
                if regard.lemma_.lower() in REGARD_NOUNS:
                    found += _prep_objects(regard, frozenset({"to", "with"}), location)
        elif (child.dep_ == "prep" or (child.dep_ == "conj" and child.pos_ == "ADP")) and (
            word in preps
        ):
            found += [o for o in child.children if o.dep_ in ("pobj", "pcomp")]
    return [o for o in found if not _setting_word(o, location)]


def _setting_word(token: Token, location: str | None) -> bool:
    """Whether a prepositional object is a time, a medium or a setting ("on Tuesday")."""
    if token.ent_type_ in NOT_TOPIC_ENTS or token.like_num:
        return True
    if token.lemma_.lower() in NOT_TOPIC_NOUNS or token.lower_ in NOT_TOPIC_NOUNS:
        return True
    if location and token.pos_ == "PROPN" and _span_text(token) == location:
        return True  # "met on Crete": the place the event coder already took
    return False


def _span_text(token: Token) -> str:
    ent = docindex.of(token.doc).entity(token.doc, token.i)
    return ent.text if ent is not None else token.text


def _tied_verbs(anchors: list[Token]) -> list[Token]:
    """Verbs telling the same contact as the event word: its clause links in both directions
    ("met and discussed", "met to discuss", "talks that focused on"), not a clause of its own."""
    tops: list[Token] = []
    for anchor in anchors:
        current = anchor
        while (
            current.dep_ in CLAUSE_LINKS
            and current.head != current
            and current.head.pos_ in ("VERB", "AUX")
            and not _own_clause(current)
        ):
            current = current.head
        tops.append(current)
    found: dict[int, Token] = {}
    stack = list(tops) + list(anchors)
    while stack:
        token = stack.pop()
        if token.i in found:
            continue
        found[token.i] = token
        stack += [c for c in token.children if c.dep_ in CLAUSE_LINKS and not _own_clause(c)]
    return [t for t in found.values() if t.pos_ in ("VERB", "AUX")]


def _own_clause(token: Token) -> bool:
    return token.dep_ in ("advcl", "relcl") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in OWN_CLAUSE_MARKS for c in token.children
    )


def _discussed(verb: Token, lexicon: Lexicon, location: str | None = None) -> list[str]:
    """What a discussion verb says was discussed: its object and its "about/on" phrases."""
    lemma = verb.lemma_.lower()
    heads: list[Token] = []
    if lemma in OBJECT_VERBS:
        objects = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        if _misparsed_verb(verb):
            objects.append(verb.head)
        if lemma in AUDIENCE_VERBS:
            objects = [o for o in objects if not _audience(o, lexicon)]
        heads += objects + _prep_objects(verb, SUBJECT_PREPS, location)
    elif lemma in PREP_VERBS:
        heads += _prep_objects(verb, SUBJECT_PREPS | PREP_VERBS[lemma], location)
    elif lemma in VIEW_VERBS:
        vague = [o for o in verb.children if o.dep_ in ("dobj", "obj") and _vague(o)]
        heads += [i for o in vague for i in _prep_objects(o, SUBJECT_PREPS, location)]
    return [topic for head in heads for topic in _topics_of(head, lexicon)]


def _audience(token: Token, lexicon: Lexicon) -> bool:
    """Whether the object of "addressed" is who was spoken to or the occasion, not a matter."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or lemma in lexicon.agent_nouns
        or lemma in lexicon.relation_nouns
        or lemma in lexicon.nouns
    )


# --- the next sentence and agenda sentences -----------------------------------------------


def _agenda_topics(verbs: list[Token], lexicon: Lexicon, triggers: set[int]) -> list[list[str]]:
    """Topics of the agenda clauses these verbs head: "the main topics were X", "the agenda
    included X", "X was the main issue", "among the topics discussed were X", and a definite
    event noun that is no mention of its own ("The call also covered X", "The talks focused
    on X")."""
    found: list[list[str]] = []
    for token in verbs:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        complements = _objects(token)
        among = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == "among"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if lemma in AGENDA_VERBS and any(_agenda_noun(s) for s in subjects):
            heads = complements + (_prep_objects(token, SUBJECT_PREPS) if lemma == "be" else [])
        elif lemma == "be" and any(_agenda_noun(c) for c in complements + among):
            heads = subjects + [c for c in complements if not _agenda_noun(c)]
        elif any(_event_reference(s, lexicon) and s.i not in triggers for s in subjects):
            heads = complements if lemma in LISTING_VERBS else []
            if lemma == "be" or lemma in PREP_VERBS:
                heads += _prep_objects(token, SUBJECT_PREPS | PREP_VERBS.get(lemma, frozenset()))
        else:
            continue
        heads = [h for h in heads if h.pos_ in ("NOUN", "PROPN", "VERB")]
        topics = [topic for h in heads for topic in _topics_of(h, lexicon)]
        if topics:
            found.append(topics)
    return found


def _agenda_noun(token: Token) -> bool:
    """ "The (main) topics", "the agenda", "the issues discussed": definite, about a contact."""
    if token.lemma_.lower() not in AGENDA_NOUNS:
        return False
    return any(c.dep_ in ("det", "poss") for c in token.children)


def _event_reference(token: Token, lexicon: Lexicon) -> bool:
    """ "The call", "the talks": a definite contact noun pointing back to an event told before."""
    categories = lexicon.nouns.get(token.lemma_.lower(), ())
    return bool(set(categories) & lexicon.having("contact")) and _definite(token)


def _follow_up(verb: Token) -> bool:
    """Whether a discussion verb is a sentence's main verb and its subject points back to
    participants named before ("They also discussed X", "The two leaders touched on X")."""
    lemma = verb.lemma_.lower()
    if lemma not in OBJECT_VERBS and lemma not in PREP_VERBS:
        return False
    root = verb.head if verb.dep_ == "conj" or _misparsed_verb(verb) else verb
    if root.dep_ != "ROOT":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb is not root:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_refers_back(s) for s in subjects)


def _misparsed_verb(token: Token) -> bool:
    """A finite verb with a subject that the parser hung on its object as a modifier ("The two
    discussed trade": "discussed" as an adjective of "trade"): the object is its head."""
    return (
        token.dep_ == "amod"
        and token.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and any(c.dep_ == "nsubj" for c in token.children)
    )


def _refers_back(subject: Token) -> bool:
    """ "they", "we", "the two", "both sides", "the leaders": no name of its own."""
    if subject.pos_ == "PRON":
        return subject.lower_ in REFERRING_PRONOUNS and not list(subject.children)
    tokens = list(subject.subtree)
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in tokens):
        return False
    if tokens[0].lower_ not in ("the", "both"):
        return False
    return subject.tag_ == "NNS" or subject.lower_ in ("two", "both")


# --- from a head token to topic strings ---------------------------------------------------


def _topics_of(head: Token, lexicon: Lexicon) -> list[str]:
    """One topic per conjunct of `head`, each normalised (see the module docstring)."""
    if head.pos_ == "VERB" and head.dep_ == "pcomp":
        return _clean(_tokens(head, set()), lexicon, head)
    conjuncts = [head, *(c for c in head.conjuncts if c.i > head.i)]
    lifted = _lifted(head)
    # A preposition the parser hung on the first conjunct after the others ("the situation in
    # X and peace on the continent") belongs to the conjunct just before it.
    late = [
        c for c in head.children if c.dep_ == "prep" and len(conjuncts) > 1 and c.i > conjuncts[1].i
    ]
    topics: list[str] = []
    for index, conj in enumerate(conjuncts):
        nxt = conjuncts[index + 1].i if index + 1 < len(conjuncts) else len(head.doc)
        extra = [p for p in late if conj.i < p.i < nxt] if conj is not head else []
        skip = {p.i for p in late} if conj is head else set()
        topics += _normalised(conj, lexicon, extra, skip | {t.i for t in lifted})
    for other in lifted:
        topics += _topics_of(other, lexicon)
    return topics


def _lifted(head: Token) -> list[Token]:
    """Conjuncts the parser put inside a prepositional phrase that coordinate with the head:
    in "guarantees for Russia and the situation around Ukraine" the situation is no
    beneficiary. A common noun joined to a name is taken as a topic of its own.
    """
    lifted = []
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            for conj in obj.conjuncts:
                if conj.i > obj.i and conj.pos_ == "NOUN":
                    lifted.append(conj)
    return lifted


def _normalised(head: Token, lexicon: Lexicon, extra: list[Token], skip: set[int]) -> list[str]:
    """The topic a head names: what a vague head names, else the phrase as written."""
    if head.pos_ in ("PRON", "DET", "NUM") or head.ent_type_ in NOT_TOPIC_ENTS:
        return []
    if head.lemma_.lower() in VAGUE_HEADS and _vague(head):
        inner = [
            o
            for p in [*head.children, *extra]
            if p.i not in skip and _inner_prep(p)
            for o in p.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        return [t for o in inner if not _setting_word(o, None) for t in _topics_of(o, lexicon)]
    tokens = _tokens(head, skip)
    for prep in extra:
        tokens += _tokens(prep, skip)
    return _clean(sorted(tokens, key=lambda t: t.i), lexicon, head)


def _vague(head: Token) -> bool:
    """Whether only vague words modify a vague head ("various issues", not "nuclear issue")."""
    if head.lemma_.lower() not in VAGUE_HEADS:
        return False
    return all(
        c.lower_ in VAGUE_MODIFIERS or c.dep_ in ("det", "poss", "nummod", "punct", "prep", "acl")
        for c in head.lefts
    )


def _inner_prep(token: Token) -> bool:
    if token.dep_ not in ("prep", "acl") and not (token.dep_ == "conj" and token.pos_ == "ADP"):
        return False
    return token.lower_ in INNER_PREPS or token.lower_ in ("regarding", "concerning", "surrounding")


def _tokens(head: Token, skip: set[int]) -> list[Token]:
    """The phrase of `head`: its subtree without coordinations, clauses, appositions,
    parentheticals, time phrases and the "between X and Y" of relations (the participants)."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        kept.append(token)
        for child in token.children:
            if child.i in skip or _dropped(child, token is head):
                continue
            stack.append(child)
    return sorted(kept, key=lambda t: t.i)


def _dropped(child: Token, of_head: bool) -> bool:
    if child.dep_ in DROPPED_DEPS and (of_head or child.dep_ not in ("conj", "cc", "preconj")):
        return True  # the head's own coordination is split; "East and South China Seas" is not
    if _misparsed_verb(child):
        return True
    if child.dep_ == "prep":
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if objects and all(o.ent_type_ in ("DATE", "TIME") for o in objects):
            return True  # "the elections in June": the topic is the elections
        if child.lower_ == "between" and objects and all(_named(o) for o in objects):
            return True  # "relations between X and Y": X and Y are the event's parties
        if child.lower_ == "to" and objects and all(_person_noun(o) for o in objects):
            return True  # "proposals on financing X to their partners": who gets them
    if of_head and child.dep_ in ("prep", "acl") and child.i > 0:
        return child.doc[child.i - 1].text == ","  # "X, including Y": an aside
    return False


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _subject_matter(token: Token, lexicon: Lexicon) -> bool:
    """A common noun that is neither a party, a person nor an event of its own (nor the first
    piece of a hyphenated word the parser split, "re | - | export")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.pos_ == "NOUN"
        and token.is_alpha
        and not (after is not None and after.text == "-" and not token.whitespace_)
        and not token.ent_type_
        and token.lemma_.lower() not in lexicon.nouns
        and token.lemma_.lower() not in lexicon.relation_nouns
        # plural agent words are people ("residents", "workers"); singular ones may be a
        # sector or an activity ("construction", "energy")
        and not (token.tag_ == "NNS" and token.lemma_.lower() in lexicon.agent_nouns)
    )


def _person_noun(token: Token) -> bool:
    lexicon = events_lexicon.load()
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in lexicon.relation_nouns or lemma in lexicon.agent_nouns
    )


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")


def _clean(tokens: list[Token], lexicon: Lexicon, head: Token) -> list[str]:
    """The topic string: leading articles and edge punctuation off, otherwise as written."""
    while tokens and (tokens[0].lower_ in LEADING_ARTICLES or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ == "CCONJ"):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > MAX_TOPIC_TOKENS:
        return []
    if len(tokens) == 1 and head.lemma_.lower() in lexicon.nouns and _definite(head):
        return []  # "discussed the visit": a reference to an event, not a subject matter
    text = "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text
    return [text.strip()]
