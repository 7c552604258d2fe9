"""The PLOVER event coder: event mentions with type, mode, participants, place, date and flags.

Reads a parsed Doc: every verb or noun of the event lexicon (data/events.yaml) is a candidate
event word; an event word governed by another one is part of that event ("agreed to meet" is one
AGREE, "condemned the attack" one ACCUSE), as PLOVER codes the main predicate. Participants come
from the dependency relations (events_args). A post-pass lets a definite event noun without
participants of its own ("the call", "such a conversation") take them from the latest
compatible mention in the article, so repeated mentions of one event line up for the merge stage.
A mention is kept only with the argument structure the codebook gives its category: someone
acts or is acted on, a contact has a counterpart, and no instruction to the reader ("go to the
site") is news told.

Nor is every sentence with an event word an event between political actors (eventness): a
caption ("File photo: ..."), a label line ("Sending troops to ..."), a sentence about the page
itself ("the following table lists ..."), a rule for anyone ("anyone who visited the clinic
must ..."), a greeting to the reader, a
predicate that characterises a thing ("these exemptions represent a retreat"), an open forum
("a public hearing"), people in general ("people were talking") and aid that goes to no one
make none; nor do a rule or a fund said to ask or help ("the ordinance requires shops to
..."), a warning that tells what others do, a release of a text, a block with no one blocking
or of an act, a participle of attitude ("protesters opposed to X") or a noun "called" a name;
nor someone going back ("staff returned to the office": RETREAT returns property) or a
deployment of no force ("deployed an emergency order": MOBILIZE moves troops or police).
Plans and rules are flagged rather than told as done: a headline infinitive ("County
to host ...") or a time ahead ("next month") is future, an obligation modal ("must disclose")
hypothetical, a negative implicative ("failed to", "unable to") negated. Nor is an attitude
held ("X, who opposes the bill") an act, nor an event word inside a work's title, nor fighting
a thing.

Each sense needs the arguments the codebook gives it (selectional restrictions): an assault is
deliberate, so a thing that cannot act ("power cuts are ruining the shops", "the floods
destroyed homes") attacks no one, though a weapon or a blast still does; a meeting has a host
who is someone or somewhere, not "a backyard that hosted parties"; "commit" pledges an act,
not a crime or a pastime; "require" with only a thing tells a need; seeking an office asks no
one; mending ties mends relations; giving information is no aid; a compound noun of its own
("roll call") is no event noun. An act that only completes a noun of capacity ("the power to
appoint", "their unwillingness to yield") is possible, not told; a noun that refers back to
a possible act is no act either; and a warning that one's own plan may hurt oneself forecasts,
it threatens no one. Calling up reserves raises forces (MOBILIZE), calling back staff recalls
them and phones no one; "by such peers as X" names X; a free relative ("what the parliament
agreed to") tells no content agreed or asked; a gerund after "as" that completes an object
("described the efforts as appealing to X") ascribes, it tells no act; and "no" on the direct
object ("seeks no conflict") negates the act.

Nor do words a page says to its reader ("we'll send you ...", "your data will not be
shared"), a name given ("something called X", "the rival he calls X", a group called '...'),
an opinion shared ("agrees that X is so", "agree with the statement"), a state felt ("are
feeling blamed"), a group speaking with no counterpart ("officials who spoke about it"), a
cause that strikes or protests ("tragedy struck"), a reaction met ("was met with resistance"),
a fee charged or a dish tried, one's own output cut ("cut its emissions"), or a warning of the
course of things ("that the virus could spread"). A wish in the subjunctive ("that X be
freed"), an infinitive after an adjective of possibility, a wh-word or a present or modal
"for X to" ("free to back", "which candidate to endorse", "it would be hard for X to ..."), and
a gerund subject ("evacuating is no simple choice") are not told as done; a negative
quantifier subject ("none of them endorsed X") negates.

Wire conventions tell no event of their own either: a source asking not to be named ("an
official, who requested anonymity, said"), "ask" framing a quoted question, "seek" with a
person sought ("is being sought as a witness"), a gerund that only qualifies a noun of an
event's role ("bombing victims"), a permission that describes a thing ("the access the family
has permitted") or marks where a restriction ends ("barred the crowd ... but allowed them to
march nearby"). A promise kept tells the act done by its keepers, not a new promise; seeking
support asks for it (REQUEST); recognition denied is a rejection.

The category table and its traits (which categories are symmetric, harmful, ...) come from the
event vocabulary, so a new category is data only. Where a meeting took place relative to the
participants' countries needs a country finder; the caller passes one in (`country_of`), so
extraction depends on no knowledge base.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsledger import docindex, nlp
from newsledger.extract import events_args as args
from newsledger.extract import events_lexicon, events_model
from newsledger.extract.events_lexicon import Lexicon
from newsledger.extract.times import attached_time, to_event_date
from newsledger.model import EventDate, EventMention, Participant, TimeExpr

# Finds the country (ISO code) a place or participant text names, or None.
CountryOf = Callable[[str], str | None]
TIMES = ("DATE", "TIME")
NOT_PARTICIPANT_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL", "LAW"}
)
AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ORG_ENTS = frozenset({"ORG", "NORP"})
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG"})  # whose goods: a country or a body
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"at", "in"})  # where an act happened
# categories whose verbs may state their act in a that-clause ("demanded that", "agreed that")
CLAUSE_TRAITS = ("message", "addressed", "asks", "act", "willing", "promisable")
GOODS_TARGETED = frozenset({"SANCTION", "COERCE"})  # bans and embargoes fall on goods
# PLOVER MOBILIZE moves one's own forces: "deployed the army", "a call-up of reserves" names
# what is moved (the actor's side, never its target), and only an "against"/"to" phrase names
# a target.
MOVING = frozenset({"MOBILIZE"})
# Acts of law enforcement (arrests, raids, seizures): a body of enforcement that reports one
# done to someone, naming no other doer, tells of its own act.
ENFORCING = frozenset({"COERCE"})
# Endings of nouns for people by what they do ("minister", "protester", "activist",
# "trainee"): a noun with one names someone, where a thing noun does not.
DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ee", "eer")
# RETREAT modes in which the actor withdraws itself ("the retreat of X", "X's resignation"):
# the noun's "of" phrase or possessor is who retreats, not whom it is done to.
SELF_MODES = frozenset({"withdraw", "resign"})
# Relations of a noun that is no clause's subject (the object of a preposition or a verb):
# a participle after it is a reduced relative describing it ("of something called X").
NON_SUBJECT_DEPS = frozenset({"pobj", "dobj", "attr", "appos"})
# The auxiliaries of the English passive ("was arrested", "got arrested").
PASSIVE_AUXILIARIES = frozenset({"be", "get"})
# Prepositions that name the act or terms agreed to ("agreed on a ceasefire", "to the plan").
ACT_AGREED_PREPS = frozenset({"on", "upon", "to"})
# Verbs that give a name ("a group called X", "a plan dubbed X", "a report entitled X"): as
# participles before a quotation, what is quoted is a name.
# Counts of a mass of people, not of sides: "two million refugees", "thousands of fans".
MASS_COUNTS = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions"})
# Verbs of passing a measure: approval is PLOVER SUPPORT only of another actor or its act.
APPROVAL_VERBS = frozenset({"approve"})
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "label"})
# The speaker's own pronouns: a duty they state for themselves asks no one.
FIRST_PERSON = frozenset({"i", "we"})
# Copulas of a state reached or kept: their predicate noun says what the subject is, never what
# it did ("it was an attack by rebels" may tell an attack; "X has become a threat" cannot).
STATE_COPULAS = frozenset({"become", "remain"})
# The reader's pronouns: outside a quotation, the page speaks to its reader with them.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# Pronouns that stand for things or clauses, never for someone who acts.
THING_PRONOUNS = frozenset({"this", "that", "these", "those", "which", "what", "something"})
# Tags of relative pronouns: "who", "whom", "whose", "which", "that".
RELATIVES = frozenset({"WP", "WP$", "WDT"})
# Subordinators of a clause that tells its own story ("when X travelled for talks"), unlike
# the conditions and purposes that belong to the event they hang from ("if", "to").
CLAUSE_MARKS = frozenset({"when", "after", "while", "since", "because", "although", "though"})
OF = frozenset({"of"})  # "a meeting of ministers", "the invasion of X"
# Prepositions that place one event before or after another ("after the talks").
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since"})
# How far before a report's time a past event it tells is placed: the window resolve/dates.py
# gives an undated event before publication (kept in step by hand: resolve/ is another layer).
REPORTED_WINDOW = timedelta(days=30)
# Auxiliaries of a reported future ("said it would meet"): no past event.
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
# Adverbs that point back at a place named before: after a verb of giving, where it went.
DESTINATION_ADVERBS = frozenset({"there", "here"})
# The preposition naming who a message noun comes from ("a letter from X").
SENDER = frozenset({"from"})
FOR = frozenset({"for"})
BACKED = frozenset({"for", "behind"})  # the side support goes to
MATTER = frozenset({"into", "on", "of", "about", "over", "regarding"})  # what is looked into
BETWEEN = frozenset({"between"})  # "clashes between X and Y": the sides
# Support verbs whose subject and objects are the event noun's participants.
SUPPORTED = ("light", "speech", "setting")
# CAMEO quad classes of cooperation, verbal (1) and material (2).
COOPERATION_QUADS = frozenset({1, 2})
# What a verb acts on: its objects and passive subjects.
_DONE = (*args.OBJECTS, *args.PASSIVE_SUBJECTS)
# Pronouns a warner names itself by in what it warns of ("warned that they would strike").
SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})
# Possessive and object pronouns by the person they name ("his" and "him" are one man's).
OWNER_OF = {
    "his": "he",
    "him": "he",
    "her": "she",
    "its": "it",
    "their": "they",
    "them": "they",
    "our": "we",
    "us": "we",
    "my": "i",
    "me": "i",
}
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such", "no", "any"})
# Entities that are the title of a work (a film, a book, a song): an event word inside names
# the work ("the film 'The Siege of Kerva'"), it tells no act, as a proper name does not.
TITLE_ENTS = frozenset({"WORK_OF_ART"})
NEWLINE = re.compile("\n")
# A line opening with a short label and a colon or bar ("Related: ...", "Photo | ...").
FURNITURE_LABEL = re.compile(r"^([a-z' ]{2,20})\s*[:|»]")


@dataclass
class _Candidate:
    """An event word before it becomes a mention: its possible categories and support verb."""

    trigger: Token
    categories: tuple[str, ...]
    support: Token | None = None  # light, occurrence or speech verb carrying a noun trigger
    support_kind: str | None = None
    governed: list[_Candidate] = field(default_factory=list)
    partner: Token | None = None  # the noun or preposition of a phrasal verb ("held talks")
    mode: str | None = None  # a mode the trigger phrase itself fixes ("called on X": visit)
    contact: bool = False  # a contact verb with its callee as object ("called X")
    undergone: bool = False  # its support verb's subject is its target ("suffered an attack")


@dataclass
class _Draft:
    """A mention under construction, with what the anaphora post-pass needs."""

    mention: EventMention
    categories: tuple[str, ...]
    sentence_index: int
    anaphoric: bool  # a definite event noun with no participants of its own
    supported: bool
    verbal: bool
    main: bool = True  # not an aside ("..., his first visit since May") or a setting
    heading: bool = False  # told in a subheading line
    base: str | None = None  # the category before a promise or plan made it AGREE
    goal: bool = True  # the event word has a recipient or a phrase of whom it goes to
    own_time: bool = True  # its date is the event's: on the noun itself or its support verb
    own_contact: bool = False  # a contact verb that tells a meeting of its own (see _own_contact)


def extract_events(
    doc: Doc,
    times: list[TimeExpr],
    lexicon: Lexicon | None = None,
    country_of: CountryOf | None = None,
    title_start: int | None = None,
) -> list[EventMention]:
    """Every event mention in `doc`, in text order, with participants as text spans.

    `country_of` places a meeting relative to its participants' countries (without it no
    `visit`/`third-party` mode is set); `title_start` marks the headline, which is never taken
    for a subheading.
    """
    lexicon = lexicon or events_lexicon.load()
    index = docindex.of(doc)  # `doc.text` and `doc.sents` walk every token on each access
    text = index.text
    newlines = [match.start() for match in NEWLINE.finditer(text)]
    drafts: list[_Draft] = []
    segments = [seg for sent in index.sentences(doc) for seg in _segments(sent)]
    for index, segment in enumerate(segments):
        line = _line(segment, text, newlines)
        if _furniture(line, lexicon) or _points_at_page(segment, lexicon):
            continue  # a copyright line, a caption, a "Related:" link: no news told there
        title = segment.start_char == title_start
        heading = not title and _subheading(segment, line)
        for candidate in _sentence_candidates(segment, lexicon):
            if _instructed(candidate.trigger) or _universal_doer(candidate, lexicon):
                continue  # advice to the reader, a rule for anyone: not news told
            if _addresses_reader(candidate.trigger):
                continue  # "we'll send you a newsletter", "your data will not be shared"
            if _characterises(candidate.trigger, lexicon) or _fragment(candidate.trigger):
                continue  # "X represents a retreat", "Sending troops to ...": no act told
            if _open_forum(candidate, lexicon):
                continue  # "the county will host a public hearing": no one met or investigated
            if _held_relation(candidate.trigger, lexicon) or _light_object(candidate, lexicon):
                continue  # "they have ties to X", "delivered a homage", "visited a park"
            if not title and _standing_attitude(candidate.trigger, lexicon):
                continue  # "X, who opposes the bill, ...": an attitude held, no act told
            if _no_occurrence(candidate.trigger, lexicon):
                continue  # "has the most endorsements", "we need dialogue": no act took place
            if _accident(candidate, lexicon) or _contest(candidate, lexicon):
                continue  # "the truck struck a pole", "United beat Rovers 3-1": no attacker
            if _hosts_a_game(candidate, lexicon) or _flight(candidate, lexicon):
                continue  # "hosted the Rovers for a game", "thousands evacuated": no actor's act
            if _own_decision(candidate, lexicon):
                continue  # "the board approved the new dates": a body's own business
            if _restriction_scope(candidate, lexicon):
                continue  # "barred the crowd from X but allowed them to march": one control
            if _backed_by_act(candidate, lexicon):
                continue  # "backed by shelling, rebels retook X": the shelling is the event
            if _progress_toward(candidate, lexicon):
                continue  # "the miner marches towards its resource upgrade": no march
            if _campaign_rally(candidate, lexicon):
                continue  # "his campaign kickoff rally", "a victory rally": no one protests
            draft = _draft(candidate, segment, index, times, lexicon, country_of)
            draft.heading = heading
            drafts.append(draft)
    # Subheadings stay antecedents of the anaphora pass; only their own mentions go.
    return [
        d.mention
        for d in _resolve_anaphora(drafts)
        if not d.heading and d.goal and _agentive_event(d.mention, doc, lexicon, d.base)
    ]


def _agentive_event(
    mention: EventMention, doc: Doc, lexicon: Lexicon, base: str | None = None
) -> bool:
    """Whether a mention has the argument structure of a PLOVER event: someone (a person,
    group, organisation or country) acts or is acted on, and a contact (a meeting, a message)
    has a counterpart.

    "The lockdown is killing the economy", "the special helped fund the show": the event word
    is a metaphor or describes things, and PLOVER codes neither. A passive with no agent ("X
    was arrested") keeps its patient. A thing as the only actor is kept when someone is acted
    on: "airstrikes killed ten civilians" is harm done.

    A meeting promised or planned (`base` CONSULT, now AGREE) needs its counterpart too: "the
    agency will hold a meeting next month" is one body's session, no meeting between actors.
    """
    parties = mention.actors + mention.recipients
    if _thing_acts(mention, doc, lexicon):
        return False  # "the ordinance requires shops to ...": a rule in force, no one asks
    if mention.type == "COMMUNICATE" and _alone(mention, doc, lexicon):
        if not _replies(mention, doc, lexicon):
            return False  # "said in a statement", "wrote an op-ed": a contact goes to someone
    if "CONSULT" in (mention.type, base) and not (mention.location or mention.mode):
        if _alone(mention, doc, lexicon):
            return False  # "X spoke during a news conference": no one to meet
    if mention.type == "CONSULT" and any(_crowd(p, doc) for p in parties):
        return False  # "hosting two million refugees", "met thousands of fans": no counterpart
    if mention.type == "COOPERATE" and _alone(mention, doc, lexicon):
        return False  # "the account shared a thread of photos": cooperation takes two
    if mention.type == "CONSULT" and _talks_to_no_one(mention, doc, lexicon):
        return False  # "officials who spoke about the project": an audience, no counterpart
    if mention.type == "CONSULT" and _addresses_an_audience(mention, doc, lexicon):
        return False  # "speaking to a packed house", "speaking to Iowans": a speech
    if mention.type == "CONSULT" and mention.mode == "visit" and not mention.actors:
        return False  # "despite a dozen trips to X": a visit with no visitor, no one met
    if mention.type in ("CONSULT", "COMMUNICATE") and _press_contact(mention, doc, lexicon):
        return False  # "spoke to reporters", "reached by phone, X said": how news was gathered
    return any(_agentive(p, doc, lexicon) for p in parties)


def _crowd(part: Participant, doc: Doc) -> bool:
    """Whether a participant is counted in thousands or more ("two million refugees",
    "thousands of fans"): a meeting or a visit (PLOVER CONSULT) is between actors or their
    envoys, and a mass of people hosted or addressed is an audience or a population sheltered,
    no side met."""
    if part.start is None or part.end is None:
        return False
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    counts = [c for c in head.subtree if c.dep_ in ("nummod", "quantmod", "compound")]
    counts += [head] if head.pos_ == "NUM" else []
    return any(c.lower_ in MASS_COUNTS for c in counts if c.i <= head.i)


def _press_contact(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a meeting or a message is the press gathering the story: its counterpart (the
    object of "with"/"to", the verb's object, a recipient) is only reporters or an outlet
    ("spoke to reporters", "speaking with the Valley Herald", "in an interview with X News"),
    or its verb is an agentless passive of reaching a source ("reached by phone, X declined").

    PLOVER CONSULT and COMMUNICATE are exchanges between the actors of the events told; the
    writer and the outlet report them and are no side of them. A statement "to the press" is
    a public statement issued through it and stays."""
    word = docindex.head_at(doc, mention.trigger_start, mention.trigger_end)
    if word is None:
        return False
    if _reached_by_writer(word, lexicon):
        return True
    if mention.type == "COMMUNICATE" and word.pos_ != "VERB":
        return False  # "a statement to the press": a public statement, the press its channel
    sides = args.prep_objects(word, lexicon.actor_preps | lexicon.recipient_preps)
    sides += [c for c in word.children if c.dep_ in ("dobj", "dative")]
    sides += [docindex.head_at(doc, r.start, r.end) for r in mention.recipients]
    sides = [s for side in sides if side is not None for s in (side, *side.conjuncts)]
    return bool(sides) and all(_press(s, lexicon) for s in sides)


def _reached_by_writer(word: Token, lexicon: Lexicon) -> bool:
    """Whether a contact word is, or is the setting of, a passive of reaching a source with
    no agent ("reached by phone", "contacted on Monday, X said", "reached in a phone call")."""
    verb = word
    if word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.dep_ == "prep":
        verb = word.head.head  # "reached in a brief phone call": the call is its medium
    if verb.lemma_.lower() not in lexicon.press_contact_verbs or verb.tag_ != "VBN":
        return False
    if args.prep_objects(verb, lexicon.agent_preps):
        return False  # "was interviewed by police": the agent is a party
    return verb.dep_ in ("advcl", "acl") or any(c.dep_ == "auxpass" for c in verb.children)


def _press(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names the press: reporters, a newspaper, or an outlet whose proper name
    ends in a masthead word ("the Valley Herald", "Channel Four News")."""
    if token.lemma_.lower() in lexicon.press_nouns:
        return True
    return token.pos_ == "PROPN" and token.lower_ in lexicon.masthead_words


def _no_occurrence(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun names a kind or a wish, no particular occurrence: a count
    compared ("has the most endorsements", "more visits than anyone": a ranking of acts), a
    count held ("has seven endorsements"), a pledge shown ("to show its commitment"), or the
    object of a verb of needing or wanting ("we need dialogue with X": an act wished for).
    A particular act is told by a verb, or by a noun with a date, a place or participants;
    "the most recent attack" keeps its noun ("most" modifies "recent")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(_compared(c, trigger, lexicon) for c in trigger.children):
        return True
    head = trigger.head
    if _standing_tally(trigger, lexicon) or _pledge_shown(trigger, lexicon):
        return True
    return (
        trigger.dep_ == "dobj"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lexicon.desire_verbs
    )


def _compared(word: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Whether a quantity word compares counts of the noun's acts: a superlative ("the most
    endorsements") or a comparative with its standard ("more visits than anyone"). "More
    attacks followed" adds occurrences and compares nothing, so it stays."""
    if word.dep_ != "amod" or word.lower_ not in lexicon.tally_words:
        return False
    if word.tag_ in ("JJS", "RBS"):
        return True
    return any(c.lower_ == "than" for c in (*noun.children, *word.children))


def _standing_tally(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun is counted as the object of "have" in the present ("has seven
    endorsements", "does not have a single endorsement"): a score kept, a state, no act told.
    The past ("had two meetings with X last week") tells acts and stays."""
    head = trigger.head
    if trigger.dep_ != "dobj" or head.lemma_.lower() != "have":
        return False
    present = head.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children
    )
    counted = any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "quantmod") and c.lower_ in lexicon.count_words)
        for c in trigger.children
    )
    return present and counted


def _pledge_shown(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a pledge noun (PLOVER AGREE: "commitment", "pledge") is the object of a verb of
    showing ("a chance to show its commitment to X", "do not reflect his commitment"): a
    disposition displayed, no promise made. "Made a commitment", "reaffirmed its pledge" stay."""
    head = trigger.head
    if trigger.dep_ != "dobj" or head.lemma_.lower() not in lexicon.evidencing_verbs:
        return False
    categories = lexicon.nouns.get(trigger.lemma_.lower()) or ()
    return "AGREE" in categories


def _accident(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of harm tells a road accident, not an attack (PLOVER ASSAULT is the
    deliberate use of force): a vehicle as the doer ("the truck struck a pole", "a car hit a
    cyclist"), a road user striking a thing ("the driver struck a barrier") or nothing (the
    headline passive "driver killed"), harm "in a crash", or a road user killed or hurt with
    no doer named ("the driver was killed").
    A driver who strikes people ("a man drove into the crowd, striking ten") stays an attack,
    as does a road user killed by someone named ("a driver was killed by gunmen")."""
    verb = candidate.trigger
    if candidate.categories != ("ASSAULT",) or verb.pos_ != "VERB":
        return False
    if _in_accident(verb, lexicon):
        return True
    subjects, passive = args.subject_of(verb)
    doers = args.prep_objects(verb, lexicon.agent_preps) if passive else subjects
    if any(d.lemma_.lower() in lexicon.vehicle_nouns for d in doers):
        return True
    struck = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if any(d.lemma_.lower() in lexicon.road_user_nouns for d in doers):
        # "driver killed, passenger hurt": a headline passive, the road user the victim
        return not any(_agent_like(_of_head(o), lexicon) for o in struck)
    victims = subjects if passive else []
    return (
        not doers
        and bool(victims)
        and all(v.lemma_.lower() in lexicon.road_user_nouns for v in victims)
    )


def _of_head(token: Token) -> Token:
    """For "one of the pillars", "some of the marchers", the noun counted."""
    if token.pos_ in ("NUM", "PRON", "DET"):
        inner = args.prep_objects(token, OF)
        if inner:
            return inner[0]
    return token


def _in_accident(verb: Token, lexicon: Lexicon) -> bool:
    """Whether harm is told as happening in, during or after an accident ("killed in a crash",
    "injured in the collision")."""
    preps = frozenset({"in", "during", "after"})
    return any(o.lemma_.lower() in lexicon.accident_nouns for o in args.prep_objects(verb, preps))


def _contest(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of conflict (CAMEO quad 3 or 4: "beat", "crushed", "will oppose") tells a
    sporting contest: its clause has a scoreline ("3-1", "40 - 10") or a match word ("in the
    final", "followed by an away fixture"). A game under rules is no attack, coercion or
    rejection; "rebels attacked the stadium" names no match and stays."""
    verb = candidate.trigger
    quads = {lexicon.categories[c].quad for c in candidate.categories if c in lexicon.categories}
    if verb.pos_ != "VERB" or not quads or not quads <= {3, 4}:
        return False
    clause = [t for t in verb.subtree if _same_clause(t, verb)]
    if any(_score(t) for t in clause):
        return True
    if any(t.lemma_.lower() in lexicon.contest_nouns and t.pos_ == "NOUN" for t in clause):
        return True
    return _electoral_win(verb, clause, lexicon)


def _electoral_win(verb: Token, clause: list[Token], lexicon: Lexicon) -> bool:
    """Whether a verb of winning tells a vote won: what is taken is a win, a race or a vote
    ("capturing wins in X", "beat back a challenge"), or a person named as the taker beats
    a rival ("beating rival X"), beats someone in a vote ("beat X in the caucuses") or takes
    states in a story about a vote ("captured Texas and Oklahoma"). Elections are no political
    interaction PLOVER codes; "rebels captured the town", "police beat protesters during the
    election" (no person's name as the doer) and "General X captured the port" in a story
    with no vote stay."""
    if verb.lemma_.lower() not in lexicon.winning_verbs:
        return False
    taken = [c for c in verb.children if c.dep_ in args.OBJECTS]
    taken += [c for t in taken for c in t.conjuncts]
    if not taken:
        return False
    if all(t.lemma_.lower() in lexicon.electoral_nouns | lexicon.won_nouns for t in taken):
        return True  # "capturing wins in X", "beat back a challenge", "clinched the primary"
    if all(_named_person(t) and _called_rival(t, lexicon) for t in taken):
        return True  # "beating rival X in his home state"
    subjects, passive = args.subject_of(verb)
    if passive or not subjects or not all(_candidate_named(s, lexicon) for s in subjects):
        return False  # "police beat protesters during the election": an assault
    voting = any(t.lemma_.lower() in lexicon.electoral_nouns | lexicon.margin_nouns for t in clause)
    if voting and all(
        _person(t, lexicon) or t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN" for t in taken
    ):
        return True  # "she has beaten Sanders among primary voters" (a name the tagger missed)
    states = all(t.ent_type_ == "GPE" or t.lemma_.lower() == "state" for t in taken)
    return states and _told_in_a_vote(verb.doc, lexicon)


def _campaign_rally(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a rally is a candidate's campaign event: the noun "rally" (or "rallies")
    qualified as a campaign's ("campaign kickoff rally", "victory rally"), or, in a story
    about a vote, with nothing it is held against ("against", "to protest"). CAMEO 141 is a
    demonstration against someone; "a rally against the reform" stays."""
    token = candidate.trigger
    if candidate.categories != ("PROTEST",) or token.lemma_.lower() != "rally":
        return False
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    phrase = [t for t in token.subtree if t.i > token.i]
    if any(t.lower_ == "against" or t.lemma_.lower() in ("protest", "oppose") for t in phrase):
        return False
    modifiers = [t for t in token.subtree if t.i < token.i]
    if any(m.lemma_.lower() in lexicon.campaign_words for m in modifiers):
        return True
    return _told_in_a_vote(token.doc, lexicon)


def _candidate_named(subject: Token, lexicon: Lexicon) -> bool:
    """Whether a subject is a person by name, by "he" or "she", or a rival named in apposition
    ("His rival, Hillary Clinton, captured Virginia")."""
    if _named_person(subject) or subject.lower_ in ("he", "she"):
        return True
    return subject.lemma_.lower() in lexicon.rival_nouns and any(
        c.dep_ == "appos" and _named_person(c) for c in subject.children
    )


def _called_rival(name: Token, lexicon: Lexicon) -> bool:
    """Whether a person's name is given with a rival's title ("rival X", "his opponent X")."""
    titles = [t for t in name.subtree if t.i < name.i]  # "rival Marco Rubio", "his rival X"
    titles += [c for c in name.children if c.dep_ == "appos"]
    titles += [name.head] if name.dep_ == "appos" else []
    return any(t.lemma_.lower() in lexicon.rival_nouns for t in titles)


def _told_in_a_vote(doc, lexicon: Lexicon) -> bool:
    """Whether a story is about a vote: two or more of its words name one (a primary, a
    caucus, delegates, an election)."""
    return sum(t.lemma_.lower() in lexicon.electoral_nouns for t in doc) >= 2


def _backed_by_act(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a passive of support names an act as its agent ("backed by shelling and drone
    strikes, rebels retook the villages"): PLOVER SUPPORT is an actor's endorsement, and an
    act that helps someone is coded as that act, not as a supporter. "Backed by Norland" names
    an actor and stays."""
    verb = candidate.trigger
    if candidate.categories != ("SUPPORT",) or verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    agents = [o for o in agents if o.dep_ == "pobj"]
    return bool(agents) and all(_act_noun(a, lexicon) for a in agents)


def _progress_toward(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of marching heads for an act, not a place ("the miner marches towards
    its resource upgrade", "the country is marching toward war"): motion to an event is the
    metaphor of progress, and PLOVER PROTEST/demo is people marching somewhere or against
    someone. "Marched towards the embassy" names a place and stays."""
    verb = candidate.trigger
    if candidate.categories != ("PROTEST",) or verb.pos_ != "VERB":
        return False
    goals = args.prep_objects(verb, frozenset({"towards", "toward"}))
    return bool(goals) and all(_act_noun(g, lexicon) for g in goals)


def _own_decision(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of approval passes a body's own business: what is approved is a thing
    of no one named ("the council approved the new dates", "the board approved the sale", "the
    chamber approved a bill"). PLOVER SUPPORT is approval of another actor or its policy or
    act, so "approved the envoy", "approved Velo's plan" and "approved the treaty" (an
    agreement, an event of the vocabulary) stay."""
    verb = candidate.trigger
    if candidate.categories != ("SUPPORT",) or verb.pos_ != "VERB" or candidate.governed:
        return False
    if verb.lemma_.lower() not in APPROVAL_VERBS:
        return False
    subjects, passive = args.subject_of(verb)
    approved = subjects if passive else [c for c in verb.children if c.dep_ in args.OBJECTS]
    if not approved:
        return False
    approved += [o for thing in approved for o in args.prep_objects(thing, OF)]
    return not any(
        _agent_like(thing, lexicon) or thing.lemma_.lower() in lexicon.nouns for thing in approved
    )


def _hosts_a_game(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of meeting names a game as its purpose ("hosted the Rovers for a game",
    "will visit United for the final"): teams meet to play under rules, and PLOVER CONSULT is
    a meeting of actors to confer. "The leaders met at the final" names a setting, no purpose,
    and stays."""
    verb = candidate.trigger
    if "CONSULT" not in candidate.categories or verb.pos_ != "VERB":
        return False
    hosts = [verb, *(c for c in verb.children if c.dep_ in args.OBJECTS)]  # "for" may hang low
    games = [g for host in hosts for g in args.prep_objects(host, frozenset({"for"}))]
    return any(g.lemma_.lower() in lexicon.contest_nouns and g.pos_ == "NOUN" for g in games)


def _flight(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a verb of withdrawing tells people in general moving away ("nearly a million
    people evacuated", "residents fled the storm"): PLOVER RETREAT is an actor pulling back its
    forces or claims; a crowd of residents leaving is no party's move. The verb must be active
    and have no object ("troops evacuated the town", "evacuated the residents" stay), and its
    subject a noun of people with no group or side ("people", "residents", "inhabitants")."""
    verb = candidate.trigger
    retreat = lexicon.categories.get("RETREAT")
    if retreat is None or candidate.categories != ("RETREAT",) or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in retreat.modes.get("withdraw", ()):
        return False
    if any(c.dep_ in args.OBJECTS for c in verb.children):
        return False
    subjects, passive = args.subject_of(verb)
    if passive or not subjects:
        return False
    return all(_plain_people(_of_head(s), lexicon) for s in subjects)


def _plain_people(token: Token, lexicon: Lexicon) -> bool:
    """Whether a common noun names people by no group or side: people in general or a noun of
    people PLOVER's agent list lacks ("residents", "inhabitants"), with no name on it."""
    named = (c.pos_ == "PROPN" or c.ent_type_ in AGENT_ENTS for c in token.children)
    if token.pos_ != "NOUN" or any(named):
        return False
    lemma = token.lemma_.lower()
    return lemma in lexicon.generic_people or lemma in lexicon.people_nouns


def _same_clause(token: Token, verb: Token) -> bool:
    """Whether a word of a verb's subtree belongs to its own clause, not to a clause inside."""
    while token != verb:
        if token.dep_ in ("ccomp", "relcl", "parataxis", "csubj", "xcomp", "conj"):
            return False
        token = token.head
    return True


SCORE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")


def _score(token: Token) -> bool:
    """Whether a number is a scoreline: "3-1" as one token, or "40", "-", "10" in a row. A
    range counting things ("killed 20-30 people", "for 2-3 days") counts a common noun."""
    counted = token.head if token.dep_ == "quantmod" and token.head.like_num else token
    if counted.dep_ in ("nummod", "quantmod") and counted.head.pos_ == "NOUN":
        return False
    if SCORE.match(token.text):
        return True
    doc = token.doc
    if token.like_num and token.i + 2 < len(doc):
        dash, other = doc[token.i + 1], doc[token.i + 2]
        joined = f"{token.text}{dash.text}{other.text}"
        return dash.text in ("-", "\u2013") and other.like_num and bool(SCORE.match(joined))
    return False


def _thing_acts(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a cooperative act (CAMEO quad 1 or 2: asking, agreeing, meeting, supporting,
    helping, yielding) has only things as its actors: "the ordinance requires shops to post a
    sign", "a $5 million commitment to support schools".
    PLOVER's actor is someone who acts; a rule, a fund or a programme does not ask or help,
    its owner does, and a thing doing harm ("the blast killed ten") stays a conflict event.
    Only a verb in the simple present or the infinitive counts, a standing rule or a thing's
    purpose ("bills to fund the agency"); an act told in the past or as going on ("the convoy
    delivered food", "a convoy is bringing food") has a doer the text leaves unnamed, and an
    event noun is judged by its own participants."""
    category = lexicon.categories.get(mention.type)
    if category is None or category.quad not in COOPERATION_QUADS or not mention.actors:
        return False
    word = docindex.head_at(doc, mention.trigger_start, mention.trigger_end)
    if word is None or word.tag_ not in ("VBZ", "VBP", "VB"):
        return False  # "the convoy delivered food": an act told, its doer left unnamed
    return not any(_agentive(p, doc, lexicon) or _polity(p, doc, lexicon) for p in mention.actors)


def _polity(part: Participant, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a participant is a territory standing for its government ("the county")."""
    head = docindex.head_at(doc, part.start, part.end)
    return head is not None and head.lemma_.lower() in lexicon.polity_nouns


def _replies(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a message answers someone ("replied", "responded in writing"): its addressee is
    whoever wrote first, found later in the article."""
    word = docindex.head_at(doc, mention.trigger_start, mention.trigger_end)
    if word is None:
        return False
    return any(t.lemma_.lower() in lexicon.reply_verbs for t in (word, word.head, word.head.head))


def _alone(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a contact has at most one party, named in the singular: a meeting or a message
    needs a counterpart ("the two leaders met" names two in one plural)."""
    parties = list({(p.start, p.end): p for p in mention.actors + mention.recipients}.values())
    parties = [p for p in parties if _agentive(p, doc, lexicon)]  # "X and the show he hosted"
    if not parties:
        return True
    if len(parties) != 1:
        return False
    root = docindex.head_at(doc, parties[0].start, parties[0].end)
    if root is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in lexicon.actor_preps:
        return False  # "talks with X": the one named is the counterpart of someone
    if _plural_word_name(root):
        return True  # "Delmora Communications said in a statement": one company
    return root.tag_ in ("NN", "NNP", "PRP") and root.lower_ not in ("they", "we")


def _plural_word_name(root: Token) -> bool:
    """Whether a plural proper noun ends one name ("Delmora Communications", "Harn
    Industries", "the United States"): the name is one party, though its last word is plural.
    The recogniser may take a company's name for a person's; a nationality ("Iraqi Kurds")
    stays a group."""
    if root.tag_ != "NNPS" or root.ent_type_ not in ("ORG", "PERSON", "GPE"):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children)


def _talks_to_no_one(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a verb of conversing has one party and no counterpart: no recipient, no
    "with"/"to" side, no second party joined by "and", no count that makes the party two
    sides ("the two leaders spoke"), and no phone mode; or one person speaking with no one
    named ("Obama spoke at the White House about X"). A meeting needs a counterpart; a
    group of people or one speaker speaking addresses an audience or voices a view."""
    word = docindex.head_at(doc, mention.trigger_start, mention.trigger_end)
    if word is None or word.pos_ != "VERB" or word.lemma_.lower() not in lexicon.conversation_verbs:
        return False
    if mention.recipients or mention.mode or len(mention.actors) != 1:
        return False
    # "spoke at the White House", "at a memorial service": a setting or an audience
    sides = args.prep_objects(word, (lexicon.actor_preps | lexicon.recipient_preps) - {"at"})
    if any(_agent_like(s, lexicon) for s in sides):
        return False  # "talked with X", "spoke to X"; "spoke at the meeting" names a setting
    if any(c.dep_ in args.OBJECTS for c in word.children):
        return False  # "talked each other down"
    part = mention.actors[0]
    head = docindex.head_at(doc, part.start, part.end) if part.start is not None else None
    if head is None or head.conjuncts:
        return False
    if head.tag_ != "NNS":  # "Obama spoke at the White House about X": one speaker, a speech
        return head.tag_ in ("NN", "NNP", "PRP") and head.lower_ not in ("we", "they")
    return not any(c.dep_ in ("nummod", "quantmod") or c.lower_ == "both" for c in head.children)


def _addresses_an_audience(mention: EventMention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a verb of conversing has only an audience as its counterpart ("speaking to a
    packed house", "spoke to supporters", "speaking to Iowans"): a speech to a crowd or to a
    people, no meeting of sides (PLOVER CONSULT)."""
    word = docindex.head_at(doc, mention.trigger_start, mention.trigger_end)
    if word is None or word.pos_ != "VERB" or word.lemma_.lower() not in lexicon.conversation_verbs:
        return False
    if mention.mode == "visit" or not mention.recipients:
        return False  # (a speech by video is no call with each viewer either)
    heads = [docindex.head_at(doc, p.start, p.end) for p in mention.recipients]
    return all(h is not None and _audience(h, lexicon) for h in heads)


def _audience(head: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an audience: a crowd or gathering, a body of supporters or voters,
    or a people by its name in the plural ("Iowans"), not one side or its envoy."""
    if head.lemma_.lower() in lexicon.audience_nouns:
        return True
    return head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")


def _agentive(part: Participant, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a participant's head names someone: a name, a person's pronoun, a nationality,
    or a noun of people from PLOVER's agent list ("police", "protesters"); "thousands of
    farmers" counts by what is counted. A thing a name qualifies ("a Louisiana law", "the
    president's decision") does not."""
    if part.start is None or part.end is None:
        return True  # taken from elsewhere (an antecedent): judged there
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return False  # "no spectators are allowed": no one
    if head.pos_ == "NUM" or head.ent_type_ in NOT_PARTICIPANT_ENTS:
        counted = [o for p in head.children if p.lower_ == "of" for o in p.children]
        if not counted and head.lower_ in lexicon.crowd_numbers:
            return True  # "thousands marched": a crowd of people
        return any(_agent_token(o, lexicon) for o in counted)
    if any(t.pos_ == "PROPN" or t.ent_type_ in AGENT_ENTS for t in span):
        return True  # a name inside: "the Louvre staff", "the bloc's council"
    if _generic_people(head, lexicon):
        return False  # "people were talking": no group, office or side
    return _agent_token(head, lexicon)


def _people_noun(token: Token, lexicon: Lexicon) -> bool:
    """Whether a common noun names a group of people the PLOVER agent list lacks, which PLOVER
    still codes as a target ("food to the miners", "the crew was detained"): a people or
    collective noun of the vocabulary, a plural noun of people by what they do or are ("miners",
    "pensioners", "economists", "civilians": English agent suffixes), or an adjective standing
    for people ("aid to the poor"). Event and report nouns are acts and texts, never people."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ":
        return token.dep_ in ("pobj", "dobj", "dative", "nsubjpass") and _the_adjective(token)
    if token.pos_ != "NOUN" or lemma in lexicon.nouns or lemma in lexicon.report_nouns:
        return False
    if lemma in lexicon.people_nouns:
        return True
    return token.tag_ == "NNS" and _agent_suffix(lemma)


def _agent_suffix(lemma: str) -> bool:
    """Whether a noun is a person by its suffix: "-ist", "-ian", "-man" ("economist",
    "civilian", "boatman"), or "-er"/"-or" on a verb, alone or closing a compound ("miner",
    "shopkeeper", "negotiator"): the stem must be a verb, so "borders", "orders" and
    "waters" stay things. An instrument or a word whose stem happens to be a verb
    ("computers", "numbers") passes: the rule is for the people a recipient's place holds,
    where things are rare."""
    if len(lemma) < 5:
        return False
    if lemma.endswith(("ist", "ian", "man", "men")):  # "quarrymen"
        return not lemma.endswith("list")
    if not lemma.endswith(("er", "or")):
        return False
    verbs = _verb_lemmas()
    stems = (lemma[:-2], lemma[:-1], lemma[:-2] + "e")  # "work-er", "mine-r", "negotiat-or"
    # "shopkeep-er": a verb of four letters or more after a first word of three or more
    tails = [stem[n:] for stem in stems for n in range(3, len(stem) - 3)]
    return any(stem in verbs for stem in stems) or any(tail in verbs for tail in tails)


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs the parser's lemmatizer knows (its WordNet verb index); empty without it."""
    try:
        lemmatizer = nlp.load().get_pipe("lemmatizer")
        return frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])
    except (KeyError, OSError, AttributeError, ValueError):
        return frozenset()


def _generic_people(head: Token, lexicon: Lexicon) -> bool:
    """Whether a head names people in general ("people were talking", "someone said"), with no
    number that makes them a group someone counted ("five people were killed")."""
    if (
        head.lemma_.lower() not in lexicon.generic_people
        and head.lower_ not in lexicon.generic_people
    ):
        return False
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in head.children)


def _agent_token(head: Token, lexicon: Lexicon) -> bool:
    """Whether one head word names someone; an organisation's unit ("the APEC forum", "the
    group's network") counts by its owner, a place's thing ("a Louisiana law") does not."""
    if head.pos_ == "PRON" or head.lower_ == "other":  # "each other", "one another"
        return head.lower_ not in THING_PRONOUNS
    if head.pos_ == "PROPN" or head.ent_type_ in AGENT_ENTS:
        return True
    lemma = head.lemma_.lower()
    if lemma in lexicon.relation_nouns:
        return True
    if lemma in lexicon.agent_nouns and lemma not in lexicon.nouns:
        return True
    if _people_noun(head, lexicon):
        return True
    owners = (c for c in head.children if c.dep_ in ("compound", "nmod", "poss"))
    return any(o.ent_type_ in ORG_ENTS for o in owners) or any(
        t.ent_type_ in ORG_ENTS for t in head.lefts if t.dep_ == "det"
    )


def _line(segment: Span, text: str, newlines: list[int]) -> str:
    """The whole text line a segment sits on, found among the doc's line breaks (`newlines`,
    offsets in order): each segment is looked up once, in logarithmic time."""
    before = bisect_left(newlines, segment.start_char)
    line_start = newlines[before - 1] + 1 if before else 0
    after = bisect_left(newlines, segment.end_char)
    line_end = newlines[after] if after < len(newlines) else len(text)
    return text[line_start:line_end].strip()


def _subheading(segment: Span, line: str) -> bool:
    """A verbless line of its own inside the body ("Contacts with American leaders") labels
    the section below it; the events are told there, so it adds no mention of its own. The
    headline is not a subheading: it is often the only statement of its event."""
    if any(t.pos_ in ("VERB", "AUX") for t in segment):
        return False
    return line == segment.text.strip()  # not part of a paragraph


def _furniture(line: str, lexicon: Lexicon) -> bool:
    """Whether a line is page furniture that survived boilerplate removal, by its shape: a
    copyright or rights line, a line wholly in brackets (a caption or credit), a photo credit,
    a labelled link or caption ("Related: ...", "Photo: ..."), or a short byline ("By A B")."""
    lower = line.lower()
    if lower.startswith(("©", "(c)", "copyright")) or "all rights reserved" in lower:
        return True
    if line[:1] in "([" and line[-1:] in ")]" and len(line) > 2:
        return True
    if "photo/" in lower or "/getty" in lower or "(photo" in lower:
        return True
    label = FURNITURE_LABEL.match(lower)
    if label and _furniture_label(label.group(1), lexicon):
        return True
    words = line.split()
    return bool(words) and words[0] == "By" and len(words) <= 6 and not line.endswith(".")


def _furniture_label(label: str, lexicon: Lexicon) -> bool:
    """Whether a line's opening label is a furniture label, alone or made only of such words
    ("Photo:", "File photo:", "Video | ..."): a caption or a credit, whatever it combines."""
    label = label.strip()
    words = label.split()
    return label in lexicon.furniture_labels or (
        len(words) > 1 and all(w in lexicon.furniture_labels for w in words)
    )


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
        if candidate is not None and (token.ent_type_ in TITLE_ENTS or _in_quoted_name(token)):
            continue  # "his film 'The Assassination of X'": a work's name, no occurrence
        if candidate is not None and _complaint(token, candidate, lexicon):
            candidate.categories, candidate.mode = ("ACCUSE",), "allege"
        if candidate is not None and _verbal_attack(token, candidate, lexicon):
            candidate.categories, candidate.mode = ("ACCUSE",), "disapprove"
        if candidate is not None and _clash_in_words(token, candidate, lexicon):
            candidate.categories, candidate.mode = ("ACCUSE",), "disapprove"
        demand = _obligation_candidate(token, lexicon)
        if demand is not None:  # "said that X must withdraw": a demand for the withdrawal
            if candidate is not None:
                demand.governed.append(candidate)
            candidate = demand
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


def _in_quoted_name(token: Token) -> bool:
    """Whether a word stands inside quotation marks that follow a verb of naming ("a group
    called 'We Back Ruiz'", "a plan dubbed 'Strike First'"): the quotation is a name given, not
    a statement, so its words tell no event."""
    sent = token.sent
    opening = next((t for t in reversed(sent[: token.i - sent.start]) if t.is_quote), None)
    if opening is None or opening.i == sent.start:
        return False
    closing = any(t.is_quote for t in sent[token.i - sent.start + 1 :])
    before = token.doc[opening.i - 1]
    participle = before.tag_ == "VBN" or before.dep_ == "acl"  # "a group called '...'"
    return closing and participle and before.lemma_.lower() in NAMING_VERBS


def _complaint(token: Token, candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a message noun is an official complaint ("a formal protest note", "a note of
    protest") or a protest is handed over as one ("lodged a protest with the embassy"):
    CAMEO 114, complaining officially, is PLOVER ACCUSE, not a plain letter or a rally."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if "ACCUSE" in candidate.categories:
        return False  # "filed a complaint": already an accusation, with its own mode
    if token.lemma_.lower() in lexicon.complaint_modifiers and candidate.support is not None:
        return candidate.support.lemma_.lower() in lexicon.lodging_verbs
    if "COMMUNICATE" not in candidate.categories:
        return False
    words = [c for c in token.children if c.dep_ in ("compound", "amod")]
    words += args.prep_objects(token, OF)
    return any(w.lemma_.lower() in lexicon.complaint_modifiers for w in words)


def _verbal_attack(token: Token, candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether an attack is made in words (CAMEO 111, criticise, PLOVER ACCUSE/disapprove):
    "attack" said of one named person's attack on another or on a rival ("Madsen attacked
    Corvin", "his attacks on Corvin", "attacking a rival"), a named person's attacks on no one
    named in a story about a vote ("Corvin's attacks were echoed"), an attack made by a text
    ("ads attacking X", "an editorial attacked the mayor"), or an attack qualified as speech
    ("sexist attacks", "a personal attack"), with no means of violence in the phrase. PLOVER ASSAULT
    is physical harm; a man attacking a woman with a knife, gunmen attacking a mayor, or a
    state attacking another stay attacks."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.verbal_attack_verbs or "ASSAULT" not in candidate.categories:
        return False
    phrase = list(token.subtree) if token.pos_ in ("NOUN", "PROPN") else list(token.children)
    if any(_weapon(t, lexicon) for t in phrase if t is not token):
        return False
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound")]
    if any(w in lexicon.speech_attack_words for m in modifiers for w in (m.lower_, m.lemma_)):
        return True
    support = candidate.support
    if support is not None and support.lemma_.lower() in WORDS_THROWN:
        return True  # "leveling inflammatory attacks against one another": charges levelled
    if token.pos_ == "VERB":
        targets = [c for c in token.children if c.dep_ in args.OBJECTS]
        attackers, passive = args.subject_of(token)
        if passive:
            agents = [o for c in token.children if c.dep_ == "agent" for o in c.children]
            attackers, targets = agents, attackers
    else:
        targets = args.prep_objects(token, frozenset({"on", "against"}))
        attackers = [c for c in token.children if c.dep_ == "poss"]
        if not attackers and candidate.support is not None:
            attackers, _ = args.subject_of(candidate.support)
    targets += [c for t in targets for c in t.conjuncts]
    if attackers and all(_counted(a).lemma_.lower() in lexicon.text_nouns for a in attackers):
        return True  # "ads attacking Ted Cruz", "an editorial attacked the mayor": words
    if targets and all(_a_position(t, lexicon) for t in targets):
        return True  # "attacked the program as a violation of markets": a view, no body hurt
    if token.pos_ == "VERB" and _for_conduct(token):
        return True  # "attacked each other for not doing enough": blame for what was done
    if not attackers or not all(
        _named_person(a) or a.lower_ in ("he", "she", "his", "her") for a in attackers
    ):
        return False
    settings = args.prep_objects(token, frozenset({"from", "at", "during", "on", "in"}))
    if any(s.lemma_.lower() in lexicon.verbal_settings for s in settings):
        return True  # "attacked me from the stage of the convention": words from a platform
    if not targets:  # "Clinton's attacks were echoed", in a story about a vote
        return _told_in_a_vote(token.doc, lexicon)
    if all(t.lower_ in ("him", "her") for t in targets):  # "says Reed is attacking him"
        return _told_in_a_vote(token.doc, lexicon)
    return all(_named_person(t) or t.lemma_.lower() in lexicon.rival_nouns for t in targets)


# Verbs that level or throw words at someone: an attack they carry is made in words.
WORDS_THROWN = frozenset({"level", "hurl", "lob", "trade", "sling"})


def _interrupts(verb: Token) -> bool:
    """Whether "cut off" cuts a speaker short: its object is a person by a personal pronoun
    or a name, cut from nothing ("cut him off"), where PLOVER's cutting off is of ties, aid
    or supplies ("cut off aid to X", "cut them off from the grid")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or args.prep_objects(verb, SENDER):
        return False
    return all(
        o.lower_ in ("him", "her", "me", "you", "us") or o.ent_type_ == "PERSON" for o in objects
    )


def _for_conduct(verb: Token) -> bool:
    """Whether a verb gives its reason as someone's conduct, a gerund after "for" ("attacked
    her for voting against the bill"): blame, which English words as an attack; force is not
    dealt out for a reason named so."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _a_position(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a plan, a rule or a stand taken: a thing of words and decisions
    that only words can attack."""
    if token.ent_type_ == "LAW":
        return True  # "an attack on the Second Amendment": a law
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in lexicon.proposal_nouns
        or lemma in lexicon.bill_nouns
        or lemma in lexicon.rule_nouns
        or lemma in lexicon.position_nouns
    )


def _clash_in_words(token: Token, candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a clash or a fight is one of words: it took place at or during a debate, an
    interview or a hearing ("clashed at Saturday's debate", "a clash during the hearing").
    PLOVER ASSAULT is physical; "police and protesters clashed in the square" stays."""
    if "ASSAULT" not in candidate.categories or token.lemma_.lower() not in ("clash", "fight"):
        return False
    settings = args.prep_objects(token, frozenset({"at", "during", "in", "on"}))
    return any(s.lemma_.lower() in lexicon.verbal_settings for s in settings)


def _named_person(token: Token) -> bool:
    """Whether a name is a person's: tagged so, or a proper noun the story names as part of a
    person's name elsewhere (the small tagger may read a bare surname as an organisation when
    the full name was tagged a person two sentences before)."""
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "NORP"):
        return False
    return any(
        ent.label_ == "PERSON" and any(t.text == token.text for t in ent) for ent in token.doc.ents
    )


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
    if candidate.support_kind == "setting" or _apposed(token) or _earlier(token):
        return None  # "clashed in a phone call", "..., his first visit": events of their own
    if candidate.support is not None and candidate.support.dep_ == "relcl":
        return None  # "to lift the ban that X imposed last week": the ban is told as done
    if _undone_act(token):
        return None  # "asked X to lift its January ban": the ban is in force, told as done
    if _charged_act(token) or (candidate.support is not None and _charged_act(candidate.support)):
        return None  # "accused X of opening fire", "... of holding talks": an event of its own
    while token.head != token:
        if _said_of_someone(token) or (
            token.dep_ in ("advcl", "relcl")
            and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in CLAUSE_MARKS for c in token.children
            )
        ):
            return None  # "met in March, when X travelled for talks": a clause of its own
        if _own_relative(token, found):
            return None  # "the senator, whose speech the president criticised, ...": her act
        if _spliced_clause(token):
            return None  # "X confirms the arrest, Y demands a release": two clauses
        if token.dep_ == "ccomp" and _reporting_participle(token.head):
            return None  # "rejected the claims, saying its forces had not fired": told
        if _message_content(token, found):
            return None  # "said in a statement that X had met Y": the meeting it reports
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


# Verbs that undo a measure in force ("lift the ban", "reverse the decision", "end the blockade").
UNDOING_VERBS = frozenset({"lift", "reverse", "end", "revoke", "rescind", "scrap", "overturn",
                           "ease", "cancel", "repeal", "withdraw"})  # fmt: skip


def _undone_act(noun: Token) -> bool:
    """Whether an event noun is a measure that an act (asked for, promised or done) would undo,
    named as already in force: its owner or its time is given ("lift its ban", "reverse the
    January ban", "Panama's embargo"). Undoing presupposes the measure: it is an event of its
    own, whatever becomes of the undoing."""
    if noun.pos_ != "NOUN" or noun.dep_ not in args.OBJECTS:
        return False
    if noun.head.lemma_.lower() not in UNDOING_VERBS:
        return False
    return any(
        c.dep_ == "poss" or (c.ent_type_ == "DATE" and c.dep_ in ("compound", "nmod", "amod"))
        for c in noun.children
    )


# Verbs that charge someone with an act ("accused X of shelling Y", "blamed X for attacking"):
# the act is alleged, told on the accuser's word, not a part of the accusation.
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "fault", "condemn", "criticize",
                            "criticise", "denounce", "attack", "assail"})  # fmt: skip


def _charged_act(token: Token) -> bool:
    """Whether a gerund is the act a verb of charging names ("accused Azerbaijan of opening
    fire"): the accuser tells of that act, which the ledger follows (and a denial disputes)."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and prep.lower_ in ("of", "for")
        and prep.head.lemma_.lower() in CHARGING_VERBS
    )


def _reporting_participle(verb: Token) -> bool:
    """Whether a verb is a participle of saying hung on a clause ("..., saying E", "...,
    adding that E"): what it reports is told, not a part of the clause's act."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in events_lexicon.load().speech_verbs
    )


def _message_content(token: Token, found: dict[int, _Candidate]) -> bool:
    """Whether a clause is the content of a message noun ("a statement that X had met Y"):
    the message reports the act, as "said that" does, and does not take it as its own part
    (an agreement's content, "an agreement that X would withdraw", is what was agreed)."""
    message = found.get(token.head.i)
    return (
        token.dep_ == "acl"
        and message is not None
        and "COMMUNICATE" in message.categories
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    )


def _spliced_clause(token: Token) -> bool:
    """Whether a clause is joined to the verb after it by a bare comma (asyndetic coordination,
    as in headlines: "X confirms the arrest, Y demands a release"), not its complement.

    A clause with its own subject, before a comma, under a later verb that has a direct object
    of its own cannot be that verb's content (a postposed reporting verb, "X will withdraw,
    Y demanded", takes the clause as its only object), so it tells an event of its own.
    """
    head = token.head
    if token.dep_ not in ("ccomp", "parataxis") or token.i > head.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    between = token.doc[token.right_edge.i + 1 : head.i]
    if not any(t.text == "," for t in between):
        return False
    return any(c.dep_ == "dobj" and c.i > head.i for c in head.children)


def _verb_candidate(token: Token, lexicon: Lexicon) -> _Candidate | None:
    if token.pos_ != "VERB" or token.dep_ == "amod":
        return None  # "the Israeli-occupied West Bank": a participle describing, not an act
    lemma = token.lemma_.lower()
    if lemma in lexicon.attitude_verbs and _describing(token):
        return None  # "protesters opposed to the reform": an attitude, as an adjective says
    if _ascribed(token):
        return None  # "described the efforts as appealing to X": said of the efforts, not done
    if _felt_state(token):
        return None  # "students are feeling blamed": a state felt, no one blamed them here
    if _retort(token, lexicon):
        return None  # 'Hillary shot back, "I suppose ..."': a reply in words, no shot fired
    if set(lexicon.verbs.get(lemma, ("",))) <= lexicon.having("act"):
        if _content_a_free_relative(token):
            return None  # "what the parliament agreed to": what was agreed is not told here
    speech = _speech_head(token, lexicon)
    if speech is not None and "COMMUNICATE" in lexicon.verbs.get(lemma, ()):
        return _Candidate(token, ("COMMUNICATE",), speech, "speech")
    for child in token.children:
        if _time_prep(child):
            continue  # "called on Sunday for X": a time, not the verb's particle
        if _for_clause(child):  # "called Wednesday for X to resign": "for" opens the clause
            category = lexicon.phrasal.get(f"{lemma} for")
            if category:
                return _Candidate(token, (category,))
        if child.dep_ == "prep" and child.i < token.i:
            continue  # "On Twitter, X called Y 'unhinged'": a fronted setting, no particle
        if child.dep_ in ("prt", "prep", "dobj"):
            phrase = f"{lemma} {child.lemma_.lower()}"
            if child.lower_ == "up" and child.i > 0 and token.doc[child.i - 1].lower_ == "heads":
                continue  # "gave him a heads up": a warning passed on, nothing given up
            if (
                phrase in lexicon.other_verb_phrases
                and not _carries_event_noun(token, lexicon)
                and not (child.dep_ == "prep" and _acts_on(token))
            ):  # "seized boats on the lake": the preposition only places the act
                return None  # "closed to allow for cleaning": another verb, no event sense
            bare = lexicon.phrasal_bare.get(phrase)
            if bare and _bare_use(token, child, lexicon):
                return _Candidate(token, (bare[0],), mode=bare[1], partner=child)
            category = lexicon.phrasal.get(phrase)
            if category and _phrasal_on_a_thing(token, child, category, lexicon):
                return None  # "breaking with tradition", "pulled out her credentials"
            if category == "MOBILIZE" and not _calls_up_forces(token, lexicon):
                continue  # "called up her brother": a phone call, no force raised
            if category == "CONSULT" and child.dep_ == "prep":
                continue  # "a call to/from X" is a noun's; "called staff back to the office"
            if phrase == "cut off" and _interrupts(token):
                return None  # "the candidate cut him off": an interruption, no ties cut
            if phrase == "speak out" and not args.prep_objects(token, frozenset({"against"})):
                return None  # "speak out about white nationalism": a view aired, no one accused
            if category:
                partner = child if child.dep_ == "dobj" else None
                return _Candidate(token, (category,), partner=partner)
    if _weapons_test(token, lexicon):
        return _Candidate(token, ("MOBILIZE",), mode="weapons")  # "fired a missile into the sea"
    if lemma in lexicon.official_protest_verbs and _state_speaks(token, lexicon):
        return _Candidate(token, ("ACCUSE",), mode="allege")  # "Japan protested the move"
    if lemma in lexicon.arrival_verbs and _aid_arrives(token, lexicon):
        return _Candidate(token, ("AID",))  # "the Zambian maize that reached Blantyre"
    if lemma in lexicon.dispatch_verbs and _sends_forces(token, lexicon):
        return _Candidate(token, ("MOBILIZE",))  # "sent troops to the border"
    if lemma in lexicon.verbal_attack_verbs and _attacks_for_deeds(token, lexicon):
        return _Candidate(token, ("ACCUSE",), mode="disapprove")  # "attacked X for failing"
    if _disperses_crowd(token, lexicon):
        return _Candidate(token, ("ASSAULT",))  # "police dispersed the protesters"
    if lemma in lexicon.captor_verbs and _holds_someone(token, lexicon):
        return _Candidate(token, ("COERCE",), mode="arrest")  # "a patrol held nine fishermen"
    if lemma == "call" and token.dep_ == "acl" and _names_it(token):
        return None  # "a super PAC called Future 45": a name, no call
    contact = lexicon.contact_verbs.get(lemma)
    if contact and _contacts_someone(token, lexicon):
        return _Candidate(token, (contact[0],), mode=contact[1], contact=True)
    if lemma in lexicon.aim_verbs:
        aimed = _aimed_category(token, lexicon)
        return _Candidate(token, aimed) if aimed else None
    if lemma in lexicon.transfer_verbs and _hands_goods(token, lexicon):
        return _Candidate(token, ("AID",))  # "gave food to the miners": material aid
    if lemma in lexicon.object_senses and (_acts_on(token) or _relative_object(token)):
        if any(c.dep_ == "prt" for c in token.children):
            return None  # "struck down the law": the particle makes another verb
        if any(c.lemma_.lower() in lexicon.nouns for c in token.children if c.dep_ in _DONE):
            return None  # "a deal was struck": the noun is the event
        sense = lexicon.object_senses[lemma]
        if sense in lexicon.having("deliberate") and _caused_by_thing(token, lexicon):
            return None  # "disaster struck the village": a cause, no one attacks
        return _Candidate(token, (sense,)) if sense else None
    categories = lexicon.verbs.get(lemma)
    if not categories:
        return None
    if set(categories) <= lexicon.having("deliberate") and _caused_by_thing(token, lexicon):
        return None  # "power cuts are ruining the shops": a cause, no one acts on purpose
    if "REQUEST" in categories and _asks_anonymity(token, lexicon):
        return None  # "an official, who requested anonymity, said": how a source is cited
    if lemma in lexicon.search_verbs and _someone_sought(token, lexicon):
        return None  # "police are seeking the driver", "X is being sought as a witness"
    if _role_qualifier(token, lexicon):
        return None  # "paid tribute to bombing victims": whom an event touched, no new act
    if lemma in lexicon.permission_verbs and _thing_permitted(token):
        return None  # "the access that the family has permitted": a thing described
    if lemma in lexicon.permission_verbs and _thing_permits(token):
        return None  # "it allows us to spread his name": a means, no one eases anything
    if lemma in lexicon.trial_verbs and not _accuses_someone(token, lexicon):
        return None  # "the fee it charged to its units", "tried the cocktail": no one accused
    if lemma in lexicon.contact_object_verbs and _thing_met(token, lexicon):
        return None  # "the move was met with resistance": a reaction, no one met
    if _discontinuing(lemma, lexicon) and not _cuts_someone_off(token, lexicon):
        return None  # "plans to cut its emissions", "suspended all activity": no one cut off
    if "REJECT" in categories and _thing_declines(token, lexicon):
        return None  # "violent crime declined sharply": a fall, no one refused anything
    if lemma in lexicon.object_only_verbs and not _things_acted_on(token):
        return None  # "staff returned to the office": someone goes back, nothing is returned
    if lemma in lexicon.property_verbs and any(
        _person(t, lexicon) for t in _things_acted_on(token)
    ):
        return None  # "returned the suspect to X": someone handed over, no property
    if lemma in lexicon.property_verbs and any(
        t.lemma_.lower() in lexicon.reply_nouns for t in _things_acted_on(token)
    ):
        return None  # "did not return a message seeking comment": an answer, no property
    if lemma in lexicon.gathering_verbs and (
        any(c.dep_ == "dobj" for c in token.children) or _relative_object(token)
    ):
        return None  # "to rally the party behind her plan": support sought, no demonstration
    if lemma in lexicon.force_verbs and not _moves_forces(token, lexicon):
        return None  # "deployed an emergency order", "a tactic deployed by X": no force moved
    if lemma in lexicon.promise_verbs and any(c.dep_ == "prt" for c in token.children):
        return None  # "was sworn in", "signed off": the particle makes another verb, no promise
    if "AID" in categories and _helps_do(token, lexicon):
        return None  # "an expert who helped investigate the breaches": the act helped with
    if "COMMUNICATE" in categories and _writes_a_work(token, lexicon):
        return None  # "wrote a host of new songs": a work written, no message to anyone
    if "CONCEDE" in categories and lemma in lexicon.breach_verbs and _things_acted_on(token):
        return None  # "hackers compromised 12 workstations": a breach, nothing conceded
    if "SUPPORT" in categories and _voters_back(token, lexicon):
        return None  # "a majority of voters backed X": a vote or a poll, no endorsement
    if "SUPPORT" in categories and token.dep_ == "acl" and token.tag_ == "VBG":
        return None  # "a group backing X", "ads supporting Y": a description, no act told
    if lemma in lexicon.pledge_verbs and _empty_promise(token, lexicon):
        return None  # "vowed to soldier on", "promised a country of opportunities": no event
    if "REQUEST" in categories and _asks_to_know(token):
        return None  # "demanded to know whether X would ...": a question put, no act asked
    if lemma in lexicon.question_verbs and not _asks_for(token):
        return None  # "was asked about X", "asked why": a question, not a request
    if "CONCEDE" in categories and _eases_a_feeling(token, lexicon):
        return None  # "sought to ease worries": a feeling eased, no restriction lifted
    if "AID" in categories and _gives_information(token, lexicon):
        return None  # "provided details to reporters", "provide examples": told, not given
    if "REQUEST" in categories and _runs_for_office(token, lexicon):
        return None  # "is seeking re-election", "seeks a third term": a candidacy, no request
    if lemma in lexicon.acceptance_verbs and _accepts_candidacy(token, lexicon):
        return None  # "accepting her party's nomination": a candidacy, no agreement
    if lemma in lexicon.acceptance_verbs and _accepts_money(token, lexicon):
        return None  # "he only accepts small donations": money taken, no agreement
    if lemma in lexicon.need_verbs and _required_by_rule(token, lexicon):
        return None  # "party rules require delegates to vote": a standing rule, no demand
    if lemma in lexicon.permission_verbs and _required_by_rule(token, lexicon):
        return None  # "a law that allows small towns to vote at midnight": a rule in force
    if lemma in lexicon.relation_verbs and not _acts_on_relations(token, lexicon):
        return None  # "to restore its territorial integrity", "restored power": no ties
    if lemma in lexicon.need_verbs and (
        token.dep_ == "acl" or not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    ):
        return None  # "patients requiring care", "the hospital requires beds": a need, no demand
    if lemma in lexicon.commitment_verbs and not _commits_to_act(token, lexicon):
        return None  # "committed a crime", "committed themselves to writing daily": no pledge
    if lemma in lexicon.offer_verbs and not _offers(token, lexicon):
        return None  # "the series offers a look at X": nothing offered to anyone
    if lemma in lexicon.dismissal_verbs and _person_dismissed(token, lexicon):
        return None  # "fired the coach": a dismissal, no harm done
    if lemma in lexicon.signing_verbs and _signs_a_text(token, lexicon):
        return None  # "signed an executive order", "a letter signed by 200 lawmakers"
    if lemma in lexicon.gathering_verbs | {"march"} and _in_a_parade(token, lexicon):
        return None  # "marched in the New York parade": a celebration, no demonstration
    if _authorized_to_speak(token, lexicon):
        return None  # "not authorized to discuss the investigation": why a source is unnamed
    if lemma in lexicon.plea_verbs and any(c.lower_ in lexicon.plea_words for c in token.children):
        return None  # "pleaded guilty to a charge": a plea in court, no appeal to anyone
    if lemma == "offer" and _offers_views(token):
        return None  # "offered voters different approaches", "offered his thoughts": views
    if lemma in AFFORDING_VERBS and _afforded_by_a_thing(token, lexicon):
        return None  # "his job offers him a platform": a thing affords, no one offers
    if lemma in ("lift", "relax") and _lifts_a_thing(token, lexicon):
        return None  # "triumphantly lifted a sign": raised, no restriction eased
    if lemma == "agree" and _agree_that(token):
        return None  # "economists who favour the tax agree that it will come slowly": a view
    if lemma == "agree" and _shares_a_view(token, lexicon):
        return None  # "voters agreed with Mr. Reed on the issue": a view shared, no accord
    if lemma == "appeal" and _attracts(token):
        return None  # "Cruz appeals to Reagan Democrats": he draws them, asks nothing
    if lemma in ("press", "ask") and _interviewed(token, lexicon):
        return None  # "was pressed by ABC's host about X", 'asked, "You think ...?"'
    if lemma == "question" and _asked_by_the_press(token, lexicon):
        return None  # "when Reed was questioned about it on a TV network": an interview
    if lemma in lexicon.recognition_words and _recognizes_a_fact(token):
        return None  # "seemed to recognize the significance of the victory": no recognition
    if lemma == "execute" and _executes_a_plan(token, lexicon):
        return None  # "the team executed this flawlessly", "executed the plan": carried out
    if lemma == "charge" and _charged_with_a_duty(token, lexicon):
        return None  # "the agency charged with overseeing the vote": a task, no charge
    if "REQUEST" in categories and _asks_a_question(token, lexicon):
        return None  # "she asked the question to build on his point": a question, no request
    if "AGREE" in categories and any(
        c.dep_ == "xcomp" and _speaks_to_no_party(c, lexicon) for c in token.children
    ):
        return None  # "agreed to talk on the condition that his name not be used": a source
    if "REJECT" in categories and _declines_to_speak(token, lexicon):
        return None  # "declined to comment": no answer, nothing rejected; "dismissed reports
        # that ...": a denial of what was told (a stance), not a rejection of an act
    if _tells_content(token, categories, lexicon):
        return None  # "the readout recalled that they had met": remembering, no envoy recalled
    if "COMMUNICATE" in categories and _reports(token, lexicon):
        return None  # "AP writes that ...": the outlet's source, told as a quote, not a letter
    if lemma in lexicon.contact_object_verbs and _thing_object(token, lexicon):
        return None  # "visited a golf course", "met the deadline": no one met
    if lemma in lexicon.contact_object_verbs and _thing_subject(token, lexicon):
        return None  # "a garden that has hosted countless barbecues": no one met anyone
    if lemma in lexicon.firing_verbs and _thing_object(token, lexicon):
        if not any(c.dep_ == "prt" for c in token.children):
            return None  # "shooting skeet", "shot a film": no one fired on
    if set(categories) <= {"SUPPORT", "REJECT"} and _stance_on_a_thing(token, lexicon):
        return None  # "supported a non-interventionist foreign policy": a view, no one backed
    if set(categories) <= {"SANCTION"} and _adjectival(token, lexicon):
        return None  # "cutting attacks on her character": an adjective, nothing cut off
    if lemma in lexicon.speaking_verbs and _speaks_of_a_thing(token, lexicon):
        return None  # "candidates are talking doom and gloom": what is said, no talks
    if lemma in lexicon.abandoning_verbs and _gives_up_a_plan(token, lexicon):
        return None  # "abandoned their strategy of attacking him": a plan dropped, no retreat
    if lemma in lexicon.hijack_verbs and _takes_no_vehicle(token, lexicon):
        return None  # "hijacked the floor of the House", "hijacked the debate": no craft seized
    if lemma in lexicon.striking_verbs and _strikes_a_thing(token, lexicon):
        return None  # "to beat the senator's fundraising goal", "kicked the ball": no one hit
    if lemma in lexicon.opponent_verbs and _thing_object(token, lexicon):
        return None  # "children fighting obesity": a struggle with a thing, no one attacked
    if lemma in lexicon.opponent_verbs and _fights_for_goal(token, lexicon):
        return None  # "tenants fought in court to stay in their homes": a goal striven for
    if lemma in lexicon.common_verbs and not _passes_between(token, lexicon):
        return None  # "the two towns share a dialect": had in common, nothing exchanged
    if (
        lemma in lexicon.captive_verbs
        and token.dep_ != "xcomp"
        and not _frees_someone(token, lexicon)
    ):
        # "released its forecast", "have not released details": no captive freed; an act
        # agreed or asked for ("agreed to release the files") is judged with that event
        return None
    if lemma in lexicon.obstruct_verbs and not _obstructs(token, lexicon):
        return None  # "peers who feel blocked", "blocked the return of workers": no protest
    if lemma == "threaten" and _threatened_by_a_thing(token, lexicon):
        return None  # "the primary threatens to knock a governor out": a risk, no threat
    if lemma in lexicon.warning_verbs and _warns_of_a_danger(token, lexicon):
        return None  # "warned of the dangers of X": a forecast, no threat held out
    if lemma in lexicon.warning_verbs and _foretells(token, lexicon):
        return None  # "warned that the agency is ignoring workers": a claim, no threat
    if lemma in lexicon.attempt_verbs and (
        any(c.dep_ == "xcomp" for c in token.children) or _try_and(token) or _tries_to(token)
    ):
        return None  # "tried to hack", "try and combat": the attempted act is the event
    if lemma in lexicon.assent_verbs and _shares_view(token, lexicon):
        return None  # "agrees that students feel blamed": an opinion, no act agreed
    objects = [c for c in token.children if c.dep_ in args.OBJECTS and not _apposed(c)]
    if lemma in lexicon.signing_verbs and any(_person(o, lexicon) for o in objects):
        return None  # "want to sign him", "signed the striker": hiring someone, no agreement
    carried = objects + [c for c in token.children if c.dep_ == "nsubjpass"]
    if lemma in lexicon.light_verbs and token.dep_ == "relcl" and _gapped_object(token):
        if _relative_event_noun(token, lexicon) is not None:
            return None  # "the ban that Panama imposed": the noun is the event
    if lemma in lexicon.light_verbs and any(c.lemma_.lower() in lexicon.nouns for c in carried):
        return None  # "signed an agreement", "a letter was delivered": the noun is the event
    # "the envoy was received by the king": the passive subject is the one received
    received = objects + [c for c in token.children if c.dep_ in args.PASSIVE_SUBJECTS]
    if lemma in lexicon.person_object_verbs and not any(_agent_like(c, lexicon) for c in received):
        return None  # "received the president" is a meeting, "received 40 votes" is not
    return _Candidate(token, categories)


def _asks_anonymity(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of asking asks only not to be named: "an official, who requested
    anonymity, said ...", "asked for anonymity", "asked not to be identified". That is how a
    wire story cites a source; the source asks the reporter, and PLOVER codes requests between
    political actors."""
    for child in verb.children:
        if child.dep_ in args.OBJECTS and child.lemma_.lower() in lexicon.anonymity_nouns:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(o.lemma_.lower() in lexicon.anonymity_nouns for o in child.children):
                return True
        if child.dep_ == "xcomp" and child.lemma_.lower() in lexicon.identifying_verbs:
            passive = any(c.dep_ == "auxpass" for c in child.children)
            if passive and any(c.dep_ == "neg" for c in child.children):
                return True  # "asked not to be identified"
    return False


def _someone_sought(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "seek" (or "search") has a person as its object, passive subject or "for"
    object, or describes the person sought: "police are seeking the driver", "X is being
    sought as a witness", "investigators are searching for X", "an activist sought by the
    FBI" search for someone, and no one is asked for anything (nor anything seized); searching
    for anything with no place searched ("searching for answers") is looking, no raid.
    Seeking a thing or an act ("sought the release of X", "sought aid") asks."""
    sought = args.prep_objects(verb, frozenset({"for"}))  # "searching for the driver"
    if verb.lemma_.lower() == "search" and sought:
        searched = [c for c in verb.children if c.dep_ in (*args.OBJECTS, *args.PASSIVE_SUBJECTS)]
        searched += args.prep_objects(verb, args.PLACE_PREPS)  # "searched for arms in X"
        if not searched:
            return True  # "searching upriver for how things started": looking, nothing raided
    if verb.lemma_.lower() == "seek":  # what is searched is a place ("searched the house")
        sought += [c for c in verb.children if c.dep_ in (*args.OBJECTS, *args.PASSIVE_SUBJECTS)]
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        sought.append(verb.head)  # "the second activist being sought by the FBI"
    return any(_person(o, lexicon) for o in sought)


def _role_qualifier(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a gerund only qualifies a noun of an event's role that follows it bare:
    "tribute to bombing victims", "met shooting survivors". The parser takes the noun for the
    gerund's object, but the phrase names people by their part in an event told elsewhere; it
    tells no new event. "Bombing civilians" has a real object and stays an act."""
    if verb.tag_ != "VBG":
        return False
    return any(
        c.dep_ in args.OBJECTS
        and c.i == verb.i + 1
        and c.lemma_.lower() in lexicon.event_role_nouns
        and not any(d.dep_ in ("det", "poss") for d in c.children)
        for c in verb.children
    )


def _thing_permitted(verb: Token) -> bool:
    """Whether a verb of permission only describes the thing it allows: a relative clause
    whose gap is the object, with no act allowed ("the media access that the family has
    permitted"). PLOVER CONCEDE yields to another side or eases a restriction on it; a noun's
    description tells no such act, while "which allowed exiles to return" and "the day the
    ministry permitted visits" still name the act allowed."""
    if verb.dep_ != "relcl":
        return False
    if any(c.dep_ in ("xcomp", "ccomp", *args.OBJECTS) for c in verb.children):
        return False  # "which allowed exiles to return": the act allowed is told
    # the gap is the object: the subject is a name or noun, not the relative pronoun
    return any(c.dep_ in args.SUBJECTS and c.tag_ not in RELATIVES for c in verb.children)


def _restriction_scope(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a permission is joined to a restriction of the same clause ("police barred the
    crowd from the consulate but allowed them to demonstrate nearby"): it says where the
    restriction ends, one act of control; PLOVER CONCEDE eases a restriction or yields to a
    demand, as "lifted the curfew and allowed exiles to return" does. The act allowed goes
    with it: permitted, it is not told as done."""
    verb = candidate.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.permission_verbs:
        return False
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    return any(j.lemma_.lower() in lexicon.restriction_verbs for j in joined)


def _thing_permits(verb: Token) -> bool:
    """Whether what permits is a thing spoken of ("it allows us to ...", "this permits X to
    ..."): a pronoun of things as subject, no one yielding to another side."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ in ("it", "this") for s in subjects)


def _recognition(trigger: Token, category: str, lexicon: Lexicon) -> bool:
    """Whether a support denied is recognition denied ("does not recognize the jurisdiction of
    the court", "refused recognition"): refusing the other side's standing is a PLOVER REJECT,
    as a negated agreement is; other support denied ("did not back the bill") stays SUPPORT."""
    return category == "SUPPORT" and trigger.lemma_.lower() in lexicon.recognition_words


def _thing_declines(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of refusing is used intransitively of a thing: nothing refused (no object,
    no infinitive or clause) and a subject that cannot act ("violent crime declined", "prices
    resisted"). A refusal is someone's act ("asked to attend, the minister declined")."""
    if _things_acted_on(verb) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    subjects = [_relative_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(_may_do_harm(s, lexicon) for s in subjects)


def _accuses_someone(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of charging or trying has someone charged or tried: its object or passive
    subject (a relative pronoun standing for the noun its clause describes) is a person, a
    group or a body; with none named ("was charged with murder" names its subject) it stays."""
    done = [_relative_antecedent(c) for c in verb.children if c.dep_ in _DONE]
    if not done:
        return True
    return any(
        _person(t, lexicon)
        or t.ent_type_ in AGENT_ENTS
        or (t.pos_ == "NOUN" and _agent_token(t, lexicon))
        for t in done
    )


def _thing_met(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a meeting verb's passive subject, the one met or visited, is a thing: "the move
    was met with resistance" tells a reaction, "the deadline was met" a task done."""
    met = [c for c in verb.children if c.dep_ in args.PASSIVE_SUBJECTS]
    return bool(met) and not any(_someone_or_somewhere(m, lexicon) for m in met)


def _discontinuing(lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb sets SANCTION's "discontinue" mode (cut, suspend, halt, freeze, ...)."""
    sanction = lexicon.categories.get("SANCTION")
    return sanction is not None and lemma in sanction.modes.get("discontinue", ())


def _cuts_someone_off(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of discontinuing discontinues what ties actors (PLOVER SANCTION: reduce
    or stop relations, aid, cooperation or trade with someone): what it stops names an event,
    a relation or goods ("suspended talks", "froze aid"), or someone is named in it or cut off
    ("suspended the envoy", "froze the assets of X", "cut power to the rebels"). One's own
    output or activity cut ("cut its emissions", "suspended all activity") cuts off no one;
    with nothing named as stopped ("talks halted") the verb stays."""
    stopped = _things_acted_on(verb)
    if verb.lemma_.lower() in lexicon.memory_verbs and not (
        stopped and all(_person(t, lexicon) for t in stopped)
    ):
        return False  # "recalled Ali's generosity", "recalled that ...": remembered
    if not stopped:
        return True
    if (
        verb.lemma_.lower() in lexicon.injury_verbs
        and not any(c.dep_ == "prt" for c in verb.children)
        and all(_person(t, lexicon) for t in stopped)
    ):
        return False  # "the ambassador was cut on her lip": hurt, not cut off
    sides = args.prep_objects(verb, lexicon.recipient_preps | lexicon.actor_preps)
    if any(_someone_or_somewhere(s, lexicon) for s in sides):
        return True
    words = [
        t
        for thing in stopped
        for t in thing.subtree
        if not (t.dep_ == "poss" and t.pos_ == "PRON")  # "its emissions": the actor's own
    ]
    return any(
        t.pos_ == "PROPN"
        or t.ent_type_ in AGENT_ENTS
        or _someone_or_somewhere(t, lexicon)
        or t.lemma_.lower() in lexicon.nouns
        or t.lemma_.lower() in lexicon.goods_nouns
        or t.lemma_.lower() in lexicon.relation_nouns
        for t in words
    )


def _felt_state(verb: Token) -> bool:
    """Whether a participle is the complement of a verb of feeling or seeming ("are feeling
    blamed", "seemed abandoned"), as an adjectival complement or as what the parser took for a
    passive auxiliary: English builds the passive with "be" or "get" only, so another verb
    there links a state to its subject."""
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ == "acomp" and head.tag_ == "VBN":
        return True  # "feeling blamed and abandoned": a participle completing "feel"
    return any(
        c.dep_ == "auxpass" and c.lemma_.lower() not in PASSIVE_AUXILIARIES for c in head.children
    )


def _shares_view(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of assent shares a view instead of agreeing to an act: no act or event
    agreed to ("to withdraw", "on a ceasefire", "a deal", "that troops would leave"), and what
    is agreed with is a thing said ("with the statement"), a claim that something is so ("that
    students feel blamed", no modal looking ahead) or a quotation ("agreed: '...'", one party)."""
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", *args.OBJECTS) for c in children):
        return False  # "agreed to release X", "agreed a deal"
    if any(c.dep_ == "prep" and c.lower_ in ACT_AGREED_PREPS for c in children):
        return False  # "agreed on a ceasefire", "agreed to the plan"
    markers = lexicon.hypothetical_markers | lexicon.future_markers | lexicon.obligation_modals
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if clauses:
        return not any(
            a.dep_ == "aux" and (a.lower_ in markers or a.tag_ == "TO")
            for clause in clauses
            for a in clause.children
        )  # "agreed that troops would leave": an act ahead, agreed
    with_objects = args.prep_objects(verb, frozenset({"with"}))
    if with_objects:
        return not any(_agent_like(o, lexicon) for o in with_objects)
    subjects, _ = args.subject_of(verb)
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    single = len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP") and not subjects[0].conjuncts
    return single and after is not None and after.text == ":"


def _caused_by_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the doer of a deliberate act (PLOVER ASSAULT) is a thing that cannot act: its
    subject, or the "by" agent of a passive, is a common noun that names no one, no event and
    no means of violence ("the floods destroyed homes", "a fire that has been burning for
    weeks"). An attack whose doer goes unnamed ("the blast killed ten", "homes were
    destroyed") keeps its place: a means of violence or no doer at all tells nothing against."""
    clause = verb
    while clause.dep_ == "conj" and not _has_subject(clause) and clause.head != clause:
        clause = clause.head  # "shelled the town and destroyed the bridge": one doer
    if any(c.dep_ in args.PASSIVE_SUBJECTS for c in clause.children):
        doers = args.prep_objects(verb, lexicon.agent_preps)
    else:  # its own subject only: "a plan to attack X" is no plan attacking
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doers = [_relative_antecedent(d) for d in doers]
    return bool(doers) and not any(_may_do_harm(d, lexicon) for d in doers)


def _may_do_harm(token: Token, lexicon: Lexicon) -> bool:
    """Whether a doer can do harm on purpose or names the means of it: someone (a name, a
    pronoun, a noun of people, "the shooter", a country), an event ("the attack", "clashes"),
    a weapon, or a thing a force or a weapon qualifies ("Israeli fire", "tank fire")."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "ADJ") or _agent_like(token, lexicon) or _agent_suffix(lemma):
        return True
    if token.ent_type_ == "CARDINAL":
        return True  # "thousands marched", "thousands of farmers": a count of someone
    if lemma in lexicon.nouns or lemma in lexicon.polity_nouns or _weapon(token, lexicon):
        return True
    if any(
        c.dep_ in ("amod", "compound")
        and (
            c.pos_ == "PROPN"
            or c.ent_type_ in AGENT_ENTS
            or _agent_suffix(c.lemma_.lower())
            or _weapon(c, lexicon)
        )
        for c in token.children
    ):
        return True  # "Israeli fire", "sniper fire", "tank fire": a force's or a weapon's
    return any(_may_do_harm(c, lexicon) for c in token.conjuncts if c.i > token.i)


def _weapon(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a means of violence: an ASSAULT mode word ("drone", "artillery"),
    goods of war or an instrument of the vocabulary ("blast", "gunfire")."""
    lemma = token.lemma_.lower()
    assault = lexicon.categories.get("ASSAULT")
    weapons = {w for lemmas in assault.modes.values() for w in lemmas} if assault else set()
    return lemma in weapons or lemma in lexicon.goods_nouns or lemma in lexicon.instrument_nouns


def _infinitive(verb: Token) -> bool:
    """Whether a verb is a bare to-infinitive with no subject of its own ("to resign")."""
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _for_clause(child: Token) -> bool:
    """Whether a verb's clause is a "for X to do" infinitive ("called Wednesday for the judge
    to resign"): the parser marks "for" as the clause's subordinator, where "called for the
    judge" would make it the verb's preposition."""
    return child.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" and m.i < child.i for m in child.children
    )


def _phrasal_on_a_thing(verb: Token, child: Token, category: str, lexicon: Lexicon) -> bool:
    """Whether a phrasal verb of breaking ties, of pulling out or of shutting down acts on a
    thing of no one: "shutting down questions" (PLOVER COERCE shuts down a body or a
    place), "breaking with tradition" (PLOVER SANCTION breaks with someone: "broke with
    Velo", "broke with the alliance"), "pulling out her credentials" (PLOVER RETREAT pulls
    out forces or pulls out of a place or a deal: "pulled out its troops", "pulled out of the
    talks")."""
    if category == "SANCTION" and child.dep_ == "prep":
        sides = [o for o in child.children if o.dep_ == "pobj"]
        return bool(sides) and not any(
            _agent_like(o, lexicon) or o.lemma_.lower() in lexicon.nouns for o in sides
        )
    if category == "RETREAT" and child.dep_ == "prt":
        moved = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(moved) and not any(
            _person(o, lexicon) or _weapon(o, lexicon) or o.lemma_.lower() in lexicon.nouns
            for o in moved
        )
    if category == "COERCE" and child.dep_ == "prt":
        # "shut down such questions", "shut down the rumours": talk ended, no body closed
        closed = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(closed) and all(
            o.lemma_.lower() in lexicon.reply_nouns or o.lemma_.lower() in lexicon.report_nouns
            for o in closed
        )
    return False


def _tries_to(verb: Token) -> bool:
    """Whether a verb of attempt with no object takes a to-infinitive the parser hung as an
    adverbial clause after a time ("sought on Wednesday to ease worries"): the infinitive is
    what is attempted, as an xcomp would be. With an object ("sought talks to end the war")
    the infinitive is a purpose and the object is what is sought."""
    if any(c.dep_ in args.OBJECTS for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and c.i > verb.i
        and _infinitive(c)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)
        for c in verb.children
    )


def _try_and(verb: Token) -> bool:
    """Whether a bare verb is joined by "and" right after it to the verb it attempts ("to try
    and combat the outbreak"): English pseudo-coordination, "try to combat"."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.tag_ == "VB"
        and after is not None
        and after.lower_ == "and"
        and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" for c in verb.children)
    )


def _describing(verb: Token) -> bool:
    """Whether a participle describes a noun as an adjective would: hung from the noun ("rebels
    backed by X"), or "opposed to" with no auxiliary and no object (no one "opposed to" an act:
    the parser sometimes takes "Farmers opposed to the reform gathered" for a clause)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    bare = not any(c.dep_ in ("aux", "auxpass", *args.OBJECTS) for c in verb.children)
    return bare and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _march_to_an_office(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a march goes to an office or a win ("her march to the nomination", "the march
    to victory"): a way to power, no demonstration (PLOVER PROTEST)."""
    goals = args.prep_objects(noun, frozenset({"to", "toward", "towards"}))
    return bool(goals) and all(
        g.lemma_.lower() in lexicon.candidacy_nouns or g.lemma_.lower() in lexicon.won_nouns
        for g in goals
    )


def _stance_on_a_thing(token: Token, lexicon: Lexicon) -> bool:
    """Whether support or rejection is of a policy or a thing, with no one's act in it: what
    is backed or opposed ("supported a non-interventionist foreign policy", "her support for
    universal coverage", "opposing legal abortion", "signed a lease") names neither someone
    (nor someone's: "praised Obama's accomplishments"), nor an act or accord of others ("backed
    the ceasefire", "rejected the treaty"), nor a proposal or a bill ("rejected the plan").
    PLOVER SUPPORT and REJECT are stances toward an actor or an actor's demand or offer."""
    if token.pos_ == "VERB":
        stood = [c for c in token.children if c.dep_ in args.OBJECTS]
        sides = args.prep_objects(token, frozenset({"to", "for", "behind", "with"}))
    else:
        stood = args.prep_objects(token, frozenset({"for", "of"}))
        sides = args.prep_objects(token, frozenset({"to", "behind"}))
    if not stood or any(_agent_like(s, lexicon) for s in sides):
        return False
    return not any(
        _agent_like(s, lexicon)
        or any(_agent_like(c, lexicon) for c in s.children if c.dep_ == "poss")
        or s.lemma_.lower() in lexicon.nouns
        or s.lemma_.lower() in lexicon.proposal_nouns
        or s.lemma_.lower() in lexicon.bill_nouns
        or s.lemma_.lower() in lexicon.report_nouns
        or s.lemma_.lower() in lexicon.sight_nouns  # "to support the new museum": a body
        or s.lemma_.lower() in lexicon.polity_nouns  # "backed the city"
        or s.pos_ not in ("NOUN",)
        for s in stood
    )


def _adjectival(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a participle of cutting or breaking qualifies a noun as an adjective ("cutting
    attacks", "faced cutting criticism"): before a noun, or a gerund the parser gave a noun of
    words or blows as object, which nothing can be cut off from (PLOVER SANCTION)."""
    if verb.dep_ == "amod":
        return True
    if verb.tag_ != "VBG":
        return False
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    hostile = {"ACCUSE", "ASSAULT", "THREATEN"}
    return bool(objects) and all(
        set(lexicon.nouns.get(o.lemma_.lower(), ())) & hostile
        or o.lemma_.lower() in lexicon.reply_nouns
        for o in objects
    )


def _speaks_of_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "talk" or "speak" takes what is said as its object ("talking doom and gloom",
    "talked politics") with no one talked with: a way of speaking, no conversation."""
    said = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if not said or any(_agent_like(o, lexicon) or o.lemma_.lower() in lexicon.nouns for o in said):
        return False  # "talked each other down", "spoke by telephone, a conversation that"
    return not any(
        _agent_like(o, lexicon) for o in args.prep_objects(verb, frozenset({"with", "to"}))
    )


def _strikes_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of striking or taking has only things as objects ("beat the goal",
    "capturing the frustration of voters"): no one, no place, and no count of people ("beat
    dozens of protesters", "captured two", "captured hundreds of fighters" stay attacks)."""
    struck = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return bool(struck) and not any(
        o.like_num
        or o.lower_ in lexicon.crowd_numbers  # "captured hundreds of fighters"
        or _counted(o).like_num
        or _someone_or_somewhere(o, lexicon)
        or _someone_or_somewhere(_counted(o), lexicon)
        for o in struck
    )


def _gives_up_a_plan(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what is abandoned is a plan, an effort or a bid ("abandoned their strategy",
    "abandoned the bid"): dropping an intention, no withdrawal from a place, a post or a
    position held (PLOVER RETREAT: "abandoned the town", "abandoned their posts" stay)."""
    dropped = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return bool(dropped) and all(d.lemma_.lower() in lexicon.proposal_nouns for d in dropped)


def _takes_no_vehicle(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a hijacking takes something other than a craft or its people ("hijacked the
    floor", "hijacked the agenda"): PLOVER ASSAULT/abduct seizes a plane, a ship, a vehicle
    or people."""
    taken = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return bool(taken) and not any(
        t.lemma_.lower() in lexicon.vehicle_nouns
        or t.lemma_.lower() in lexicon.craft_nouns
        or _person(t, lexicon)
        for t in taken
    )


def _relative_object(verb: Token) -> bool:
    """Whether a verb in a relative clause with a subject of its own acts on the noun the
    clause describes ("the silence the leaders have demonstrated": the silence shown)."""
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ in args.SUBJECTS and c.tag_ not in RELATIVES for c in verb.children)
        and not any(c.dep_ in args.OBJECTS for c in verb.children)
    )


def _acts_on(verb: Token) -> bool:
    """Whether a verb acts on something: an object, a passive subject or a "that"-clause."""
    return any(c.dep_ in _DONE or c.dep_ == "ccomp" for c in verb.children)


def _carries_event_noun(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb acts on an event or a relation ("broke down relations", "broke down a
    treaty"): then its particle keeps the verb's event sense."""
    return any(c.lemma_.lower() in lexicon.nouns for c in verb.children if c.dep_ in _DONE)


def _things_acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its objects and passive subjects, the noun a participle describes
    ("the artefacts returned last week", "a tactic deployed by X"), or the noun a relative
    clause with a subject of its own leaves its object gap for ("the plan he released")."""
    done = [c for c in verb.children if c.dep_ in _DONE and not _apposed(c)]
    if not done and verb.dep_ == "acl" and verb.tag_ == "VBN":
        done = [verb.head]
    if (
        not done
        and verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(t.is_punct for t in verb.doc[verb.head.i + 1 : verb.i])
        and not any(
            c.tag_ == "WRB" or (c.dep_ == "prep" and not list(c.children)) for c in verb.children
        )
    ):
        done = [verb.head]  # "the document he released": the object the clause leaves out
        # ("a year when tourism declined", "the town he fled from" leave out no object)
    return done


def _moves_forces(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of moving forces moves forces (PLOVER MOBILIZE: military or police moves
    and deployments): what it moves names people (troops, police, a unit's members) or weapons
    (goods of war, or a word that sets a MOBILIZE mode: "missiles", "tanks"). With nothing
    moved ("the brigade deployed to the border") the subject itself moves."""
    moved = _things_acted_on(verb)
    if not moved:
        return True
    mobilize = lexicon.categories.get("MOBILIZE")
    force_words = {w for lemmas in mobilize.modes.values() for w in lemmas} if mobilize else set()
    for thing in moved:
        lemma = thing.lemma_.lower()
        if lemma in force_words or lemma in lexicon.goods_nouns or _agent_like(thing, lexicon):
            return True
    return False


def _state_speaks(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's subject is a state or a state's office: a country's name ("Japan
    protested"), or a noun of office ("the foreign ministry", "the ambassador")."""
    subjects = args.subject_of(verb)[0]
    return any(
        s.ent_type_ == "GPE"
        or s.lemma_.lower() in lexicon.office_nouns
        or any(c.lemma_.lower() in lexicon.office_nouns for c in s.children if c.dep_ == "compound")
        for s in subjects
    )


def _sends_forces(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of sending sends forces: troops or police (a MOBILIZE mode word other
    than weapons) as what it moves. "Sent weapons to X" is aid and "sent an envoy" a contact."""
    mobilize = lexicon.categories.get("MOBILIZE")
    if mobilize is None:
        return False
    forces = {w for mode, lemmas in mobilize.modes.items() if mode != "weapons" for w in lemmas}
    moved = _things_acted_on(verb)
    moved += [c for m in moved for c in m.conjuncts]
    named = moved + [c for m in moved for c in m.children if c.dep_ == "compound"]
    if not any(t.lemma_.lower() in forces for t in named):  # "coast guard vessels"
        return False
    return not any(_helps(c, lexicon) for c in verb.children if c.dep_ in ("advcl", "xcomp"))


def _helps(purpose: Token, lexicon: Lexicon) -> bool:
    """Whether a purpose clause tells an act of cooperation ("sent troops to support the
    government"): forces sent to help are that help, which the clause's own event tells."""
    categories = lexicon.verbs.get(purpose.lemma_.lower(), ())
    return any(
        lexicon.categories[c].quad in COOPERATION_QUADS
        for c in categories
        if c in lexicon.categories
    )


def _object_denied(verb: Token) -> bool:
    """Whether a verb's direct object is quantified by "no" ("seeks no conflict with X",
    "offered no concession", "arrested no one"): English negates the clause through its
    object (no = not any), so the act is told as not done. "No" inside a prepositional phrase
    ("seeks talks with no preconditions") leaves the act done."""
    if verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _ascribed(verb: Token) -> bool:
    """Whether a gerund is the "as" complement of an object ("described the efforts as
    appealing to a broader group", "saw the plan as threatening tenants"): English secondary
    predication, which says what the object is taken to be or do, no act told of anyone."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return False
    governor = verb.head.head
    return any(c.dep_ == "dobj" for c in governor.children)


def _content_a_free_relative(verb: Token) -> bool:
    """Whether what is agreed or asked is only the "what" of a free relative ("contrasts what
    the parliament agreed to", "that is not what they asked for"): the clause names a thing by
    the act, it tells neither the act agreed or asked (PLOVER AGREE and REQUEST code what is
    agreed or asked) nor news of its own. A pseudo-cleft ("what they demanded was a truce")
    says what it was, so it keeps its event."""
    if verb.dep_ in ("csubj", "csubjpass"):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    stranded = [o for p in preps for o in p.children if o.dep_ == "pobj" and o.i < verb.i]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i] + stranded
    return any(o.lower_ == "what" and o.tag_ == "WP" for o in objects)


def _calls_up_forces(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a phrasal verb of raising forces ("called up 5,000 reservists", "reserves were
    called up") raises forces: PLOVER MOBILIZE needs troops or police moved, so what it acts
    on must be a word of a MOBILIZE mode ("reservists", "troops"); "called up her brother" is
    a phone call and "was called up to the national team" a selection."""
    return _force_words(_things_acted_on(verb), lexicon)


def _force_words(tokens: list[Token], lexicon: Lexicon) -> bool:
    """Whether one of the words names forces: a word of a MOBILIZE mode ("reservists")."""
    mobilize = lexicon.categories.get("MOBILIZE")
    force_words = {w for lemmas in mobilize.modes.values() for w in lemmas} if mobilize else set()
    return any(t.lemma_.lower() in force_words for t in tokens)


def _call_up(token: Token) -> bool:
    """Whether a noun is "call-up" (an order to report for service), however the tokenizer and
    the parser split it: "callup", "call up" with its particle, "call-up" as "call" + "up"."""
    lower = token.lower_
    if lower in ("callup", "call-up"):
        return True
    if lower == "up":
        return any(c.dep_ == "compound" and c.lower_ == "call" for c in token.children)
    if token.lemma_.lower() != "call" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.lower_ == "up" and after.head == token


def _universal_doer(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether the doer of an event is anyone at all ("anyone who visited the clinic must stay
    home", "everyone who attended the rally"): a universal pronoun refers to whoever fits, so
    the sentence states a rule or a condition, not an act of a specific actor (English generic
    reference). The verb's own subject counts, or its support verb's for an event noun."""
    trigger = candidate.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else candidate.support
    if verb is None:
        return False
    subjects, passive = args.subject_of(verb)
    return not passive and any(
        s.lower_ in lexicon.universal_people or s.lemma_.lower() in lexicon.universal_people
        for s in subjects
    )


def _points_at_page(segment: Span, lexicon: Lexicon) -> bool:
    """Whether a sentence opens on a part of the page pointed at ("the following table lists
    all gifts to X", "the chart below shows ...", "this map marks ..."): it describes the page,
    as a caption does; what it lists are rows, not events told."""
    opening = segment[:6]
    for i, token in enumerate(opening):
        if token.lemma_.lower() in lexicon.page_part_nouns and token.pos_ == "NOUN":
            near = {t.lower_ for t in opening[max(0, i - 2) : i + 2]}
            return bool(near & lexicon.page_pointers)
        if token.dep_ not in ("det", "amod") and token.lower_ not in lexicon.page_pointers:
            return False  # the sentence opens on something else
    return False


def _disperses_crowd(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb breaks up people or a gathering ("dispersed the protesters", "broke up a
    rally"): violent repression (CAMEO 175). What is dispersed must be people or a protest."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if lemma not in lexicon.repression_verbs and not any(
        f"{lemma} {p}" in lexicon.repression_verbs for p in particles
    ):
        return False
    dispersed = _things_acted_on(verb)
    protests = lexicon.modes.get("PROTEST", {})
    return bool(dispersed) and all(
        _person(t, lexicon) or t.lemma_.lower() in protests for t in dispersed
    )


def _attacks_for_deeds(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an attack is aimed at someone for what they did: an object that names someone
    and a "for" of a deed (a gerund or a noun), not of a time ("for two hours")."""
    if not any(_person(o, lexicon) or o.pos_ == "PROPN" for o in _things_acted_on(verb)):
        return False
    reasons = args.prep_objects(verb, frozenset({"for"}))
    reasons += [
        c for p in verb.children if p.lower_ == "for" for c in p.children if c.dep_ == "pcomp"
    ]
    return any(r.ent_type_ not in TIMES and r.pos_ in ("NOUN", "VERB") for r in reasons)


# Complements by which holding someone is a judgement or a state, no detention ("held him
# responsible", "were held hostage", "held up the talks").
_HELD_AS = frozenset({"prt", "oprd", "xcomp", "acomp", "ccomp"})


def _holds_someone(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of keeping keeps people (a detention): everything held, as object or
    passive subject, is people named or counted; "they" may be the talks or the town held.
    In the present ("the men are being held at the post") it tells the custody lasting, not
    an act of its own."""
    if any(c.dep_ in _HELD_AS for c in verb.children):
        return False
    if verb.tag_ in ("VBP", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children
    ):
        return False
    held = [c for c in verb.children if c.dep_ in _DONE and not _apposed(c)]
    return bool(held) and all(_held_person(h, lexicon) for h in held)


def _held_person(token: Token, lexicon: Lexicon) -> bool:
    """Whether what is held is people in custody: a person's name or pronoun, a noun for
    people, or a plural of agents ("nine fishermen"); not a town or base held, nor hostages
    (a hostage-taking, another act); "they" may be the talks or the town."""
    if token.lower_ in ("they", "them"):
        return False
    if any(t.lemma_.lower() == "hostage" for t in token.subtree):
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lexicon.agent_nouns and not _people_noun(token, lexicon):
        plural = token.tag_ == "NNS" or lemma.endswith("man") or lemma == "person"
        return plural and lemma not in lexicon.polity_nouns
    return _person(token, lexicon)


def _frees_someone(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of setting free frees someone (PLOVER RETREAT/release: captives): its
    object or passive subject, or the noun a participle describes ("excerpts released by the
    White House", "the prisoners released on Friday"), names a person or group; with no
    object at all it stays."""
    done = [_report_of(t, lexicon) for t in _things_acted_on(verb)]
    return not done or any(_names_someone(t, lexicon) and not _new_thing(t) for t in done)


def _report_of(token: Token, lexicon: Lexicon) -> Token:
    """The report or poll a participle describes when the parser hung it on the people the
    report is "of" ("a poll of 400 voters released on Friday"): the poll was released."""
    head = token.head
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower()
        in (lexicon.report_nouns | {"poll", "survey", "study", "census", "list"})
    ):
        return head.head
    return token


# Modifiers by which a released thing is a product or a version ("released its new iPhone",
# "the latest Windows"), which the tagger may read as a name: no captive is "new" or "latest".
NEW_THING_MODIFIERS = frozenset({"new", "latest", "upcoming", "updated", "debut", "newest"})


def _new_thing(token: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in NEW_THING_MODIFIERS for c in token.children)


def _names_someone(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase's head names someone, or counts someone ("two of the hostages"): a
    name inside a thing's phrase ("the identities of the victims in Orno") names the thing."""
    if token.pos_ == "NUM":
        return any(_names_someone(o, lexicon) for o in args.prep_objects(token, OF))
    return _someone_or_somewhere(token, lexicon) and token.ent_type_ not in lexicon.place_labels


def _obstructs(verb: Token, lexicon: Lexicon) -> bool:
    """Whether blocking obstructs a place or a way (PLOVER PROTEST/obstruct): someone blocks
    (a subject, or a "by" agent of a passive) and what is blocked is neither someone, an act
    or agreement (an event noun), nor a bill or a measure put to a vote ("blocked a number of
    gun control measures": lawmakers voting, no blockade)."""
    subjects, passive = args.subject_of(verb)
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        passive = True  # a bare participle ("many writers currently blocked") is passive
    if passive:  # the "by" phrase names the doers ("by striking staff", however parsed)
        blocked, doers = subjects, [c for c in verb.children if c.dep_ == "agent"]
    else:
        blocked, doers = [c for c in verb.children if c.dep_ in args.OBJECTS], subjects
    if not doers:
        return False
    blocked += [_counted(b) for b in blocked]
    if any(b.lemma_.lower() in lexicon.bill_nouns for b in blocked):
        return False  # "have blocked a number of gun control measures": a vote, no blockade
    return not any(_person(b, lexicon) or _act_noun(b, lexicon) for b in blocked)


def _counted(token: Token) -> Token:
    """For "a number of measures", "dozens of bills": the noun counted."""
    if token.lemma_.lower() in ("number", "series", "raft", "host", "handful", "dozen"):
        inner = args.prep_objects(token, OF)
        if inner:
            return inner[0]
    return _of_head(token)


def _act_noun(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an act or agreement: an event noun, or a noun that is an event verb
    of the lexicon ("the return of workers", "the release")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma.endswith("ing") and lemma[:-3] in lexicon.verbs:
        return True  # "the offering by the other party": the act of offering, a noun
    return lemma in lexicon.nouns or (token.pos_ == "NOUN" and lemma in lexicon.verbs)


def _person(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun phrase names people, not a place or an institution's building: a
    person's name or pronoun, or a common noun for people ("the crowd", "workers")."""
    if token.pos_ == "PRON":
        return token.lower_ not in THING_PRONOUNS and token.lower_ != "it"
    if token.ent_type_ == "PERSON":
        return True
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lexicon.agent_nouns and lemma not in lexicon.nouns:
        return True
    return _people_noun(token, lexicon)


def _foretells(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a warning tells a claim instead of a threat (PLOVER THREATEN: a coercive warning
    of repercussions, which lie ahead): its "that"-clause tells what others do or did, with no
    future or possibility in it ("warned that the agency is ignoring workers"). A clause that
    names the warner ("warned that they had run out of patience"), leaves the doer out ("that
    any attack would be met with force") or looks ahead ("that Varna would pay a price")
    stays a threat, unless what lies ahead is a thing harming its owner ("an aide warned him
    that his proposed ban could hurt him"): a forecast, no repercussion the warner holds
    out."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    subjects, passive = args.subject_of(verb)
    if passive:
        subjects = args.prep_objects(verb, lexicon.agent_preps)
    warners = {s.lemma_.lower() for s in subjects}
    markers = lexicon.hypothetical_markers | lexicon.future_markers
    for clause in clauses:
        act = _necessity_act(clause)
        if any(c.dep_ == "auxpass" for c in act.children) and not args.prep_objects(
            act, lexicon.agent_preps
        ):
            undergoing = [c for c in clause.children if c.dep_ in args.PASSIVE_SUBJECTS]
            undergoing += [c for c in clause.children if c.dep_ in args.SUBJECTS]
            if undergoing and _course_of_things(act, [], lexicon):
                # The subject undergoes the act, so only the act counts: one no category
                # names ("that the species may have to be reclassified") is its fate.
                continue
            return False  # "would be met with force": by whom is left to the warner
        own = [c for c in clause.children if c.dep_ in args.SUBJECTS]
        if not own or any(s.lower_ in SELF_PRONOUNS or s.lemma_.lower() in warners for s in own):
            return False
        ahead = any(c.dep_ == "aux" and c.lower_ in markers for c in clause.children)
        if clause.lemma_.lower() == "be" and any(
            c.dep_ in ("acomp", "attr") for c in clause.children
        ):
            continue  # "warned that such a ban would be unacceptable": a judgement, no threat
        if (
            ahead
            and not _owner_harmed(clause, lexicon)
            and not _course_of_things(act, own, lexicon)
        ):
            return False  # what lies ahead: a threat, or a forecast the coder cannot tell apart
    return True


def _necessity_act(clause: Token) -> Token:
    """The act a clause of necessity tells ("that X may have to be reclassified", "that Y will
    need to strike"): "have to" and "need to" only say the act must come; the act is their
    infinitive, which says who does what to whom."""
    if clause.lemma_.lower() not in ("have", "need"):
        return clause
    for child in clause.children:
        if child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children):
            return child
    return clause


def _course_of_things(clause: Token, subjects: list[Token], lexicon: Lexicon) -> bool:
    """Whether what a warning says lies ahead is the course of things: its subject cannot act
    (not someone, no event, no weapon) and its verb is no act of the vocabulary ("that the
    virus could spread at lightning speed", "that wards could see more admissions"). A threat
    holds out an act of someone's; a thing that happens is a forecast."""
    if clause.lemma_.lower() in lexicon.verbs or clause.lemma_.lower() in lexicon.object_senses:
        return False
    return not any(_may_do_harm(s, lexicon) for s in subjects)


def _owner_harmed(clause: Token, lexicon: Lexicon) -> bool:
    """Whether what lies ahead is a thing harming its own owner ("that his proposed ban could
    hurt him", "that Varna's tariffs may hurt Varna"): the consequence of one's own act, a
    forecast or advice, not a repercussion the warner holds out."""
    things = [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
    owners = {
        OWNER_OF.get(o.lower_, o.lemma_.lower())
        for t in things
        if not _agent_like(t, lexicon)
        for o in t.children
        if o.dep_ == "poss"
    }
    harmed = {
        OWNER_OF.get(o.lower_, o.lemma_.lower()) for o in clause.children if o.dep_ in args.OBJECTS
    }
    return bool(owners & harmed)


def _aimed_category(verb: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """The category of an act of aiming ("was targeted by protesters", "targeted X with
    sanctions", "attackers targeted the base"): the verb says only that someone was aimed at,
    the means ("with sanctions", "by airstrikes") or the doer ("protesters": people who
    protest) says how. Aiming at someone is hostile, so only conflict categories (CAMEO quad
    3 and 4) count: "supporters targeted the minister" is no SUPPORT. Nothing of the kind, no
    event ("targeted voters with adverts")."""
    means = args.prep_objects(verb, frozenset({"with", "by"}))
    doers = [c for c in verb.children if c.dep_ in args.SUBJECTS] + means
    found = [lexicon.nouns.get(w.lemma_.lower(), ()) for w in means]
    found += [_doer_category(d.lemma_.lower(), lexicon) for d in doers]
    for categories in found:
        hostile = tuple(c for c in categories if lexicon.categories[c].quad >= 3)
        if hostile:
            return hostile
    return ()


def _doer_category(lemma: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The event category of a noun for people by what they do: "protester" (protest),
    "attacker" (attack), "demonstrator" (demonstrate); none for other nouns."""
    for suffix in ("er", "or"):
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            for verb in (stem, stem + "e", stem[:-1]):  # "protest-er", "demonstrat-or", "shopp-er"
                if verb in lexicon.verbs:
                    return lexicon.verbs[verb]
    return ()


def _hands_goods(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of handing over gives goods to someone (PLOVER AID): goods as its object
    or passive subject, and someone they go to, as a dative, a "to"/"for" object or, when the
    goods stay the object of a passive ("miners were given food"), its subject."""
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    passives = [c for c in verb.children if c.dep_ in args.PASSIVE_SUBJECTS]
    things = objects + passives
    if not things and verb.dep_ == "relcl":
        things = [verb.head]  # "the maize Zambia sent to Malawi": the maize was sent
    if any(t.lemma_.lower() in lexicon.nouns for t in things):
        return False  # "gave a speech", "sent a letter": the noun is the event
    if not any(t.lemma_.lower() in lexicon.goods_nouns for t in _goods_named(things, lexicon)):
        return False
    takers = []
    for dative in (c for c in verb.children if c.dep_ in args.DATIVES):
        takers += [o for o in dative.children if o.dep_ == "pobj"] or [dative]  # "sent X to Y"
    takers += args.prep_objects(verb, frozenset({"to", "for"}))
    if objects:
        takers += passives  # "miners were given food": the miners got it
    takers += [o for o in objects if o.lemma_.lower() not in lexicon.goods_nouns]
    return any(_agent_like(t, lexicon) for t in takers)


def _goods_named(things: list[Token], lexicon: Lexicon) -> list[Token]:
    """The things with what an amount of them names ("40 tonnes of medicines, tents and
    equipment": the medicines, the tents, the equipment) and the things listed with them."""
    named = list(things)
    for thing in things:
        if thing.lemma_.lower() in lexicon.measure_nouns:
            named += args.prep_objects(thing, frozenset({"of"}))
    return named + [c for t in named for c in t.conjuncts]


# Verbs of launching a weapon; with no target named the launch shows force (PLOVER MOBILIZE,
# weapons: "test weapons systems"), with one it is an attack.
LAUNCH_VERBS = frozenset({"fire", "launch", "test", "test-fire"})
TARGET_PREPS = frozenset({"at", "on", "toward", "towards", "against", "into", "over"})


def _weapons_test(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb launches missiles or rockets at no one ("fired a ballistic missile into
    the sea", "tested a missile"): no target among its objects' or its own prepositions."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LAUNCH_VERBS:
        return False
    mobilize = lexicon.categories.get("MOBILIZE")
    weapons = set(mobilize.modes.get("weapons", ())) if mobilize else set()
    launched = [c for c in verb.children if c.dep_ == "dobj"]
    if not launched or not all(
        o.lemma_.lower() in weapons or o.lemma_.lower() in ("rocket", "projectile")
        for o in launched
    ):
        return False
    aimed = args.prep_objects(verb, TARGET_PREPS)
    aimed += [t for o in launched for t in args.prep_objects(o, TARGET_PREPS)]
    aimed = [t for t in aimed if t.ent_type_ not in ("DATE", "TIME")]  # "on Thursday"
    return not any(_someone_or_somewhere(t, lexicon) or _state_marked(t) for t in aimed)


# People by their post, whom a verb of dismissal ("fired", "sacked") puts out of a job.
PEOPLE_BY_ROLE = frozenset(
    "staffer aide adviser advisor employee worker coach manager director chief executive "
    "secretary assistant officer official spokesman spokeswoman editor reporter".split()
)


def _person_dismissed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the one acted on is a person ("fired him", "the coach was sacked")."""
    subjects, passive = args.subject_of(verb)
    done = [c for c in verb.children if c.dep_ in args.OBJECTS]
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if passive or (verb.tag_ == "VBN" and not perfect):  # "was sacked", "got him fired"
        done += subjects  # ("its forces had fired": a perfect, the forces fired)
    if verb.dep_ == "relcl" and any(t.lower_ in ("who", "whom") for t in done):
        done.append(verb.head)  # "a staffer, who the congressman fired in June": the staffer
    return any(
        t.ent_type_ == "PERSON"
        or t.lower_ in ("him", "her", "he", "she", "them", "they", "who", "whom")
        or (t.lemma_.lower() in lexicon.agent_nouns and not _weapon(t, lexicon))
        or t.lemma_.lower() in PEOPLE_BY_ROLE
        for t in done  # the agent list reads "missile" as the military: no one fires it
    )


def _instructed(token: Token) -> bool:
    """Whether an event word is part of an instruction to the reader ("go to the site",
    "share your location", "ease into meeting people"): it hangs, through clauses with no
    subject of their own, from a bare base-form main verb with no subject or auxiliary. A
    greeting's verb ("Hello and welcome to ...") addresses the reader the same way."""
    verb = token
    while verb.head != verb and not (
        verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX")
    ):  # a verb joined to a greeting word ("Hello and welcome") heads its own clause
        if verb.pos_ in ("VERB", "AUX") and verb != token and _has_subject(verb):
            return False  # "find a group that is meeting": the group's own clause
        verb = verb.head
    if verb.tag_ != "VB" or verb.i == token.i and token.pos_ != "VERB":
        return False
    return not _has_subject(verb) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    )


def _addresses_reader(token: Token) -> bool:
    """Whether an event word's clause has the reader as a party: a second-person pronoun as
    its subject, object or a party's owner ("we'll send you an email", "your data will not be
    shared") in a sentence with no quotation (where "you" is someone the speaker addresses).
    A page's own offers and notices to its reader tell no news."""
    sentence = token.sent
    if any(t.is_quote for t in sentence):
        return False
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    roles = (*args.SUBJECTS, *args.PASSIVE_SUBJECTS, *args.OBJECTS, *args.DATIVES)
    parties = [c for c in verb.children if c.dep_ in roles]
    owners = [o for p in parties for o in p.children if o.dep_ == "poss"]
    return any(p.lower_ in SECOND_PERSON for p in parties + owners)


def _characterises(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun only characterises a thing ("these exceptions represent a retreat",
    "the rule is an attack on X"): a predicate saying what something amounts to, no act told."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep":
        head = head.head  # "the treaty amounts to recognition of X"
        if head.lemma_.lower() not in lexicon.meaning_verbs:
            return False
    elif token.dep_ not in ("attr", "dobj"):
        return False
    lemma = head.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in lexicon.characterising_verbs | lexicon.meaning_verbs:
        return False
    subjects = [c for c in head.children if c.dep_ in args.SUBJECTS]
    if lemma in STATE_COPULAS or lemma in lexicon.meaning_verbs:
        return bool(subjects)  # "the commander has become a threat": said of her, not done
    return bool(subjects) and not any(_agent_like(s, lexicon) for s in subjects)


def _standing_attitude(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of attitude ("support", "oppose", "favour") in the simple present, with
    or without "do", describes someone or backs another clause ("X, who opposes the bill,
    ...", "that does not mean they don't support it"): a state held, not an act of expressing
    it (TimeML tells STATE from OCCURRENCE; Vendler's statives), so no PLOVER SUPPORT or
    REJECT is told. A main clause or what someone says ("Norland supports the plan, the
    minister said") expresses the attitude, and a headline's present tells a past act."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.attitude_verbs:
        return False
    if verb.dep_ != "relcl" and not (
        verb.dep_ in ("ccomp", "advcl") and verb.head.lemma_.lower() not in lexicon.speech_verbs
    ):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VB" and bool(auxes) and all(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _held_relation(token: Token, lexicon: Lexicon) -> bool:
    """Whether a relation noun ("ties", "relations") is only held, kept or shed ("they have
    close ties to the valley", "shedding their old ties to X") or named with no verb acting on
    it ("his comments on relations with Russia"): a standing bond, no act.
    PLOVER SUPPORT initiates, resumes or improves relations, SANCTION cuts them; those acts
    have verbs of their own ("restored ties", "cut ties"), which stay events."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.held_relation_nouns:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or token.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return True  # "comments on relations with Russia", "Washington's relations with the
        # region": a bond named as a topic, no verb acting on it
    if token.dep_ == "nsubj":  # "relations improved"; "... and relations have drawn criticism"
        return verb.lemma_.lower() not in RELATION_CHANGES
    if token.dep_ == "dobj" and verb.lemma_.lower() not in RELATION_ACTS | RELATION_CHANGES:
        return True  # "remarks that challenged Norland's relations with X": a topic
    return token.dep_ == "dobj" and verb.lemma_.lower() in lexicon.holding_verbs


# What relations do of themselves when they change ("ties improved", "relations soured").
RELATION_CHANGES = frozenset(
    "improve warm thaw normalize normalise resume strengthen deepen grow expand worsen "
    "deteriorate sour cool break collapse suffer".split()
)
# What one side does to relations: "restored ties", "severed relations", "forged links".
RELATION_ACTS = frozenset(
    "establish reestablish re-establish restore repair mend sever cut suspend upgrade "
    "downgrade forge build boost freeze open end rupture renew announce agree".split()
)


def _light_object(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether an event verb is a light verb of another act by its object: "delivered a
    homage" or "a speech" gives nothing (AID is goods or services), "occupies a prominent
    seat" or "captured two seats" holds or wins a post, attacking nothing (ASSAULT takes
    ground or people), "exchanged one system for another" swaps things, with no other side
    to cooperate with (COOPERATE), and "visited a park" meets no one (CONSULT)."""
    verb = candidate.trigger
    if verb.pos_ != "VERB":
        return False
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "a speech was delivered", "an address, to be delivered Wednesday"
        undergoers, passive = args.subject_of(verb)
        objects = [u.lemma_.lower() for u in undergoers] if passive else []
    if "AID" in candidate.categories and any(o in lexicon.tribute_nouns for o in objects):
        return True
    if "ASSAULT" in candidate.categories and any(o in lexicon.post_nouns for o in objects):
        return True
    if _sightseeing(verb, objects, lexicon):
        return True
    return verb.lemma_.lower() in lexicon.swap_verbs and _swapped(verb, lexicon)


def _sightseeing(verb: Token, objects: list[str], lexicon: Lexicon) -> bool:
    """Whether a visit goes to a place that is no one's seat ("visited a park", "visited the
    beach at X") with no host named ("with", "by"): PLOVER CONSULT visits a counterpart, and
    a park or a beach receives no one."""
    if verb.lemma_.lower() not in lexicon.contact_object_verbs:
        return False
    if args.prep_objects(verb, lexicon.actor_preps | lexicon.agent_preps):
        return False
    return bool(objects) and all(o in lexicon.sight_nouns for o in objects)


def _visit_to_a_sight(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a visit, told as a noun, goes to a place that is no one's seat ("a visit to the
    apartment where he grew up") with no host named: as `_sightseeing` for the verb."""
    if args.prep_objects(noun, lexicon.actor_preps | lexicon.agent_preps):
        return False
    places = args.prep_objects(noun, frozenset({"to"}))
    return bool(places) and all(p.lemma_.lower() in lexicon.sight_nouns for p in places)


def _swapped(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of exchange trades one thing for another of its kind ("exchanged one
    rule for another", "swapped the old flag for a new flag") with no "with" side: a
    substitution by one actor, not an exchange between two."""
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    if "for" not in preps or any(p in preps for p in lexicon.actor_preps):
        return False
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    given = {c.lemma_.lower() for c in preps["for"].children if c.dep_ == "pobj"}
    return bool(given & ({"another", "other"} | objects))


def _open_forum(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a meeting or hearing noun is open to anyone ("a public hearing", "a public
    meeting on the plan") and names no participant of its own: one body's forum, not a
    meeting between actors (CONSULT) nor an inquiry into someone (ACCUSE)."""
    token = candidate.trigger
    if token.pos_ != "NOUN" or _own_participants(token, lexicon):
        return False
    lemma = token.lemma_.lower()
    forum = "CONSULT" in candidate.categories or (
        lexicon.mode_for("ACCUSE", [lemma]) == "investigate"
    )
    opened = any(
        c.dep_ == "amod" and c.lower_ in lexicon.open_forum_modifiers for c in token.children
    )
    return forum and opened


def _fragment(token: Token) -> bool:
    """Whether an event word hangs from a gerund that heads a line with no subject ("Sending
    troops to support X."): a list item or a label, not a told act."""
    verb = token
    while verb.head != verb:
        verb = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "ROOT"
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children
        )
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


def _asks_for(verb: Token) -> bool:
    """Whether "ask" requests something: an act ("asked X to leave", "asked that X leave") or a
    thing ("asked for aid", "asked X for help"), not a question ("asked about X", "asked why")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and _asked_to_speak(child, verb):
            return False  # "asked to comment, a spokesman said": a reporter's question
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return True
    # "asked X during the talks to buy Y": the parser may hang the act asked for lower down
    return any(
        t.pos_ == "VERB"
        and t.dep_ in ("xcomp", "acl", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and not _in_question(t, verb)
        for t in verb.subtree
        if t != verb
    )


# Verbs of saying something on the record: being asked to do one of them is a question put.
_ON_THE_RECORD = frozenset(
    {"comment", "respond", "elaborate", "confirm", "say", "explain", "specify", "discuss"}
)


# Verbs that eat into a standing measured in polls ("cut into his support", "eroded her
# backing", "lost support among women"): the support is a share, no act of anyone's.
EROSION_VERBS = frozenset({"cut", "erode", "undercut", "dent", "chip", "sap", "drain", "boost"})


def _standing(noun: Token) -> bool:
    """Whether support is told as a standing someone has, not given by anyone to anyone: it
    names no side it goes to ("for X", "to X", "behind X") and is measured or placed as a
    poll tells it: where it comes from or lies ("support among women", "comes from nonwhite
    voters"), a share of it ("half of her support"), or what it does or someone has ("her
    support has slipped", "had his greatest support among the Marines"). "Russia's support
    for the rebels" and "pledged their support" stay acts of support (PLOVER SUPPORT)."""
    if args.prep_objects(noun, frozenset({"among", "across"})):
        return True  # "support for Clinton among Sanders voters": a poll's measure
    if args.prep_objects(noun, frozenset({"for", "to", "behind", "of"})):
        return False
    if args.prep_objects(noun, frozenset({"from"})):
        return True
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in EROSION_VERBS:
        return True  # "cut into the president's support", "eroded her support"
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in EROSION_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NUM", "NOUN", "ADJ"):
        return head.head.lemma_.lower() not in ("show", "expression", "declaration", "pledge")
    if noun.dep_ == "nsubj":
        return head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in args.OBJECTS for c in head.children
        )
    return noun.dep_ == "dobj" and head.lemma_.lower() == "have"


def _message_sent(noun: Token, lexicon: Lexicon) -> bool:
    """Whether "message" names a message sent, not a campaign's theme: a verb of sending or
    receiving acts on it ("sent a message to X", "posted a message on Twitter", "the message
    was delivered") or it names its addressee or sender ("a message to the president", "a
    message from Kyiv"). "Sticking to his campaign message", "his economic message" name
    what someone argues, no contact (PLOVER COMMUNICATE)."""
    if args.prep_objects(noun, frozenset({"to", "from", "for"})):
        return True
    head = noun.head
    return (
        noun.dep_ in ("dobj", "nsubjpass", "nsubj")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in lexicon.sending_verbs
    )


def _voters_back(verb: Token, lexicon: Lexicon) -> bool:
    """Whether those who back someone are voters or a share of them ("a majority of voters
    backed X", "X was backed by a majority of women", "older women turned out to support
    X", "about 6 in 10 liberals backed her"): a vote cast or a poll's finding, no actor's
    endorsement (PLOVER SUPPORT); "the party backed X", "the governor endorsed Y" stay."""
    subjects, passive = args.subject_of(verb)
    if passive:
        subjects = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    if not subjects:
        return False
    return all(
        any(h.lemma_.lower() in lexicon.voter_nouns for h in (s, _counted(s)))
        or any(t.ent_type_ == "PERCENT" for t in s.subtree)  # "an average of 81 percent of X"
        for s in subjects
    )


def _empty_promise(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a pledge commits to nothing PLOVER codes: what is promised (an infinitive, a
    "that"-clause or an object) names no act or event of the vocabulary ("vowed to soldier on",
    "pledging to win many delegates", "vowed that billionaires would pay", "promised a
    country of new opportunities"), and no one is promised anything ("promised Velo aid").
    PLOVER AGREE commits to an act toward another side: "pledged to withdraw its troops",
    "vowed to work together", "pledged his support" stay."""
    if any(c.dep_ in args.DATIVES for c in verb.children):
        return False
    if args.prep_objects(verb, lexicon.recipient_preps | lexicon.actor_preps):
        return False
    promised = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", *args.OBJECTS)]
    if not promised:
        return False
    words = [t for p in promised for t in p.subtree]
    if any(t.lower_ in ("together", "jointly") for t in words):
        return False  # "pledged to work together": cooperation with each other
    return not any(
        (t.pos_ == "VERB" and t.lemma_.lower() in lexicon.verbs)
        or (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lexicon.nouns)
        for t in words
    )


def _threatened_by_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what "threatens" is a thing or a happening ("the primary threatens to knock
    one of them out", "the storm threatens the harvest"): a risk, since PLOVER THREATEN is an
    actor's coercive warning. An owned thing ("the army's advance threatens X") is its
    owner's act."""
    return _done_by_things(verb, lexicon, owned=False)


def _done_by_things(verb: Token, lexicon: Lexicon, owned: bool = True) -> bool:
    """Whether a verb's active subjects are all things (common nouns naming no one), so the
    verb tells what a thing does or affords, no actor's act; `owned` lets a thing with a
    possessor count as a thing too."""
    subjects, passive = args.subject_of(verb)
    if passive or not subjects:
        return False
    return all(
        s.pos_ == "NOUN"
        and not _someone(s, lexicon)
        and s.lemma_.lower() not in lexicon.agent_nouns
        and s.ent_type_ not in AGENT_ENTS
        and (owned or not any(c.dep_ == "poss" for c in s.children))
        for s in subjects
    )


def _warns_of_a_danger(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a warning names only a danger or a hardship ahead ("warned of the dangers of
    X", "warned of a food shortage"): a forecast or a pessimistic comment, no repercussion the
    warner holds out (PLOVER THREATEN); "warned of retaliation" or "of consequences" stays."""
    if any(c.dep_ in args.OBJECTS or c.dep_ == "ccomp" for c in verb.children):
        return False
    dangers = args.prep_objects(verb, frozenset({"of", "about"}))
    return bool(dangers) and all(d.lemma_.lower() in lexicon.danger_nouns for d in dangers)


def _helps_do(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "help" takes part in an act with no one helped named ("helped investigate the
    breaches", "helped to organise the vote"): the act helped with is the event; PLOVER AID
    needs someone helped ("helped the villagers rebuild")."""
    if verb.lemma_.lower() != "help" or any(c.dep_ in args.OBJECTS for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)


def _writes_a_work(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "write" writes a work, not a message: its object is no event or message noun
    ("wrote new songs", "wrote a novel") and no one is written to. "Wrote a letter to X",
    "wrote to X" and "wrote that ..." stay messages."""
    if verb.lemma_.lower() != "write":
        return False
    if args.prep_objects(verb, lexicon.recipient_preps) or any(
        c.dep_ in ("dative", "ccomp") for c in verb.children
    ):
        return False
    written = [c for c in verb.children if c.dep_ == "dobj"]
    written += [_counted(w) for w in written]
    return bool(written) and not any(w.lemma_.lower() in lexicon.nouns for w in written)


def _retort(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "shot back" or "fired back" introduces words said: a quotation, a colon or a
    "that"-clause right after the particle, and nothing fired at anyone ("troops fired back
    at the gunmen", "fired back, killing two" stay shots); or whether "fired back" or "fired
    off" sends words or a statement ("fired off endless attacks"), no weapon."""
    particle = next(
        (c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off")),
        None,
    )
    if particle is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:  # "fired back a statement", "firing off endless attacks": words, not shots
        if verb.lemma_.lower() not in lexicon.firing_verbs | {"fire"}:
            return False  # "broke off relations", "called off the talks": the verb's own act
        return all(
            o.lemma_.lower() in lexicon.reply_nouns
            or (o.lemma_.lower() in lexicon.nouns and not _weapon(o, lexicon))
            for o in objects
        )
    if particle.lower_ != "back":
        return False
    if args.prep_objects(verb, frozenset({"at", "on"})):
        return False
    after = [t for t in verb.doc[particle.i + 1 : particle.i + 4] if t.text not in (",",)]
    return bool(after) and (after[0].is_quote or after[0].text == ":" or after[0].dep_ == "ccomp")


# Verbs of coming to know: "demanded to know", "asked to learn" put a question.
KNOWING_VERBS = frozenset({"know", "learn", "understand"})


def _asks_to_know(verb: Token) -> bool:
    """Whether a verb of demanding asks to know something ("demanded to know whether X would
    forsake donations"): a question put, no act of the one asked (PLOVER REQUEST). "Demanded
    to see the files" asks for access and stays."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in KNOWING_VERBS for c in verb.children)


def _asked_to_speak(act: Token, verb: Token) -> bool:
    """Whether "ask" puts a question, not a request: someone is asked (a passive "was asked",
    no one named as asked) to comment, confirm or respond, the way a source is approached."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl", "ROOT")
    )
    return passive and act.lemma_.lower() in _ON_THE_RECORD


def _in_question(token: Token, verb: Token) -> bool:
    """Whether a word below "ask" sits inside an embedded question ("asked why the agency was
    not doing more to negotiate", "asked whether they would agree to meet"): a clause opened by
    a wh-word, "whether" or "if" is what is asked about, so an infinitive inside it is no act
    asked for."""
    while token != verb and token.head != token:
        if token.dep_ == "ccomp" and token.head == verb and _question_clause(token):
            return True
        token = token.head
    return False


def _question_clause(clause: Token) -> bool:
    """Whether a clause is an embedded or quoted question: a wh-word or "whether"/"if" opens
    it, also inside a phrase ("asked, 'what sense does it make to ...?'")."""
    if _opens_with_wh(clause):
        return True
    return any(
        (c.tag_ in ("WRB", "WP", "WDT") and c.i < clause.i)
        or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in clause.children
    )


def _opens_with_wh(clause: Token) -> bool:
    """Whether a clause opens as a direct question (after any opening quote mark): with a
    wh-word ("what sense does it make", "which side ...") or with its auxiliary before its
    subject ("will you resign ...?"), whatever the parser hangs the wh-word on."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words or words[0].i >= clause.i:
        return False
    first = words[0]
    if first.tag_ in ("WRB", "WP", "WDT", "WP$"):
        return True
    subjects = [c for c in clause.children if c.dep_ in args.SUBJECTS]
    inverted = first.pos_ == "AUX" and first.head == clause and first.dep_ == "aux"
    return inverted and any(first.i < s.i for s in subjects)


def _gives_information(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of giving gives only information ("provided details to reporters",
    "provide examples for their case"): PLOVER AID is material aid, and telling is no aid."""
    given = [c for c in verb.children if c.dep_ in args.OBJECTS]
    given += [c for g in given for c in g.conjuncts]
    return bool(given) and all(g.lemma_.lower() in lexicon.information_nouns for g in given)


def _eases_a_feeling(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of easing eases only feelings or strains ("to ease growing worries",
    "relieved pressure on hospitals"): PLOVER CONCEDE/yield eases a restriction or yields to
    a demand; "eased sanctions" and "lifted the curfew" stay."""
    eased = [c for c in verb.children if c.dep_ in args.OBJECTS]
    eased += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(eased) and all(e.lemma_.lower() in lexicon.feeling_nouns for e in eased)


def _accepts_candidacy(verb: Token, lexicon: Lexicon) -> bool:
    """Whether accepting takes up an office or a candidacy ("accepting her party's
    nomination"): PLOVER AGREE is agreeing to cooperate with another side."""
    accepted = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return bool(accepted) and all(a.lemma_.lower() in lexicon.candidacy_nouns for a in accepted)


def _accepts_money(verb: Token, lexicon: Lexicon) -> bool:
    """Whether accepting takes money or an honour ("accepts small donations", "accepted a
    bribe", "accepting awards from X"): PLOVER AGREE accepts a proposal, an offer of talks or
    terms, not a sum or a prize."""
    accepted = [c for c in verb.children if c.dep_ in args.OBJECTS]
    accepted += [_counted(a) for a in accepted]
    return bool(accepted) and all(
        a.lemma_.lower() in lexicon.money_nouns or a.ent_type_ == "MONEY" for a in accepted
    )


def _required_by_rule(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what requires or allows is a rule ("party rules require delegates to vote", "a
    law that allows towns to vote at midnight"): a standing rule, no demand an actor made
    (PLOVER REQUEST) and no restriction eased (CONCEDE)."""
    subjects, passive = args.subject_of(verb)
    if passive:
        subjects = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return bool(subjects) and all(s.lemma_.lower() in lexicon.rule_nouns for s in subjects)


def _runs_for_office(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of seeking seeks an office ("is seeking re-election", "seeks a third
    term"): a candidate runs for it, no one is asked for anything (PLOVER REQUEST)."""
    if verb.lemma_.lower() not in lexicon.attempt_verbs:
        return False
    sought = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return any(s.lemma_.lower() in lexicon.candidacy_nouns for s in sought)


def _acts_on_relations(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of mending ties acts on relations: what it acts on is an event or
    relation noun ("restored diplomatic ties", "relations were normalised") or nothing at all
    ("the two countries normalised in 2020")."""
    done = _things_acted_on(verb)
    return not done or any(d.lemma_.lower() in lexicon.nouns for d in done)


def _commits_to_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "commit" pledges something (PLOVER AGREE: a commitment to cooperate): to an act
    or a thing ("committed to withdraw", "committed to the deal", "committed troops to the
    mission"). With a thing done as its only object it perpetrates ("committed a crime"); a
    reflexive object devotes oneself, a pledge only when what one devotes oneself to is an
    event ("committed itself to a ceasefire"), not a pastime ("committed themselves to writing
    every day")."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    aims = args.prep_objects(verb, frozenset({"to"}))
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if not aims:
        return not objects
    if not any(o.lower_.endswith(("self", "selves")) for o in objects):
        return True
    return any(_act_word(a, lexicon) for aim in aims for a in (aim, *aim.children))


def _act_word(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word names an event of the lexicon, as a noun or a verb ("a ceasefire",
    "withdrawing", "talks"); a verb of contact only with someone to contact ("writing to X",
    not "writing every day")."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.nouns:
        return True
    categories = lexicon.verbs.get(lemma, ()) if token.pos_ == "VERB" else ()
    if not categories or not set(categories) <= lexicon.having("contact"):
        return bool(categories)
    return any(c.dep_ in (*args.OBJECTS, *args.DATIVES) for c in token.children) or bool(
        args.prep_objects(token, lexicon.recipient_preps | lexicon.actor_preps)
    )


def _offers(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an offer is one PLOVER codes: of an act ("offered to mediate"), of an event
    ("offered talks", "offered aid") or to someone ("offered know-how to X"). An opinion or
    an account given ("offered his early assessment", "offered the crowd an evaluation")
    tells a view, no commitment."""
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if objects and all(o.lemma_.lower() in lexicon.information_nouns for o in objects):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", *args.DATIVES) for c in verb.children):
        return True
    if args.prep_objects(verb, lexicon.recipient_preps):
        return True
    return any(o.lemma_.lower() in lexicon.nouns for o in objects)


def _contacts_someone(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "called X" is a contact with X: X someone, and nothing completes the verb the way
    a naming ("called X a liar", "called it dangerous") or a clause ("called X that ...") does.
    A purpose clause ("called X on Tuesday to discuss Y") belongs to the call."""
    objects = _called(verb)
    named = [c for c in verb.children if c.dep_ == "oprd" and c not in objects]
    if len(objects) != 1 or not _agent_like(objects[0], lexicon) or objects[0].lower_ == "it":
        return False
    if objects[0].lower_ in THING_PRONOUNS:
        return False  # 'called that "beyond preposterous"': a naming of what was said
    if _quoted(objects[0]):
        return False  # "another called 'Fan Club'": a name cited in quotes, no one rung
    completions = ("attr", "ccomp", "acomp", "dative")
    if named or any(c.dep_ in completions for c in verb.children):
        return False
    if any(c.dep_ in ("oprd", "appos") for c in objects[0].children):
        return False
    if _recalls(verb, objects[0]):
        return False
    return not _predicated(objects[0])


def _recalls(verb: Token, obj: Token) -> bool:
    """Whether "called back" recalls a group ("called back 200 workers", "is calling back its
    staff"): "call back" with a plural of people summons them to work or duty; returning a
    phone call goes to one counterpart ("called back the senator", "called her back")."""
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)
    return back and obj.tag_ == "NNS"


def _predicated(obj: Token) -> bool:
    """Whether an object is followed by an adjective saying what it is ("called the meeting
    cordial and brief"): English puts attributive adjectives before the noun, so one after it
    is a predicative complement the parser hung on the object, and the verb characterises."""
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i for c in obj.children)


def _tells_content(verb: Token, categories: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a verb of a material act (a sanction, a use of force) is used in its sense of
    saying or remembering: a that-clause is its content and it has no object ("recalled that
    X had met Y"). Verbs of message, demand or promise keep the clause ("demanded that")."""
    if any(c.dep_ in args.OBJECTS for c in verb.children):
        return False
    if any(cat in lexicon.having(t) for cat in categories for t in CLAUSE_TRAITS):
        return False
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _reports(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of writing reports what someone wrote: a clause is its content and no one
    is its addressee ("writes that ...", "'...', X writes"), unlike "wrote to X"."""
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return False
    if any(c.dep_ in args.DATIVES for c in verb.children):
        return False
    if args.prep_objects(verb, lexicon.recipient_preps):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis"


def _thing_object(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a meeting (or fighting) verb acts on a thing: it has objects and none is someone
    or a place; in a relative clause with a subject of its own, the noun the clause describes
    is its object ("the show he hosted")."""
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if (
        not objects
        and verb.dep_ == "relcl"
        and any(c.dep_ in args.SUBJECTS and c.tag_ not in RELATIVES for c in verb.children)
    ):
        objects = [verb.head]  # "the show he hosted": the noun the clause describes
    return bool(objects) and not any(_someone_or_somewhere(o, lexicon) for o in objects)


def _fights_for_goal(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a fighting verb with no opponent names only the goal striven for: no object, no
    "against"/"with" someone, and a to-infinitive of purpose ("fighting to win custody",
    "fought for years to save the mill") whose act is no violence and takes no place ("fought to
    take the town" is combat for ground held), or a "for" goal that is neither someone, a
    place nor a time ("fighting for custody"). A struggle for a goal is no PLOVER ASSAULT."""
    children = list(verb.children)
    if any(c.dep_ in args.OBJECTS for c in children):
        return False
    if any(
        _someone_or_somewhere(o, lexicon)
        for o in args.prep_objects(verb, lexicon.actor_preps | lexicon.recipient_preps)
    ):
        return False  # "fought with the rebels", "fought against the army"
    goals = [
        c
        for c in children
        if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)
    ]
    if any(c.dep_ == "prep" and c.lower_ == "for" and not list(c.children) for c in children):
        # "everything he is fighting for": the goal fronted by a relative clause, "for" stranded
        # ("the town the rebels are fighting for" is ground held, "the rights they fought for"
        # a goal; "everything" names no one, though tagged a pronoun)
        goal = verb.head
        if goal.lower_ in ("everything", "something", "anything", "what", "all"):
            return verb.dep_ == "relcl"
        return verb.dep_ == "relcl" and not _someone_or_somewhere(goal, lexicon)
    aims = args.prep_objects(verb, frozenset({"for"}))
    if any(a.ent_type_ not in TIMES for a in aims):  # "fought for years for reform": the goal
        aims = [a for a in aims if a.ent_type_ not in TIMES]
    if not goals and aims:  # "are fighting for custody", "fought for independence"
        ground = [o for a in aims for o in args.prep_objects(a, OF)]  # "control of the town"
        return not any(
            _someone_or_somewhere(a, lexicon) or _ground(a, lexicon) or a.ent_type_ in TIMES
            for a in aims
        ) and not any(_ground(o, lexicon) for o in ground)
    if not goals:
        return False
    harmful = lexicon.having("harmful") | lexicon.having("physical")
    for goal in goals:
        if set(lexicon.verbs.get(goal.lemma_.lower(), ())) & harmful:
            return False  # "fought to destroy the depot": the goal is itself violence
        held = [o for o in goal.children if o.dep_ in args.OBJECTS]
        if any(_ground(o, lexicon) for o in held):
            return False  # "fought to take the town"
    return True


def _ground(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names ground that can be held: a named place or a town, a region."""
    return token.ent_type_ in lexicon.place_labels or token.lemma_.lower() in lexicon.polity_nouns


def _passes_between(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of having in common hands something over: its object is information or
    goods ("shared intelligence", "share the fuel"), not what the sides both have."""
    passed = lexicon.information_nouns | lexicon.goods_nouns | {"intelligence"}
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    objects += [c for o in objects for c in o.conjuncts]
    objects += [p for o in objects for p in args.prep_objects(o, OF)]  # "a store of fuel"
    return any(o.lemma_.lower() in passed or o.lower_ in passed for o in objects)


def _thing_subject(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a meeting verb's doer is a thing (PLOVER CONSULT: a political actor visits or
    hosts another): an active subject that names no one and no place or territory ("the
    backyard has hosted parties", "a garden that hosts weddings")."""
    subjects, passive = args.subject_of(verb)
    doers = [_relative_antecedent(s) for s in subjects] if not passive else []
    return bool(doers) and not any(
        d.pos_ != "NOUN"
        or _someone_or_somewhere(d, lexicon)
        or d.lemma_.lower() in lexicon.polity_nouns
        or _agent_suffix(d.lemma_.lower())
        for d in doers
    )


def _someone_or_somewhere(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun phrase's head itself names someone or a place: "a Lula-owned farm"
    names a farm, though a name modifies it."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in AGENT_ENTS:
        return True
    if token.ent_type_ in lexicon.place_labels:
        return True
    lemma = token.lemma_.lower()
    if lemma in lexicon.relation_nouns or lemma in lexicon.agent_nouns:
        return True
    return _people_noun(token, lexicon)  # "met the miners"


def _called(verb: Token) -> list[Token]:
    """The objects of a contact verb; a lone proper-noun "naming" complement is one too (the
    parser often reads "called Lopez on Monday" as naming someone Lopez)."""
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if _names_a_noun(verb):
        return objects  # "a dog called Rex", "a group called X": a noun named, no one rung
    if named and (_object_gap(verb) or any(_quoted(n) for n in named)):
        return []  # "the rival he calls the Clown", "one called 'X'": a name given, no one rung
    if named and any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "what had been called the Golden Week": a passive naming, no one rung
    if not objects and len(named) == 1 and named[0].pos_ == "PROPN":
        return named
    return objects


def _names_a_noun(verb: Token) -> bool:
    """Whether a participle after a common noun, plural or with a determiner, names it ("a new
    group called X", "members called X"): a reduced relative, not a clause of its own (the
    parser sometimes hangs "X called Y on Monday" from X, a name)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in ("NOUN", "PRON") or noun.ent_type_:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False  # "a statement that X had met Y": the noun's content, a clause of its own
    if noun.pos_ == "PRON" or noun.dep_ in NON_SUBJECT_DEPS:
        return True  # "something called X", "the idea of a place called X": no subject there
    return noun.tag_ == "NNS" or any(c.dep_ == "det" for c in noun.children)


def _quoted(token: Token) -> bool:
    """Whether a phrase stands in quotation marks: a name cited as a name (a label, a title),
    not someone referred to."""
    words = [t for t in token.subtree if not t.is_quote]
    doc = token.doc
    left, right = words[0].i, words[-1].i
    return 0 < left and right + 1 < len(doc) and doc[left - 1].is_quote and doc[right + 1].is_quote


def _object_gap(verb: Token) -> bool:
    """Whether a relative clause with a subject of its own lacks its object: the noun it
    describes fills that gap ("the candidate he calls X" calls the candidate X), so a naming
    complement names that noun, and nobody is rung."""
    return (
        verb.dep_ == "relcl"
        and not any(c.dep_ in args.OBJECTS for c in verb.children)
        and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVES for c in verb.children)
    )


def _declines_to_speak(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a refusal is about speech: its complement is a verb or noun of telling
    ("declined to comment", "refused comment") or a report that tells an event ("dismissed
    reports that X met Y", "rejected claims of a meeting"; a bare "rejected the claim" stays a
    rejection)."""
    return any(
        c.dep_ in ("xcomp", "nsubjpass", *args.OBJECTS)
        and (
            c.lemma_.lower() in lexicon.telling_verbs
            or (c.lemma_.lower() in lexicon.report_nouns and _tells_event(c, lexicon))
            or (c.dep_ == "xcomp" and _speaks_to_no_party(c, lexicon))
        )
        for c in verb.children
    )


def _signs_a_text(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what is signed is a law, an order or a letter, not an agreement between sides:
    "signed an executive order", "signed the bill", "a letter signed by 200 lawmakers" enact
    or write, no support given to anyone (PLOVER SUPPORT's signing is of an accord)."""
    signed = [c for c in verb.children if c.dep_ in args.OBJECTS]
    if not signed and verb.dep_ == "acl" and verb.tag_ == "VBN":
        signed = [verb.head]  # "a letter signed by 200 lawmakers"
    return bool(signed) and all(
        s.lemma_.lower() in lexicon.bill_nouns
        or s.lemma_.lower() in lexicon.rule_nouns
        or s.lemma_.lower() in lexicon.enactment_nouns
        for s in signed
    )


def _in_a_parade(verb: Token, lexicon: Lexicon) -> bool:
    """Whether marching or rallying is done in a parade or a ceremony ("marched in the Pride
    parade"): a celebration, no protest (PLOVER PROTEST)."""
    places = args.prep_objects(verb, frozenset({"in", "at", "during", "with"}))
    return any(p.lemma_.lower() in lexicon.parade_nouns for p in places)


def _authorized_to_speak(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of speaking or discussing is what a source is (not) authorised or
    permitted to do ("speaking on condition of anonymity because he was not authorized to
    discuss the case"): the press's reason for an unnamed source, no talks held. Talks with a
    party named ("not authorized to negotiate with the rebels") stay."""
    permitting = lexicon.permission_verbs | {"authorize", "authorise"}
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in permitting:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.topic_object_verbs and lemma not in lexicon.telling_verbs:
        return _speaks_to_no_party(verb, lexicon)
    parties = args.prep_objects(verb, frozenset({"to", "with"}))
    return all(p.lemma_.lower() in lexicon.press_nouns for p in parties)


# Verbs of offering that a thing can do too ("the job offers him a platform", "the deal
# provides a path"): with a thing as subject they afford, no one offers or gives.
AFFORDING_VERBS = frozenset({"offer", "provide", "give", "grant", "afford", "help"})


# Things of the mind offered to an audience: views, no offer of terms or help.
VIEW_NOUNS = frozenset(
    "approach vision idea view thought argument alternative choice contrast assessment "
    "perspective insight opinion take analysis explanation answer solution theory "
    "prediction defense defence critique glimpse".split()
)


def _offers_views(verb: Token) -> bool:
    """Whether "offer" puts forward views or ideas ("offered Iowa voters different
    approaches", "offered his thoughts on X"): a pitch, no offer PLOVER AGREE codes."""
    offered = [  # "the vision that Democrats are offering" too
        verb.head if t.tag_ in RELATIVES and verb.dep_ == "relcl" else t
        for t in _things_acted_on(verb)
    ]
    return bool(offered) and all(o.lemma_.lower() in VIEW_NOUNS for o in offered)


def _afforded_by_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an offering verb's subject is a thing, not someone: a job, a law or a plan
    that "offers" something gives no one anything as an act (PLOVER AGREE and AID need
    someone acting). Events named as subject ("the talks offered a chance") count as things."""
    return _done_by_things(verb, lexicon)


# Nouns of what is carried out: no one put to death is named by them (nor by a pronoun of
# things, "executed this flawlessly").
PLAN_NOUNS = frozenset(
    "plan strategy order move play operation trade contract deal agreement task program "
    "programme policy idea vision maneuver manoeuvre transaction warrant will turnaround "
    "campaign search transfer payment budget".split()
)


def _names_it(verb: Token) -> bool:
    """Whether a participle "called" after a noun gives its name ("a group called Future 45",
    "a man called John"): a name follows and no one is said to have called."""
    if any(c.dep_ in ("agent", "prep") for c in verb.children):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and (after.pos_ == "PROPN" or after.text in ('"', "“", "'", "‘"))


# Measures that can be lifted or relaxed, besides the event nouns of the codebook.
RESTRICTION_NOUNS = frozenset(
    "ban curfew embargo restriction blockade siege moratorium limit cap quota order rule "
    "requirement measure control suspension freeze lockdown veto tariff duty visa "
    "immunity".split()
)


def _lifts_a_thing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "lift" or "relax" acts on a thing that is no restriction ("lifted a sign",
    "relaxed his grip"): PLOVER CONCEDE eases a measure another side bears."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not done:
        return False
    return not any(
        t.lemma_.lower() in RESTRICTION_NOUNS or t.lemma_.lower() in lexicon.nouns for t in done
    )


def _agree_that(verb: Token) -> bool:
    """Whether "agree that" in the simple present states a shared view ("economists agree
    that the change will be slow"): a consensus of opinion held, no accord struck."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


# What people agree with someone "on" when they share a view, not strike a deal.
VIEW_TOPICS = frozenset(
    "issue matter point question subject assessment view analysis need idea notion premise "
    "sentiment criticism characterization characterisation description diagnosis".split()
)


def _shares_a_view(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "agree with X" shares X's view ("many at his rallies agreed with him on the
    issue", "majorities agreed with the senator"): nothing agreed to (no infinitive, clause or
    object) and no deal, act or proposal as its topic. PLOVER AGREE is a promise or an accord."""
    if not args.prep_objects(verb, frozenset({"with"})):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", *args.OBJECTS) for c in verb.children):
        return False
    topics = args.prep_objects(verb, frozenset({"on", "about", "over", "to"}))
    return all(t.lemma_.lower() in VIEW_TOPICS for t in topics)


def _attracts(verb: Token) -> bool:
    """Whether "appeal to" means to attract: in the simple present, with nothing asked for
    ("appeals to Reagan Democrats", "the plan appeals to young voters"). A plea says what it
    asks ("appealed to the UN for help", "appeals to residents to stay home")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    addressees = args.prep_objects(verb, frozenset({"to"}))
    return not args.prep_objects(verb, FOR) and not any(
        args.prep_objects(a, FOR) for a in addressees
    )  # the parser may hang "for funds" on the addressee


def _interviewed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "press" or "ask" puts a question, as an interviewer does, rather than asks for
    an act: nothing to do is named (no infinitive, no "for" a thing), and the asker is the
    press or a host, or what is asked is a question quoted ("asked, 'Do you think ...?'")."""
    if any(c.dep_ in ("xcomp", "dative") for c in verb.children):
        return False
    if args.prep_objects(verb, FOR):
        return False
    if _asked_by_the_press(verb, lexicon):
        return True
    if verb.lemma_.lower() != "ask" or any(c.dep_ in args.OBJECTS for c in verb.children):
        return False
    return "?" in verb.sent.text  # '"Mistake?" he asked.', 'asked, "Do you ...?"'


def _asked_by_the_press(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "question" is asking in an interview or a debate ("was questioned about the
    dispute on ABC News", "the moderators questioned him", "questioned during the debate"):
    the press or a forum asks, no one is investigated (PLOVER ACCUSE/investigate)."""
    subjects, passive = args.subject_of(verb)
    askers = args.prep_objects(verb, lexicon.agent_preps) if passive else subjects
    if any(
        a.lemma_.lower() in lexicon.press_nouns or a.lemma_.lower() in ASKING_ROLES for a in askers
    ):
        return True
    where = frozenset({"on", "in", "during", "at"})
    settings = args.prep_objects(verb, where)
    for topic in args.prep_objects(verb, frozenset({"about"})):  # the parser may hang "on
        settings += args.prep_objects(topic, where)  # ABC News" on the topic
    return any(
        s.lemma_.lower() in lexicon.verbal_settings or (s.ent_type_ == "ORG" and s.pos_ == "PROPN")
        for s in settings
    ) and not any(a.lemma_.lower() in lexicon.enforcer_nouns for a in askers)


# People who put questions in a forum, not an inquiry.
ASKING_ROLES = frozenset({"moderator", "host", "anchor", "interviewer", "panelist", "audience"})


# Nouns of a fact, a worth or a need: recognising one acknowledges it, granting no standing
# to anyone (PLOVER SUPPORT's recognition is of a state, a government or a claim).
FACT_NOUNS = frozenset(
    "significance importance need value fact reality problem challenge risk threat danger "
    "difficulty limit potential role truth necessity gravity seriousness urgency scale "
    "extent magnitude impact".split()
)


def _recognizes_a_fact(verb: Token) -> bool:
    """Whether "recognize" acknowledges a fact or a worth ("recognized the significance of
    the victory", "recognizes the need for reform", "recognized that ..."), not a state, a
    government or someone's claim."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return bool(objects) and all(o.lemma_.lower() in FACT_NOUNS for o in objects)


def _executes_a_plan(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "execute" carries out a plan, a move or an order ("executed this flawlessly",
    "executed the strategy"): only someone is executed in PLOVER's sense (ASSAULT/execute)."""
    subjects, passive = args.subject_of(verb)
    done = subjects if passive else [c for c in verb.children if c.dep_ in args.OBJECTS]
    if not done:
        return False
    return all(t.lower_ in THING_PRONOUNS | {"it"} or t.lemma_.lower() in PLAN_NOUNS for t in done)


def _charged_with_a_duty(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "charged with" gives a duty ("the office charged with facilitating the vote",
    "charged with the task of"), which English says with the same verb as a criminal charge
    ("charged with killing", "charged with fraud")."""
    duties = args.prep_objects(verb, frozenset({"with"}))
    return bool(duties) and all(d.lemma_.lower() in lexicon.duty_words for d in duties)


def _asks_a_question(verb: Token, lexicon: Lexicon) -> bool:
    """Whether "ask" has a question as its thing asked ("asked the question", "asked him a
    question about X"): asking a question seeks an answer, not the act PLOVER's REQUEST codes
    ("asked X for aid", "asked X to resign")."""
    if verb.lemma_.lower() != "ask":
        return False  # "requested an inquiry into the fire" asks for one
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.lemma_.lower() in lexicon.question_nouns for o in objects)


def _speaks_to_no_party(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of speaking addresses no one but the press ("speak on the record",
    "talk to reporters"): declining it declines to comment; "refused to talk with the envoy"
    names a party and stays a refusal."""
    if verb.lemma_.lower() in lexicon.reply_verbs:  # "declined to respond to questions"
        asked = [c for c in verb.children if c.dep_ in args.OBJECTS]
        asked += args.prep_objects(verb, frozenset({"to"}))
        return bool(asked) and all(a.lemma_.lower() in lexicon.question_nouns for a in asked)
    if verb.lemma_.lower() not in lexicon.speaking_verbs:
        return False
    parties = args.prep_objects(verb, frozenset({"to", "with"}))
    return all(p.lemma_.lower() in lexicon.press_nouns for p in parties)


def _tells_event(report: Token, lexicon: Lexicon) -> bool:
    """Whether a report noun carries what it tells: a clause ("reports that ...") or an event
    noun ("claims of a meeting")."""
    for child in report.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            return child.dep_ != "relcl"
        if child.dep_ == "prep" and child.lower_ in ("of", "about"):
            if any(o.lemma_.lower() in lexicon.nouns for o in child.children):
                return True
    return False


def _time_prep(token: Token) -> bool:
    """Whether a preposition only introduces a time ("on Sunday")."""
    objects = [o for o in token.children if o.dep_ == "pobj"]
    return (
        token.dep_ == "prep"
        and bool(objects)
        and all(o.ent_type_ in NOT_PARTICIPANT_ENTS for o in objects)
    )


def _bare_use(verb: Token, prep: Token, lexicon: Lexicon) -> bool:
    """Whether "called on X" is used bare: X someone (not "on Sunday"), no clause after it
    ("called on X to ..." asks X to act)."""
    if not any(o.dep_ == "pobj" and _agent_like(o, lexicon) for o in prep.children):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ in ("xcomp", "ccomp", "acl", "advcl") and t.i > prep.i
        for t in verb.subtree
    )


def _apposed(token: Token) -> bool:
    """Whether a noun phrase is set off by a comma after the verb's own object.

    spaCy often parses the apposition of "received X on Friday, the leader's first visit" as a
    second object; it describes the clause (an event of its own), not what the verb acts on.
    """
    if token.dep_ == "appos":
        return True
    if token.dep_ not in args.OBJECTS or token.left_edge.i == 0:
        return False
    comma = token.doc[token.left_edge.i - 1].text == ","
    return comma and any(c.dep_ in args.OBJECTS and c.i < token.i for c in token.head.children)


def _noun_candidate(token: Token, lexicon: Lexicon) -> _Candidate | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
        return None
    if token.ent_type_ in ("DATE", "TIME"):
        return None  # "took effect on March 23": a month's name, no march
    categories = lexicon.nouns.get(token.lemma_.lower()) or lexicon.nouns.get(token.lower_)
    if _call_up(token):  # "the call-up of reservists": an order to report for service
        forces = args.prep_objects(token, frozenset({"of"}))
        categories = ("MOBILIZE",) if _force_words(forces, lexicon) else None
    if not categories:
        return None
    if any(
        f"{c.lower_} {token.lemma_.lower()}" in lexicon.other_noun_phrases
        for c in token.children
        if c.dep_ in ("compound", "amod")
    ):
        return None  # "a roll call of delegates", "a wake-up call": another noun, no request
    if token.lemma_.lower() in lexicon.cargo_nouns and not _aid_cargo(token, lexicon):
        return None  # "a shipment of phones reached the stores": trade, no aid
    if token.lemma_.lower() in lexicon.theme_nouns and not _message_sent(token, lexicon):
        return None  # "sticking to his campaign message": a theme, no message sent
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and _retort(token.head, lexicon):
        return None  # "firing off endless attacks": words fired off in a debate, no shots
    if token.lemma_.lower() in lexicon.contact_object_verbs and _visit_to_a_sight(token, lexicon):
        return None  # "a visit to the apartment where he grew up": no host, no counterpart
    if set(categories) <= {"SUPPORT", "REJECT"} and _stance_on_a_thing(token, lexicon):
        return None  # "his support for universal health coverage": a view, no one backed
    if "PROTEST" in categories and _march_to_an_office(token, lexicon):
        return None  # "her all-but-certain march to the nomination": a path to an office
    if token.lemma_.lower() == "release" and token.dep_ == "pobj" and token.head.lower_ == "for":
        return None  # "a movie set for release": a product brought out, no captive freed
    if token.lemma_.lower() == "protest" and _ones_objections(token):
        return None  # "despite her numerous protests": one person's objections, no rally
    if token.lower_ == "talk" and not args.prep_objects(token, lexicon.actor_preps):
        return None  # "his vague tough talk": speech; "held talks", "a talk with X" meet
    if token.lemma_.lower() == "appeal" and _popular_appeal(token):
        return None  # "his continued appeal among supporters": popularity, no plea made
    if token.lemma_.lower() in lexicon.matter_nouns and not _names_its_matter(token):
        return None  # "the committee held its hearing Wednesday": a sitting, no inquiry
    if token.lemma_.lower() in lexicon.standing_nouns and _standing(token):
        return None  # "half of her support comes from women": a poll's share, no act
    head = token.head
    head_lemma = head.lemma_.lower()
    if _promise_kept(token, lexicon):
        return None  # "kept their promise to free X": the freeing is told, no new promise
    if token.dep_ == "dobj" and head_lemma in lexicon.undergoing_verbs:
        targeted = lexicon.having("harmful") | lexicon.having("targets-at")
        targeted -= lexicon.having("promisable")  # "paid back the loan": no harm undergone
        if set(categories) <= targeted:  # "suffered an attack", "paid a fine"
            return _Candidate(token, categories, head, "light", undergone=True)
    if token.dep_ == "dobj" and head_lemma in lexicon.gaining_verbs:
        if set(categories) <= {"SUPPORT"}:  # "won the endorsement of the newspaper"
            return _Candidate(token, categories, head, "light", undergone=True)
    retold = _light_relative(token, lexicon)
    if retold is not None:  # "the ban that Panama imposed last week": Panama imposed the ban
        return _Candidate(token, categories, retold, "light")
    light = head_lemma in lexicon.light_verbs and not _apposed(token)
    if token.dep_ in ("dobj", "obj", "nsubjpass") and light:
        phrasal = lexicon.phrasal.get(f"{head_lemma} {token.lemma_.lower()}")
        return _Candidate(token, (phrasal,) if phrasal else categories, head, "light")
    if token.dep_ == "pobj" and head.lower_ in ("on", "for") and head.head.pos_ == "VERB":
        went_on = head.lower_ == "on" and head.head.lemma_.lower() == "go"  # "went on strike"
        if went_on or head.head.lemma_.lower() in lexicon.light_verbs:  # "arrived on a visit"
            return _Candidate(token, categories, head.head, "light")
    if token.dep_ in ("nsubj", "nsubjpass") and head_lemma in lexicon.occurrence_verbs:
        return _Candidate(token, categories, head, "occurrence")
    if token.dep_ == "nsubj" and head_lemma in lexicon.arrival_verbs:
        if set(categories) <= lexicon.having("directed"):  # "aid from X arrived in Y"
            return _Candidate(token, categories, head, "arrival")
    if token.dep_ == "attr" and head_lemma == "be" and any(c.dep_ == "expl" for c in head.children):
        return _Candidate(token, categories, head, "occurrence")
    speech = _speech_head(token, lexicon)
    if speech is not None and "COMMUNICATE" in categories:
        return _Candidate(token, ("COMMUNICATE",), speech, "speech")
    if _setting(token, lexicon):
        if "CONSULT" in categories:  # "clashed in a phone call"
            return _Candidate(token, categories, head.head, "setting")
        if "COMMUNICATE" in categories:  # "in a letter, X invited Y": the letter went to Y
            return _Candidate(token, ("COMMUNICATE",), head.head, "setting")
    if "CONSULT" in categories and _to_thing(token, lexicon):
        return None  # "a visit to a golf course": no one met
    if token.lemma_.lower() in lexicon.needs_support and not _own_participants(token, lexicon):
        if not any(c.lower_ == "joint" for c in token.children):
            return None
    return _Candidate(token, categories)


def _goods_senders(thing: Token, lexicon: Lexicon) -> list[Token]:
    """Who sent goods: a "from" phrase's someone, else the goods' phrase when a nationality
    or possessor names their owner ("the Zambian maize" is Zambia's, as the resolver reads
    it); someone named as the subject stays."""
    if _agent_like(thing, lexicon) and thing.lemma_.lower() not in lexicon.goods_nouns:
        return [thing]
    senders = [s for s in args.prep_objects(thing, SENDER) if _agent_like(s, lexicon)]
    owners = [
        c
        for c in thing.children
        if c.dep_ in ("amod", "poss", "compound") and c.ent_type_ in OWNER_ENTS
    ]
    return senders or ([thing] if owners else [])


def _embargo(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a ban falls on another party's goods or trade ("banned imports of Ruritanian
    milk", "a ban on Ruritanian wine"): CAMEO 163, an embargo, is PLOVER SANCTION; a ban on a
    party, a protest or an app stays COERCE (CAMEO 17x, repression)."""
    trigger = candidate.trigger
    if lexicon.mode_for("COERCE", [trigger.lemma_.lower()]) != "ban":
        return False
    if trigger.pos_ == "VERB":
        things = [c for c in trigger.children if c.dep_ in args.OBJECTS]
    else:
        things = args.prep_objects(trigger, frozenset({"on"}))
    return any(_goods_owner(t, lexicon) is not None for t in things)


def _asking_message(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a message is told by what it asks: a participle of asking on the message or
    its verb ("a note to X asking it to lift the ban", "a statement calling on X to ..."),
    which PLOVER codes as the request (REQUEST), the message being only its medium."""
    if candidate.categories[0] != "COMMUNICATE":
        return False
    return any(
        "REQUEST" in g.categories and g.trigger.tag_ == "VBG" and g.trigger.dep_ in ("acl", "advcl")
        for g in candidate.governed
    )


def _aid_arrives(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of arriving tells goods of aid sent by someone reaching a place ("the
    Zambian maize that reached Blantyre", "tents from Norway arrived in Nsanje"): the goods
    are its subject, someone's (a nationality, a possessor, a "from" phrase)."""
    goods = [
        t
        for t in _goods_named(args.subject_of(verb)[0], lexicon)
        if t.lemma_.lower() in lexicon.goods_nouns
    ]
    for thing in goods:
        owners = [c for c in thing.children if c.dep_ in ("amod", "poss", "compound")]
        if any(o.ent_type_ in OWNER_ENTS for o in owners):
            return True
        if any(_agent_like(s, lexicon) for s in args.prep_objects(thing, SENDER)):
            return True
    return False


def _light_relative(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb of a relative clause on an event noun whose object is the noun itself
    ("the ban that Panama imposed", "the talks they held in May"): it carries the noun as
    "Panama imposed a ban" does, with its subject and time."""
    for verb in noun.subtree:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.light_verbs:
            continue
        if _gapped_object(verb) and _relative_event_noun(verb, lexicon) == noun:
            return verb
    return None


def _gapped_object(verb: Token) -> bool:
    """Whether a relative clause's object is its antecedent: no object, or only the relative
    pronoun ("the ban that Panama imposed")."""
    if any(c.tag_ == "WRB" for c in verb.children):
        return False  # "in March, when X travelled to Y": a time or place, no object gap
    objects = [c for c in verb.children if c.dep_ in args.OBJECTS]
    return all(o.tag_ in ("WDT", "WP") for o in objects)


def _relative_event_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """The event noun a relative clause of a light verb belongs to: its head, or the event
    noun above it when the parser hung the clause on the last noun of the phrase ("the ban on
    Ruritanian milk that X imposed": the ban, not the milk)."""
    head = verb.head
    for _ in range(4):
        if head.ent_type_ in ("DATE", "TIME"):
            return None  # "in March, ...": a month, not the event noun it spells
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in lexicon.nouns:
            return head
        if head.dep_ not in ("pobj", "prep", "conj", "compound") or head.head == head:
            return None
        head = head.head
    return None


def _aid_cargo(noun: Token, lexicon: Lexicon) -> bool:
    """Whether goods on their way are aid: they are goods of aid ("a shipment of maize", "the
    delivery of the Zambian maize") or someone sends them ("a consignment from X", "Norland's
    shipment of July 14")."""
    cargo = args.prep_objects(noun, OF) + _displaced_of(noun)
    if any(t.lemma_.lower() in lexicon.goods_nouns for t in _goods_named(cargo, lexicon)):
        return True
    senders = args.prep_objects(noun, SENDER) + [c for c in noun.children if c.dep_ == "poss"]
    return any(_agent_like(s, lexicon) and s.tag_ != "PRP$" for s in senders)


def _promise_kept(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a promise noun is the object of a verb that carries it out ("kept their promise
    to free the hostage", "honoured its pledge"): the act done is the news, and the promise,
    made before, is no AGREE told now."""
    if noun.dep_ not in args.OBJECTS or noun.lemma_.lower() not in lexicon.promise_verbs:
        return False
    return noun.head.lemma_.lower() in lexicon.keeping_verbs


def _promise_keepers(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """The doers of an act a kept promise names: the subject of "kept" in "rebels kept their
    promise to free the hostage", not the promise the infinitive hangs on."""
    if trigger.dep_ != "acl" or not _promise_kept(trigger.head, lexicon):
        return []
    subjects, passive = args.subject_of(trigger.head.head)
    return [] if passive else subjects


def _to_thing(token: Token, lexicon: Lexicon) -> bool:
    """Whether a meeting noun goes "to" a thing only ("a visit to the course"), as the verb's
    `_thing_object` reads "visited the course"."""
    goals = args.prep_objects(token, frozenset({"to"}))
    return bool(goals) and not any(_someone_or_somewhere(g, lexicon) for g in goals)


def _said_of_someone(token: Token) -> bool:
    """Whether a clause tells what someone did ("X, who turned down ..."): their own act."""
    return token.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in token.children
    )


def _own_relative(token: Token, found: dict[int, _Candidate]) -> bool:
    """Whether a relative clause tells an act of its own subject about the person it describes
    ("the senator, whose speech the president criticised"): the president's act, not part of
    what the senator did. A clause on an event noun ("the deal, which they signed") stays
    part of that event, and a clause in the simple present ("refugees, whom the authorities
    blame for the conflict") tells a standing attitude that characterises them, no episode."""
    if token.dep_ != "relcl" or token.head.i in found:
        return False
    if token.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in args.SUBJECTS]
    return bool(subjects) and not any(s.tag_ in RELATIVES for s in subjects)


def _relative_antecedent(token: Token) -> Token:
    """For a relative pronoun ("whose", "whom", "who"), the noun its clause describes."""
    if token.tag_ not in RELATIVES:
        return token
    current = token
    for _ in range(4):
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.head == current:
            break
        current = current.head
    return token


def _relative_person(head: Token, lexicon: Lexicon) -> Token:
    """For a relative pronoun ("whom the president criticised") or a noun a relative "whose"
    owns ("the rebels, whose leader the army captured"), the person or group the clause
    describes: "whom" and "whose leader" name no one the resolver can find. A thing the
    clause describes ("the landscape that it captured") stays out, as the pronoun did."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.tag_ == "WP$"]
    pronoun = owners[0] if owners else head
    antecedent = _relative_antecedent(pronoun)
    if antecedent is pronoun or not _agent_token(antecedent, lexicon):
        return head
    return antecedent


def _earlier(token: Token) -> bool:
    """Whether an event noun dates another act ("agreed ... after their dialogue"): it is an
    event of its own, not part of the act."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in SEQUENCE_PREPS


def _setting(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is the occasion of someone's act ("X asked Y during talks", "X and Y
    clashed in a phone call"): the verb's subject must name someone."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("in", "during") or head.dep_ != "prep":
        return False
    if head.head.pos_ not in ("VERB", "AUX"):
        return False
    subjects, passive = args.subject_of(head.head)
    if passive:  # "was prepared by X and Y in a phone call"
        subjects = args.prep_objects(head.head, lexicon.agent_preps)
    return any(_agent_like(s, lexicon) for s in subjects)


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
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None  # "X should not be drawn into it": no one told to act
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
        return None  # "should have gone to X": a past not done, regretted; no one can be asked
    if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in token.children):
        return None  # "we must begin to offset ...": the speaker's own duty, no one asked
    if any(c.dep_ == "nsubj" and _anyone(c, lexicon) for c in token.children):
        return None  # "no one should have to risk their life": a norm for all, no one asked
    if any(c.dep_ == "aux" and c.lower_ in lexicon.obligation_modals for c in token.children):
        return _Candidate(token, ("REQUEST",), token.head, "speech")
    return None


def _anyone(subject: Token, lexicon: Lexicon) -> bool:
    """Whether a subject quantifies over everyone, for or against: a universal pronoun
    ("anyone", "everyone") or a negative quantifier ("nobody", "no one", "none"). A duty laid
    on all or on none is a norm stated (English generic reference), no demand of an actor."""
    if subject.lower_ in lexicon.universal_people or subject.lower_ in args.NEGATIVE_QUANTIFIERS:
        return True
    return subject.lower_ in ("one", "body") and any(
        c.dep_ == "det" and c.lower_ in ("no", "every", "any") for c in subject.children
    )


def _marked_passive(verb: Token) -> bool:
    """Whether a verb is passive by its grammar ("was protested", "protested by X"), not only
    by a participle tag with no auxiliary, which for a verb of protest is the tagger's slip on
    the past tense ("dozens protested outside") rather than a headline's passive."""
    return any(c.dep_ in ("auxpass", "agent", "nsubjpass") for c in verb.children)


def _ones_objections(noun: Token) -> bool:
    """Whether "protests" are one person's objections ("despite her numerous protests", "his
    protests of innocence"): a person's possessive names no crowd, and PLOVER PROTEST is a
    demonstration or a boycott."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return bool(owners) and all(
        o.lower_ in ("his", "her") or o.ent_type_ == "PERSON" for o in owners
    )


# Modifiers of "appeal" in the sense of attraction, not of a plea.
ATTRACTION_MODIFIERS = frozenset(
    "broad wide wider broader continued popular mass electoral crossover enduring "
    "lasting growing limited narrow sex".split()
)


def _popular_appeal(noun: Token) -> bool:
    """Whether "appeal" means attraction ("his continued appeal among a loyal group", "broad
    appeal to voters", "her appeal with independents"), not a plea to someone."""
    if any(c.dep_ == "amod" and c.lower_ in ATTRACTION_MODIFIERS for c in noun.children):
        return True
    if any(p.ent_type_ == "GPE" for p in args.prep_objects(noun, frozenset({"in"}))):
        return True  # "Sanders' appeal in New York": popularity in a state
    return bool(args.prep_objects(noun, frozenset({"among", "across"})))


def _language_spoken(obj: Token) -> bool:
    """Whether a verb of speech takes a language as its object ("when speaking Spanish",
    "speaks fluent Arabic"): the tagger reads the bare nationality word as the people, but
    no one is spoken to or met."""
    if obj.head.lemma_.lower() not in ("speak", "talk", "converse"):
        return False
    if obj.ent_type_ == "LANGUAGE":
        return True
    return obj.ent_type_ == "NORP" and not any(c.dep_ == "det" for c in obj.children)


def _names_its_matter(noun: Token) -> bool:
    """Whether an inquiry noun says what it looks into, on itself or, as an object, on its
    verb, where the parser may hang the phrase ("held a hearing into the shooting")."""
    if args.prep_objects(noun, MATTER | {"with"}):  # "a hearing with the minister" too
        return True
    return noun.dep_ in args.OBJECTS and bool(args.prep_objects(noun.head, MATTER - {"on"}))


def _own_participants(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun names its participants itself ("talks with X", "X's visit")."""
    if any(c.dep_ == "poss" for c in token.children):
        return True
    if args.prep_objects(token, lexicon.actor_preps | lexicon.agent_preps):
        return True
    return bool(args.hyphen_names(token))


def _draft(
    candidate: _Candidate,
    sent: Span,
    index: int,
    times: list[TimeExpr],
    lexicon: Lexicon,
    country_of: CountryOf | None,
) -> _Draft:
    trigger, support = candidate.trigger, candidate.support
    category = base = _choose(candidate, sent, lexicon)
    actors, recipients = _participants(candidate, category, lexicon)
    keepers = _promise_keepers(trigger, lexicon)
    if keepers:  # "rebels kept their promise to free X": the rebels
        actors = _expand(keepers, trigger, lexicon)
    actors = [p for p in actors if sent.start_char <= p.start and p.end <= sent.end_char]
    actors = args.quoted_self(actors, sent.doc, lexicon)
    actors = [p for p in actors if not _event_named(p, sent.doc, lexicon)]
    recipients = [p for p in recipients if sent.start_char <= p.start and p.end <= sent.end_char]
    anchors = [t for t in (trigger, support) if t is not None]
    # A demand's own flags are its speech verb's: "said X must not attack" demands no attack.
    demanded = candidate.support_kind == "speech" and category == "REQUEST"
    negated, hypothetical, future = args.flags([support] if demanded else anchors, lexicon)
    if not demanded and _object_denied(trigger):
        negated = True  # "seeks no conflict", "arrested no one": the act is not done
    if candidate.support_kind != "speech" and args.obliged(anchors, lexicon):
        hypothetical = True  # "groups must disclose donations": a rule stated, no act told
    if category == "COERCE" and _embargo(candidate, lexicon):
        category = "SANCTION"  # "banned Ruritanian wine": an embargo (CAMEO 163), no repression
    if category in lexicon.having("message") and _asking_message(candidate, lexicon):
        category = "REQUEST"  # "sent a note to X asking it to lift the ban": the note asks
    promised = _promised(trigger if support is None else support, lexicon)
    scheduled = _scheduled(anchors, lexicon)
    future = future or scheduled
    harmful, promisable = lexicon.having("harmful"), lexicon.having("promisable")
    if category in harmful and (future or hypothetical) and _conditional(anchors, lexicon):
        category = "THREATEN"
    elif category in promisable and (
        promised or (future and not negated and not scheduled and _acted(candidate))
    ):
        category = "AGREE"  # "will meet", "will hold talks"; not "its next session", a name
    elif category in lexicon.having("willing") and promised:
        category = "AGREE"
    if (
        category == "AGREE"
        and trigger.lemma_.lower() in lexicon.promise_verbs
        and any(
            g.categories[0] in lexicon.having("violent")
            and g.trigger.head == trigger
            and g.trigger.dep_ == "xcomp"
            for g in candidate.governed
        )
    ):
        category = "THREATEN"  # "vowed to fight": a promised harm is a threat
    if _wished(trigger if support is None else support, category, lexicon):
        hypothetical = True  # "want to interview the clerk", "wants X to meet Y": wished for
    if category == "THREATEN" and _danger_named(candidate, actors):
        hypothetical = True  # "amid rising threats to tourists": a danger, no threat made
    if _a_possibility(trigger, lexicon):
        hypothetical = True  # "the chance of talks between X and Y faded": none told
    if _invited_to_act(trigger, lexicon):
        category = "REQUEST"  # "invited the agency to review the plan": asked to act
    if negated and category in lexicon.having("negated-rejects"):
        category, negated = "REJECT", False  # not agreeing or yielding is a rejection
    elif negated and _recognition(trigger, category, lexicon):
        category, negated = "REJECT", False  # "does not recognize the court": a rejection
    if args.failed(anchors, lexicon):
        negated = True  # "failed to reach a deal", "was unable to meet": not done
    if _capacity(anchors, lexicon) or _generic_activity(trigger):
        hypothetical = True  # "their unwillingness to yield", "has time to approve X"
    if any(_aimed_or_proposed(a, lexicon) for a in anchors):
        hypothetical = True  # "focused on providing relief", "held pending extradition"
    place = args.place_of(
        anchors + [g.trigger for g in candidate.governed],
        lexicon,
        deep=category in lexicon.having("physical"),
        known=country_of,
    )
    location = place.text if place is not None else None
    mode = _mode(candidate, category, actors, location, lexicon, country_of)
    lone_visit = mode == "visit" and len(actors) < 2
    if not recipients and category in harmful:
        recipients = _victims_of_result(candidate, lexicon)  # "an airstrike, killing four X"
    if not recipients and category in harmful:
        # "the bombs went off at U.S. embassies in Nairobi": a state's site is what was hit
        recipients = _expand(_owned_sites(candidate), trigger, lexicon)
    if place is not None and not recipients and (lone_visit or category in harmful):
        # PLOVER codes the place attacked (or visited) when no one is named; any other event's
        # "in X"/"at X" is its location, not who got the aid or the release
        recipients = [place]
    # "took delivery of the maize that reached Blantyre last Tuesday": one act, told twice
    retold = [
        g.trigger
        for g in candidate.governed
        if g.trigger.dep_ == "relcl" and category in g.categories
    ]
    date = _time_at(times, _displaced_dates(trigger)) or _date(sent.doc, times, anchors, retold)
    if date is not None and _made_public(candidate, lexicon):
        date = _before(date)  # "the letter was published on Tuesday": written before it
    mention = EventMention(
        type=lexicon.check_type(category),
        mode=mode,
        actors=actors,
        recipients=recipients,
        date=date,
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
    anaphoric = anaphoric and not _named(trigger)
    supported = support is not None and candidate.support_kind != "setting"
    main = candidate.support_kind != "setting" and not _apposed(trigger)
    draft = _Draft(mention, candidate.categories, index, anaphoric, supported, not nominal, main)
    draft.base = base if category == "AGREE" != base else None
    if anaphoric and support is None and trigger.dep_ in args.OBJECTS:
        # "did not confirm the detention on Tuesday": the time is the confirming clause's,
        # not the detention's (told before, with its own); a subject's predicate is the
        # event's own ("the next meeting is planned for the autumn")
        draft.own_time = _time_on(trigger, times)
    draft.own_contact = not nominal and _own_contact(trigger, lexicon)
    mention.in_person = not nominal and trigger.lemma_.lower() in lexicon.presence_verbs
    if category in lexicon.having("directed") and not recipients and not anaphoric:
        draft.goal = _goes_to(anchors, category, lexicon)  # "helped fund the show": to no one
    return draft


def _choose(candidate: _Candidate, sent: Span, lexicon: Lexicon) -> str:
    """The category of an ambiguous event word: a phrasal or mode word decides, else the model."""
    if len(candidate.categories) == 1:
        return candidate.categories[0]
    trigger = candidate.trigger
    # "calls from X for Y to resign": what the words ask decides before who they come from
    children = sorted(trigger.children, key=lambda c: c.lower_ in SENDER)
    if trigger.dep_ in args.OBJECTS:  # "took one call that evening from X": "from" on the verb
        children += [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in SENDER]
    for child in children:
        if _time_prep(child):
            continue  # "a phone call on 20 February" is no "call on"
        phrasal = lexicon.phrasal.get(f"{trigger.lemma_.lower()} {child.lower_}")
        if phrasal == "CONSULT" and child.dep_ == "prep" and not _someone_after(child, lexicon):
            if "REQUEST" in candidate.categories:
                return "REQUEST"  # "a call to action", "a call to arms": no one is called
            continue
        if phrasal in candidate.categories:
            return phrasal
    modifiers = [c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod")]
    for category in candidate.categories:
        if lexicon.mode_for(category, modifiers):
            return category
    if "CONSULT" in candidate.categories and set(modifiers) & lexicon.meeting_modifiers:
        return "CONSULT"  # "a conference call with reporters": a meeting held on the line
    if "CONSULT" in candidate.categories and _call_taken(trigger, lexicon):
        return "CONSULT"  # "continued to receive calls", "took a call": calls on the line
    return events_model.choose(sent.text, candidate.categories)


# Verbs that pass a note of protest over to the other side ("handed a protest note to the
# envoy"): its addressee is the one protested against.
HANDING_VERBS = frozenset({"hand", "deliver", "send", "pass", "convey", "present", "transmit"})


def _complaint_filed(trigger: Token, support: Token | None) -> bool:
    """Whether a complaint is filed with a body that hears it ("filed a complaint to the
    committee", "a complaint to the regulator"): the body is no target of the charge. A
    protest note handed to the other side's envoy goes to the one protested against."""
    if trigger.lemma_.lower() not in ("complaint", "grievance"):
        return False
    return support is None or support.lemma_.lower() not in HANDING_VERBS


def _call_taken(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether a "call" is one received, made or returned on the line ("received calls",
    "took a call", "returned his calls"): what a call asks for comes with "for" or "to"
    ("a call for calm"), which the phrasal table has read before."""
    if trigger.lemma_.lower() != "call" or trigger.dep_ not in args.OBJECTS:
        return False
    return trigger.head.lemma_.lower() in lexicon.call_verbs


def _someone_after(prep: Token, lexicon: Lexicon) -> bool:
    """Whether a preposition's object is someone ("a call to the premier", "a call from her
    counterpart"), as a contact needs."""
    return any(_agent_like(o, lexicon) for o in prep.children if o.dep_ == "pobj")


def _event_named(part: Participant, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether an actor's phrase is headed by a noun of violent happening, not a doer ("the
    rebel blasts wounded 30", "a depot blast left four dead"): TimeML marks such a noun an EVENT;
    PLOVER's actor is who acts, and an attack whose doer the text leaves unnamed has no actor.
    A name (a proper noun) is never taken for one, nor a phrase whose modifier names the doer
    ("Israeli gunfire", "the army's bombardment": PLOVER codes that side)."""
    if part.start is None or part.end is None:
        return False
    head = docindex.head_at(doc, part.start, part.end)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon.happening_nouns:
        return False
    span = doc.char_span(part.start, part.end, alignment_mode="expand") or []
    return not any(t.ent_type_ in AGENT_ENTS or t.dep_ == "poss" for t in span)


def _invited_to_act(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether an invitation asks for an act that is no contact ("invited X to review Y"),
    unlike "invited X to visit", an agreement to meet."""
    if trigger.lemma_.lower() not in lexicon.invitation_verbs:
        return False
    acts = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return any("CONSULT" not in lexicon.verbs.get(a.lemma_.lower(), ()) for a in acts)


def _goes_to(anchors: list[Token], category: str, lexicon: Lexicon) -> bool:
    """Whether an act of giving says whom it goes to, though that may be no named actor
    ("provided food to the miners", "gave them blankets"): aid to no one is no PLOVER AID.
    A verb's "there" or "here" points back at a place named before ("the tents X supplied
    there"): the place it went to, as "to the town" would say."""
    to_side = lexicon.recipient_preps | lexicon.category_preps.get(category, frozenset())
    owners = anchors + [c for a in anchors for c in a.children if c.dep_ in args.OBJECTS]
    return any(
        c.dep_ in args.DATIVES
        or (c.dep_ == "prep" and c.lower_ in to_side)
        or (c.dep_ == "advmod" and c.lower_ in DESTINATION_ADVERBS and owner.pos_ == "VERB")
        for owner in owners
        for c in owner.children
    )


def _capacity(anchors: list[Token], lexicon: Lexicon) -> bool:
    """Whether the act is an infinitive that completes a noun of capacity or disposition ("the
    power to appoint", "their unwillingness to yield", "has time to approve the pick"): an
    infinitival relative names a possible act (irrealis), it tells none as done or not done."""
    for token in anchors:
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        if token.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        ):
            continue
        head = token.head
        if token.dep_ == "acl" and head.lemma_.lower() in lexicon.capacity_nouns:
            return True
        wish = head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.desire_verbs
        if token.dep_ == "acl" and wish:
            return True  # "the Senate's desire to approve X", "a need to act": an act wished for
        if token.dep_ == "xcomp" and head.pos_ == "ADJ" and _possible_act(head, lexicon):
            return True  # "free to back X", "hard to endorse him": a possible act
        if _open_question(token):
            return True  # "considering which candidate to endorse": not yet chosen
        if _for_to_irrealis(token, lexicon):
            return True  # "it would be hard for X to endorse Y": a possible act
        if token.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "have":  # "has time to X"
            had = [c for c in head.children if c.dep_ == "dobj"]
            had += args.prep_objects(had[0], OF) if had else []  # "plenty of time"
            if any(h.lemma_.lower() in lexicon.capacity_nouns for h in had):
                return True
    return False


def _aimed_or_proposed(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event word names an act aimed at, proposed or awaited, not one told: a
    gerund after a word of aiming ("focused on providing relief", "aimed at easing the ban"),
    an infinitive a verb of suggesting governs, or the noun inside it ("suggested bills to
    address relief for X"), or the object of "pending" ("held pending extradition": the act
    awaited), or an event noun a noun of proposal is for ("plans for a ban"). Each is
    irrealis; the act may come, it is not reported as done."""
    if token.dep_ == "pobj" and token.head.lower_ == "pending":
        return True
    if _proposed_act(token, lexicon):
        return True  # "a bill to ban X", "efforts to free the hostages"
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.pos_ == "NOUN":
        if token.head.head.lemma_.lower() in lexicon.proposal_nouns:
            return True  # "announced plans for a ban": the ban is planned
    if any(c.lower_ == "pending" and c.i < token.i for c in token.children):
        return True  # the parser may take "pending" for the noun's modifier
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.dep_ == "prep":
        if token.head.head.lemma_.lower() in lexicon.aim_words:
            return True
    while token.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and token.head != token:
        token = token.head  # from "relief" up to the verb whose object it is
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return (
        infinitive
        and token.dep_ in ("xcomp", "advcl", "ccomp")
        and token.head.lemma_.lower() in lexicon.suggestion_verbs
    )


def _victims_of_result(candidate: _Candidate, lexicon: Lexicon) -> list[Participant]:
    """Those a harmful act's result clause names ("carried out an airstrike in X, killing four
    militants"): the participle tells what the act did, so whom it harmed are its targets."""
    victims: list[Participant] = []
    for governed in candidate.governed:
        trigger = governed.trigger
        if trigger.tag_ != "VBG" or trigger.dep_ != "advcl":
            continue
        category = governed.categories[0]
        if category in lexicon.having("harmful"):
            victims += _participants(governed, category, lexicon)[1]
    return victims


def _proposed_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is the infinitive of a noun of proposal or attempt ("a bill to ban X",
    "a plan to expel the envoys", "in a bid to oust the mayor"): what is proposed or tried."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ == "advcl":  # "introduced legislation to grant X citizenship": the parser
        # hangs the bill's purpose on the verb that put the bill forward
        return any(
            c.dep_ in args.OBJECTS and c.lemma_.lower() in lexicon.proposal_nouns
            for c in verb.head.children
        )
    if verb.dep_ not in ("acl", "relcl"):
        return False
    return verb.head.lemma_.lower() in lexicon.proposal_nouns


def _possible_act(adjective: Token, lexicon: Lexicon) -> bool:
    """Whether an adjective with an infinitive names a possibility: "free to", "hard to" tell
    what may be done; "ready to" declares a will (AGREE), "delighted to" a feeling about an
    act that happens."""
    return adjective.lemma_.lower() in lexicon.possibility_adjectives


def _for_to_irrealis(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a for-to clause ("for X to endorse Y") names a possible act: under a modal (one
    of possibility or the epistemic "must") or in the present ("it would be hard for X to ...",
    "it is vital for X to ..."). Judged in the past ("it was rude for him to pull out") it
    presupposes the act, which stays told."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return False
    head = verb.head
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    modals = lexicon.hypothetical_markers | lexicon.obligation_modals
    if any(a.lower_ in modals for a in auxiliaries):
        return True  # "would be hard for X to ...", "must be joking for X to ..."
    return head.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _open_question(verb: Token) -> bool:
    """Whether an infinitive is a wh-infinitive ("which candidate to endorse", "whom to call",
    "how to respond"): a question still open, so the act is not told."""
    words = [c for c in verb.children if c.dep_ in ("dobj", "advmod", "nsubj")]
    words += [d for w in words for d in w.children if d.dep_ == "det"]
    return any(w.tag_ in RELATIVES or w.tag_ == "WRB" for w in words)


def _generic_activity(verb: Token) -> bool:
    """Whether a gerund is the subject of its clause ("evacuating to a shelter is no simple
    choice", "shutting campuses is unsustainable"): it names a kind of act, no occurrence."""
    return verb.tag_ == "VBG" and verb.dep_ == "csubj"


def _acted(candidate: _Candidate) -> bool:
    """Whether someone does the event word: a verb, or a noun a verb carries ("hold talks")."""
    return candidate.trigger.pos_ == "VERB" or candidate.support is not None


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
            return not _passive_schedule(current, lexicon)
    return False


def _danger_named(candidate: _Candidate, actors: list[Participant]) -> bool:
    """Whether a threat noun names a danger, not a threat made: no verb carries it and no one
    makes it ("rising threats to tourists", "the threat to shipping"). PLOVER
    THREATEN is an act of someone who threatens; "X made threats", "X's threats against Y"
    and a threat a verb tells ("threatened to ...") keep it."""
    trigger = candidate.trigger
    return trigger.pos_ == "NOUN" and candidate.support is None and not actors


def _a_possibility(token: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun is what a noun of possibility is of ("the possibility of a
    summit", "the prospect of talks"): a modal noun, like "possible", names an act that may
    come, not one told (TimeML: no factual event)."""
    if token.pos_ == "NOUN" and token.dep_ in args.OBJECTS and token.head.tag_ == "VBG":
        token = token.head  # "the idea of throwing their support to X": the gerund's object
    elif token.pos_ != "NOUN":
        return False
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ != "of":
        return False
    return token.head.head.lemma_.lower() in lexicon.possibility_nouns


def _wished(token: Token, category: str, lexicon: Lexicon) -> bool:
    """Whether the event word is an infinitive a verb of wanting governs (TimeML I_STATE: the
    act is wanted, not told as done). Wanting to do an act oneself is a will declared, which
    the promise rule makes AGREE where PLOVER says so ("want to meet"); an act of another kind
    ("want to interview the clerk"), or one wanted of someone else ("wants the envoys to meet
    the strikers"), is no event that happened."""
    current = token
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    if current.dep_ not in ("xcomp", "ccomp") or not any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in current.children
    ):
        return False
    head = current.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in lexicon.desire_verbs:
        return False
    own_subject = any(c.dep_ in args.SUBJECTS for c in current.children)
    wanted_of = any(c.dep_ == "dobj" for c in head.children)  # "wants them to meet"
    return own_subject or wanted_of or category != "AGREE"


def _scheduled(anchors: list[Token], lexicon: Lexicon) -> bool:
    """Whether others expect or schedule the event ("is expected to meet", "the meeting is
    planned for May"): a future event its participants have not themselves promised."""
    verbs = args.clause_verbs(anchors) + [t.head for t in anchors if t.dep_ == "nsubjpass"]
    return any(_passive_schedule(v, lexicon) for v in verbs)


def _passive_schedule(token: Token, lexicon: Lexicon) -> bool:
    if token.lemma_.lower() not in lexicon.schedule_verbs:
        return False
    return token.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in token.children)


def _participants(
    candidate: _Candidate, category: str, lexicon: Lexicon
) -> tuple[list[Participant], list[Participant]]:
    """Actors and recipients of the event word, from its own relations and its support verb."""
    trigger, support = candidate.trigger, candidate.support
    to_side = lexicon.recipient_preps | lexicon.category_preps.get(category, frozenset())
    if category not in lexicon.having("targets-at"):
        to_side -= {"at"}  # "met at the palace", "talks at the start of a visit": places
    actor_heads: list[Token] = []
    recipient_heads: list[Token] = []
    patients: list[Token] = []
    moved: list[Token] = []  # forces moved, the one retreating: actors if no one else is
    symmetric = category in lexicon.having("symmetric")
    received = support is not None and _receives(support, lexicon)  # "received aid from X"
    if candidate.support_kind == "speech" and category == "REQUEST":
        actor_heads += args.subject_of(support)[0]
        recipient_heads += args.subject_of(trigger)[0]
    else:
        verb = support if candidate.support_kind in SUPPORTED else trigger
        if trigger.pos_ == "VERB" or candidate.support_kind in SUPPORTED:
            subjects, passive = args.subject_of(verb)
            predicated = args.predicated_of(verb)
            if predicated:  # "X was found wounded": X was wounded, by no one named
                subjects, passive = predicated, True
            subjects = [s for s in subjects if s != trigger]
            subjects = [d for s in subjects for d in _doers_of_act(s, lexicon)]
            if passive and category == "PROTEST" and not _marked_passive(verb):
                passive = False  # "Dozens of workers protested outside": the tagger's VBN
            if passive and candidate.support_kind == "setting":
                subjects = []  # "the visit was prepared in a call": not a party to the call
            if candidate.undergone:
                patients = subjects  # "the town suffered an attack": the town was attacked
                # "drew sharp criticism from the council", "won the backing of the unions":
                # the "from" or "of" side made it
                actor_heads += [
                    o
                    for o in args.prep_objects(verb, SENDER)
                    + args.prep_objects(trigger, SENDER | OF)
                    if _agent_like(o, lexicon) and o not in subjects
                ]
            elif passive and category in MOVING:
                moved += subjects  # "troops were deployed": the forces moved, no target
            elif passive and not symmetric:
                patients = subjects  # "the village was attacked": a target, even if no agent
            else:
                actor_heads.extend(subjects)
            if category in lexicon.having("directed"):  # "food was given to X": what was
                patients = [p for p in patients if _agent_like(p, lexicon)]  # given, not whom
            actor_heads += _agents(verb, lexicon)
            if passive and category in ENFORCING and not actor_heads:
                actor_heads += _reporting_enforcer(verb, lexicon)  # "police said X was held"
            if category in lexicon.having("harmful") and not actor_heads:
                for act in args.acts_within(verb):  # "wounded in shelling by X": X shelled
                    actor_heads += _agents(act, lexicon)
                    if act.lemma_.lower() in lexicon.nouns:
                        # "killed in clashes between X and Y": the sides fought
                        actor_heads += [
                            o for o in args.prep_objects(act, BETWEEN) if _agent_like(o, lexicon)
                        ]
            particle = any(c.dep_ == "prt" for c in verb.children)
            objects = [
                c
                for c in verb.children
                if (c.dep_ in args.OBJECTS or (particle and c.dep_ == "oprd"))
                and c != trigger
                and not _apposed(c)
                and not _language_spoken(c)
            ]
            objects += [n for o in objects for n in _name_before_amount(o)]
            objects += args.object_in_clause(verb)  # "freed the men held at the post"
            if candidate.contact:  # "called X": X is called, whatever the parser took X for
                actor_heads += _called(verb)
            elif category == "CONSULT" and verb == trigger:
                # "visited Berlin": the place visited is the host (recipient), not a party
                topic = _topic_verb(trigger, lexicon)  # "discussed Ukraine": a subject matter
                hosts = [o for o in objects if o.ent_type_ in lexicon.place_labels and not topic]
                recipient_heads += hosts
                if not topic:
                    actor_heads += [
                        o for o in objects if _agent_like(o, lexicon) and o not in hosts
                    ]
            elif category in MOVING:  # "deployed the army": the actor's own forces, no target
                actor_heads += [o for o in objects if not _own(o)]
            elif candidate.support_kind != "speech" and not _topic_verb(verb, lexicon):
                recipient_heads += [_whose_act(o, lexicon) for o in objects if not _own(o)]
                on_side = lexicon.category_preps.get(category, frozenset()) & {"on"}
                for thing in objects if verb == trigger else ():
                    # "imposed visa restrictions on X": the parser hangs X on the object
                    recipient_heads += args.prep_objects(thing, on_side)
            for dative in (c for c in verb.children if c.dep_ in args.DATIVES):
                # spaCy labels the "to" of "sent aid to X" dative too: take its object.
                recipient_heads += [o for o in dative.children if o.dep_ == "pobj"] or [dative]
            verb_side = to_side
            if _complaint_filed(trigger, verb):
                verb_side = to_side - {"to"}  # "filed a complaint to the committee": made to
            recipient_heads += [
                h for h in args.prep_objects(verb, verb_side) if not _occasion_at(h, lexicon)
            ]
            if verb.lemma_.lower() in lexicon.acceptance_verbs:  # "accepted papers from X":
                offered = [verb, *objects]  # X offered them; the papers are no party
                senders = [o for t in offered for o in args.prep_objects(t, SENDER)]
                if senders:
                    recipient_heads = [h for h in recipient_heads if h not in objects]
                    recipient_heads += senders
        for child in trigger.children:
            if child.dep_ == "poss":
                actor_heads.append(child)
        directed = category in lexicon.having("directed")
        if (category == "COMMUNICATE" or directed) and trigger.pos_ != "VERB":
            # "a letter from X", "aid from X": the sender
            givers = args.prep_objects(trigger, SENDER)
            if received:  # "X received aid from Y": the parser may hang "from Y" on the verb
                givers += args.prep_objects(support, SENDER)
                for goods in args.prep_objects(trigger, OF) + _displaced_of(trigger):
                    givers += args.prep_objects(goods, SENDER)  # "receipt of rice from Y"
            senders = [s for s in givers if _agent_like(s, lexicon)]
            if (senders or directed) and received:
                # "X received a letter from Y": Y wrote to X; "X received aid": X got it
                recipient_heads += [h for h in actor_heads if h not in senders]
                actor_heads = []
            actor_heads += senders
        arrival = support if candidate.support_kind == "arrival" else None
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() in lexicon.arrival_verbs:
            arrival = trigger
        if arrival is trigger:  # "tents from Norway arrived": Norway sent them
            actor_heads = [o for h in actor_heads for o in _goods_senders(h, lexicon)]
        if arrival is not None:
            # "aid from X arrived in Y", "the maize that reached Y": Y got it
            recipient_heads += args.prep_objects(arrival, frozenset({"in", "at"}))
            recipient_heads += [c for c in arrival.children if c.dep_ == "dobj"]
        if symmetric and trigger.pos_ != "VERB":  # "received a phone call from X": X called
            actor_heads += [
                s for s in args.prep_objects(trigger, SENDER) if _agent_like(s, lexicon)
            ]
        actor_heads += _agents(trigger, lexicon)
        with_side = args.prep_objects(trigger, lexicon.actor_preps)
        if support is not None and candidate.support_kind == "light":
            with_side += args.prep_objects(support, lexicon.actor_preps)
        elif trigger.pos_ == "VERB":
            with_side += args.prep_objects(trigger, lexicon.actor_preps)
            for thing in (c for c in trigger.children if c.dep_ in args.OBJECTS):
                with_side += args.prep_objects(thing, _object_sides(trigger, lexicon))
            for means in args.prep_objects(trigger, MEANS) if symmetric else ():
                # "spoke by telephone with X": the parser hangs "with X" on the medium, but
                # the medium has no party of its own; X is the verb's.
                if not _agent_like(means, lexicon):
                    with_side += args.prep_objects(means, lexicon.actor_preps & {"with"})
        partner = candidate.partner
        if partner is not None and partner.dep_ == "prep":  # "called on X": X is met
            with_side += [c for c in partner.children if c.dep_ == "pobj"]
        elif partner is not None:  # "held talks with X"
            with_side += args.prep_objects(partner, lexicon.actor_preps)
            recipient_heads += args.prep_objects(partner, to_side)
        if symmetric and trigger.pos_ != "VERB":  # "a meeting of ministers with X": members
            members = [o for o in args.prep_objects(trigger, OF) if _agent_like(o, lexicon)]
            actor_heads += members
            for member in members:
                with_side += args.prep_objects(member, lexicon.actor_preps)
        (actor_heads if symmetric else recipient_heads).extend(with_side)
        if trigger.pos_ != "VERB":
            # "a complaint to the committee": the one complained to is no target of a charge
            noun_side = to_side - {"to"} if _complaint_filed(trigger, support) else to_side
            recipient_heads += [
                h for h in args.prep_objects(trigger, noun_side) if not _site_at(h, lexicon)
            ]
            if category == "SUPPORT":
                # "Russia's support for the rebels", "threw its support behind the mayor":
                # the side backed, on the noun or on its light verb
                backers = [trigger, support] if support is not None else [trigger]
                recipient_heads += [
                    h
                    for t in backers
                    for h in args.prep_objects(t, BACKED)
                    if _agent_like(h, lexicon)
                ]
        if trigger.pos_ != "VERB" and (category in MOVING or _self_act(trigger, lexicon)):
            # "the retreat of X", "the deployment of X's troops": X moves, no one is moved
            moved += args.prep_objects(trigger, OF)
        elif trigger.pos_ != "VERB" and _gathering(trigger, category, lexicon):
            # "a rally of thousands of scientists", "a strike of dockers": they protest
            actor_heads += [o for o in args.prep_objects(trigger, OF) if _agent_like(o, lexicon)]
        elif trigger.pos_ != "VERB" and directed and received:
            actor_heads += args.prep_objects(trigger, OF)  # "took delivery of X's grain": X's
        elif trigger.pos_ != "VERB" and not symmetric and not candidate.undergone:
            # "invasion of X", "suspension of links with X"
            for done in args.prep_objects(trigger, OF) + _displaced_of(trigger):
                recipient_heads += [done, *args.prep_objects(done, lexicon.actor_preps | to_side)]
        if category in lexicon.having("asks"):  # "called for the minister's resignation"
            recipient_heads += _asked_to_act([t for t in (trigger, support) if t], lexicon)
        if category in lexicon.having("addressed"):  # "demanded that X stop", "threatened
            # ... unless X ...": the target is the subject of the clause stated
            recipient_heads += _addressees(trigger if support is None else support, lexicon)
        # "threatened to strike X": the target of the act threatened (a call's purpose is its
        # subject matter: "to discuss X"); a passive subject is the target already ("X is
        # accused of pressuring Y" targets X, not Y)
        if not recipient_heads and not patients and not candidate.contact:
            for governed in candidate.governed:
                if _topic_verb(governed.trigger, lexicon):
                    continue  # "met to discuss fishing quotas": the topic is no target
                if governed.trigger.pos_ == "VERB":
                    objects = [c for c in governed.trigger.children if c.dep_ in args.OBJECTS]
                    recipient_heads += objects
                    their_side = to_side | lexicon.category_preps.get(
                        governed.categories[0], frozenset()
                    )  # "agreed to provide aid for X": AID's "for"
                    for owner in [governed.trigger, *objects]:  # "break ties with X"
                        recipient_heads += args.prep_objects(
                            owner, lexicon.actor_preps | their_side
                        )
    if not actor_heads:
        actor_heads += _responsible(trigger)  # "X claimed responsibility for the attack"
    if category == "ACCUSE" and actor_heads and not recipient_heads and _answered(trigger):
        # "Kenya denied Uganda's accusation": the one answering a charge is its target (a
        # charge with no accuser of its own, "denied the accusation", points back instead)
        recipient_heads += args.subject_of(trigger.head)[0]
    if not actor_heads and not patients:
        actor_heads = [m for m in moved if _agent_like(m, lexicon)]
    actors = _expand(actor_heads, trigger, lexicon, symmetric)
    if trigger.pos_ != "VERB":
        actors += args.hyphen_names(trigger)
    recipient_heads = [h for h in recipient_heads if not _place_site(h)]
    recipient_heads = [_owner(_relative_person(h, lexicon), lexicon) for h in recipient_heads]
    owned: list[Participant] = []
    if category in GOODS_TARGETED:  # "banned imports of Ruritanian wheat": Ruritania
        goods = [(h, _goods_owner(h, lexicon)) for h in recipient_heads]
        owned = [o for _, o in goods if isinstance(o, Participant)]
        recipient_heads = [
            o if isinstance(o, Token) else h for h, o in goods if not isinstance(o, Participant)
        ]
    if _destroys(trigger, category, lexicon):  # "destroyed five Ruritanian radars": Ruritania
        things = [h for h in recipient_heads if not _someone(h, lexicon)]
        owned += _property_owners(things, lexicon)
        recipient_heads = [h for h in recipient_heads if h not in things]
    recipients = owned + _expand(
        patients + [h for h in recipient_heads if _agent_like(h, lexicon)],
        trigger,
        lexicon,
        symmetric,
    )
    actors = _unique(actors, [])
    return actors, _unique(recipients, actors)


# Modes of protest that people do together, whose "of" names the ones taking part.
GATHERING_MODES = frozenset({"demo", "strike", "riot", "hunger"})


def _gathering(noun: Token, category: str, lexicon: Lexicon) -> bool:
    """Whether an event noun is a protest people take part in (a rally, march, strike), not
    one aimed at a thing ("a boycott of French goods", "a blockade of the port")."""
    modes = lexicon.modes.get(category, {})
    return category == "PROTEST" and modes.get(noun.lemma_.lower()) in GATHERING_MODES


def _published(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is what a verb of publishing makes public ("published a letter")."""
    return (
        noun.dep_ in (*args.OBJECTS, *args.PASSIVE_SUBJECTS)
        and noun.head.lemma_.lower() in lexicon.publishing_verbs
    )


def _made_public(candidate: _Candidate, lexicon: Lexicon) -> bool:
    """Whether a message noun is told through its publication ("X's letter to Y was published
    in Granma on Tuesday", "the paper published a letter Thursday from X"): the time given is
    the publication's, which the message precedes."""
    trigger = candidate.trigger
    if trigger.pos_ != "NOUN" or not _published(trigger, lexicon):
        return False
    return "COMMUNICATE" in candidate.categories or "REQUEST" in candidate.categories


def _owned_sites(candidate: _Candidate) -> list[Token]:
    """The sites an attack hit that a state's name or nationality marks as its own: the "at"
    or "on" object of the event word or its verb ("at U.S. embassies", "on an Israeli army
    post"), whose owner PLOVER codes as the target, not the town they stand in."""
    words = [w for w in (candidate.trigger, candidate.support) if w is not None]
    sites = [o for w in words for o in args.prep_objects(w, frozenset({"at", "on"}))]
    return [site for site in sites if _state_marked(site)]


def _state_marked(site: Token) -> bool:
    """Whether a common noun is marked as a state's own by a name or nationality before it
    ("U.S. embassies", "an Israeli army post", "Iran's consulate")."""
    return site.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP")
        for c in site.children
    )


def _doers_of_act(subject: Token, lexicon: Lexicon) -> list[Token]:
    """Who did what a subject names: someone, or, for a harmful act ("the bombings killed
    200", "the army's shelling destroyed the bridge"), the act's own doers (its possessor, "by"
    agent or a nationality before it), none when it names none: the act did the harm, no one
    in it is named (a date before it, "the Aug. 7 bombings", names no one)."""
    issuers = _issuers_of_text(subject, lexicon)
    if issuers:
        return issuers  # "X released a video that accuses Y": X accuses Y by the video
    harmful = lexicon.having("harmful")
    if subject.pos_ != "NOUN" or not set(lexicon.nouns.get(subject.lemma_.lower(), ())) & harmful:
        return [subject]  # "the plan includes a fund to ...": a thing, judged as one
    if any(
        c.dep_ in ("amod", "compound", "nmod")
        and c.ent_type_ not in NOT_PARTICIPANT_ENTS
        and _agent_like(c, lexicon)
        for c in subject.children
    ):
        return [subject]  # "Israeli airstrikes", "rebel attacks killed ...": theirs, as told
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return owners + _agents(subject, lexicon) + _claimed_by(subject)


def _issuers_of_text(subject: Token, lexicon: Lexicon) -> list[Token]:
    """Who put out a text that does an act ("Sen. X has released a Web video that accuses Y",
    "the campaign aired an ad attacking Z"): the subject of the verb that issued it, when that
    is someone. PLOVER codes the source behind an ad or a statement, not the medium."""
    if subject.lemma_.lower() not in lexicon.text_nouns or subject.dep_ not in args.OBJECTS:
        return []
    verb = subject.head
    if verb.lemma_.lower() not in lexicon.issuing_verbs:
        return []
    issuers, passive = args.subject_of(verb)
    return [] if passive else [i for i in issuers if _agent_like(i, lexicon)]


def _name_before_amount(obj: Token) -> list[Token]:
    """The first object of a double-object verb that the parser hung on the amount after it
    ("fined Apple 25 million euros": "Apple" as a modifier of "euros"): a name that opens
    the amount's phrase, before its number."""
    numbers = [c.i for c in obj.subtree if c.like_num]
    if not numbers:
        return []
    return [
        c
        for c in obj.children
        if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < min(numbers)
    ]


def _reporting_enforcer(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The police or authorities that report a passive act of enforcement in the clause of
    their speech verb ("police said two men were arrested", "two men were detained, the
    authorities said"): the subject of that verb when it is a body that enforces."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.pos_ != "VERB":
        return []
    speech = clause.head
    if speech.lemma_.lower() not in lexicon.speech_verbs:
        return []
    return [s for s in args.subject_of(speech)[0] if s.lemma_.lower() in lexicon.enforcer_nouns]


def _displaced_of(noun: Token) -> list[Token]:
    """The "of" phrase of an event noun that the parser hung on a date or place right after it
    ("the detention on Saturday of 23 fishermen": the fishermen were detained, not the
    Saturday; "took receipt in Port Vale of 40 tonnes": the tonnes were received)."""
    ahead = _displaced_dates(noun) + _displaced_dates(noun, PLACE_ENTS)
    found = [o for d in ahead for o in args.prep_objects(d, OF)]
    doc, at = noun.doc, noun.i + 1
    if found or noun.dep_ not in args.OBJECTS or at >= len(doc):
        return found
    if doc[at].dep_ != "prep" or doc[at].lower_ not in ("on", "in", "at"):
        return found
    # ... or on the verb, after the time or place: "took receipt in Gulu of 30 tonnes"
    verb = noun.head
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > at
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _time_at(times: list[TimeExpr], tokens: list[Token]) -> EventDate | None:
    """The date or time expression that holds one of the tokens, as an event date."""
    for token in tokens:
        for time in times:
            if time.type in ("DATE", "TIME") and time.start <= token.idx < time.end:
                return to_event_date(time)
    return None


def _displaced_dates(noun: Token, labels: Collection[str] = TIMES) -> list[Token]:
    """A date right after an event noun that an "of" phrase of the noun follows ("the
    detention on Saturday of 23 fishermen"): the noun's own time, wherever the parser hung it.
    With place `labels`, a place there instead ("receipt in Port Vale of ...")."""
    doc = noun.doc
    at = noun.i + 1
    if noun.pos_ not in ("NOUN", "PROPN") or at >= len(doc):
        return []
    if doc[at].dep_ != "prep" or doc[at].lower_ not in ("on", "in", "at"):
        return []
    dates = [c for c in doc[at].children if c.dep_ == "pobj" and c.ent_type_ in labels]
    return [d for d in dates if args.prep_objects(d, OF)]


def _self_act(noun: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun names an act its doer does to itself (SELF_MODES: "withdrawal",
    "retreat", "resignation"), so its "of" phrase and possessor are the doer."""
    return lexicon.mode_for("RETREAT", [noun.lemma_.lower()]) in SELF_MODES


def _asked_to_act(anchors: list[Token], lexicon: Lexicon) -> list[Token]:
    """Who a request for someone's own act is aimed at: "called for the minister's
    resignation", "demanded the withdrawal of X", "called for the judge to resign" ask the
    minister or the judge to resign and X to withdraw.
    Only an act one does oneself (see _self_act): "called for their release" asks the
    captors, whom it does not name."""
    acts = [o for anchor in anchors for o in args.prep_objects(anchor, frozenset({"for"}))]
    acts += [o for anchor in anchors for o in anchor.children if o.dep_ in args.OBJECTS]
    doers = [
        c
        for act in acts
        if act.pos_ == "NOUN" and _self_act(act, lexicon)
        for c in [*act.children, *args.prep_objects(act, OF)]
        if c.dep_ == "poss" or c.head.dep_ == "prep"
    ]
    doers += [  # "called for the judge to resign": the clause's subject is asked
        s
        for anchor in anchors
        for clause in anchor.children
        if _for_clause(clause)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]
    doers += [  # the same, parsed as "called for the judge" with "to resign" hung on "called"
        o
        for anchor in anchors
        if any(_infinitive(c) for c in anchor.children if c.dep_ in ("advcl", "xcomp"))
        for o in args.prep_objects(anchor, frozenset({"for"}))
        if _person(o, lexicon) or o.pos_ == "PROPN"
    ]
    return [d for d in doers if _agent_like(d, lexicon)]


def _destroys(trigger: Token, category: str, lexicon: Lexicon) -> bool:
    """Whether the event word is PLOVER ASSAULT's `destroy` mode ("destroy property"): what it
    names as destroyed is property, and the target is its owner."""
    mode = lexicon.mode_for(category, [trigger.lemma_.lower()])
    return category == "ASSAULT" and mode == "destroy"


def _site_at(head: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun's "at" phrase names where it happened ("an inquiry into fraud at
    the parking machines", "an attack at the market") rather than whom it was aimed at ("her
    swipe at the minister"): a thing, not a name or a person's noun."""
    if head.dep_ != "pobj" or head.head.lower_ != "at":
        return False
    return not _someone(head, lexicon) and not head.lemma_.lower().endswith(DOER_ENDINGS)


def _occasion_at(head: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's "at" phrase names the occasion it was done at ("blamed X at the
    debate", "lashed out at a rally"): a gathering or another event, no one aimed at."""
    if head.dep_ != "pobj" or head.head.lower_ != "at" or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in lexicon.verbal_settings or lemma in lexicon.nouns


def _someone(head: Token, lexicon: Lexicon) -> bool:
    """Whether a head names a party by a name or as people ("Kerva", "the rebels"), not by a
    common noun the agents dictionary also files for its users ("radar systems", "tanks")."""
    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ in AGENT_ENTS:
        return True
    return _people_noun(head, lexicon) or head.lemma_.lower() in lexicon.relation_nouns


def _property_owners(heads: list[Token], lexicon: Lexicon) -> list[Participant]:
    """The owners a text names for destroyed things ("Ruritanian tanks", "the army's radars"),
    each conjunct alike ("five radars and two Ruritanian tanks"); a thing with no owner named
    gives none."""
    owners = []
    for head in heads:
        for thing in args.conjuncts(head):
            if thing.pos_ != "NOUN":
                continue
            for child in thing.lefts:
                ent = docindex.of(thing.doc).entity(thing.doc, child.i)
                if child.dep_ == "poss" and _agent_like(child, lexicon):
                    owners.append(args.participant(args.mention_tokens(child)))
                elif child.ent_type_ in OWNER_ENTS and ent is not None and ent.end <= thing.i:
                    owners.append(args.participant(ent))
    return owners


def _receives(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a support verb has its subject take the message or goods in ("received a
    letter", "took delivery of the grain")."""
    lemma = verb.lemma_.lower()
    objects = (c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    if any(f"{lemma} {o}" in lexicon.receipt_phrases for o in objects):
        return True
    return lemma in lexicon.person_object_verbs


def _topic_verb(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object is what was talked about ("discussed grain tariffs"), no party."""
    return verb.lemma_.lower() in lexicon.topic_object_verbs


# Prepositions of the medium or means of an act ("by telephone", "over a video link").
MEANS = frozenset({"by", "over", "via"})


def _object_sides(verb: Token, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions by which a verb's object names a party ("shared data with X"). A topic
    of talks keeps only "with" (the parser often hangs "discussed the crisis with X" there); its
    "between" and "among" tell what the topic is about ("discussed a ceasefire line between
    rival militias"), not who talked."""
    if _topic_verb(verb, lexicon):
        return lexicon.actor_preps & {"with"}
    return lexicon.actor_preps


# "claimed responsibility for E", "denied responsibility for E": whoever claims or denies it
# is who the act is of (or is said to be of).
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit", "blame"})
RESPONSIBILITY_VERBS = frozenset(
    {"claim", "take", "accept", "admit", "assume", "deny", "reject", "disclaim"}
)


def _responsible(trigger: Token) -> list[Token]:
    """The subject of "claimed/denied responsibility for" the event noun, or whoever a
    relative clause says claimed it ("the killing of an officer that was claimed by X", "the
    attack, which X claimed"), else nothing."""
    claimers = _claimed_by(trigger)
    if claimers:
        return claimers
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "for":
        return []
    noun = prep.head
    if noun.lemma_.lower() not in RESPONSIBILITY_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
        return []
    return args.subject_of(verb)[0]


def _claimed_by(noun: Token) -> list[Token]:
    """Who a relative clause on an act noun says claimed it: "that was claimed by X", "which
    X claimed". The parser may hang the clause on the noun's "of" phrase ("the killing of an
    officer that was claimed by X"): an officer is not claimed, the killing is."""
    holders = [noun, *args.prep_objects(noun, OF)]
    for clause in (c for h in holders for c in h.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() != "claim":
            continue
        relatives = [c for c in clause.children if c.tag_ in RELATIVES]
        if any(r.dep_ == "nsubjpass" for r in relatives):
            return [o for a in clause.children if a.dep_ == "agent" for o in a.children]
        if any(r.dep_ == "dobj" for r in relatives):
            return [c for c in clause.children if c.dep_ == "nsubj"]
    return []


# Verbs by which the target of a charge answers it ("denied the accusation").
ANSWERING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})


def _answered(trigger: Token) -> bool:
    """Whether a charge noun is the object of a verb of answering it, in the active voice."""
    head = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and head.lemma_.lower() in ANSWERING
        and not args.subject_of(head)[1]
    )


def _agents(token: Token, lexicon: Lexicon) -> list[Token]:
    """The "by" agents of a word that name someone ("by X", not "by phone"); "by such peers as
    the poet X" is judged by its named instance, the kind only classes it."""
    found = [_instance(o, lexicon) for o in args.prep_objects(token, lexicon.agent_preps)]
    return [o for o in found if _agent_like(o, lexicon)]


def _instance(token: Token, lexicon: Lexicon) -> Token:
    """The someone "such N as X" names ("such peers as the poet X": X, or the name in apposition
    to it), else the word itself."""
    instance = args._such_as(token)
    if instance is None and any(c.dep_ == "amod" and c.lower_ == "such" for c in token.lefts):
        as_ = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "as"]
        instance = next((o for a in as_ for o in a.children if o.dep_ == "pobj"), None)
    if instance is None:
        return token
    named = [instance, *(c for c in instance.children if c.dep_ == "appos")]
    return next((t for t in named if _agent_like(t, lexicon)), token)


def _whose_act(token: Token, lexicon: Lexicon) -> Token:
    """For an object that is someone's act ("rejected Beijing's invitation", "rejected calls
    by X", "a demand from X"), the someone."""
    if token.lemma_.lower() not in lexicon.nouns:
        return token
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += args.prep_objects(token, lexicon.agent_preps | {"from"})
    return owners[0] if owners else token


def _owner(token: Token, lexicon: Lexicon) -> Token:
    """For a target that is someone's thing ("protests against his planned overhaul", "rejected
    the ministry's proposal"), the someone: PLOVER's target is an actor, not a plan."""
    if _agent_token(token, lexicon):
        return token
    owners = [_relative_person(c, lexicon) for c in token.children if c.dep_ == "poss"]
    owners += [  # "rejected the protest lodged by X": X's protest
        o
        for acl in token.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for o in _agents(acl, lexicon)
    ]
    owners = [o for o in owners if o.tag_ not in RELATIVES and _agent_like(o, lexicon)]
    return owners[0] if owners else token  # "whose speech": the person


def _place_site(token: Token) -> bool:
    """Whether a prepositional object is a place's site ("at the capital's airport", "in the
    city's main square"): where the act happened, not whom it targets (nor the place itself)."""
    if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPS:
        return False
    return any(c.dep_ in ("poss", "compound") and c.ent_type_ in PLACE_ENTS for c in token.children)


def _goods_owner(token: Token, lexicon: Lexicon, depth: int = 0) -> Token | Participant | None:
    """For goods or trade a ban or sanction falls on ("imports of Ruritanian wheat", "purchases
    of dairy from Ruritania", "Ruritanian beef"), the country or body whose goods they are:
    PLOVER codes the target of a SANCTION or COERCE as an actor, never as the goods."""
    if depth > 2 or token.pos_ != "NOUN" or _agent_token(token, lexicon):
        return None
    doc = token.doc
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in OWNER_ENTS:
            ent = docindex.of(doc).entity(doc, child.i)
            if ent is not None and ent.end <= token.i:
                return args.participant(ent)
    for owner in args.prep_objects(token, SENDER):  # "imports from Ruritania"
        if owner.ent_type_ in OWNER_ENTS or owner.pos_ == "PROPN":
            return owner
    for goods in args.prep_objects(token, OF):  # "purchases of Ruritanian beef"
        found = _goods_owner(goods, lexicon, depth + 1)
        if found is not None:
            return found
    return None


def _addressees(token: Token, lexicon: Lexicon) -> list[Token]:
    """Who a demand or threat is aimed at: the subject of the clause saying what they must do
    ("demanded that X end ...", "its demand that X ease ...") or what would set it off
    ("threatened to strike unless X withdrew"); not of a clause the one asked is to tell.
    """
    heads = []
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    for clause in (c for verb in verbs for c in verb.children):
        said = lexicon.speech_verbs | lexicon.telling_verbs
        if clause.dep_ == "ccomp" and clause.head != token and clause.head.lemma_.lower() in said:
            continue  # "urged X to tell Y that Z is safe": what X should say, Z is asked nothing
        conditional = clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in lexicon.conditional_marks for m in clause.children
        )
        if clause.dep_ in ("ccomp", "acl") or conditional:
            heads += [c for c in clause.children if c.dep_ in args.SUBJECTS]
    return heads


def _agent_like(token: Token, lexicon: Lexicon) -> bool:
    """Whether an object names someone (not a thing or topic: "discussed the situation").

    A common noun counts when it names people (a PLOVER agent noun: "activists") or a name or
    nationality qualifies it ("Palestinian forces").
    """
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in AGENT_ENTS:
        return True
    lemma = token.lemma_.lower()
    if lemma in lexicon.relation_nouns:
        return True  # "his host", "her counterpart"
    if lemma in lexicon.agent_nouns and lemma not in lexicon.nouns:
        return True  # people ("activists"), not event words that also end agent phrases
    if _people_noun(token, lexicon):
        return True  # "the miners", "the crew", "the poor": a group PLOVER codes as a target
    if token.lower_ in lexicon.crowd_numbers and not any(c.lower_ == "of" for c in token.children):
        return True  # "arrested hundreds", "killing dozens": people by the crowd
    return any(t.ent_type_ in AGENT_ENTS for t in args.mention_tokens(token))


def _expand(
    heads: list[Token], trigger: Token, lexicon: Lexicon, loose: bool = False
) -> list[Participant]:
    """Participants headed by `heads`; `loose` lets a meeting's "X from Y" keep its "from"."""
    parts: list[Participant] = []
    for head in heads:
        counted = (head.pos_ == "NUM" or head.ent_type_ in NOT_PARTICIPANT_ENTS) and (
            any(c.lower_ == "of" for c in head.children) or head.lower_ in lexicon.crowd_numbers
        )  # "thousands of farmers", "thousands marched"
        named = head.ent_type_ == "GPE" and head.dep_ not in ("amod", "compound")
        if head.pos_ not in ("PROPN", "NOUN", "PRON") and not (
            counted or named or _the_adjective(head)
        ):
            continue  # "Thousands of farmers" counts, "five" alone does not; "the poor" too;
            # a country the tagger read as an adjective ("Zimbabwe and X sign ...") is a name
        if head.ent_type_ in NOT_PARTICIPANT_ENTS and not counted:
            continue
        if head.tag_ in RELATIVES or head.dep_ == "expl" or head.lower_ == "there":
            continue
        head = _named_apposition(_speaker_for_pronoun(head))
        parts += [
            p for p in args.participants_of(head, loose) if not (p.start <= trigger.idx < p.end)
        ]
    return parts


def _the_adjective(head: Token) -> bool:
    """Whether an adjective heads a noun phrase of its own ("the poor", "the wounded")."""
    return head.pos_ == "ADJ" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _named_apposition(head: Token) -> Token:
    """For a role set off by a name ("the prior judge, A B, resigned", "A B, the prior judge,
    who resigned"), the name: the person who acted, whom the resolver can find; the role alone
    names no one."""
    if head.pos_ != "NOUN":
        return head
    if head.dep_ == "appos" and head.head.i < head.i and head.head.ent_type_ == "PERSON":
        return head.head  # "A B, the head of the fund, who criticised X": A B criticised X
    names = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return names[0] if len(names) == 1 else head


def _own(token: Token) -> bool:
    """Whether an object is the actor's own ("withdrew its troops"): not a recipient.

    A person's "his host", "her counterpart" is someone else, so only "its"/"their" count.
    """
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)


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
    country_of: CountryOf | None,
) -> str | None:
    trigger = candidate.trigger
    if candidate.mode:
        return candidate.mode
    if category in lexicon.having("asks") and candidate.support_kind != "speech":
        # "a note asking X to lift the ban": the act asked hangs on the participle of asking
        asking = [g for g in candidate.governed if "REQUEST" in g.categories]
        for governed in candidate.governed + [a for g in asking for a in g.governed]:
            asked = lexicon.asked_mode(governed.categories[0])
            if asked:
                return asked
    # A modifier is more specific than the word it modifies: "congratulatory message".
    words = [c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod")]
    words += [trigger.lemma_.lower(), trigger.lower_]
    for prep in trigger.children:
        # "have talked twice by phone": the parser may take "by" for a passive agent
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "over", "via", "in"):
            words += [c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"]
    if category == "COMMUNICATE" and trigger.lemma_.lower() == "statement":
        return "statement"
    if category in MOVING and trigger.pos_ == "VERB":  # "deployed 3,000 soldiers": troops
        moved = _things_acted_on(trigger)
        moved += [c for m in moved for c in m.conjuncts]
        moved += [c for m in moved for c in m.children if c.dep_ == "compound"]
        words += [t.lemma_.lower() for t in moved]
    mode = lexicon.mode_for(category, words)
    if mode or category != "CONSULT":
        return mode
    if len(actors) >= 3:
        return "multilateral"
    return _host_mode(actors, location, country_of) if location and country_of else None


def _host_mode(actors: list[Participant], location: str, country_of: CountryOf) -> str | None:
    """PLOVER's CONSULT mode from where a meeting is: `visit` in one participant's country,
    `third-party` in none of theirs; None when the countries are not all known. A lone party
    of one country meeting in another ("X's minister holds talks in Y's capital") visits its
    host, the place's country, who is no third party (PLOVER: visiting and hosting)."""
    place = country_of(location)
    theirs = [country_of(p.text or p.name) for p in actors]
    if place is None or not theirs:
        return None
    if place in theirs:
        return "visit" if len(set(theirs)) > 1 else None
    if len(theirs) == 1 and theirs[0] is not None:
        return "visit"
    return "third-party" if None not in theirs else None


def _date(
    doc: Doc, times: list[TimeExpr], anchors: list[Token], retold: list[Token] = ()
) -> EventDate | None:
    """The time attached to the event word or its support verb, else to the verb it is
    coordinated with ("spoke with X on Monday and urged Y to ..."), else to the verb whose
    purpose it is ("flew to X on Monday to meet Y"), else to a relative clause that tells the
    same act again (`retold`), else to the verb reporting
    it ("This summer, X mentioned that Y sent him a letter": the report's time bounds it).
    A past act reported on a given day is dated to a window ending that day, not at it
    (TimeML: the report's time anchors the report; what it tells is BEFORE it).
    """
    shared = [t.head for t in anchors if t.dep_ == "conj" and t.head.pos_ == "VERB"]
    # "travelled to X on Monday to meet Y": the trip's time is the meeting's
    purpose = [
        t.head
        for t in anchors
        if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB" and _shares_head_time(t)
    ]
    reporting = [t.head for t in anchors if t.dep_ == "ccomp" and t.head.pos_ == "VERB"]
    for token in anchors + shared + purpose + list(retold):
        time = attached_time(doc, times, token)
        if time is not None:
            return to_event_date(time)
    for token in filter(None, map(_judged_for, anchors)):
        time = attached_time(doc, times, token)
        if time is not None:
            when = to_event_date(time)
            # "last year, X assailed Y for holding drills": the drills are placed in that
            # year; a day of blame only bounds them (TimeML: the reason is BEFORE the judging)
            return _before(when) if when.start and when.start == when.end else when
    for token in reporting:
        time = attached_time(doc, times, token)
        if time is not None:
            told = [t for t in anchors if t.dep_ == "ccomp"]
            when = to_event_date(time)
            if any(_perfect(t) for t in told):
                return _before(when)
            if any(map(_simple_past, told)) and when.start and when.start == when.end:
                return _before(when)  # "police detained two men, the ministry said Wednesday"
            return when
    return None


# Subordinators by which a finite clause happens at its head's time (TimeML's SIMULTANEOUS
# and IS_INCLUDED signals): "met X on Monday when she visited Varna".
_COTEMPORAL_MARKS = frozenset({"when", "while", "as"})


def _shares_head_time(verb: Token) -> bool:
    """Whether an adverbial clause shares the time of the verb it hangs from: an infinitive or
    a participle of purpose or manner does ("flew to X on Monday to meet Y", "arrived on
    Monday, meeting Y"), and so does a finite clause opened by "when", "while" or "as". Any
    other finite clause has a tense and a time of its own, which TimeML relates to the main
    event rather than anchoring it there ("met X on Monday after Y phoned her", "visited X
    because Y invited her")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children
    )
    if not finite:
        return True
    marks = [
        c
        for c in verb.children
        if c.dep_ in ("mark", "advmod") and c.lower_ in _COTEMPORAL_MARKS and c.i < verb.i
    ]
    subjects = [c for c in verb.children if c.dep_ in args.SUBJECTS and c.i < verb.i]
    # the subordinator opens the clause: its subject follows it ("when she visited"), not
    # another clause's ("when an argument ensued, officials said")
    return any(not subjects or subjects[-1].left_edge.i == m.i + 1 for m in marks)


# Prepositions by which a verb of judging gives its reason: "blamed X for holding drills",
# "criticised Y over sending troops".
_REASON_PREPOSITIONS = frozenset({"for", "over"})


def _judged_for(token: Token) -> Token | None:
    """The verb that judges the event as its reason ("assailed Ukraine for holding drills"),
    when the event word is a gerund after "for"/"over"."""
    prep = token.head
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or prep.lower_ not in _REASON_PREPOSITIONS:
        return None
    return prep.head if prep.head.pos_ == "VERB" else None


def _perfect(verb: Token) -> bool:
    """Whether a reported clause tells a perfect event, done before the report ("said that he
    had spoken", "says it has signed"): TimeML's PERFECTIVE aspect puts it BEFORE the time
    of telling."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lemma_.lower() in FUTURE_AUX for a in auxes):
        return False  # "said it would have met by then"
    return any(a.lemma_.lower() == "have" and a.tag_ != "VB" for a in auxes)


def _simple_past(verb: Token) -> bool:
    """Whether a reported clause tells an act in the simple past ("police detained two men,
    the ministry said on Wednesday", "said two men were detained"). TimeML anchors a report's
    time to the reporting event only; the act it reports in the past stands BEFORE it, so a
    report dated to a day dates the act to a window ending that day. A report placed only in
    a longer period ("this summer, X mentioned that Y sent a letter") places the act at that
    period's granularity, which the window would not narrow (the caller keeps the period).
    A present or future ("is meeting", "would meet") is not before the report."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() in FUTURE_AUX or a.tag_ == "MD" for a in auxes):
        return False  # "said they could meet"
    if auxes:
        return all(a.tag_ == "VBD" for a in auxes)  # "were detained", "did not leave"
    return verb.tag_ == "VBD"


def _before(told: EventDate) -> EventDate:
    """The window of an event reported as past at a time (TimeML: the event is BEFORE or at
    the report's time, the report's time is not its own): approximate, ending where the
    report's time ends, with no date phrase of its own."""
    end = told.end or told.start
    start = told.start or told.end
    if end is None or start is None:
        return told
    try:
        opening = date.fromisoformat(start[:10]) - REPORTED_WINDOW
    except ValueError:
        return told
    return EventDate(text=None, value=None, start=opening.isoformat(), end=end, approximate=True)


def _named(token: Token) -> bool:
    """Whether an event noun carries its own name ("the NATO summit"): not a reference back."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.children)


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in DEFINITE for c in token.children)


def _resolve_anaphora(drafts: list[_Draft]) -> list[_Draft]:
    """Fill participant-less event nouns from the latest compatible mention; drop the rest.

    A definite event noun ("the call", "such a conversation") refers back to an event the
    article already introduced, so it takes that event's type, mode, participants and
    modality (a possible donation stays possible when "these donations" recalls it). A
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
                draft.goal = antecedent.goal  # aid to no one stays aid to no one
                # the same event, so the same modality: "people can make donations to
                # candidates; the agency regulates these donations" tells no donation made
                mention.hypothetical = mention.hypothetical or source.hypothetical
                if not draft.own_time:
                    mention.date = source.date
            elif not draft.supported:
                continue
        elif mention.type == "CONSULT" and mention.mode is None and draft.verbal:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and previous.mention.type == "CONSULT"
                and previous.mention.mode
                and draft.sentence_index - previous.sentence_index == 1
                and mention.location is None  # "met X in Berlin" is no phone call
                and not draft.own_contact
            ):
                mention.mode = previous.mention.mode
                mention.date = mention.date or previous.mention.date
        elif not mention.actors and not mention.recipients and not draft.verbal:
            if not draft.supported:
                continue
        kept.append(draft)
    return kept


def _own_contact(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a contact verb tells a contact apart from a phone call just told: one that says
    the sides were in one place ("met", "hosted", "received"; PLOVER CONSULT's meeting and
    visit), or one in the past perfect ("had first talked"), which TimeML places before the
    reference time, so before the call the article reports."""
    if verb.lemma_.lower() in lexicon.presence_verbs:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _time_on(trigger: Token, times: list[TimeExpr]) -> bool:
    """Whether a time phrase sits inside the event noun's own phrase ("the detention on
    Monday"), not on the clause that mentions it ("denied the detention on Tuesday")."""
    tokens = list(trigger.subtree)
    first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return any(first <= t.start and t.end <= last for t in times)


def _antecedent(kept: list[_Draft], draft: _Draft) -> _Draft | None:
    """The latest compatible mention: of those in the latest sentence that has any, the one
    the sentence tells as its main news rather than an aside ("described the meeting" after
    "X received Y, Y's first visit since 2019")."""
    compatible = [
        previous
        for previous in reversed(kept)
        if previous.mention.type in draft.categories
        and (previous.mention.actors or previous.mention.recipients)
    ]
    if not compatible:
        return None
    latest = [p for p in compatible if p.sentence_index == compatible[0].sentence_index]
    return next((p for p in latest if p.main), latest[0])
